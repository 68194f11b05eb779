"""Queries that gather what the odds model reads: messages and status histories, in batches."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, select

from offerwatch.core.entities import Application, Message
from offerwatch.store import rows as row_to
from offerwatch.store import tables as t
from offerwatch.store.queries import _app, _app_select, status_changes_of

__all__ = ["applications_of", "messages_of", "status_changes_of"]


def applications_of(
    conn: Connection, user_id: int, app_ids: Sequence[int] | None = None
) -> list[Application]:
    """The given applications (all of the user's when None), by id."""
    query = _app_select(user_id).order_by(t.applications.c.id)
    if app_ids is not None:
        query = query.where(t.applications.c.id.in_(list(app_ids)))
    return [_app(r) for r in conn.execute(query)]


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
