"""Queries for the export: every row of one user, table by table, and the same rows
written back (with new ids) into another database."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, Date, Table, delete, func, insert, select
from sqlalchemy.exc import DBAPIError

from offerwatch.core.export_map import IdMaps, Row, parse_values, remap_action_key
from offerwatch.errors import BadInput
from offerwatch.store import tables as t
from offerwatch.store.coltypes import UTCDateTime
from offerwatch.store.invitations import without_applied

# What an export holds, parents before children. Not exported: the account itself
# (users), plan_stamps, a cache the planner rebuilds, and the reminder channels with their
# sent log (their passwords live outside the database: a channel is added again).
TABLES: tuple[Table, ...] = (
    t.companies, t.applications, t.status_changes, t.people, t.application_people,
    t.interviews, t.interview_people, t.messages, t.observations, t.actions, t.goals,
    t.goal_logs, t.settings, t.mail_sync, t.import_keys,
)  # fmt: skip
# The key under which an imported export itself is remembered (not exported again).
EXPORT_SOURCE = "export"
# Association tables without a user_id: whose rows they are follows from this column.
_OWNER = {"application_people": t.applications, "interview_people": t.interviews}


def references() -> dict[str, dict[str, str]]:
    """table -> {column: referenced table}, from the schema (user_id left out)."""
    return {
        table.name: {
            fk.parent.name: fk.column.table.name
            for fk in table.foreign_keys
            if fk.parent.name != "user_id"
        }
        for table in TABLES
    }


def _columns(table: Table) -> list[str]:
    return [c.name for c in table.columns if c.name != "user_id"]


def dump(conn: Connection, user_id: int) -> dict[str, list[Row]]:
    """Every exported row of the user, in id order (keys: the column names)."""
    out: dict[str, list[Row]] = {}
    for table in TABLES:
        cols = [table.c[name] for name in _columns(table)]
        query = select(*cols)
        if table.name in _OWNER:
            owner = _OWNER[table.name]
            link = next(fk for fk in table.foreign_keys if fk.column.table is owner)
            query = query.join(owner, owner.c.id == link.parent).where(owner.c.user_id == user_id)
        else:
            query = query.where(table.c.user_id == user_id)
        if table is t.import_keys:
            query = query.where(table.c.source != EXPORT_SOURCE)
        order = [table.c.id] if "id" in table.c else [c for c in cols]
        out[table.name] = [dict(r._mapping) for r in conn.execute(query.order_by(*order))]
    return out


def holds_data(conn: Connection, user_id: int) -> int:
    """How many applications, messages and goals the user has (0 for an empty workspace)."""
    return sum(
        conn.execute(
            select(func.count()).select_from(table).where(table.c.user_id == user_id)
        ).scalar_one()
        for table in (t.applications, t.messages, t.goals, t.people)
    )


def _parsers(table: Table) -> dict[str, Any]:
    parsers: dict[str, Any] = {}
    for column in table.columns:
        if isinstance(column.type, UTCDateTime):
            parsers[column.name] = _aware
        elif isinstance(column.type, Date):
            parsers[column.name] = date.fromisoformat
    return parsers


def _aware(value: str) -> datetime:
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        raise ValueError(f"a time without its UTC offset: {value!r}")
    return parsed


def load(conn: Connection, user_id: int, document: Mapping[str, Any]) -> dict[str, int]:
    """Write the document's rows as the user's, with new ids; returns rows per table.

    BadInput (the caller's transaction then rolls back) for an unknown table or column, a
    reference to a row the document does not hold, or a row the database refuses."""
    known = {table.name: table for table in TABLES}
    unknown = set(document) - set(known) - {"format", "version"}
    if unknown:
        raise BadInput(f"broken export: unknown part(s) {', '.join(sorted(unknown))}")
    refs = references()
    ids: IdMaps = {}
    counts: dict[str, int] = {}
    for table in TABLES:
        rows: Sequence[Row] = document.get(table.name, [])
        allowed = set(_columns(table))
        parsed = parse_values(rows, _parsers(table))
        ids[table.name] = {}
        for n, row in enumerate(parsed, start=1):
            extra = set(row) - allowed
            if extra:
                raise BadInput(f"broken export: {table.name} row {n}: unknown {sorted(extra)}")
            values = {k: v for k, v in row.items() if k != "id"}
            for column, target in refs[table.name].items():
                if values.get(column) is None:
                    continue
                try:
                    values[column] = ids[target][int(values[column])]
                except (KeyError, ValueError, TypeError):
                    raise BadInput(
                        f"broken export: {table.name} row {n}: {column} {values[column]!r} "
                        f"names no row of {target}"
                    ) from None
            if table is t.actions and isinstance(values.get("key"), str):
                values["key"] = remap_action_key(values["key"], ids)
            if table is t.messages and isinstance(values.get("invitations"), str):
                # What an invitation did names interviews of the other database: dropped
                # (sending such a message back to review leaves its interview as it is).
                values["invitations"] = without_applied(values["invitations"])
            if table.name not in _OWNER:
                values["user_id"] = user_id
            if table is t.settings:  # the file's value replaces one set on first open
                conn.execute(
                    delete(table).where(
                        table.c.user_id == user_id, table.c.key == values.get("key")
                    )
                )
            try:
                if "id" in table.c:
                    new_id = conn.execute(
                        insert(table).values(**values).returning(table.c.id)
                    ).scalar_one()
                    if "id" in row:
                        ids[table.name][int(row["id"])] = int(new_id)
                else:
                    conn.execute(insert(table).values(**values))
            except DBAPIError as exc:
                reason = str(getattr(exc, "orig", exc)).strip().splitlines()[0]
                raise BadInput(f"broken export: {table.name} row {n}: {reason}") from None
        counts[table.name] = len(parsed)
    return counts
