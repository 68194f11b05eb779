"""New databases already at the newest schema, copied from one migrated once per test process.

Running the migrations is most of the cost of opening a new workspace; a copy of a database
they made once (SQLite: the file; PostgreSQL: CREATE DATABASE ... TEMPLATE) is the same
schema for a fraction of it. Tests of the migrations themselves start from empty databases.
"""

from __future__ import annotations

import atexit
import itertools
import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

from tests.support.postgres import PostgresServer

_names = itertools.count(1)
_sqlite: list[Path] = []
_pg: dict[int, str] = {}  # server port -> template database name


def _sqlite_template() -> Path:
    """The migrated SQLite file of this process (made on first use, removed at exit)."""
    if not _sqlite:
        from offerwatch.store.engine import open_engines

        folder = tempfile.mkdtemp(prefix="offerwatch-template-")
        atexit.register(shutil.rmtree, folder, True)
        path = Path(folder) / "migrated.db"
        for engine in open_engines(f"sqlite:///{path}"):
            engine.dispose()
        with sqlite3.connect(path) as conn:  # fold the WAL into the file: one file to copy
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
        _sqlite.append(path)
    return _sqlite[0]


def migrated_sqlite(url: str) -> str:
    """Put a copy of the migrated template at the SQLite `url` (a file not yet written)."""
    target = Path(url.removeprefix("sqlite:///"))
    assert not target.exists(), f"{target} already exists"
    shutil.copyfile(_sqlite_template(), target)
    return url


def create_database(server: PostgresServer, template: str | None = None) -> str:
    """A new database on `server`, empty or a copy of `template`; its URL."""
    import psycopg

    name = f"t{os.getpid()}_{next(_names)}"
    # FILE_COPY: PostgreSQL 15's default (WAL_LOG) writes a copy (an empty database is one of
    # template1) twice, once block by block into the WAL; copying the files took half as long
    # (140 ms against 270-380 ms for the 9 MB migrated template, side by side on the suite's
    # server settings, fsync off).
    with psycopg.connect(server.url().replace("+psycopg", ""), autocommit=True) as conn:
        copy = f" TEMPLATE {template}" if template else ""
        if conn.info.server_version >= 150000:  # STRATEGY is new in 15
            copy += " STRATEGY FILE_COPY"
        conn.execute(f"CREATE DATABASE {name}{copy}")
    return server.url(name)


def migrated_postgres(server: PostgresServer) -> str:
    """A new database on `server` at the newest schema; its URL."""
    if server.port not in _pg:
        from offerwatch.store.engine import open_engines

        url = create_database(server)
        for engine in open_engines(url):
            engine.dispose()  # a template must have no open connection when it is copied
        _pg[server.port] = url.rsplit("/", 1)[1]
    return create_database(server, _pg[server.port])
