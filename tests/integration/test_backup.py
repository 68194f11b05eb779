"""Backups: a consistent copy while the database is in use, on SQLite and PostgreSQL; a
failed backup leaves nothing; automatic backups before migrations keep the last few."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import create_engine, insert

from offerwatch.service import Workspace, open_workspace
from offerwatch.store import tables as t
from offerwatch.store.backup import BackupFailed, backup
from offerwatch.store.engine import make_engines
from offerwatch.store.migrate import _config


def test_backup_is_a_consistent_copy_while_a_writer_is_busy(
    any_ws: Workspace, db_url: str, tmp_path: Path
) -> None:
    any_ws.add_application("Acme", "Engineer")
    any_ws.add_goal("skill", "dbt", 60)
    expected = any_ws.export_document()
    target = tmp_path / ("copy.db" if db_url.startswith("sqlite") else "copy.dump")
    with any_ws.write() as conn:  # an uncommitted change is not in the copy
        conn.execute(insert(t.goals).values(user_id=any_ws.user_id, kind="rest",
                     title="uncommitted", weekly_minutes=5, created_at=any_ws.clock()))  # fmt: skip
        # The copy is read on a connection of its own, while this transaction writes.
        path, size = any_ws.backup(target)
    assert path == target and size == target.stat().st_size > 0
    if db_url.startswith("sqlite"):
        restored_url = f"sqlite:///{target}"
    else:
        restored_url = db_url + "_restored"
        admin = db_url.rsplit("/", 1)[0].replace("+psycopg", "") + "/postgres"
        name = restored_url.rsplit("/", 1)[1]
        import psycopg

        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        pg_restore = shutil.which("pg_restore")
        assert pg_restore
        plain = restored_url.replace("+psycopg", "")
        subprocess.run([pg_restore, "--no-owner", "-d", plain, str(target)], check=True)
    with open_workspace(restored_url) as restored:
        assert restored.export_document() == expected
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_a_failed_backup_leaves_no_file(ws: Workspace, sqlite_url: str, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(BackupFailed, match="nothing written"):
        ws.backup(blocker / "copy.db")
    # A source that is no database fails half-way: neither the target nor a temp file stays.
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"not a database at all" * 100)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(BackupFailed, match="nothing written"):
        backup(create_engine(f"sqlite:///{garbage}"), out / "copy.db")
    assert list(out.iterdir()) == []


def test_pg_dump_failure_leaves_no_file(tmp_path: Path, pg_url: str) -> None:
    engine = create_engine(pg_url.rsplit("/", 1)[0] + "/no_such_database")
    with pytest.raises(BackupFailed, match="pg_dump failed"):
        backup(engine, tmp_path / "copy.dump")
    assert list(tmp_path.iterdir()) == []


def test_automatic_backups_before_migrations_keep_the_last_three(
    sqlite_url: str, tmp_path: Path
) -> None:
    from alembic import command

    for n in range(5):  # older automatic backups
        old = tmp_path / f"offerwatch.db.bak-0001-2026010{n}T000000"
        old.write_bytes(b"old")
        os.utime(old, (1_700_000_000 + n, 1_700_000_000 + n))
    writer, _ = make_engines(sqlite_url)
    cfg = _config()
    with writer.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0004")
    writer.dispose()
    open_workspace(sqlite_url).close()
    kept = sorted(p.name for p in tmp_path.glob("offerwatch.db.bak-*"))
    assert len(kept) == 3
    assert kept[:2] == [
        "offerwatch.db.bak-0001-20260103T000000",
        "offerwatch.db.bak-0001-20260104T000000",
    ]
    assert kept[2].startswith("offerwatch.db.bak-0004-")
