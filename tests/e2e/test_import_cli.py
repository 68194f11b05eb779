"""`offerwatch import` in a real subprocess: formats, a second run, bad files (exit 2,
the database exactly as before)."""

from __future__ import annotations

import json
import sqlite3
import subprocess
from pathlib import Path

import pytest
from tests.support.cli import offerwatch

DATA = Path(__file__).parent.parent / "data" / "importers"


def run(db: str, *args: str) -> subprocess.CompletedProcess[str]:
    return offerwatch("--db", db, *args)


def dump(db: str) -> list[str]:
    with sqlite3.connect(db.removeprefix("sqlite:///")) as conn:
        return list(conn.iterdump())


def test_import_twice_then_answer_the_unknown_stage(db_url: str) -> None:
    first = run(db_url, "import", str(DATA / "jobsync-2026-11-01.csv"), "--json")
    assert first.returncode == 0, first.stderr
    report = json.loads(first.stdout)
    assert report["format"] == "jobsync"
    assert len(report["created"]) == 5
    assert report["unknown_stages"] == {"Coffee chat": [8]}
    assert [e["line"] for e in report["errors"]] == [7, 9]
    again = json.loads(run(db_url, "import", str(DATA / "jobsync-2026-11-01.csv"), "--json").stdout)
    assert again["created"] == [] and len(again["already_imported"]) == 5
    plain = run(db_url, "import", str(DATA / "jobsync-2026-11-01.csv"),
                "--stage", "Coffee chat=screening")  # fmt: skip
    assert plain.returncode == 0, plain.stderr
    assert "created 1 application(s); 5 imported before; 2 unreadable" in plain.stdout
    assert "line 7: skipped: not a date" in plain.stderr
    listed = json.loads(run(db_url, "app", "list", "--json").stdout)
    assert len(listed) == 6
    assert {a["status"] for a in listed if a["company"] == "Stark Industries"} == {"screening"}


def test_unknown_stage_is_listed_with_how_to_answer(sqlite_url: str) -> None:
    proc = run(sqlite_url, "import", str(DATA / "huntr-board.csv"), "--dry-run")
    assert proc.returncode == 0, proc.stderr
    assert "unknown stage 'Waiting on referral' (lines 6)" in proc.stderr
    assert "--stage 'Waiting on referral=" in proc.stderr
    assert "would create 5 application(s)" in proc.stdout
    assert json.loads(run(sqlite_url, "app", "list", "--json").stdout) == []


def _bad_files(tmp: Path) -> dict[str, tuple[Path, str]]:
    huge = tmp / "huge.csv"
    with huge.open("wb") as out:
        out.truncate(100 * 1024 * 1024)  # a sparse 100 MB file
    utf16 = tmp / "utf16-no-bom.csv"
    utf16.write_bytes("company,role\nAcme,Engineer\n".encode("utf-16-le"))
    truncated = tmp / "export.json"
    truncated.write_text('{"format": "offerwatch-export", "version": 1, "applica', "utf-8")
    nocols = tmp / "nocols.csv"
    nocols.write_text("name,age\nAna,31\n", "utf-8")
    png = tmp / "photo.csv"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    huntr = tmp / "huntr.csv"
    huntr.write_text("id,title,listName,companyName\n", "utf-8")
    return {
        "huge": (huge, "too large to be a tracker export: 100 MB"),
        "utf16": (utf16, "not a text file"),
        "truncated": (truncated, "not a complete offerwatch export"),
        "nocols": (nocols, "cannot tell what this file is"),
        "png": (png, "not a text file"),
        "missing": (tmp / "nothing-here.csv", "cannot read"),
        "folder": (tmp, "is a directory"),
        "wrongformat": (DATA / "rxresume-tracker.csv", "not a JobSync file: it lacks"),
    }


@pytest.mark.parametrize(
    "case", ["huge", "utf16", "truncated", "nocols", "png", "missing", "folder", "wrongformat"]
)
def test_bad_files_are_one_line_exit_2_and_change_nothing(
    sqlite_url: str, tmp_path: Path, case: str
) -> None:
    assert run(sqlite_url, "import", str(DATA / "huntr-board.csv")).returncode == 0
    before = dump(sqlite_url)
    path, message = _bad_files(tmp_path)[case]
    extra = ["--from", "jobsync"] if case == "wrongformat" else []
    proc = run(sqlite_url, "import", str(path), *extra)
    assert proc.returncode == 2, proc.stderr
    assert message in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
    assert dump(sqlite_url) == before
