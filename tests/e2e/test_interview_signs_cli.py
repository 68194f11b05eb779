"""`offerwatch interview signs`: the signs in an interview's notes, listed and recorded."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from tests.support.cli import offerwatch


def run(db: str, *args: str) -> subprocess.CompletedProcess[str]:
    return offerwatch("--db", db, *args)


NOTES = "she asked my notice period, lots of follow-ups on my k8s project. No tour."


def _setup(tmp_path: Path) -> tuple[str, str]:
    db = f"sqlite:///{tmp_path / 'offerwatch.db'}"
    assert run(db, "app", "add", "--company", "Acme", "--role", "Data Engineer").returncode == 0
    added = run(db, "interview", "add", "1", "--stage", "final", "--start", "2026-03-03 10:00",
                "--end", "2026-03-03 11:00", "--notes", NOTES)  # fmt: skip
    assert added.returncode == 0, added.stderr
    return db, added.stdout.strip()


def test_add_prints_the_id_and_hints_at_the_signs_found(tmp_path: Path) -> None:
    db, iid = _setup(tmp_path)
    assert iid.isdigit()  # stdout stays the id alone: scripts read it
    listed = run(db, "interview", "signs", iid)
    assert listed.returncode == 0
    assert "notice_period_asked [suggested]" in listed.stdout
    assert "attentive_interviewer [suggested]" in listed.stdout
    assert "met_other_employees" not in listed.stdout  # "No tour."
    assert f"offerwatch interview signs {iid} --all" in listed.stdout
    again = run(db, "interview", "set", iid, "--notes", "They asked for two references.")
    assert again.returncode == 0
    assert "references_requested" in again.stderr and "--all" in again.stderr


def test_record_then_list_marks_them_and_delete_undoes(tmp_path: Path) -> None:
    db, iid = _setup(tmp_path)
    done = run(db, "interview", "signs", iid, "--record", "notice_period_asked", "--json")
    assert done.returncode == 0, done.stderr
    added = json.loads(done.stdout)["added"]
    assert list(added) == ["notice_period_asked"]
    shown = json.loads(run(db, "interview", "signs", iid, "--json").stdout)
    assert {s["kind"]: s["recorded"] for s in shown} == {
        "notice_period_asked": True, "attentive_interviewer": False
    }  # fmt: skip
    signs = json.loads(run(db, "app", "show", "1", "--json").stdout)["observations"]
    assert [(o["kind"], o["source"]) for o in signs] == [("notice_period_asked", "note")]
    assert "notice period" in signs[0]["evidence"]
    rest = run(db, "interview", "signs", iid, "--all")
    assert "recorded attentive_interviewer" in rest.stdout
    assert "notice_period_asked was recorded already" in rest.stdout
    obs = str(added["notice_period_asked"])
    assert run(db, "signal", "delete", obs).returncode == 0
    after = json.loads(run(db, "interview", "signs", iid, "--json").stdout)
    assert not next(s for s in after if s["kind"] == "notice_period_asked")["recorded"]


def test_bad_input_is_one_line_and_exit_code_2(tmp_path: Path) -> None:
    db, iid = _setup(tmp_path)
    for args, words in [
        ((iid, "--record", "salary_discussed"), "do not suggest salary_discussed"),
        ((iid, "--record", "bogus"), "unknown signal kind"),
        (("99",), "99"),
        ((iid, "--record"), "--record"),
        ((iid, "notice_period_asked"), "--record"),
        ((iid, "--all", "--record", "notice_period_asked"), "either"),
    ]:
        bad = run(db, "interview", "signs", *args)
        assert bad.returncode == 2, args
        assert words in bad.stderr, (args, bad.stderr)
    assert json.loads(run(db, "app", "show", "1", "--json").stdout)["observations"] == []
