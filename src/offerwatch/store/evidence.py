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
        select(*row_to.lean_interview_columns())
        .where(i.c.user_id == user_id)
        .order_by(i.c.scheduled_start, i.c.id)
    )  # fmt: skip
    if app_ids is not None:
        query = query.where(i.c.application_id.in_(list(app_ids)))
    return [row_to.lean_interview(row) for row in conn.execute(query)]


def observations_to_score(
    conn: Connection, user_id: int, app_ids: Sequence[int] | None = None
) -> list[Observation]:
    """The signs of the given applications (all when None) whose status leaves the outcome
    open, oldest first; without their evidence text."""
    o = t.observations
    query = (
        select(*row_to.lean_observation_columns())
        .where(o.c.user_id == user_id, _undecided(o.c.application_id, user_id, app_ids))
        .order_by(o.c.observed_at, o.c.id)
    )  # fmt: skip
    return [row_to.lean_observation(row) for row in conn.execute(query)]


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
