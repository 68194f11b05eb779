"""Small builders of core entities for the planner's unit tests (plain values, no store)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from offerwatch.core.entities import (
    Application,
    Direction,
    Interview,
    Message,
    Observation,
    ObservationSource,
    Person,
    PersonRole,
    Stage,
    Status,
)

BERLIN = ZoneInfo("Europe/Berlin")
ANA = Person(1, "Ana Lopez", PersonRole.HIRING_MANAGER, "ana@acme.example")
BO = Person(2, "Bo Chen", PersonRole.INTERVIEWER, "bo@acme.example")
CY = Person(3, "Cy Park", PersonRole.TEAM_MEMBER, "cy@acme.example")
PRIYA = Person(4, "Priya Shah", PersonRole.RECRUITER, "priya@acme.example")


def berlin(y: int, mo: int, d: int, h: int = 0, mi: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=BERLIN)


def utc(y: int, mo: int, d: int, h: int = 0, mi: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=UTC)


def app(
    app_id: int = 1,
    status: Status = Status.INTERVIEWING,
    applied_on: date | None = date(2026, 2, 2),
    created_at: datetime | None = None,
) -> Application:
    return Application(
        id=app_id,
        company="Acme",
        role="Data Engineer",
        status=status,
        applied_on=applied_on,
        created_at=created_at or utc(2026, 2, 2, 9),
    )


def interview(
    interview_id: int,
    start: datetime,
    end: datetime,
    *,
    app_id: int = 1,
    stage: Stage = Stage.INTERVIEW,
    people: Sequence[Person] = (ANA,),
    actual_end: datetime | None = None,
    timeline_date: date | None = None,
    timeline_text: str | None = None,
) -> Interview:
    return Interview(
        id=interview_id,
        application_id=app_id,
        stage=stage,
        scheduled_start=start,
        scheduled_end=end,
        actual_end=actual_end,
        timeline_date=timeline_date,
        timeline_text=timeline_text,
        people=tuple(people),
    )


def message(
    message_id: int,
    direction: Direction,
    when: datetime,
    *,
    to: Sequence[str] = (),
    app_id: int | None = 1,
) -> Message:
    return Message(
        id=message_id,
        message_id=f"<m{message_id}@example>",
        direction=direction,
        date=when,
        subject="Re: your interview",
        from_addr="me@example.org" if direction is Direction.OUT else "priya@acme.example",
        to_addrs=tuple(to),
        application_id=app_id,
    )


def timeline_seen(
    obs_id: int, at: datetime, expected: date, *, message_id: int | None = None, app_id: int = 1
) -> Observation:
    return Observation(
        id=obs_id,
        application_id=app_id,
        kind="timeline_stated",
        observed_at=at,
        source=ObservationSource.EMAIL if message_id else ObservationSource.MANUAL,
        message_id=message_id,
        expected_by=expected,
    )
