"""Calendar arithmetic in the user's time zone: business days, local wall-clock times.

Pure: every function takes the zone (a `tzinfo`, ideally a `zoneinfo.ZoneInfo`) as a
parameter, so that daylight-saving changes are handled by the zone, not guessed.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import UTC, date, datetime, time, timedelta, tzinfo

# Saturday and Sunday (date.weekday() numbers): not business days.
WEEKEND = frozenset({5, 6})
NO_HOLIDAYS: frozenset[date] = frozenset()


def is_business_day(day: date, holidays: Collection[date] = NO_HOLIDAYS) -> bool:
    """True from Monday to Friday, except the given public holidays (the service reads them
    for the user's `country` setting: service/holidays.py)."""
    return day.weekday() not in WEEKEND and day not in holidays


def add_business_days(day: date, count: int, holidays: Collection[date] = NO_HOLIDAYS) -> date:
    """The date `count` business days after `day` (weekends and holidays skipped; count >= 0).

    From a Friday, 1 business day later is the Monday; from a Saturday it is the Monday too.
    """
    if count < 0:
        raise ValueError("count must not be negative")
    current = day
    remaining = count
    while remaining > 0:
        current += timedelta(days=1)
        if is_business_day(current, holidays):
            remaining -= 1
    return current


def next_business_day(day: date, holidays: Collection[date] = NO_HOLIDAYS) -> date:
    """`day` itself if it is a business day, else the next one."""
    current = day
    while not is_business_day(current, holidays):
        current += timedelta(days=1)
    return current


def normalize(value: datetime, tz: tzinfo) -> datetime:
    """`value` in `tz` with the right UTC offset.

    Wall-clock arithmetic on an aware datetime keeps the old offset until it is normalised;
    a time that does not exist (skipped by a spring-forward change) moves forward by the gap.
    """
    return value.astimezone(UTC).astimezone(tz)


def local_at(day: date, at: time, tz: tzinfo) -> datetime:
    """The aware datetime of `day` at the wall-clock time `at` in `tz` (DST-correct).

    An ambiguous time (the repeated hour in autumn) is the first occurrence; a time that
    does not exist (the skipped hour in spring) is moved forward by the length of the gap.
    """
    return normalize(datetime.combine(day, at, tzinfo=tz), tz)


def add_local_days(value: datetime, days: int, tz: tzinfo) -> datetime:
    """`value` moved by `days` calendar days at the same wall-clock time in `tz`.

    Across a daylight-saving change this is 23 or 25 hours a day, not 24: an interview that
    ended at 11:00 is followed up at 11:00 local two weeks later, whatever the offset.
    """
    local = value.astimezone(tz)
    return local_at(local.date() + timedelta(days=days), local.timetz().replace(tzinfo=None), tz)


def roll_to_business_day(
    value: datetime, tz: tzinfo, holidays: Collection[date] = NO_HOLIDAYS
) -> datetime:
    """`value` moved to the same wall-clock time on the next business day if it falls on a
    weekend or holiday in `tz`; unchanged otherwise."""
    local = value.astimezone(tz)
    day = next_business_day(local.date(), holidays)
    if day == local.date():
        return value
    return local_at(day, local.timetz().replace(tzinfo=None), tz)


def week_start(value: datetime, tz: tzinfo) -> datetime:
    """Monday 00:00 in `tz` of the ISO week that contains `value`."""
    local = value.astimezone(tz)
    monday = local.date() - timedelta(days=local.weekday())
    return local_at(monday, time(0, 0), tz)


def local_day_bounds(value: datetime, tz: tzinfo) -> tuple[datetime, datetime]:
    """The start of the local day containing `value` and the start of the next one."""
    day = value.astimezone(tz).date()
    return local_at(day, time(0, 0), tz), local_at(day + timedelta(days=1), time(0, 0), tz)


def end_of_day(value: datetime, tz: tzinfo) -> datetime:
    """The last minute of the local day containing `value` (23:59 in `tz`)."""
    return local_day_bounds(value, tz)[1] - timedelta(minutes=1)
