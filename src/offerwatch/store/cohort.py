"""Queries of cohort calibration: who agreed to take part, and the adopted weights' versions.

The only queries here that span users return user ids (to load each one's own facts through
the usual per-user queries) or the server's aggregate weights, never another user's rows."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, insert, select, update

from offerwatch.store import tables as t

CONSENT_KEY = "cohort_consent"  # a settings row: "on" when the user agreed


@dataclass(frozen=True, slots=True)
class CohortWeights:
    """One adopted version of the cohort weights (aggregates only)."""

    id: int
    fitted_at: datetime
    adopted_by: int | None
    users: int
    applications: int
    brier_default: float
    brier_fitted: float
    diff_interval: tuple[float, float]
    ratios: dict[str, float]
    reverted_at: datetime | None = None


def consenting_users(conn: Connection) -> list[int]:
    """Ids of the users who agreed to cohort calibration, in order."""
    s = t.settings
    rows = conn.execute(
        select(s.c.user_id).where(s.c.key == CONSENT_KEY, s.c.value == "on").order_by(s.c.user_id)
    )
    return [int(r[0]) for r in rows]


def _weights(row: object) -> CohortWeights:
    r = row._mapping  # type: ignore[attr-defined]
    return CohortWeights(
        id=int(r["id"]),
        fitted_at=r["fitted_at"],
        adopted_by=r["adopted_by"],
        users=int(r["users"]),
        applications=int(r["applications"]),
        brier_default=float(r["brier_default"]),
        brier_fitted=float(r["brier_fitted"]),
        diff_interval=(float(r["diff_low"]), float(r["diff_high"])),
        ratios={str(k): float(v) for k, v in json.loads(r["ratios"]).items()},
        reverted_at=r["reverted_at"],
    )


def current(conn: Connection) -> CohortWeights | None:
    """The weights in use: the newest version not reverted, None for the published defaults."""
    c = t.cohort_weights
    row = conn.execute(
        select(c).where(c.c.reverted_at.is_(None)).order_by(c.c.id.desc()).limit(1)
    ).first()
    return None if row is None else _weights(row)


def versions(conn: Connection) -> list[CohortWeights]:
    """Every adopted version, newest first (reverted ones included)."""
    c = t.cohort_weights
    return [_weights(r) for r in conn.execute(select(c).order_by(c.c.id.desc()))]


def insert_weights(
    conn: Connection,
    *,
    fitted_at: datetime,
    adopted_by: int,
    users: int,
    applications: int,
    brier_default: float,
    brier_fitted: float,
    diff_interval: tuple[float, float],
    ratios: dict[str, float],
) -> int:
    """Store a new version (it is in use from now on); returns its id."""
    c = t.cohort_weights
    values = {
        "fitted_at": fitted_at,
        "adopted_by": adopted_by,
        "users": users,
        "applications": applications,
        "brier_default": brier_default,
        "brier_fitted": brier_fitted,
        "diff_low": diff_interval[0],
        "diff_high": diff_interval[1],
        "ratios": json.dumps(ratios, sort_keys=True),
    }
    return int(conn.execute(insert(c).values(**values).returning(c.c.id)).scalar_one())


def mark_reverted(conn: Connection, version: int, *, at: datetime, by: int) -> None:
    c = t.cohort_weights
    conn.execute(update(c).where(c.c.id == version).values(reverted_at=at, reverted_by=by))


def touch_everyone(conn: Connection) -> None:
    """Every user's scores change (the server's weights did): bump every facts version, so
    that the score memo and the page cache of every worker compute them again."""
    s = t.plan_stamps
    conn.execute(update(s).values(facts_version=s.c.facts_version + 1))
