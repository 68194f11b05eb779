"""The offerwatch command run in a fresh interpreter, as a user types it (e2e tests)."""

from __future__ import annotations

import os
import subprocess
import sys


def run(
    db: str | None, *args: str, env: dict[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """`offerwatch [--db DB] ARGS...` with `env` over this process's environment."""
    full = [sys.executable, "-m", "offerwatch", *(["--db", db] if db else []), *args]
    return subprocess.run(
        full, capture_output=True, text=True, timeout=timeout, env={**os.environ, **(env or {})}
    )


def ok(db: str | None, *args: str, env: dict[str, str] | None = None) -> str:
    """The output of a command that must succeed."""
    proc = run(db, *args, env=env)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def one_line_error(proc: subprocess.CompletedProcess[str], code: int = 2) -> str:
    """The one line a failing command says: exit `code`, no usage text, no traceback."""
    assert proc.returncode == code, (proc.returncode, proc.stderr)
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("offerwatch: error: "), proc.stderr
    assert "Traceback" not in proc.stderr and "Usage:" not in proc.stderr
    return lines[0]
