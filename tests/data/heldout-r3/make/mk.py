"""Builds the round-3 held-out .eml files and labels from hand-written message specs (stdlib only)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
POL = policy.default.clone(linesep="\n", max_line_length=200)


def parse_date(s: str) -> dt.datetime:
    """'2026-03-03 09:14 +0100' -> aware datetime."""
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M %z")


def mid_for(key: str, frm: str) -> str:
    """A deterministic Message-ID on the sender's domain."""
    dom = frm.split("@")[-1].rstrip(">").strip()
    h = hashlib.sha1(key.encode()).hexdigest()
    return f"<{h[:10]}.{h[10:18]}@{dom}>"


def ics(method: str, summary: str, start: str, end: str, organizer: str, attendees: list[str],
        uid: str, location: str = "", seq: int = 0, desc: str = "") -> str:
    """A minimal VCALENDAR with one VEVENT (times in UTC, 'YYYYMMDDTHHMMSSZ')."""
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN"
             if "google" in organizer or "gmail" in organizer else
             "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
             "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT",
             f"DTSTART:{start}", f"DTEND:{end}", f"DTSTAMP:{start[:8]}T000000Z",
             f"ORGANIZER;CN={organizer.split('<')[0].strip()}:mailto:{organizer.split('<')[-1].rstrip('>')}",
             f"UID:{uid}"]
    for a in attendees:
        lines.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{a}")
    if desc:
        lines.append("DESCRIPTION:" + desc.replace("\n", "\\n").replace(",", "\\,"))
    lines += [f"LOCATION:{location}", f"SEQUENCE:{seq}",
              f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}",
              f"SUMMARY:{'Canceled: ' if method == 'CANCEL' else ''}{summary}",
              "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines) + "\r\n"


def build(key: str, *, frm: str, to: str, date: str, subj: str, text: str | None = None,
          html: str | None = None, cal: str | None = None, cal_method: str = "REQUEST",
          mid: str | None = None, irt: str | None = None, refs: list[str] | None = None,
          cc: str | None = None, extra: dict[str, str] | None = None,
          attach: list[tuple[str, str, bytes]] | None = None) -> EmailMessage:
    """One message; `text`/`html`/`cal` choose the MIME shape."""
    m = EmailMessage(policy=POL)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Date"] = format_datetime(parse_date(date))
    m["Subject"] = subj
    m["Message-ID"] = mid or mid_for(key, frm)
    if irt:
        m["In-Reply-To"] = irt
        m["References"] = " ".join(refs or [irt])
    m["MIME-Version"] = "1.0"
    for k, v in (extra or {}).items():
        m[k] = v
    if text is not None:
        m.set_content(text.strip("\n") + "\n")
        if html is not None:
            m.add_alternative(html, subtype="html")
    elif html is not None:
        m.set_content(html, subtype="html")
    if cal is not None:
        if not m.is_multipart() and text is None and html is None:
            m.set_content("Invitation", subtype="plain")
        if m.get_content_maintype() != "multipart":
            m.make_alternative()
        m.add_alternative(cal, subtype="calendar", params={"method": cal_method})
    for fname, ctype, data in attach or []:
        if m.get_content_type() != "multipart/mixed":
            m.make_mixed()
        maint, subt = ctype.split("/")
        m.add_attachment(data, maintype=maint, subtype=subt, filename=fname)
    return m


class Set:
    """Collects messages and their labels for one folder."""

    def __init__(self, folder: str, prefix: str) -> None:
        self.dir = HERE / folder
        self.dir.mkdir(parents=True, exist_ok=True)
        self.prefix = prefix
        self.labels: dict[str, dict[str, object]] = {}
        self.n = 0
        self.last: dict[str, str] = {}

    def add(self, slug: str, labels: list[str] | tuple[str, ...] = (), by: str | None = None,
            lang: str | None = None, **kw: object) -> str:
        """Write <prefix>-NNN-<slug>.eml and record its labels; returns its Message-ID."""
        self.n += 1
        name = f"{self.prefix}-{self.n:03d}-{slug}.eml"
        assert name not in self.labels
        assert ("timeline_stated" in labels) == (by is not None), name
        m = build(name, **kw)  # type: ignore[arg-type]
        (self.dir / name).write_bytes(m.as_bytes(policy=POL))
        entry: dict[str, object] = {"labels": sorted(labels), "expected_by": by}
        if lang:
            entry["language"] = lang
        self.labels[name] = entry
        if by:
            d0 = parse_date(str(kw["date"])).date()
            d1 = dt.date.fromisoformat(by)
            print(f"  {name}: sent {d0:%a %d %b} -> {d1:%a %d %b %Y} (+{(d1 - d0).days}d)")
        return str(m["Message-ID"])

    def save(self) -> None:
        """Merge this run's labels into labels.json."""
        path = self.dir / "labels.json"
        old = json.loads(path.read_text()) if path.exists() else {}
        old = {k: v for k, v in old.items() if not k.startswith(self.prefix + "-")}
        old.update(self.labels)
        path.write_text(json.dumps(dict(sorted(old.items())), indent=1, ensure_ascii=False) + "\n")
        print(f"{self.dir.name}/{self.prefix}: {len(self.labels)} messages")


def quote(text: str, who: str, when: str) -> str:
    """Gmail-style quoted history."""
    q = "\n".join("> " + ln if ln else ">" for ln in text.strip().splitlines())
    return f"\nOn {when}, {who} wrote:\n{q}\n"


def outlook_quote(text: str, frm: str, sent: str, to: str, subj: str) -> str:
    """Outlook-style original message block (not '>'-quoted)."""
    return (f"\n________________________________\nFrom: {frm}\nSent: {sent}\nTo: {to}\n"
            f"Subject: {subj}\n\n{text.strip()}\n")


LEGAL = ("This email and any attachments are confidential and intended solely for the addressee. "
         "If you have received it in error please notify the sender and delete it. Nothing in this "
         "email constitutes an offer of employment or a contract unless confirmed in writing by an "
         "authorised signatory. {co} is registered in England and Wales, company no. {no}. "
         "Registered office: {addr}.")

PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
