"""Use cases for tracking: applications, people, signals and outcomes."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from offerwatch.core.entities import (
    OUTCOME_STATUS,
    Application,
    Interview,
    Observation,
    ObservationSource,
    Person,
    PersonRole,
    Status,
    StatusChange,
)
from offerwatch.core.signals import SignalKind, parse_kind, status_after
from offerwatch.core.timeutil import ensure_aware
from offerwatch.errors import BadInput, NotFound
from offerwatch.service.context import Context
from offerwatch.service.validate import (
    application_fields,
    check_version,
    enum_value,
    person_fields,
    text,
)
from offerwatch.store import queries as q
from offerwatch.store import tables as t


@dataclass(frozen=True, slots=True)
class ApplicationDetail:
    """Everything known about one application."""

    application: Application
    people: list[Person]
    interviews: list[Interview]
    observations: list[Observation]
    history: list[StatusChange]


def _same_person(known: Sequence[Person], name: str, email: str | None) -> Person | None:
    """The person already linked to the application that `name` / `email` describes: the
    same email, else the same name recorded without an email (met at an interview before
    their address was known). Adding them again completes that record instead of
    creating a second one that the interview, the drafts and mail matching would not see."""
    if email:
        for person in known:
            if person.email and person.email.lower() == email.lower():
                return person
    for person in known:
        if person.name.casefold() == name.casefold() and (not person.email or not email):
            return person
    return None


def _at(ctx: Context, at: datetime | None) -> datetime:
    """`at` (a time zone required), or now."""
    return ensure_aware(at) if at is not None else ctx.clock()


def add_application(
    ctx: Context,
    company: str,
    role: str,
    *,
    status: str | Status = Status.APPLIED,
    applied_on: date | None = None,
    url: str | None = None,
    source: str | None = None,
    salary_min: int | None = None,
    salary_max: int | None = None,
    notes: str | None = None,
    location: str | None = None,
) -> int:
    """Record a new application and return its id."""
    fields = application_fields(
        {"company": company, "role": role, "applied_on": applied_on, "url": url,
         "source": source, "salary_min": salary_min, "salary_max": salary_max,
         "notes": notes, "location": location}
    )  # fmt: skip
    state = enum_value(Status, status, "status")
    now = ctx.clock()
    if fields["applied_on"] is None and state is not Status.INTERESTED:
        fields["applied_on"] = now.date()
    with ctx.write() as conn:
        return q.insert_application(conn, ctx.user_id, status=state, now=now, **fields)


def application(ctx: Context, app_id: int) -> Application:
    """One application; NotFound when it is not the user's."""
    with ctx.read() as conn:
        app = q.get_application(conn, ctx.user_id, app_id)
    if app is None:
        raise NotFound("application", app_id)
    return app


def list_applications(ctx: Context, statuses: Iterable[Status] | None = None) -> list[Application]:
    """The user's applications (those in `statuses`, when given)."""
    with ctx.read() as conn:
        return q.list_applications(conn, ctx.user_id, statuses)


def set_status(ctx: Context, app_id: int, status: str | Status, at: datetime | None = None) -> None:
    """Move an application to `status`, recording the change in its history."""
    state = enum_value(Status, status, "status")
    when = _at(ctx, at)
    with ctx.write() as conn:
        ctx.require(conn, t.applications, app_id, "application")
        q.update_status(conn, ctx.user_id, app_id, state, when)


def update_application(
    ctx: Context, app_id: int, *, expected_version: int | None = None, **values: Any
) -> Application:
    """Change an application's fields (company, role, url, source, location, notes,
    salary_min, salary_max, applied_on) and return it as stored. With
    `expected_version`, StaleVersion when it changed since that version."""
    with ctx.write() as conn:
        app = q.get_application(conn, ctx.user_id, app_id)
        if app is None:
            raise NotFound("application", app_id)
        check_version("application", app_id, app.version, expected_version)
        current = {"salary_min": app.salary_min, "salary_max": app.salary_max}
        fields = application_fields(values, current)
        q.update_application(conn, ctx.user_id, app_id, ctx.clock(), **fields)
        found = q.get_application(conn, ctx.user_id, app_id)
    assert found is not None
    return found


def record_outcome(ctx: Context, app_id: int, outcome: str, at: datetime | None = None) -> None:
    """offer | rejection | withdrawn | ghosted | accepted: sets the status and, for an
    offer or a rejection, records the terminal signal."""
    if outcome not in OUTCOME_STATUS:
        raise BadInput(f"unknown outcome {outcome!r}; one of: {', '.join(OUTCOME_STATUS)}")
    when = _at(ctx, at)
    with ctx.write() as conn:
        ctx.require(conn, t.applications, app_id, "application")
        q.update_status(conn, ctx.user_id, app_id, OUTCOME_STATUS[outcome], when)
        if outcome in (SignalKind.OFFER, SignalKind.REJECTION):
            q.insert_observation(
                conn,
                ctx.user_id,
                app_id,
                kind=outcome,
                at=when,
                source=ObservationSource.MANUAL,
                evidence=None,
                interview_id=None,
                now=ctx.clock(),
            )


def status_history(ctx: Context, app_id: int) -> list[StatusChange]:
    """The status changes of one application, oldest first."""
    with ctx.read() as conn:
        ctx.require(conn, t.applications, app_id, "application")
        return q.status_history(conn, ctx.user_id, app_id)


def detail(ctx: Context, app_id: int) -> ApplicationDetail:
    """The application with its people, interviews, signals and status history."""
    with ctx.read() as conn:
        app = q.get_application(conn, ctx.user_id, app_id)
        if app is None:
            raise NotFound("application", app_id)
        return ApplicationDetail(
            application=app,
            people=q.people_of_application(conn, ctx.user_id, app_id),
            interviews=q.interviews_of(conn, ctx.user_id, [app_id]),
            observations=q.observations_of(conn, ctx.user_id, [app_id]),
            history=q.status_history(conn, ctx.user_id, app_id),
        )


def add_person(
    ctx: Context, app_id: int, name: str, *, role: str | PersonRole, email: str | None = None
) -> int:
    """Link a person (recruiter, interviewer...) to an application; returns their id.

    Someone already linked (the same email, or the same name without an email) is
    updated, not added twice."""
    person_name, address = person_fields(name, email)
    kind = enum_value(PersonRole, role, "role")
    with ctx.write() as conn:
        app = q.get_application(conn, ctx.user_id, app_id)
        if app is None:
            raise NotFound("application", app_id)
        known = q.people_of_application(conn, ctx.user_id, app_id)
        same = _same_person(known, person_name, address)
        if same is None:
            return q.insert_person(
                conn, ctx.user_id, app, name=person_name, email=address, role=kind
            )
        q.update_person(
            conn, ctx.user_id, same.id, name=person_name, email=address or same.email,
            role=kind,
        )  # fmt: skip
        return same.id


def people(ctx: Context, app_id: int) -> list[Person]:
    """The people linked to one application."""
    with ctx.read() as conn:
        ctx.require(conn, t.applications, app_id, "application")
        return q.people_of_application(conn, ctx.user_id, app_id)


def person(ctx: Context, person_id: int) -> Person:
    """One person; NotFound when they are not the user's."""
    with ctx.read() as conn:
        found = q.get_person(conn, ctx.user_id, person_id)
    if found is None:
        raise NotFound("person", person_id)
    return found


def add_signal(
    ctx: Context,
    app_id: int,
    kind: str,
    *,
    interview_id: int | None = None,
    at: datetime | None = None,
    note: str | None = None,
    source: ObservationSource = ObservationSource.MANUAL,
    expected: date | None = None,
) -> int:
    """Record a sign seen (a kind from `offerwatch signals`); returns the observation id.

    Without `at`, a sign seen in an interview that is over dates from its end (that is
    when it was seen, whenever it is typed in); any other sign dates from now.
    """
    from offerwatch.core.timeline import expected_by  # its patterns compile on import

    try:
        signal = parse_kind(kind)
    except ValueError as exc:
        raise BadInput(str(exc)) from None
    evidence = text(note, "note")
    with ctx.write() as conn:
        ctx.require(conn, t.applications, app_id, "application")
        when = _at(ctx, at)
        if interview_id is not None:
            found = q.interviews_of(conn, ctx.user_id, [app_id], interview_id=interview_id)
            if not found:
                raise NotFound("interview", f"{interview_id} for application {app_id}")
            if at is None:
                when = min(when, found[0].end)
        if signal is SignalKind.TIMELINE_STATED and expected is None and evidence:
            expected = expected_by(evidence, when.date())
        app = q.get_application(conn, ctx.user_id, app_id)
        assert app is not None
        target = status_after(signal, app.status)
        if target is not None:
            q.update_status(conn, ctx.user_id, app_id, target, when)
        return q.insert_observation(
            conn,
            ctx.user_id,
            app_id,
            kind=signal.value,
            at=when,
            source=source,
            evidence=evidence,
            interview_id=interview_id,
            expected_by=expected,
            now=ctx.clock(),
        )


def observations(ctx: Context, app_id: int | None = None) -> list[Observation]:
    """The signs recorded (of one application, or all)."""
    with ctx.read() as conn:
        if app_id is not None:
            ctx.require(conn, t.applications, app_id, "application")
        return q.observations_of(conn, ctx.user_id, None if app_id is None else [app_id])
