"""Domain entities as plain, immutable values, and the vocabularies they use."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


class Status(StrEnum):
    """Where an application stands."""

    INTERESTED = "interested"
    APPLIED = "applied"
    SCREENING = "screening"
    INTERVIEWING = "interviewing"
    OFFER = "offer"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    GHOSTED = "ghosted"

    @property
    def is_open(self) -> bool:
        """True while the application may still move (no final outcome yet)."""
        return self not in CLOSED_STATUSES


CLOSED_STATUSES = frozenset({Status.ACCEPTED, Status.REJECTED, Status.WITHDRAWN, Status.GHOSTED})

# `offerwatch outcome APP_ID KIND` words and the status each one sets.
OUTCOME_STATUS: dict[str, Status] = {
    "offer": Status.OFFER,
    "rejection": Status.REJECTED,
    "withdrawn": Status.WITHDRAWN,
    "ghosted": Status.GHOSTED,
    "accepted": Status.ACCEPTED,
}


class Stage(StrEnum):
    """The kind of interview; the order is the order of a typical process."""

    PHONE_SCREEN = "phone_screen"
    INTERVIEW = "interview"
    FINAL = "final"
    FOLLOW_UP = "follow_up"

    @property
    def rank(self) -> int:
        """Position in the process: a later stage has a higher rank."""
        return list(Stage).index(self)


class PersonRole(StrEnum):
    """The part a person plays in an application."""

    RECRUITER = "recruiter"
    HIRING_MANAGER = "hiring_manager"
    INTERVIEWER = "interviewer"
    TEAM_MEMBER = "team_member"
    REFERENCE = "reference"


class ObservationSource(StrEnum):
    """Where a signal was seen."""

    MANUAL = "manual"
    NOTE = "note"
    EMAIL = "email"
    DERIVED = "derived"


class Direction(StrEnum):
    """A message sent to the candidate (in) or by the candidate (out)."""

    IN = "in"
    OUT = "out"


@dataclass(frozen=True, slots=True)
class Company:
    id: int
    name: str
    domains: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Application:
    id: int
    company: str
    role: str
    status: Status
    company_id: int | None = None
    url: str | None = None
    source: str | None = None
    applied_on: date | None = None
    salary_min: int | None = None
    salary_max: int | None = None
    notes: str | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    location: str | None = None
    version: int = 1  # bumped on each update: the ETag


@dataclass(frozen=True, slots=True)
class Person:
    id: int
    name: str
    role: PersonRole
    email: str | None = None
    company_id: int | None = None
    version: int = 1


@dataclass(frozen=True, slots=True)
class Interview:
    id: int
    application_id: int
    stage: Stage
    scheduled_start: datetime
    scheduled_end: datetime
    actual_end: datetime | None = None
    notes: str | None = None
    timeline_text: str | None = None
    timeline_date: date | None = None
    people: tuple[Person, ...] = field(default=())
    version: int = 1
    cancelled_at: datetime | None = None  # called off (calendar CANCEL or by hand)

    @property
    def end(self) -> datetime:
        """When the interview ended: the actual end if recorded, else the scheduled end."""
        return self.actual_end or self.scheduled_end

    @property
    def cancelled(self) -> bool:
        return self.cancelled_at is not None


def not_cancelled(interviews: Iterable[Interview]) -> list[Interview]:
    """The interviews that take place (or took place): the cancelled ones left out, as the
    planner, the odds and the statistics read them."""
    return [i for i in interviews if i.cancelled_at is None]


@dataclass(frozen=True, slots=True)
class Observation:
    id: int
    application_id: int
    kind: str
    observed_at: datetime
    source: ObservationSource
    evidence: str | None = None
    interview_id: int | None = None
    message_id: int | None = None
    expected_by: date | None = None
    version: int = 1


@dataclass(frozen=True, slots=True)
class Message:
    id: int
    message_id: str | None
    direction: Direction
    date: datetime
    subject: str
    from_addr: str
    to_addrs: tuple[str, ...] = ()
    application_id: int | None = None
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    thread_id: str | None = None
    body: str = ""
    match_reason: str | None = None  # why intake filed it there (thread, person, domain, ats)
    language: str | None = None  # set when the rules do not read its language
    warning: str | None = None  # what was wrong with it (a NUL byte, a truncated end)


@dataclass(frozen=True, slots=True)
class Action:
    id: int
    key: str
    kind: str
    title: str
    due: datetime
    application_id: int | None = None
    person_id: int | None = None
    interview_id: int | None = None
    done_at: datetime | None = None
    dismissed_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class StatusChange:
    application_id: int
    status: Status
    changed_at: datetime
