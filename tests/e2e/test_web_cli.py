"""`offerwatch serve`, `offerwatch demo` and `offerwatch user` end to end."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
from click.testing import CliRunner

from offerwatch.cli.main import cli, main
from offerwatch.core.entities import Status
from offerwatch.service import open_workspace


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_user_add_then_sign_in_works(sqlite_url: str) -> None:
    runner = CliRunner()
    ok = runner.invoke(cli, ["--db", sqlite_url, "user", "add", "ana", "--password-stdin"],
                       input="a long password\n")  # fmt: skip
    assert ok.exit_code == 0 and "user ana created" in ok.output
    ws = open_workspace(sqlite_url)
    try:
        assert ws.authenticate("ana", "a long password") is not None
        assert ws.authenticate("ana", "another password") is None
    finally:
        ws.close()


def test_user_add_refuses_a_duplicate_with_one_line(sqlite_url: str) -> None:
    proc = [sys.executable, "-m", "offerwatch", "--db", sqlite_url, "user", "add", "bo",
            "--password-stdin"]  # fmt: skip
    first = subprocess.run(proc, input="long enough pw\n", text=True, capture_output=True)
    again = subprocess.run(proc, input="long enough pw\n", text=True, capture_output=True)
    assert first.returncode == 0, first.stderr
    assert again.returncode == 2
    assert again.stderr.strip() == "offerwatch: error: a user called 'bo' already exists"


def test_demo_fills_a_separate_database_at_every_stage() -> None:
    home = Path(os.environ["OFFERWATCH_HOME"])
    try:
        main(["demo"])
    except SystemExit as exc:
        assert exc.code == 0
    assert (home / "demo.db").exists() and not (home / "offerwatch.db").exists()
    ws = open_workspace(f"sqlite:///{home / 'demo.db'}")
    try:
        apps = ws.list_applications()
        assert len(apps) >= 12
        assert {a.status for a in apps} >= set(Status) - {Status.ACCEPTED}
        assert len(ws.interviews()) >= 15 and ws.observations()
        scores = ws.scores()
        assert len({round(s.probability, 2) for s in scores.values()}) > 3
        assert ws.agenda().items
    finally:
        ws.close()


def test_serve_prints_the_url_and_answers(sqlite_url: str, tmp_path: Path) -> None:
    port = _free_port()
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "offerwatch", "--db", sqlite_url, "serve", "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert f"http://127.0.0.1:{port}/" in line
        deadline = time.monotonic() + 20
        while True:
            try:
                res = httpx.get(f"http://127.0.0.1:{port}/api/v1/health", timeout=2)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "server did not start"
                time.sleep(0.2)
        assert res.json() == {"ok": True}
        page = httpx.get(f"http://127.0.0.1:{port}/pipeline", timeout=5)
        assert page.status_code == 200 and "Pipeline" in page.text
        # A local server answers only to local names (DNS rebinding guard).
        foreign = httpx.get(f"http://127.0.0.1:{port}/", headers={"Host": "evil.example"})
        assert foreign.status_code == 400
    finally:
        proc.terminate()
        proc.wait(timeout=10)
