"""Check that the round-8 held-out files parse and their labels use only known names (stdlib only).

Runs no detection and no eval: it only reads the files of this folder.

Usage: python tests/data/heldout-r8/make/check_r8.py
"""

from __future__ import annotations

import json
import mailbox
import re
import sys
from email import policy
from email.parser import BytesParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LABELS = {
    "application_received", "interview_request", "notice_period_asked", "references_requested",
    "references_contacted", "salary_discussed", "timeline_stated", "offer", "rejection",
}
OBSERVATIONS = LABELS | {"thank_you_quick_reply"}
STATUSES = {"interested", "applied", "screening", "interviewing", "offer", "accepted", "rejected",
            "withdrawn", "ghosted"}
ROLES = {"recruiter", "hiring_manager", "interviewer", "team_member", "reference"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def check_set(name: str, problems: list[str]) -> None:
    """One labelled folder: every file parses, has the headers, and its labels are known."""
    folder = ROOT / name
    labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    files = {p.name for p in folder.glob("*.eml")}
    if files != set(labels):
        problems.append(f"{name}: files and labels.json differ: {sorted(files ^ set(labels))}")
    for fname, entry in labels.items():
        path = folder / fname
        if not path.exists():
            continue
        msg = BytesParser(policy=policy.default).parsebytes(path.read_bytes())
        for header in ("From", "To", "Date", "Subject", "Message-ID"):
            if not msg[header]:
                problems.append(f"{name}/{fname}: no {header}")
        if msg.get_body(preferencelist=("plain", "html")) is None:
            problems.append(f"{name}/{fname}: no text body")
        unknown = set(entry["labels"]) - LABELS
        if unknown:
            problems.append(f"{name}/{fname}: unknown labels {sorted(unknown)}")
        has_t = "timeline_stated" in entry["labels"]
        by = entry.get("expected_by")
        if has_t != bool(by) or (by and not DATE.match(by)):
            problems.append(f"{name}/{fname}: expected_by {by!r} does not fit its labels")


def check_scenario(problems: list[str]) -> None:
    """The mbox parses and expected.json names only its messages, known kinds and statuses."""
    folder = ROOT / "scenario"
    exp = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    ids = {m["Message-ID"] for m in mailbox.mbox(str(folder / "mailbox.mbox"))}
    keys = {a["key"] for a in exp["applications"]}
    for app in exp["applications"]:
        if not DATE.match(app["applied"]):
            problems.append(f"scenario: bad applied date for {app['key']}")
        problems += [f"scenario: bad role {p['role']}" for p in app["contacts"] if p["role"] not in ROLES]
    for m in exp["messages"]:
        if m["message_id"] not in ids:
            problems.append(f"scenario: {m['name']} not in the mbox")
        if m["application"] is not None and m["application"] not in keys:
            problems.append(f"scenario: {m['name']} names unknown application")
    if len(ids) != len(exp["messages"]):
        problems.append(f"scenario: mbox has {len(ids)} messages, expected.json {len(exp['messages'])}")
    for fact in exp["signals"]:
        if fact["application"] not in keys or set(fact["kinds"]) - OBSERVATIONS:
            problems.append(f"scenario: bad signal fact {fact}")
    for fact in exp["statuses"]:
        if set(fact.get("any_of", fact.get("none_of", []))) - STATUSES:
            problems.append(f"scenario: bad status fact {fact}")


def main() -> int:
    """Run every check and print the problems, or a one-line summary."""
    problems: list[str] = []
    for name in ("en", "intl"):
        check_set(name, problems)
    check_scenario(problems)
    for p in problems:
        print(p)
    if not problems:
        print("ok: en, intl and scenario parse; labels and facts use known names")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
