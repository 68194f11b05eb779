"""Server mode: logout, a password change and "sign out everywhere" end sessions at once, in
every worker (two app instances over one database), on SQLite and PostgreSQL."""

from __future__ import annotations

from typing import Any

import pytest
from tests.support.webclient import CSRF

from offerwatch.service import Workspace
from offerwatch.web.session import COOKIE

PASSWORD = "correct horse battery"
SECRET = b"s" * 32


@pytest.fixture
def users(any_ws: Workspace) -> dict[str, int]:
    ana = any_ws.add_user("ana", PASSWORD)
    bo = any_ws.add_user("bo", PASSWORD)
    any_ws.for_user(ana).add_application("Acme", "Ana's job")  # type: ignore[attr-defined]
    return {"ana": ana, "bo": bo}


def _worker(make_client: Any, ws: Workspace) -> Any:
    """One app instance (one worker); all share the secret, as workers of one server do."""
    return make_client(ws, accounts=True, secret=SECRET)


def _csrf(client: Any, url: str = "/login") -> str:
    found = CSRF.search(client.get(url).text)
    assert found
    return found.group(1)


def _login(client: Any, name: str, password: str = PASSWORD) -> str:
    client.cookies.clear()
    res = client.post(
        "/login",
        data={"csrf": _csrf(client), "username": name, "password": password},
        follow_redirects=False,
    )
    assert res.status_code == 303, res.text[:300]
    cookie = client.cookies.get(COOKIE)
    assert cookie
    return str(cookie)


def _replay(client: Any, cookie: str) -> tuple[int, int]:
    """(status of a page, status of the API) when a browser sends `cookie`."""
    client.cookies.clear()
    client.cookies.set(COOKIE, cookie)
    page = client.get("/pipeline", follow_redirects=False).status_code
    client.cookies.set(COOKIE, cookie)
    api = client.get("/api/v1/applications").status_code
    return page, api


def test_logout_ends_the_session_in_every_worker(
    any_ws: Workspace, make_client: Any, users: dict[str, int]
) -> None:
    one, two = _worker(make_client, any_ws), _worker(make_client, any_ws)
    cookie = _login(one, "ana")
    assert _replay(two, cookie) == (200, 200)  # the other worker honours it while live
    assert "Ana&#39;s job" in two.get("/pipeline").text
    one.cookies.clear()
    one.cookies.set(COOKIE, cookie)
    res = one.post("/logout", data={"csrf": _csrf(one, "/pipeline")}, follow_redirects=False)
    assert res.status_code == 303 and res.headers["location"] == "/login"
    page, api = _replay(two, cookie)
    assert page == 303 and api == 401
    page, api = _replay(one, cookie)
    assert page == 303 and api == 401
    # A write with the old cookie is refused too, and nothing is written.
    two.cookies.clear()
    two.cookies.set(COOKIE, cookie)
    res = two.post("/api/v1/applications", json={"company": "Evil", "role": "x"})
    assert res.status_code == 401
    assert [a.role for a in any_ws.for_user(users["ana"]).list_applications()] == ["Ana's job"]  # type: ignore[attr-defined]


def test_a_password_change_ends_every_session_of_that_user_only(
    any_ws: Workspace, make_client: Any, users: dict[str, int]
) -> None:
    one, two, three = (_worker(make_client, any_ws) for _ in range(3))
    ana_a, ana_b = _login(one, "ana"), _login(two, "ana")
    bo = _login(three, "bo")
    any_ws.set_password("ana", PASSWORD + " new")
    assert _replay(one, ana_a)[0] == 303
    assert _replay(two, ana_b) == (303, 401)
    assert _replay(three, bo) == (200, 200)  # another user's session is untouched
    fresh = _worker(make_client, any_ws)
    assert _login(fresh, "ana", PASSWORD + " new")
    assert fresh.get("/pipeline", follow_redirects=False).status_code == 200


def test_sign_out_everywhere_by_the_user_and_by_an_admin(
    any_ws: Workspace, make_client: Any, users: dict[str, int]
) -> None:
    one, two = _worker(make_client, any_ws), _worker(make_client, any_ws)
    first, second = _login(one, "ana"), _login(two, "ana")
    one.cookies.clear()
    one.cookies.set(COOKIE, first)
    res = one.post(
        "/logout/everywhere", data={"csrf": _csrf(one, "/settings")}, follow_redirects=False
    )
    assert res.status_code == 303
    assert _replay(two, second)[0] == 303
    assert _replay(one, first)[0] == 303
    third = _login(one, "bo")
    assert any_ws.end_all_sessions("bo") == 1  # the admin's "sign out everywhere"
    assert _replay(one, third) == (303, 401)
    with pytest.raises(ValueError, match="no user called"):
        any_ws.end_all_sessions("nobody")


def test_a_cookie_from_before_server_side_sessions_is_refused(
    any_ws: Workspace, make_client: Any, users: dict[str, int]
) -> None:
    import time

    from offerwatch.web.session import Session, sign

    client = _worker(make_client, any_ws)
    forged = sign(Session(users["ana"], "tok", int(time.time())), SECRET)  # no session token
    assert _replay(client, forged) == (303, 401)
