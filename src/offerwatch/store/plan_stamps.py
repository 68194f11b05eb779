"""The plan stamp: when a user's actions were last derived, from which version of the facts,
and until when that plan holds by itself (see core.planner.stable_until).

The facts version is the one notion of "the user's data changed": every write transaction
but a derivation's own adds one (service/context.py); the agenda, the score memo, the web's
result cache and the cohort fit (service/cohort.py) each keep what they made under it."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import Connection, insert, select, update
from sqlalchemy.exc import IntegrityError

from offerwatch.store import tables as t

# The planner's types load with the agenda: every write touches the stamp (`touch`), and a
# command that only reads or writes applications need not import the planner for that.
if TYPE_CHECKING:
    from offerwatch.core.plan_types import KeepApplying


@dataclass(frozen=True, slots=True)
class PlanStamp:
    facts_version: int
    synced_version: int
    synced_at: datetime
    valid_until: datetime
    zone: str
    keep_applying: KeepApplying

    def holds(self, now: datetime, zone: str) -> bool:
        """True when the stored actions are what deriving them at `now` in `zone` gives: no
        write since, same zone, and `now` within [synced_at, valid_until)."""
        return (
            self.synced_version == self.facts_version
            and self.zone == zone
            and self.synced_at <= now < self.valid_until
        )


def get(conn: Connection, user_id: int) -> PlanStamp | None:
    s = t.plan_stamps
    row = conn.execute(
        select(s.c.facts_version, s.c.synced_version, s.c.synced_at, s.c.valid_until, s.c.zone,
               s.c.keep_applying).where(s.c.user_id == user_id)
    ).first()  # fmt: skip
    if row is None:
        return None
    from offerwatch.core.plan_types import KeepApplying

    facts_version, synced_version, synced_at, valid_until, zone, summary = row
    values = json.loads(summary)
    values["week_start"] = date.fromisoformat(values["week_start"])
    return PlanStamp(
        facts_version, synced_version, synced_at, valid_until, zone, KeepApplying(**values)
    )


def save(
    conn: Connection,
    user_id: int,
    *,
    version: int | None,
    synced_at: datetime,
    valid_until: datetime,
    zone: str,
    keep_applying: KeepApplying,
) -> None:
    """Record a derivation made from facts at `version` (None: no stamp existed before)."""
    s = t.plan_stamps
    summary = asdict(keep_applying)
    summary["week_start"] = keep_applying.week_start.isoformat()
    values = {
        "synced_at": synced_at,
        "valid_until": valid_until,
        "zone": zone,
        "keep_applying": json.dumps(summary, sort_keys=True),
    }
    if version is None:
        conn.execute(insert(s).values(user_id=user_id, facts_version=0, synced_version=0, **values))
    else:
        conn.execute(
            update(s).where(s.c.user_id == user_id).values(synced_version=version, **values)
        )


def touch(conn: Connection, user_id: int) -> None:
    """Something of the user's changed: the stored plan must be derived again."""
    s = t.plan_stamps
    conn.execute(
        update(s).where(s.c.user_id == user_id).values(facts_version=s.c.facts_version + 1)
    )


def facts_version(conn: Connection, user_id: int) -> int | None:
    """The user's facts version (bumped by every write transaction), None without a stamp."""
    s = t.plan_stamps
    found = conn.execute(select(s.c.facts_version).where(s.c.user_id == user_id)).scalar()
    return None if found is None else int(found)


def facts_versions(conn: Connection, user_ids: list[int]) -> dict[int, int]:
    """The facts version of each of `user_ids` that has a stamp, in one query."""
    s = t.plan_stamps
    rows = conn.execute(select(s.c.user_id, s.c.facts_version).where(s.c.user_id.in_(user_ids)))
    return {int(u): int(v) for u, v in rows}


_NEVER = datetime(1970, 1, 1, tzinfo=UTC)


def ensure(conn: Connection, user_id: int) -> None:
    """Give the user a stamp if they have none yet (one is made by the first derivation of
    their plan): from now on their writes are counted. It holds no plan (synced from no
    version), so the next derivation still derives."""
    s = t.plan_stamps
    if conn.execute(select(s.c.user_id).where(s.c.user_id == user_id)).first() is not None:
        return
    from offerwatch.core.plan_types import KeepApplying

    nothing = KeepApplying(False, _NEVER.date(), 0, 0, False, "")
    summary = asdict(nothing)
    summary["week_start"] = nothing.week_start.isoformat()
    try:
        with conn.begin_nested():  # another worker's derivation may make it first
            conn.execute(
                insert(s).values(
                    user_id=user_id, facts_version=0, synced_version=-1, synced_at=_NEVER,
                    valid_until=_NEVER, zone="", keep_applying=json.dumps(summary, sort_keys=True),
                )
            )  # fmt: skip
    except IntegrityError:
        pass
