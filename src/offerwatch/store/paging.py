"""Paged lists for the API: the same rows as store.queries, LIMIT/OFFSET in SQL."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, Table, func, select

from offerwatch.core.entities import Application, Observation, Status
from offerwatch.store import rows
from offerwatch.store import tables as t
from offerwatch.store.queries import app_select


def applications_page(
    conn: Connection,
    user_id: int,
    statuses: Iterable[Status] | None,
    limit: int,
    offset: int,
) -> list[Application]:
    a = t.applications
    query = app_select(user_id).order_by(a.c.id).limit(limit).offset(offset)
    if statuses is not None:
        query = query.where(a.c.status.in_([s.value for s in statuses]))
    return [rows.application(r) for r in conn.execute(query)]


def observations_page(
    conn: Connection, user_id: int, app_id: int | None, limit: int, offset: int
) -> list[Observation]:
    o = t.observations
    query = select(o).where(o.c.user_id == user_id).order_by(o.c.id).limit(limit).offset(offset)
    if app_id is not None:
        query = query.where(o.c.application_id == app_id)
    return [rows.observation(r) for r in conn.execute(query)]


def interview_ids_page(
    conn: Connection, user_id: int, app_id: int | None, limit: int, offset: int
) -> list[tuple[int, int]]:
    """(interview id, application id) of one page of interviews, earliest first."""
    i = t.interviews
    query = (
        select(i.c.id, i.c.application_id)
        .where(i.c.user_id == user_id)
        .order_by(i.c.scheduled_start, i.c.id)
        .limit(limit)
        .offset(offset)
    )
    if app_id is not None:
        query = query.where(i.c.application_id == app_id)
    return [(int(r[0]), int(r[1])) for r in conn.execute(query)]


def applications_by_id(conn: Connection, user_id: int, ids: Iterable[int]) -> list[Application]:
    wanted = sorted(set(ids))
    if not wanted:
        return []
    query = app_select(user_id).where(t.applications.c.id.in_(wanted))
    return [rows.application(r) for r in conn.execute(query)]


def count_applications(conn: Connection, user_id: int, statuses: Iterable[Status] | None) -> int:
    """How many applications `applications_page` pages through."""
    a = t.applications
    query = select(func.count()).select_from(a).where(a.c.user_id == user_id)
    if statuses is not None:
        query = query.where(a.c.status.in_([s.value for s in statuses]))
    return int(conn.execute(query).scalar_one())


def count_of_application(conn: Connection, table: Table, user_id: int, app_id: int | None) -> int:
    """How many interviews or observations (`table`) there are, of one application or all."""
    query = select(func.count()).select_from(table).where(table.c.user_id == user_id)
    if app_id is not None:
        query = query.where(table.c.application_id == app_id)
    return int(conn.execute(query).scalar_one())
