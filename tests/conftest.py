"""Fixtures shared by the whole suite: workspaces on real databases, a fixed clock, the CLI."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import settings
from tests.support.postgres import INSTALL_HINT, PostgresServer, find_bindir, start
from tests.support.templates import create_database, migrated_postgres, migrated_sqlite

from offerwatch.service import Workspace, open_workspace

# Under CI the same examples every run (derandomize: a red build is a bug to read, not a
# draw to retry) and no example database to write; elsewhere Hypothesis's defaults.
settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
if os.environ.get("CI") == "true":
    settings.load_profile("ci")

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


@pytest.fixture
def ws(sqlite_url: str, clock: Clock) -> Iterator[Workspace]:
    """A workspace on a fresh SQLite file (a copy of the migrated template), clock at NOW."""
    migrated_sqlite(sqlite_url)
    workspace = open_workspace(sqlite_url, clock=clock)
    yield workspace
    workspace.close()


def _isolate(patch: pytest.MonkeyPatch, home: Path) -> None:
    patch.setenv("OFFERWATCH_HOME", str(home))
    patch.delenv("OFFERWATCH_DB", raising=False)
    patch.setenv("OFFERWATCH_TZ", "Europe/Berlin")


@pytest.fixture(scope="session", autouse=True)
def _isolated_session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The same for module and session fixtures (a served app, a demo database): they are
    set up before any test's own home, and would otherwise see the real environment."""
    with pytest.MonkeyPatch.context() as patch:
        _isolate(patch, tmp_path_factory.mktemp("session-home"))
        yield


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Never touch the real data directory; pin the time zone."""
    _isolate(monkeypatch, tmp_path_factory.mktemp("home"))


# --- PostgreSQL ---------------------------------------------------------------------------


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


@pytest.fixture
def pg_url(postgres_server: PostgresServer) -> str:
    """A fresh, empty database on the session's PostgreSQL server."""
    return create_database(postgres_server)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The same test on SQLite (file in a temp dir) and on a real PostgreSQL.

    Empty; under `migrated_db_url` (and so `any_ws`) a PostgreSQL database is made as a copy
    of the migrated template at once (CREATE DATABASE ... TEMPLATE)."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'offerwatch.db'}"
    if "migrated_db_url" in request.fixturenames:
        return migrated_postgres(request.getfixturevalue("postgres_server"))
    url: str = request.getfixturevalue("pg_url")
    return url


@pytest.fixture
def migrated_db_url(db_url: str) -> str:
    """`db_url` already at the newest schema (a copy of a database migrated once per run):
    for tests about what happens after the first open, not about the migrations."""
    return migrated_sqlite(db_url) if db_url.startswith("sqlite:") else db_url


@pytest.fixture
def any_ws(migrated_db_url: str, clock: Clock) -> Iterator[Workspace]:
    """A workspace on SQLite and on PostgreSQL, clock fixed at NOW."""
    workspace = open_workspace(migrated_db_url, clock=clock)
    yield workspace
    workspace.close()
