"""Queries that change recorded signs (observations): edit one, set an interview's ticks."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, and_, select

from offerwatch.core.entities import Observation, ObservationSource
from offerwatch.store import rows as row_to
from offerwatch.store import tables as t
from offerwatch.store.queries import insert_observation
from offerwatch.store.update_row import update_row


def get_observation(conn: Connection, user_id: int, obs_id: int) -> Observation | None:
    o = t.observations
    row = conn.execute(select(o).where(o.c.id == obs_id, o.c.user_id == user_id)).first()
    return row_to.observation(row) if row else None


def update_observation(conn: Connection, user_id: int, obs_id: int, **values: Any) -> None:
    """Set an observation's columns (kind, observed_at, evidence, interview_id, expected_by)."""
    update_row(conn, t.observations, user_id, obs_id, **values)


def set_interview_signs(
    conn: Connection,
    user_id: int,
    app_id: int,
    interview_id: int,
    *,
    kinds: Sequence[str],
    at: datetime,
    now: datetime,
) -> None:
    """Make the interview's manual signs exactly `kinds`: record the missing ones at `at`,
    remove the ones not listed (signs from mail or notes stay)."""
    o = t.observations
    manual = o.c.source == ObservationSource.MANUAL.value
    mine = and_(o.c.user_id == user_id, o.c.interview_id == interview_id, manual)
    conn.execute(o.delete().where(mine, o.c.kind.not_in(list(kinds))))
    have = set(conn.execute(select(o.c.kind).where(mine)).scalars())
    for kind in kinds:
        if kind not in have:
            insert_observation(conn, user_id, app_id, kind=kind, at=at,
                               source=ObservationSource.MANUAL, evidence=None,
                               interview_id=interview_id, now=now)  # fmt: skip
