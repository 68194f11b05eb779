"""Queries for overviews: the latest news per application and the facts behind insights."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy import Connection, func, select, union_all

from offerwatch.core.entities import Application, Stage, Status
from offerwatch.store import rows
from offerwatch.store import tables as t
from offerwatch.store.queries import app_select

if TYPE_CHECKING:
    from offerwatch.core.insights import AppFacts


def last_activity(
    conn: Connection, user_id: int, app_ids: Sequence[int] | None = None
) -> dict[int, datetime]:
    """application id -> the latest status change, interview end or signal, for `app_ids`
    (default: all), in one query."""
    s, i, o = t.status_changes, t.interviews, t.observations
    parts = []
    for table, column in ((s, s.c.changed_at), (i, i.c.scheduled_end), (o, o.c.observed_at)):
        part = select(table.c.application_id.label("app"), column.label("at")).where(
            table.c.user_id == user_id
        )
        if table is i:  # a cancelled interview is no activity
            part = part.where(i.c.cancelled_at.is_(None))
        if app_ids is not None:
            part = part.where(table.c.application_id.in_(list(app_ids)))
        parts.append(part)
    every = union_all(*parts).subquery()
    rows = conn.execute(select(every.c.app, func.max(every.c.at)).group_by(every.c.app))
    return {int(app): _aware(at) for app, at in rows if at is not None}


def _aware(value: datetime | str) -> datetime:
    # func.max() loses the column type on SQLite, so the UTC conversion is redone here.
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def all_facts(conn: Connection, user_id: int, apps: list[Application]) -> list[AppFacts]:
    """The dated facts of every application, gathered in three queries."""
    from offerwatch.core.insights import AppFacts  # only the insights page needs it

    s, i, o = t.status_changes, t.interviews, t.observations
    statuses: dict[int, list[tuple[Status, datetime]]] = {}
    for row in conn.execute(
        select(s.c.application_id, s.c.status, s.c.changed_at).where(s.c.user_id == user_id)
    ):
        statuses.setdefault(row.application_id, []).append((Status(row.status), row.changed_at))
    stages: dict[int, list[tuple[Stage, datetime]]] = {}
    for row in conn.execute(
        select(i.c.application_id, i.c.stage, i.c.scheduled_start).where(
            i.c.user_id == user_id, i.c.cancelled_at.is_(None)
        )
    ):
        stages.setdefault(row.application_id, []).append((Stage(row.stage), row.scheduled_start))
    kinds: dict[int, list[tuple[str, datetime]]] = {}
    for row in conn.execute(
        select(o.c.application_id, o.c.kind, o.c.observed_at).where(o.c.user_id == user_id)
    ):
        kinds.setdefault(row.application_id, []).append((row.kind, row.observed_at))
    return [
        AppFacts(a, statuses.get(a.id, ()), stages.get(a.id, ()), kinds.get(a.id, ())) for a in apps
    ]


def apps_with_interviews_between(
    conn: Connection, user_id: int, start: datetime, end: datetime
) -> list[int]:
    """Ids of applications with an interview that ends after `start` and starts before `end`."""
    i = t.interviews
    rows = conn.execute(
        select(i.c.application_id)
        .where(i.c.user_id == user_id, i.c.scheduled_end >= start, i.c.scheduled_start <= end)
        .where(i.c.cancelled_at.is_(None))
        .distinct()
    )
    return [int(r[0]) for r in rows]


def status_counts(conn: Connection, user_id: int) -> dict[Status, int]:
    """How many applications the user has in each status."""
    a = t.applications
    rows = conn.execute(
        select(a.c.status, func.count()).where(a.c.user_id == user_id).group_by(a.c.status)
    )
    return {Status(status): int(n) for status, n in rows}


def stalest_by_status(
    conn: Connection,
    user_id: int,
    limit: int,
    status: Status | None = None,
    offset: int = 0,
    closed_limit: int | None = None,
) -> list[Application]:
    """Per status, the `limit` applications untouched longest (oldest `updated_at` first;
    `closed_limit` for closed statuses), in one query (a UNION of small indexed ones); or one
    page of a single status."""
    a = t.applications
    if status is not None:
        query = (
            app_select(user_id)
            .where(a.c.status == status.value)
            .order_by(a.c.updated_at, a.c.id)
            .limit(limit)
            .offset(offset)
        )
        return [rows.application(r) for r in conn.execute(query)]
    parts = [
        select(a.c.id)
        .where(a.c.user_id == user_id, a.c.status == one.value)
        .order_by(a.c.updated_at, a.c.id)
        .limit(limit if one.is_open or closed_limit is None else closed_limit)
        .subquery()
        .select()
        for one in Status
    ]
    ids = union_all(*parts).subquery()
    query = app_select(user_id).where(a.c.id.in_(select(ids.c.id))).order_by(a.c.id)
    return [rows.application(r) for r in conn.execute(query)]


def ping(conn: Connection) -> bool:
    return bool(conn.execute(select(1)).scalar())
