"""Parsing dates and times the way users type them."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from offerwatch.core.timeutil import BadDate, parse_date, parse_datetime

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-03-03 10:00", datetime(2026, 3, 3, 10, 0, tzinfo=BERLIN)),
        ("2026-03-03T10:00", datetime(2026, 3, 3, 10, 0, tzinfo=BERLIN)),
        ("2026-07-03 10:00", datetime(2026, 7, 3, 10, 0, tzinfo=BERLIN)),  # summer time
        ("2026-03-03T10:00:00+05:30", datetime(2026, 3, 3, 4, 30, tzinfo=UTC)),
        ("2026-03-03T10:00Z", datetime(2026, 3, 3, 10, 0, tzinfo=UTC)),
        ("2026-03-03", datetime(2026, 3, 3, 0, 0, tzinfo=BERLIN)),
    ],
)
def test_parse_datetime(text: str, expected: datetime) -> None:
    parsed = parse_datetime(text, BERLIN)
    assert parsed == expected
    assert parsed.utcoffset() is not None


def test_local_summer_and_winter_offsets_differ() -> None:
    winter = parse_datetime("2026-03-03 10:00", BERLIN)
    summer = parse_datetime("2026-07-03 10:00", BERLIN)
    assert winter.utcoffset() == timedelta(hours=1)
    assert summer.utcoffset() == timedelta(hours=2)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "tomorrow",
        "2026-13-01",
        "03/03/2026 10:00",
        "2026-02-30",
        # No such time in UTC (an OverflowError before: the CLI exited 1, the API sent a 500).
        "0001-01-01T00:00+00:01",
        "0001-01-01 00:00",
        "9999-12-31T23:59-01:00",
    ],
)
def test_bad_datetimes_are_refused(text: str) -> None:
    with pytest.raises(BadDate):
        parse_datetime(text, BERLIN)


def test_parse_date() -> None:
    assert parse_date(" 2026-03-03 ") == date(2026, 3, 3)
    with pytest.raises(BadDate, match="YYYY-MM-DD"):
        parse_date("3 March")


NEW_YORK = ZoneInfo("America/New_York")


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("2026-03-29 02:30", BERLIN),  # clocks go from 02:00 to 03:00
        ("2026-03-29T02:00", BERLIN),
        ("2026-03-08 02:15", NEW_YORK),  # clocks go from 02:00 to 03:00
    ],
)
def test_a_local_time_skipped_by_the_clocks_is_refused(text: str, zone: ZoneInfo) -> None:
    # Accepting it silently made "02:30 to 03:30" on the night of the change an interview
    # of zero minutes (both ends are the same instant).
    with pytest.raises(BadDate, match="does not exist"):
        parse_datetime(text, zone)


@pytest.mark.parametrize(
    ("text", "zone", "offset"),
    [
        ("2026-03-29 01:59", BERLIN, timedelta(hours=1)),
        ("2026-03-29 03:00", BERLIN, timedelta(hours=2)),
        ("2026-10-25 02:30", BERLIN, timedelta(hours=2)),  # repeated hour: the first one
        ("2026-11-01 01:30", NEW_YORK, timedelta(hours=-4)),
        ("2026-03-29T02:30+01:00", BERLIN, timedelta(hours=1)),  # an explicit offset is exact
    ],
)
def test_times_around_daylight_saving_changes(text: str, zone: ZoneInfo, offset: timedelta) -> None:
    assert parse_datetime(text, zone).utcoffset() == offset
