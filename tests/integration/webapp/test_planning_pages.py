"""Today's actions (done, snooze, draft), goals, and the calendar subscription."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from tests.support.webclient import Web

from offerwatch.service import Workspace


def _first_action(ws: Workspace, kind: str) -> int:
    return next(i.id for i in ws.agenda().items if i.kind == kind and not i.done)


def test_today_lists_actions_and_one_click_done(web: Web, ws: Workspace, app_id: int) -> None:
    thank = _first_action(ws, "thank_you")
    text = web.get("/").text
    assert f'action="/actions/{thank}/done"' in text and "Keep applying" in text
    res = web.post_form(f"/actions/{thank}/done", headers={"X-Requested-With": "fetch"})
    assert res.json() == {"ok": True, "id": thank, "undo": f"/actions/{thank}/undo/done"}
    assert ws.action(thank).done_at is not None
    web.post_form(f"/actions/{thank}/undo/done", headers={"X-Requested-With": "fetch"})
    assert ws.action(thank).done_at is None  # Undo opens it again


def test_snooze_moves_the_action_later(web: Web, ws: Workspace, app_id: int) -> None:
    action = _first_action(ws, "thank_you")
    assert web.post_form(f"/actions/{action}/snooze", {"until": "3d"}).status_code == 303
    item = next(i for i in ws.agenda(days=30).items if i.id == action)
    assert item.due >= ws.clock() + timedelta(days=3) - timedelta(minutes=1)
    assert web.post_form(f"/actions/{action}/snooze", {"until": "yesterday"}).status_code == 400


def test_draft_a_thank_you(web: Web, ws: Workspace, app_id: int) -> None:
    action = _first_action(ws, "thank_you")
    page = web.get(f"/actions/{action}/draft")
    assert page.status_code == 200 and "mailto:" in page.text and "Ana" in page.text
    eml = web.get(f"/actions/{action}/draft.eml")
    assert eml.headers["content-type"].startswith("message/rfc822")
    assert b"Subject:" in eml.content
    assert web.get("/actions/424242/draft").status_code == 404


def test_goals_are_the_waiting_plan(web: Web, ws: Workspace) -> None:
    assert "Rust workshop" not in web.get("/").text  # Today is now cached...
    web.post_form("/goals", {"kind": "skill", "title": "Rust workshop", "weekly_minutes": "120"})
    goal = ws.goals()[0]
    web.post_form(f"/goals/{goal.id}/log", {"minutes": "45"})
    assert ws.goals()[0].minutes_this_week == 45
    assert "Rust workshop" in web.get("/").text  # ...and a write through the app refreshes it
    bad = web.post_form("/goals", {"kind": "nap", "title": "x", "weekly_minutes": "-5"})
    assert bad.status_code == 400 and len(ws.goals()) == 1


def test_calendar_subscription_can_be_revoked(web: Web, ws: Workspace, app_id: int) -> None:
    ws.add_interview(
        app_id,
        stage="interview",
        start=datetime(2026, 3, 9, 9, tzinfo=UTC),
        end=datetime(2026, 3, 9, 10, tzinfo=UTC),
    )
    assert "Create a subscription link" in web.get("/calendar").text
    web.post_form("/calendar/token")
    found = re.search(r'value="(http://[^"]+\.ics)"', web.get("/calendar").text)
    assert found
    url = found.group(1).replace("http://127.0.0.1", "")
    feed = web.get(url)
    assert feed.status_code == 200 and feed.headers["content-type"].startswith("text/calendar")
    assert b"BEGIN:VCALENDAR" in feed.content and b"Acme" in feed.content
    web.post_form("/calendar/revoke")
    assert web.get(url).status_code == 404
    assert web.get("/calendar/guess.ics").status_code == 404


def test_keep_applying_counts_open_applications_in_words(web: Web, ws: Workspace) -> None:
    ws.add_application("Acme", "Data Engineer")
    assert ws.agenda().keep_applying.reason == "1 open application, at an earlier stage"
    ws.add_application("Globex", "Analyst")
    assert "2 open applications, some at earlier stages" in web.get("/").text
