"""A cancelled interview through the Workspace, on SQLite and PostgreSQL: kept on record,
left out of the plan and the odds, shown as cancelled in the calendar export, undoable."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from icalendar import Calendar

from offerwatch.calendar import interview_uid
from offerwatch.errors import BadInput, NotFound, StaleVersion
from offerwatch.service import Workspace

# conftest's NOW is Wednesday 2026-03-04 12:00 UTC.
START = datetime(2026, 3, 3, 10, 0, tzinfo=UTC)
END = datetime(2026, 3, 3, 11, 0, tzinfo=UTC)


def _twin(ws: Workspace, company: str, with_interview: bool) -> tuple[int, int | None]:
    """An application with a recruiter and (maybe) yesterday's final interview (which
    moves it on to interviewing)."""
    app = ws.add_application(company, "Data Engineer")
    ws.add_person(app, "Priya Shah", role="recruiter", email=f"priya@{company.lower()}.example")
    iid = None
    if with_interview:
        iid = ws.add_interview(app, stage="final", start=START, end=END, with_=["Ana Lopez"])
    return app, iid


def _planned(ws: Workspace, app: int) -> set[str]:
    """The kinds of open action planned for one application."""
    return {i.kind for i in ws.open_actions() if i.application_id == app}


def test_a_cancelled_interview_plans_nothing_and_counts_for_nothing(any_ws: Workspace) -> None:
    ws = any_ws
    app, iid = _twin(ws, "Acme", with_interview=True)
    bare, _ = _twin(ws, "Globex", with_interview=False)
    ws.set_status(bare, "interviewing")  # as recording the interview set Acme's
    assert iid is not None
    before = _planned(ws, app)
    assert {"thank_you"} <= before  # the interview ended yesterday: thank Ana
    assert ws.score(app).probability != ws.score(bare).probability

    cancelled = ws.cancel_interview(iid)
    assert cancelled.cancelled and cancelled.cancelled_at is not None
    assert cancelled.version == 2  # an edit like any other: a stale form is refused
    [kept] = ws.interviews(app)  # still on record
    assert kept.id == iid and kept.cancelled
    assert _planned(ws, app) == _planned(ws, bare)  # no thank-you, timeline or follow-up
    assert not {"thank_you", "ask_timeline", "follow_up"} & _planned(ws, app)
    assert ws.score(app).probability == ws.score(bare).probability
    assert ws.score(app).prior == ws.score(bare).prior

    with pytest.raises(BadInput, match="already cancelled"):
        ws.cancel_interview(iid)
    with pytest.raises(StaleVersion):
        ws.cancel_interview(iid, undo=True, expected_version=1)
    back = ws.cancel_interview(iid, undo=True)
    assert not back.cancelled and back.version == 3
    assert _planned(ws, app) == before
    with pytest.raises(BadInput, match="not cancelled"):
        ws.cancel_interview(iid, undo=True)
    with pytest.raises(NotFound):
        ws.cancel_interview(iid + 100)


def test_update_interview_sets_and_clears_cancelled(any_ws: Workspace) -> None:
    _, iid = _twin(any_ws, "Acme", with_interview=True)
    assert iid is not None
    saved = any_ws.update_interview(iid, cancelled=True, notes="they moved it")
    assert saved.cancelled and saved.notes == "they moved it"
    first = saved.cancelled_at
    again = any_ws.update_interview(iid, cancelled=True)  # already: the date stays
    assert again.cancelled_at == first
    assert not any_ws.update_interview(iid, cancelled=False).cancelled


def test_upcoming_interviews_and_insights_leave_a_cancelled_one_out(
    any_ws: Workspace, clock: object
) -> None:
    ws = any_ws
    app = ws.add_application("Acme", "Data Engineer")
    soon = datetime(2026, 3, 6, 10, tzinfo=UTC)
    iid = ws.add_interview(app, stage="final", start=soon, end=soon + timedelta(hours=1))
    assert [i.id for i, _ in ws.upcoming_interviews()] == [iid]
    ws.cancel_interview(iid)
    assert ws.upcoming_interviews() == []
    assert not [i for i in ws.agenda(days=7).items if i.kind == "ask_timeline"]


def test_the_calendar_export_marks_it_cancelled(any_ws: Workspace) -> None:
    ws = any_ws
    app, iid = _twin(ws, "Acme", with_interview=True)
    other = ws.add_interview(app, stage="interview", start=START - timedelta(days=2),
                             end=START - timedelta(days=2) + timedelta(hours=1))  # fmt: skip
    assert iid is not None
    ws.cancel_interview(iid)
    events = {str(e["UID"]): e for e in Calendar.from_ical(ws.calendar_ics()).walk("VEVENT")}
    cancelled = events[interview_uid(iid)]
    assert str(cancelled["STATUS"]) == "CANCELLED"
    assert str(cancelled["SUMMARY"]).startswith("Cancelled: ")
    assert "STATUS" not in events[interview_uid(other)]


def test_a_follow_up_draft_speaks_of_the_last_interview_that_took_place(
    any_ws: Workspace,
) -> None:
    ws = any_ws

    def app_with(second: bool) -> tuple[int, int | None]:
        app = ws.add_application("Acme", "Data Engineer")
        ws.add_person(app, "Priya Shah", role="recruiter", email="priya@acme.example")
        first = START - timedelta(days=6)
        ws.add_interview(app, stage="interview", start=first, end=first + timedelta(hours=1))
        later = None
        if second:
            later = ws.add_interview(app, stage="final", start=START, end=END)
        return app, later

    app, later = app_with(second=True)
    twin, _ = app_with(second=False)
    assert later is not None
    held = ws.draft_follow_up(app).body
    ws.cancel_interview(later)
    assert ws.draft_follow_up(app).body != held
    assert ws.draft_follow_up(app).body == ws.draft_follow_up(twin).body
