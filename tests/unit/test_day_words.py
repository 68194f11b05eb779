"""How a day and a time read wherever a person reads them (core/day_words.py)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from offerwatch.core.day_words import clock_time, day_and_time, short_day


@pytest.mark.parametrize(
    ("day", "today", "words"),
    [
        (date(2026, 11, 10), date(2026, 11, 29), "Tue 10 Nov"),
        (date(2026, 3, 1), date(2026, 3, 1), "Sun 1 Mar"),
        (date(2025, 12, 31), date(2026, 1, 2), "Wed 31 Dec 2025"),  # last year: say which
        (date(2026, 2, 2), None, "Mon 2 Feb 2026"),
    ],
)
def test_a_day_as_a_person_reads_it(day: date, today: date | None, words: str) -> None:
    assert short_day(day, today) == words


@pytest.mark.parametrize(
    ("moment", "zone", "today", "words"),
    [
        # 23:30 UTC is already the next day in Berlin: the day is the zone's, not UTC's.
        (datetime(2026, 11, 5, 23, 30, tzinfo=UTC), ZoneInfo("Europe/Berlin"),
         date(2026, 11, 6), "Fri 6 Nov, 00:30"),
        (datetime(2026, 11, 6, 14, 5, tzinfo=UTC), timezone(timedelta(hours=-5)),
         date(2027, 1, 1), "Fri 6 Nov 2026, 09:05"),
        (datetime(2026, 3, 3, 21, 0, tzinfo=UTC), UTC, None, "Tue 3 Mar 2026, 21:00"),
    ],
)  # fmt: skip
def test_a_moment_as_a_person_reads_it(
    moment: datetime, zone: timezone, today: date | None, words: str
) -> None:
    assert day_and_time(moment, zone, today) == words


def test_one_clock_of_24_hours() -> None:
    assert clock_time(datetime(2026, 1, 1, 7, 4)) == "07:04"
    assert clock_time(datetime(2026, 1, 1, 19, 45)) == "19:45"
