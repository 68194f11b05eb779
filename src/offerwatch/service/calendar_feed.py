"""Use case: the plan and the interviews as an iCalendar file (a calendar subscription)."""

from __future__ import annotations

from datetime import datetime

from offerwatch.core.timeutil import ensure_aware
from offerwatch.service import agenda
from offerwatch.service.context import Context
from offerwatch.store import queries as q


def calendar_ics(ctx: Context, now: datetime | None = None) -> bytes:
    """An iCalendar file of every open action (with an alarm) and every interview (a
    cancelled one marked STATUS:CANCELLED)."""
    from offerwatch.calendar import CalendarEvent, action_event, build_ics, interview_uid
    from offerwatch.drafts.context import MEETINGS

    when = ensure_aware(now) if now is not None else ctx.clock()
    events: list[CalendarEvent] = []
    for item in agenda.open_actions(ctx, when):
        who = (
            f"\nWith: {item.person.name} <{item.person.email or 'no email'}>" if item.person else ""
        )
        events.append(
            action_event(item.key, item.title, item.due, f"offerwatch action {item.id}{who}")
        )
    with ctx.read() as conn:
        apps = {a.id: a for a in q.list_applications(conn, ctx.user_id)}
        interviews = q.interviews_of(conn, ctx.user_id)
    for interview in interviews:
        app = apps[interview.application_id]
        people = ", ".join(p.name for p in interview.people)
        what = MEETINGS[interview.stage].split(" ", 1)[1].capitalize()
        events.append(
            CalendarEvent(
                uid=interview_uid(interview.id),
                summary=("Cancelled: " if interview.cancelled else "")
                + f"{what}: {app.role} at {app.company}",
                start=interview.scheduled_start,
                end=interview.scheduled_end,
                description=f"With: {people}" if people else "",
                category="interview",
                cancelled=interview.cancelled,
            )
        )
    return build_ics(events, when)
