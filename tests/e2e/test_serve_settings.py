"""`offerwatch serve` refuses settings it cannot honour with one line and exit 2, before
serving anything."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def _serve(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "offerwatch", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=60,
                          env={**os.environ, **(env or {})})  # fmt: skip


def test_several_workers_need_postgresql(sqlite_url: str) -> None:
    done = _serve("--db", sqlite_url, "serve", "--workers", "2")
    assert done.returncode == 2
    assert done.stderr == (
        "offerwatch: error: --workers 2 needs a PostgreSQL database (--db postgresql://...); "
        "SQLite serves one worker\n"
    )


def test_workers_from_the_config_file_are_checked_too(sqlite_url: str, tmp_path: Path) -> None:
    config = tmp_path / "offerwatch.toml"
    config.write_text(f'[serve]\ndb = "{sqlite_url}"\nworkers = 3\n', encoding="utf-8")
    done = _serve("serve", env={"OFFERWATCH_CONFIG": str(config)})
    assert done.returncode == 2 and "--workers 3 needs a PostgreSQL database" in done.stderr
    config.write_text("[serve]\nport = 'eighty'\n", encoding="utf-8")
    done = _serve("serve", "--config", str(config))
    assert done.returncode == 2
    assert done.stderr.strip() == f"offerwatch: error: {config}: port cannot be 'eighty'"
