"""How a day reads in text a person sees: "Tue 10 Nov", not "2026-11-10"."""

from __future__ import annotations

from datetime import date

_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def short_day(day: date, today: date | None = None) -> str:
    """`day` as "Tue 10 Nov", with its year ("Tue 10 Nov 2025") unless it is `today`'s year.

    The names are English whatever the process locale (the product's text is English, and
    strftime's %a/%b would follow a locale the server happens to run in)."""
    words = f"{_WEEKDAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]}"
    return words if today is not None and today.year == day.year else f"{words} {day.year}"


__all__ = ["short_day"]
