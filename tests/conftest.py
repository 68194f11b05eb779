"""Fixtures shared by the whole suite: workspaces on real databases, a fixed clock, the CLI."""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from tests.support.postgres import INSTALL_HINT, PostgresServer, find_bindir, start

from offerwatch.service import Workspace, open_workspace

# A fixed "now" for tests that need one: Wednesday 2026-03-04 12:00 UTC.
NOW = datetime(2026, 3, 4, 12, 0, tzinfo=UTC)


class Clock:
    """A clock the test can move."""

    def __init__(self, now: datetime = NOW) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'offerwatch.db'}"


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file migrated to the newest schema once per session and nothing more: a
    workspace opened on a copy is the same as one opened on a new file, without running the
    migrations again for every test (the slowest part of opening a new workspace)."""
    from offerwatch.store.engine import open_engines

    path = tmp_path_factory.mktemp("template") / "migrated.db"
    for engine in open_engines(f"sqlite:///{path}"):
        engine.dispose()
    with sqlite3.connect(path) as conn:  # fold the WAL into the file: one file to copy
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path


def _from_template(url: str, template: Path) -> None:
    """Put a copy of the migrated template at the SQLite `url` (a path not yet written)."""
    target = Path(url.removeprefix("sqlite:///"))
    assert not target.exists(), f"{target} already exists"
    shutil.copyfile(template, target)


@pytest.fixture
def ws(sqlite_url: str, sqlite_template: Path, clock: Clock) -> Iterator[Workspace]:
    """A workspace on a fresh SQLite file, with a clock fixed at NOW."""
    _from_template(sqlite_url, sqlite_template)
    workspace = open_workspace(sqlite_url, clock=clock)
    yield workspace
    workspace.close()


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Never touch the real data directory; pin the time zone."""
    monkeypatch.setenv("OFFERWATCH_HOME", str(tmp_path_factory.mktemp("home")))
    monkeypatch.delenv("OFFERWATCH_DB", raising=False)
    monkeypatch.setenv("OFFERWATCH_TZ", "Europe/Berlin")


# --- PostgreSQL ---------------------------------------------------------------------------

_db_counter = iter(range(1, 1_000_000))


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """One real PostgreSQL per test session. Skipped outside CI when not installed."""
    if find_bindir() is None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"PostgreSQL is required under CI: {INSTALL_HINT}")
        pytest.skip(f"PostgreSQL not installed: {INSTALL_HINT}")
    server = start()
    yield server
    server.stop()


def _create_database(server: PostgresServer, template: str | None = None) -> str:
    """A new database on `server` (a copy of `template` when given); its URL."""
    import psycopg

    name = f"t{os.getpid()}_{next(_db_counter)}"
    copy = f" TEMPLATE {template}" if template else ""
    with psycopg.connect(server.url().replace("+psycopg", ""), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}{copy}")
    return server.url(name)


@pytest.fixture(scope="session")
def pg_template(postgres_server: PostgresServer) -> str:
    """The name of a database migrated to the newest schema once per session, for
    CREATE DATABASE ... TEMPLATE (PostgreSQL copies it; no migrations run per test)."""
    from offerwatch.store.engine import open_engines

    url = _create_database(postgres_server)
    for engine in open_engines(url):
        engine.dispose()  # a template must have no open connection when it is copied
    return url.rsplit("/", 1)[1]


@pytest.fixture
def pg_url(postgres_server: PostgresServer) -> str:
    """A fresh, empty database on the session's PostgreSQL server."""
    return _create_database(postgres_server)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The same test on SQLite (file in a temp dir) and on a real PostgreSQL.

    Empty, except under `any_ws`, which opens it at once: then it starts as a copy of the
    migrated template (the same schema the migrations would make, made once per session)."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'offerwatch.db'}"
    if "any_ws" in request.fixturenames:
        server = request.getfixturevalue("postgres_server")
        return _create_database(server, request.getfixturevalue("pg_template"))
    url: str = request.getfixturevalue("pg_url")
    return url


@pytest.fixture
def any_ws(request: pytest.FixtureRequest, db_url: str, clock: Clock) -> Iterator[Workspace]:
    """A workspace on SQLite and on PostgreSQL, clock fixed at NOW."""
    if db_url.startswith("sqlite:"):
        _from_template(db_url, request.getfixturevalue("sqlite_template"))
    workspace = open_workspace(db_url, clock=clock)
    yield workspace
    workspace.close()
