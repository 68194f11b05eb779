"""Build realistic .eml messages from short hand-written specs (stdlib only)."""

from __future__ import annotations

import email.policy
import hashlib
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime

POLICY = email.policy.default.clone(linesep="\n", max_line_length=78)


def date(stamp: str, zone: str = "+0000") -> str:
    """'2026-11-03 09:14' and '+0530' -> an RFC 5322 Date header value."""
    sign = 1 if zone[0] == "+" else -1
    from datetime import timezone

    tz = timezone(sign * timedelta(hours=int(zone[1:3]), minutes=int(zone[3:5])))
    dt = datetime.strptime(stamp, "%Y-%m-%d %H:%M").replace(tzinfo=tz)
    return format_datetime(dt)


def ics(
    method: str,
    uid: str,
    start: str,
    end: str,
    summary: str,
    organizer: str,
    attendees: list[str],
    seq: int = 0,
    location: str = "",
    tzid: str = "Europe/London",
    prodid: str = "-//Google Inc//Google Calendar 70.9054//EN",
    description: str = "",
) -> str:
    """A VCALENDAR with one VEVENT; start/end as 'YYYYMMDDTHHMMSS' local to tzid."""
    status = "CANCELLED" if method == "CANCEL" else "CONFIRMED"
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{prodid}",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"DTSTART;TZID={tzid}:{start}",
        f"DTEND;TZID={tzid}:{end}",
        "DTSTAMP:20261101T090000Z",
        f"ORGANIZER;CN={organizer.split('@')[0]}:mailto:{organizer}",
    ]
    for a in attendees:
        lines.append(
            f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{a}"
        )
    lines += [
        f"UID:{uid}",
        f"SEQUENCE:{seq}",
        f"STATUS:{status}",
        f"SUMMARY:{summary}",
    ]
    if location:
        lines.append(f"LOCATION:{location}")
    if description:
        lines.append("DESCRIPTION:" + description.replace("\n", "\\n"))
    lines += ["TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR", ""]
    return "\r\n".join(lines)


def build(
    frm: str,
    to: str,
    when: str,
    subject: str,
    text: str | None = None,
    html: str | None = None,
    cal: str | None = None,
    cal_method: str = "REQUEST",
    cal_as_attachment: bool = False,
    msgid: str | None = None,
    in_reply_to: str | None = None,
    references: str | None = None,
    cc: str | None = None,
    headers: dict[str, str] | None = None,
    cte: str | None = None,
    attachments: list[tuple[str, str, bytes]] | None = None,
    seed: str = "",
) -> EmailMessage:
    """One message; text and/or html alternative, optional calendar part and attachments."""
    msg = EmailMessage(policy=POLICY)
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Date"] = when
    msg["Subject"] = subject
    if msgid is None:
        dom = frm.rsplit("@", 1)[-1].rstrip(">").strip()
        h = hashlib.sha1((frm + when + subject + seed).encode()).hexdigest()
        msgid = f"<{h[:12]}.{h[12:20]}@{dom}>"
    msg["Message-ID"] = msgid
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = references or in_reply_to
    msg["MIME-Version"] = "1.0"
    for k, v in (headers or {}).items():
        msg[k] = v
    kw = {"cte": cte} if cte else {}
    if text is not None:
        msg.set_content(text, **kw)
        if html is not None:
            msg.add_alternative(html, subtype="html", **kw)
    elif html is not None:
        msg.set_content(html, subtype="html", **kw)
    if cal is not None:
        if cal_as_attachment:
            msg.add_attachment(
                cal.encode(), maintype="text", subtype="calendar", filename="invite.ics"
            )
        else:
            if not msg.is_multipart():
                msg.make_alternative()
            part = EmailMessage(policy=POLICY)
            part.set_content(cal, subtype="calendar", cte="7bit")
            part.set_param("method", cal_method)
            msg.attach(part)
    for name, ctype, data in attachments or []:
        main, sub = ctype.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    # Fixed boundaries, so that rebuilding gives the same bytes.
    tag = hashlib.sha1((msgid + seed).encode()).hexdigest()[:16]
    for i, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary(f"----=_Part_{i}_{tag}")
    return msg
