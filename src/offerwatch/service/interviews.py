"""Use cases for interviews: record one with the people met, edit it, read them back."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import NamedTuple

from sqlalchemy import Connection

from offerwatch.core.entities import (
    Application,
    Interview,
    ObservationSource,
    Person,
    PersonRole,
    Stage,
    Status,
)
from offerwatch.core.names import person_mentioned
from offerwatch.core.signals import parse_kind
from offerwatch.core.timeutil import ensure_aware
from offerwatch.errors import BadInput, NotFound
from offerwatch.service.context import Context
from offerwatch.service.validate import KEEP, Keep, check_version, email_address, enum_value, text
from offerwatch.store import queries as q
from offerwatch.store import signs as qs
from offerwatch.store import tables as t

# Statuses an interview moves an application out of (it is clearly further along now).
_BEFORE_INTERVIEWS = {Status.INTERESTED, Status.APPLIED, Status.SCREENING}


def add_interview(
    ctx: Context,
    app_id: int,
    *,
    stage: str | Stage,
    start: datetime,
    end: datetime,
    actual_end: datetime | None = None,
    with_: Sequence[str] = (),
    notes: str | None = None,
    timeline: str | None = None,
    timeline_date: date | None = None,
    signs: Sequence[str] = (),
) -> int:
    """Record an interview; `with_` names people met (by name or email, created as
    interviewers when new); `signs` are the kinds of sign seen during it, recorded in
    the same transaction. Moves an early-stage application on to screening or
    interviewing. Returns the interview id."""
    from offerwatch.core.timeline import expected_by  # its patterns compile on import

    kind = enum_value(Stage, stage, "stage")
    try:
        seen = list(dict.fromkeys(parse_kind(s) for s in signs))
    except ValueError as exc:
        raise BadInput(str(exc)) from None
    # Compared in UTC: datetimes sharing one zone compare by wall clock in Python, which
    # is wrong across a daylight-saving change.
    start, end = ensure_aware(start), ensure_aware(end)
    start_utc = start.astimezone(UTC)
    if end.astimezone(UTC) <= start_utc:
        raise BadInput("the interview must end after it starts")
    if actual_end is not None and ensure_aware(actual_end).astimezone(UTC) <= start_utc:
        raise BadInput("the actual end must be after the start")
    timeline_text = text(timeline, "timeline")
    if timeline_date is None and timeline_text:
        timeline_date = expected_by(timeline_text, (actual_end or end).date())
    now = ctx.clock()
    with ctx.write() as conn:
        app = q.get_application(conn, ctx.user_id, app_id)
        if app is None:
            raise NotFound("application", app_id)
        known = q.people_of_application(conn, ctx.user_id, app_id)
        person_ids = [_person_for(ctx, conn, app, known, who) for who in with_]
        interview_id = q.insert_interview(
            conn,
            ctx.user_id,
            app_id,
            stage=kind,
            start=start,
            end=end,
            actual_end=actual_end,
            notes=text(notes, "notes"),
            timeline_text=timeline_text,
            timeline_date=timeline_date,
            person_ids=person_ids,
            now=now,
        )
        for sign in seen:
            q.insert_observation(
                conn,
                ctx.user_id,
                app_id,
                kind=sign.value,
                at=actual_end or end,
                source=ObservationSource.MANUAL,
                evidence=None,
                interview_id=interview_id,
                now=now,
            )
        if app.status in _BEFORE_INTERVIEWS:
            target = Status.SCREENING if kind is Stage.PHONE_SCREEN else Status.INTERVIEWING
            if target != app.status:
                q.update_status(conn, ctx.user_id, app_id, target, min(start, now))
        return interview_id


def update_interview(
    ctx: Context,
    interview_id: int,
    *,
    stage: str | Stage | None = None,
    start: datetime | None = None,
    end: datetime | None = None,
    actual_end: datetime | Keep | None = KEEP,
    with_: Sequence[str] | None = None,
    notes: str | Keep | None = KEEP,
    timeline: str | Keep | None = KEEP,
    signs: Sequence[str] | None = None,
    cancelled: bool | None = None,
    expected_version: int | None = None,
) -> Interview:
    """Change a recorded interview; what is not given stays. `cancelled` True marks it
    called off (kept on record; the planner and the odds leave it out), False takes that
    back. `actual_end`, `notes` and
    `timeline` may be set to None (or "") to clear them; `with_` replaces who was met;
    `signs` (kinds) replaces the signs ticked for it by hand: new kinds are recorded at
    its end, unticked ones removed. The date they stated is re-read from the timeline
    against the new end, and manual signs dated at the old end move to the new one.
    With `expected_version`, StaleVersion when it changed since. Returns it as saved."""
    from offerwatch.core.timeline import expected_by  # its patterns compile on import

    kind = enum_value(Stage, stage, "stage") if stage is not None else None
    try:
        ticked = None if signs is None else list(dict.fromkeys(parse_kind(s) for s in signs))
    except ValueError as exc:
        raise BadInput(str(exc)) from None
    for value, what in ((start, "start"), (end, "end"), (actual_end, "actual end")):
        if isinstance(value, datetime) and (value.tzinfo is None or value.utcoffset() is None):
            raise BadInput(f"the {what} needs a time zone (a naive time is ambiguous)")
    with ctx.write() as conn:
        found = q.interviews_of(conn, ctx.user_id, interview_id=interview_id)
        if not found:
            raise NotFound("interview", interview_id)
        old = found[0]
        check_version("interview", interview_id, old.version, expected_version)
        new_start = start or old.scheduled_start
        new_end = end or old.scheduled_end
        new_actual = old.actual_end if isinstance(actual_end, Keep) else actual_end
        start_utc = new_start.astimezone(UTC)
        if new_end.astimezone(UTC) <= start_utc:
            raise BadInput("the interview must end after it starts")
        if new_actual is not None and new_actual.astimezone(UTC) <= start_utc:
            raise BadInput("the actual end must be after the start")
        values: dict[str, object] = {}
        if kind is not None:
            values["stage"] = kind.value
        if start is not None:
            values["scheduled_start"] = start
        if end is not None:
            values["scheduled_end"] = end
        if not isinstance(actual_end, Keep):
            values["actual_end"] = actual_end
        if not isinstance(notes, Keep):
            values["notes"] = text(notes, "notes")
        if cancelled is not None and cancelled != old.cancelled:
            values["cancelled_at"] = ctx.clock() if cancelled else None
        stated = old.timeline_text if isinstance(timeline, Keep) else text(timeline, "timeline")
        ended = new_actual or new_end
        if not isinstance(timeline, Keep) or ended != old.end:
            values["timeline_text"] = stated
            values["timeline_date"] = expected_by(stated, ended.date()) if stated else None
        person_ids = None
        if with_ is not None:
            app = q.get_application(conn, ctx.user_id, old.application_id)
            assert app is not None  # the interview's application: same user, cascades
            known = q.people_of_application(conn, ctx.user_id, app.id)
            person_ids = [_person_for(ctx, conn, app, known, who) for who in with_]
        q.update_interview(
            conn,
            ctx.user_id,
            interview_id,
            values=values,
            person_ids=person_ids,
            signs_moved=(old.end, ended) if ended != old.end else None,
        )
        if ticked is not None:
            qs.set_interview_signs(
                conn, ctx.user_id, old.application_id, interview_id,
                kinds=[k.value for k in ticked], at=ended, now=ctx.clock(),
            )  # fmt: skip
        saved = q.interviews_of(conn, ctx.user_id, interview_id=interview_id)
    return saved[0]


def cancel_interview(
    ctx: Context, interview_id: int, *, undo: bool = False, expected_version: int | None = None
) -> Interview:
    """Mark an interview cancelled (or, with `undo`, not cancelled after all); BadInput when
    it already is (is not). Returns it as saved."""
    current = interview(ctx, interview_id)
    if current.cancelled != undo:
        state = "not cancelled" if undo else "already cancelled"
        raise BadInput(f"interview {interview_id} is {state}")
    return update_interview(
        ctx, interview_id, cancelled=not undo, expected_version=expected_version
    )


def _person_for(
    ctx: Context, conn: Connection, app: Application, known: list[Person], who: str
) -> int:
    """The id of the person met whom `who` names (a name or an email): one of `known`, else
    a new interviewer of `app` (added to `known`)."""
    typed = text(who, "name") or ""
    if not typed:
        raise BadInput("an empty name was given for a person met")
    name, mentioned = person_mentioned(typed)
    # Someone on file is found before the text is checked as an address: a name with an "@"
    # in it that is no address still names them.
    wanted = {k.lower() for k in (typed, name, mentioned or "") if k}
    for person in known:
        if wanted & {person.name.lower(), (person.email or "").lower()} - {""}:
            return person.id
    email = email_address(mentioned, "the email of a person met") if mentioned else None
    pid = q.insert_person(
        conn,
        ctx.user_id,
        app,
        name=name,
        email=email,
        role=PersonRole.INTERVIEWER,
    )
    known.append(
        Person(
            id=pid,
            name=name,
            role=PersonRole.INTERVIEWER,
            email=email.lower() if email else None,
        )
    )
    return pid


def interviews(ctx: Context, app_id: int | None = None) -> list[Interview]:
    """The interviews recorded (of one application, or all)."""
    with ctx.read() as conn:
        if app_id is not None:
            ctx.require(conn, t.applications, app_id, "application")
        return q.interviews_of(conn, ctx.user_id, None if app_id is None else [app_id])


def interview(ctx: Context, interview_id: int) -> Interview:
    """One interview; NotFound when it is not the user's."""
    with ctx.read() as conn:
        found = q.interviews_of(conn, ctx.user_id, interview_id=interview_id)
    if not found:
        raise NotFound("interview", interview_id)
    return found[0]


class BeforeApplying(NamedTuple):
    """An interview dated before the day its application says you applied."""

    day: date  # the interview's, local
    applied: date
    application_id: int


def dated_before_applying(ctx: Context, interview_id: int) -> BeforeApplying | None:
    """Whether the interview is dated before the day its application says you applied.
    Both are kept as given (that day is often a guess): the shells only say so, so a typo
    does not go unseen."""
    from offerwatch.service import settings, tracking

    found = interview(ctx, interview_id)
    applied = tracking.application(ctx, found.application_id).applied_on
    day = found.scheduled_start.astimezone(settings.timezone(ctx)).date()
    if applied is None or day >= applied:
        return None
    return BeforeApplying(day, applied, found.application_id)
