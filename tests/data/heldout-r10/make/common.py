"""Helpers that turn compact message specs into .eml text (stdlib only)."""

from __future__ import annotations

from email.message import EmailMessage
from email.utils import make_msgid

ICS = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:{method}
BEGIN:VEVENT
DTSTART:{start}
DTEND:{end}
DTSTAMP:20261101T090000Z
ORGANIZER;CN={org}:mailto:{orgmail}
UID:{uid}
ATTENDEE;CN={att};ROLE=REQ-PARTICIPANT:mailto:{attmail}
SUMMARY:{summary}
STATUS:{status}
SEQUENCE:{seq}
END:VEVENT
END:VCALENDAR
"""


def build(frm: str, to: str, date: str, subj: str, body: str, *, html: str | None = None,
          html_only: bool = False, ics: dict[str, str] | None = None, reply: str | None = None,
          mid: str | None = None, headers: dict[str, str] | None = None) -> EmailMessage:
    """One message: plain text, optional HTML alternative, optional text/calendar part."""
    msg = EmailMessage()
    msg["From"] = frm
    msg["To"] = to
    msg["Date"] = date
    msg["Subject"] = subj
    dom = frm.split("@")[-1].strip(">")
    msg["Message-ID"] = mid or make_msgid(domain=dom)
    if reply:
        msg["In-Reply-To"] = reply
        msg["References"] = reply
    for k, v in (headers or {}).items():
        msg[k] = v
    if html_only and html:
        msg.set_content(html, subtype="html")
    else:
        msg.set_content(body)
        if html:
            msg.add_alternative(html, subtype="html")
    if ics:
        fields = {"status": "CONFIRMED", "seq": "0", **ics}
        text = ICS.format(**fields)
        if msg.is_multipart():
            msg.add_attachment(text.encode(), maintype="text", subtype="calendar",
                               filename="invite.ics", params={"method": fields["method"]})
        else:
            msg.make_mixed()
            msg.add_attachment(text.encode(), maintype="text", subtype="calendar",
                               filename="invite.ics", params={"method": fields["method"]})
    return msg
