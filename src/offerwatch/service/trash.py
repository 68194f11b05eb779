"""Delete into the trash and restore from it (docs/trash.md), one transaction each."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from offerwatch.core.timeutil import ensure_aware
from offerwatch.core.trash import TrashItem, TrashKind, parse_kind
from offerwatch.errors import BadInput, NotFound
from offerwatch.service.context import Context
from offerwatch.service.validate import check_version
from offerwatch.store import trash as tr
from offerwatch.store import trash_entries as te

# What the messages call each kind's table, for "restore the application first".
_WHAT = {"applications": "application", "people": "person", "interviews": "interview",
         "goals": "goal", "messages": "message", "observations": "signal"}  # fmt: skip


def _kind(kind: str | TrashKind) -> TrashKind:
    try:
        return parse_kind(str(kind))
    except ValueError as exc:
        raise BadInput(str(exc)) from None


def delete(
    ctx: Context, kind: str | TrashKind, record_id: int, *, expected_version: int | None = None
) -> TrashItem:
    """Move a record (application, person, interview, signal, goal) and everything that
    hangs from it to the trash; returns the trash entry. With `expected_version`,
    StaleVersion when the record changed since."""
    what = _kind(kind)
    table = tr.RECORD_TABLE[what]
    now = ctx.clock()
    with ctx.write() as conn:
        te.purge(conn, ctx.user_id, now)
        current = te.version_of(conn, ctx.user_id, table, record_id)
        if current is None:
            raise NotFound(what.value, record_id)
        check_version(what.value, record_id, current, expected_version)
        snapshot = tr.take(conn, ctx.user_id, what, record_id)
        label = te.label(conn, what, record_id)
        tr.remove(conn, snapshot)
        item_id = te.insert_item(conn, ctx.user_id, kind=what, record_id=record_id,
                                 label=label, now=now, payload=tr.dump(snapshot))  # fmt: skip
        found = te.find(conn, ctx.user_id, what, record_id, now)
    assert found is not None and found[0].id == item_id
    return found[0]


def restore(ctx: Context, kind: str | TrashKind, record_id: int) -> TrashItem:
    """Bring a deleted record back with exactly what was deleted with it; returns the
    trash entry, its `record_id` the id the record has now (the same one, unless a
    newer record took it). NotFound when it is not in the trash (or purged)."""
    what = _kind(kind)
    now = ctx.clock()
    with ctx.write() as conn:
        te.purge(conn, ctx.user_id, now)
        found = te.find(conn, ctx.user_id, what, record_id, now)
        if found is None:
            raise NotFound(f"{what.value} in the trash", record_id)
        item, snapshot = found
        try:
            new_id = tr.put_back(conn, ctx.user_id, snapshot, tr.RECORD_TABLE[what])
        except tr.MissingParent as exc:
            parent = _WHAT.get(exc.table, exc.table)
            raise BadInput(
                f"{what.value} {record_id} belongs to {parent} {exc.ident}, which is "
                f"deleted: restore {parent} {exc.ident} first"
            ) from None
        te.drop_item(conn, item.id)
    return replace(item, record_id=new_id)


def trash(ctx: Context, now: datetime | None = None) -> list[TrashItem]:
    """What can still be restored, the latest deletion first."""
    when = ensure_aware(now) if now is not None else ctx.clock()
    with ctx.read() as conn:
        return te.items(conn, ctx.user_id, when)


def purge_trash(ctx: Context, now: datetime | None = None) -> int:
    """Forget deletions older than the keeping time; returns how many."""
    when = ensure_aware(now) if now is not None else ctx.clock()
    with ctx.write(derived=True) as conn:
        return te.purge(conn, ctx.user_id, when)


def delete_application(
    ctx: Context, app_id: int, *, expected_version: int | None = None
) -> TrashItem:
    """Move an application (and what hangs from it) to the trash."""
    return delete(ctx, TrashKind.APPLICATION, app_id, expected_version=expected_version)


def delete_person(
    ctx: Context, person_id: int, *, expected_version: int | None = None
) -> TrashItem:
    """Move a person (and what hangs from it) to the trash."""
    return delete(ctx, TrashKind.PERSON, person_id, expected_version=expected_version)


def delete_interview(
    ctx: Context, interview_id: int, *, expected_version: int | None = None
) -> TrashItem:
    """Move an interview (and what hangs from it) to the trash."""
    return delete(ctx, TrashKind.INTERVIEW, interview_id, expected_version=expected_version)


def delete_signal(ctx: Context, obs_id: int, *, expected_version: int | None = None) -> TrashItem:
    """Move a sign (and what hangs from it) to the trash."""
    return delete(ctx, TrashKind.SIGNAL, obs_id, expected_version=expected_version)


def delete_goal(ctx: Context, goal_id: int, *, expected_version: int | None = None) -> TrashItem:
    """Move a goal (and what hangs from it) to the trash."""
    return delete(ctx, TrashKind.GOAL, goal_id, expected_version=expected_version)
