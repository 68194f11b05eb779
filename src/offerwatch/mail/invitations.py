"""Read calendar invitations out of a message: text/calendar parts and .ics attachments.

Google, Outlook and Calendly send an iCalendar object (METHOD:REQUEST, or CANCEL when the
event is called off) as a text/calendar part, often also as an invite.ics attachment; both
are read with icalendar, and an event seen twice (same UID) counts once.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from email.message import Message
from email.parser import BytesParser
from email.policy import compat32
from typing import Any

from offerwatch.core.intake_values import Invitation

_PARSER = BytesParser(policy=compat32)
MAX_EVENTS = 20  # a hostile message may hold thousands; an invitation has one or two


def may_hold_invitation(data: bytes) -> bool:
    """A cheap byte check before parsing the message again for its calendar parts."""
    # Spelt out rather than any() over a tuple: this runs on every message of a mailbox.
    return (
        b"text/calendar" in data
        or b"BEGIN:VCALENDAR" in data
        or b".ics" in data
        or b"application/ics" in data
    )


def invitations_in(data: bytes) -> tuple[Invitation, ...]:
    """The events of every calendar part of the raw message (unreadable parts are ignored:
    the message is still read as text)."""
    if not may_hold_invitation(data):
        return ()
    try:
        msg = _PARSER.parsebytes(data)
    except Exception:  # the email package should not raise, but never trust it
        return ()
    return invitations_of(msg)


def invitations_of(msg: Message) -> tuple[Invitation, ...]:
    """The events of every calendar part of a message already parsed (compat32, as
    invitations_in parses it)."""
    found: dict[str, Invitation] = {}
    for part in msg.walk():
        if part.is_multipart() or not _is_calendar(part):
            continue
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes):
            continue
        for inv in _events(payload):
            if len(found) < MAX_EVENTS:
                found.setdefault(inv.uid, inv)
    return tuple(found.values())


def _is_calendar(part: Message) -> bool:
    ctype = part.get_content_type()
    name = (part.get_filename() or "").lower()
    return ctype in {"text/calendar", "application/ics"} or name.endswith(".ics")


def _events(payload: bytes) -> list[Invitation]:
    from icalendar import Calendar

    try:
        calendar = Calendar.from_ical(payload)
    except Exception:  # broken iCalendar: icalendar raises ValueError and others
        return []
    method = str(calendar.get("METHOD", "PUBLISH")).upper()
    out: list[Invitation] = []
    for event in calendar.walk("VEVENT"):
        uid = str(event.get("UID", "")).replace("\x00", "").strip()
        if not uid:
            continue
        status = str(event.get("STATUS", "")).upper()
        start = _when(event.get("DTSTART"))
        end = _when(event.get("DTEND")) or _plus_duration(start, event.get("DURATION"))
        try:
            sequence = int(str(event.get("SEQUENCE", 0)))
        except ValueError:
            sequence = 0
        out.append(
            Invitation(
                uid=uid[:998],
                method="CANCEL" if status == "CANCELLED" else method,
                start=start,
                end=end,
                summary=str(event.get("SUMMARY", "")).replace("\x00", "")[:300],
                attendees=_attendees(event.get("ATTENDEE")),
                sequence=sequence,
            )
        )
    return out


def _when(prop: Any) -> datetime | None:
    value = getattr(prop, "dt", None)
    if isinstance(value, datetime):
        return value if value.tzinfo is not None else value.replace(tzinfo=UTC)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=UTC)
    return None


def _plus_duration(start: datetime | None, prop: Any) -> datetime | None:
    value = getattr(prop, "dt", None)
    if start is None or value is None:
        return None
    try:
        return start + value  # type: ignore[no-any-return]
    except TypeError:
        return None


def _attendees(prop: Any) -> tuple[str, ...]:
    values = prop if isinstance(prop, list) else [prop] if prop is not None else []
    out = []
    for value in values:
        address = str(value).replace("\x00", "").strip()
        if address.lower().startswith("mailto:"):
            address = address[7:]
        if "@" in address:
            out.append(address.lower())
    return tuple(dict.fromkeys(out))
