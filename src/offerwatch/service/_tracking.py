"""Use cases for tracking: applications, people, interviews, signals and outcomes."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum, StrEnum
from typing import Any, TypeVar

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
from offerwatch.errors import BadInput, NotFound, StaleVersion
from offerwatch.service._base import WorkspaceBase
from offerwatch.service._validate import application_fields, person_fields, text
from offerwatch.store import queries as q
from offerwatch.store import tables as t

# Statuses an interview moves an application out of (it is clearly further along now).
_BEFORE_INTERVIEWS = {Status.INTERESTED, Status.APPLIED, Status.SCREENING}


@dataclass(frozen=True, slots=True)
class ApplicationDetail:
    """Everything known about one application."""

    application: Application
    people: list[Person]
    interviews: list[Interview]
    observations: list[Observation]
    history: list[StatusChange]


E = TypeVar("E", bound=StrEnum)


class Keep(Enum):
    """The value of a field left as it is by `update_interview` (None clears it)."""

    KEEP = "keep"


KEEP = Keep.KEEP


def _enum(enum: type[E], value: str, what: str) -> E:
    try:
        return enum(value)
    except ValueError:
        valid = ", ".join(m.value for m in enum)
        raise BadInput(f"unknown {what} {value!r}; one of: {valid}") from None


def _text(value: str | None, what: str, *, required: bool = False) -> str | None:
    return text(value, what, required=required)


def check_version(what: str, ident: int, current: int, expected: int | None) -> None:
    """StaleVersion when the caller read another version than the stored one."""
    if expected is not None and expected != current:
        raise StaleVersion(what, ident, current, expected)


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


class TrackingMixin(WorkspaceBase):
    """Record and read applications, people, interviews, signals and outcomes."""

    def _at(self, at: datetime | None) -> datetime:
        return ensure_aware(at) if at is not None else self.clock()

    # Applications -----------------------------------------------------------------------

    def add_application(
        self,
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
        state = _enum(Status, status, "status")
        now = self.clock()
        if fields["applied_on"] is None and state is not Status.INTERESTED:
            fields["applied_on"] = now.date()
        with self.write() as conn:
            return q.insert_application(conn, self.user_id, status=state, now=now, **fields)

    def application(self, app_id: int) -> Application:
        with self.read() as conn:
            app = q.get_application(conn, self.user_id, app_id)
        if app is None:
            raise NotFound("application", app_id)
        return app

    def list_applications(self, statuses: Iterable[Status] | None = None) -> list[Application]:
        with self.read() as conn:
            return q.list_applications(conn, self.user_id, statuses)

    def set_status(self, app_id: int, status: str | Status, at: datetime | None = None) -> None:
        """Move an application to `status`, recording the change in its history."""
        state = _enum(Status, status, "status")
        when = self._at(at)
        with self.write() as conn:
            self._require(conn, t.applications, app_id, "application")
            q.update_status(conn, self.user_id, app_id, state, when)

    def update_application(
        self, app_id: int, *, expected_version: int | None = None, **values: Any
    ) -> Application:
        """Change an application's fields (company, role, url, source, location, notes,
        salary_min, salary_max, applied_on) and return it as stored. With
        `expected_version`, StaleVersion when it changed since that version."""
        with self.write() as conn:
            app = q.get_application(conn, self.user_id, app_id)
            if app is None:
                raise NotFound("application", app_id)
            check_version("application", app_id, app.version, expected_version)
            current = {"salary_min": app.salary_min, "salary_max": app.salary_max}
            fields = application_fields(values, current)
            q.update_application(conn, self.user_id, app_id, self.clock(), **fields)
            found = q.get_application(conn, self.user_id, app_id)
        assert found is not None
        return found

    def record_outcome(self, app_id: int, outcome: str, at: datetime | None = None) -> None:
        """offer | rejection | withdrawn | ghosted | accepted: sets the status and, for an
        offer or a rejection, records the terminal signal."""
        if outcome not in OUTCOME_STATUS:
            raise BadInput(f"unknown outcome {outcome!r}; one of: {', '.join(OUTCOME_STATUS)}")
        when = self._at(at)
        with self.write() as conn:
            self._require(conn, t.applications, app_id, "application")
            q.update_status(conn, self.user_id, app_id, OUTCOME_STATUS[outcome], when)
            if outcome in (SignalKind.OFFER, SignalKind.REJECTION):
                q.insert_observation(
                    conn,
                    self.user_id,
                    app_id,
                    kind=outcome,
                    at=when,
                    source=ObservationSource.MANUAL,
                    evidence=None,
                    interview_id=None,
                    now=self.clock(),
                )

    def status_history(self, app_id: int) -> list[StatusChange]:
        with self.read() as conn:
            self._require(conn, t.applications, app_id, "application")
            return q.status_history(conn, self.user_id, app_id)

    def detail(self, app_id: int) -> ApplicationDetail:
        """The application with its people, interviews, signals and status history."""
        with self.read() as conn:
            app = q.get_application(conn, self.user_id, app_id)
            if app is None:
                raise NotFound("application", app_id)
            return ApplicationDetail(
                application=app,
                people=q.people_of_application(conn, self.user_id, app_id),
                interviews=q.interviews_of(conn, self.user_id, [app_id]),
                observations=q.observations_of(conn, self.user_id, [app_id]),
                history=q.status_history(conn, self.user_id, app_id),
            )

    # People -----------------------------------------------------------------------------

    def add_person(
        self, app_id: int, name: str, *, role: str | PersonRole, email: str | None = None
    ) -> int:
        """Link a person (recruiter, interviewer...) to an application; returns their id.

        Someone already linked (the same email, or the same name without an email) is
        updated, not added twice."""
        person_name, address = person_fields(name, email)
        kind = _enum(PersonRole, role, "role")
        with self.write() as conn:
            app = q.get_application(conn, self.user_id, app_id)
            if app is None:
                raise NotFound("application", app_id)
            known = q.people_of_application(conn, self.user_id, app_id)
            same = _same_person(known, person_name, address)
            if same is None:
                return q.insert_person(
                    conn, self.user_id, app, name=person_name, email=address, role=kind
                )
            q.update_person(
                conn, self.user_id, same.id, name=person_name, email=address or same.email,
                role=kind,
            )  # fmt: skip
            return same.id

    def people(self, app_id: int) -> list[Person]:
        with self.read() as conn:
            self._require(conn, t.applications, app_id, "application")
            return q.people_of_application(conn, self.user_id, app_id)

    def person(self, person_id: int) -> Person:
        with self.read() as conn:
            found = q.get_person(conn, self.user_id, person_id)
        if found is None:
            raise NotFound("person", person_id)
        return found

    # Signals ----------------------------------------------------------------------------

    def add_signal(
        self,
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
        evidence = _text(note, "note")
        with self.write() as conn:
            self._require(conn, t.applications, app_id, "application")
            when = self._at(at)
            if interview_id is not None:
                found = q.interviews_of(conn, self.user_id, [app_id], interview_id=interview_id)
                if not found:
                    raise NotFound("interview", f"{interview_id} for application {app_id}")
                if at is None:
                    when = min(when, found[0].end)
            if signal is SignalKind.TIMELINE_STATED and expected is None and evidence:
                expected = expected_by(evidence, when.date())
            app = q.get_application(conn, self.user_id, app_id)
            assert app is not None
            target = status_after(signal, app.status)
            if target is not None:
                q.update_status(conn, self.user_id, app_id, target, when)
            return q.insert_observation(
                conn,
                self.user_id,
                app_id,
                kind=signal.value,
                at=when,
                source=source,
                evidence=evidence,
                interview_id=interview_id,
                expected_by=expected,
                now=self.clock(),
            )

    def observations(self, app_id: int | None = None) -> list[Observation]:
        with self.read() as conn:
            if app_id is not None:
                self._require(conn, t.applications, app_id, "application")
            return q.observations_of(conn, self.user_id, None if app_id is None else [app_id])
