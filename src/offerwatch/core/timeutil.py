"""Parsing and normalising dates and times; every datetime that leaves here is aware."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


class BadDate(ValueError):
    """A date or datetime the user typed could not be understood."""


def local_zone() -> tzinfo:
    """The user's time zone: $OFFERWATCH_TZ, then $TZ, then /etc/localtime, else UTC.

    A named zone (not a fixed offset) is returned where possible so that daylight-saving
    changes are handled when dates are moved by days.
    """
    for var in ("OFFERWATCH_TZ", "TZ"):
        name = os.environ.get(var, "").lstrip(":")
        if name:
            try:
                return ZoneInfo(name)
            except (ZoneInfoNotFoundError, ValueError):
                pass
    try:
        target = str(Path("/etc/localtime").resolve())
        if "zoneinfo/" in target:
            return ZoneInfo(target.split("zoneinfo/", 1)[1])
    except (OSError, ZoneInfoNotFoundError, ValueError):
        pass
    return UTC


def parse_datetime(text: str, tz: tzinfo | None = None) -> datetime:
    """Parse ISO 8601 or "2026-03-03 10:00"; a time without offset is in `tz` (local zone).

    A bare date means midnight at the start of that day. A local time that the clocks skip
    (the hour lost when daylight-saving time starts) is refused; one that happens twice
    (the hour repeated when it ends) is the first of the two.
    """
    raw = text.strip()
    if not raw:
        raise BadDate("empty date")
    candidate = raw.replace("Z", "+00:00") if raw.endswith("Z") else raw
    try:
        value = datetime.fromisoformat(candidate)
    except ValueError:
        raise BadDate(
            f"not a date or time: {text!r} (use ISO 8601, e.g. 2026-03-03 or 2026-03-03 10:00)"
        ) from None
    zone = tz or local_zone()
    try:
        # Year 1 east of UTC (or 9999 west of it) has no time in UTC: every use would fail.
        value.replace(tzinfo=value.tzinfo or zone).astimezone(UTC)
    except OverflowError:
        raise BadDate(f"{raw} is out of range (no such time in UTC)") from None
    if value.tzinfo is None:
        value = value.replace(tzinfo=zone)
        if value.astimezone(UTC).astimezone(zone).replace(tzinfo=None) != value.replace(
            tzinfo=None
        ):
            raise BadDate(
                f"{raw} does not exist in {zone} (the clocks skip that hour when "
                "daylight-saving time starts): give a time outside that hour or add an offset"
            )
    return value


def parse_date(text: str) -> date:
    """Parse a calendar date in ISO form (2026-03-03)."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise BadDate(f"not a date: {text!r} (use YYYY-MM-DD, e.g. 2026-03-03)") from None


def ensure_aware(value: datetime) -> datetime:
    """Refuse naive datetimes: the core never guesses a time zone."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"naive datetime given where an aware one is required: {value!r}")
    return value


def utcnow() -> datetime:
    """Now, aware, in UTC. Only shells call this; the core takes `now` as a parameter."""
    return datetime.now(UTC)
