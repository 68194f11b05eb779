#!/usr/bin/env python3
"""Check that the r9 held-out files parse and their labels use only known names (no eval).

Usage: python3 tests/data/heldout-r9/make/check_r9.py   (exit 1 and one line per problem)
"""

import email
import json
import mailbox
import re
import sys
from email import policy
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LABELS = {"application_received", "interview_request", "notice_period_asked",
          "references_requested", "references_contacted", "salary_discussed",
          "timeline_stated", "offer", "rejection"}
KINDS = LABELS | {"thank_you_quick_reply"}
STATUSES = {"interested", "applied", "screening", "interviewing", "offer", "accepted",
            "rejected", "withdrawn", "ghosted"}
ROLES = {"recruiter", "hiring_manager", "interviewer", "team_member", "reference"}


def check_set(name: str, problems: list[str]) -> None:
    folder = ROOT / name
    labels = json.loads((folder / "labels.json").read_text())
    files = {p.name for p in folder.glob("*.eml")}
    if files != set(labels):
        problems.append(f"{name}: files and labels.json differ: {sorted(files ^ set(labels))}")
    for fn, entry in labels.items():
        unknown = set(entry["labels"]) - LABELS
        if unknown:
            problems.append(f"{name}/{fn}: unknown labels {sorted(unknown)}")
        has_tl = "timeline_stated" in entry["labels"]
        if has_tl != bool(re.fullmatch(r"\d{4}-\d\d-\d\d", entry.get("expected_by") or "")):
            problems.append(f"{name}/{fn}: expected_by must be set exactly for timeline_stated")
        path = folder / fn
        if not path.exists():
            continue
        msg = email.message_from_bytes(path.read_bytes(), policy=policy.default)
        for h in ("From", "To", "Date", "Subject", "Message-ID"):
            if not msg[h]:
                problems.append(f"{name}/{fn}: no {h} header")
        if msg.defects:
            problems.append(f"{name}/{fn}: defects {msg.defects}")
        if msg.get_body(("plain", "html")) is None:
            problems.append(f"{name}/{fn}: no text body")


def check_scenario(problems: list[str]) -> None:
    folder = ROOT / "scenario"
    exp = json.loads((folder / "expected.json").read_text())
    ids = {m["Message-ID"] for m in mailbox.mbox(str(folder / "mailbox.mbox"))}
    keys = {a["key"] for a in exp["applications"]}
    for a in exp["applications"]:
        for c in a["contacts"]:
            if c["role"] not in ROLES:
                problems.append(f"scenario: {a['key']} contact role {c['role']}")
    for m in exp["messages"]:
        if m["message_id"] not in ids:
            problems.append(f"scenario: {m['name']} not in the mbox")
        if m["application"] is not None and m["application"] not in keys:
            problems.append(f"scenario: {m['name']} names unknown application")
    if len(ids) != len(exp["messages"]):
        problems.append("scenario: mbox and expected.json differ in size")
    for f in exp["signals"]:
        if f["application"] not in keys or set(f["kinds"]) - KINDS:
            problems.append(f"scenario: bad signal fact {f}")
    for f in exp["statuses"]:
        if f["application"] not in keys or set(f.get("any_of", f.get("none_of", []))) - STATUSES:
            problems.append(f"scenario: bad status fact {f}")


def main() -> int:
    problems: list[str] = []
    check_set("en", problems)
    check_set("intl", problems)
    check_scenario(problems)
    print("\n".join(problems) or "ok: en, intl and scenario parse; labels known")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
