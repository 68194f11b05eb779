"""The planner's plain values: what it reads (PlanFacts, Mark) and what it gives (Plan)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from offerwatch.core.entities import Application, Interview, Message, Observation, Person

DEFAULT_TARGET = 5  # issue 4: "default 5 a week"


@dataclass(frozen=True, slots=True)
class Mark:
    """What the store already knows about an action: when it was created, its stored due
    time, and when it was done (by the user or by the facts)."""

    created_at: datetime
    due: datetime
    done_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class PlanFacts:
    """Everything the planner reads. `people` lists each application's people (for the main
    contact); `messages` are the user's messages (matched to an application or not)."""

    applications: Sequence[Application]
    interviews: Sequence[Interview] = ()
    people: Mapping[int, Sequence[Person]] = field(default_factory=dict)
    observations: Sequence[Observation] = ()
    messages: Sequence[Message] = ()
    marks: Mapping[str, Mark] = field(default_factory=dict)
    weekly_target: int = DEFAULT_TARGET
    holidays: frozenset[date] = frozenset()  # public holidays of the `country` setting
    # When each interview was recorded (interview id -> time): its thank-yous are clamped to
    # that, not to the first read of the plan after the interview (store/plan_facts.py).
    recorded: Mapping[int, datetime] = field(default_factory=dict)

    def messages_by_app(self, app_id: int) -> list[Message]:
        """The messages matched to one application."""
        return [m for m in self.messages if m.application_id == app_id]


@dataclass(frozen=True, slots=True)
class PlannedAction:
    """One action the facts call for. `cause` is the moment the rule counts from (never after
    `due`); `done_at` is set when the facts show it done (a sent message, a target met)."""

    key: str
    kind: str
    title: str
    due: datetime
    cause: datetime
    application_id: int | None = None
    person_id: int | None = None
    interview_id: int | None = None
    done_at: datetime | None = None
    # When the facts it comes from were recorded, if known: a new action is clamped to that
    # moment rather than to `now`, so its due time does not depend on when the plan is read.
    known_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class KeepApplying:
    """The weekly keep-applying check: new applications this week against the target."""

    active: bool
    week_start: date
    applied_this_week: int
    target: int
    urgent: bool
    reason: str


@dataclass(frozen=True, slots=True)
class Plan:
    actions: list[PlannedAction]
    keep_applying: KeepApplying
