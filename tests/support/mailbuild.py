"""Build real-looking mail for tests: messages as bytes, mbox files, Maildir folders."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

_counter = iter(range(1, 1_000_000))


def mail(
    subject: str,
    body: str,
    *,
    sender: str = "Ana Lopez <ana@acme.example>",
    to: str = "Sam Candidate <sam@example.net>",
    date: datetime | str = "Wed, 04 Mar 2026 10:00:00 +0000",
    msgid: str | None = None,
    in_reply_to: str | None = None,
    references: str | None = None,
    html: bool = False,
    cte: str | None = None,
    charset: str = "utf-8",
    headers: dict[str, str] | None = None,
) -> bytes:
    """One message. `msgid` defaults to a fresh unique id; "" means no Message-ID at all."""
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date) if isinstance(date, datetime) else date
    if msgid != "":
        msg["Message-ID"] = msgid or f"<t{next(_counter)}@test.example>"
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
    if references:
        msg["References"] = references
    for name, value in (headers or {}).items():
        msg[name] = value
    if html:
        msg.set_content(f"<html><body><p>{body}</p></body></html>", subtype="html",
                        charset=charset, cte=cte)  # fmt: skip
    else:
        msg.set_content(body, charset=charset, cte=cte)
    return msg.as_bytes()


def write_mbox(path: Path, messages: Iterable[bytes]) -> Path:
    """An mbox file (mboxrd: body lines starting with >*From are escaped)."""
    with path.open("wb") as out:
        for data in messages:
            out.write(b"From MAILER-DAEMON Wed Mar  4 10:00:00 2026\n")
            for line in data.removesuffix(b"\n").split(b"\n"):
                out.write((b">" + line) if line.lstrip(b">").startswith(b"From ") else line)
                out.write(b"\n")
            out.write(b"\n")
    return path


def write_maildir(path: Path, messages: Iterable[bytes], flags: str = "") -> Path:
    """A Maildir folder: the first half in new/, the rest in cur/ (with `flags`)."""
    items = list(messages)
    for sub in ("new", "cur", "tmp"):
        (path / sub).mkdir(parents=True, exist_ok=True)
    for index, data in enumerate(items):
        name = f"{1772600000 + index}.M{index}P1.test"
        if index < len(items) // 2:
            (path / "new" / name).write_bytes(data)
        else:
            (path / "cur" / f"{name}:2,{flags}").write_bytes(data)
    return path


def invitation(
    uid: str,
    start: datetime,
    *,
    seq: int,
    method: str,
    sent: datetime,
    attendees: tuple[str, ...] = (":mailto:sam@example.net",),
    sender: str = "Ana Lopez <ana@acme.example>",
) -> bytes:
    """A recruiter's mail (from Ana at Acme unless `sender`) with a calendar part (REQUEST
    or CANCEL) for event `uid`, an hour from `start`; each of `attendees` is an ATTENDEE
    line after its name."""
    from datetime import timedelta

    status = "CANCELLED" if method == "CANCEL" else "CONFIRMED"
    people = "".join(f"ATTENDEE{a}\r\n" for a in attendees)
    ics = (
        f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nMETHOD:{method}\r\n"
        f"BEGIN:VEVENT\r\nUID:{uid}\r\nSEQUENCE:{seq}\r\nSTATUS:{status}\r\n"
        f"DTSTART:{start:%Y%m%dT%H%M%SZ}\r\nDTEND:{start + timedelta(hours=1):%Y%m%dT%H%M%SZ}"
        f"\r\nSUMMARY:Interview with Acme\r\n{people}END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "sam@example.net"
    msg["Subject"] = {"REQUEST": "Invitation", "CANCEL": "Cancelled"}[method] + ": Interview"
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = f"<{uid}-{seq}-{method}@acme.example>"
    msg.set_content("Please see the calendar entry.")
    msg.add_alternative(ics, subtype="calendar", params={"method": method})
    return msg.as_bytes()
