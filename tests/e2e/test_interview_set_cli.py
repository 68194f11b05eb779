"""`offerwatch interview set`: change a recorded interview from the command line."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from tests.support.cli import offerwatch


def run(db: str, *args: str) -> subprocess.CompletedProcess[str]:
    return offerwatch("--db", db, *args)


def test_set_changes_the_given_fields_in_the_users_zone(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'offerwatch.db'}"
    assert run(db, "settings", "--set", "timezone=America/New_York").returncode == 0
    assert run(db, "app", "add", "--company", "Acme", "--role", "Data Engineer").returncode == 0
    added = run(db, "interview", "add", "1", "--stage", "final", "--start", "2026-03-06 10:00",
                "--end", "2026-03-06 11:00", "--with", "Ana Lopez",
                "--notes", "old notes")  # fmt: skip
    iid = added.stdout.strip()
    res = run(db, "interview", "set", iid, "--actual-end", "2026-03-06 11:30",
              "--timeline", "by 2026-03-13", "--notes", "", "--json")  # fmt: skip
    assert res.returncode == 0, res.stderr
    saved = json.loads(res.stdout)
    assert saved["actual_end"] == "2026-03-06T16:30:00+00:00"  # 11:30 EST
    assert saved["scheduled_start"] == "2026-03-06T15:00:00+00:00"  # kept
    assert saved["timeline_date"] == "2026-03-13" and saved["notes"] is None
    assert [p["name"] for p in saved["people"]] == ["Ana Lopez"]
    cleared = json.loads(run(db, "interview", "set", iid, "--no-actual-end", "--json").stdout)
    assert cleared["actual_end"] is None


def test_bad_input_is_one_line_and_exit_code_2(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'offerwatch.db'}"
    run(db, "app", "add", "--company", "Acme", "--role", "Data Engineer")
    run(db, "interview", "add", "1", "--stage", "final", "--start", "2026-03-06 10:00",
        "--end", "2026-03-06 11:00")  # fmt: skip
    bad = run(db, "interview", "set", "1", "--end", "2026-03-06 09:00")
    assert bad.returncode == 2 and "end after it starts" in bad.stderr
    assert len(bad.stderr.strip().splitlines()) == 1
    missing = run(db, "interview", "set", "42", "--notes", "x")
    assert missing.returncode == 2 and "42" in missing.stderr
    shown = run(db, "interview", "list").stdout
    assert "2026-03-06" in shown
