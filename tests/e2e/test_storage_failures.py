"""A full disk or a read-only database: one line saying what happened and that nothing changed.

Real files and a real `offerwatch` process. A full disk is made with a file-size limit on the
process (RLIMIT_FSIZE, SIGXFSZ ignored), which any user may set; SQLite then sees its writes
fail exactly as on a disk that fills up mid-write. A read-only file is a file the process may
not write: as root (who ignores file modes) a folder mounted read-only.
"""

from __future__ import annotations

import os
import resource
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import text

from offerwatch.store.engine import make_engines
from offerwatch.store.failures import storage_reason
from offerwatch.store.migrate import HEAD, _config

COMPANIES = 3000  # about 0.9 MB: the migration's table copies then need room to grow


def _old_database(path: Path, revision: str = "0001") -> None:
    """A database at an earlier schema, holding a user and many companies."""
    from alembic import command

    writer, reader = make_engines(f"sqlite:///{path}")
    cfg = _config()
    with writer.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    with writer.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO users(username, is_admin, created_at) "
                "VALUES ('local', 1, '2026-01-01 00:00:00')"
            )
        )
        conn.execute(
            text("INSERT INTO companies(user_id, name, domains) VALUES (1, :n, '[]')"),
            [{"n": f"Company {i} " + "x" * 200} for i in range(COMPANIES)],
        )
    writer.dispose()
    reader.dispose()
    with sqlite3.connect(path) as db:  # one self-contained file, as a user's would be at rest
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _state(path: Path) -> tuple[str, int, str]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        revision = db.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        count = db.execute("SELECT count(*) FROM companies").fetchone()[0]
        verdict = db.execute("PRAGMA integrity_check").fetchone()[0]
    return revision, count, verdict


def _run(
    path: Path, *args: str, preexec: Callable[[], None] | None = None
) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    return subprocess.run(
        [sys.executable, "-m", "offerwatch", "--db", f"sqlite:///{path}", *args],
        capture_output=True,
        text=True,
        env=env,
        preexec_fn=preexec,
        timeout=120,
        check=False,
    )


def _file_size_limit(limit: int) -> Callable[[], None]:
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a failed write, not a killed process
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def _one_line_error(proc: subprocess.CompletedProcess[str]) -> str:
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("offerwatch: error: "), lines[0]
    assert "Traceback" not in proc.stderr
    return lines[0]


def test_disk_full_during_a_migration_changes_nothing_and_a_retry_finishes(
    tmp_path: Path,
) -> None:
    db = tmp_path / "offerwatch.db"
    _old_database(db)
    size = db.stat().st_size
    # Room for the copy made before migrating (the same size), not for the migration's growth.
    proc = _run(db, "app", "list", preexec=_file_size_limit(size + 64 * 1024))
    assert proc.returncode == 1
    line = _one_line_error(proc)
    assert "could not update the database" in line
    assert "nothing was changed" in line and "still schema 0001" in line
    assert "disk" in line
    assert _state(db) == ("0001", COMPANIES, "ok")
    copies = list(tmp_path.glob("offerwatch.db.bak-0001-*"))
    assert len(copies) == 1 and str(copies[0]) in line
    assert not list(tmp_path.glob("*.tmp"))

    again = _run(db, "app", "list")  # room again: the migration runs whole
    assert again.returncode == 0, again.stderr
    assert _state(db) == (HEAD, COMPANIES, "ok")


def test_disk_too_full_for_the_copy_before_migrating_leaves_no_partial_file(
    tmp_path: Path,
) -> None:
    db = tmp_path / "offerwatch.db"
    _old_database(db)
    proc = _run(db, "app", "list", preexec=_file_size_limit(db.stat().st_size // 2))
    assert proc.returncode == 1
    line = _one_line_error(proc)
    assert "nothing written" in line and "not migrated" in line
    assert _state(db) == ("0001", COMPANIES, "ok")
    leftovers = [p.name for p in tmp_path.iterdir() if p.name != "offerwatch.db"]
    assert not [n for n in leftovers if ".bak-" in n or n.endswith(".tmp")], leftovers


@contextmanager
def _read_only(db: Path) -> Iterator[None]:
    """Make `db` (and its folder) impossible to write for the `offerwatch` process.

    A normal user: file modes. Root ignores file modes, so its folder becomes a read-only
    mount (a tmpfs remounted read-only), as a database on a read-only disk would be."""
    folder = db.parent
    if os.geteuid() != 0:
        db.chmod(0o444)
        folder.chmod(0o555)  # nor may a journal or a copy be created beside it
        try:
            yield
        finally:
            folder.chmod(0o755)
        return
    content = db.read_bytes()
    db.unlink()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(folder)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    if mounted.returncode != 0:
        pytest.skip(f"root without the right to mount a read-only folder: {mounted.stderr}")
    try:
        db.write_bytes(content)
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        yield
    finally:
        subprocess.run(["umount", str(folder)], check=False)
        db.write_bytes(content)


@pytest.mark.parametrize("revision", ["0001", HEAD])
def test_read_only_database_is_one_line_and_left_as_it_was(tmp_path: Path, revision: str) -> None:
    data = tmp_path / "data"
    data.mkdir()
    db = data / "offerwatch.db"
    _old_database(db, revision)
    before = db.read_bytes()
    with _read_only(db):
        proc = _run(db, "app", "add", "--company", "Initech", "--role", "Developer")
        after = db.read_bytes()
    assert proc.returncode != 0
    line = _one_line_error(proc)
    assert any(word in line for word in ("read-only", "cannot be opened", "permission")), line
    if revision != HEAD:
        assert "not migrated" in line or "nothing was changed" in line, line
    assert after == before


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (sqlite3.OperationalError("database or disk is full"), "the disk is full"),
        (sqlite3.OperationalError("attempt to write a readonly database"), "read-only"),
        (sqlite3.OperationalError("disk I/O error"), "could not be written"),
        (OSError(28, "No space left on device"), "the disk is full"),
        (OSError(30, "Read-only file system"), "read-only"),
        (sqlite3.OperationalError("no such table: x"), None),
    ],
)
def test_storage_reason_names_the_cause(error: BaseException, expected: str | None) -> None:
    reason = storage_reason(error)
    if expected is None:
        assert reason is None
    else:
        assert reason is not None and expected in reason
