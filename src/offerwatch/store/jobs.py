"""Queries on the job queue: enqueue, claim (one statement), renew a lease, end a job.

A claim is one UPDATE of the first due row, picked by a sub-select: on PostgreSQL that
sub-select takes the row with FOR UPDATE SKIP LOCKED, so concurrent workers each get a
different job and never wait on each other; SQLite has one writer at a time (BEGIN
IMMEDIATE), so the same statement without the lock clause is safe there."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, and_, delete, func, insert, or_, select, update

from offerwatch.store import tables as t
from offerwatch.store.insert_new import insert_new

QUEUED, RUNNING, DONE, FAILED = "queued", "running", "done", "failed"


def enqueue(
    conn: Connection,
    job_id: str,
    kind: str,
    user_id: int,
    payload: str,
    *,
    now: datetime,
    run_after: datetime | None = None,
    unique_key: str | None = None,
) -> bool:
    """Queue a job; with a `unique_key` already queued once, nothing (returns False)."""
    values = dict(
        id=job_id,
        kind=kind,
        user_id=user_id,
        payload=payload,
        state=QUEUED,
        attempts=0,
        run_after=run_after or now,
        beat_at=now,
        done=0,
        unique_key=unique_key,
        created_at=now,
    )
    if unique_key is None:
        conn.execute(insert(t.jobs).values(**values))
        return True
    return insert_new(conn, t.jobs, values, key=("unique_key",))


def record_done(
    conn: Connection,
    job_id: str,
    kind: str,
    user_id: int,
    payload: str,
    *,
    summary: str,
    read: int,
    now: datetime,
) -> None:
    """Keep work done elsewhere (an import on the command line) as a job that ended: it is
    listed with the others and forgotten as they are, and no worker ever claims it."""
    values = dict(id=job_id, kind=kind, user_id=user_id, payload=payload, state=DONE,
                  attempts=1, run_after=now, beat_at=now, done=read, total=read,
                  summary=summary, created_at=now)  # fmt: skip
    conn.execute(insert(t.jobs).values(**values))


def give_up_lapsed(conn: Connection, *, now: datetime, max_attempts: int) -> list[dict[str, Any]]:
    """Fail the running jobs whose lease lapsed after their last allowed attempt (their
    worker died each time); the error already recorded, if any, is kept. Returns those jobs
    (id, kind, user_id, payload, attempts), for the caller to clean up after."""
    j = t.jobs
    lapsed = and_(j.c.state == RUNNING, j.c.lease_until < now, j.c.attempts >= max_attempts)
    given_up = [
        dict(r._mapping)
        for r in conn.execute(
            select(j.c.id, j.c.kind, j.c.user_id, j.c.payload, j.c.attempts).where(lapsed)
        )
    ]
    if not given_up:
        return []
    why = "its worker stopped before it ended, on every attempt"
    conn.execute(
        update(j)
        .where(lapsed, j.c.id.in_([r["id"] for r in given_up]))
        .values(
            state=FAILED,
            error=func.coalesce(j.c.error, why),
            claimed_by=None,
            lease_until=None,
            beat_at=now,
        )
    )
    return given_up


def _due(now: datetime) -> Any:
    """Queued and due, or running with a lapsed lease (its worker died)."""
    j = t.jobs
    return or_(
        and_(j.c.state == QUEUED, j.c.run_after <= now),
        and_(j.c.state == RUNNING, j.c.lease_until < now),
    )


def any_due(conn: Connection, *, now: datetime) -> bool:
    """Whether a job waits (a read: idle workers look before they take the write lock)."""
    j = t.jobs
    return conn.execute(select(j.c.id).where(_due(now)).limit(1)).first() is not None


def claim(
    conn: Connection, worker: str, *, now: datetime, lease: timedelta, max_attempts: int
) -> dict[str, Any] | None:
    """Take the first due job (queued and due, or running with a lapsed lease and attempts
    left) for `worker`; the row as a dict, or None when nothing is due."""
    j = t.jobs
    due = and_(_due(now), j.c.attempts < max_attempts)
    first = (
        select(j.c.id)
        .where(due)
        .order_by(j.c.run_after, j.c.created_at)
        .limit(1)
        .with_for_update(skip_locked=True)  # PostgreSQL; SQLite renders no lock clause
        .scalar_subquery()
    )
    row = conn.execute(
        update(j)
        .where(j.c.id == first)
        .values(
            state=RUNNING,
            claimed_by=worker,
            lease_until=now + lease,
            attempts=j.c.attempts + 1,
            beat_at=now,
        )
        .returning(j.c.id, j.c.kind, j.c.user_id, j.c.payload, j.c.attempts)
    ).first()
    return dict(row._mapping) if row is not None else None


def _mine(job_id: str, worker: str) -> Any:
    j = t.jobs
    return and_(j.c.id == job_id, j.c.claimed_by == worker, j.c.state == RUNNING)


def renew(
    conn: Connection,
    job_id: str,
    worker: str,
    *,
    now: datetime,
    lease: timedelta,
    progress: tuple[int, int | None] | None = None,
) -> bool:
    """Extend the lease of `worker`'s job (with its progress); False when it is not the
    worker's any more (its lease lapsed and another took it)."""
    values: dict[str, Any] = {"lease_until": now + lease, "beat_at": now}
    if progress is not None:
        values["done"], values["total"] = progress
    return conn.execute(update(t.jobs).where(_mine(job_id, worker)).values(**values)).rowcount == 1


def finish(
    conn: Connection,
    job_id: str,
    worker: str,
    *,
    summary: str | None,
    error: str | None,
    now: datetime,
) -> bool:
    """End `worker`'s job: done with its summary, or failed with one line of error (the
    worker stays named: who ran it)."""
    values = dict(
        state=FAILED if error else DONE,
        summary=summary,
        error=error,
        lease_until=None,
        beat_at=now,
    )
    return conn.execute(update(t.jobs).where(_mine(job_id, worker)).values(**values)).rowcount == 1


def requeue(
    conn: Connection,
    job_id: str,
    worker: str,
    *,
    now: datetime,
    run_after: datetime,
    error: str | None = None,
    count_attempt: bool = True,
) -> bool:
    """Put `worker`'s job back in the queue: to try again after a failure (`error`), or
    handed back unfinished by a worker that is stopping (the attempt not counted)."""
    j = t.jobs
    values: dict[str, Any] = dict(
        state=QUEUED, claimed_by=None, lease_until=None, run_after=run_after, beat_at=now
    )
    if error is not None:
        values["error"] = error
    if not count_attempt:
        values["attempts"] = j.c.attempts - 1
    return conn.execute(update(j).where(_mine(job_id, worker)).values(**values)).rowcount == 1


def get(conn: Connection, user_id: int, job_id: str) -> dict[str, Any] | None:
    """The job as a dict, only when it is the user's."""
    j = t.jobs
    row = conn.execute(select(j).where(j.c.id == job_id, j.c.user_id == user_id)).first()
    return dict(row._mapping) if row is not None else None


def recent(
    conn: Connection, user_id: int, kinds: tuple[str, ...], limit: int
) -> list[dict[str, Any]]:
    """The user's latest jobs of these kinds (kept until purged), newest first."""
    j = t.jobs
    query = select(j).where(j.c.user_id == user_id, j.c.kind.in_(kinds))
    rows = conn.execute(query.order_by(j.c.created_at.desc(), j.c.id).limit(limit))
    return [dict(row._mapping) for row in rows]


def purge(conn: Connection, *, before: datetime, scheduled_before: datetime) -> None:
    """Forget the jobs that ended before `before`, and the scheduled ones (many a day, and
    their due slot long past) that ended before `scheduled_before`."""
    j = t.jobs
    ended = j.c.state.in_((DONE, FAILED))
    old = or_(
        j.c.beat_at < before, and_(j.c.unique_key.is_not(None), j.c.beat_at < scheduled_before)
    )
    conn.execute(delete(j).where(ended, old))


def users_with_channels(conn: Connection) -> list[int]:
    """Every user who has a reminder channel (their reminders are scheduled jobs)."""
    c = t.notify_channels
    return [int(u) for u in conn.execute(select(c.c.user_id).distinct()).scalars()]


def users_with_setting(conn: Connection, key: str) -> list[tuple[int, str]]:
    """(user, value) of every user who has the setting `key`."""
    s = t.settings
    return [
        (int(r.user_id), r.value)
        for r in conn.execute(select(s.c.user_id, s.c.value).where(s.c.key == key))
    ]


def counts(conn: Connection) -> dict[str, int]:
    """How many jobs are in each state (for checks and tests)."""
    j = t.jobs
    rows = conn.execute(select(j.c.state, func.count()).group_by(j.c.state))
    return {state: n for state, n in rows}
