"""Signs suggested from an interview's notes: listed, recorded on request, undone (both DBs)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from offerwatch.core.entities import ObservationSource
from offerwatch.errors import BadInput, NotFound
from offerwatch.service import Workspace

START = datetime(2026, 3, 3, 10, tzinfo=UTC)  # a Tuesday, before the suite's NOW
NOTES = (
    "ran ~20 min over, showed me round the office, met 2 devs. "
    "She asked my notice period. Didn't discuss salary. Decision by end of next week."
)


def _interview(ws: Workspace, notes: str = NOTES) -> tuple[int, int]:
    app = ws.add_application("Acme", "Data Engineer")
    iid = ws.add_interview(app, stage="final", start=START, end=START + timedelta(hours=1),
                           notes=notes)  # fmt: skip
    return app, iid


def test_suggestions_are_listed_and_nothing_is_recorded(any_ws: Workspace) -> None:
    app, iid = _interview(any_ws)
    found = any_ws.notes_signs(iid)
    assert [s.kind for s in found] == [
        "ran_over_time", "met_other_employees", "notice_period_asked", "timeline_stated"
    ]  # fmt: skip
    assert not any(s.recorded for s in found)
    timeline = next(s for s in found if s.kind == "timeline_stated")
    assert timeline.expected_by == date(2026, 3, 13)
    assert any_ws.observations(app) == []


def test_recording_the_chosen_signs_keeps_the_quote_and_moves_the_odds(
    any_ws: Workspace,
) -> None:
    app, iid = _interview(any_ws)
    before = any_ws.score(app).probability
    done = any_ws.record_notes_signs(iid, ["notice_period_asked", "timeline_stated"])
    assert set(done.added) == {"notice_period_asked", "timeline_stated"} and not done.already
    stored = {o.kind: o for o in any_ws.observations(app)}
    notice = stored["notice_period_asked"]
    assert notice.source is ObservationSource.NOTE and notice.interview_id == iid
    assert notice.evidence is not None and "notice period" in notice.evidence
    assert stored["timeline_stated"].expected_by == date(2026, 3, 13)
    assert any_ws.score(app).probability > before
    marked = {s.kind: s.recorded for s in any_ws.notes_signs(iid)}
    assert marked["notice_period_asked"] and not marked["met_other_employees"]
    # --all records the rest and leaves what is there.
    again = any_ws.record_notes_signs(iid)
    assert set(again.added) == {"ran_over_time", "met_other_employees"}
    assert sorted(again.already) == ["notice_period_asked", "timeline_stated"]
    assert len(any_ws.observations(app)) == 4


def test_undo_moves_them_to_the_trash_and_restore_brings_one_back(any_ws: Workspace) -> None:
    app, iid = _interview(any_ws)
    done = any_ws.record_notes_signs(iid, ["met_other_employees", "notice_period_asked"])
    moved = any_ws.unrecord_notes_signs(iid, list(done.added.values()))
    assert len(moved) == 2 and any_ws.observations(app) == []
    assert not any(s.recorded for s in any_ws.notes_signs(iid))
    any_ws.restore("signal", done.added["notice_period_asked"])
    assert [o.kind for o in any_ws.observations(app)] == ["notice_period_asked"]


def test_bad_requests_record_nothing(any_ws: Workspace) -> None:
    app, iid = _interview(any_ws)
    with pytest.raises(BadInput, match="do not suggest salary_discussed"):
        any_ws.record_notes_signs(iid, ["notice_period_asked", "salary_discussed"])
    with pytest.raises(BadInput, match="unknown signal kind"):
        any_ws.record_notes_signs(iid, ["notice_period_asked", "bogus"])
    with pytest.raises(BadInput):
        any_ws.record_notes_signs(iid, [])
    assert any_ws.observations(app) == []
    with pytest.raises(NotFound):
        any_ws.notes_signs(iid + 99)
    hand = any_ws.add_signal(app, "personal_interest", interview_id=iid)
    with pytest.raises(NotFound):
        any_ws.unrecord_notes_signs(iid, [hand])  # typed in by hand, not from the notes
    assert len(any_ws.observations(app)) == 1


def test_another_users_interview_is_not_found(any_ws: Workspace) -> None:
    _, iid = _interview(any_ws)
    other = any_ws.for_user(any_ws.user_id + 1)
    with pytest.raises(NotFound):
        other.notes_signs(iid)
    with pytest.raises(NotFound):
        other.record_notes_signs(iid)


def test_the_interview_date_is_the_users_local_day(any_ws: Workspace) -> None:
    any_ws.set_setting("timezone", "Pacific/Auckland")
    app = any_ws.add_application("Acme", "Data Engineer")
    late = datetime(2026, 3, 2, 20, tzinfo=UTC)  # Tuesday 3 March, 09:00 in Auckland
    iid = any_ws.add_interview(app, stage="final", start=late, end=late + timedelta(hours=1),
                               notes="Decision tomorrow, the recruiter said.")  # fmt: skip
    (sign,) = any_ws.notes_signs(iid)
    assert sign.expected_by == date(2026, 3, 4)
