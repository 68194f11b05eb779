"""Sign-in attempt counts per key, shared by every worker: reserved in one atomic statement
before a password is checked, so that concurrent guesses cannot all slip under the limit."""

from __future__ import annotations

from sqlalchemy import Connection, case, delete, update
from sqlalchemy.dialects import postgresql, sqlite

from offerwatch.store import tables as t


def reserve(
    conn: Connection, keys: list[str], *, now: float, window: float
) -> list[tuple[str, int, float]]:
    """Count one more attempt on each key (a window older than `window` starts afresh) and
    return (key, attempts in the window including this one, window start) per key.

    One INSERT ... ON CONFLICT DO UPDATE ... RETURNING: the row lock (PostgreSQL) or the write
    lock (SQLite) orders concurrent attempts, and each sees the count its own attempt made."""
    lim = t.login_limits
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    ordered = sorted(set(keys))  # one order in every worker: no deadlock between two keys
    stmt = dialect.insert(lim).values(
        [{"key": key, "window_start": now, "attempts": 1} for key in ordered]
    )
    expired = lim.c.window_start <= now - window
    stmt = stmt.on_conflict_do_update(
        index_elements=[lim.c.key],
        set_={
            "attempts": case((expired, 1), else_=lim.c.attempts + 1),
            "window_start": case((expired, stmt.excluded.window_start), else_=lim.c.window_start),
        },
    ).returning(lim.c.key, lim.c.attempts, lim.c.window_start)
    return [(str(r.key), int(r.attempts), float(r.window_start)) for r in conn.execute(stmt)]


def release(conn: Connection, key: str) -> None:
    """Give back one reserved attempt (it was not a failure)."""
    lim = t.login_limits
    conn.execute(
        update(lim).where(lim.c.key == key, lim.c.attempts > 0).values(attempts=lim.c.attempts - 1)
    )


def clear(conn: Connection, key: str) -> None:
    lim = t.login_limits
    conn.execute(delete(lim).where(lim.c.key == key))


def purge(conn: Connection, *, now: float, window: float) -> None:
    """Drop counts whose window has passed (they would start afresh anyway)."""
    lim = t.login_limits
    conn.execute(delete(lim).where(lim.c.window_start <= now - window))
