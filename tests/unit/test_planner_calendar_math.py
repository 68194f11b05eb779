"""Business days and local times across weekends and daylight-saving changes."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest
from tests.support.planner_factories import BERLIN

from offerwatch.core.business_days import (
    add_business_days,
    add_local_days,
    local_at,
    local_day_bounds,
    roll_to_business_day,
    week_start,
)


@pytest.mark.parametrize(
    ("start", "count", "expected"),
    [
        (date(2026, 3, 10), 3, date(2026, 3, 13)),  # Tue -> Fri
        (date(2026, 3, 12), 3, date(2026, 3, 17)),  # Thu -> Tue
        (date(2026, 3, 13), 1, date(2026, 3, 16)),  # Fri -> Mon
        (date(2026, 3, 14), 1, date(2026, 3, 16)),  # Sat -> Mon
        (date(2026, 3, 15), 0, date(2026, 3, 15)),
    ],
)
def test_add_business_days(start: date, count: int, expected: date) -> None:
    assert add_business_days(start, count) == expected


@pytest.mark.parametrize(
    ("value", "days", "expected_utc"),
    [
        # 14 days across the spring change (29 March 2026): 11:00 CET -> 11:00 CEST.
        (datetime(2026, 3, 24, 10, tzinfo=UTC), 14, datetime(2026, 4, 7, 9, tzinfo=UTC)),
        # Across the autumn change (25 October 2026): 11:00 CEST -> 11:00 CET.
        (datetime(2026, 10, 20, 9, tzinfo=UTC), 14, datetime(2026, 11, 3, 10, tzinfo=UTC)),
        (datetime(2026, 3, 3, 10, tzinfo=UTC), 14, datetime(2026, 3, 17, 10, tzinfo=UTC)),
    ],
)
def test_local_days_follow_the_wall_clock_in_berlin(
    value: datetime, days: int, expected_utc: datetime
) -> None:
    assert add_local_days(value, days, BERLIN) == expected_utc


def test_local_times_in_the_gaps_and_overlaps() -> None:
    skipped = local_at(date(2026, 3, 29), time(2, 30), BERLIN)
    assert skipped.astimezone(UTC) == datetime(2026, 3, 29, 1, 30, tzinfo=UTC)  # 03:30 CEST
    repeated = local_at(date(2026, 10, 25), time(2, 30), BERLIN)
    assert repeated.astimezone(UTC) == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)  # first


def test_the_dst_week_is_167_hours_long_and_its_days_are_bounded_locally() -> None:
    inside = datetime(2026, 3, 29, 12, tzinfo=UTC)
    monday = week_start(inside, BERLIN)
    assert monday == datetime(2026, 3, 22, 23, tzinfo=UTC)
    following = week_start(datetime(2026, 3, 31, 12, tzinfo=UTC), BERLIN)
    # (Subtracting two datetimes of the same zone is wall-clock: compare in UTC.)
    assert (following.astimezone(UTC) - monday.astimezone(UTC)).total_seconds() == 167 * 3600
    start, end = local_day_bounds(inside, BERLIN)
    assert (end.astimezone(UTC) - start.astimezone(UTC)).total_seconds() == 23 * 3600


def test_weekend_times_roll_to_monday() -> None:
    saturday = datetime(2026, 3, 21, 10, tzinfo=BERLIN)
    assert roll_to_business_day(saturday, BERLIN) == datetime(2026, 3, 23, 10, tzinfo=BERLIN)
    friday = datetime(2026, 3, 20, 10, tzinfo=BERLIN)
    assert roll_to_business_day(friday, BERLIN) == friday
