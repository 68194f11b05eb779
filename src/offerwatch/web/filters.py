"""Jinja filters: dates in the user's zone, percentages, readable ids."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from jinja2 import Environment

from offerwatch.core.timeutil import local_zone


def local(value: datetime | None, fmt: str = "%a %d %b %Y, %H:%M") -> str:
    """A datetime in the user's time zone."""
    if value is None:
        return ""
    return value.astimezone(local_zone()).strftime(fmt)


def day(value: date | datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.astimezone(local_zone()).date()
    return value.strftime("%a %d %b %Y")


def iso_local(value: datetime | None) -> str:
    """For <input type="datetime-local">."""
    if value is None:
        return ""
    return value.astimezone(local_zone()).strftime("%Y-%m-%dT%H:%M")


def pct(value: float | None, digits: int = 0) -> str:
    if value is None:
        return "–"
    return f"{value * 100:.{digits}f}%"


def words(value: Any) -> str:
    """positive_body_language -> Positive body language."""
    text = str(getattr(value, "value", value)).replace("_", " ")
    return text[:1].upper() + text[1:]


def install(env: Environment) -> None:
    env.filters.update(local=local, day=day, iso_local=iso_local, pct=pct, words=words)
