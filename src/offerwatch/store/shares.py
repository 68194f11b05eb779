"""Queries on shares with coaches and on the log of what coaches looked at."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Column, Connection, delete, insert, select

from offerwatch.store import tables as t


@dataclass(frozen=True)
class Share:
    """A share between a seeker and a coach, named by the other side's account."""

    user_id: int  # the other side: the coach (seeker's list) or the seeker (coach's list)
    username: str
    display_name: str | None
    since: datetime


@dataclass(frozen=True)
class CoachView:
    """One look a coach took at the seeker's data."""

    coach: str
    viewed_at: datetime
    what: str


def insert_share(conn: Connection, seeker_id: int, coach_id: int, now: datetime) -> bool:
    """Share; False when it was shared already."""
    s = t.shares
    found = conn.execute(
        select(s.c.id).where(s.c.user_id == seeker_id, s.c.coach_id == coach_id)
    ).first()
    if found is not None:
        return False
    conn.execute(insert(s).values(user_id=seeker_id, coach_id=coach_id, created_at=now))
    return True


def delete_share(conn: Connection, seeker_id: int, coach_id: int) -> bool:
    s = t.shares
    query = delete(s).where(s.c.user_id == seeker_id, s.c.coach_id == coach_id)
    return conn.execute(query).rowcount == 1


def is_shared(conn: Connection, seeker_id: int, coach_id: int) -> bool:
    s = t.shares
    query = select(s.c.id).where(s.c.user_id == seeker_id, s.c.coach_id == coach_id)
    return conn.execute(query).first() is not None


def _other_side(conn: Connection, mine: Column[Any], theirs: Column[Any], me: int) -> list[Share]:
    """The shares where `mine` is this user, each named by the account in `theirs`."""
    s, u = t.shares, t.users
    rows = conn.execute(
        select(u.c.id, u.c.username, u.c.display_name, s.c.created_at)
        .join(u, u.c.id == theirs)
        .where(mine == me)
        .order_by(u.c.username)
    )
    return [Share(r.id, r.username, r.display_name, r.created_at) for r in rows]


def coaches_of(conn: Connection, seeker_id: int) -> list[Share]:
    """The coaches this seeker shares with."""
    return _other_side(conn, t.shares.c.user_id, t.shares.c.coach_id, seeker_id)


def seekers_of(conn: Connection, coach_id: int) -> list[Share]:
    """The seekers who share with this coach."""
    return _other_side(conn, t.shares.c.coach_id, t.shares.c.user_id, coach_id)


def log_view(conn: Connection, seeker_id: int, coach_id: int, what: str, now: datetime) -> None:
    conn.execute(
        insert(t.coach_views).values(
            user_id=seeker_id, coach_id=coach_id, viewed_at=now, what=what[:200]
        )
    )


def views_of(conn: Connection, seeker_id: int, limit: int = 100) -> list[CoachView]:
    """The latest looks coaches took at this seeker's data, newest first."""
    v, u = t.coach_views, t.users
    rows = conn.execute(
        select(u.c.username, v.c.viewed_at, v.c.what)
        .join(u, u.c.id == v.c.coach_id)
        .where(v.c.user_id == seeker_id)
        .order_by(v.c.viewed_at.desc(), v.c.id.desc())
        .limit(limit)
    )
    return [CoachView(r.username, r.viewed_at, r.what) for r in rows]
