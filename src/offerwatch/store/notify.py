"""Queries for reminders: the channels, the sent log, the users who have channels."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select
from sqlalchemy.exc import IntegrityError

from offerwatch.core.reminders import Sent
from offerwatch.store import tables as t


@dataclass(frozen=True, slots=True)
class ChannelRecord:
    """A stored channel; `secret_ref` names its password or token in the secret store."""

    id: int
    kind: str
    target: str
    created_at: datetime
    options: dict[str, Any] = field(default_factory=dict)
    secret_ref: str | None = None


def _channel(row: Any) -> ChannelRecord:
    return ChannelRecord(
        id=row.id,
        kind=row.kind,
        target=row.target,
        created_at=row.created_at,
        options=json.loads(row.options or "{}"),
        secret_ref=row.secret_ref,
    )


def channels(conn: Connection, user_id: int) -> list[ChannelRecord]:
    c = t.notify_channels
    rows = conn.execute(select(c).where(c.c.user_id == user_id).order_by(c.c.id))
    return [_channel(r) for r in rows]


def get_channel(conn: Connection, user_id: int, channel_id: int) -> ChannelRecord | None:
    c = t.notify_channels
    row = conn.execute(select(c).where(c.c.user_id == user_id, c.c.id == channel_id)).first()
    return _channel(row) if row else None


def insert_channel(
    conn: Connection,
    user_id: int,
    *,
    kind: str,
    target: str,
    options: dict[str, Any],
    secret_ref: str | None,
    now: datetime,
) -> int:
    c = t.notify_channels
    values = {"user_id": user_id, "kind": kind, "target": target, "secret_ref": secret_ref,
              "options": json.dumps(options, sort_keys=True), "created_at": now}  # fmt: skip
    return int(conn.execute(insert(c).values(**values).returning(c.c.id)).scalar_one())


def delete_channel(conn: Connection, user_id: int, channel_id: int) -> None:
    c, s = t.notify_channels, t.notify_sent
    conn.execute(delete(s).where(s.c.user_id == user_id, s.c.channel_id == channel_id))
    conn.execute(delete(c).where(c.c.user_id == user_id, c.c.id == channel_id))


def sent_log(conn: Connection, user_id: int, since: datetime) -> list[Sent]:
    """The log entries whose due stamp is at or after `since` (older ones can no longer
    matter: core/reminders.py sends nothing due before its catch-up window)."""
    s = t.notify_sent
    rows = conn.execute(
        select(s.c.channel_id, s.c.key, s.c.due_stamp).where(
            s.c.user_id == user_id, s.c.due_stamp >= since
        )
    )
    return [Sent(r.channel_id, r.key, r.due_stamp) for r in rows]


def claim(
    conn: Connection,
    user_id: int,
    *,
    channel_id: int,
    key: str,
    due_stamp: datetime,
    action_id: int | None,
    now: datetime,
) -> int | None:
    """Record a reminder as sent before sending it; None when another runner already did
    (the unique key). The caller removes the claim (`unclaim`) when the sending fails."""
    s = t.notify_sent
    values = {"user_id": user_id, "channel_id": channel_id, "key": key, "due_stamp": due_stamp,
              "action_id": action_id, "sent_at": now}  # fmt: skip
    try:
        with conn.begin_nested():
            return int(conn.execute(insert(s).values(**values).returning(s.c.id)).scalar_one())
    except IntegrityError:
        return None


def unclaim(conn: Connection, user_id: int, claim_id: int) -> None:
    s = t.notify_sent
    conn.execute(delete(s).where(s.c.user_id == user_id, s.c.id == claim_id))


def sent_count(conn: Connection, user_id: int, channel_id: int) -> int:
    s = t.notify_sent
    found = conn.execute(
        select(func.count()).where(s.c.user_id == user_id, s.c.channel_id == channel_id)
    ).scalar_one()
    return int(found)


def users_with_channels(conn: Connection) -> list[int]:
    """Every user who has at least one channel (server mode sends for each)."""
    c = t.notify_channels
    return [int(u) for u in conn.execute(select(c.c.user_id).distinct()).scalars()]
