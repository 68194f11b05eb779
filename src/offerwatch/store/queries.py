"""Queries on the tables, returning core entities. Every function is scoped to one user."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import Connection, Table, and_, func, insert, select, update

from offerwatch.core.entities import (
    Application,
    Interview,
    Observation,
    ObservationSource,
    Person,
    PersonRole,
    Stage,
    Status,
    StatusChange,
)
from offerwatch.core.names import name_key
from offerwatch.store import rows as row_to
from offerwatch.store import tables as t
from offerwatch.store.insert_new import insert_new
from offerwatch.store.rows import person as _person
from offerwatch.store.update_row import update_row


def app_select(user_id: int) -> Any:
    a, c = t.applications, t.companies
    return (
        select(a, c.c.name.label("company"))
        .join(c, c.c.id == a.c.company_id)
        .where(a.c.user_id == user_id)
    )


def company_id_for(conn: Connection, user_id: int, name: str) -> int:
    """The id of the user's company called `name` (matched by core.names.name_key: any case,
    any Unicode letter), created if new."""
    c = t.companies
    key = name_key(name)
    found = conn.execute(
        select(c.c.id).where(c.c.user_id == user_id, c.c.name_key == key).order_by(c.c.id).limit(1)
    ).scalar()
    if found is not None:
        return int(found)
    # An upsert, not lookup-then-insert: two requests creating the same company at once
    # (PostgreSQL, several workers) would otherwise break the unique name with a 500. The
    # loser's insert waits for the winner, does nothing, and the select finds the winner's.
    values = {"user_id": user_id, "name": name, "name_key": key, "domains": ""}
    insert_new(conn, c, values, key=("user_id", "name"))
    return int(
        conn.execute(
            select(c.c.id)
            .where(c.c.user_id == user_id, (c.c.name_key == key) | (c.c.name == name))
            .order_by(c.c.id)
            .limit(1)
        ).scalar_one()
    )


def insert_application(
    conn: Connection,
    user_id: int,
    *,
    company: str,
    role: str,
    status: Status,
    now: datetime,
    applied_on: date | None = None,
    url: str | None = None,
    source: str | None = None,
    salary_min: int | None = None,
    salary_max: int | None = None,
    notes: str | None = None,
    location: str | None = None,
) -> int:
    company_id = company_id_for(conn, user_id, company)
    app_id = conn.execute(
        insert(t.applications)
        .values(
            user_id=user_id,
            company_id=company_id,
            role=role,
            status=status.value,
            applied_on=applied_on,
            url=url,
            source=source,
            salary_min=salary_min,
            salary_max=salary_max,
            notes=notes,
            location=location,
            created_at=now,
            updated_at=now,
        )
        .returning(t.applications.c.id)
    ).scalar_one()
    # The history starts on the day of applying (noon UTC keeps the date in any zone).
    since = now
    if applied_on is not None:
        since = min(now, datetime.combine(applied_on, time(12), tzinfo=UTC))
    record_status(conn, user_id, int(app_id), status, since)
    return int(app_id)


def record_status(
    conn: Connection, user_id: int, app_id: int, status: Status, at: datetime
) -> None:
    conn.execute(
        insert(t.status_changes).values(
            user_id=user_id, application_id=app_id, status=status.value, changed_at=at
        )
    )


def update_status(
    conn: Connection, user_id: int, app_id: int, status: Status, at: datetime
) -> None:
    update_row(conn, t.applications, user_id, app_id, status=status.value, updated_at=at)
    record_status(conn, user_id, app_id, status, at)


def update_application(
    conn: Connection, user_id: int, app_id: int, now: datetime, **values: Any
) -> None:
    """Set an application's columns; `company` (a name) moves it to that company."""
    if "company" in values:
        values["company_id"] = company_id_for(conn, user_id, values.pop("company"))
    update_row(conn, t.applications, user_id, app_id, updated_at=now, **values)


def get_application(conn: Connection, user_id: int, app_id: int) -> Application | None:
    row = conn.execute(app_select(user_id).where(t.applications.c.id == app_id)).first()
    return row_to.application(row) if row else None


def list_applications(
    conn: Connection, user_id: int, statuses: Iterable[Status] | None = None
) -> list[Application]:
    query = app_select(user_id).order_by(t.applications.c.id)
    if statuses is not None:
        query = query.where(t.applications.c.status.in_([s.value for s in statuses]))
    return [row_to.application(r) for r in conn.execute(query)]


def status_history(conn: Connection, user_id: int, app_id: int) -> list[StatusChange]:
    """One application's status history, oldest first."""
    return status_changes_of(conn, user_id, [app_id])


def status_changes_of(
    conn: Connection, user_id: int, app_ids: Sequence[int] | None = None
) -> list[StatusChange]:
    """Status histories of the given applications (all when None), oldest first."""
    s = t.status_changes
    query = select(s).where(s.c.user_id == user_id).order_by(s.c.changed_at, s.c.id)
    if app_ids is not None:
        query = query.where(s.c.application_id.in_(list(app_ids)))
    return [row_to.status_change(r) for r in conn.execute(query)]


def insert_person(
    conn: Connection,
    user_id: int,
    app: Application,
    *,
    name: str,
    email: str | None,
    role: PersonRole,
) -> int:
    pid = conn.execute(
        insert(t.people)
        .values(
            user_id=user_id,
            company_id=app.company_id,
            name=name,
            email=email.lower() if email else None,
            role=role.value,
        )
        .returning(t.people.c.id)
    ).scalar_one()
    conn.execute(insert(t.application_people).values(application_id=app.id, person_id=pid))
    return int(pid)


def update_person(
    conn: Connection,
    user_id: int,
    person_id: int,
    *,
    name: str,
    email: str | None,
    role: PersonRole,
) -> None:
    """Set a person's name, email (stored lower case) and role."""
    email = email.lower() if email else None
    update_row(conn, t.people, user_id, person_id, name=name, email=email, role=role.value)


def people_of_application(conn: Connection, user_id: int, app_id: int) -> list[Person]:
    p, ap = t.people, t.application_people
    rows = conn.execute(
        select(p)
        .join(ap, ap.c.person_id == p.c.id)
        .where(p.c.user_id == user_id, ap.c.application_id == app_id)
        .order_by(p.c.id)
    )
    return [_person(r) for r in rows]


def get_person(conn: Connection, user_id: int, person_id: int) -> Person | None:
    p = t.people
    row = conn.execute(select(p).where(p.c.id == person_id, p.c.user_id == user_id)).first()
    return _person(row) if row else None


def insert_interview(
    conn: Connection,
    user_id: int,
    app_id: int,
    *,
    stage: Stage,
    start: datetime,
    end: datetime,
    actual_end: datetime | None,
    notes: str | None,
    timeline_text: str | None,
    timeline_date: date | None,
    person_ids: Sequence[int],
    now: datetime,
) -> int:
    iid = conn.execute(
        insert(t.interviews)
        .values(
            user_id=user_id,
            application_id=app_id,
            stage=stage.value,
            scheduled_start=start,
            scheduled_end=end,
            actual_end=actual_end,
            notes=notes,
            timeline_text=timeline_text,
            timeline_date=timeline_date,
            created_at=now,
        )
        .returning(t.interviews.c.id)
    ).scalar_one()
    for pid in dict.fromkeys(person_ids):
        conn.execute(insert(t.interview_people).values(interview_id=iid, person_id=pid))
    return int(iid)


def update_interview(
    conn: Connection,
    user_id: int,
    interview_id: int,
    *,
    values: dict[str, Any],
    person_ids: Sequence[int] | None,
    signs_moved: tuple[datetime, datetime] | None,
) -> None:
    """Set an interview's columns (`values`), replace who was met when `person_ids` is
    given, and move its manual signs dated at its old end (`signs_moved`: old, new)."""
    update_row(conn, t.interviews, user_id, interview_id, **values)
    if person_ids is not None:
        ip = t.interview_people
        conn.execute(ip.delete().where(ip.c.interview_id == interview_id))
        for pid in dict.fromkeys(person_ids):
            conn.execute(insert(ip).values(interview_id=interview_id, person_id=pid))
    if signs_moved is not None:
        o = t.observations
        old, new = signs_moved
        conn.execute(
            update(o)
            .where(
                o.c.user_id == user_id,
                o.c.interview_id == interview_id,
                o.c.source == ObservationSource.MANUAL.value,
                o.c.observed_at == old,
            )
            .values(observed_at=new)
        )


def interviews_of(
    conn: Connection,
    user_id: int,
    app_ids: Sequence[int] | None = None,
    interview_id: int | None = None,
) -> list[Interview]:
    i, ip, p = t.interviews, t.interview_people, t.people
    query = select(i).where(i.c.user_id == user_id).order_by(i.c.scheduled_start, i.c.id)
    if app_ids is not None:
        query = query.where(i.c.application_id.in_(list(app_ids)))
    if interview_id is not None:
        query = query.where(i.c.id == interview_id)
    rows = list(conn.execute(query))
    if not rows:
        return []
    met: dict[int, list[Person]] = {}
    for r in conn.execute(
        select(ip.c.interview_id, p)
        .join(p, p.c.id == ip.c.person_id)
        .where(ip.c.interview_id.in_([r.id for r in rows]))
        .order_by(p.c.id)
    ):
        met.setdefault(r.interview_id, []).append(_person(r))
    return [row_to.interview(r, tuple(met.get(r.id, ()))) for r in rows]


def insert_observation(
    conn: Connection,
    user_id: int,
    app_id: int,
    *,
    kind: str,
    at: datetime,
    source: ObservationSource,
    evidence: str | None,
    interview_id: int | None,
    message_id: int | None = None,
    expected_by: date | None = None,
    now: datetime,
) -> int:
    oid = conn.execute(
        insert(t.observations)
        .values(
            user_id=user_id,
            application_id=app_id,
            interview_id=interview_id,
            message_id=message_id,
            kind=kind,
            observed_at=at,
            source=source.value,
            evidence=evidence,
            expected_by=expected_by,
            created_at=now,
        )
        .returning(t.observations.c.id)
    ).scalar_one()
    return int(oid)


def observations_of(
    conn: Connection, user_id: int, app_ids: Sequence[int] | None = None
) -> list[Observation]:
    o = t.observations
    query = select(o).where(o.c.user_id == user_id).order_by(o.c.observed_at, o.c.id)
    if app_ids is not None:
        query = query.where(o.c.application_id.in_(list(app_ids)))
    return [row_to.observation(r) for r in conn.execute(query)]


def count_rows(conn: Connection, table: Table, user_id: int, *where: Any) -> int:
    return int(
        conn.execute(
            select(func.count()).select_from(table).where(and_(table.c.user_id == user_id, *where))
        ).scalar_one()
    )
