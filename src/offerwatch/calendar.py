"""The iCalendar export: every open action (with an alarm) and every scheduled interview
(a cancelled one too, as STATUS:CANCELLED, so that a subscribed calendar drops or strikes it).

UIDs are stable (action-<key>@offerwatch, interview-<id>@offerwatch) so that importing the
file again updates the events instead of duplicating them. Times are written in UTC, which
every client converts to its own zone; no VTIMEZONE is needed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

PRODID = "-//offerwatch//offerwatch planner//EN"
ACTION_LENGTH = timedelta(minutes=15)
ALARM_BEFORE = timedelta(hours=1)
# SEQUENCE counts minutes since this moment at export time: it grows with every export, so a
# client that re-imports the file always takes the newer version of an event (RFC 5545
# 3.8.7.4 only asks that it never goes down). offerwatch keeps no revision counter per event.
SEQUENCE_EPOCH = datetime(2020, 1, 1, tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class CalendarEvent:
    """One event: `alarm` is how long before the start a reminder fires (None: no alarm)."""

    uid: str
    summary: str
    start: datetime
    end: datetime
    description: str = ""
    category: str = ""
    alarm: timedelta | None = None
    cancelled: bool = False  # written as STATUS:CANCELLED: a client keeps it, struck through


def action_uid(key: str) -> str:
    """The stable UID of the action with derivation key `key` (e.g. thank_you:12:7)."""
    return f"action-{key.replace(':', '-')}@offerwatch"


def interview_uid(interview_id: int) -> str:
    return f"interview-{interview_id}@offerwatch"


def action_event(key: str, title: str, due: datetime, description: str = "") -> CalendarEvent:
    """An open action as a short event at its due time, with a reminder an hour before."""
    return CalendarEvent(
        uid=action_uid(key),
        summary=title,
        start=due,
        end=due + ACTION_LENGTH,
        description=description,
        category=key.split(":", 1)[0],
        alarm=ALARM_BEFORE,
    )


def build_ics(events: Iterable[CalendarEvent], now: datetime) -> bytes:
    """The VCALENDAR text of `events`; DTSTAMP is `now`, the time the file was made."""
    from icalendar import Alarm, Calendar, Event

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", "offerwatch")
    stamp = now.astimezone(UTC).replace(microsecond=0)
    sequence = max(int((stamp - SEQUENCE_EPOCH).total_seconds() // 60), 0)
    for item in sorted(events, key=lambda e: (e.start, e.uid)):
        event = Event()
        event.add("uid", item.uid)
        event.add("dtstamp", stamp)
        event.add("sequence", sequence)
        event.add("summary", item.summary)
        event.add("dtstart", item.start.astimezone(UTC).replace(microsecond=0))
        event.add("dtend", item.end.astimezone(UTC).replace(microsecond=0))
        if item.description:
            event.add("description", item.description)
        if item.category:
            event.add("categories", [item.category])
        if item.cancelled:
            event.add("status", "CANCELLED")
        if item.alarm is not None:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", item.summary)
            alarm.add("trigger", -item.alarm)
            event.add_component(alarm)
        cal.add_component(event)
    return bytes(cal.to_ical())
