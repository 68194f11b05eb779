"""Use cases for web mail-import jobs: their progress and outcome kept in the database, so
that any worker can answer the page that polls (the import itself runs in one worker)."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

from offerwatch.service.context import Context
from offerwatch.store import import_jobs as qj

KEEP_DAYS = 1  # ended jobs are forgotten after this (their result is in the data by then)


def start_import_job(ws: Context, job_id: str) -> None:
    """Record a new running import of the current user."""
    now = ws.clock()
    # derived=True: a job's bookkeeping changes none of the user's facts.
    with ws.write(derived=True) as conn:
        qj.purge(conn, before=now - timedelta(days=KEEP_DAYS))
        qj.create(conn, job_id, ws.user_id, now=now)


def beat_import_job(ws: Context, job_id: str, done: int, total: int | None) -> None:
    """Record how far a running import got (also its sign of life)."""
    with ws.write(derived=True) as conn:
        qj.beat(conn, job_id, done, total, now=ws.clock())


def finish_import_job(
    ws: Context, job_id: str, summary: dict[str, Any] | None, error: str | None
) -> None:
    """Record how an import ended: its summary (JSON-able) or one line of error."""
    text = json.dumps(summary) if summary is not None else None
    with ws.write(derived=True) as conn:
        qj.finish(conn, job_id, summary=text, error=error, now=ws.clock())


def import_job(ws: Context, job_id: str) -> dict[str, Any] | None:
    """The current user's import job (summary decoded; `now` added), or None."""
    if not job_id or len(job_id) > 32:
        return None
    with ws.read() as conn:
        found = qj.get(conn, ws.user_id, job_id)
    if found is None:
        return None
    found["summary"] = json.loads(found["summary"]) if found["summary"] else None
    found["now"] = ws.clock()
    return found
