"""The trash: deleted records moved out of the live tables as JSON rows, and put back.

A deletion takes the record and every row that hangs from it (an application's interviews,
signs, actions, people links...) out of the live tables into one `trash` row, so that no
query elsewhere needs to know about deleted records. Restoring inserts the same rows back
with the same ids. See docs/trash.md for what each kind takes with it.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, Date, Table, delete, insert, select, update
from sqlalchemy.sql.elements import ColumnElement

from offerwatch.core.trash import TrashKind
from offerwatch.store import tables as t
from offerwatch.store.coltypes import UTCDateTime

# Parents before children: the order rows are inserted back (deleted in reverse).
ORDER: tuple[Table, ...] = (
    t.applications, t.people, t.goals, t.status_changes, t.application_people, t.interviews,
    t.interview_people, t.observations, t.actions, t.goal_logs,
)  # fmt: skip
_BY_NAME = {table.name: table for table in ORDER}
# Columns that point at another record, and the table they point at.
_POINTS_AT = {"application_id": t.applications, "person_id": t.people,
              "interview_id": t.interviews, "goal_id": t.goals,
              "message_id": t.messages}  # fmt: skip
# The table holding each kind's own record.
RECORD_TABLE: dict[TrashKind, Table] = {
    TrashKind.APPLICATION: t.applications,
    TrashKind.PERSON: t.people,
    TrashKind.INTERVIEW: t.interviews,
    TrashKind.SIGNAL: t.observations,
    TrashKind.GOAL: t.goals,
}


class MissingParent(LookupError):
    """The record hangs from one that is not there (itself in the trash): restore that first."""

    def __init__(self, table: str, ident: int) -> None:
        super().__init__(table, ident)
        self.table = table
        self.ident = ident


@dataclass(frozen=True, slots=True)
class Snapshot:
    """The rows a deletion takes, per table, and the rows it only unlinks."""

    rows: dict[str, list[dict[str, Any]]]
    # Rows left in place whose pointer is cleared, as (row id, the id it pointed at), e.g.
    # messages of a deleted application: {"messages.application_id": [[7, 3]]}. Restore
    # points them back once what they pointed at is there again.
    unlinked: dict[str, list[list[int]]]


def _select(conn: Connection, table: Table, *where: ColumnElement[bool]) -> list[dict[str, Any]]:
    return [dict(r._mapping) for r in conn.execute(select(table).where(*where))]


def _ids(rows: Sequence[dict[str, Any]]) -> list[int]:
    return [int(r["id"]) for r in rows]


def take(conn: Connection, user_id: int, kind: TrashKind, ident: int) -> Snapshot:
    """The rows deleting record `ident` of `kind` takes with it (nothing is changed)."""
    rows: dict[str, list[dict[str, Any]]] = {}
    unlinked: dict[str, list[list[int]]] = {}
    own = RECORD_TABLE[kind]
    rows[own.name] = _select(conn, own, own.c.id == ident, own.c.user_id == user_id)
    if not rows[own.name]:
        return Snapshot({}, {})
    i, o, a = t.interviews, t.observations, t.actions
    if kind is TrashKind.APPLICATION:
        rows["status_changes"] = _select(conn, t.status_changes,
                                         t.status_changes.c.application_id == ident)  # fmt: skip
        ap = t.application_people
        rows["application_people"] = _select(conn, ap, ap.c.application_id == ident)
        rows["interviews"] = _select(conn, i, i.c.application_id == ident)
        iids = _ids(rows["interviews"])
        ip = t.interview_people
        rows["interview_people"] = _select(conn, ip, ip.c.interview_id.in_(iids))
        rows["observations"] = _select(conn, o, o.c.application_id == ident)
        of_app = (a.c.application_id == ident) | a.c.interview_id.in_(iids)
        rows["actions"] = _select(conn, a, of_app)
        m = t.messages
        unlinked["messages.application_id"] = [
            [int(i), ident]
            for i in conn.execute(select(m.c.id).where(m.c.application_id == ident)).scalars()
        ]
    elif kind is TrashKind.PERSON:
        ap, ip = t.application_people, t.interview_people
        rows["application_people"] = _select(conn, ap, ap.c.person_id == ident)
        rows["interview_people"] = _select(conn, ip, ip.c.person_id == ident)
        unlinked["actions.person_id"] = [
            [int(i), ident]
            for i in conn.execute(select(a.c.id).where(a.c.person_id == ident)).scalars()
        ]
    elif kind is TrashKind.INTERVIEW:
        ip = t.interview_people
        rows["interview_people"] = _select(conn, ip, ip.c.interview_id == ident)
        rows["observations"] = _select(conn, o, o.c.interview_id == ident)
        rows["actions"] = _select(conn, a, a.c.interview_id == ident)
    elif kind is TrashKind.GOAL:
        gl = t.goal_logs
        rows["goal_logs"] = _select(conn, gl, gl.c.goal_id == ident)
    return Snapshot({k: v for k, v in rows.items() if v}, unlinked)


def remove(conn: Connection, snapshot: Snapshot) -> None:
    """Delete the snapshot's rows from the live tables (children first) and clear the
    pointers it unlinks."""
    for field_name, pairs in snapshot.unlinked.items():
        table_name, column = field_name.split(".")
        table = t.metadata.tables[table_name]
        if pairs:
            ids = [row_id for row_id, _ in pairs]
            conn.execute(update(table).where(table.c.id.in_(ids)).values({column: None}))
    for table in reversed(ORDER):
        found = snapshot.rows.get(table.name)
        if not found:
            continue
        if "id" in table.c:
            conn.execute(delete(table).where(table.c.id.in_(_ids(found))))
        else:  # the link tables: two-column keys
            keys = [c.name for c in table.primary_key.columns]
            for row in found:
                conn.execute(delete(table).where(*[table.c[k] == row[k] for k in keys]))


def _to_json(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _from_json(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in row.items():
        if name not in table.c:
            continue  # a column dropped since the deletion
        kind = table.c[name].type
        if value is not None and isinstance(kind, UTCDateTime):
            value = datetime.fromisoformat(value)
        elif value is not None and isinstance(kind, Date):
            value = date.fromisoformat(value)
        out[name] = value
    return out


def dump(snapshot: Snapshot) -> str:
    """The snapshot as the `trash.payload` text."""
    rows = {name: [{k: _to_json(v) for k, v in r.items()} for r in found]
            for name, found in snapshot.rows.items()}  # fmt: skip
    return json.dumps({"rows": rows, "unlinked": snapshot.unlinked}, sort_keys=True)


def load(payload: str) -> Snapshot:
    data = json.loads(payload)
    rows = {name: [_from_json(_BY_NAME[name], r) for r in found]
            for name, found in data.get("rows", {}).items() if name in _BY_NAME}  # fmt: skip
    unlinked = {k: [[int(i), int(j)] for i, j in v] for k, v in data.get("unlinked", {}).items()}
    return Snapshot(rows, unlinked)


def _exists(conn: Connection, table: Table, ident: int) -> bool:
    return conn.execute(select(table.c.id).where(table.c.id == ident)).first() is not None


def put_back(conn: Connection, user_id: int, snapshot: Snapshot, own: Table) -> int:
    """Insert the snapshot's rows again and return the record's id.

    Rows keep their ids, unless a newer row took one (SQLite reuses the highest id): then
    the row gets a new id and what points at it follows; an action pointing at a moved row
    is left out (its key names the old id; the planner derives it again). A link row, or a
    nullable pointer, to something deleted since is handed to that thing's trash entry, so
    that restoring it later brings the link back; the record's own row needs its parent
    (MissingParent otherwise)."""
    moved: dict[str, dict[int, int]] = {}
    record_id = int(snapshot.rows[own.name][0]["id"])
    for table in ORDER:
        for row in snapshot.rows.get(table.name, []):
            values, cleared = _pointing_at_live(conn, table, dict(row), moved, own)
            if values is None:
                if "id" not in table.c:
                    _hand_over_link(conn, user_id, table, row)
                continue
            if table is t.actions:
                a = t.actions
                taken = conn.execute(
                    select(a.c.id).where(a.c.user_id == user_id, a.c.key == values["key"])
                ).first()
                if taken is not None:
                    continue  # derived again meanwhile: the plan keeps the newer one
            if "id" in table.c and _exists(conn, table, int(values["id"])):
                old = int(values.pop("id"))
                new = conn.execute(insert(table).values(values).returning(table.c.id)).scalar_one()
                moved.setdefault(table.name, {})[old] = int(new)
                values["id"] = int(new)
            else:
                conn.execute(insert(table).values(values))
            for column, target, ident in cleared:
                pair = [int(values["id"]), ident]
                _hand_over_pointer(conn, user_id, f"{table.name}.{column}", pair, target)
    record_id = moved.get(own.name, {}).get(record_id, record_id)
    for field_name, pairs in snapshot.unlinked.items():
        table_name, column = field_name.split(".")
        table, target = t.metadata.tables[table_name], _POINTS_AT[column]
        for row_id, pointed in pairs:
            pointed = moved.get(target.name, {}).get(pointed, pointed)
            if _exists(conn, target, pointed):
                conn.execute(
                    update(table)
                    .where(
                        table.c.id == row_id,
                        table.c.user_id == user_id,
                        table.c[column].is_(None),
                    )
                    .values({column: pointed})
                )
                _point_in_trash(conn, user_id, table_name, column, row_id, pointed)
            else:
                _hand_over_pointer(conn, user_id, field_name, [row_id, pointed], target)
    return record_id


def _entries(conn: Connection, user_id: int) -> list[tuple[int, dict[str, Any]]]:
    tr = t.trash
    rows = conn.execute(select(tr.c.id, tr.c.payload).where(tr.c.user_id == user_id))
    return [(int(r.id), json.loads(r.payload)) for r in rows]


def _save(conn: Connection, entry_id: int, data: dict[str, Any]) -> None:
    payload = json.dumps(data, sort_keys=True)
    conn.execute(update(t.trash).where(t.trash.c.id == entry_id).values(payload=payload))


def _hand_over_link(conn: Connection, user_id: int, table: Table, row: dict[str, Any]) -> None:
    """A link row whose other end is in another trash entry goes into that entry, so that
    restoring the other end later brings the link back too."""
    for column, target in _POINTS_AT.items():
        ident = row.get(column)
        if column not in table.c or ident is None or _exists(conn, target, ident):
            continue
        for entry_id, data in _entries(conn, user_id):
            held = data.get("rows", {}).get(target.name, [])
            if any(r.get("id") == ident for r in held):
                links = data["rows"].setdefault(table.name, [])
                link = {k: _to_json(v) for k, v in row.items()}
                if link not in links:
                    links.append(link)
                    _save(conn, entry_id, data)
                return


def _point_in_trash(
    conn: Connection, user_id: int, table_name: str, column: str, row_id: int, target: int
) -> None:
    """A row the deletion unlinked that is itself in the trash now points at the restored
    record there, for when it comes back."""
    for entry_id, data in _entries(conn, user_id):
        for row in data.get("rows", {}).get(table_name, []):
            if row.get("id") == row_id and row.get(column) is None:
                row[column] = target
                _save(conn, entry_id, data)
                return


def _hand_over_pointer(
    conn: Connection, user_id: int, field_name: str, pair: list[int], target: Table
) -> None:
    """A pointer cleared because its target is in the trash: the target's entry keeps it,
    to point it back when the target is restored."""
    for entry_id, data in _entries(conn, user_id):
        held = data.get("rows", {}).get(target.name, [])
        if any(r.get("id") == pair[1] for r in held):
            pairs = data.setdefault("unlinked", {}).setdefault(field_name, [])
            if pair not in pairs:
                pairs.append(pair)
                _save(conn, entry_id, data)
            return


def _pointing_at_live(
    conn: Connection,
    table: Table,
    values: dict[str, Any],
    moved: dict[str, dict[int, int]],
    own: Table,
) -> tuple[dict[str, Any] | None, list[tuple[str, Table, int]]]:
    """The row with its pointers following moved rows and cleared where their target is
    gone (returned as (column, table, id) too); None when the row cannot come back (a link
    or an action to something gone)."""
    cleared: list[tuple[str, Table, int]] = []
    for column, target in _POINTS_AT.items():
        ident = values.get(column)
        if column not in table.c or ident is None:
            continue
        if ident in moved.get(target.name, {}):
            if table is t.actions:
                return None, []
            values[column] = moved[target.name][ident]
        elif not _exists(conn, target, ident):
            nullable = table.c[column].nullable and not table.c[column].primary_key
            if table is own and not nullable:
                raise MissingParent(target.name, int(ident))
            if not nullable:
                return None, []
            values[column] = None
            cleared.append((column, target, int(ident)))
    return values, cleared
