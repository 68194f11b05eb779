"""Shared helpers for building the r9 held-out .eml files (stdlib only)."""
import json
from email.message import EmailMessage
from email.utils import make_msgid

ME = "Jordan Ellery <jordan.ellery@fastmail.com>"


def build(frm, subj, date, body, to=ME, html=None, ics=None, reply_to_id=None, quoted=None,
          headers=None, mid=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    m["Date"] = date
    m["Subject"] = subj
    m["Message-ID"] = mid or make_msgid(domain=frm.split("@")[-1].rstrip(">"))
    if reply_to_id:
        m["In-Reply-To"] = reply_to_id
        m["References"] = reply_to_id
    for k, v in (headers or {}).items():
        m[k] = v
    text = body if quoted is None else body + "\n\n" + quoted
    if html and body is None:
        m.set_content(html, subtype="html")
    else:
        m.set_content(text)
        if html:
            m.add_alternative(html, subtype="html")
    if ics:
        m.add_attachment(ics.encode(), maintype="text", subtype="calendar",
                         params={"method": "REQUEST" if "METHOD:REQUEST" in ics else "CANCEL"},
                         filename="invite.ics")
    return m


def ics(method, uid, start, end, summary, org, att, seq=0):
    status = "CANCELLED" if method == "CANCEL" else "CONFIRMED"
    return "\r\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "VERSION:2.0", f"METHOD:{method}", "BEGIN:VEVENT", f"UID:{uid}", f"SEQUENCE:{seq}",
        f"DTSTAMP:{start}", f"DTSTART:{start}", f"DTEND:{end}", f"SUMMARY:{summary}",
        f"ORGANIZER;CN=Organizer:mailto:{org}", f"ATTENDEE;RSVP=TRUE:mailto:{att}",
        f"STATUS:{status}", "END:VEVENT", "END:VCALENDAR", ""])


def write_set(folder, msgs):
    labels = {}
    for i, spec in enumerate(msgs, 1):
        name = f"{i:03d}-{spec['slug']}.eml"
        (folder / name).write_bytes(bytes(spec["msg"]))
        entry = {"labels": sorted(spec["labels"])}
        if "timeline_stated" in spec["labels"]:
            entry["expected_by"] = spec["by"]
        if spec.get("lang"):
            entry["language"] = spec["lang"]
        labels[name] = entry
    (folder / "labels.json").write_text(json.dumps(labels, indent=1, sort_keys=True) + "\n")
