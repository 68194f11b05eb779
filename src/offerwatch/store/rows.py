"""Core entities from table rows: one mapping per entity, shared by every query module."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Row

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
    StatusChange,
)
from offerwatch.store import tables as t


def _words(value: str | None) -> tuple[str, ...]:
    """A space-separated column (addresses, Message-IDs) as a tuple."""
    return tuple(value.split()) if value else ()


def application(row: Row[Any]) -> Application:
    """A row of `applications` joined with its company name (`company`)."""
    return Application(
        id=row.id,
        company=row.company,
        company_id=row.company_id,
        role=row.role,
        status=Status(row.status),
        url=row.url,
        source=row.source,
        applied_on=row.applied_on,
        salary_min=row.salary_min,
        salary_max=row.salary_max,
        notes=row.notes,
        created_at=row.created_at,
        updated_at=row.updated_at,
        location=row.location,
        version=row._mapping.get("version", 1),
    )


def person(row: Row[Any]) -> Person:
    """A row of `people` (or a select that includes its columns)."""
    return Person(
        id=row.id,
        name=row.name,
        role=PersonRole(row.role),
        email=row.email,
        company_id=row.company_id,
        version=row._mapping.get("version", 1),
    )


def interview(row: Row[Any], people: tuple[Person, ...] = ()) -> Interview:
    """A row of `interviews`, with the people met there."""
    return Interview(
        id=row.id,
        application_id=row.application_id,
        stage=Stage(row.stage),
        scheduled_start=row.scheduled_start,
        scheduled_end=row.scheduled_end,
        actual_end=row.actual_end,
        notes=row.notes,
        timeline_text=row.timeline_text,
        timeline_date=row.timeline_date,
        people=people,
        version=row.version,
        cancelled_at=row.cancelled_at,
    )


def message(row: Row[Any]) -> Message:
    """A row of `messages`; a select without the body column gives an empty body."""
    return Message(
        id=row.id,
        message_id=row.message_id,
        direction=Direction(row.direction),
        date=row.date,
        subject=row.subject or "",
        from_addr=row.from_addr or "",
        to_addrs=_words(row.to_addrs),
        application_id=row.application_id,
        in_reply_to=row.in_reply_to,
        references=_words(row.references),
        thread_id=row.thread_id,
        body=row._mapping.get("body") or "",
        match_reason=row._mapping.get("match_reason"),
        language=row._mapping.get("language"),
        warning=row._mapping.get("warning"),
    )


def observation(row: Row[Any]) -> Observation:
    """A row of `observations`."""
    return Observation(
        id=row.id,
        application_id=row.application_id,
        kind=row.kind,
        observed_at=row.observed_at,
        source=ObservationSource(row.source),
        evidence=row.evidence,
        interview_id=row.interview_id,
        message_id=row.message_id,
        expected_by=row.expected_by,
        version=row._mapping.get("version", 1),
    )


def status_change(row: Row[Any]) -> StatusChange:
    """A row of `status_changes`."""
    return StatusChange(row.application_id, Status(row.status), row.changed_at)


# Lean reads for the hot paths (planning, scoring): only the columns their rules use, built
# positionally from plain tuples (thousands of rows per call). Select these columns in this
# order and pass each row to the matching function.
_STAGE = {s.value: s for s in Stage}
_SOURCE = {s.value: s for s in ObservationSource}


def lean_interview_columns() -> tuple[Any, ...]:
    """The interview columns `lean_interview` reads, in its order."""
    i = t.interviews
    return (i.c.id, i.c.application_id, i.c.stage, i.c.scheduled_start, i.c.scheduled_end,
            i.c.actual_end, i.c.timeline_date, i.c.cancelled_at)  # fmt: skip


def lean_interview(row: Sequence[Any], people: tuple[Person, ...] = ()) -> Interview:
    """An interview without notes or timeline text, from `lean_interview_columns()`."""
    iid, app_id, stage, start, end, actual_end, timeline_date, cancelled_at = row
    return Interview(id=iid, application_id=app_id, stage=_STAGE[stage], scheduled_start=start,
                     scheduled_end=end, actual_end=actual_end, timeline_date=timeline_date,
                     people=people, cancelled_at=cancelled_at)  # fmt: skip


def lean_observation_columns() -> tuple[Any, ...]:
    """The observation columns `lean_observation` reads, in its order."""
    o = t.observations
    return (o.c.id, o.c.application_id, o.c.kind, o.c.observed_at, o.c.source,
            o.c.interview_id, o.c.message_id, o.c.expected_by)  # fmt: skip


def lean_observation(row: Sequence[Any]) -> Observation:
    """An observation without its evidence text, from `lean_observation_columns()`."""
    oid, app_id, kind, at, source, interview_id, message_id, expected_by = row
    return Observation(id=oid, application_id=app_id, kind=kind, observed_at=at,
                       source=_SOURCE[source], interview_id=interview_id,
                       message_id=message_id, expected_by=expected_by)  # fmt: skip
