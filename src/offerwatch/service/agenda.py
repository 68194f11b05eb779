"""The agenda use cases: re-deriving the actions from the facts, and reading them.

The rules live in core/planner.py; this module gathers the facts and stores the plan."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, tzinfo
from typing import Any, TypeVar

from sqlalchemy import Connection

from offerwatch.core.agenda import Agenda, AgendaItem, PersonRef, split
from offerwatch.core.entities import Person
from offerwatch.core.planner import DEFAULT_WEEKLY_TARGET, Mark, Plan, PlanFacts, plan, stable_until
from offerwatch.core.signals import still_standing
from offerwatch.core.timeutil import ensure_aware
from offerwatch.errors import BadInput
from offerwatch.service import goals, settings
from offerwatch.service.context import Context
from offerwatch.service.holidays import holiday_dates
from offerwatch.store import plan_facts as pf
from offerwatch.store import plan_queries as pq
from offerwatch.store import plan_stamps
from offerwatch.store import queries as q
from offerwatch.store.engine import once_more_on_conflict

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class SyncResult:
    """What a re-derivation changed in the actions table."""

    plan: Plan
    created: int
    updated: int
    obsoleted: int
    rows: list[pq.ActionRecord] = field(default_factory=list)  # every stored action, as now
    people: dict[int, Person] = field(default_factory=dict)  # the people they may refer to
    stable_until: datetime | None = None  # the plan holds by itself until then (if stored)


def sync_actions(ctx: Context, now: datetime | None = None) -> SyncResult:
    """Re-derive the actions from the facts and upsert them by key: new ones are added,
    changed ones updated, ones no longer called for marked obsolete (never deleted).
    Done, dismissed and snoozed marks are kept."""
    when = ensure_aware(now) if now is not None else ctx.clock()
    tz = settings.timezone(ctx)
    return _synced(ctx, when, tz, lambda conn, synced: synced, reuse=False)


def _synced(
    ctx: Context,
    now: datetime,
    tz: tzinfo,
    use: Callable[[Connection, SyncResult], T],
    *,
    reuse: bool = True,
) -> T:
    """Re-derive in a write transaction, then `use` the result in the same transaction.
    With `reuse`, the stored actions are used as they are when nothing was written since
    they were derived and the plan holds by itself at `now` (store/plan_stamps.py).

    Two syncs racing on PostgreSQL may insert the same new key; the loser's transaction
    fails on the unique key and is simply run again (it then finds the row).
    """

    def run() -> T:
        with ctx.write(derived=True) as conn:
            return use(conn, _derive(ctx, conn, now, tz, reuse))

    return once_more_on_conflict(run)


def _derive(ctx: Context, conn: Connection, now: datetime, tz: tzinfo, reuse: bool) -> SyncResult:
    """The stored actions, derived again unless the stamp says they still hold."""
    zone = str(getattr(tz, "key", "") or tz)
    stamp = plan_stamps.get(conn, ctx.user_id)  # read before the facts (see touch())
    if reuse and stamp is not None and stamp.holds(now, zone):
        rows = pq.actions(conn, ctx.user_id)
        wanted = {r.person_id for r in rows if r.person_id is not None and _listed(r)}
        people = pq.people_by_id(conn, ctx.user_id, wanted)
        return SyncResult(Plan([], stamp.keep_applying), 0, 0, 0, rows, people)
    synced = _sync(ctx, conn, now, tz)
    assert synced.stable_until is not None
    plan_stamps.save(
        conn,
        ctx.user_id,
        version=stamp.facts_version if stamp is not None else None,
        synced_at=now,
        valid_until=synced.stable_until,
        zone=zone,
        keep_applying=synced.plan.keep_applying,
    )
    return synced


def plan_facts(
    ctx: Context, conn: Connection, rows: list[pq.ActionRecord], now: datetime | None = None
) -> PlanFacts:
    """What the planner reads, and no more (store/plan_facts.py says what is left out)."""
    stored = pq.settings(conn, ctx.user_id)
    target = stored.get("weekly_target")
    year = (now or ctx.clock()).year
    observations = pf.observations(conn, ctx.user_id)
    reopened = pf.with_outcome_signs(observations)
    interviews, recorded = pf.interviews(conn, ctx.user_id)
    applications = pf.applications(conn, ctx.user_id)
    return PlanFacts(
        applications=applications,
        interviews=interviews,
        recorded=recorded,
        people=pq.people_by_application(conn, ctx.user_id),
        observations=still_standing(
            observations,
            q.status_changes_of(conn, ctx.user_id, reopened) if reopened else [],
            {a.id: a.status for a in applications},
        ),
        messages=pf.messages(conn, ctx.user_id),
        marks={r.key: Mark(r.created_at, r.due, r.done_at) for r in rows},
        weekly_target=int(target) if target is not None else DEFAULT_WEEKLY_TARGET,
        # Rules look a few months back and ahead: the years around now are enough.
        holidays=holiday_dates(stored.get("country"), range(year - 1, year + 2)),
    )


def _sync(ctx: Context, conn: Connection, now: datetime, tz: tzinfo) -> SyncResult:
    """Derive the plan and write the differences only: new actions in one insert, changed
    ones in one update per set of changed columns, vanished ones marked obsolete."""
    rows = {r.key: r for r in pq.actions(conn, ctx.user_id)}
    facts = plan_facts(ctx, conn, list(rows.values()), now)
    result = plan(facts, now, tz)
    new: list[dict[str, Any]] = []
    changed: list[tuple[int, dict[str, Any]]] = []
    stored: list[pq.ActionRecord | str] = []  # a key stands for a row inserted below
    for action in result.actions:
        fields: dict[str, Any] = {
            "kind": action.kind,
            "title": action.title,
            "due": action.due,
            "application_id": action.application_id,
            "person_id": action.person_id,
            "interview_id": action.interview_id,
        }
        row = rows.pop(action.key, None)
        if row is None:
            new.append({"key": action.key, "done_at": action.done_at, "created_at": now,
                        **fields})  # fmt: skip
            stored.append(action.key)
            continue
        changes = {k: v for k, v in fields.items() if getattr(row, k) != v}
        if row.obsolete_at is not None:
            changes["obsolete_at"] = None
        if row.done_at is None and action.done_at is not None:
            changes["done_at"] = action.done_at
        if changes:
            changed.append((row.id, changes))
            row = replace(row, **changes)
        stored.append(row)
    updated = len(changed)
    for row in rows.values():
        if row.obsolete_at is None:
            changed.append((row.id, {"obsolete_at": now}))
            row = replace(row, obsolete_at=now)
        stored.append(row)
    ids = pq.insert_actions(conn, ctx.user_id, new)
    pq.update_actions(conn, ctx.user_id, changed)
    inserted = {values["key"]: pq.ActionRecord(id=ids[values["key"]], **values) for values in new}
    people = {p.id: p for group in facts.people.values() for p in group}
    for interview in facts.interviews:
        people.update((p.id, p) for p in interview.people)
    return SyncResult(
        result,
        created=len(new),
        updated=updated,
        obsoleted=len(changed) - updated,
        rows=[inserted[r] if isinstance(r, str) else r for r in stored],
        people=people,
        stable_until=stable_until(facts, now, tz),
    )


def agenda(ctx: Context, now: datetime | None = None, days: int = 7) -> Agenda:
    """Overdue, today's and upcoming actions (re-derived first), the weekly keep-applying
    check and the goals' progress this week."""
    if days < 0:
        raise BadInput("days must not be negative")
    when = ensure_aware(now) if now is not None else ctx.clock()
    tz = settings.timezone(ctx)

    def use(conn: Connection, synced: SyncResult) -> tuple[SyncResult, list[AgendaItem], Any]:
        rows = [r for r in synced.rows if _listed(r)]
        items = _items(ctx, conn, rows, synced.people, tz)
        return synced, items, goals.goal_progress(ctx, conn, when, tz)

    synced, items, progress = _synced(ctx, when, tz, use)
    overdue, today, upcoming = split(items, when, tz, days)
    return Agenda(overdue, today, upcoming, synced.plan.keep_applying, progress)


def _items(
    ctx: Context,
    conn: Connection,
    rows: list[pq.ActionRecord],
    people: dict[int, Person],
    tz: tzinfo,
) -> list[AgendaItem]:
    """The stored actions `rows` as the agenda shows them: with their person, due in `tz`."""
    items = []
    for r in rows:
        person = people.get(r.person_id) if r.person_id is not None else None
        if person is None and r.person_id is not None:
            person = q.get_person(conn, ctx.user_id, r.person_id)
        due = r.snoozed_until if r.snoozed_until and r.snoozed_until > r.due else r.due
        items.append(
            AgendaItem(
                id=r.id,
                kind=r.kind,
                application_id=r.application_id,
                person=PersonRef(person.name, person.email) if person else None,
                due=due.astimezone(tz),
                done=r.done_at is not None,
                title=r.title,
                key=r.key,
            )
        )
    return items


def open_actions(ctx: Context, now: datetime | None = None) -> list[AgendaItem]:
    """Every open action (not done, dismissed or obsolete), re-derived first, by due."""
    when = ensure_aware(now) if now is not None else ctx.clock()
    tz = settings.timezone(ctx)
    items = _synced(
        ctx,
        when,
        tz,
        lambda conn, synced: _items(
            ctx, conn, [r for r in synced.rows if r.is_open], synced.people, tz
        ),
    )
    return sorted(items, key=lambda i: (i.due, i.id))


def _listed(row: pq.ActionRecord) -> bool:
    """Shown in the agenda: not dismissed, not obsolete (done ones show as done)."""
    return row.dismissed_at is None and row.obsolete_at is None
