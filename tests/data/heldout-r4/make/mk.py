"""Helpers that turn the hand-written message specs of round 4 into MIME messages.

Standard library only. The specs (en_*.py, intl_*.py, scenario_mail.py) hold the words; this
module only does the MIME plumbing: headers, parts, calendar text, quoting.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from email import policy, utils
from email.message import EmailMessage
from typing import Any

POLICY = policy.default.clone(linesep="\n")


def when(s: str) -> datetime:
    """'2026-03-03 09:14 +0000' -> an aware datetime."""
    return datetime.strptime(s, "%Y-%m-%d %H:%M %z")


def rfc_date(s: str) -> str:
    """'2026-03-03 09:14 +0000' -> 'Tue, 03 Mar 2026 09:14:37 +0000' (seconds from the text)."""
    d = when(s)
    sec = int(hashlib.md5(s.encode()).hexdigest()[:4], 16) % 60
    return utils.format_datetime(d.replace(second=sec))


def addr_domain(a: str) -> str:
    """The domain of the (first) address in a header value."""
    return utils.parseaddr(a)[1].rsplit("@", 1)[-1] or "localhost"


def make_id(seed: str, domain: str) -> str:
    """A stable Message-ID for a spec."""
    h = hashlib.sha1(seed.encode()).hexdigest()
    return f"<{h[:12]}.{h[12:20]}@{domain}>"


def quote(text: str) -> str:
    """Quote earlier text the way mail clients do."""
    return "\n".join(("> " + ln) if ln.strip() else ">" for ln in text.strip("\n").splitlines())


def wrote(date: str, who: str, text: str, style: str = "gmail") -> str:
    """An attribution line plus the quoted earlier message."""
    d = when(date)
    if style == "outlook":
        return (
            "\n________________________________\n"
            f"From: {who}\nSent: {d.strftime('%A, %d %B %Y %H:%M')}\n"
            f"Subject: see below\n\n{text.strip()}\n"
        )
    head = f"On {d.strftime('%a, %d %b %Y at %H:%M')}, {who} wrote:"
    return f"\n{head}\n{quote(text)}\n"


def ics(
    method: str,
    uid: str,
    start: str,
    end: str,
    summary: str,
    organizer: str,
    attendees: list[str],
    *,
    seq: int = 0,
    location: str = "",
    description: str = "",
    tzid: str = "",
    prodid: str = "-//Google Inc//Google Calendar 70.9054//EN",
    stamp: str = "20260101T000000Z",
) -> str:
    """A VCALENDAR with one VEVENT; start/end as 'YYYYMMDDTHHMMSS' (local when tzid) or '...Z'."""
    status = "CANCELLED" if method == "CANCEL" else "CONFIRMED"
    dt = (lambda k, v: f"{k};TZID={tzid}:{v}") if tzid else (lambda k, v: f"{k}:{v}")
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{prodid}",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        dt("DTSTART", start),
        dt("DTEND", end),
        f"DTSTAMP:{stamp}",
        f"ORGANIZER;CN={utils.parseaddr(organizer)[0] or 'Organizer'}:mailto:{utils.parseaddr(organizer)[1]}",
        f"UID:{uid}",
    ]
    for a in attendees:
        name, mail = utils.parseaddr(a)
        lines.append(
            f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={name or mail}:mailto:{mail}"
        )
    if description:
        lines.append("DESCRIPTION:" + description.replace("\n", "\\n").replace(",", "\\,"))
    if location:
        lines.append("LOCATION:" + location.replace(",", "\\,"))
    lines += [f"SEQUENCE:{seq}", f"STATUS:{status}", f"SUMMARY:{summary}", "TRANSP:OPAQUE",
              "END:VEVENT", "END:VCALENDAR", ""]
    # Fold long lines at 74 octets as RFC 5545 asks.
    out = []
    for ln in lines:
        while len(ln) > 74:
            out.append(ln[:74])
            ln = " " + ln[74:]
        out.append(ln)
    return "\r\n".join(out)


def build(spec: dict[str, Any]) -> EmailMessage:
    """One spec -> one EmailMessage."""
    m = EmailMessage(policy=POLICY)
    for key in ("from", "to", "cc", "reply_to"):
        if spec.get(key):
            m[key.replace("_", "-").title()] = spec[key]
    m["Date"] = spec.get("raw_date") or rfc_date(spec["date"])
    m["Subject"] = spec["subject"]
    dom = spec.get("id_domain") or addr_domain(spec["from"])
    m["Message-ID"] = spec.get("mid") or make_id(spec["name"], dom)
    if spec.get("parent"):
        parents = spec["parent"] if isinstance(spec["parent"], list) else [spec["parent"]]
        m["In-Reply-To"] = parents[-1]
        m["References"] = " ".join(parents)
    for k, v in spec.get("headers", {}).items():
        m[k] = v
    text, html, cal = spec.get("body"), spec.get("html"), spec.get("ics")
    cte = spec.get("cte")
    kw = {"cte": cte} if cte else {}
    if spec.get("charset"):
        kw["charset"] = spec["charset"]
    if text is not None:
        m.set_content(text.strip("\n") + "\n", **kw)
        if html is not None:
            m.add_alternative(html, subtype="html", **kw)
    elif html is not None:
        m.set_content(html, subtype="html", **kw)
    else:
        m.set_content("\n")
    if cal is not None:
        method = "CANCEL" if "METHOD:CANCEL" in cal else "REQUEST"
        if spec.get("ics_inline", True):
            if not m.is_multipart() or m.get_content_subtype() != "alternative":
                m.make_alternative()
            m.add_alternative(cal, subtype="calendar", params={"method": method})
        m.add_attachment(cal.encode(), maintype="application", subtype="ics",
                         filename=spec.get("ics_name", "invite.ics"))
    for name, maintype, subtype, data in spec.get("attach", []):
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    if spec.get("forward_msg") is not None:
        m.add_attachment(build(spec["forward_msg"]))
    # Fixed boundaries, so rebuilding gives the same bytes.
    seed = hashlib.sha1(spec["name"].encode()).hexdigest()[:16]
    for i, part in enumerate(p for p in m.walk() if p.get_content_maintype() == "multipart"):
        part.set_boundary(f"----=_Part_{i}_{seed}")
    return m


SMALL_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)


def msg(
    name: str,
    frm: str,
    to: str,
    date: str,
    subject: str,
    body: str | None = None,
    labels: tuple[str, ...] | list[str] = (),
    by: str | None = None,
    **kw: Any,
) -> dict[str, Any]:
    """One message spec: headers, words, and (for labelled sets) its labels."""
    return {"name": name, "from": frm, "to": to, "date": date, "subject": subject,
            "body": body, "labels": list(labels), "expected_by": by, **kw}


ME = "Rhiannon Okafor <rhiannon.okafor@gmail.com>"
ME2 = "Rhiannon Okafor <r.okafor@fastmail.co.uk>"
