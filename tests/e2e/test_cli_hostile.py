"""The CLI under hostile and broken input: exit 2 and one line for bad input, exit 1 and one
line for a database that cannot be opened; never a traceback, nothing half-written. Commands
run in this process (tests.support.cli); an argument that is not UTF-8 in a real subprocess."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from tests.support.cli import offerwatch


def run(*args: str, db: str | None = None) -> subprocess.CompletedProcess[str]:
    return offerwatch(*(["--db", db] if db else []), *args)


def one_line_error(proc: subprocess.CompletedProcess[str], code: int) -> str:
    assert proc.returncode == code, (proc.returncode, proc.stderr)
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    assert lines[0].startswith("offerwatch: error: ")
    return lines[0]


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_a_postgresql_server_that_does_not_answer() -> None:
    url = f"postgresql://sam:s3cret@127.0.0.1:{_closed_port()}/offerwatch"
    line = one_line_error(run("app", "list", db=url), 1)
    assert "cannot open the database" in line
    assert "s3cret" not in line


def test_an_sqlite_file_under_a_file_not_a_folder(tmp_path: Path) -> None:
    blocker = tmp_path / "notes.txt"
    blocker.write_text("not a folder")
    line = one_line_error(run("app", "list", db=f"sqlite:///{blocker}/offerwatch.db"), 1)
    assert "cannot open the database" in line
    assert blocker.read_text() == "not a folder"


@pytest.mark.parametrize(
    "args",
    [
        ("app", "show", "99999999999999999999999"),
        ("app", "show", "0"),
        ("done", "3000000000"),
        ("score", "--", "-1"),
        ("signal", "add", "1", "offer", "--interview", "99999999999"),
    ],
)
def test_ids_out_of_range_are_bad_input(db_url: str, args: tuple[str, ...]) -> None:
    # They were an OverflowError (SQLite) or a DataError dump (PostgreSQL), exit 1.
    run("app", "add", "--company", "Acme", "--role", "Data Engineer", db=db_url)
    line = one_line_error(run(*args, db=db_url), 2)
    assert "id" in line


def test_a_non_utf8_argument_is_bad_input(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'offerwatch.db'}"
    proc = subprocess.run(
        [sys.executable, "-m", "offerwatch", "--db", db, "app", "add",
         "--company", b"Caf\xe9", "--role", "Data Engineer"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert "not valid text" in one_line_error(proc, 2)
    listed = json.loads(run("app", "list", "--json", db=db).stdout)
    assert listed == []


def test_an_interview_in_the_hour_the_clocks_skip_is_bad_input(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'offerwatch.db'}"
    run("app", "add", "--company", "Acme", "--role", "Data Engineer", db=db)
    proc = run("interview", "add", "1", "--stage", "final", "--start", "2026-03-29 02:30",
               "--end", "2026-03-29 03:30", db=db)  # fmt: skip
    assert "does not exist" in one_line_error(proc, 2)
    assert json.loads(run("app", "show", "1", "--json", db=db).stdout)["interviews"] == []


def test_exports_to_a_missing_folder_are_bad_input(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'offerwatch.db'}"
    run("app", "add", "--company", "Acme", "--role", "Data Engineer", db=db)
    run("interview", "add", "1", "--stage", "final", "--start", "2026-03-03 10:00",
        "--end", "2026-03-03 11:00", "--with", "Ana Lopez", db=db)  # fmt: skip
    missing = tmp_path / "no-such-folder"
    line = one_line_error(run("calendar", "-o", str(missing / "plan.ics"), db=db), 2)
    assert "cannot write" in line
    line = one_line_error(run("draft", "thank-you", "1", "--eml", str(missing / "t.eml"), db=db), 2)
    assert "cannot write" in line
    # A good path is written whole, replacing the old file, with no temporary file left.
    ics = tmp_path / "plan.ics"
    ics.write_text("old")
    assert run("calendar", "-o", str(ics), db=db).returncode == 0
    assert ics.read_text().startswith("BEGIN:VCALENDAR")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_a_database_from_a_newer_offerwatch_is_refused_in_one_line(tmp_path: Path) -> None:
    import sqlite3

    db_file = tmp_path / "offerwatch.db"
    db = f"sqlite:///{db_file}"
    run("app", "add", "--company", "Acme", "--role", "Data Engineer", db=db)
    with sqlite3.connect(db_file) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    line = one_line_error(run("app", "list", db=db), 1)
    assert "newer offerwatch" in line and "OFFERWATCH_DEBUG" not in line
    with sqlite3.connect(db_file) as conn:
        assert conn.execute("SELECT role FROM applications").fetchall() == [("Data Engineer",)]


def test_a_database_locked_by_another_writer_is_reported_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A second writer waits for the lock (busy timeout), then SQLAlchemy's error carries
    # the SQL and a link on further lines; the user gets one line and exit 1.
    from sqlalchemy.exc import OperationalError

    from offerwatch.cli.main import _report

    locked = OperationalError("INSERT INTO applications ...", {}, Exception("database is locked"))
    assert _report(locked) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "database is locked" in err and "INSERT" not in err


def test_a_bad_date_is_reported_before_the_database_is_opened() -> None:
    url = f"postgresql://sam@127.0.0.1:{_closed_port()}/offerwatch"
    line = one_line_error(run("score", "1", "--now", "the tuesday after easter", db=url), 2)
    assert "not a date or time" in line
