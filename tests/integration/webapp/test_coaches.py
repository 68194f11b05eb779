"""Coaches on both databases: a seeker shares read-only, the coach's dashboard says who needs
attention, every look is logged for the seeker, a coach never writes, revoking is at once."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

import pytest
from tests.conftest import NOW, Clock
from tests.support.accounts import PASSWORD, Signed

from offerwatch.service import Workspace


@pytest.fixture
def cohort(any_ws: Workspace, clock: Clock) -> dict[str, Any]:
    """A seeker (ana) with something of each kind the dashboard shows, another seeker (bo)
    who shares with nobody, and a coach."""
    ids = {name: any_ws.add_user(name, PASSWORD) for name in ("ana", "bo", "coach")}
    ana: Any = any_ws.for_user(ids["ana"])
    clock.now = NOW - timedelta(weeks=6)
    quiet = ana.add_application("Quietco", "Silent role")
    clock.now = NOW
    talked = ana.add_application("Acme", "Data Engineer")
    ana.add_person(talked, "Rita Recruiter", role="recruiter", email="rita@acme.example")
    ana.add_interview(talked, stage="interview", start=NOW - timedelta(days=5, hours=2),
                      end=NOW - timedelta(days=5, hours=1), with_=["Rita Recruiter"])  # fmt: skip
    final = ana.add_application("Finalco", "Lead")
    ana.add_interview(final, stage="final", start=NOW + timedelta(days=5),
                      end=NOW + timedelta(days=5, hours=1))  # fmt: skip
    offered = ana.add_application("Offerly", "Architect")
    ana.set_status(offered, "offer")
    any_ws.for_user(ids["bo"]).add_application("Globex", "Bo's job")  # type: ignore[attr-defined]
    return {**ids, "apps": {"quiet": quiet, "talked": talked, "final": final, "offer": offered}}


def test_share_dashboard_log_and_revoke(
    any_ws: Workspace, make_client: Any, cohort: dict[str, Any]
) -> None:
    coach = Signed(make_client(any_ws, accounts=True), "coach")
    assert 'data-testid="no-seekers"' in coach.get("/coach").text
    ana = Signed(make_client(any_ws, accounts=True), "ana")
    assert ana.post("/account/shares", {"coach": "coach"}).status_code == 303
    assert ana.post("/account/shares", {"coach": "nobody"}).status_code == 400
    assert ana.post("/account/shares", {"coach": "ana"}).status_code == 400

    page = coach.get("/coach")
    assert page.status_code == 200
    text = page.text
    assert text.count('data-testid="seeker"') == 1  # ana only: bo shares with nobody
    assert "thank-you to Rita Recruiter" in text  # the overdue thank-you
    assert "Quietco" in text and "6 weeks without news" in text
    assert "Finalco" in text and "Final rounds coming up" in text
    assert "Offerly" in text
    assert "Acme · Data Engineer" not in text.split("Silent for weeks")[-1].split("Final")[0]
    assert "Bo&#39;s job" not in text

    detail = coach.get(f"/coach/{cohort['ana']}")
    assert detail.status_code == 200 and "Architect" in detail.text
    assert coach.get(f"/coach/{cohort['bo']}").status_code == 404
    assert coach.get("/coach/99999").status_code == 404

    views = [(v.coach, v.what) for v in any_ws.for_user(cohort["ana"]).coach_views()]  # type: ignore[attr-defined]
    assert views == [("coach", "applications"), ("coach", "dashboard")]
    assert "coach-views" in ana.get("/account").text

    assert ana.post(f"/account/shares/{cohort['coach']}/revoke").status_code == 303
    assert coach.get(f"/coach/{cohort['ana']}").status_code == 404  # at once
    assert 'data-testid="seeker"' not in coach.get("/coach").text
    assert ana.post(f"/account/shares/{cohort['coach']}/revoke").status_code == 404


def test_a_coach_never_writes_into_the_seekers_data(
    any_ws: Workspace, make_client: Any, cohort: dict[str, Any]
) -> None:
    seeker: Any = any_ws.for_user(cohort["ana"])
    seeker.share_with("coach")
    actions = seeker.open_actions()  # derived and stored by the seeker's own use
    before = seeker.export_document()
    coach = Signed(make_client(any_ws, accounts=True), "coach")
    assert coach.get("/coach").status_code == 200
    assert coach.get(f"/coach/{cohort['ana']}").status_code == 200
    app = cohort["apps"]["talked"]
    api = coach.client
    attempts = [
        coach.post(f"/applications/{app}/status", {"status": "rejected"}),
        coach.post(f"/applications/{app}/notes", {"notes": "coach was here"}),
        coach.post(f"/applications/{app}/delete", {"version": "1", "next": "/"}),
        coach.post(f"/actions/{actions[0].id}/done"),
        api.post(f"/api/v1/applications/{app}/status", json={"status": "rejected"}),
        api.patch(f"/api/v1/applications/{app}", json={"role": "changed"}),
        api.delete(f"/api/v1/applications/{app}"),
    ]
    assert [r.status_code for r in attempts if r.status_code not in (403, 404)] == []
    # Nothing of the seeker's changed, not even the stored plan (the coach's dashboard
    # derives it in memory).
    assert seeker.export_document() == before
    assert [(a.id, a.done) for a in seeker.open_actions()] == [(a.id, a.done) for a in actions]
    # Only the coach's own pages were logged for the seeker.
    assert {v.what for v in seeker.coach_views()} == {"dashboard", "applications"}


SAFE = {"GET", "HEAD", "OPTIONS"}
LATER = (NOW + timedelta(days=9)).isoformat()
LATER_END = (NOW + timedelta(days=9, hours=1)).isoformat()
# A valid body for each API write (by the end of its path), so that the answer is the
# ownership check's, not a validation error's.
API_BODIES = {
    "/snooze": {"until": LATER},
    "/status": {"status": "rejected"},
    "/outcome": {"outcome": "rejection"},
    "/applications/{app_id}/people": {"name": "Eve Intruder", "role": "recruiter"},
    "/people/{person_id}": {"name": "changed"},
    "/applications/{app_id}/interviews": {"stage": "final", "start": LATER, "end": LATER_END},
    "/interviews/{interview_id}": {"notes": "coach was here"},
    "/applications/{app_id}/observations": {"kind": "notice_period_asked"},
    "/observations/{obs_id}": {"note": "coach was here"},
    "/goals/{goal_id}": {"title": "changed"},
    "/log": {"minutes": 30},
    "/applications/{app_id}": {"role": "changed"},
}
# Pages: one form with every field the edit forms use.
FORM = {"status": "rejected", "outcome": "rejection", "name": "Eve", "role": "recruiter",
        "kind": "notice_period_asked", "note": "coach", "notes": "coach", "minutes": "30",
        "title": "x", "company": "X", "version": "1", "until": "7d", "stage": "final",
        "start": LATER[:16], "end": LATER[:16], "weekly_minutes": "60"}  # fmt: skip


def _routes(found: list[Any], prefix: str = "") -> list[tuple[str, set[str]]]:
    """(path, methods) of every endpoint, through included routers: FastAPI includes them
    lazily, each with the prefix it was included under."""
    from starlette.routing import Route

    flat = []
    for route in found:
        if isinstance(route, Route):
            flat.append((prefix + route.path, set(route.methods or ())))
        inner = getattr(route, "original_router", None)
        if inner is not None:
            flat += _routes(inner.routes, prefix + route.include_context.prefix)
    return flat


def test_no_write_route_reaches_a_seeker_who_shares(
    any_ws: Workspace, make_client: Any, cohort: dict[str, Any]
) -> None:
    """Every write route of the app and the API, called by the coach with the seeker's ids:
    nothing of the seeker's changes and nothing fails with a 5xx."""
    from offerwatch.web import WebSettings, create_app

    seeker: Any = any_ws.for_user(cohort["ana"])
    seeker.share_with("coach")
    app = cohort["apps"]["talked"]
    ids = {
        "app_id": app,
        "person_id": seeker.people(app)[0].id,
        "interview_id": seeker.page_interviews(app)[0].id,
        "obs_id": seeker.add_signal(app, "notice_period_asked"),
        "goal_id": seeker.add_goal("skill", "SQL", 60),
        "action_id": seeker.open_actions()[0].id,
        "token_id": 1,
        "coach_id": cohort["coach"],
        "user_id": cohort["ana"],
        "message_id": 1,
        "record_id": app,
        "collection": "applications",
        "kind": "application",
        "mark": "done",
        "job_id": "x",
    }
    seeker.create_api_token("seeker's script")
    before = seeker.export_document()
    tokens = [t.id for t in seeker.api_tokens()]
    coach = Signed(make_client(any_ws, accounts=True), "coach")
    routes = [
        (path, methods - SAFE)
        for path, methods in _routes(create_app(WebSettings(accounts=True)).routes)
        if methods - SAFE and "{" in path
    ]
    assert len(routes) > 30  # the app's write routes with an id, not a handful
    answers = {}
    for template, methods in routes:
        path = re.sub(r"\{(\w+)(?::\w+)?\}", lambda m: str(ids.get(m.group(1), 1)), template)
        for method in sorted(methods):
            if path.startswith("/api/"):
                body = next((b for end, b in API_BODIES.items() if template.endswith(end)), {})
                res = coach.client.request(method, path, json=body)
            else:
                res = coach.post(path, {**FORM, "app_id": app})
            answers[f"{method} {path}"] = res.status_code
    assert [k for k, status in answers.items() if status >= 500] == []
    api = {k: status for k, status in answers.items() if " /api/" in k}
    assert len(api) > 10 and {k: s for k, s in api.items() if s not in (403, 404)} == {}
    assert seeker.export_document() == before
    assert [t.id for t in seeker.api_tokens()] == tokens
    assert [c.username for c in seeker.my_coaches()] == ["coach"]
