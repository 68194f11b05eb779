"""Check that the round-10 held-out files parse and that labels use only known names (stdlib only).

It does not run detection: the lead runs the evaluation once. Exit 1 with one line per problem.
Usage: python tests/data/heldout-r10/make/check_r10.py
"""

from __future__ import annotations

import email
import json
import mailbox
import re
import sys
from email import policy
from email.utils import parsedate_to_datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LABELS = {"application_received", "interview_request", "notice_period_asked", "references_requested",
          "references_contacted", "salary_discussed", "timeline_stated", "offer", "rejection"}
HEADERS = ("From", "To", "Date", "Subject", "Message-ID")


def check_set(name: str, problems: list[str]) -> None:
    """Every labelled file exists, parses, has the usual headers; labels and dates are well formed."""
    folder = ROOT / name
    labels = json.loads((folder / "labels.json").read_text())
    files = {p.name for p in folder.glob("*.eml")}
    if files != set(labels):
        problems.append(f"{name}: files and labels.json differ: {sorted(files ^ set(labels))}")
    for fname, entry in labels.items():
        msg = email.message_from_bytes((folder / fname).read_bytes(), policy=policy.default)
        for h in HEADERS:
            if not msg[h]:
                problems.append(f"{name}/{fname}: no {h} header")
        unknown = set(entry["labels"]) - LABELS
        if unknown:
            problems.append(f"{name}/{fname}: unknown labels {sorted(unknown)}")
        exp = entry.get("expected_by")
        if ("timeline_stated" in entry["labels"]) != bool(exp):
            problems.append(f"{name}/{fname}: expected_by must be set exactly for timeline_stated")
        if exp:
            sent = parsedate_to_datetime(msg["Date"]).date().isoformat()
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", exp) or exp < sent:
                problems.append(f"{name}/{fname}: expected_by {exp} before Date {sent} or malformed")
        if name == "intl" and not entry.get("language"):
            problems.append(f"{name}/{fname}: no language")
        if msg.get_body(("plain", "html")) is None:
            problems.append(f"{name}/{fname}: no text body")


def check_scenario(problems: list[str]) -> None:
    """The mbox parses; expected.json names exactly its messages and known applications."""
    exp = json.loads((ROOT / "scenario" / "expected.json").read_text())
    box = mailbox.mbox(str(ROOT / "scenario" / "mailbox.mbox"))
    ids = [m["Message-ID"] for m in box]
    keys = {a["key"] for a in exp["applications"]}
    if sorted(ids) != sorted(m["message_id"] for m in exp["messages"]) or len(set(ids)) != len(ids):
        problems.append("scenario: mbox Message-IDs and expected.json messages differ")
    for m in exp["messages"]:
        if m["application"] is not None and m["application"] not in keys:
            problems.append(f"scenario: {m['name']} names unknown application {m['application']}")
    for fact in exp["signals"] + exp["statuses"]:
        if fact["application"] not in keys:
            problems.append(f"scenario: fact for unknown application {fact['application']}")
    for fact in exp["signals"]:
        bad = set(fact["kinds"]) - LABELS - {"thank_you_quick_reply", "follow_up_interview"}
        if bad:
            problems.append(f"scenario: unknown kinds {sorted(bad)}")


def main() -> int:
    """Run all checks and print a summary."""
    problems: list[str] = []
    check_set("en", problems)
    check_set("intl", problems)
    check_scenario(problems)
    for p in problems:
        print(p)
    print("ok" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
