"""How a day and a time read in text a person sees: "Tue 10 Nov, 14:30", not "2026-11-10"."""

from __future__ import annotations

from datetime import date, datetime, tzinfo

_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def short_day(day: date, today: date | None = None) -> str:
    """`day` as "Tue 10 Nov", with its year ("Tue 10 Nov 2025") unless it is `today`'s year.

    The names are English whatever the process locale (the product's text is English, and
    strftime's %a/%b would follow a locale the server happens to run in)."""
    words = f"{_WEEKDAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]}"
    return words if today is not None and today.year == day.year else f"{words} {day.year}"


def clock_time(moment: datetime) -> str:
    """The time of day on a 24-hour clock, "09:05" (one clock everywhere; no am/pm)."""
    return f"{moment.hour:02d}:{moment.minute:02d}"


def day_and_time(moment: datetime, zone: tzinfo, today: date | None = None) -> str:
    """`moment` in `zone` as "Tue 10 Nov, 14:30" (the year as short_day says)."""
    there = moment.astimezone(zone)
    return f"{short_day(there.date(), today)}, {clock_time(there)}"


__all__ = ["clock_time", "day_and_time", "short_day"]
