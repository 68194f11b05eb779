"""A real `offerwatch serve --workers 2 --accounts` on the suite's PostgreSQL: the worker
process running a mailbox import is killed with SIGKILL mid-import; once its lease lapses
another worker finishes the job, the page polling it keeps answering, and every message is
stored once. SIGTERM then stops the whole server promptly."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
from tests.support.served import free_port, wait_healthy

from offerwatch.service import open_workspace

PASSWORD = "a long enough password"
MESSAGES = 2000


def _mbox() -> bytes:
    parts = []
    for i in range(MESSAGES):
        parts.append(
            f"From MAILER-DAEMON Wed Mar  4 10:00:00 2026\n"
            f"From: Ana Lopez <ana@acme.example>\nTo: Sam <sam@example.net>\n"
            f"Subject: Next steps {i}\nDate: Wed, 04 Mar 2026 10:00:00 +0000\n"
            f"Message-ID: <served{i}@acme.example>\nContent-Type: text/plain; charset=utf-8\n\n"
            f"What is your notice period? ({i})\n\n"
        )
    return "".join(parts).encode()


def _parent(pid: int) -> int:
    status = Path(f"/proc/{pid}/status").read_text()
    found = re.search(r"^PPid:\s+(\d+)", status, re.M)
    assert found, status
    return int(found.group(1))


def test_a_killed_worker_s_import_is_finished_by_another(pg_url: str, tmp_path: Path) -> None:
    env = {**os.environ, "OFFERWATCH_HOME": str(tmp_path / "home"), "OFFERWATCH_DB": pg_url}
    subprocess.run([sys.executable, "-m", "offerwatch", "user", "add", "ana", "--admin",
                    "--password-stdin"], input=PASSWORD + "\n", env=env, check=True,
                   capture_output=True, text=True, timeout=120)  # fmt: skip
    ws = open_workspace(pg_url)
    [ana] = [a.id for a in ws.list_users() if a.username == "ana"]
    mine: Any = ws.for_user(ana)
    acme = mine.add_application("Acme", "Data Engineer")
    mine.add_person(acme, "Ana Lopez", role="recruiter", email="ana@acme.example")
    port = free_port()
    log = (tmp_path / "serve.log").open("w+")
    server = subprocess.Popen(
        [sys.executable, "-m", "offerwatch", "serve", "--accounts", "--workers", "2",
         "--port", str(port)],
        env=env, stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(server, base, lambda: Path(log.name).read_text())
        with httpx.Client(base_url=base, timeout=60) as client:
            csrf = re.search(r'name="csrf" value="([^"]+)"', client.get("/login").text)
            assert csrf
            res = client.post("/login", data={"csrf": csrf.group(1), "username": "ana",
                                               "password": PASSWORD})  # fmt: skip
            assert res.status_code == 303
            token = re.search(r'name="csrf" value="([^"]+)"', client.get("/mail").text)
            assert token
            mailbox = {"mailbox": ("big.mbox", _mbox(), "application/mbox")}
            res = client.post("/mail/upload", data={"csrf": token.group(1)}, files=mailbox)
            assert res.status_code == 303, res.text[:300]
            job = res.headers["location"].split("job=", 1)[1]

            try:
                deadline = time.monotonic() + 120
                while True:
                    row: Any = mine.import_job(job)
                    if row and row["claimed_by"] and row["done"] >= 100:
                        break
                    assert time.monotonic() < deadline, row
                    time.sleep(0.05)
                assert row["state"] == "running", row
                victim = int(row["claimed_by"].split(":")[1])
                assert _parent(victim) == server.pid  # one of serve's own workers
                os.kill(victim, signal.SIGKILL)

                deadline = time.monotonic() + 300
                status: dict[str, Any] = {"finished": False}
                while not status["finished"]:
                    assert time.monotonic() < deadline, status
                    time.sleep(0.5)
                    try:
                        status = client.get(f"/mail/jobs/{job}").json()
                    except httpx.TransportError:
                        continue  # the connection the killed worker held: a browser reconnects
                assert status["detail"] is None and status["done"] == MESSAGES, status
                row = mine.import_job(job)
                assert row["attempts"] == 2 and f":{victim}:" not in row["claimed_by"], row
                with ws.read() as conn:
                    count, distinct = conn.exec_driver_sql(
                        "SELECT count(*), count(DISTINCT message_id) FROM messages"
                    ).one()
                assert count == distinct == MESSAGES
            finally:
                ws.close()
        assert not list((tmp_path / "home" / "uploads").glob("offerwatch-upload-*"))
        server.send_signal(signal.SIGTERM)
        started = time.monotonic()
        server.wait(timeout=30)
        assert time.monotonic() - started < 15
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()
        log.close()
