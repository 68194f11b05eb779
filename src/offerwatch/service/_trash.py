"""Delete into the trash and restore from it (docs/trash.md), one transaction each."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from sqlalchemy import Connection, select

from offerwatch.core.timeutil import ensure_aware
from offerwatch.core.trash import TrashItem, TrashKind, parse_kind
from offerwatch.errors import BadInput, NotFound
from offerwatch.service._base import WorkspaceBase
from offerwatch.service._tracking import check_version
from offerwatch.store import tables as t
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


class TrashMixin(WorkspaceBase):
    """Delete any record with what hangs from it, list the trash, restore."""

    def delete(
        self, kind: str | TrashKind, record_id: int, *, expected_version: int | None = None
    ) -> TrashItem:
        """Move a record (application, person, interview, signal, goal) and everything that
        hangs from it to the trash; returns the trash entry. With `expected_version`,
        StaleVersion when the record changed since."""
        what = _kind(kind)
        table = tr.RECORD_TABLE[what]
        now = self.clock()
        with self.write() as conn:
            te.purge(conn, self.user_id, now)
            current = te.version_of(conn, self.user_id, table, record_id)
            if current is None:
                raise NotFound(what.value, record_id)
            check_version(what.value, record_id, current, expected_version)
            snapshot = tr.take(conn, self.user_id, what, record_id)
            label = self._label(conn, what, record_id)
            tr.remove(conn, snapshot)
            item_id = te.insert_item(conn, self.user_id, kind=what, record_id=record_id,
                                     label=label, now=now, payload=tr.dump(snapshot))  # fmt: skip
            found = te.find(conn, self.user_id, what, record_id, now)
        assert found is not None and found[0].id == item_id
        return found[0]

    def restore(self, kind: str | TrashKind, record_id: int) -> TrashItem:
        """Bring a deleted record back with exactly what was deleted with it; returns the
        trash entry, its `record_id` the id the record has now (the same one, unless a
        newer record took it). NotFound when it is not in the trash (or purged)."""
        what = _kind(kind)
        now = self.clock()
        with self.write() as conn:
            te.purge(conn, self.user_id, now)
            found = te.find(conn, self.user_id, what, record_id, now)
            if found is None:
                raise NotFound(f"{what.value} in the trash", record_id)
            item, snapshot = found
            try:
                new_id = tr.put_back(conn, self.user_id, snapshot, tr.RECORD_TABLE[what])
            except tr.MissingParent as exc:
                parent = _WHAT.get(exc.table, exc.table)
                raise BadInput(
                    f"{what.value} {record_id} belongs to {parent} {exc.ident}, which is "
                    f"deleted: restore {parent} {exc.ident} first"
                ) from None
            te.drop_item(conn, item.id)
        return replace(item, record_id=new_id)

    def trash(self, now: datetime | None = None) -> list[TrashItem]:
        """What can still be restored, the latest deletion first."""
        when = ensure_aware(now) if now is not None else self.clock()
        with self.read() as conn:
            return te.items(conn, self.user_id, when)

    def purge_trash(self, now: datetime | None = None) -> int:
        """Forget deletions older than the keeping time; returns how many."""
        when = ensure_aware(now) if now is not None else self.clock()
        with self.write(derived=True) as conn:
            return te.purge(conn, self.user_id, when)

    # Named forms, for the shells ----------------------------------------------------------

    def delete_application(self, app_id: int, *, expected_version: int | None = None) -> TrashItem:
        return self.delete(TrashKind.APPLICATION, app_id, expected_version=expected_version)

    def delete_person(self, person_id: int, *, expected_version: int | None = None) -> TrashItem:
        return self.delete(TrashKind.PERSON, person_id, expected_version=expected_version)

    def delete_interview(
        self, interview_id: int, *, expected_version: int | None = None
    ) -> TrashItem:
        return self.delete(TrashKind.INTERVIEW, interview_id, expected_version=expected_version)

    def delete_signal(self, obs_id: int, *, expected_version: int | None = None) -> TrashItem:
        return self.delete(TrashKind.SIGNAL, obs_id, expected_version=expected_version)

    def delete_goal(self, goal_id: int, *, expected_version: int | None = None) -> TrashItem:
        return self.delete(TrashKind.GOAL, goal_id, expected_version=expected_version)

    def _label(self, conn: Connection, kind: TrashKind, ident: int) -> str:
        """What the trash list shows for the record, e.g. "Kite Labs: Backend Engineer"."""
        a, c, p, i, o, g = (t.applications, t.companies, t.people, t.interviews,
                            t.observations, t.goals)  # fmt: skip
        if kind is TrashKind.APPLICATION:
            row = conn.execute(select(c.c.name, a.c.role).join(c, c.c.id == a.c.company_id)
                               .where(a.c.id == ident)).one()  # fmt: skip
            return f"{row.name}: {row.role}"
        if kind is TrashKind.PERSON:
            person = conn.execute(select(p.c.name, p.c.email).where(p.c.id == ident)).one()
            return f"{person.name} <{person.email}>" if person.email else str(person.name)
        if kind is TrashKind.INTERVIEW:
            row = conn.execute(
                select(i.c.stage, i.c.scheduled_start, c.c.name)
                .join(a, a.c.id == i.c.application_id).join(c, c.c.id == a.c.company_id)
                .where(i.c.id == ident)
            ).one()  # fmt: skip
            stage = str(row.stage).replace("_", " ")
            return f"{stage} at {row.name}, {row.scheduled_start:%Y-%m-%d}"
        if kind is TrashKind.SIGNAL:
            row = conn.execute(
                select(o.c.kind, c.c.name, a.c.role)
                .join(a, a.c.id == o.c.application_id).join(c, c.c.id == a.c.company_id)
                .where(o.c.id == ident)
            ).one()  # fmt: skip
            return f"{str(row.kind).replace('_', ' ')} ({row.name}: {row.role})"
        goal = conn.execute(select(g.c.title, g.c.kind).where(g.c.id == ident)).one()
        return f"{goal.kind} goal: {goal.title}"
