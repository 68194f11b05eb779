"""The job queue on SQLite and on a real PostgreSQL: workers over one database run each job
once, a job whose worker died is taken over and given up after its attempts, a passing
failure is tried again, and scheduled jobs are queued once per due time however many workers
schedule them."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from tests.support.mailbuild import mail, write_mbox
from tests.support.receivers import HttpRecorder, http_recorder

from offerwatch.service import Workspace, open_workspace
from offerwatch.service.jobs import MAX_ATTEMPTS, UPLOAD_PREFIX, uploads_root
from offerwatch.web.jobs import RETRY_SECONDS, JobWorker

LEASE = timedelta(seconds=30)


@pytest.fixture
def two(db_url: str) -> Iterator[tuple[Workspace, Workspace]]:
    """Two workspaces over one database, on the real clock: as two worker processes."""
    one, other = open_workspace(db_url), open_workspace(db_url)
    yield one, other
    one.close()
    other.close()


def _upload(n: int) -> str:
    """One message in its own upload folder, as the web leaves it; the file's path."""
    folder = uploads_root() / f"{UPLOAD_PREFIX}{n}"
    folder.mkdir(parents=True)
    body = mail(f"Next steps {n}", "What is your notice period?", msgid=f"<q{n}@acme.example>")
    return str(write_mbox(folder / "upload.mbox", [body]))


def _jobs(ws: Workspace) -> list[dict[str, Any]]:
    with ws.read() as conn:
        rows = conn.exec_driver_sql("SELECT * FROM jobs ORDER BY created_at").mappings()
        return [dict(r) for r in rows]


def _count(ws: Workspace, table: str) -> int:
    with ws.read() as conn:
        return int(conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one())


def test_two_workers_run_every_job_exactly_once(
    two: tuple[Workspace, Workspace], tmp_path: Path
) -> None:
    one, other = two
    acme = one.add_application("Acme", "Data Engineer")
    one.add_person(acme, "Ana", role="recruiter", email="ana@acme.example")
    jobs = 24
    for n in range(jobs):
        assert one.enqueue_job("import", {"path": _upload(n)}) is not None
    workers = [JobWorker(lambda ws=ws: ws, poll=0.05) for ws in (one, other)]  # type: ignore[misc]
    try:
        for worker in workers:
            worker.start()
        deadline = time.monotonic() + 180
        while one.job_counts() != {"done": jobs}:
            assert time.monotonic() < deadline, one.job_counts()
            time.sleep(0.1)
    finally:  # a failed wait must not leave two job loops running into the next tests
        for worker in workers:
            worker.stop(10)
    rows = _jobs(one)
    assert [r["attempts"] for r in rows] == [1] * jobs  # each claimed once
    assert sum(w.ran for w in workers) == jobs  # and run once
    assert {r["claimed_by"] for r in rows} == {w.name for w in workers}  # both took a share
    assert _count(one, "messages") == jobs
    assert list(uploads_root().glob(f"{UPLOAD_PREFIX}*")) == []  # each copy removed once read


def test_concurrent_claims_never_take_one_job_twice(two: tuple[Workspace, Workspace]) -> None:
    one, other = two
    jobs = 40
    for _ in range(jobs):
        one.enqueue_job("reminders", {})
    taken: list[str] = []
    lock = threading.Lock()

    def claim_all(ws: Workspace, name: str) -> None:
        while (job := ws.claim_job(name, LEASE)) is not None:
            with lock:
                taken.append(job.id)

    threads = [
        threading.Thread(target=claim_all, args=(ws, f"w{i}"))
        for i, ws in enumerate([one, other] * 4)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert len(taken) == jobs and len(set(taken)) == jobs
    assert one.job_counts() == {"running": jobs}


def test_a_job_whose_worker_died_is_taken_over_then_given_up(any_ws: Workspace, clock: Any) -> None:
    job = any_ws.enqueue_job("reminders", {})
    first = any_ws.claim_job("a", LEASE)
    assert first is not None and first.id == job and first.attempts == 1
    assert any_ws.claim_job("b", LEASE) is None  # its lease holds
    clock.now += LEASE + timedelta(seconds=1)  # "a" died: no renewal
    second = any_ws.claim_job("b", LEASE)
    assert second is not None and second.id == job and second.attempts == 2
    assert not any_ws.renew_job(job, "a", LEASE)  # no longer a's: it would stop
    assert not any_ws.finish_job(job, "a", {"late": True}, None)
    assert any_ws.renew_job(job, "b", LEASE, (10, 20))
    for attempt in range(3, MAX_ATTEMPTS + 1):
        clock.now += LEASE + timedelta(seconds=1)
        again = any_ws.claim_job(f"w{attempt}", LEASE)
        assert again is not None and again.attempts == attempt
    clock.now += LEASE + timedelta(seconds=1)
    assert any_ws.claim_job("last", LEASE) is None
    row = any_ws.import_job(job)
    assert row is not None and row["state"] == "failed" and "worker stopped" in row["error"]
    assert row["done"] == 10  # the progress its last renewal recorded


@pytest.fixture
def recorder() -> Iterator[HttpRecorder]:
    with http_recorder() as rec:
        yield rec


START = datetime(2026, 3, 4, 14, 0, tzinfo=UTC)  # the clock fixture says 12:00 that day


def _final_interview(ws: Workspace) -> None:
    """A final interview at 14:00 UTC: "ask about the timeline" is due 30 minutes ahead."""
    app_id = ws.add_application("Acme Analytics", "Data Engineer")
    ws.add_interview(app_id, stage="final", start=START, end=START + timedelta(hours=1))
    ws.set_weekly_target(0)


def test_a_passing_failure_is_tried_again_later(
    any_ws: Workspace, clock: Any, recorder: HttpRecorder
) -> None:
    _final_interview(any_ws)
    any_ws.add_channel("webhook", recorder.url + "/hook")
    clock.now = START - timedelta(minutes=30)
    recorder.status = 500  # the receiver is down
    job = any_ws.enqueue_job("reminders", {"web_url": "https://ow.example"})
    worker = JobWorker(lambda: any_ws)
    assert worker.run_once()
    row = any_ws.import_job(job or "")
    assert row is not None and row["state"] == "queued" and "500" in row["error"], row
    assert not worker.run_once()  # not yet: it waits RETRY_SECONDS
    clock.now += timedelta(seconds=RETRY_SECONDS + 1)
    recorder.status = 200
    assert worker.run_once()
    row = any_ws.import_job(job or "")
    assert row is not None and row["state"] == "done" and row["attempts"] == 2, row
    any_ws.enqueue_job("reminders", {})  # the next run: the sent log holds it back
    assert worker.run_once()
    sent = [json.loads(r.body) for r in recorder.requests if r.path == "/hook"]
    reminders = [b for b in sent if b["kind"] == "reminder"]
    # One refused by the receiver, then one delivered, and no more.
    assert len(reminders) == 2 and str(reminders[1]["url"]).startswith("https://ow.example/")


def test_bad_input_fails_at_once(any_ws: Workspace, tmp_path: Path) -> None:
    gone = tmp_path / "offerwatch-upload-x" / "upload.mbox"
    job = any_ws.enqueue_job("import", {"path": str(gone)})
    assert JobWorker(lambda: any_ws).run_once()
    row = any_ws.import_job(job or "")
    assert row is not None and row["state"] == "failed" and row["attempts"] == 1
    assert "upload it again" in row["error"]


def test_scheduled_jobs_are_queued_once_per_due_time(
    db_url: str, clock: Any, recorder: HttpRecorder
) -> None:
    workers = [open_workspace(db_url, clock=clock) for _ in range(2)]
    ws = workers[0]
    ana, bo = ws.add_user("ana", "correct horse"), ws.add_user("bo", "correct horse")
    ws.for_user(ana).add_channel("webhook", recorder.url)  # type: ignore[attr-defined]
    ws.for_user(bo).save_imap_schedule("imaps://bo@mail.example/INBOX", "pw-of-bo", 30)  # type: ignore[attr-defined]
    made: list[int] = []

    def schedule(ws: Workspace) -> None:
        for _ in range(5):
            made.append(ws.schedule_due(remind_every=60, web_url=None))

    threads = [threading.Thread(target=schedule, args=(w,)) for w in workers * 3]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    kinds = sorted((r["kind"], r["user_id"]) for r in _jobs(ws))
    assert kinds == [("imap_sync", bo), ("reminders", ana)] and sum(made) == 2
    clock.now += timedelta(seconds=60)  # the next reminder slot; the sync's is 30 minutes
    assert ws.schedule_due(remind_every=60, web_url=None) == 1
    assert workers[1].schedule_due(remind_every=60, web_url=None) == 0
    clock.now += timedelta(minutes=30)
    assert ws.schedule_due(remind_every=60, web_url=None) == 2  # a reminder run and a sync
    with ws.read() as conn:
        stored = conn.exec_driver_sql("SELECT payload FROM jobs").scalars().all()
    assert all("pw-of-bo" not in p for p in stored)  # the password is not in the database
    ws.for_user(bo).forget_imap_schedule()  # type: ignore[attr-defined]
    assert ws.for_user(bo).imap_schedule() is None  # type: ignore[attr-defined]
    clock.now += timedelta(minutes=30)
    assert ws.schedule_due(remind_every=0, web_url=None) == 0  # reminders off, no account
    for w in workers:
        w.close()


def test_an_upload_job_removes_its_upload_folder_and_nothing_else(tmp_path: Path) -> None:
    """A job's cleanup removes the folder of its upload only when it is one: directly in
    the uploads root and named as uploads are; a hostile or stray path removes nothing."""
    from offerwatch.service.jobs import Claimed, job_ended

    def ended(path: Path | str) -> None:
        job_ended(Claimed("j", "import", 1, {"path": str(path)}, 1))

    root = uploads_root()
    victim = tmp_path / "documents"
    (victim / "cv").mkdir(parents=True)
    (victim / "cv" / "cv.pdf").write_text("mine")
    named_like = tmp_path / f"{UPLOAD_PREFIX}elsewhere"
    named_like.mkdir()
    (named_like / "upload.mbox").write_text("x")
    upload = Path(_upload(1))
    other_upload = Path(_upload(2))
    (root / "keep").mkdir()
    nested = root / f"{UPLOAD_PREFIX}3" / f"{UPLOAD_PREFIX}4"
    nested.mkdir(parents=True)
    (root / f"{UPLOAD_PREFIX}link").symlink_to(victim, target_is_directory=True)
    for hostile in (
        victim / "cv" / "cv.pdf",  # a file of the user's, outside the uploads
        named_like / "upload.mbox",  # named as uploads are, elsewhere
        upload.parent / ".." / ".." / victim.name / "cv" / "cv.pdf",  # climbs out
        f"{upload.parent}/../{victim}/cv/x",
        root / "upload.mbox",  # the root itself
        root / "keep" / "upload.mbox",  # in the root, not named as an upload
        nested / "upload.mbox",  # an upload folder inside another
        root / f"{UPLOAD_PREFIX}link" / "cv" / "cv.pdf",  # a link out of the root
        root / f"{UPLOAD_PREFIX}link" / "x",
        "upload.mbox",  # relative: the working directory's parent is not the root
        "/",
    ):
        ended(hostile)
    assert (victim / "cv" / "cv.pdf").read_text() == "mine"
    assert named_like.exists() and (root / "keep").exists() and nested.exists()
    assert root.exists() and upload.exists() and (root / f"{UPLOAD_PREFIX}link").is_symlink()
    ended(upload)  # its own upload: removed, and only it
    assert not upload.parent.exists() and other_upload.exists()
