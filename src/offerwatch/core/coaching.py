"""What a coach's dashboard says about one seeker, from plain facts (pure)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from offerwatch.core.entities import Application, Interview, Stage, Status
from offerwatch.core.insights import AppFacts, last_news
from offerwatch.core.plan_types import PlannedAction
from offerwatch.core.planner import FOLLOW_UP, THANK_YOU, THANK_YOU_AFTER

SILENT_AFTER = timedelta(weeks=3)  # "silent for weeks": three weeks without any news
WATCHED = (THANK_YOU, FOLLOW_UP)


@dataclass(frozen=True)
class Silent:
    """An open application with no news for a while."""

    application: Application
    last_news: datetime
    weeks: int


@dataclass(frozen=True)
class SeekerSummary:
    """One line group of the coach's dashboard."""

    seeker_id: int
    name: str
    overdue: list[PlannedAction]
    silent: list[Silent]
    finals: list[tuple[Interview, Application]]
    offers: list[Application]
    open_applications: int

    @property
    def needs_attention(self) -> bool:
        return bool(self.overdue or self.silent or self.offers)


def _late(action: PlannedAction, now: datetime) -> bool:
    """Past due; a thank-you also once its day after the interview is over (the planner then
    moves a late one to today, so its due date alone never looks late)."""
    if action.due < now:
        return True
    return action.kind == THANK_YOU and now - action.cause > THANK_YOU_AFTER


def summarise(
    seeker_id: int,
    name: str,
    *,
    actions: Iterable[PlannedAction],
    closed_keys: set[str],
    facts: Sequence[AppFacts],
    interviews: Sequence[tuple[Interview, Application]],
    now: datetime,
) -> SeekerSummary:
    """Overdue thank-yous and follow-ups (not done, dismissed or closed by the seeker: their
    keys in `closed_keys`), open applications silent for three weeks or more, final rounds
    coming up (`interviews` are the upcoming ones) and offers on the table."""
    overdue = sorted(
        (
            a
            for a in actions
            if a.kind in WATCHED
            and a.done_at is None
            and a.key not in closed_keys
            and _late(a, now)
        ),
        key=lambda a: a.cause,
    )
    silent = []
    for fact in facts:
        app = fact.application
        if not app.status.is_open or app.status in (Status.OFFER, Status.INTERESTED):
            continue
        news = last_news(fact) or app.created_at
        if news is not None and now - news >= SILENT_AFTER:
            silent.append(Silent(app, news, (now - news).days // 7))
    silent.sort(key=lambda s: s.last_news)
    finals = [(i, a) for i, a in interviews if i.stage is Stage.FINAL]
    offers = [f.application for f in facts if f.application.status is Status.OFFER]
    opened = sum(1 for f in facts if f.application.status.is_open)
    return SeekerSummary(seeker_id, name, overdue, silent, finals, offers, opened)
