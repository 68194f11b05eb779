"""Checks that every held-out file parses and every label is a known name; prints counts only."""
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
LABELS = {"application_received", "interview_request", "notice_period_asked", "references_requested",
          "references_contacted", "salary_discussed", "timeline_stated", "offer", "rejection"}
SIGNS = {"positive_body_language", "negative_body_language", "ran_over_time", "ended_early",
         "attentive_interviewer", "personal_interest", "next_steps_reviewed", "met_other_employees",
         "salary_discussed", "notice_period_asked", "references_requested", "timeline_stated",
         "follow_up_interview"}


def check_eml(path: Path) -> email.message.EmailMessage:
    m = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    for h in ("From", "To", "Date", "Subject", "Message-ID"):
        assert m[h], f"{path.name}: no {h}"
    m["Date"].datetime  # noqa: B018 - raises if the date does not parse
    body = m.get_body(("plain", "html"))
    assert body is not None and body.get_content().strip(), f"{path.name}: empty body"
    return m


def check_set(name: str) -> None:
    folder = ROOT / name
    labels = json.loads((folder / "labels.json").read_text())
    files = {p.name for p in folder.glob("*.eml")}
    assert files == set(labels), f"{name}: files and labels differ: {files ^ set(labels)}"
    count: collections.Counter[str] = collections.Counter()
    langs: collections.Counter[str] = collections.Counter()
    ids = set()
    for fname, e in labels.items():
        m = check_eml(folder / fname)
        assert m["Message-ID"] not in ids, fname
        ids.add(m["Message-ID"])
        assert set(e["labels"]) <= LABELS, fname
        assert ("timeline_stated" in e["labels"]) == bool(e["expected_by"]), fname
        if e["expected_by"]:
            assert dt.date.fromisoformat(e["expected_by"]) >= m["Date"].datetime.date(), fname
        count.update(e["labels"])
        if not e["labels"]:
            count["(none)"] += 1
        langs[e.get("language", "-")] += 1
    print(f"{name}: {len(labels)} messages; " + ", ".join(f"{k} {v}" for k, v in sorted(count.items())))
    print(f"  languages: {dict(langs)}")


def check_scenario() -> None:
    folder = ROOT / "scenario"
    exp = json.loads((folder / "expected.json").read_text())
    box = mailbox.mbox(str(folder / "mailbox.mbox"))
    got = {}
    for msg in box:
        m = email.message_from_bytes(msg.as_bytes(), policy=policy.default)
        assert m["Message-ID"] and m["Date"].datetime and m.get_body(("plain", "html")) is not None
        got[m["Message-ID"]] = m
    keys = {a["key"] for a in exp["applications"]}
    for a in exp["applications"]:
        dt.date.fromisoformat(a["applied"])
        for p in a["contacts"]:
            assert p["role"] in {"recruiter", "hiring_manager", "interviewer", "team_member", "reference"}
    names = set()
    for m in exp["messages"]:
        assert m["message_id"] in got, m["name"]
        assert m["application"] is None or m["application"] in keys, m["name"]
        assert m["name"] not in names
        names.add(m["name"])
    assert len(exp["messages"]) == len(got), (len(exp["messages"]), len(got))
    for f in exp["signals"]:
        assert f["application"] in keys and isinstance(f["present"], bool)
    for f in exp["statuses"]:
        assert f["application"] in keys and ("any_of" in f or "none_of" in f)
    per = collections.Counter(m["application"] for m in exp["messages"])
    print(f"scenario: {len(got)} messages, {len(exp['applications'])} applications, "
          f"{sum(m['mine'] for m in exp['messages'])} hers, per application {dict(per)}, "
          f"{len(exp['signals'])} sign facts, {len(exp['statuses'])} status facts")


def check_notes() -> None:
    notes = json.loads((ROOT / "notes" / "notes.json").read_text())
    count: collections.Counter[str] = collections.Counter()
    ids = set()
    for n in notes:
        assert set(n) == {"id", "notes", "interview_date", "labels", "timeline_expected_by"}, n["id"]
        assert n["id"] not in ids
        ids.add(n["id"])
        dt.date.fromisoformat(n["interview_date"])
        assert set(n["labels"]) <= SIGNS, n["id"]
        assert ("timeline_stated" in n["labels"]) == bool(n["timeline_expected_by"]), n["id"]
        count.update(n["labels"])
        if not n["labels"]:
            count["(none)"] += 1
    print(f"notes: {len(notes)}; " + ", ".join(f"{k} {v}" for k, v in sorted(count.items())))


if __name__ == "__main__":
    for part in sys.argv[1:] or ["en", "intl", "scenario", "notes"]:
        {"scenario": check_scenario, "notes": check_notes}.get(part, lambda p=part: check_set(p))()
