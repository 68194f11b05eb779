"""An upload whose import job fails for good (its worker died on every attempt) loses its
file at once, not at the 6-hour sweep; the job's page says what failed, in one line."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path
from typing import Any

from tests.support.webclient import app_client

from offerwatch.service import Workspace
from offerwatch.service.jobs import MAX_ATTEMPTS, UPLOAD_PREFIX, uploads_root

LEASE = timedelta(seconds=30)


def _upload(tmp_path: Path) -> Path:
    folder = uploads_root() / f"{UPLOAD_PREFIX}test"
    folder.mkdir(parents=True)
    path = folder / "upload.mbox"
    path.write_text("From a@b Wed Mar  4 10:00:00 2026\nSubject: hi\n\nhello\n")
    return path


def test_a_job_given_up_removes_its_upload_and_says_why(
    any_ws: Workspace, clock: Any, tmp_path: Path
) -> None:
    upload = _upload(tmp_path)
    job = any_ws.enqueue_job("import", {"path": str(upload)})
    assert job is not None
    for attempt in range(1, MAX_ATTEMPTS + 1):
        claimed = any_ws.claim_job(f"w{attempt}", LEASE)
        assert claimed is not None and claimed.attempts == attempt
        assert upload.exists()  # kept while the job may run again
        clock.now += LEASE + timedelta(seconds=1)  # the worker died: no renewal
    assert any_ws.claim_job("last", LEASE) is None
    assert not upload.parent.exists()  # removed when the job was given up
    with app_client(any_ws, run_jobs=False) as client:
        page = client.get(f"/mail?job={job}").text
        status = client.get(f"/mail/jobs/{job}").json()
    found = re.search(r'data-testid="import-result">([^<]*)<', page)
    assert found, page[:500]
    line = found.group(1)
    assert line.startswith("The upload could not be imported: its worker stopped")
    assert "Its file was removed; upload it again" in line and "\n" not in line
    assert status["finished"] and status["message"] == line


def test_a_failed_job_says_why_in_one_line(any_ws: Workspace, tmp_path: Path) -> None:
    from offerwatch.web.jobs import JobWorker

    gone = tmp_path / "offerwatch-upload-x" / "upload.mbox"
    job = any_ws.enqueue_job("import", {"path": str(gone)})
    assert JobWorker(lambda: any_ws).run_once()
    with app_client(any_ws, run_jobs=False) as client:
        status = client.get(f"/mail/jobs/{job}").json()
    assert status["message"].startswith("The upload could not be imported: the uploaded file")
    assert status["message"].count(".") >= 1 and "\n" not in status["message"]


def test_a_failed_upload_is_worded_by_its_reason_not_its_text(
    any_ws: Workspace, tmp_path: Path
) -> None:
    """Whether the page adds "upload it again" depends on why the job failed (its reason
    code), not on words its error happens to hold."""
    from offerwatch.web.jobs import JobWorker, job_view

    gone = any_ws.enqueue_job("import", {"path": str(tmp_path / "none" / "upload.mbox")})
    assert JobWorker(lambda: any_ws).run_once()
    view = job_view(any_ws, gone or "")
    assert view is not None and view.reason == "upload_gone"
    assert view.message.count("upload it again") == 1 and "Its file was removed" not in view.message
    other = any_ws.enqueue_job("import", {"path": str(_upload(tmp_path))})
    claimed = any_ws.claim_job("w1", LEASE)
    assert claimed is not None and claimed.id == other
    assert any_ws.finish_job(claimed.id, "w1", None, "the server said: upload it again later")
    view = job_view(any_ws, other or "")
    assert view is not None and view.reason is None and view.summary is None
    assert view.message.endswith("Its file was removed; upload it again to try once more.")
