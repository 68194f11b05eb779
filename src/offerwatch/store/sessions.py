"""Queries on server-side web sessions: one row per signed-in browser, keyed by a token hash."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection, delete, insert, select

from offerwatch.store import tables as t


def add(conn: Connection, token_hash: str, user_id: int, *, now: datetime, until: datetime) -> None:
    s = t.web_sessions
    conn.execute(insert(s).values(id=token_hash, user_id=user_id, created_at=now, expires_at=until))


def user_of(conn: Connection, token_hash: str, *, now: datetime) -> int | None:
    """The user of a live session, or None when ended or expired."""
    s = t.web_sessions
    found = conn.execute(
        select(s.c.user_id).where(s.c.id == token_hash, s.c.expires_at > now)
    ).scalar()
    return int(found) if found is not None else None


def end(conn: Connection, token_hash: str) -> None:
    s = t.web_sessions
    conn.execute(delete(s).where(s.c.id == token_hash))


def end_all(conn: Connection, user_id: int) -> int:
    """End every session of the user; returns how many there were."""
    s = t.web_sessions
    return conn.execute(delete(s).where(s.c.user_id == user_id)).rowcount or 0


def purge_expired(conn: Connection, *, now: datetime) -> None:
    s = t.web_sessions
    conn.execute(delete(s).where(s.c.expires_at <= now))
