"""Real worker processes over one database (SQLite and PostgreSQL) stopped mid-import: SIGTERM
stops one promptly and hands its job back to the queue; kill -9 leaves the job to lapse, and
another worker takes it over and finishes it. The mail is imported once."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from offerwatch.service import Workspace, open_workspace
from offerwatch.service.jobs import UPLOAD_PREFIX, uploads_root
from offerwatch.web.jobs import JobWorker

MESSAGES = 2000
LEASE = 2.0  # short, so that a dead worker's job is taken over within the test
ROOT = Path(__file__).resolve().parents[2]


def _mbox(path: Path) -> Path:
    """Plain messages from a recruiter of the user's application, written out directly."""
    parts = []
    for i in range(MESSAGES):
        parts.append(
            f"From MAILER-DAEMON Wed Mar  4 10:00:00 2026\n"
            f"From: Ana Lopez <ana@acme.example>\nTo: Sam <sam@example.net>\n"
            f"Subject: Next steps {i}\nDate: Wed, 04 Mar 2026 10:00:00 +0000\n"
            f"Message-ID: <crash{i}@acme.example>\nContent-Type: text/plain; charset=utf-8\n\n"
            f"What is your notice period? ({i})\n\n"
        )
    path.parent.mkdir(parents=True)
    path.write_text("".join(parts))
    return path


@pytest.fixture
def ws(db_url: str) -> Iterator[Workspace]:
    workspace = open_workspace(db_url)  # the real clock: leases lapse in real time
    yield workspace
    workspace.close()


def _worker(db_url: str) -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.support.job_worker", db_url, str(LEASE)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert proc.stdout is not None
    name = proc.stdout.readline().strip()
    assert name, proc.stderr.read() if proc.stderr else ""
    return proc, name


def _wait(ws: Workspace, job: str, until: Any, what: str, seconds: float = 120) -> dict[str, Any]:
    deadline = time.monotonic() + seconds
    while True:
        row = ws.import_job(job)
        assert row is not None
        if until(row):
            return row
        assert time.monotonic() < deadline, f"{what}: {row}"
        time.sleep(0.05)


def test_stopped_and_killed_workers_lose_no_job(db_url: str, ws: Workspace, tmp_path: Path) -> None:
    acme = ws.add_application("Acme", "Data Engineer")
    ws.add_person(acme, "Ana Lopez", role="recruiter", email="ana@acme.example")
    upload = _mbox(uploads_root() / f"{UPLOAD_PREFIX}crash" / "upload.mbox")
    job = ws.enqueue_job("import", {"path": str(upload)})
    assert job is not None

    first, first_name = _worker(db_url)
    try:
        _wait(ws, job, lambda r: r["claimed_by"] == first_name and r["done"] >= 100, "started")
        first.send_signal(signal.SIGTERM)
        started = time.monotonic()
        first.wait(timeout=15)
        assert time.monotonic() - started < 10  # promptly, mid-import
    finally:
        first.kill()
        first.wait()
    row = ws.import_job(job)
    assert row is not None and row["state"] == "queued" and row["attempts"] == 0, row
    assert row["claimed_by"] is None and upload.exists()

    second, second_name = _worker(db_url)
    try:
        _wait(ws, job, lambda r: r["claimed_by"] == second_name and r["done"] >= 100, "taken")
    finally:
        second.send_signal(signal.SIGKILL)  # dies holding the job: no hand-back
        second.wait()
    row = ws.import_job(job)
    assert row is not None and row["state"] == "running" and row["claimed_by"] == second_name

    survivor = JobWorker(lambda: ws, lease=LEASE, poll=0.1)
    survivor.start()
    try:
        row = _wait(ws, job, lambda r: r["state"] in ("done", "failed"), "finished", 300)
    finally:
        survivor.stop(10)
    assert row["state"] == "done" and row["error"] is None, row
    assert row["claimed_by"] == survivor.name and row["attempts"] == 2  # the SIGTERM is free
    assert row["done"] == MESSAGES
    with ws.read() as conn:
        count, distinct = conn.exec_driver_sql(
            "SELECT count(*), count(DISTINCT message_id) FROM messages"
        ).one()
    # Two workers stored part of the mailbox before they stopped; still each message once.
    assert count == distinct == MESSAGES
    assert not upload.parent.exists()  # removed once the job ended
