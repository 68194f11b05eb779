"""Fixtures shared by the whole suite: workspaces on real databases, a fixed clock, the CLI."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

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
