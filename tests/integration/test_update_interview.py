"""Editing a recorded interview: what changes, what stays, what is refused (both databases)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from offerwatch.errors import BadInput, NotFound
from offerwatch.service import Workspace

START = datetime(2026, 3, 2, 10, tzinfo=UTC)


def _setup(ws: Workspace) -> tuple[int, int]:
    app = ws.add_application("Acme", "Data Engineer")
    iid = ws.add_interview(
        app,
        stage="interview",
        start=START,
        end=START + timedelta(hours=1),
        with_=["Ana Lopez"],
        notes="talked about pipelines",
        timeline="within a week",
        signs=["personal_interest"],
    )
    return app, iid


def test_changes_what_is_given_and_keeps_the_rest(any_ws: Workspace) -> None:
    app, iid = _setup(any_ws)
    before = any_ws.interview(iid)
    assert before.timeline_date is not None
    later = START + timedelta(days=1)
    saved = any_ws.update_interview(
        iid,
        stage="final",
        start=later,
        end=later + timedelta(hours=2),
        actual_end=later + timedelta(hours=2, minutes=30),
        with_=["Ana Lopez", "bo@acme.example"],
    )
    assert saved == any_ws.interview(iid)
    assert saved.stage.value == "final"
    assert saved.scheduled_start == later and saved.end == later + timedelta(hours=2, minutes=30)
    assert [p.name for p in saved.people] == ["Ana Lopez", "Bo"]
    assert saved.notes == "talked about pipelines" and saved.timeline_text == "within a week"
    # the stated timeline counts from the new end; the sign seen moves with the end
    assert saved.timeline_date == before.timeline_date + timedelta(days=1)
    sign = [o for o in any_ws.observations(app) if o.kind == "personal_interest"]
    assert [o.observed_at for o in sign] == [saved.end]


def test_clears_and_sets_text(any_ws: Workspace) -> None:
    _app, iid = _setup(any_ws)
    saved = any_ws.update_interview(iid, notes="", timeline=None, actual_end=None)
    assert saved.notes is None and saved.timeline_text is None and saved.timeline_date is None
    saved = any_ws.update_interview(iid, timeline="by 2026-03-20")
    assert saved.timeline_date == date(2026, 3, 20)
    assert saved.scheduled_start == START  # untouched


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"end": START - timedelta(minutes=1)}, "end after it starts"),
        ({"start": START + timedelta(hours=3)}, "end after it starts"),
        ({"actual_end": START}, "actual end must be after"),
        ({"stage": "lunch"}, "unknown stage"),
        ({"start": datetime(2026, 3, 2, 9)}, "needs a time zone"),
    ],
)
def test_bad_changes_are_refused_and_nothing_is_written(
    any_ws: Workspace, change: dict[str, object], message: str
) -> None:
    _app, iid = _setup(any_ws)
    before = any_ws.interview(iid)
    with pytest.raises(BadInput, match=message):
        any_ws.update_interview(iid, notes="should not stay", **change)  # type: ignore[arg-type]
    assert any_ws.interview(iid) == before


def test_unknown_or_other_users_interview_is_not_found(any_ws: Workspace) -> None:
    _app, iid = _setup(any_ws)
    with pytest.raises(NotFound):
        any_ws.update_interview(iid + 1000, notes="x")
    other = any_ws.for_user(any_ws.add_user("bo", "correct horse battery"))
    with pytest.raises(NotFound):
        other.update_interview(iid, notes="x")  # type: ignore[attr-defined]


def test_people_met_pasted_as_name_and_address_are_split_and_found_again(
    any_ws: Workspace,
) -> None:
    app = any_ws.add_application("Kite Labs", "Data Engineer")
    any_ws.add_interview(
        app,
        stage="final",
        start=START,
        end=START + timedelta(hours=1),
        with_=["Mara Jensen <Mara@KiteLabs.example>", "bo.chen@kitelabs.example", "Ana Lopez"],
    )
    people = {p.name: p.email for p in any_ws.people(app)}
    assert people == {
        "Mara Jensen": "mara@kitelabs.example",
        "Bo Chen": "bo.chen@kitelabs.example",
        "Ana Lopez": None,
    }
    # A second interview with the same people, written differently, finds them again.
    any_ws.add_interview(
        app,
        stage="follow_up",
        start=START + timedelta(days=3),
        end=START + timedelta(days=3, hours=1),
        with_=["mara@kitelabs.example", "Bo Chen", "ana lopez"],
    )
    assert len(any_ws.people(app)) == 3
    with pytest.raises(BadInput):
        any_ws.add_interview(
            app,
            stage="final",
            start=START,
            end=START + timedelta(hours=1),
            with_=["Mara <mara@kite labs>"],
        )
