"""The create forms' one-time tokens (tables.form_posts): claimed by the first post that
carries one, in one atomic statement, so two workers never both take the same token."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection, delete, select, update

from offerwatch.store import tables as t
from offerwatch.store.insert_new import insert_new


def claim(conn: Connection, user_id: int, token: str, *, now: datetime) -> bool:
    """Take `token` for the user's post; False when a post took it before."""
    values = {"user_id": user_id, "token": token, "created_at": now}
    return insert_new(conn, t.form_posts, values, key=("user_id", "token"))


def settle(conn: Connection, user_id: int, token: str, result: str) -> None:
    """Record where the post that took `token` led."""
    fp = t.form_posts
    conn.execute(
        update(fp).where(fp.c.user_id == user_id, fp.c.token == token).values(result=result)
    )


def release(conn: Connection, user_id: int, token: str) -> None:
    """Give `token` back: its post made nothing (it was refused or failed)."""
    fp = t.form_posts
    conn.execute(delete(fp).where(fp.c.user_id == user_id, fp.c.token == token))


def taken(conn: Connection, user_id: int, token: str) -> tuple[str | None, datetime] | None:
    """None when `token` is not taken; else where its post led (None while it runs) and
    when it was taken."""
    fp = t.form_posts
    row = conn.execute(
        select(fp.c.result, fp.c.created_at).where(fp.c.user_id == user_id, fp.c.token == token)
    ).first()
    return None if row is None else (row.result, row.created_at)


def purge(conn: Connection, *, before: datetime) -> None:
    """Forget the tokens taken before `before` (a form that old is opened again anyway)."""
    conn.execute(delete(t.form_posts).where(t.form_posts.c.created_at < before))
