"""Check that the heldout-r5 files parse and that labels use only known names (stdlib only).

Does not run any detection: it only checks the set itself.
Usage: python tests/data/heldout-r5/check_set.py
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import email.utils
import json
import mailbox
import sys
from collections import Counter
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
# Signs the scenario may check that import derives rather than reads from one message.
DERIVED = {"thank_you_quick_reply"}
ROOT = Path(__file__).resolve().parent
STATUSES = {"interested", "applied", "screening", "interviewing", "offer", "accepted",
            "rejected", "withdrawn", "ghosted"}


def check_message(msg: email.message.Message, where: str, problems: list[str]) -> None:
    """Headers present, date parseable, every part decodes."""
    for h in ("From", "To", "Date", "Subject", "Message-ID"):
        if msg[h] is None:
            problems.append(f"{where}: no {h} header")
    if msg["Date"] is not None and email.utils.parsedate_to_datetime(str(msg["Date"])) is None:
        problems.append(f"{where}: bad Date")
    for part in msg.walk():
        if part.is_multipart():
            continue
        try:
            part.get_content()
        except Exception as exc:  # noqa: BLE001 - report any decoding failure
            problems.append(f"{where}: part {part.get_content_type()} does not decode: {exc}")


def check_labelled(name: str, problems: list[str], need_language: bool) -> Counter[str]:
    """One folder of .eml files with labels.json."""
    folder = ROOT / name
    labels = json.loads((folder / "labels.json").read_text())
    files = {p.name for p in folder.glob("*.eml")}
    if files != set(labels):
        problems.append(f"{name}: files without labels {sorted(files - set(labels))},"
                        f" labels without files {sorted(set(labels) - files)}")
    counts: Counter[str] = Counter()
    for fname, exp in labels.items():
        unknown = set(exp["labels"]) - LABELS
        if unknown:
            problems.append(f"{name}/{fname}: unknown labels {unknown}")
        counts.update(exp["labels"])
        if not exp["labels"]:
            counts["(none)"] += 1
        if ("timeline_stated" in exp["labels"]) != bool(exp.get("expected_by")):
            problems.append(f"{name}/{fname}: expected_by must be set exactly for timeline_stated")
        if exp.get("expected_by"):
            by = dt.date.fromisoformat(exp["expected_by"])
            p = folder / fname
            if p.exists():
                msg = email.message_from_bytes(p.read_bytes(), policy=email.policy.default)
                sent = email.utils.parsedate_to_datetime(str(msg["Date"])).date()
                if by < sent:
                    problems.append(f"{name}/{fname}: expected_by before the Date header")
        if need_language and not exp.get("language"):
            problems.append(f"{name}/{fname}: no language")
        if (folder / fname).exists():
            raw = (folder / fname).read_bytes()
            check_message(email.message_from_bytes(raw, policy=email.policy.default),
                          f"{name}/{fname}", problems)
    return counts


def check_scenario(problems: list[str]) -> int:
    """The mbox parses and expected.json refers only to its messages and applications."""
    folder = ROOT / "scenario"
    exp = json.loads((folder / "expected.json").read_text())
    box = mailbox.mbox(str(folder / "mailbox.mbox"))
    ids = []
    for i, m in enumerate(box):
        msg = email.message_from_bytes(m.as_bytes(), policy=email.policy.default)
        check_message(msg, f"scenario#{i}", problems)
        ids.append(str(msg["Message-ID"]))
    if len(ids) != len(set(ids)):
        problems.append("scenario: duplicate Message-IDs")
    keys = {a["key"] for a in exp["applications"]}
    listed = [m["message_id"] for m in exp["messages"]]
    if sorted(listed) != sorted(ids):
        problems.append(f"scenario: expected.json messages differ from the mbox:"
                        f" {set(listed) ^ set(ids)}")
    for m in exp["messages"]:
        if m["application"] is not None and m["application"] not in keys:
            problems.append(f"scenario: {m['name']} names unknown application")
    for f in exp["signals"]:
        if f["application"] not in keys or set(f["kinds"]) - LABELS - DERIVED:
            problems.append(f"scenario: bad signal fact {f}")
    for f in exp["statuses"]:
        vals = set(f.get("any_of", [])) | set(f.get("none_of", []))
        if f["application"] not in keys or vals - STATUSES:
            problems.append(f"scenario: bad status fact {f}")
    return len(ids)


def main() -> int:
    """Run every check, print counts, exit 1 on any problem."""
    problems: list[str] = []
    json.loads((ROOT / "meta.json").read_text())
    for name, lang in (("en", False), ("intl", True)):
        counts = check_labelled(name, problems, lang)
        n = len(json.loads((ROOT / name / "labels.json").read_text()))
        print(f"{name}: {n} messages; " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    print(f"scenario: {check_scenario(problems)} messages")
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
