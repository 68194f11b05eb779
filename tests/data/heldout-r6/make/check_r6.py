#!/usr/bin/env python3
"""Check that the round-6 held-out files parse and their labels use only known names.

Standard library only. Runs no detection: it checks the data, not the tool.
    python tests/data/heldout-r6/make/check_r6.py   # exit 0 when all is well
"""

from __future__ import annotations

import collections
import email
import email.policy
import json
import mailbox
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LABELS = {"application_received", "interview_request", "notice_period_asked", "references_requested",
          "references_contacted", "salary_discussed", "timeline_stated", "offer", "rejection"}
KINDS = LABELS | {"thank_you_quick_reply", "follow_up_interview"}
STATUSES = {"interested", "applied", "screening", "interviewing", "offer", "accepted", "rejected",
            "withdrawn", "ghosted"}
ROLES = {"recruiter", "hiring_manager", "interviewer", "team_member", "reference"}
problems: list[str] = []


def bad(msg: str) -> None:
    problems.append(msg)


def parse(raw: bytes, where: str) -> email.message.EmailMessage:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for h in ("From", "To", "Date", "Subject", "Message-ID"):
        if not msg[h]:
            bad(f"{where}: no {h}")
    try:
        msg["Date"].datetime  # noqa: B018
    except (AttributeError, TypeError, ValueError):
        bad(f"{where}: bad Date")
    for part in msg.walk():
        if not part.is_multipart() and part.get_content_maintype() == "text":
            try:
                part.get_content()
            except (LookupError, ValueError) as exc:
                bad(f"{where}: undecodable part: {exc}")
    if msg.defects:
        bad(f"{where}: defects {msg.defects}")
    return msg


def check_set(name: str, need_language: bool) -> collections.Counter[str]:
    folder = ROOT / name
    labels = json.loads((folder / "labels.json").read_text())
    files = {p.name for p in folder.glob("*.eml")}
    if files != set(labels):
        bad(f"{name}: files and labels.json differ: {sorted(files ^ set(labels))}")
    counts: collections.Counter[str] = collections.Counter()
    ids = set()
    for fname, entry in labels.items():
        where = f"{name}/{fname}"
        if (folder / fname).exists():
            msg = parse((folder / fname).read_bytes(), where)
            if msg["Message-ID"] in ids:
                bad(f"{where}: duplicate Message-ID")
            ids.add(msg["Message-ID"])
        unknown = set(entry["labels"]) - LABELS
        if unknown:
            bad(f"{where}: unknown labels {unknown}")
        counts.update(entry["labels"] or ["(none)"])
        if ("timeline_stated" in entry["labels"]) != bool(entry.get("expected_by")):
            bad(f"{where}: expected_by must be given exactly when timeline_stated is")
        if entry.get("expected_by"):
            date.fromisoformat(entry["expected_by"])
        if need_language and not entry.get("language"):
            bad(f"{where}: no language")
        if set(entry) - {"labels", "expected_by", "language"}:
            bad(f"{where}: unknown keys {set(entry)}")
    return counts


def check_scenario() -> int:
    folder = ROOT / "scenario"
    exp = json.loads((folder / "expected.json").read_text())
    box = mailbox.mbox(str(folder / "mailbox.mbox"))
    ids = []
    for i, raw in enumerate(box.itervalues()):
        msg = parse(raw.as_bytes(), f"scenario#{i}")
        ids.append(msg["Message-ID"])
    if len(ids) != len(set(ids)):
        bad("scenario: duplicate Message-IDs")
    keys = {a["key"] for a in exp["applications"]}
    for a in exp["applications"]:
        date.fromisoformat(a["applied"])
        for p in a["contacts"]:
            if p["role"] not in ROLES:
                bad(f"scenario: contact role {p['role']}")
    listed = [m["message_id"] for m in exp["messages"]]
    if sorted(listed) != sorted(ids):
        bad("scenario: expected.json messages and the mailbox differ")
    for m in exp["messages"]:
        if m["application"] is not None and m["application"] not in keys:
            bad(f"scenario: {m['name']} names unknown application")
    for s in exp["signals"]:
        if s["application"] not in keys or set(s["kinds"]) - KINDS:
            bad(f"scenario: bad signal fact {s}")
    for s in exp["statuses"]:
        if set(s.get("any_of", s.get("none_of", []))) - STATUSES:
            bad(f"scenario: bad status fact {s}")
    return len(ids)


def main() -> int:
    json.loads((ROOT / "meta.json").read_text())
    en = check_set("en", False)
    intl = check_set("intl", True)
    n = check_scenario()
    for lab in LABELS:
        if en[lab] < 8:
            bad(f"en: {lab} only {en[lab]} times")
    if en["(none)"] < 40:
        bad("en: fewer than 40 unlabelled")
    print("en:", sum(1 for _ in (ROOT / "en").glob("*.eml")), dict(sorted(en.items())))
    print("intl:", sum(1 for _ in (ROOT / "intl").glob("*.eml")), dict(sorted(intl.items())))
    print("scenario:", n, "messages")
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
