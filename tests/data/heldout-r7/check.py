"""Check the round-7 held-out set: every file parses and labels use only known names.

Standard library only. Does not run offerwatch and scores nothing.
Usage: python tests/data/heldout-r7/check.py
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import json
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
HERE = Path(__file__).resolve().parent


def check_set(name: str) -> list[str]:
    """Problems found in one set (en or intl); an empty list when it is sound."""
    folder = HERE / name
    problems: list[str] = []
    labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    files = {p.name for p in folder.glob("*.eml")}
    for missing in sorted(files - set(labels)):
        problems.append(f"{name}/{missing}: no entry in labels.json")
    for fname, entry in sorted(labels.items()):
        path = folder / fname
        if not path.is_file():
            problems.append(f"{name}/{fname}: listed but missing")
            continue
        msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        for header in ("From", "To", "Date", "Subject", "Message-ID"):
            if not msg.get(header):
                problems.append(f"{name}/{fname}: no {header} header")
        if msg.get("Date") and msg["Date"].datetime is None:
            problems.append(f"{name}/{fname}: unreadable Date")
        body = msg.get_body(preferencelist=("plain", "html"))
        if body is None or not body.get_content().strip():
            problems.append(f"{name}/{fname}: no readable text body")
        unknown = set(entry.get("labels", [])) - LABELS
        if unknown:
            problems.append(f"{name}/{fname}: unknown labels {sorted(unknown)}")
        has_tl = "timeline_stated" in entry.get("labels", [])
        due = entry.get("expected_by")
        if has_tl != (due is not None):
            problems.append(f"{name}/{fname}: expected_by must be set exactly for timeline_stated")
        if due is not None:
            try:
                dt.date.fromisoformat(due)
            except ValueError:
                problems.append(f"{name}/{fname}: bad expected_by {due!r}")
        if name == "intl" and entry.get("language") not in {"de", "fr", "es"}:
            problems.append(f"{name}/{fname}: intl entry needs language de/fr/es")
    return problems


def main() -> int:
    """Check both sets and print counts per label."""
    problems: list[str] = []
    for name in ("en", "intl"):
        if not (HERE / name / "labels.json").exists():
            continue
        problems += check_set(name)
        labels = json.loads((HERE / name / "labels.json").read_text(encoding="utf-8"))
        counts = {k: sum(k in e["labels"] for e in labels.values()) for k in sorted(LABELS)}
        empty = sum(not e["labels"] for e in labels.values())
        print(f"{name}: {len(labels)} messages, {empty} unlabelled, {counts}")
    print("\n".join(problems) or "ok")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
