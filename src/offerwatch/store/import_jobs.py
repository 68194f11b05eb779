"""Queries on web mail-import jobs: one row per import, shared by every worker."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from offerwatch.store import tables as t


def create(conn: Connection, job_id: str, user_id: int, *, now: datetime) -> None:
    j = t.import_jobs
    conn.execute(
        insert(j).values(id=job_id, user_id=user_id, state="running", done=0, total=None,
                         created_at=now, beat_at=now)
    )  # fmt: skip


def beat(conn: Connection, job_id: str, done: int, total: int | None, *, now: datetime) -> None:
    j = t.import_jobs
    conn.execute(
        update(j)
        .where(j.c.id == job_id, j.c.state == "running")
        .values(done=done, total=total, beat_at=now)
    )


def finish(
    conn: Connection, job_id: str, *, summary: str | None, error: str | None, now: datetime
) -> None:
    j = t.import_jobs
    conn.execute(
        update(j)
        .where(j.c.id == job_id)
        .values(state="failed" if error else "done", summary=summary, error=error, beat_at=now)
    )


def get(conn: Connection, user_id: int, job_id: str) -> dict[str, Any] | None:
    """The job as a dict, only when it is the user's."""
    j = t.import_jobs
    row = conn.execute(select(j).where(j.c.id == job_id, j.c.user_id == user_id)).first()
    return dict(row._mapping) if row is not None else None


def purge(conn: Connection, *, before: datetime) -> None:
    """Forget jobs that ended (or last beat) before `before`."""
    j = t.import_jobs
    conn.execute(delete(j).where(j.c.beat_at < before))
