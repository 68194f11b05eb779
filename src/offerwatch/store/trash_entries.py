"""The `trash` table: one entry per deletion, listed, found, dropped and purged."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Table, delete, insert, select

from offerwatch.core.day_words import short_day
from offerwatch.core.trash import TrashItem, TrashKind, expires_at, purge_before
from offerwatch.store import tables as t
from offerwatch.store.trash import RECORD_TABLE, Snapshot, load


def insert_item(
    conn: Connection,
    user_id: int,
    *,
    kind: TrashKind,
    record_id: int,
    label: str,
    now: datetime,
    payload: str,
) -> int:
    tr = t.trash
    return int(
        conn.execute(
            insert(tr)
            .values(
                user_id=user_id,
                kind=kind.value,
                record_id=record_id,
                label=label,
                deleted_at=now,
                payload=payload,
            )
            .returning(tr.c.id)
        ).scalar_one()
    )


def _item(row: Any) -> TrashItem:
    counts: dict[str, int] = {}
    data = json.loads(row.payload).get("rows", {})
    for name, found in data.items():
        if name != RECORD_TABLE[TrashKind(row.kind)].name:
            counts[name] = len(found)
    return TrashItem(
        id=row.id,
        kind=TrashKind(row.kind),
        record_id=row.record_id,
        label=row.label,
        deleted_at=row.deleted_at,
        expires_at=expires_at(row.deleted_at),
        with_it=counts,
    )


def items(conn: Connection, user_id: int, now: datetime) -> list[TrashItem]:
    """What the user can still restore, the latest deletion first."""
    tr = t.trash
    rows = conn.execute(
        select(tr)
        .where(tr.c.user_id == user_id, tr.c.deleted_at >= purge_before(now))
        .order_by(tr.c.deleted_at.desc(), tr.c.id.desc())
    )
    return [_item(r) for r in rows]


def find(
    conn: Connection, user_id: int, kind: TrashKind, record_id: int, now: datetime
) -> tuple[TrashItem, Snapshot] | None:
    """The newest restorable trash entry for that record, with its rows."""
    tr = t.trash
    row = conn.execute(
        select(tr)
        .where(
            tr.c.user_id == user_id,
            tr.c.kind == kind.value,
            tr.c.record_id == record_id,
            tr.c.deleted_at >= purge_before(now),
        )
        .order_by(tr.c.deleted_at.desc(), tr.c.id.desc())
        .limit(1)
    ).first()
    if row is None:
        return None
    return _item(row), load(row.payload)


def drop_item(conn: Connection, item_id: int) -> None:
    conn.execute(delete(t.trash).where(t.trash.c.id == item_id))


def purge(conn: Connection, user_id: int, now: datetime) -> int:
    """Forget the user's entries past keeping; returns how many."""
    tr = t.trash
    result = conn.execute(
        delete(tr).where(tr.c.user_id == user_id, tr.c.deleted_at < purge_before(now))
    )
    return int(result.rowcount or 0)


def version_of(conn: Connection, user_id: int, table: Table, ident: int) -> int | None:
    """The record's version, None when there is no such record."""
    found = conn.execute(
        select(table.c.version).where(table.c.id == ident, table.c.user_id == user_id)
    ).scalar()
    return None if found is None else int(found)


def label(conn: Connection, kind: TrashKind, ident: int) -> str:
    """What the trash list shows for the record, e.g. "Kite Labs: Backend Engineer"."""
    a, c, p, i, o, g = (t.applications, t.companies, t.people, t.interviews,
                        t.observations, t.goals)  # fmt: skip
    if kind is TrashKind.APPLICATION:
        row = conn.execute(select(c.c.name, a.c.role).join(c, c.c.id == a.c.company_id)
                           .where(a.c.id == ident)).one()  # fmt: skip
        return f"{row.name}: {row.role}"
    if kind is TrashKind.PERSON:
        person = conn.execute(select(p.c.name, p.c.email).where(p.c.id == ident)).one()
        return f"{person.name} <{person.email}>" if person.email else str(person.name)
    if kind is TrashKind.INTERVIEW:
        row = conn.execute(
            select(i.c.stage, i.c.scheduled_start, c.c.name)
            .join(a, a.c.id == i.c.application_id).join(c, c.c.id == a.c.company_id)
            .where(i.c.id == ident)
        ).one()  # fmt: skip
        stage = str(row.stage).replace("_", " ")
        # Kept with the entry, so with its year; the day as every page says one.
        return f"{stage} at {row.name}, {short_day(row.scheduled_start.date())}"
    if kind is TrashKind.SIGNAL:
        row = conn.execute(
            select(o.c.kind, c.c.name, a.c.role)
            .join(a, a.c.id == o.c.application_id).join(c, c.c.id == a.c.company_id)
            .where(o.c.id == ident)
        ).one()  # fmt: skip
        return f"{str(row.kind).replace('_', ' ')} ({row.name}: {row.role})"
    goal = conn.execute(select(g.c.title, g.c.kind).where(g.c.id == ident)).one()
    return f"{goal.kind} goal: {goal.title}"
