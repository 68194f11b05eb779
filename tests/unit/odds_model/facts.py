"""Small builders of plain facts for the odds-model tests (no database)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from itertools import count

from offerwatch.core.entities import (
    Application,
    Direction,
    Interview,
    Message,
    Observation,
    ObservationSource,
    Stage,
    Status,
)

# The final round of the scenarios: Tuesday 2026-03-03, 10:00-11:00 UTC.
START = datetime(2026, 3, 3, 10, 0, tzinfo=UTC)
END = START + timedelta(hours=1)
_ids = count(1000)


def app(status: Status = Status.INTERVIEWING) -> Application:
    return Application(id=1, company="Acme", role="Data Engineer", status=status)


def interview(
    stage: Stage = Stage.FINAL,
    *,
    ident: int = 1,
    start: datetime = START,
    minutes: int = 60,
    actual_minutes: int | None = None,
    timeline_date: date | None = None,
) -> Interview:
    return Interview(
        id=ident,
        application_id=1,
        stage=stage,
        scheduled_start=start,
        scheduled_end=start + timedelta(minutes=minutes),
        actual_end=None if actual_minutes is None else start + timedelta(minutes=actual_minutes),
        timeline_date=timeline_date,
    )


def seen(
    kind: str,
    at: datetime = END,
    *,
    interview_id: int | None = None,
    source: ObservationSource = ObservationSource.MANUAL,
    expected_by: date | None = None,
    ident: int | None = None,
) -> Observation:
    return Observation(
        id=next(_ids) if ident is None else ident,
        application_id=1,
        kind=kind,
        observed_at=at,
        source=source,
        interview_id=interview_id,
        expected_by=expected_by,
    )


def mail(
    direction: Direction,
    at: datetime,
    *,
    subject: str = "Thank you",
    body: str = "",
    from_addr: str = "me@example.org",
    to: tuple[str, ...] = ("ana@acme.example",),
    message_id: str | None = None,
    in_reply_to: str | None = None,
) -> Message:
    return Message(
        id=next(_ids),
        message_id=message_id,
        direction=direction,
        date=at,
        subject=subject,
        from_addr=from_addr,
        to_addrs=to,
        application_id=1,
        in_reply_to=in_reply_to,
        body=body,
    )
