"""Calendar invitations read out of messages: Google (text/calendar part), Outlook (Windows
time zone in a VTIMEZONE, CANCEL), Calendly (.ics attachment only); broken ones ignored."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage

from offerwatch.mail.invitations import invitations_in, may_hold_invitation

GOOGLE = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261113T100000Z
DTEND:20261113T110000Z
DTSTAMP:20261101T090000Z
ORGANIZER;CN=Priya Shah:mailto:priya.shah@northwind.io
UID:0f3kq7@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Maya:mailto:maya@okafor.dev
ATTENDEE;CN=Marcus Lee;PARTSTAT=ACCEPTED:mailto:Marcus.Lee@northwind.io
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview: Maya Okafor
END:VEVENT
END:VCALENDAR
"""

OUTLOOK_CANCEL = """BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:W. Europe Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=Jonas Weber:mailto:j.weber@kranich-logistik.de
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=maya@okafor.dev:mailto:maya@okafor.dev
SUMMARY;LANGUAGE=de-DE:Abgesagt: Vorstellungsgespräch
DTSTART;TZID=W. Europe Standard Time:20261118T140000
DTEND;TZID=W. Europe Standard Time:20261118T150000
UID:040000008200E00074C5B7101A82E00800000000
SEQUENCE:2
STATUS:CANCELLED
END:VEVENT
END:VCALENDAR
"""

CALENDLY = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
BEGIN:VEVENT
UID:calendly-7c1e@calendly.com
DTSTART:20261120T153000Z
DURATION:PT30M
SUMMARY:30 Minute Intro Call between Maya Okafor and James Whitaker
END:VEVENT
END:VCALENDAR
"""


def _message(text: str, *, as_part: bool, as_attachment: bool) -> bytes:
    msg = EmailMessage()
    msg["From"] = "a@b.example"
    msg["Subject"] = "Invitation"
    msg.set_content("You are invited.")
    if as_part:
        msg.add_alternative(text.replace("\n", "\r\n"), subtype="calendar",
                            params={"method": "REQUEST"})  # fmt: skip
    if as_attachment:
        msg.add_attachment(text.encode(), maintype="application", subtype="ics",
                           filename="invite.ics")  # fmt: skip
    return msg.as_bytes()


def test_google_invitation_in_a_calendar_part_and_its_attachment_counts_once() -> None:
    [inv] = invitations_in(_message(GOOGLE, as_part=True, as_attachment=True))
    assert inv.uid == "0f3kq7@google.com" and inv.method == "REQUEST" and not inv.cancels
    assert (inv.start, inv.end) == (
        datetime(2026, 11, 13, 10, tzinfo=UTC),
        datetime(2026, 11, 13, 11, tzinfo=UTC),
    )
    assert inv.attendees == ("maya@okafor.dev", "marcus.lee@northwind.io")
    assert inv.summary == "Interview: Maya Okafor"


def test_outlook_cancellation_with_a_windows_time_zone() -> None:
    [inv] = invitations_in(_message(OUTLOOK_CANCEL, as_part=True, as_attachment=False))
    assert inv.cancels and inv.sequence == 2
    assert inv.start is not None
    assert inv.start.astimezone(UTC) == datetime(2026, 11, 18, 13, tzinfo=UTC)  # CET = UTC+1


def test_calendly_attachment_with_a_duration() -> None:
    [inv] = invitations_in(_message(CALENDLY, as_part=False, as_attachment=True))
    assert inv.method == "PUBLISH" and not inv.cancels
    assert inv.end == datetime(2026, 11, 20, 16, 0, tzinfo=UTC)


def test_no_calendar_and_broken_calendars_give_nothing() -> None:
    plain = _message(GOOGLE, as_part=False, as_attachment=False)
    assert not may_hold_invitation(plain) and invitations_in(plain) == ()
    broken = _message("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:nonsense\n", as_part=True,
                      as_attachment=False)  # fmt: skip
    assert invitations_in(broken) == ()
    no_uid = _message(GOOGLE.replace("UID:0f3kq7@google.com\n", ""), as_part=True,
                      as_attachment=False)  # fmt: skip
    assert invitations_in(no_uid) == ()
