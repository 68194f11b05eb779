"""Queries for `offerwatch check`: the database's own integrity, references that point
nowhere or to another user's rows, and stored facts that disagree with each other. Each
finding says what is wrong and what the repair does; `repair` applies the repairs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta

from sqlalchemy import Connection, Table, delete, func, insert, select, update

from offerwatch.core.entities import CLOSED_STATUSES
from offerwatch.store import tables as t


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem: what, where, and the repair (None when it cannot be repaired here)."""

    kind: str
    table: str
    ids: tuple[int, ...]
    message: str
    repair: str | None
    _apply: Callable[[Connection], None] | None = field(default=None, compare=False, repr=False)

    def apply(self, conn: Connection) -> None:
        """Carry out the repair (in the caller's transaction)."""
        if self._apply is not None:
            self._apply(conn)


def integrity(conn: Connection) -> list[Finding]:
    """SQLite's integrity_check and foreign_key_check (PostgreSQL enforces both itself)."""
    if conn.dialect.name != "sqlite":
        return []
    found: list[Finding] = []
    verdicts = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
    if verdicts != ["ok"]:
        found.append(
            Finding(
                "integrity",
                "*",
                (),
                "; ".join(verdicts[:5]),
                "restore a backup (offerwatch backup) or export and import",
            )
        )
    for table, rowid, parent, fkid in conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall():
        columns = {r[0]: r[3] for r in conn.exec_driver_sql(f"PRAGMA foreign_key_list('{table}')")}
        column = columns.get(fkid, "?")
        nullable = t.metadata.tables[table].c[column].nullable if column != "?" else False
        found.append(
            Finding(
                "foreign_key",
                table,
                (int(rowid),),
                f"{table} row {rowid}: {column} names a row of {parent} that does not exist",
                f"clear {column}" if nullable else f"delete the {table} row",
                _fk_repair(table, int(rowid), column, bool(nullable)),
            )
        )
    return found


def _fk_repair(table: str, rowid: int, column: str, nullable: bool) -> Callable[[Connection], None]:
    def apply(conn: Connection) -> None:
        if nullable:
            conn.exec_driver_sql(
                f'UPDATE "{table}" SET "{column}" = NULL WHERE rowid = ?', (rowid,)
            )
        else:
            conn.exec_driver_sql(f'DELETE FROM "{table}" WHERE rowid = ?', (rowid,))

    return apply


def _update(table: Table, ids: tuple[int, ...], **values: object) -> Callable[[Connection], None]:
    def apply(conn: Connection) -> None:
        conn.execute(update(table).where(table.c.id.in_(ids)).values(**values))

    return apply


def _insert(table: Table, **values: object) -> Callable[[Connection], None]:
    def apply(conn: Connection) -> None:
        conn.execute(insert(table).values(**values))

    return apply


def _delete(table: Table, ids: tuple[int, ...]) -> Callable[[Connection], None]:
    def apply(conn: Connection) -> None:
        conn.execute(delete(table).where(table.c.id.in_(ids)))

    return apply


def orphans(conn: Connection, user_id: int) -> list[Finding]:
    """Rows of the user that point at another user's rows or at an unrelated row."""
    a, c, m, o, i = t.applications, t.companies, t.messages, t.observations, t.interviews
    found: list[Finding] = []
    foreign_mail = (
        conn.execute(
            select(m.c.id)
            .join(a, a.c.id == m.c.application_id)
            .where(m.c.user_id == user_id, a.c.user_id != user_id)
        )
        .scalars()
        .all()
    )
    if foreign_mail:
        ids = tuple(foreign_mail)
        found.append(
            Finding(
                "orphan",
                "messages",
                ids,
                f"{len(ids)} message(s) filed under another user's application",
                "send them back to review",
                _update(m, ids, application_id=None, review="pending"),
            )
        )
    wrong_interview = (
        conn.execute(
            select(o.c.id)
            .join(i, i.c.id == o.c.interview_id)
            .where(o.c.user_id == user_id, i.c.application_id != o.c.application_id)
        )
        .scalars()
        .all()
    )
    if wrong_interview:
        ids = tuple(wrong_interview)
        found.append(
            Finding(
                "orphan",
                "observations",
                ids,
                f"{len(ids)} sign(s) tied to an interview of another application",
                "untie them from that interview",
                _update(o, ids, interview_id=None),
            )
        )
    foreign_company = (
        conn.execute(
            select(a.c.id)
            .join(c, c.c.id == a.c.company_id)
            .where(a.c.user_id == user_id, c.c.user_id != user_id)
        )
        .scalars()
        .all()
    )
    if foreign_company:
        found.append(
            Finding(
                "orphan",
                "applications",
                tuple(foreign_company),
                "application(s) whose company is another user's",
                None,
            )
        )
    used = (
        select(a.c.company_id)
        .where(a.c.user_id == user_id)
        .union(
            select(t.people.c.company_id).where(
                t.people.c.user_id == user_id, t.people.c.company_id.is_not(None)
            )
        )
    )
    unused = (
        conn.execute(select(c.c.id).where(c.c.user_id == user_id, c.c.id.not_in(used)))
        .scalars()
        .all()
    )
    if unused:
        ids = tuple(unused)
        found.append(
            Finding(
                "orphan",
                "companies",
                ids,
                f"{len(ids)} company(ies) no application or person names",
                "delete them",
                _delete(c, ids),
            )
        )
    return found


def disagreements(conn: Connection, user_id: int) -> list[Finding]:
    """Stored facts that disagree: a status its history does not end at, open actions of
    closed applications (a plan that no longer fits the facts)."""
    a, s, act = t.applications, t.status_changes, t.actions
    found: list[Finding] = []
    last = (
        select(s.c.application_id, func.max(s.c.id).label("last_id"))
        .where(s.c.user_id == user_id)
        .group_by(s.c.application_id)
        .subquery()
    )
    rows = conn.execute(
        select(a.c.id, a.c.status, a.c.updated_at, s.c.status.label("history"))
        .select_from(
            a.outerjoin(last, last.c.application_id == a.c.id).outerjoin(
                s, s.c.id == last.c.last_id
            )
        )
        .where(a.c.user_id == user_id, (s.c.status.is_(None)) | (s.c.status != a.c.status))
    ).all()
    for row in rows:
        app_id, status, at = int(row.id), str(row.status), row.updated_at
        said = f"ends at {row.history!r}" if row.history else "is empty"
        found.append(
            Finding(
                "history",
                "applications",
                (app_id,),
                f"application {app_id} is {status!r} but its status history {said}",
                f"record {status!r} in its history",
                _insert(s, user_id=user_id, application_id=app_id, status=status, changed_at=at),
            )
        )
    found += _interviews_before_applying(conn, user_id)
    closed = [st.value for st in CLOSED_STATUSES]
    stale = (
        conn.execute(
            select(act.c.id)
            .join(a, a.c.id == act.c.application_id)
            .where(
                act.c.user_id == user_id,
                a.c.status.in_(closed),
                act.c.done_at.is_(None),
                act.c.dismissed_at.is_(None),
                act.c.obsolete_at.is_(None),
            )
        )
        .scalars()
        .all()
    )
    if stale:
        ids = tuple(stale)
        found.append(
            Finding(
                "plan",
                "actions",
                ids,
                f"{len(ids)} open action(s) for closed applications",
                "derive the plan again",
                _replan(user_id),
            )
        )
    return found


def _interviews_before_applying(conn: Connection, user_id: int) -> list[Finding]:
    """Applications whose first interview is dated before the day they were applied for:
    one of the dates is likely a typo (it moves the odds and the plan), and only the user
    knows which, so there is no repair."""
    a, i, c = t.applications, t.interviews, t.companies
    first = func.min(i.c.scheduled_start).label("first")
    rows = conn.execute(
        select(a.c.id, c.c.name.label("company"), a.c.applied_on, first)
        .join(i, i.c.application_id == a.c.id)
        .join(c, c.c.id == a.c.company_id)
        .where(a.c.user_id == user_id, a.c.applied_on.is_not(None))
        .group_by(a.c.id, c.c.name, a.c.applied_on)
        .order_by(a.c.id)
    ).all()
    found = []
    for row in rows:
        # A day's slack: the interview is stored in UTC, the applied date is the user's own day.
        if row.first is not None and row.first.date() < row.applied_on - timedelta(days=1):
            found.append(
                Finding(
                    "dates",
                    "applications",
                    (int(row.id),),
                    f"application {row.id} ({row.company}): applied on {row.applied_on}, after "
                    f"its first interview on {row.first.date()}; one of the dates may be wrong",
                    None,
                )
            )
    return found


def _replan(user_id: int) -> Callable[[Connection], None]:
    def apply(conn: Connection) -> None:
        ps = t.plan_stamps
        conn.execute(update(ps).where(ps.c.user_id == user_id).values(synced_version=-1))

    return apply
