"""A create form sent twice (a double click or Back and submit, without JavaScript) makes one
record: the form's one-time token is checked on the server, on both databases."""

from __future__ import annotations

import re
import time
from datetime import timedelta
from typing import Any

import pytest
from tests.support.webclient import app_client

from offerwatch.service import Workspace
from offerwatch.web.pages import _once


def _form(client: Any, url: str, action: str) -> dict[str, str]:
    """The hidden fields (CSRF, one-time token) of the form posting to `action` on `url`."""
    page = client.get(url).text
    form = re.search(rf'<form[^>]*action="{re.escape(action)}".*?</form>', page, re.S)
    assert form, page[:1000]
    return dict(re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)"', form.group(0)))


def test_the_same_form_sent_twice_makes_one_record(any_ws: Workspace) -> None:
    with app_client(any_ws) as client:
        hidden = _form(client, "/pipeline", "/applications")
        assert hidden.get("once")
        typed = {**hidden, "company": "Kite Labs", "role": "Analyst"}
        first = client.post("/applications", data=typed, follow_redirects=False)
        second = client.post("/applications", data=typed, follow_redirects=False)
        assert first.status_code == second.status_code == 303
        assert second.headers["location"] == first.headers["location"]  # led to the first
        assert [a.company for a in any_ws.list_applications()] == ["Kite Labs"]
        banner = client.get(second.headers["location"]).text
        assert "sent twice: it was saved once" in banner
        # A new rendering of the form: a new token, a second record on purpose.
        again = {**_form(client, "/pipeline", "/applications"), "company": "Kite Labs",
                 "role": "Analyst"}  # fmt: skip
        assert again["once"] != hidden["once"]
        assert client.post("/applications", data=again, follow_redirects=False).status_code == 303
        assert len(any_ws.list_applications()) == 2


def test_a_refused_post_gives_its_token_back(any_ws: Workspace) -> None:
    app = any_ws.add_application("Acme", "Data Engineer")
    with app_client(any_ws) as client:
        hidden = _form(client, f"/applications/{app}", f"/applications/{app}/people")
        bad = {**hidden, "name": "Cy Moss", "role": "recruiter", "email": "cy at acme"}
        assert client.post(f"/applications/{app}/people", data=bad).status_code == 400
        good = {**bad, "email": "cy@acme.example"}
        for _ in range(2):
            res = client.post(f"/applications/{app}/people", data=good, follow_redirects=False)
            assert res.status_code == 303
        assert [p.name for p in any_ws.people(app)] == ["Cy Moss"]
        # A goal, an interview: the same.
        goal = {**_form(client, "/", "/goals"), "kind": "skill", "title": "SQL",
                "weekly_minutes": "60"}  # fmt: skip
        for _ in range(2):
            assert client.post("/goals", data=goal, follow_redirects=False).status_code == 303
        assert [g.title for g in any_ws.goals()] == ["SQL"]


def test_a_token_is_the_users_own_and_a_bad_one_is_refused(any_ws: Workspace) -> None:
    with app_client(any_ws) as client:
        hidden = _form(client, "/pipeline", "/applications")
        long = {**hidden, "once": "x" * 65, "company": "A", "role": "B"}
        assert client.post("/applications", data=long).status_code == 400
        odd = {**hidden, "once": "tab\there", "company": "A", "role": "B"}
        res = client.post("/applications", data=odd)
        assert res.status_code == 400 and "token" in res.text
        assert any_ws.list_applications() == []
        # A form of an older page (no token): as before.
        plain = {"csrf": hidden["csrf"], "company": "A", "role": "B"}
        assert client.post("/applications", data=plain, follow_redirects=False).status_code == 303


def test_a_repeat_waits_only_while_the_first_post_may_still_run(
    any_ws: Workspace, clock: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A token taken and never settled (its post's worker was stopped): a repeat waits for
    the first post while that one is younger than the wait, and not at all once it is older;
    either way a one-line refusal, and nothing is made."""
    monkeypatch.setattr(_once, "WAIT_SECONDS", 1.5)
    with app_client(any_ws) as client:
        hidden = _form(client, "/pipeline", "/applications")
        typed = {**hidden, "company": "Kite Labs", "role": "Analyst"}
        assert any_ws.claim_form_post(hidden["once"])  # the first post, never ending
        began = time.monotonic()
        young = client.post("/applications", data=typed, follow_redirects=False)
        assert time.monotonic() - began >= 1.5  # waited for it
        assert young.status_code == 400 and "has not finished" in young.text
        monkeypatch.setattr(_once, "WAIT_SECONDS", 120.0)
        clock.now += timedelta(minutes=10)  # no post runs for ten minutes: it was left
        began = time.monotonic()
        old = client.post("/applications", data=typed, follow_redirects=False)
        assert time.monotonic() - began < 60  # not the 120 s wait
        assert old.status_code == 400 and "has not finished" in old.text
    assert any_ws.list_applications() == []
