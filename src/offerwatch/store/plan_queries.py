"""Queries for the planner: stored actions, goals and their logs, settings, messages."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row, bindparam, delete, insert, select, update

from offerwatch.core.entities import Message, Person
from offerwatch.core.goals import Goal, GoalKind, GoalLog
from offerwatch.store import rows as row_to
from offerwatch.store import tables as t
from offerwatch.store.update_row import update_row


@dataclass(frozen=True, slots=True)
class ActionRecord:
    """A stored action with every mark the user or the facts put on it."""

    id: int
    key: str
    kind: str
    title: str
    due: datetime
    created_at: datetime
    application_id: int | None = None
    person_id: int | None = None
    interview_id: int | None = None
    done_at: datetime | None = None
    dismissed_at: datetime | None = None
    snoozed_until: datetime | None = None
    obsolete_at: datetime | None = None

    @property
    def is_open(self) -> bool:
        """Neither done, dismissed nor obsolete."""
        return self.done_at is None and self.dismissed_at is None and self.obsolete_at is None


# The columns of `actions` in the order of ActionRecord's fields.
_FIELDS = [
    t.actions.c[name]
    for name in ("id", "key", "kind", "title", "due", "created_at", "application_id",
                 "person_id", "interview_id", "done_at", "dismissed_at", "snoozed_until",
                 "obsolete_at")
]  # fmt: skip


def _action(row: Row[Any]) -> ActionRecord:
    """A row selected as `_FIELDS`."""
    return ActionRecord(*row)


def actions(conn: Connection, user_id: int) -> list[ActionRecord]:
    """All of the user's stored actions, obsolete ones included."""
    a = t.actions
    rows = conn.execute(select(*_FIELDS).where(a.c.user_id == user_id).order_by(a.c.due, a.c.id))
    return [ActionRecord(*r) for r in rows]


def get_action(conn: Connection, user_id: int, action_id: int) -> ActionRecord | None:
    a = t.actions
    row = conn.execute(select(*_FIELDS).where(a.c.user_id == user_id, a.c.id == action_id)).first()
    return _action(row) if row else None


def update_action(conn: Connection, user_id: int, action_id: int, **values: Any) -> None:
    a = t.actions
    conn.execute(update(a).where(a.c.user_id == user_id, a.c.id == action_id).values(**values))


def insert_actions(
    conn: Connection, user_id: int, rows: Sequence[Mapping[str, Any]]
) -> dict[str, int]:
    """Insert many actions in one statement; their ids by key."""
    if not rows:
        return {}
    a = t.actions
    found = conn.execute(
        insert(a).returning(a.c.id, a.c.key), [{"user_id": user_id, **row} for row in rows]
    )
    return {key: int(ident) for ident, key in found}


def update_actions(
    conn: Connection, user_id: int, changes: Sequence[tuple[int, Mapping[str, Any]]]
) -> None:
    """Apply (action id, {column: value}) changes: one executemany per set of columns, so
    that a column is written only where it changed."""
    a = t.actions
    by_columns: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for action_id, values in changes:
        params = {"_id": action_id, **{f"_{k}": v for k, v in values.items()}}
        by_columns.setdefault(tuple(sorted(values)), []).append(params)
    for columns, batch in by_columns.items():
        statement = (
            update(a)
            .where(a.c.user_id == user_id, a.c.id == bindparam("_id"))
            .values({name: bindparam(f"_{name}") for name in columns})
        )
        conn.execute(statement, batch)


def people_by_application(conn: Connection, user_id: int) -> dict[int, list[Person]]:
    """Each application's people, in the order they were recorded (one query)."""
    p, ap = t.people, t.application_people
    rows = conn.execute(
        select(ap.c.application_id, p)
        .join(p, p.c.id == ap.c.person_id)
        .where(p.c.user_id == user_id)
        .order_by(p.c.id)
    )
    found: dict[int, list[Person]] = {}
    for r in rows:
        found.setdefault(r.application_id, []).append(row_to.person(r))
    return found


def people_by_id(conn: Connection, user_id: int, ids: Iterable[int]) -> dict[int, Person]:
    """The user's people with the given ids (one query)."""
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    p = t.people
    rows = conn.execute(select(p).where(p.c.user_id == user_id, p.c.id.in_(wanted)))
    return {r.id: row_to.person(r) for r in rows}


def messages(conn: Connection, user_id: int) -> list[Message]:
    """The user's messages that are not dismissed as unrelated, oldest first, without their
    bodies (the planner reads only who, when and which way)."""
    m = t.messages
    columns = [c for c in m.c if c.name != "body"]
    rows = conn.execute(
        select(*columns)
        .where(m.c.user_id == user_id, m.c.review != "dismissed")
        .order_by(m.c.date, m.c.id)
    )
    return [row_to.message(r) for r in rows]


def insert_goal(
    conn: Connection,
    user_id: int,
    *,
    kind: GoalKind,
    title: str,
    weekly_minutes: int,
    now: datetime,
) -> int:
    return int(
        conn.execute(
            insert(t.goals)
            .values(
                user_id=user_id,
                kind=kind.value,
                title=title,
                weekly_minutes=weekly_minutes,
                created_at=now,
            )
            .returning(t.goals.c.id)
        ).scalar_one()
    )


def _goal(r: Row[Any]) -> Goal:
    return Goal(id=r.id, kind=GoalKind(r.kind), title=r.title, weekly_minutes=r.weekly_minutes,
                created_at=r.created_at, archived_at=r.archived_at, version=r.version)  # fmt: skip


def goals(conn: Connection, user_id: int) -> list[Goal]:
    g = t.goals
    rows = conn.execute(select(g).where(g.c.user_id == user_id).order_by(g.c.id))
    return [_goal(r) for r in rows]


def get_goal(conn: Connection, user_id: int, goal_id: int) -> Goal | None:
    """One goal, archived or not."""
    g = t.goals
    r = conn.execute(select(g).where(g.c.user_id == user_id, g.c.id == goal_id)).first()
    return None if r is None else _goal(r)


def update_goal(conn: Connection, user_id: int, goal_id: int, **values: Any) -> None:
    """Set a goal's columns (kind, title, weekly_minutes)."""
    update_row(conn, t.goals, user_id, goal_id, **values)


def insert_goal_log(
    conn: Connection, user_id: int, goal_id: int, *, at: datetime, minutes: int, note: str | None
) -> int:
    return int(
        conn.execute(
            insert(t.goal_logs)
            .values(user_id=user_id, goal_id=goal_id, logged_at=at, minutes=minutes, note=note)
            .returning(t.goal_logs.c.id)
        ).scalar_one()
    )


def goal_logs(conn: Connection, user_id: int, since: datetime) -> list[GoalLog]:
    """Logged time from `since` on."""
    gl = t.goal_logs
    rows = conn.execute(
        select(gl)
        .where(gl.c.user_id == user_id, gl.c.logged_at >= since)
        .order_by(gl.c.logged_at, gl.c.id)
    )
    return [GoalLog(r.goal_id, r.logged_at, r.minutes, r.note) for r in rows]


def settings(conn: Connection, user_id: int) -> dict[str, str]:
    s = t.settings
    return {r.key: r.value for r in conn.execute(select(s).where(s.c.user_id == user_id))}


def set_setting(conn: Connection, user_id: int, key: str, value: str | None) -> None:
    """Store `value` under `key`; None removes the setting (back to its default)."""
    s = t.settings
    conn.execute(delete(s).where(s.c.user_id == user_id, s.c.key == key))
    if value is not None:
        conn.execute(insert(s).values(user_id=user_id, key=key, value=value))
