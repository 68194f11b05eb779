"""Hostile input to the tracking use cases: refused with BadInput, nothing half-written,
on SQLite and on PostgreSQL."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from offerwatch.errors import BadInput
from offerwatch.service import Workspace

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.mark.parametrize(
    ("company", "role", "message"),
    [
        ("A" * 301, "Data Engineer", "company is too long"),
        ("Acme", "R" * 301, "role is too long"),
        ("Caf\udce9", "Data Engineer", "not valid text"),  # a non-UTF-8 byte from argv
        ("Acme", "Data\x00Engineer", "control characters"),
    ],
)
def test_bad_application_text_is_refused(
    any_ws: Workspace, company: str, role: str, message: str
) -> None:
    with pytest.raises(BadInput, match=message):
        any_ws.add_application(company, role)
    assert any_ws.list_applications() == []


def test_the_longest_allowed_values_are_stored(any_ws: Workspace) -> None:
    app_id = any_ws.add_application("C" * 300, "R" * 300)
    assert any_ws.application(app_id).role == "R" * 300
    pid = any_ws.add_person(app_id, "N" * 300, role="recruiter")
    assert any_ws.person(pid).name == "N" * 300


def test_a_too_long_person_met_leaves_no_interview(any_ws: Workspace) -> None:
    app_id = any_ws.add_application("Acme", "Data Engineer")
    with pytest.raises(BadInput, match="name is too long"):
        any_ws.add_interview(
            app_id,
            stage="final",
            start=datetime(2026, 3, 3, 10, tzinfo=BERLIN),
            end=datetime(2026, 3, 3, 11, tzinfo=BERLIN),
            with_=["Ana Lopez", "X" * 400],
        )
    assert any_ws.interviews(app_id) == []
    assert any_ws.people(app_id) == []


def test_an_interview_is_checked_in_real_time_across_a_clock_change(ws: Workspace) -> None:
    # 02:30 does not exist in Berlin on 2026-03-29: fold 0 reads it as 01:30 UTC, the same
    # instant as 03:30 CEST. Compared by wall clock, "02:30 to 03:30" looked like an hour.
    app_id = ws.add_application("Acme", "Data Engineer")
    with pytest.raises(BadInput, match="end after it starts"):
        ws.add_interview(
            app_id,
            stage="final",
            start=datetime(2026, 3, 29, 2, 30, tzinfo=BERLIN),
            end=datetime(2026, 3, 29, 3, 30, tzinfo=BERLIN),
        )
    # The night the clocks go back, 01:30 to 02:30 CEST to 02:10 CET is real time.
    iid = ws.add_interview(
        app_id,
        stage="final",
        start=datetime(2026, 10, 25, 2, 30, tzinfo=BERLIN),
        end=datetime(2026, 10, 25, 2, 10, fold=1, tzinfo=BERLIN),
    )
    stored = ws.interview(iid)
    assert (stored.scheduled_end - stored.scheduled_start).total_seconds() == 40 * 60


@pytest.mark.parametrize(
    "use",
    [
        lambda ws: ws.add_goal("skill", "dbt \udce9 course", 60),
        lambda ws: ws.add_goal("rest", "x" * 2001, 60),
        lambda ws: ws.log_goal(ws.add_goal("rest", "Climbing", 60), 30, note="\udce9"),
        lambda ws: ws.set_setting("name", "Sam \udce9"),
        lambda ws: ws.set_setting("pitch", "a\x00b"),
    ],
)
def test_goals_and_settings_check_their_text_too(any_ws: Workspace, use: object) -> None:
    # These were a UnicodeEncodeError (exit 1) from the CLI, a DataError on PostgreSQL.
    with pytest.raises(BadInput):
        use(any_ws)  # type: ignore[operator]
    assert all(g.title == "Climbing" and g.minutes_this_week == 0 for g in any_ws.goals())
    assert any_ws.settings()["name"] is None and any_ws.settings()["pitch"] is None
