"""Check the round-4 held-out files: every message parses, labels use known names.

    python tests/data/heldout-r4/make/check.py

Standard library only. It does not run offerwatch or score anything; it prints sizes and label
counts and exits 1 when something is malformed.
"""

from __future__ import annotations

import collections
import datetime as dt
import email
import json
import mailbox
import sys
from email import policy
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LABELS = {
    "application_received", "interview_request", "notice_period_asked", "references_requested",
    "references_contacted", "salary_discussed", "timeline_stated", "offer", "rejection",
}
LANGS = {"en", "de", "fr", "es", "it", "nl", "pt"}
STATUSES = {"interested", "applied", "screening", "interviewing", "offer", "accepted",
            "rejected", "withdrawn", "ghosted"}
ROLES = {"recruiter", "hiring_manager", "interviewer", "team_member", "reference"}


def parse(data: bytes, where: str, problems: list[str]) -> email.message.EmailMessage | None:
    """Parse one message strictly enough to catch broken files."""
    msg = email.message_from_bytes(data, policy=policy.default)
    if msg.defects:
        problems.append(f"{where}: defects {msg.defects}")
    for h in ("From", "Date", "Subject", "Message-ID"):
        if not msg[h]:
            problems.append(f"{where}: no {h}")
    try:
        msg["Date"].datetime  # noqa: B018
    except (AttributeError, TypeError, ValueError):
        problems.append(f"{where}: bad Date")
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            continue
        try:
            part.get_content()
        except (LookupError, ValueError) as exc:
            problems.append(f"{where}: part {part.get_content_type()} unreadable: {exc}")
    return msg


def check_labelled(name: str, problems: list[str]) -> None:
    """A folder of .eml files with labels.json."""
    folder = ROOT / name
    labels = json.loads((folder / "labels.json").read_text())
    files = {p.name for p in folder.glob("*.eml")}
    if files != set(labels):
        problems.append(f"{name}: files and labels.json differ: {sorted(files ^ set(labels))}")
    counts: collections.Counter[str] = collections.Counter()
    langs: collections.Counter[str] = collections.Counter()
    for fname, entry in sorted(labels.items()):
        where = f"{name}/{fname}"
        msg = parse((folder / fname).read_bytes(), where, problems)
        unknown = set(entry["labels"]) - LABELS
        if unknown:
            problems.append(f"{where}: unknown labels {unknown}")
        if len(set(entry["labels"])) != len(entry["labels"]):
            problems.append(f"{where}: repeated label")
        by = entry.get("expected_by")
        if ("timeline_stated" in entry["labels"]) != (by is not None):
            problems.append(f"{where}: expected_by must be set exactly for timeline_stated")
        if by is not None and msg is not None:
            sent = msg["Date"].datetime.date()
            due = dt.date.fromisoformat(by)
            if not sent <= due <= sent + dt.timedelta(days=120):
                problems.append(f"{where}: expected_by {by} far from Date {sent}")
        if entry.get("language") not in LANGS:
            problems.append(f"{where}: language {entry.get('language')!r}")
        langs[entry.get("language")] += 1
        counts.update(entry["labels"])
        if not entry["labels"]:
            counts["(none)"] += 1
    print(f"{name}: {len(labels)} messages; languages {dict(sorted(langs.items()))}")
    for k in sorted(LABELS) + ["(none)"]:
        print(f"  {k:<22} {counts[k]}")


def check_scenario(problems: list[str]) -> None:
    """The scenario mbox and expected.json agree."""
    folder = ROOT / "scenario"
    exp = json.loads((folder / "expected.json").read_text())
    box = mailbox.mbox(str(folder / "mailbox.mbox"), create=False)
    ids = []
    for i, m in enumerate(box):
        msg = parse(m.as_bytes(), f"scenario#{i}", problems)
        ids.append(msg["Message-ID"] if msg else None)
    keys = {a["key"] for a in exp["applications"]}
    for a in exp["applications"]:
        dt.date.fromisoformat(a["applied"])
        for p in a["contacts"]:
            if p["role"] not in ROLES:
                problems.append(f"scenario: contact role {p['role']}")
    listed = [m["message_id"] for m in exp["messages"]]
    if listed != ids:
        problems.append("scenario: expected.json messages differ from the mbox order/ids")
    for m in exp["messages"]:
        if m["application"] is not None and m["application"] not in keys:
            problems.append(f"scenario: {m['name']} unknown application {m['application']}")
    for f in exp["signals"]:
        if f["application"] not in keys or set(f["kinds"]) - LABELS - {"thank_you_quick_reply"}:
            problems.append(f"scenario: bad signal fact {f}")
    for f in exp["statuses"]:
        if set(f.get("any_of", f.get("none_of", []))) - STATUSES:
            problems.append(f"scenario: bad status fact {f}")
    per = collections.Counter(m["application"] for m in exp["messages"])
    print(f"scenario: {len(ids)} messages; per application {dict(per)}; "
          f"hers {sum(m['mine'] for m in exp['messages'])}; facts "
          f"{len(exp['signals'])} signals, {len(exp['statuses'])} statuses")


def main() -> int:
    problems: list[str] = []
    for name in ("en", "intl"):
        if (ROOT / name / "labels.json").exists():
            check_labelled(name, problems)
    if (ROOT / "scenario" / "expected.json").exists():
        check_scenario(problems)
    for p in problems:
        print("PROBLEM", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
