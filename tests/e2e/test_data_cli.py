"""`export`, `backup` and `check` in a real subprocess, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

from tests.support.cli import offerwatch

DATA = Path(__file__).parent.parent / "data" / "importers"


def run(db: str, *args: str) -> subprocess.CompletedProcess[str]:
    return offerwatch("--db", db, *args)


def test_export_import_elsewhere_backup_and_check(
    db_url: str, sqlite_url: str, tmp_path: Path
) -> None:
    assert run(db_url, "import", str(DATA / "career-ops-applications.md")).returncode == 0
    out = tmp_path / "all.json"
    done = run(db_url, "export", str(out))
    assert done.returncode == 0, done.stderr
    assert "4 application(s)" in done.stdout
    printed = run(db_url, "export", "-")
    assert json.loads(printed.stdout) == json.loads(out.read_text("utf-8"))
    elsewhere = sqlite_url.replace("offerwatch.db", "elsewhere.db")
    assert run(elsewhere, "import", str(out)).returncode == 0
    assert json.loads(run(elsewhere, "export", "-").stdout) == json.loads(out.read_text("utf-8"))
    table = tmp_path / "apps.csv"
    assert run(db_url, "export", "--csv", str(table)).returncode == 0
    assert table.read_bytes().startswith(b"\xef\xbb\xbfid,company,role,status")
    copy = tmp_path / "copy.bin"
    backed = run(db_url, "backup", str(copy), "--json")
    assert backed.returncode == 0, backed.stderr
    assert json.loads(backed.stdout)["bytes"] == copy.stat().st_size > 0
    checked = run(db_url, "check", "--json")
    assert checked.returncode == 0, checked.stderr
    assert json.loads(checked.stdout) == {"ok": True, "repaired": False, "findings": []}


def test_unwritable_targets_are_one_line_exit_2_and_leave_no_file(
    sqlite_url: str, tmp_path: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    for args in (["export", str(blocker / "x.json")], ["backup", str(blocker / "x.db")]):
        proc = run(sqlite_url, *args)
        assert proc.returncode == 2, proc.stderr
        assert len(proc.stderr.strip().splitlines()) == 1
        assert "nothing written" in proc.stderr or "cannot write" in proc.stderr
    assert blocker.read_text() == "x"


def test_backup_without_a_file_goes_to_the_data_directory(sqlite_url: str) -> None:
    proc = run(sqlite_url, "backup")
    assert proc.returncode == 0, proc.stderr
    home = Path(os.environ["OFFERWATCH_HOME"])
    [copy] = (home / "backups").iterdir()
    assert copy.name.startswith("offerwatch-") and copy.suffix == ".db"
    assert str(copy) in proc.stdout
