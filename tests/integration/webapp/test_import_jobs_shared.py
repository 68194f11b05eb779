"""Mail-import jobs are queued in the database: whichever app instance (worker) runs one,
the page polling it may reach any worker, and another user never sees it; on SQLite and
PostgreSQL."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest
from tests.support.mailbuild import mail, write_mbox
from tests.support.webclient import Web, finished_import_page

from offerwatch.service import Workspace, open_workspace
from offerwatch.web.jobs import job_view


@pytest.fixture
def second_ws(db_url: str, clock: Any, any_ws: Workspace) -> Iterator[Workspace]:
    ws = open_workspace(db_url, clock=clock)
    yield ws
    ws.close()


def test_an_import_started_on_one_worker_is_followed_on_another(
    any_ws: Workspace, second_ws: Workspace, make_client: Any, tmp_path: Any
) -> None:
    acme = any_ws.add_application("Acme", "Data Engineer")
    any_ws.add_person(acme, "Ana", role="recruiter", email="ana@acme.example")
    # The worker that takes the upload runs no jobs: the other one runs the import.
    one, two = Web(make_client(any_ws, run_jobs=False)), Web(make_client(second_ws))
    messages = [
        mail("Next steps", "What is your notice period?"),
        mail("Hi", "Lunch?", sender="mum@family.example"),
    ]
    mbox = write_mbox(tmp_path / "in.mbox", messages)
    res = one.client.post(
        "/mail/upload", data={"csrf": one.csrf()},
        files={"mailbox": ("in.mbox", mbox.read_bytes(), "application/mbox")},
        headers={"X-Requested-With": "fetch"},
    )  # fmt: skip
    assert res.status_code == 202
    job = res.json()["job"]
    deadline = time.monotonic() + 60
    while not (status := one.get(f"/mail/jobs/{job}").json())["finished"]:
        assert time.monotonic() < deadline
        time.sleep(0.1)
    assert status["detail"] is None and status["message"].startswith("Done: 2 read")
    assert two.get(f"/mail/jobs/{job}").json() == status  # either worker answers alike
    row = any_ws.import_job(job)
    assert row is not None and row["claimed_by"] == two.client.app.state.web.jobs.name
    page = finished_import_page(one.client, f"/mail?job={job}")
    assert "Done: 2 read, 1 about jobs, 1 matched" in page
    assert "What the mail found" in page and "Next steps" in page


def test_another_user_cannot_see_a_job(any_ws: Workspace) -> None:
    ana, bo = any_ws.add_user("ana", "correct horse"), any_ws.add_user("bo", "correct horse")
    ana_ws, bo_ws = any_ws.for_user(ana), any_ws.for_user(bo)
    job = ana_ws.enqueue_job("import", {"path": "/nowhere/upload.mbox"})  # type: ignore[attr-defined]
    assert job is not None
    view = job_view(ana_ws, job)  # type: ignore[arg-type]
    assert view is not None and not view.finished and view.message.startswith("Waiting")
    assert job_view(bo_ws, job) is None  # type: ignore[arg-type]
    assert job_view(ana_ws, "x" * 100) is None  # type: ignore[arg-type]
