"""Build tests/data/mail-corpus-2/*.eml and labels.json: the second development corpus.

Sources: tests/data/mail-corpus-2-src/*.txt, blocks in the format of build_mail_corpus.py
(header lines, "---", body, "=====" between messages) with these additions:

- `date` may be ISO ("2026-03-04 10:15 +0000"); it is written as an RFC 5322 Date header.
- `form` also takes `table` (HTML only; body lines "Key | Value" become table rows, the
  way applicant-tracking systems lay out a status page) and `ics` (a Google/Outlook style
  invitation: text/plain beside a text/calendar part built from `ics-start`, `ics-end`,
  `ics-summary`, `ics-method`).
- `headers` adds header fields: "Auto-Submitted=auto-replied, X-Autoreply=yes".
- `variants` writes the same message once more per variant, with the same labels:
  `footer` (a long legal disclaimer after the signature), `reply` (the candidate's earlier
  mail quoted below), `forward` (sent on by a colleague with one line on top), `phone`
  (a mobile footer).

A message's split is `dev` or `check` by a hash of its name (about one in four is `check`):
errors on `check` are never listed while rules are written, so it stays a fairer figure.
Run: .venv/bin/python scripts/build_mail_corpus2.py
"""

from __future__ import annotations

import hashlib
import html
import json
import sys
from datetime import datetime
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_mail_corpus import (
    CANDIDATE,
    _address,
    _blocks,
    _labels,
    _message,
)

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "tests" / "data" / "mail-corpus-2-src"
TARGET = ROOT / "tests" / "data" / "mail-corpus-2"

FOOTER = """
--------------------------------------------------------------------------------
CONFIDENTIALITY NOTICE: This email and any attachments are confidential and may be
legally privileged. If you are not the intended recipient, please notify the sender
immediately and delete it from your system; you must not copy, forward or disclose its
contents. Nothing in this email constitutes an offer of employment or a contract, and no
contract shall be concluded by email. We may monitor email for security and compliance.
Our privacy notice explains how we process candidate data and how long we keep it: if you
would prefer that we delete your details, reply to this message. Registered office: 1 Canal
Street, London EC1A 1AA. Registered in England and Wales No. 01234567.
"""

REPLY = """
On Mon, 23 Feb 2026 at 09:12, Ana Lopez <ana.lopez@example.net> wrote:
> Hi,
> Thank you for your time on the interview yesterday. I'd be glad to hear about
> next steps, and my notice period is one month. Happy to send references if needed.
> Please let me know if you need anything else - I'm available all next week.
> Best,
> Ana
"""

FORWARD_TOP = """Hi Ana, passing this on from the hiring manager, see below.
Tom

---------- Forwarded message ---------
From: Hiring Team <hiring@example.org>
Date: Fri, 27 Feb 2026 at 16:02
Subject: Candidate update
To: Tom Reed <tom.reed@example.org>

"""


def _date(value: str) -> str:
    try:
        return format_datetime(datetime.strptime(value, "%Y-%m-%d %H:%M %z"))
    except ValueError:
        return value


def _table_html(body: str) -> str:
    rows: list[str] = []
    for line in body.splitlines():
        if "|" in line:
            key, _, value = line.partition("|")
            rows.append(
                f"<tr><td style='font-weight:bold'>{html.escape(key.strip())}</td>"
                f"<td>{html.escape(value.strip())}</td></tr>"
            )
        elif line.strip():
            rows.append(f"<tr><td colspan='2'><p>{html.escape(line)}</p></td></tr>")
    return (
        "<html><body><table width='600' cellpadding='0' cellspacing='0' border='0'>"
        + "\n".join(rows)
        + "</table></body></html>\n"
    )


def _ics(fields: dict[str, str]) -> str:
    method = fields.get("ics-method", "REQUEST")
    status = "CANCELLED" if method == "CANCEL" else "CONFIRMED"
    return (
        "BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\n"
        f"METHOD:{method}\r\nBEGIN:VEVENT\r\nDTSTART:{fields.get('ics-start', '')}\r\n"
        f"DTEND:{fields.get('ics-end', '')}\r\nDTSTAMP:20260301T120000Z\r\n"
        f"ORGANIZER;CN=Recruiting:mailto:recruiting@example.org\r\nUID:{fields['name']}@example\r\n"
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Ana Lopez:mailto:ana.lopez@example.net\r\n"
        f"SUMMARY:{fields.get('ics-summary', 'Interview')}\r\nSTATUS:{status}\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )


def _build(fields: dict[str, str], body: str) -> bytes:
    form = fields.get("form", "plain")
    if form not in ("table", "ics"):
        raw = _message({**fields, "date": _date(fields["date"])}, body)
        return _extra_headers(raw, fields)
    msg: MIMEMultipart | MIMEText
    if form == "table":
        msg = MIMEText(_table_html(body), "html", "utf-8")
    else:
        msg = MIMEMultipart("alternative")
        msg.attach(MIMEText(body, "plain", "utf-8"))
        cal = MIMEText(_ics(fields), "calendar", "utf-8")
        cal.set_param("method", fields.get("ics-method", "REQUEST"))
        msg.attach(cal)
    msg["From"] = _address(fields["from"])
    msg["To"] = _address(fields.get("to", CANDIDATE))
    msg["Subject"] = fields["subject"]
    msg["Date"] = _date(fields["date"])
    domain = fields["from"].rsplit("@", 1)[-1].rstrip(">") or "example.com"
    msg["Message-ID"] = f"<{fields['name']}@{domain}>"
    return _extra_headers(msg.as_bytes(), fields)


def _extra_headers(raw: bytes, fields: dict[str, str]) -> bytes:
    extra = [h.strip() for h in fields.get("headers", "").split(",") if h.strip()]
    lines = b"".join(f"{h.replace('=', ': ', 1)}\n".encode() for h in extra)
    return lines + raw


def _variant(kind: str, body: str) -> str:
    if kind == "footer":
        return body.rstrip("\n") + "\n" + FOOTER
    if kind == "reply":
        return body.rstrip("\n") + "\n" + REPLY
    if kind == "forward":
        return FORWARD_TOP + body
    if kind == "phone":
        return body.rstrip("\n") + "\n\nSent from my iPhone\n"
    raise SystemExit(f"unknown variant {kind!r}")


def split_of(name: str) -> str:
    """`check` for about one message in four (stable), else `dev`."""
    return "check" if hashlib.sha1(name.encode()).digest()[0] % 4 == 0 else "dev"


def main() -> None:
    TARGET.mkdir(parents=True, exist_ok=True)
    for old in TARGET.glob("*.eml"):
        old.unlink()
    labels: dict[str, list[dict[str, str | None]]] = {}
    for source in sorted(SOURCES.glob("*.txt")):
        group = source.stem
        for number, (fields, body) in enumerate(_blocks(source.read_text("utf-8")), 1):
            items = [("", body)] + [
                (v.strip(), _variant(v.strip(), body))
                for v in fields.get("variants", "").split(",")
                if v.strip()
            ]
            for suffix, text in items:
                stem = f"{group}-{number:03d}-{fields['name']}" + (f"-{suffix}" if suffix else "")
                name = f"{split_of(stem)}-{stem}.eml"
                (TARGET / name).write_bytes(_build({**fields, "name": stem}, text))
                labels[name] = _labels(fields.get("labels", ""))
    (TARGET / "labels.json").write_text(json.dumps(labels, indent=1, sort_keys=True) + "\n")
    print(f"{len(labels)} messages written to {TARGET}")


if __name__ == "__main__":
    main()
