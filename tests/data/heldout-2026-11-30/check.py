"""Check that this held-out set parses and its labels use only known names (stdlib only).

Prints sizes and label counts, never detection figures:
    python tests/data/heldout-2026-11-30/check.py
"""

from __future__ import annotations

import collections
import email
import email.policy
import json
import mailbox
import re
import sys
from pathlib import Path

LABELS = {
    "application_received",
    "interview_request",
    "notice_period_asked",
    "references_requested",
    "references_contacted",
    "salary_discussed",
    "timeline_stated",
    "offer",
    "rejection",
}
KINDS = LABELS | {"follow_up_interview", "thank_you_quick_reply"}
STATUSES = {
    "interested",
    "applied",
    "screening",
    "interviewing",
    "offer",
    "accepted",
    "rejected",
    "withdrawn",
    "ghosted",
}
ROLES = {"recruiter", "hiring_manager", "interviewer", "team_member", "reference"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
HERE = Path(__file__).resolve().parent


def parse(raw: bytes, where: str, problems: list[str]) -> email.message.EmailMessage:
    """One message, with the headers every file must carry."""
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(msg, email.message.EmailMessage)
    for header in ("From", "To", "Date", "Subject", "Message-ID"):
        if msg[header] is None:
            problems.append(f"{where}: no {header}")
    if msg["Date"] is not None and msg["Date"].datetime.tzinfo is None:
        problems.append(f"{where}: Date without a zone")
    if msg.defects:
        problems.append(f"{where}: defects {msg.defects}")
    if msg.get_body(preferencelist=("plain", "html")) is None:
        problems.append(f"{where}: no text body")
    return msg


def check_set(name: str, problems: list[str]) -> None:
    """A detection set: every labelled file parses, labels are known, dates well formed."""
    folder = HERE / name
    labels = json.loads((folder / "labels.json").read_text())
    files = {p.name for p in folder.glob("*.eml")}
    if files != set(labels):
        problems.append(f"{name}: files and labels.json differ: {sorted(files ^ set(labels))}")
    counts: collections.Counter[str] = collections.Counter()
    langs: collections.Counter[str] = collections.Counter()
    ids = set()
    for file, exp in sorted(labels.items()):
        msg = parse((folder / file).read_bytes(), f"{name}/{file}", problems)
        if msg["Message-ID"] in ids:
            problems.append(f"{name}/{file}: duplicate Message-ID")
        ids.add(msg["Message-ID"])
        unknown = set(exp["labels"]) - LABELS
        if unknown:
            problems.append(f"{name}/{file}: unknown labels {sorted(unknown)}")
        has_tl = "timeline_stated" in exp["labels"]
        by = exp.get("expected_by")
        if has_tl != bool(by) or (by and not DATE.match(by)):
            problems.append(f"{name}/{file}: expected_by {by!r} with labels {exp['labels']}")
        counts.update(exp["labels"])
        if exp.get("language"):
            langs[exp["language"]] += 1
    empty = sum(1 for e in labels.values() if not e["labels"])
    print(f"{name}: {len(labels)} messages, {empty} unlabelled")
    for label in sorted(LABELS):
        print(f"  {label:<22} {counts[label]}")
    if langs:
        print("  languages: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))


def check_scenario(problems: list[str]) -> None:
    """The scenario: the mbox parses and expected.json names its messages and known kinds."""
    folder = HERE / "scenario"
    exp = json.loads((folder / "expected.json").read_text())
    box = mailbox.mbox(str(folder / "mailbox.mbox"), create=False)
    ids = [parse(m.as_bytes(), f"scenario#{i}", problems)["Message-ID"] for i, m in enumerate(box)]
    keys = {a["key"] for a in exp["applications"]}
    for app in exp["applications"]:
        if not DATE.match(app["applied"]):
            problems.append(f"scenario: {app['key']} applied {app['applied']!r}")
        for person in app["contacts"]:
            if person["role"] not in ROLES:
                problems.append(f"scenario: {app['key']} contact role {person['role']!r}")
    want = [m["message_id"] for m in exp["messages"]]
    if sorted(want) != sorted(ids) or len(set(ids)) != len(ids):
        problems.append("scenario: expected.json messages differ from the mailbox")
    for m in exp["messages"]:
        if m["application"] is not None and m["application"] not in keys:
            problems.append(f"scenario: {m['name']} filed under unknown {m['application']!r}")
    for fact in exp["signals"]:
        if fact["application"] not in keys or set(fact["kinds"]) - KINDS:
            problems.append(f"scenario: bad signal fact {fact}")
    for fact in exp["statuses"]:
        if set(fact.get("any_of", fact.get("none_of", []))) - STATUSES:
            problems.append(f"scenario: bad status fact {fact}")
    filed = collections.Counter(str(m["application"]) for m in exp["messages"])
    mine = sum(m["mine"] for m in exp["messages"])
    print(f"scenario: {len(ids)} messages, {len(keys)} applications, {mine} hers")
    print(f"  filed: {dict(filed)}")
    print(f"  facts: {len(exp['signals'])} signal, {len(exp['statuses'])} status")


def main() -> int:
    """Run every check; exit 1 listing the problems if any."""
    problems: list[str] = []
    json.loads((HERE / "meta.json").read_text())
    check_set("en", problems)
    check_set("intl", problems)
    check_scenario(problems)
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
