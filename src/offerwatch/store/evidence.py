"""Queries that gather what the odds model reads: applications, interviews, signs, messages
and status histories, in batches (a few queries whatever the number of applications).

The `*_to_score` queries load only what `core.odds.score_application` reads: interviews
without people, notes or timeline text; signs and messages only of applications whose outcome
is not decided by their status (`core.odds.DECIDED_STATUSES`: their score is the outcome),
signs without their evidence text.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, select

from offerwatch.core.entities import (
    Application,
    Interview,
    Message,
    Observation,
    ObservationSource,
    Stage,
    Status,
)
from offerwatch.core.odds import DECIDED_STATUSES
from offerwatch.store import rows as row_to
from offerwatch.store import tables as t
from offerwatch.store.queries import app_select, status_changes_of

__all__ = [
    "applications_of",
    "interviews_to_score",
    "messages_of",
    "messages_to_score",
    "observations_to_score",
    "status_changes_of",
]

_UNDECIDED = [s.value for s in Status if s not in DECIDED_STATUSES]
_STAGE = {s.value: s for s in Stage}
_SOURCE = {s.value: s for s in ObservationSource}


def applications_of(
    conn: Connection, user_id: int, app_ids: Sequence[int] | None = None
) -> list[Application]:
    """The given applications (all of the user's when None), by id."""
    query = app_select(user_id).order_by(t.applications.c.id)
    if app_ids is not None:
        query = query.where(t.applications.c.id.in_(list(app_ids)))
    return [row_to.application(r) for r in conn.execute(query)]


def messages_of(
    conn: Connection, user_id: int, app_ids: Sequence[int] | None = None
) -> list[Message]:
    """Messages matched to the given applications (all of the user's when None), by date."""
    m = t.messages
    query = (
        select(m)
        .where(m.c.user_id == user_id, m.c.application_id.is_not(None), m.c.review == "matched")
        .order_by(m.c.date, m.c.id)
    )
    if app_ids is not None:
        query = query.where(m.c.application_id.in_(list(app_ids)))
    return [row_to.message(r) for r in conn.execute(query)]


def _undecided(column: Any, user_id: int, app_ids: Sequence[int] | None) -> Any:
    """`column` (an application id) is one of `app_ids` whose status leaves it undecided."""
    a = t.applications
    undecided = select(a.c.id).where(a.c.user_id == user_id, a.c.status.in_(_UNDECIDED))
    if app_ids is not None:
        undecided = undecided.where(a.c.id.in_(list(app_ids)))
    return column.in_(undecided)


def interviews_to_score(
    conn: Connection, user_id: int, app_ids: Sequence[int] | None = None
) -> list[Interview]:
    """The given applications' interviews (all when None), by start: without the people
    met, notes or timeline text."""
    i = t.interviews
    query = (
        select(i.c.id, i.c.application_id, i.c.stage, i.c.scheduled_start, i.c.scheduled_end,
               i.c.actual_end, i.c.timeline_date)
        .where(i.c.user_id == user_id)
        .order_by(i.c.scheduled_start, i.c.id)
    )  # fmt: skip
    if app_ids is not None:
        query = query.where(i.c.application_id.in_(list(app_ids)))
    return [
        Interview(id=iid, application_id=app_id, stage=_STAGE[stage], scheduled_start=start,
                  scheduled_end=end, actual_end=actual_end, timeline_date=timeline_date)
        for iid, app_id, stage, start, end, actual_end, timeline_date in conn.execute(query)
    ]  # fmt: skip


def observations_to_score(
    conn: Connection, user_id: int, app_ids: Sequence[int] | None = None
) -> list[Observation]:
    """The signs of the given applications (all when None) whose status leaves the outcome
    open, oldest first; without their evidence text."""
    o = t.observations
    query = (
        select(o.c.id, o.c.application_id, o.c.kind, o.c.observed_at, o.c.source,
               o.c.interview_id, o.c.message_id, o.c.expected_by)
        .where(o.c.user_id == user_id, _undecided(o.c.application_id, user_id, app_ids))
        .order_by(o.c.observed_at, o.c.id)
    )  # fmt: skip
    return [
        Observation(id=oid, application_id=app_id, kind=kind, observed_at=at,
                    source=_SOURCE[source], interview_id=interview_id, message_id=message_id,
                    expected_by=expected_by)
        for oid, app_id, kind, at, source, interview_id, message_id, expected_by
        in conn.execute(query)
    ]  # fmt: skip


def messages_to_score(
    conn: Connection, user_id: int, app_ids: Sequence[int] | None = None
) -> list[Message]:
    """Messages matched to the given applications (all when None) whose status leaves the
    outcome open, by date."""
    m = t.messages
    query = (
        select(m)
        .where(
            m.c.user_id == user_id,
            m.c.review == "matched",
            _undecided(m.c.application_id, user_id, app_ids),
        )
        .order_by(m.c.date, m.c.id)
    )
    return [row_to.message(r) for r in conn.execute(query)]
