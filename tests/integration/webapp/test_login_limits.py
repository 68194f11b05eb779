"""Server mode: failed sign-ins are limited per user name and per client address."""

from __future__ import annotations

import base64
from typing import Any

import pytest
from tests.support.webclient import CSRF

from offerwatch.service import Workspace
from offerwatch.web.throttle import ADDRESS_FAILURES, LoginThrottle, TooManyFailures

PASSWORD = "correct horse battery"


class Clock:
    """Seconds that move only when the test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def seconds() -> Clock:
    return Clock()


@pytest.fixture
def server(ws: Workspace, make_client: Any, seconds: Clock) -> Any:
    ws.add_user("ana", PASSWORD)
    ws.add_user("bo", PASSWORD)
    return make_client(ws, accounts=True, login_clock=seconds)


def _login(client: Any, name: str, password: str) -> Any:
    token = CSRF.search(client.get("/login").text)
    assert token
    return client.post(
        "/login",
        data={"csrf": token.group(1), "username": name, "password": password},
        follow_redirects=False,
    )


def _basic(name: str, password: str) -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(f"{name}:{password}".encode()).decode()}


def test_five_failures_lock_the_name_until_the_window_passes(server: Any, seconds: Clock) -> None:
    for _ in range(5):
        assert _login(server, "ana", "wrong password").status_code == 401
    res = _login(server, "ana", PASSWORD)  # even the right password waits
    assert res.status_code == 429
    assert "too many failed sign-ins" in res.text
    assert 0 < int(res.headers["retry-after"]) <= 15 * 60
    seconds.now += int(res.headers["retry-after"])
    assert _login(server, "ana", PASSWORD).status_code == 303


def test_success_resets_the_count(server: Any, seconds: Clock) -> None:
    for _ in range(4):
        assert _login(server, "ana", "wrong password").status_code == 401
    assert _login(server, "ana", PASSWORD).status_code == 303
    for _ in range(4):
        assert _login(server, "ana", "wrong password").status_code == 401
    assert _login(server, "ana", PASSWORD).status_code == 303


def test_failures_on_many_names_lock_the_address(server: Any) -> None:
    for i in range(ADDRESS_FAILURES):
        assert _login(server, f"guess{i}", "wrong password").status_code == 401
    assert _login(server, "bo", PASSWORD).status_code == 429


def test_http_basic_is_limited_too(server: Any, seconds: Clock) -> None:
    for _ in range(5):
        res = server.get("/api/v1/applications", headers=_basic("ana", "nope nope"))
        assert res.status_code == 401
    res = server.get("/api/v1/applications", headers=_basic("ana", PASSWORD))
    assert res.status_code == 429
    assert "too many failed sign-ins" in res.json()["detail"]
    seconds.now += int(res.headers["retry-after"])
    assert server.get("/api/v1/applications", headers=_basic("ana", PASSWORD)).status_code == 200


def test_a_success_does_not_reset_the_address_count_of_other_names(server: Any) -> None:
    for i in range(ADDRESS_FAILURES - 1):
        assert _login(server, f"guess{i}", "wrong password").status_code == 401
    assert _login(server, "bo", PASSWORD).status_code == 303  # gives back only its own place
    assert _login(server, "guess-last", "wrong password").status_code == 401
    assert _login(server, "guess-more", "wrong password").status_code == 429
    assert _login(server, "ana", PASSWORD).status_code == 429


def test_a_locked_name_does_not_lock_its_owners_address(server: Any) -> None:
    for _ in range(5):
        server.get("/api/v1/applications", headers=_basic("ana", "nope nope"))
    # Refused tries on the locked name take no place from the address: bo still signs in.
    for _ in range(6):
        assert _login(server, "ana", "wrong password").status_code == 429
    assert _login(server, "bo", PASSWORD).status_code == 303


def test_windows_older_than_the_limit_start_afresh(ws: Workspace, seconds: Clock) -> None:
    limiter = LoginThrottle(seconds, lambda: ws, failures=3, window=60)
    wrong: Any = lambda: None  # noqa: E731 - a password check that fails
    for _ in range(3):
        assert limiter.attempt("Ana", "10.0.0.1", wrong) is None
    with pytest.raises(TooManyFailures) as caught:
        limiter.attempt("ana ", "10.0.0.2", wrong)
    assert caught.value.retry_after == 60
    seconds.now += 30
    with pytest.raises(TooManyFailures) as caught:
        limiter.attempt("ANA", "10.0.0.3", wrong)
    assert caught.value.retry_after == 30
    seconds.now += 31
    assert limiter.attempt("ana", "10.0.0.4", lambda: 7) == 7


def test_counts_of_passed_windows_are_purged(ws: Workspace, seconds: Clock) -> None:
    from sqlalchemy import func, select

    from offerwatch.store import tables as t

    limiter = LoginThrottle(seconds, lambda: ws, failures=3, window=60)
    for i in range(20):
        limiter.attempt(f"name{i}", None, lambda: None)
    seconds.now += 61
    limiter.attempt("ana", None, lambda: 1)
    with ws.read() as conn:
        assert conn.execute(select(func.count()).select_from(t.login_limits)).scalar() == 0
