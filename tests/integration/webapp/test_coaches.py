"""Coaches on both databases: a seeker shares read-only, the coach's dashboard says who needs
attention, every look is logged for the seeker, a coach never writes, revoking is at once."""

from __future__ import annotations

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
