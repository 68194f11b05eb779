"""Jinja filters: dates in the user's zone, percentages, readable ids."""

from __future__ import annotations

from datetime import date, datetime, tzinfo
from typing import Any

from jinja2 import Environment, pass_context
from jinja2.runtime import Context

from offerwatch.core.day_words import day_and_time, short_day
from offerwatch.core.timeutil import local_zone
from offerwatch.web.odds_words import action_why, basis_words, effect


def _zone(ctx: Context) -> tzinfo:
    """The user's zone: the page's `tz` (the `timezone` setting), else the machine's."""
    tz = ctx.get("tz")
    return tz if isinstance(tz, tzinfo) else local_zone()


def _today(ctx: Context) -> date | None:
    """The user's today, for a day to say its year only when it is not this year's."""
    now = ctx.get("now")
    return now.astimezone(_zone(ctx)).date() if isinstance(now, datetime) else None


@pass_context
def local(ctx: Context, value: datetime | None) -> str:
    """A moment as the user reads it in their zone: "Fri 6 Nov, 14:30" (core/day_words)."""
    if value is None:
        return ""
    return day_and_time(value, _zone(ctx), _today(ctx))


@pass_context
def day(ctx: Context, value: date | datetime | None) -> str:
    """A day as the user reads it: "Fri 6 Nov" ("Fri 6 Nov 2025" when not this year)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.astimezone(_zone(ctx)).date()
    return short_day(value, _today(ctx))


@pass_context
def iso_local(ctx: Context, value: datetime | None) -> str:
    """For <input type="datetime-local">."""
    if value is None:
        return ""
    return value.astimezone(_zone(ctx)).strftime("%Y-%m-%dT%H:%M")


def pct(value: float | None, digits: int = 0) -> str:
    if value is None:
        return "–"
    return f"{value * 100:.{digits}f}%"


def words(value: Any) -> str:
    """positive_body_language -> Positive body language."""
    text = str(getattr(value, "value", value)).replace("_", " ")
    return text[:1].upper() + text[1:]


def days(value: float | None) -> str:
    """A number of days with its unit: "1 day", "13 days", "2.5 days"."""
    if value is None:
        return "–"
    shown = f"{value:.1f}".rstrip("0").rstrip(".")
    return f"{shown} day" if shown == "1" else f"{shown} days"


def money(value: int | None) -> str:
    """60000 -> 60,000."""
    return "" if value is None else f"{value:,}"


def install(env: Environment) -> None:
    from offerwatch.web.pages._once import new_token

    env.globals["form_token"] = new_token  # each create form's one-time token (_once.py)
    env.filters.update(
        local=local,
        day=day,
        iso_local=iso_local,
        pct=pct,
        words=words,
        days=days,
        money=money,
        effect=effect,
        basis_words=basis_words,
        why=action_why,
    )
