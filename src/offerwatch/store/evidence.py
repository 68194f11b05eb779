"""Queries that gather what the odds model reads: messages and status histories, in batches."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Row, select

from offerwatch.core.entities import Application, Direction, Message, Status, StatusChange
from offerwatch.store import tables as t
from offerwatch.store.queries import _app, _app_select


def _words(value: str | None) -> tuple[str, ...]:
    return tuple(value.split()) if value else ()


def _message(row: Row[Any]) -> Message:
    return Message(
        id=row.id,
        message_id=row.message_id,
        direction=Direction(row.direction),
        date=row.date,
        subject=row.subject or "",
        from_addr=row.from_addr or "",
        to_addrs=_words(row.to_addrs),
        application_id=row.application_id,
        in_reply_to=row.in_reply_to,
        references=_words(row.references),
        thread_id=row.thread_id,
        body=row.body or "",
    )


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
    return [_message(r) for r in conn.execute(query)]


def status_changes_of(
    conn: Connection, user_id: int, app_ids: Sequence[int] | None = None
) -> list[StatusChange]:
    """Status histories of the given applications (all when None), oldest first."""
    s = t.status_changes
    query = select(s).where(s.c.user_id == user_id).order_by(s.c.changed_at, s.c.id)
    if app_ids is not None:
        query = query.where(s.c.application_id.in_(list(app_ids)))
    return [
        StatusChange(r.application_id, Status(r.status), r.changed_at) for r in conn.execute(query)
    ]
