"""Lean queries for the planner: only the rows and columns `core.planner.plan` reads.

The planner runs on every read of the agenda, so what it loads is trimmed to what its rules
look at (see core/planner.py):

- applications: every one (the weekly check counts them all), without notes, URL, salary;
- interviews (with the people met): of applications still planned for, i.e. not in
  `NO_MORE_ACTIONS`, and of rejected ones (feedback); the rules skip the others;
- observations: only the kinds the rules read (signs seen after an interview: news and stated
  timelines; offers and rejections) and only of open or rejected applications, without their
  evidence text;
- status changes: only of the applications with an offer or rejection among those, which is
  all `still_standing` reads them for;
- messages: only who, when and which way, and only those the mail index keeps (outgoing, or
  incoming and matched to an application).

The entities returned leave the columns not loaded at their defaults (None or empty): they
are for the planner only.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import Connection, or_, select

from offerwatch.core.catalogue import CATALOGUE, Phase
from offerwatch.core.entities import (
    CLOSED_STATUSES,
    Application,
    Direction,
    Interview,
    Message,
    Observation,
    Person,
    PersonRole,
    Status,
)
from offerwatch.core.planner import NO_MORE_ACTIONS
from offerwatch.core.signals import TERMINAL_KINDS
from offerwatch.store import rows as rows_to
from offerwatch.store import tables as t

# The observation kinds the planner's rules read: every sign seen after an interview (news
# re-times follow-ups, a stated timeline moves them) and the outcomes.
PLANNED_KINDS = tuple(
    sorted({k for k, e in CATALOGUE.items() if e.phase is not Phase.DURING and e.recordable})
)
# Rejected applications still get "ask for feedback" (core/plan_outcomes.py).
_PLANNED_STATUSES = [s.value for s in Status if s not in NO_MORE_ACTIONS or s is Status.REJECTED]
_OPEN_STATUSES = [s.value for s in Status if s not in CLOSED_STATUSES or s is Status.REJECTED]
_STATUS = {s.value: s for s in Status}
_ROLE = {r.value: r for r in PersonRole}
_DIRECTION = {d.value: d for d in Direction}


def applications(conn: Connection, user_id: int) -> list[Application]:
    """Every application of the user, by id: id, company, role, status, applied-on date and
    creation time only."""
    a, c = t.applications, t.companies
    rows = conn.execute(
        select(a.c.id, c.c.name, a.c.role, a.c.status, a.c.applied_on, a.c.created_at)
        .join(c, c.c.id == a.c.company_id)
        .where(a.c.user_id == user_id)
        .order_by(a.c.id)
    )
    return [
        Application(id=i, company=name, role=role, status=_STATUS[status],
                    applied_on=applied_on, created_at=created_at)
        for i, name, role, status, applied_on, created_at in rows
    ]  # fmt: skip


def _app_ids(user_id: int, statuses: list[str]) -> object:
    a = t.applications
    return select(a.c.id).where(a.c.user_id == user_id, a.c.status.in_(statuses))


def interviews(conn: Connection, user_id: int) -> tuple[list[Interview], dict[int, datetime]]:
    """Interviews of the applications still planned for, by start, with the people met
    (two queries); without notes and timeline text. With when each was recorded (id -> time:
    the clamp of its thank-yous, core/planner.py)."""
    i, ip, p = t.interviews, t.interview_people, t.people
    planned = _app_ids(user_id, _PLANNED_STATUSES)
    found = conn.execute(
        select(*rows_to.lean_interview_columns(), i.c.created_at)
        .where(i.c.user_id == user_id, i.c.application_id.in_(planned))  # type: ignore[arg-type]
        .order_by(i.c.scheduled_start, i.c.id)
    ).all()
    if not found:
        return [], {}
    rows = [row[:-1] for row in found]
    recorded: dict[int, datetime] = {row[0]: row[-1] for row in found}
    met: dict[int, list[Person]] = {}
    for interview_id, pid, name, role, email, company_id in conn.execute(
        select(ip.c.interview_id, p.c.id, p.c.name, p.c.role, p.c.email, p.c.company_id)
        .join(p, p.c.id == ip.c.person_id)
        .join(i, i.c.id == ip.c.interview_id)
        .where(i.c.user_id == user_id, i.c.application_id.in_(planned))  # type: ignore[arg-type]
        .order_by(p.c.id)
    ):
        met.setdefault(interview_id, []).append(
            Person(id=pid, name=name, role=_ROLE[role], email=email, company_id=company_id)
        )
    return [rows_to.lean_interview(row, tuple(met.get(row[0], ()))) for row in rows], recorded


def observations(conn: Connection, user_id: int) -> list[Observation]:
    """The observations of the kinds in PLANNED_KINDS of open applications, oldest first;
    without their evidence text."""
    o = t.observations
    rows = conn.execute(
        select(*rows_to.lean_observation_columns())
        .where(
            o.c.user_id == user_id,
            o.c.kind.in_(PLANNED_KINDS),
            o.c.application_id.in_(_app_ids(user_id, _OPEN_STATUSES)),  # type: ignore[arg-type]
        )
        .order_by(o.c.observed_at, o.c.id)
    )
    return [rows_to.lean_observation(row) for row in rows]


def with_outcome_signs(observations: Sequence[Observation]) -> list[int]:
    """The applications with an offer or rejection among `observations` (whose status
    history `still_standing` needs)."""
    return sorted({o.application_id for o in observations if o.kind in TERMINAL_KINDS})


def messages(conn: Connection, user_id: int) -> list[Message]:
    """The messages the planner's mail index keeps (not dismissed; outgoing, or incoming and
    matched to an application), oldest first: id, direction, recipients, date, application."""
    m = t.messages
    rows = conn.execute(
        select(m.c.id, m.c.direction, m.c.to_addrs, m.c.date, m.c.application_id)
        .where(
            m.c.user_id == user_id,
            m.c.review != "dismissed",
            or_(m.c.direction == Direction.OUT.value, m.c.application_id.is_not(None)),
        )
        .order_by(m.c.date, m.c.id)
    )
    return [
        Message(id=mid, message_id=None, direction=_DIRECTION[direction], date=date,
                subject="", from_addr="", to_addrs=tuple(to.split()) if to else (),
                application_id=app_id)
        for mid, direction, to, date, app_id in rows
    ]  # fmt: skip
