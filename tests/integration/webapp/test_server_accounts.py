"""Server mode's accounts on both databases: the admin's page, invitations and open sign-up,
password changes, API tokens, export and deleting one's own account."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

import pytest
from tests.conftest import Clock
from tests.support.accounts import PASSWORD, Signed
from tests.support.webclient import CSRF

from offerwatch.service import Workspace


@pytest.fixture
def people(any_ws: Workspace) -> dict[str, int]:
    """An administrator and two users, each with one application."""
    found = {
        "root": any_ws.add_user("root", PASSWORD, is_admin=True),
        "ana": any_ws.add_user("ana", PASSWORD),
        "bo": any_ws.add_user("bo", PASSWORD),
    }
    any_ws.for_user(found["ana"]).add_application("Acme", "Ana's job")  # type: ignore[attr-defined]
    any_ws.for_user(found["bo"]).add_application("Globex", "Bo's job")  # type: ignore[attr-defined]
    return found


def _signup(client: Any, invite: str, name: str, password: str = PASSWORD) -> Any:
    page = client.get(f"/signup?invite={invite}")
    token = CSRF.search(page.text)
    csrf = token.group(1) if token else ""
    data = {"csrf": csrf, "username": name, "password": password, "invite": invite}
    return client.post("/signup", data=data, follow_redirects=False)


def test_only_an_admin_opens_the_admin_page(
    any_ws: Workspace, make_client: Any, people: dict[str, int]
) -> None:
    ana = Signed(make_client(any_ws, accounts=True), "ana")
    assert ana.get("/admin").status_code == 403
    assert ana.post("/admin/signup", {"mode": "open"}).status_code == 403
    assert any_ws.signup_mode() == "invite"
    assert "/admin" not in ana.get("/account").text
    root = Signed(make_client(any_ws, accounts=True), "root")
    page = root.get("/admin")
    assert page.status_code == 200 and "ana" in page.text and "bo" in page.text


def test_an_invitation_signs_up_once_and_expires(
    any_ws: Workspace, make_client: Any, people: dict[str, int], clock: Clock
) -> None:
    root = Signed(make_client(any_ws, accounts=True), "root")
    page = root.post("/admin/invitations", {"days": "2"})
    link = re.search(r'data-testid="invitation">([^<]+)<', page.text)
    assert link, page.text[:500]
    secret = link.group(1).split("invite=", 1)[1]
    # Only a hash is stored: the secret is nowhere in the database.
    assert secret not in str(any_ws.export_document())
    visitor = make_client(any_ws, accounts=True)
    assert _signup(visitor, "forged-secret", "cy").status_code == 403
    assert _signup(visitor, secret, "cy").status_code == 303
    assert "Ana&#39;s job" not in visitor.get("/pipeline").text  # signed in as cy, empty
    again = make_client(any_ws, accounts=True)
    assert _signup(again, secret, "dee").status_code == 403  # used up
    assert {u.username for u in any_ws.list_users()} == {"root", "ana", "bo", "cy"}
    late = root.post("/admin/invitations", {"days": "1"})
    secret2 = re.search(r"invite=([^<]+)<", late.text).group(1)  # type: ignore[union-attr]
    clock.now += timedelta(days=1, seconds=1)
    assert _signup(make_client(any_ws, accounts=True), secret2, "eve").status_code == 403


def test_open_sign_up_is_the_admins_setting(
    any_ws: Workspace, make_client: Any, people: dict[str, int]
) -> None:
    visitor = make_client(any_ws, accounts=True)
    assert visitor.get("/signup").status_code == 403
    root = Signed(make_client(any_ws, accounts=True), "root")
    assert root.post("/admin/signup", {"mode": "open"}).status_code == 303
    assert _signup(visitor, "", "fay").status_code == 303
    assert root.post("/admin/signup", {"mode": "anything"}).status_code == 400
    assert any_ws.signup_mode() == "open"


def test_password_change_and_admin_reset(
    any_ws: Workspace, make_client: Any, people: dict[str, int]
) -> None:
    ana = Signed(make_client(any_ws, accounts=True), "ana")
    wrong = ana.post("/account/password", {"current": "not it at all", "new": "a new secret"})
    assert wrong.status_code == 400 and "not right" in wrong.text
    assert (
        ana.post("/account/password", {"current": PASSWORD, "new": "a new secret"}).status_code
        == 303
    )
    assert any_ws.authenticate("ana", "a new secret") == people["ana"]
    assert any_ws.authenticate("ana", PASSWORD) is None
    root = Signed(make_client(any_ws, accounts=True), "root")
    res = root.post(f"/admin/users/{people['ana']}/password", {"password": "reset by root"})
    assert res.status_code == 303
    assert any_ws.authenticate("ana", "reset by root") == people["ana"]
    assert root.post("/admin/users/99999/password", {"password": "whatever1"}).status_code == 400


def test_api_tokens_are_shown_once_hashed_and_revocable(
    any_ws: Workspace, make_client: Any, people: dict[str, int]
) -> None:
    ana = Signed(make_client(any_ws, accounts=True), "ana")
    page = ana.post("/account/tokens", {"name": "weekly script"})
    token = re.search(r'data-testid="new-token">([^<]+)<', page.text).group(1)  # type: ignore[union-attr]
    assert token not in ana.get("/account").text  # shown once
    api = make_client(any_ws, accounts=True)
    auth = {"Authorization": f"Bearer {token}"}
    listed = api.get("/api/v1/applications", headers=auth)
    assert listed.status_code == 200
    assert [a["role"] for a in listed.json()] == ["Ana's job"]
    made = api.post(
        "/api/v1/applications", headers=auth, json={"company": "Initech", "role": "Dev"}
    )
    assert made.status_code in (200, 201), made.text
    assert {a.role for a in any_ws.for_user(people["ana"]).list_applications()} == {
        "Ana's job",
        "Dev",
    }  # type: ignore[attr-defined]
    assert {a.role for a in any_ws.for_user(people["bo"]).list_applications()} == {"Bo's job"}  # type: ignore[attr-defined]
    bad = api.get("/api/v1/applications", headers={"Authorization": "Bearer ow_guess"})
    assert bad.status_code == 401
    (stored,) = any_ws.for_user(people["ana"]).api_tokens()  # type: ignore[attr-defined]
    assert stored.last_used_at is not None
    bo = Signed(make_client(any_ws, accounts=True), "bo")
    assert bo.post(f"/account/tokens/{stored.id}/revoke").status_code == 404  # not bo's
    assert ana.post(f"/account/tokens/{stored.id}/revoke").status_code == 303
    assert api.get("/api/v1/applications", headers=auth).status_code == 401


def test_export_and_delete_leave_other_users_untouched(
    any_ws: Workspace, make_client: Any, people: dict[str, int]
) -> None:
    ana = Signed(make_client(any_ws, accounts=True), "ana")
    exported = ana.get("/data/export.json").json()
    roles = [a["role"] for a in exported["applications"]]
    assert roles == ["Ana's job"]
    bo_before = any_ws.for_user(people["bo"]).export_document()  # type: ignore[attr-defined]
    unconfirmed = ana.post("/account/delete", {"password": PASSWORD, "confirm": "no"})
    assert unconfirmed.status_code == 400
    wrong = ana.post("/account/delete", {"password": "not my password", "confirm": "DELETE"})
    assert wrong.status_code == 400
    assert any_ws.authenticate("ana", PASSWORD) == people["ana"]
    gone = ana.post("/account/delete", {"password": PASSWORD, "confirm": "DELETE"})
    assert gone.status_code == 303 and gone.headers["location"] == "/login"
    assert any_ws.authenticate("ana", PASSWORD) is None
    assert "ana" not in {u.username for u in any_ws.list_users()}
    assert ana.get("/pipeline", follow_redirects=False).status_code == 303  # signed out
    assert any_ws.for_user(people["ana"]).list_applications() == []  # type: ignore[attr-defined]
    assert any_ws.for_user(people["bo"]).export_document() == bo_before  # type: ignore[attr-defined]


def test_the_last_admin_stays(any_ws: Workspace, people: dict[str, int]) -> None:
    with pytest.raises(ValueError, match="last administrator"):
        any_ws.remove_user("root")
    assert any_ws.remove_user("bo") == people["bo"]
    assert any_ws.for_user(people["bo"]).list_applications() == []  # type: ignore[attr-defined]
    assert len(any_ws.for_user(people["ana"]).list_applications()) == 1  # type: ignore[attr-defined]


def test_account_pages_do_not_exist_in_local_mode(any_ws: Workspace, make_client: Any) -> None:
    client = make_client(any_ws)
    for url in ("/account", "/admin", "/coach", "/signup"):
        assert client.get(url).status_code == 404, url


def test_a_deleted_account_leaves_no_password_or_token_in_the_secret_file(
    any_ws: Workspace, people: dict[str, int]
) -> None:
    import json
    import os
    from pathlib import Path

    secrets_file = Path(os.environ["OFFERWATCH_HOME"]) / "notify-secrets.json"

    def stored() -> set[str]:
        return set(json.loads(secrets_file.read_text())) if secrets_file.exists() else set()

    before = stored()
    bo = any_ws.for_user(people["bo"])  # type: ignore[attr-defined]
    ana = any_ws.for_user(people["ana"])  # type: ignore[attr-defined]
    bo.add_channel("webhook", "https://hooks.example/bo", token="bo-token")
    bo.save_imap_schedule("imaps://bo@imap.example/INBOX", "bo-imap-password", 30)
    ana.add_channel("ntfy", "https://ntfy.example/ana", token="ana-token")
    added = stored() - before
    assert len(added) == 3
    any_ws.remove_user("bo")
    left = stored()
    assert len(added & left) == 1  # ana's token only
    text = secrets_file.read_text()
    assert "bo-token" not in text and "bo-imap-password" not in text and "ana-token" in text
