"""Audit events and the access log as records: sign-ins, failures, lockouts, shares, exports,
deletions (the JSON-lines format itself: tests/unit/test_server_config.py)."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from tests.support.accounts import PASSWORD, Signed
from tests.support.webclient import CSRF

from offerwatch.service import Workspace


def _events(caplog: pytest.LogCaptureFixture) -> list[dict[str, Any]]:
    return [r.fields for r in caplog.records if r.name == "offerwatch.audit"]  # type: ignore[attr-defined]


def test_audit_events_for_what_matters(
    ws: Workspace, make_client: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="offerwatch")
    ana_id = ws.add_user("ana", PASSWORD)
    ws.add_user("coach", PASSWORD)
    seconds = [1000.0]  # the sign-in limiter's clock (its counts are in the database)
    client = make_client(ws, accounts=True, login_clock=lambda: seconds[0])
    token = CSRF.search(client.get("/login").text).group(1)  # type: ignore[union-attr]
    wrong = {"csrf": token, "username": "ana", "password": "wrong password"}
    for _ in range(6):
        client.post("/login", data=wrong)
    seconds[0] += 15 * 60  # the lockout holds for every worker until its window passes
    ana = Signed(make_client(ws, accounts=True, login_clock=lambda: seconds[0]), "ana")
    ana.post("/account/shares", {"coach": "coach"})
    ana.get("/data/export.json")
    ana.post("/account/delete", {"password": PASSWORD, "confirm": "DELETE"})
    kinds = [e["event"] for e in _events(caplog)]
    assert kinds.count("signin.failed") == 5 and "signin.locked" in kinds
    assert kinds[-4:] == ["signin", "share.created", "export", "account.deleted"]
    signin = next(e for e in _events(caplog) if e["event"] == "signin")
    assert signin["user_id"] == ana_id and signin["client"] == "testclient"
    assert PASSWORD not in str(_events(caplog)) and "wrong password" not in str(_events(caplog))
    access = [r.fields for r in caplog.records if r.name == "offerwatch.access"]  # type: ignore[attr-defined]
    assert any(
        a["path"] == "/data/export.json" and a["status"] == 200 and a["user_id"] == ana_id
        for a in access
    )
