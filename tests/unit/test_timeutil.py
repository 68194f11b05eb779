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


@pytest.mark.parametrize("text", ["", "tomorrow", "2026-13-01", "03/03/2026 10:00", "2026-02-30"])
def test_bad_datetimes_are_refused(text: str) -> None:
    with pytest.raises(BadDate):
        parse_datetime(text, BERLIN)


def test_parse_date() -> None:
    assert parse_date(" 2026-03-03 ") == date(2026, 3, 3)
    with pytest.raises(BadDate, match="YYYY-MM-DD"):
        parse_date("3 March")
