"""Server mode: failed sign-ins are limited per user name and per client address."""

from __future__ import annotations

import base64
from typing import Any

import pytest
from tests.support.webclient import CSRF

from offerwatch.service import Workspace
from offerwatch.web.throttle import LoginThrottle, TooManyFailures

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
    for i in range(5):
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


def test_failures_older_than_the_window_are_forgotten(seconds: Clock) -> None:
    limiter = LoginThrottle(seconds, failures=3, window=60)
    for _ in range(2):
        limiter.failed("Ana", "10.0.0.1")
    seconds.now += 61
    limiter.failed("ana ", "10.0.0.2")
    limiter.failed("ANA", "10.0.0.3")
    limiter.check("ana", "10.0.0.4")  # two recent failures: still allowed
    limiter.failed("ana", "10.0.0.5")
    with pytest.raises(TooManyFailures) as caught:
        limiter.check("ana", "10.0.0.6")
    assert caught.value.retry_after == 60


def test_a_flood_of_names_is_bounded(seconds: Clock) -> None:
    from offerwatch.web import throttle

    limiter = LoginThrottle(seconds)
    for i in range(throttle.MAX_KEYS + 50):
        limiter.failed(f"name{i}", None)
    assert len(limiter._seen) <= throttle.MAX_KEYS
    limiter.check("name1", None)  # an evicted name starts afresh
