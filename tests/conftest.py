"""Fixtures shared by the whole suite: workspaces on real databases, a fixed clock, the CLI."""

from __future__ import annotations

import os
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


@pytest.fixture
def ws(sqlite_url: str, clock: Clock) -> Iterator[Workspace]:
    """A workspace on a fresh SQLite file, with a clock fixed at NOW."""
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


@pytest.fixture
def pg_url(postgres_server: PostgresServer) -> str:
    """A fresh, empty database on the session's PostgreSQL server."""
    import psycopg

    name = f"t{os.getpid()}_{next(_db_counter)}"
    with psycopg.connect(postgres_server.url().replace("+psycopg", ""), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    return postgres_server.url(name)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The same test on SQLite (file in a temp dir) and on a real PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'offerwatch.db'}"
    url: str = request.getfixturevalue("pg_url")
    return url


@pytest.fixture
def any_ws(db_url: str, clock: Clock) -> Iterator[Workspace]:
    """A workspace on SQLite and on PostgreSQL, clock fixed at NOW."""
    workspace = open_workspace(db_url, clock=clock)
    yield workspace
    workspace.close()
