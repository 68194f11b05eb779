"""`offerwatch serve --cache-seconds`: 0 turns the per-user result cache off; with or without
it, a write made outside the app (here the workspace, as the CLI would) shows on Today at
once, since the cache is keyed by the user's facts version in the database."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from datetime import timedelta

import httpx
import pytest

from offerwatch.core.timeutil import utcnow
from offerwatch.service import open_workspace


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _today_after_an_outside_write(sqlite_url: str, extra: list[str]) -> tuple[str, str]:
    """Today before and after a final round is added outside the app."""
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "offerwatch", "--db", sqlite_url, "serve", "--port", str(port),
         *extra],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ},
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60  # a loaded machine starts Python slowly
        while True:
            try:
                httpx.get(base + "/api/v1/health", timeout=2)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "server did not start"
                time.sleep(0.2)
        before = httpx.get(base + "/", timeout=10).text
        ws = open_workspace(sqlite_url)
        try:
            app_id = ws.add_application("Zeta Robotics", "Platform Engineer")
            start = utcnow() + timedelta(days=2)
            ws.add_interview(app_id, stage="final", start=start, end=start + timedelta(hours=1))
        finally:
            ws.close()
        return before, httpx.get(base + "/", timeout=10).text
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.mark.parametrize("extra", [["--cache-seconds", "0"], []])
def test_outside_writes_show_at_once(sqlite_url: str, extra: list[str]) -> None:
    before, after = _today_after_an_outside_write(sqlite_url, extra)
    planned = "Ask about next steps"  # the plan's action for the final round
    assert planned not in before
    assert "Zeta Robotics" in after  # the interviews coming up are never cached
    assert planned in after  # the default cache too: the write bumped the facts version


def test_cache_seconds_must_not_be_negative(sqlite_url: str) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "offerwatch", "--db", sqlite_url, "serve", "--cache-seconds", "-1"],
        capture_output=True, text=True,
    )  # fmt: skip
    assert proc.returncode == 2 and "--cache-seconds" in proc.stderr
