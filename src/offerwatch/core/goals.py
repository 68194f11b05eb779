"""The waiting plan: the user's own goals for skills and rest, and their progress this week."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from enum import StrEnum

from offerwatch.core.business_days import add_local_days, week_start


class GoalKind(StrEnum):
    """domain.md rule 6: invest in skills and in rest while waiting."""

    SKILL = "skill"
    REST = "rest"


@dataclass(frozen=True, slots=True)
class Goal:
    id: int
    kind: GoalKind
    title: str
    weekly_minutes: int
    created_at: datetime | None = None
    archived_at: datetime | None = None
    version: int = 1


@dataclass(frozen=True, slots=True)
class GoalLog:
    goal_id: int
    logged_at: datetime
    minutes: int
    note: str | None = None


@dataclass(frozen=True, slots=True)
class GoalProgress:
    """One goal with the minutes logged in the current (local, Monday-based) week."""

    id: int
    kind: str
    title: str
    weekly_minutes: int
    minutes_this_week: int
    week_start: date

    @property
    def remaining(self) -> int:
        """Minutes still to spend this week to meet the goal (never negative)."""
        return max(self.weekly_minutes - self.minutes_this_week, 0)

    @property
    def met(self) -> bool:
        return self.minutes_this_week >= self.weekly_minutes


def progress(
    goals: Sequence[Goal], logs: Sequence[GoalLog], now: datetime, tz: tzinfo
) -> list[GoalProgress]:
    """Progress of each active goal in the week of `now` (weeks start Monday 00:00 in `tz`)."""
    start = week_start(now, tz)
    end = add_local_days(start, 7, tz)
    spent: dict[int, int] = {}
    for log in logs:
        if start <= log.logged_at < end:
            spent[log.goal_id] = spent.get(log.goal_id, 0) + log.minutes
    return [
        GoalProgress(
            id=g.id,
            kind=g.kind.value,
            title=g.title,
            weekly_minutes=g.weekly_minutes,
            minutes_this_week=spent.get(g.id, 0),
            week_start=start.date(),
        )
        for g in goals
        if g.archived_at is None
    ]
