"""Use cases for goals (the waiting plan): add, edit, log time, progress this week."""

from __future__ import annotations

from datetime import datetime, tzinfo

from sqlalchemy import Connection

from offerwatch.core.business_days import week_start
from offerwatch.core.goals import Goal, GoalKind, GoalProgress, progress
from offerwatch.core.timeutil import ensure_aware
from offerwatch.errors import BadInput, NotFound
from offerwatch.service import settings
from offerwatch.service.context import Context
from offerwatch.service.validate import MAX_TITLE_CHARS, check_version, user_text
from offerwatch.store import plan_queries as pq
from offerwatch.store import tables as t

MAX_WEEKLY_MINUTES = 7 * 24 * 60


def goal_fields(
    kind: str | None, title: str | None, weekly_minutes: int | None
) -> dict[str, object]:
    """A goal's kind, title and weekly minutes checked (None: not given)."""
    out: dict[str, object] = {}
    if kind is not None:
        try:
            out["kind"] = GoalKind(kind).value
        except ValueError:
            raise BadInput(f"unknown goal kind {kind!r}; one of: skill, rest") from None
    if title is not None:
        name = user_text(title, "goal title", max_chars=MAX_TITLE_CHARS)
        if not name:
            raise BadInput("a goal needs a title")
        out["title"] = name
    if weekly_minutes is not None:
        if isinstance(weekly_minutes, bool) or not isinstance(weekly_minutes, int):
            raise BadInput("weekly minutes must be a whole number")
        if not 1 <= weekly_minutes <= MAX_WEEKLY_MINUTES:
            raise BadInput(f"weekly minutes must be between 1 and {MAX_WEEKLY_MINUTES}")
        out["weekly_minutes"] = weekly_minutes
    return out


def add_goal(ctx: Context, kind: str, title: str, weekly_minutes: int) -> int:
    """A skill or rest goal with a weekly time target; returns its id."""
    values = goal_fields(kind, title if title is not None else "", weekly_minutes)
    with ctx.write() as conn:
        return pq.insert_goal(
            conn,
            ctx.user_id,
            kind=GoalKind(str(values["kind"])),
            title=str(values["title"]),
            weekly_minutes=weekly_minutes,
            now=ctx.clock(),
        )


def goals(ctx: Context, now: datetime | None = None) -> list[GoalProgress]:
    """Each active goal with the minutes logged this week."""
    when = ensure_aware(now) if now is not None else ctx.clock()
    with ctx.read() as conn:
        return goal_progress(ctx, conn, when, settings.timezone(ctx))


def goal_progress(ctx: Context, conn: Connection, now: datetime, tz: tzinfo) -> list[GoalProgress]:
    """Each active goal with the minutes logged in the week of `now` (in `tz`)."""
    since = week_start(now, tz)
    return progress(pq.goals(conn, ctx.user_id), pq.goal_logs(conn, ctx.user_id, since), now, tz)


def log_goal(
    ctx: Context, goal_id: int, minutes: int, note: str | None = None, at: datetime | None = None
) -> int:
    """Record time spent on a goal; returns the log entry's id."""
    if not 1 <= minutes <= 24 * 60:
        raise BadInput("minutes must be between 1 and 1440")
    when = ensure_aware(at) if at is not None else ctx.clock()
    with ctx.write() as conn:
        ctx.require(conn, t.goals, goal_id, "goal")
        return pq.insert_goal_log(
            conn, ctx.user_id, goal_id, at=when, minutes=minutes,
            note=user_text(note, "note", max_chars=MAX_TITLE_CHARS),
        )  # fmt: skip


def goal(ctx: Context, goal_id: int) -> Goal:
    """One goal."""
    with ctx.read() as conn:
        found = pq.get_goal(conn, ctx.user_id, goal_id)
    if found is None:
        raise NotFound("goal", goal_id)
    return found


def update_goal(
    ctx: Context,
    goal_id: int,
    *,
    kind: str | None = None,
    title: str | None = None,
    weekly_minutes: int | None = None,
    expected_version: int | None = None,
) -> Goal:
    """Change a goal's kind, title or weekly minutes; returns it as stored."""
    values = goal_fields(kind, title, weekly_minutes)
    with ctx.write() as conn:
        old = pq.get_goal(conn, ctx.user_id, goal_id)
        if old is None:
            raise NotFound("goal", goal_id)
        check_version("goal", goal_id, old.version, expected_version)
        pq.update_goal(conn, ctx.user_id, goal_id, **values)
        found = pq.get_goal(conn, ctx.user_id, goal_id)
    assert found is not None
    return found
