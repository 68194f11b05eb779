"""Migrations: applied on open, the schema matches the tables, newer databases refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from offerwatch.service import open_workspace
from offerwatch.store.engine import make_engines
from offerwatch.store.migrate import HEAD, DatabaseTooNew, _config, current_revisions
from offerwatch.store.tables import metadata


def test_migrated_schema_matches_the_tables(db_url: str) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    open_workspace(db_url).close()
    engine = create_engine(db_url.replace("postgresql://", "postgresql+psycopg://"))
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    engine.dispose()
    assert diff == []


def test_database_newer_than_the_code_is_refused(sqlite_url: str) -> None:
    open_workspace(sqlite_url).close()
    path = sqlite_url.removeprefix("sqlite:///")
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    with pytest.raises(DatabaseTooNew, match="newer offerwatch"):
        open_workspace(sqlite_url)


def test_sqlite_settings(sqlite_url: str) -> None:
    writer, reader = make_engines(sqlite_url)
    with writer.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    assert writer.pool.size() == 1  # type: ignore[attr-defined]
    writer.dispose()
    reader.dispose()


def test_fresh_database_is_at_head(sqlite_url: str, tmp_path: Path) -> None:
    ws = open_workspace(sqlite_url)
    writer, _ = make_engines(sqlite_url)
    assert current_revisions(writer) == {HEAD}
    ws.close()
    writer.dispose()
    assert not list(tmp_path.glob("*.bak-*"))  # nothing to back up on a new database


def test_head_constant_matches_the_migration_scripts() -> None:
    from alembic.script import ScriptDirectory

    assert ScriptDirectory.from_config(_config()).get_current_head() == HEAD


def test_old_database_is_backed_up_then_migrated(sqlite_url: str, tmp_path: Path) -> None:
    from alembic import command

    writer, _ = make_engines(sqlite_url)
    cfg = _config()
    with writer.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    with writer.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO users (id, username, is_admin, created_at) "
            "VALUES (1, 'local', 1, '2026-03-01 00:00:00')"
        )
    writer.dispose()
    ws = open_workspace(sqlite_url)
    try:
        assert ws.user_id == 1
        backups = list(tmp_path.glob("offerwatch.db.bak-0001-*"))
        assert len(backups) == 1
        with sqlite3.connect(backups[0]) as old:
            assert old.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
    finally:
        ws.close()


def test_imap_uidvalidity_beyond_31_bits_is_stored(db_url: str) -> None:
    from sqlalchemy import insert, select

    from offerwatch.store import tables as t

    ws = open_workspace(db_url)
    try:
        big = 2**32 - 1
        with ws.write() as conn:
            conn.execute(insert(t.mail_sync).values(user_id=ws.user_id, account="a", folder="INBOX",
                                                    uidvalidity=big, last_uid=big))  # fmt: skip
        with ws.read() as conn:
            row = conn.execute(select(t.mail_sync.c.uidvalidity, t.mail_sync.c.last_uid)).one()
        assert tuple(row) == (big, big)
    finally:
        ws.close()
