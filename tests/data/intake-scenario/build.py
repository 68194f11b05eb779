"""Write the intake scenario: Maya Okafor's mailbox over six applications (mailbox.mbox) and
what a person reading it concludes (expected.json). Run: python build.py

No folder is marked Sent: her own replies sit in the one mbox beside everything else. She
writes from her own domain (okafor.dev); one recruiter writes from Gmail, an unknown one from
Outlook; her referee works at a university; one employer writes in German; one invitation
comes as a text/calendar part and is then moved. Each message says what it should become:
`app` (the application's key), "review" (stored, to review) or None (not stored).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).parent
MAYA = "Maya Okafor <maya@okafor.dev>"
PRIYA = "Priya Shah <priya.shah@northwind.io>"
MARCUS = "Marcus Lee <marcus.lee@northwind.io>"
HELEN = "Dr Helen Park <h.park@uni-leeds.ac.uk>"
JAMES = "James Whitaker <jwhitaker.talent@gmail.com>"
SARAH = "Sarah Mills <sarah.hires@outlook.com>"
LEAH = "Leah Grant <leah.grant@quayside.com>"
FERNHILL = "Fernhill Energy Recruitment <careers@fernhill-energy.co.uk>"
GREENHOUSE = "Brightline Health <no-reply@us.greenhouse-mail.io>"
JONAS = "Jonas Weber <j.weber@kranich-logistik.de>"


def at(day: int, hour: float) -> datetime:
    """A moment in November 2026 (UTC)."""
    return datetime(2026, 11, day, tzinfo=UTC) + timedelta(hours=hour)


def ics(uid: str, start: datetime, minutes: int, sequence: int, method: str = "REQUEST") -> str:
    fmt = "%Y%m%dT%H%M%SZ"
    end = start + timedelta(minutes=minutes)
    return (
        "BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\n"
        f"METHOD:{method}\r\nBEGIN:VEVENT\r\nDTSTART:{start:{fmt}}\r\nDTEND:{end:{fmt}}\r\n"
        f"DTSTAMP:20261101T090000Z\r\nORGANIZER;CN=Fernhill Energy:mailto:careers@fernhill-"
        "energy.co.uk\r\nUID:" + uid + "\r\nATTENDEE;CN=Maya Okafor;ROLE=REQ-PARTICIPANT:"
        "mailto:maya@okafor.dev\r\nATTENDEE;CN=Ravi Kumar:mailto:ravi.kumar@fernhill-energy.co.uk"
        f"\r\nSEQUENCE:{sequence}\r\nSTATUS:CONFIRMED\r\nSUMMARY:Interview: Maya Okafor / "
        "Fernhill Energy\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )


MESSAGES: list[dict[str, object]] = []


def add(
    mid: str, sender: str, to: str, when: datetime, subject: str, body: str,
    expect: str | None, *, reply_to: str | None = None, cc: str | None = None,
    headers: dict[str, str] | None = None, calendar: str | None = None,
) -> None:  # fmt: skip
    MESSAGES.append(dict(mid=mid, sender=sender, to=to, when=when, subject=subject, body=body,
                         expect=expect, reply_to=reply_to, cc=cc, headers=headers or {},
                         calendar=calendar))  # fmt: skip


# Northwind Analytics: recruiter Priya (known), interview 3 Nov, thank-you, quick reply,
# references through her referee Helen, then an offer. The hiring manager is not on file.
add(
    "nw-1",
    PRIYA,
    MAYA,
    datetime(2026, 10, 27, 9, tzinfo=UTC),
    "Data Engineer role at Northwind",
    "Hi Maya,\n\nThanks for your application for the Data Engineer role. We would like to invite"
    " you to an interview with our data team. Could you share a few times that suit you next "
    "week?\n\nBest,\nPriya Shah\nTalent Partner, Northwind Analytics",
    "northwind",
)
add(
    "nw-2",
    MAYA,
    PRIYA,
    datetime(2026, 10, 28, 8, tzinfo=UTC),
    "Re: Data Engineer role at Northwind",
    "Hi Priya,\n\nThank you, that sounds great. Tuesday 3 November at 10:00 works for me.\n\n"
    "Best,\nMaya",
    "northwind",
    reply_to="nw-1",
)
add(
    "nw-3",
    MAYA,
    PRIYA,
    at(3, 14),
    "Thank you for today",
    "Hi Priya,\n\nThank you for arranging today's interview, I really enjoyed meeting Marcus "
    "and the team and learning about the pipeline work.\n\nBest wishes,\nMaya",
    "northwind",
)
add(
    "nw-4",
    PRIYA,
    MAYA,
    at(3, 16.5),
    "Re: Thank you for today",
    "Hi Maya,\n\nLovely to hear! The team really enjoyed meeting you too. I'll be in touch "
    "soon.\n\nPriya",
    "northwind",
    reply_to="nw-3",
)
add(
    "nw-5",
    MARCUS,
    MAYA,
    at(6, 11),
    "Next steps",
    "Hi Maya,\n\nMarcus here, hiring manager for the data team. Could you send us the names "
    "and contact details of two references?\n\nThanks,\nMarcus",
    "northwind",
)
add(
    "nw-6",
    MAYA,
    HELEN,
    at(6, 13),
    "Reference for Northwind Analytics",
    "Dear Helen,\n\nNorthwind Analytics have asked for references for a Data Engineer role. "
    "Would you be happy to be one of my referees? Their recruiter is Priya Shah.\n\n"
    "Many thanks,\nMaya",
    "northwind",
)
add(
    "nw-7",
    HELEN,
    MAYA,
    at(6, 15),
    "Re: Reference for Northwind Analytics",
    "Dear Maya,\n\nOf course, happy to. Good luck!\n\nHelen\n--\nDr Helen Park\nSchool of "
    "Computing, University of Leeds",
    "northwind",
    reply_to="nw-6",
)
add(
    "nw-8",
    MAYA,
    MARCUS,
    at(6, 16),
    "Re: Next steps",
    "Hi Marcus,\n\nMy referees are Dr Helen Park (h.park@uni-leeds.ac.uk) and Tom Reyes.\n\n"
    "Sent from my iPhone",
    "northwind",
    reply_to="nw-5",
)
add(
    "nw-9",
    PRIYA,
    MAYA,
    at(12, 10),
    "Offer - Data Engineer",
    "Hi Maya,\n\nI'm delighted to offer you the Data Engineer position at Northwind "
    "Analytics! The formal offer letter is attached.\n\nPriya",
    "northwind",
)
# Her university's alumni office (the referee's domain): bulk, about interviews, no one's.
add(
    "leeds-1",
    "Leeds Alumni Careers <careers@uni-leeds.ac.uk>",
    MAYA,
    at(8, 9),
    "Alumni careers: interview tips and the winter fair",
    "Preparing for an interview? Our careers team shares ten tips. Join the winter careers "
    "fair on 3 December.",
    None,
    headers={"List-Unsubscribe": "<mailto:leave@uni-leeds.ac.uk>", "Precedence": "bulk"},
)
add(
    "leeds-2",
    "Dr Amir Haddad <a.haddad@uni-leeds.ac.uk>",
    MAYA,
    at(9, 14),
    "Research engineer post",
    "Dear Maya,\n\nHelen mentioned you might be interested in our research engineer post. "
    "We would like to invite you to an interview with the group.\n\nAmir",
    "review",
)

# Brightline Health: through Greenhouse, a receipt then a rejection.
add(
    "bl-1",
    GREENHOUSE,
    MAYA,
    at(2, 8),
    "Thank you for applying to Brightline Health",
    "Hi Maya,\n\nThank you for applying to the Analytics Engineer role at Brightline Health. "
    "We have received your application and our team will review it.\n\nBrightline Health "
    "Talent Team",
    "brightline",
)
add(
    "bl-2",
    GREENHOUSE,
    MAYA,
    at(10, 8),
    "Your application to Brightline Health",
    "Hi Maya,\n\nThank you for your interest in Brightline Health. Unfortunately, we have "
    "decided to move forward with other candidates whose experience more closely matches "
    "the role.\n\nBrightline Health Talent Team",
    "brightline",
)

# Castlerock Software: an agency recruiter who writes from Gmail (on file).
add(
    "cr-1",
    JAMES,
    MAYA,
    at(4, 9),
    "Castlerock Software - Platform Engineer",
    "Hi Maya,\n\nGreat news - Castlerock Software would like to invite you to an interview "
    "for the Platform Engineer role. Are you free Thursday afternoon?\n\nCheers,\nJames\n"
    "Whitaker Talent",
    "castlerock",
)
add(
    "cr-2",
    MAYA,
    JAMES,
    at(4, 10),
    "Re: Castlerock Software - Platform Engineer",
    "Hi James, thanks! Thursday after 2pm is fine.\nMaya",
    "castlerock",
    reply_to="cr-1",
)
add(
    "cr-3",
    JAMES,
    MAYA,
    at(4, 11),
    "Re: Castlerock Software - Platform Engineer",
    "Perfect, I'll confirm with them and come back to you.\nJames",
    "castlerock",
    reply_to="cr-2",
)
# An unknown agency recruiter on Outlook: fits no application, so it is reviewed.
add(
    "sm-1",
    SARAH,
    MAYA,
    at(5, 15),
    "Data Engineer opportunity - fintech",
    "Hi Maya,\n\nI'm recruiting for a Data Engineer at a fast-growing fintech and we would "
    "like to invite you to an interview. Let me know if you're interested!\n\nSarah",
    "review",
)
add(
    "sm-2",
    MAYA,
    SARAH,
    at(5, 18),
    "Re: Data Engineer opportunity - fintech",
    "Hi Sarah, thanks for thinking of me, but I'm not looking at fintech roles right now.\nMaya",
    None,
    reply_to="sm-1",
)

# Quayside Bank: replies within the hour BEFORE the interview (no quick reply to a
# thank-you), then a thank-you after it answered four days later (too slow).
add(
    "qs-1",
    LEAH,
    MAYA,
    at(2, 10),
    "Interview at Quayside Bank",
    "Hi Maya,\n\nWe would like to invite you to an interview for the Risk Data Analyst role. "
    "Would Wednesday 4 November at 14:00 work?\n\nKind regards,\nLeah Grant",
    "quayside",
)
add(
    "qs-2",
    MAYA,
    LEAH,
    at(2, 11),
    "Re: Interview at Quayside Bank",
    "Hi Leah,\n\nThank you! Wednesday at 14:00 works well.\n\nMaya",
    "quayside",
    reply_to="qs-1",
)
add(
    "qs-3",
    LEAH,
    MAYA,
    at(2, 11.5),
    "Re: Interview at Quayside Bank",
    "Great, see you on Wednesday. The address is 1 Quayside Street.\n\nLeah",
    "quayside",
    reply_to="qs-2",
)
add(
    "qs-4",
    MAYA,
    LEAH,
    at(5, 9),
    "Thank you",
    "Hi Leah,\n\nThank you for yesterday's interview, please pass my thanks to the panel.\n\nMaya",
    "quayside",
)
add(
    "qs-5",
    LEAH,
    MAYA,
    at(9, 12),
    "Re: Thank you",
    "Hi Maya, thanks for your note. We'll be back in touch next week.\n\nLeah",
    "quayside",
    reply_to="qs-4",
)

# Fernhill Energy: the careers address names the company; an invitation, then it moves.
add(
    "fh-1",
    FERNHILL,
    MAYA,
    at(7, 9),
    "Invitation: Interview with Fernhill Energy",
    "Hi Maya,\n\nPlease find attached an invitation for your interview with Ravi Kumar.\n\n"
    "Fernhill Energy Recruitment",
    "fernhill",
    calendar=ics("fh-interview-1@fernhill", at(13, 10), 60, 0),
)
add(
    "fh-2",
    FERNHILL,
    MAYA,
    at(9, 9),
    "Updated invitation: Interview with Fernhill Energy",
    "Hi Maya,\n\nRavi has a conflict, so we have moved your interview to Monday 16 November."
    "\n\nFernhill Energy Recruitment",
    "fernhill",
    calendar=ics("fh-interview-1@fernhill", at(16, 14), 60, 1),
)

# Kranich Logistik: the recruiter (on file) writes in German (the rules read German).
add(
    "kr-1",
    JONAS,
    MAYA,
    at(11, 8),
    "Ihre Bewerbung als Data Engineer",
    "Sehr geehrte Frau Okafor,\n\nvielen Dank für Ihre Bewerbung und das Interesse an der "
    "Kranich Logistik GmbH. Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere "
    "Kandidatin entschieden haben. Wir wünschen Ihnen für Ihre weitere Suche alles Gute und "
    "bedanken uns für die Zeit, die Sie in den Prozess investiert haben.\n\nMit freundlichen "
    "Grüßen\nJonas Weber\nPersonalabteilung",
    "kranich",
)

# Everyday mail that is nobody's job mail.
add(
    "x-1",
    "Mum <grace.okafor@btinternet.com>",
    MAYA,
    at(8, 19),
    "Sunday lunch",
    "Are you coming on Sunday? Dad is making jollof.",
    None,
)
add(
    "x-2",
    "Ocado <orders@ocado.com>",
    MAYA,
    at(9, 7),
    "Your order is confirmed",
    "Thanks for your order. Delivery slot: Tuesday 8-9am.",
    None,
    headers={"List-Unsubscribe": "<mailto:u@ocado.com>"},
)


def build(spec: dict[str, object]) -> bytes:
    msg = EmailMessage()
    msg["From"] = str(spec["sender"])
    msg["To"] = str(spec["to"])
    if spec["cc"]:
        msg["Cc"] = str(spec["cc"])
    msg["Subject"] = str(spec["subject"])
    msg["Date"] = format_datetime(spec["when"])  # type: ignore[arg-type]
    msg["Message-ID"] = f"<{spec['mid']}@scenario.example>"
    if spec["reply_to"]:
        ref = f"<{spec['reply_to']}@scenario.example>"
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    for name, value in spec["headers"].items():  # type: ignore[attr-defined]
        msg[name] = value
    msg.set_content(str(spec["body"]))
    if spec["calendar"]:
        msg.add_alternative(str(spec["calendar"]), subtype="calendar",
                            params={"method": "REQUEST"})  # fmt: skip
        msg.add_attachment(str(spec["calendar"]).encode(), maintype="application",
                           subtype="ics", filename="invite.ics")  # fmt: skip
    return msg.as_bytes()


def main() -> None:
    ordered = sorted(MESSAGES, key=lambda m: m["when"])  # type: ignore[arg-type, return-value]
    with (HERE / "mailbox.mbox").open("wb") as out:
        for spec in ordered:
            out.write(b"From MAILER-DAEMON Mon Nov  2 10:00:00 2026\n")
            for line in build(spec).removesuffix(b"\n").split(b"\n"):
                out.write((b">" + line) if line.lstrip(b">").startswith(b"From ") else line)
                out.write(b"\n")
            out.write(b"\n")
    expected = {
        f"<{m['mid']}@scenario.example>": {
            "expect": m["expect"],
            "direction": "out" if str(m["sender"]) == MAYA else "in",
        }
        for m in ordered
    }
    (HERE / "expected.json").write_text(json.dumps(expected, indent=1) + "\n")


if __name__ == "__main__":
    main()
