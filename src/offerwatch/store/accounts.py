"""Queries for server mode: the accounts list, site settings, invitations and API tokens.

Like store/users.py, these are not scoped to one user: the service checks who may ask."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, delete, func, insert, select, update

from offerwatch.store import tables as t


@dataclass(frozen=True)
class Account:
    """One account as the admin pages and `user list` show it."""

    id: int
    username: str
    display_name: str | None
    is_admin: bool
    created_at: datetime


@dataclass(frozen=True)
class ApiToken:
    """A user's API token, without its secret (only a hash is stored)."""

    id: int
    name: str
    created_at: datetime
    last_used_at: datetime | None


def accounts(conn: Connection, *, leave_out: str) -> list[Account]:
    """Every account but the implicit local user (`leave_out`), by name."""
    u = t.users
    rows = conn.execute(
        select(u.c.id, u.c.username, u.c.display_name, u.c.is_admin, u.c.created_at)
        .where(u.c.username != leave_out)
        .order_by(func.lower(u.c.username))
    )
    return [Account(r.id, r.username, r.display_name, bool(r.is_admin), r.created_at) for r in rows]


def account(conn: Connection, user_id: int) -> Account | None:
    u = t.users
    r = conn.execute(
        select(u.c.id, u.c.username, u.c.display_name, u.c.is_admin, u.c.created_at).where(
            u.c.id == user_id
        )
    ).first()
    return Account(r.id, r.username, r.display_name, bool(r.is_admin), r.created_at) if r else None


def password_hash(conn: Connection, user_id: int) -> str | None:
    u = t.users
    found = conn.execute(select(u.c.password_hash).where(u.c.id == user_id)).scalar()
    return str(found) if found else None


def count_admins(conn: Connection, *, leave_out: str) -> int:
    u = t.users
    query = select(func.count()).where(u.c.is_admin.is_(True), u.c.username != leave_out)
    return int(conn.execute(query).scalar_one())


def secret_refs(conn: Connection, user_id: int, setting_keys: tuple[str, ...]) -> list[str]:
    """The references the user's rows hold into the secret file (reminder channels, the
    settings named, queued jobs' payloads): they go from the file with the account."""
    nc, s = t.notify_channels, t.settings
    refs = [
        *conn.execute(select(nc.c.secret_ref).where(nc.c.user_id == user_id)).scalars(),
        *conn.execute(
            select(s.c.value).where(s.c.user_id == user_id, s.c.key.in_(setting_keys))
        ).scalars(),
    ]
    for payload in conn.execute(select(t.jobs.c.payload).where(t.jobs.c.user_id == user_id)):
        try:
            found = json.loads(payload[0]).get("secret")
        except (ValueError, AttributeError):
            continue
        refs.append(found if isinstance(found, str) else None)
    return [str(r) for r in refs if r]


def delete_user(conn: Connection, user_id: int) -> None:
    """Remove the account; every row of theirs goes with it (ON DELETE CASCADE)."""
    conn.execute(delete(t.users).where(t.users.c.id == user_id))


# --- site settings -----------------------------------------------------------------------


def site_setting(conn: Connection, key: str) -> str | None:
    s = t.site_settings
    found = conn.execute(select(s.c.value).where(s.c.key == key)).scalar()
    return str(found) if found is not None else None


def set_site_setting(conn: Connection, key: str, value: str) -> None:
    s = t.site_settings
    if conn.execute(update(s).where(s.c.key == key).values(value=value)).rowcount == 0:
        conn.execute(insert(s).values(key=key, value=value))


# --- invitations -------------------------------------------------------------------------


def insert_invitation(
    conn: Connection, token_hash: str, *, created_by: int, now: datetime, expires: datetime
) -> int:
    i = t.invitations
    values = {"token_hash": token_hash, "created_by": created_by, "created_at": now}
    query = insert(i).values(**values, expires_at=expires).returning(i.c.id)
    return int(conn.execute(query).scalar_one())


def use_invitation(conn: Connection, token_hash: str, *, now: datetime) -> bool:
    """Mark the invitation used, once: True when it was open and not expired (one UPDATE,
    so two sign-ups racing with one link cannot both win)."""
    i = t.invitations
    result = conn.execute(
        update(i)
        .where(i.c.token_hash == token_hash, i.c.used_at.is_(None), i.c.expires_at > now)
        .values(used_at=now)
    )
    return result.rowcount == 1


def invitation_open(conn: Connection, token_hash: str, *, now: datetime) -> bool:
    i = t.invitations
    query = select(i.c.id).where(
        i.c.token_hash == token_hash, i.c.used_at.is_(None), i.c.expires_at > now
    )
    return conn.execute(query).first() is not None


def set_invitation_user(conn: Connection, token_hash: str, user_id: int) -> None:
    i = t.invitations
    conn.execute(update(i).where(i.c.token_hash == token_hash).values(used_by=user_id))


def open_invitations(conn: Connection, *, now: datetime) -> int:
    i = t.invitations
    query = select(func.count()).where(i.c.used_at.is_(None), i.c.expires_at > now)
    return int(conn.execute(query).scalar_one())


# --- API tokens --------------------------------------------------------------------------


def insert_token(
    conn: Connection, user_id: int, name: str, token_hash: str, *, now: datetime
) -> int:
    a = t.api_tokens
    query = (
        insert(a)
        .values(user_id=user_id, name=name, token_hash=token_hash, created_at=now)
        .returning(a.c.id)
    )
    return int(conn.execute(query).scalar_one())


def tokens_of(conn: Connection, user_id: int) -> list[ApiToken]:
    a = t.api_tokens
    rows = conn.execute(
        select(a.c.id, a.c.name, a.c.created_at, a.c.last_used_at)
        .where(a.c.user_id == user_id)
        .order_by(a.c.id)
    )
    return [ApiToken(r.id, r.name, r.created_at, r.last_used_at) for r in rows]


def delete_token(conn: Connection, user_id: int, token_id: int) -> bool:
    a = t.api_tokens
    query = delete(a).where(a.c.id == token_id, a.c.user_id == user_id)
    return conn.execute(query).rowcount == 1


def user_for_token(conn: Connection, token_hash: str) -> tuple[int, int] | None:
    """(user id, token id) of the token with this hash, or None."""
    a = t.api_tokens
    row = conn.execute(select(a.c.user_id, a.c.id).where(a.c.token_hash == token_hash)).first()
    return (int(row.user_id), int(row.id)) if row else None


def touch_token(conn: Connection, token_id: int, now: datetime) -> None:
    a = t.api_tokens
    conn.execute(update(a).where(a.c.id == token_id).values(last_used_at=now))
