"""Consistent copies of the database while it is in use: SQLite's online backup API, or
pg_dump for PostgreSQL. A copy is written beside its target and renamed when complete, so
a failed backup leaves no file (never an empty or half-written one)."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
import tempfile
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine

from offerwatch.errors import OfferwatchError
from offerwatch.store.failures import storage_reason

# Automatic backups before a migration kept per database file (older ones are removed).
KEEP_AUTOMATIC = 3


class BackupFailed(OfferwatchError):
    """The copy could not be made; nothing was written."""


def default_name(engine: Engine, now: datetime) -> str:
    """offerwatch-20261129T101500.db (SQLite) or .dump (pg_dump's custom format)."""
    suffix = ".db" if engine.dialect.name == "sqlite" else ".dump"
    return f"offerwatch-{now.strftime('%Y%m%dT%H%M%S')}{suffix}"


def backup(engine: Engine, target: Path) -> int:
    """Copy the database to `target` (replacing it); returns the size in bytes."""
    target = target.expanduser()
    if target.is_dir():
        raise BackupFailed(f"{target} is a folder: name the backup file")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
        os.close(fd)
    except OSError as exc:
        raise BackupFailed(
            f"cannot write {target}: {storage_reason(exc) or exc.strerror or exc}; nothing written"
        ) from None
    tmp = Path(name)
    try:
        if engine.dialect.name == "sqlite":
            _sqlite(engine, tmp)
        else:
            _pg_dump(engine, tmp)
        with tmp.open("rb") as done:
            os.fsync(done.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        raise BackupFailed(
            f"cannot write {target}: {storage_reason(exc) or exc.strerror or exc}; nothing written"
        ) from None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    return target.stat().st_size


def _source(engine: Engine) -> Path:
    database = engine.url.database
    if not database or database == ":memory:":
        raise BackupFailed("an in-memory database has nothing to back up")
    return Path(database)


def _sqlite(engine: Engine, tmp: Path) -> None:
    """The online backup API: one consistent snapshot, even while others write (WAL)."""
    source = _source(engine)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=10)
    dst = sqlite3.connect(tmp)
    try:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside
        verdict = dst.execute("PRAGMA integrity_check").fetchone()[0]
    except sqlite3.Error as exc:
        why = storage_reason(exc) or str(exc)
        raise BackupFailed(f"cannot copy {source}: {why}; nothing written") from None
    finally:
        dst.close()
        src.close()
    if verdict != "ok":
        raise BackupFailed(f"the copy of {source} fails its integrity check: {verdict}")


def _pg_dump(engine: Engine, tmp: Path) -> None:
    """pg_dump's custom format (restore with pg_restore): a consistent snapshot."""
    program = shutil.which("pg_dump")
    if program is None:
        raise BackupFailed("pg_dump is not installed: install the PostgreSQL client tools")
    url = engine.url.set(drivername="postgresql")
    env = dict(os.environ)
    if url.password is not None:
        env["PGPASSWORD"] = str(url.password)  # not on the command line, where ps shows it
    plain = url.set(password=None).render_as_string(hide_password=False)
    proc = subprocess.run(
        [program, "--format=custom", "--no-owner", "--file", str(tmp), plain],
        capture_output=True, text=True, env=env, timeout=3600, check=False,
    )  # fmt: skip
    if proc.returncode != 0:
        lines = [line for line in proc.stderr.splitlines() if line.strip()]
        reason = lines[0] if lines else f"exit status {proc.returncode}"
        raise BackupFailed(f"pg_dump failed: {reason}; nothing written")


def prune(folder: Path, pattern: str, keep: int = KEEP_AUTOMATIC) -> list[Path]:
    """Remove all but the `keep` newest files matching `pattern`; returns those removed."""
    found = sorted(folder.glob(pattern), key=lambda p: (p.stat().st_mtime, p.name))
    removed = found[: max(0, len(found) - keep)]
    for path in removed:
        with contextlib.suppress(OSError):
            path.unlink()
    return removed
