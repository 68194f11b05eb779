"""The command line as a job seeker meets it: an interview dated before the day applied is
kept, with a note on stderr naming both days and the commands that correct either (stdout and
--json stay what scripts read); a salary is taken as the web form takes it (60k, 60,000)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from tests.support import cli


def run(db: str, *args: str) -> subprocess.CompletedProcess[str]:
    """`offerwatch --db DB ARGS` in this process (tests.support.cli), failing or not."""
    return cli.run(db, *args, ok=False)


def test_an_interview_before_applying_is_kept_with_a_note(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'offerwatch.db'}"
    assert run(db, "settings", "--set", "timezone=Europe/Berlin").returncode == 0
    app = run(db, "app", "add", "--company", "Kite", "--role", "Analyst",
              "--applied", "2026-03-10").stdout.strip()  # fmt: skip
    early = run(db, "interview", "add", app, "--stage", "interview",
                "--start", "2026-03-06 10:00", "--end", "2026-03-06 11:00")  # fmt: skip
    assert early.returncode == 0, early.stderr
    iid = early.stdout.strip()
    assert iid.isdigit()  # stdout: the id alone
    note = early.stderr
    assert "dated 2026-03-06, before the day you applied (2026-03-10)" in note
    assert f"offerwatch interview set {iid} --start" in note
    assert f"offerwatch app set {app} --applied" in note
    listed = json.loads(run(db, "interview", "list", app, "--json").stdout)
    assert [i["id"] for i in listed] == [int(iid)]  # kept
    later = run(db, "interview", "add", app, "--stage", "final", "--json",
                "--start", "2026-03-12 10:00", "--end", "2026-03-12 11:00")  # fmt: skip
    assert later.returncode == 0 and later.stderr == ""
    assert isinstance(json.loads(later.stdout)["id"], int)
    moved = run(db, "interview", "set", str(json.loads(later.stdout)["id"]),
                "--start", "2026-03-09 10:00", "--end", "2026-03-09 11:00")  # fmt: skip
    assert moved.returncode == 0 and "dated 2026-03-09, before the day" in moved.stderr


def test_a_salary_is_taken_as_the_web_form_takes_it(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'offerwatch.db'}"
    added = run(db, "app", "add", "--company", "Kite", "--role", "Analyst",
                "--salary-min", "70k", "--salary-max", "80,000", "--json")  # fmt: skip
    assert added.returncode == 0, added.stderr
    app = str(json.loads(added.stdout)["id"])
    shown = json.loads(run(db, "app", "show", app, "--json").stdout)["application"]
    assert (shown["salary_min"], shown["salary_max"]) == (70_000, 80_000)
    bad = run(db, "app", "set", app, "--salary-max", "about ninety")
    assert bad.returncode == 2 and len(bad.stderr.strip().splitlines()) == 1
    assert "'about ninety'" in bad.stderr and "60k" in bad.stderr
    assert (
        json.loads(run(db, "app", "show", app, "--json").stdout)["application"]["salary_max"]
        == 80_000
    )
