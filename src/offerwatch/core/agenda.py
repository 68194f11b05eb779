"""The agenda: open actions sorted into overdue, today and upcoming, in the user's zone."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, tzinfo

from offerwatch.core.business_days import local_day_bounds
from offerwatch.core.goals import GoalProgress
from offerwatch.core.planner import DRAFTED_KINDS, KeepApplying


@dataclass(frozen=True, slots=True)
class PersonRef:
    name: str
    email: str | None


@dataclass(frozen=True, slots=True)
class AgendaItem:
    """One action as the user sees it; `due` is the snoozed-until time when snoozed."""

    id: int
    kind: str
    application_id: int | None
    person: PersonRef | None
    due: datetime
    done: bool
    title: str
    key: str = field(default="", compare=False)

    @property
    def has_draft(self) -> bool:
        """The action calls for an email that offerwatch drafts (a thank-you, a follow-up)."""
        return self.kind in DRAFTED_KINDS


@dataclass(frozen=True, slots=True)
class Agenda:
    overdue: list[AgendaItem]
    today: list[AgendaItem]
    upcoming: list[AgendaItem]
    keep_applying: KeepApplying
    goals: list[GoalProgress]

    @property
    def items(self) -> list[AgendaItem]:
        """All items, overdue first, then by due time."""
        return [*self.overdue, *self.today, *self.upcoming]


def split(
    items: Iterable[AgendaItem], now: datetime, tz: tzinfo, days: int
) -> tuple[list[AgendaItem], list[AgendaItem], list[AgendaItem]]:
    """(overdue, today, upcoming): open items due before `now` are overdue; items due
    during the rest of today (local) are today's; later ones up to `days` days ahead are
    upcoming. Done items are shown where their due time falls, never as overdue."""
    _, tomorrow = local_day_bounds(now, tz)
    horizon = now + timedelta(days=days)
    today_start, _ = local_day_bounds(now, tz)
    overdue: list[AgendaItem] = []
    today: list[AgendaItem] = []
    upcoming: list[AgendaItem] = []
    for item in sorted(items, key=lambda i: (i.due, i.id)):
        if item.due < now and not item.done:
            overdue.append(item)
        elif today_start <= item.due < tomorrow:
            today.append(item)
        elif tomorrow <= item.due < max(horizon, tomorrow):
            upcoming.append(item)
    return overdue, today, upcoming
