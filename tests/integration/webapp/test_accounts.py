"""Server mode: sign-in, sessions, and each user seeing only their own rows."""

from __future__ import annotations

import base64
from typing import Any

import pytest
from tests.support.webclient import CSRF

from offerwatch.service import Workspace
from offerwatch.service.accounts import hash_password, verify_password
from offerwatch.web.session import COOKIE

PASSWORD = "correct horse battery"


@pytest.fixture
def two_users(ws: Workspace) -> dict[str, int]:
    ana = ws.add_user("ana", PASSWORD)
    bo = ws.add_user("bo", PASSWORD + "!")
    ws.for_user(ana).add_application("Acme", "Ana's job")  # type: ignore[attr-defined]
    ws.for_user(bo).add_application("Globex", "Bo's job")  # type: ignore[attr-defined]
    return {"ana": ana, "bo": bo}


def _login(client: Any, name: str, password: str) -> Any:
    page = client.get("/login")
    token = CSRF.search(page.text)
    assert token
    return client.post(
        "/login",
        data={"csrf": token.group(1), "username": name, "password": password, "next": "/pipeline"},
        follow_redirects=False,
    )


def test_passwords_are_salted_argon2id_hashes_with_owasp_parameters() -> None:
    one, two = hash_password("s3cret-pass"), hash_password("s3cret-pass")
    assert one != two and one.startswith("$argon2id$v=19$m=19456,t=2,p=1$")
    assert verify_password("s3cret-pass", one) and not verify_password("s3cret-pasS", one)
    assert not verify_password("x", None) and not verify_password("x", "garbage")


def test_account_rules(ws: Workspace) -> None:
    ws.add_user("cy", PASSWORD)
    with pytest.raises(ValueError, match="already exists"):
        ws.add_user("CY", PASSWORD)
    with pytest.raises(ValueError, match="at least 8"):
        ws.add_user("dee", "short")
    with pytest.raises(ValueError, match="not a valid user name"):
        ws.add_user("../etc", PASSWORD)
    assert ws.authenticate("cy", PASSWORD) is not None
    assert ws.authenticate("cy", "wrong password") is None
    assert ws.authenticate("nobody", PASSWORD) is None


def test_pages_need_a_sign_in(ws: Workspace, make_client: Any, two_users: dict[str, int]) -> None:
    client = make_client(ws, accounts=True)
    res = client.get("/pipeline", follow_redirects=False)
    assert res.status_code == 303 and res.headers["location"].startswith("/login")
    assert client.get("/api/v1/applications").status_code == 401
    assert _login(client, "ana", "wrong password").status_code == 401


def test_each_user_sees_only_their_own_rows(
    ws: Workspace, make_client: Any, two_users: dict[str, int]
) -> None:
    ana, bo = make_client(ws, accounts=True), make_client(ws, accounts=True)
    assert _login(ana, "ana", PASSWORD).headers["location"] == "/pipeline"
    _login(bo, "bo", PASSWORD + "!")
    assert "Ana&#39;s job" in ana.get("/pipeline").text
    assert "Bo&#39;s job" not in ana.get("/pipeline").text
    bo_app = bo.get("/api/v1/applications").json()[0]["id"]
    assert ana.get(f"/applications/{bo_app}").status_code == 404
    assert ana.get(f"/api/v1/applications/{bo_app}").status_code == 404
    res = ana.post(f"/api/v1/applications/{bo_app}/status", json={"status": "offer"})
    assert res.status_code == 404
    assert ws.for_user(two_users["bo"]).application(bo_app).status.value == "applied"  # type: ignore[attr-defined]


def test_a_forged_session_cookie_is_ignored(
    ws: Workspace, make_client: Any, two_users: dict[str, int]
) -> None:
    client = make_client(ws, accounts=True)
    _login(client, "ana", PASSWORD)
    value = client.cookies[COOKIE]
    payload, mac = value.split(".")
    forged = (
        base64.urlsafe_b64encode(
            base64.urlsafe_b64decode(payload + "==").replace(
                f'"u":{two_users["ana"]}'.encode(), f'"u":{two_users["bo"]}'.encode()
            )
        )
        .rstrip(b"=")
        .decode()
    )
    client.cookies.set(COOKIE, f"{forged}.{mac}")
    assert client.get("/pipeline", follow_redirects=False).status_code == 303


def test_logout_ends_the_session(
    ws: Workspace, make_client: Any, two_users: dict[str, int]
) -> None:
    client = make_client(ws, accounts=True)
    _login(client, "ana", PASSWORD)
    token = CSRF.search(client.get("/pipeline").text)
    assert token
    client.post("/logout", data={"csrf": token.group(1)})
    assert client.get("/pipeline", follow_redirects=False).status_code == 303


def test_api_takes_basic_credentials(
    ws: Workspace, make_client: Any, two_users: dict[str, int]
) -> None:
    client = make_client(ws, accounts=True)
    good = client.get("/api/v1/applications", auth=("bo", PASSWORD + "!"))
    assert [a["role"] for a in good.json()] == ["Bo's job"]
    assert client.get("/api/v1/applications", auth=("bo", "nope")).status_code == 401


def test_local_mode_has_no_login(web: Any) -> None:
    assert web.get("/login", follow_redirects=False).status_code == 303
    assert web.get("/pipeline").status_code == 200
