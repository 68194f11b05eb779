"""Queries on user accounts: the only queries that are not scoped to one user."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection, Table, func, insert, select, update

from offerwatch.store import tables as t


def find_user(conn: Connection, username: str) -> tuple[int, str | None] | None:
    """(id, password hash) of the account called `username` (case-insensitive), or None."""
    u = t.users
    row = conn.execute(
        select(u.c.id, u.c.password_hash).where(func.lower(u.c.username) == username.lower())
    ).first()
    return (int(row.id), row.password_hash) if row else None


def insert_user(
    conn: Connection,
    username: str,
    *,
    password_hash: str,
    display_name: str | None,
    is_admin: bool,
    now: datetime,
) -> int:
    u = t.users
    return int(
        conn.execute(
            insert(u)
            .values(
                username=username,
                display_name=display_name,
                password_hash=password_hash,
                is_admin=is_admin,
                created_at=now,
            )
            .returning(u.c.id)
        ).scalar_one()
    )


def set_password_hash(conn: Connection, user_id: int, password_hash: str) -> None:
    u = t.users
    conn.execute(update(u).where(u.c.id == user_id).values(password_hash=password_hash))


def replace_password_hash(conn: Connection, user_id: int, old: str, new: str) -> None:
    """Swap the hash only if it is still `old` (a rehash must not undo a password change)."""
    u = t.users
    conn.execute(
        update(u).where(u.c.id == user_id, u.c.password_hash == old).values(password_hash=new)
    )


def username_of(conn: Connection, user_id: int) -> str | None:
    u = t.users
    found = conn.execute(select(u.c.username).where(u.c.id == user_id)).scalar()
    return str(found) if found is not None else None


def calendar_token_of(conn: Connection, user_id: int) -> str | None:
    u = t.users
    found = conn.execute(select(u.c.calendar_token).where(u.c.id == user_id)).scalar()
    return str(found) if found else None


def set_calendar_token(conn: Connection, user_id: int, token: str | None) -> None:
    u = t.users
    conn.execute(update(u).where(u.c.id == user_id).values(calendar_token=token))


def user_for_calendar_token(conn: Connection, token: str) -> int | None:
    u = t.users
    found = conn.execute(select(u.c.id).where(u.c.calendar_token == token)).scalar()
    return int(found) if found is not None else None


LOCAL_USERNAME = "local"  # the implicit user of a local (single-user) database


def local_user(conn: Connection) -> int | None:
    """The id of the implicit local user, if it was created."""
    u = t.users
    found = conn.execute(select(u.c.id).where(u.c.username == LOCAL_USERNAME)).scalar()
    return None if found is None else int(found)


def insert_local_user(conn: Connection, now: datetime) -> int:
    """Create the implicit local user (an admin: it owns the whole database); its id."""
    u = t.users
    return int(
        conn.execute(
            insert(u)
            .values(username=LOCAL_USERNAME, is_admin=True, created_at=now)
            .returning(u.c.id)
        ).scalar_one()
    )


def owns(conn: Connection, table: Table, user_id: int, ident: int) -> bool:
    """True when row `ident` of `table` exists and belongs to the user."""
    found = conn.execute(
        select(table.c.id).where(table.c.id == ident, table.c.user_id == user_id)
    ).scalar()
    return found is not None
