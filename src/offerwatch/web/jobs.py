"""The job loop of one worker: claims queued jobs (mail imports, scheduled IMAP syncs,
reminders) from the database and runs them, one at a time, in a thread of its own.

Every worker of `offerwatch serve` runs one, so any worker runs any job (service/jobs.py,
store/jobs.py). While a job runs, its lease is renewed (with its progress, which the page
polling it reads from the database through any worker); a worker that dies stops renewing,
and once the lease lapses another worker claims the job again. At shutdown the running job
is cancelled at its next message (its batch rolls back) and handed back to the queue, so
SIGTERM stops the worker promptly and loses nothing."""

from __future__ import annotations

import logging
import os
import secrets
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from offerwatch.errors import OfferwatchError

if TYPE_CHECKING:
    from offerwatch.mail.imap_guard import TargetPolicy
    from offerwatch.service import Workspace
    from offerwatch.service.jobs import Claimed

log = logging.getLogger("offerwatch.jobs")

BEAT_SECONDS = 0.5  # progress written to the database at most this often
LEASE_SECONDS = 30.0  # a job whose worker gave no sign of life this long is taken over
POLL_SECONDS = 1.0  # an idle worker looks for due jobs this often (at once when kicked)
RETRY_SECONDS = 30.0  # a job that failed for a passing reason runs again after this x attempts


class Cancelled(Exception):
    """The worker is stopping (or lost the job): the job ends at its next message."""


@dataclass
class Running:
    """The job this worker runs: how far it got, and a way to stop it."""

    job: Claimed
    done: int = 0
    total: int | None = None
    lost: bool = False  # its lease lapsed and another worker took it
    cancelled: threading.Event = field(default_factory=threading.Event, repr=False)
    ended: threading.Event = field(default_factory=threading.Event, repr=False)
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    beat: Callable[[], None] | None = field(default=None, repr=False)
    beaten: float = field(default_factory=time.monotonic)

    def progress(self, done: int, total: int | None) -> None:
        if self.cancelled.is_set():
            raise Cancelled("the worker stopped during the job: another one takes it over")
        with self.lock:
            self.done, self.total = done, total
            due = time.monotonic() - self.beaten >= BEAT_SECONDS
        if due and self.beat is not None:
            self.beat()


def _one_line(exc: BaseException) -> str:
    return (str(exc).splitlines() or [type(exc).__name__])[0] or type(exc).__name__


class JobWorker:
    """Claims and runs jobs until stopped; also queues the scheduled ones (reminders every
    `remind_every` seconds, saved IMAP accounts at their users' interval)."""

    def __init__(
        self,
        opener: Callable[[], Workspace],
        *,
        lease: float = LEASE_SECONDS,
        poll: float = POLL_SECONDS,
        remind_every: float = 0.0,
        web_url: str | None = None,
        imap_policy: TargetPolicy | None = None,
        after: Callable[[int], None] | None = None,
    ) -> None:
        self._opener = opener
        self.lease = timedelta(seconds=lease)
        self.poll = poll
        self.remind_every = remind_every
        self.web_url = web_url
        self.imap_policy = imap_policy
        self._after = after  # told the user whose job ended (the web's cache forgets them)
        self.name = f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(3)}"[:100]
        self._stop = threading.Event()
        self._kick = threading.Event()
        self._thread: threading.Thread | None = None
        self._start_lock = threading.Lock()
        self.current: Running | None = None
        self.ran = 0  # jobs this worker ended (done, failed or handed back)
        self._scheduled_at = 0.0

    # Lifetime ------------------------------------------------------------------------------
    def start(self) -> None:
        """Start the loop's thread (once)."""
        with self._start_lock:
            if self._thread is None and not self._stop.is_set():
                self._thread = threading.Thread(
                    target=self._loop, name="offerwatch-jobs", daemon=True
                )
                self._thread.start()

    def kick(self) -> None:
        """Look for jobs now (one was just queued here)."""
        self.start()
        self._kick.set()

    def stop(self, timeout: float) -> None:
        """Stop the loop: the running job ends at its next message and goes back to the
        queue; waits up to `timeout` seconds for that."""
        self._stop.set()
        self._kick.set()
        running = self.current
        if running is not None:
            running.cancelled.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def _tick(self) -> float:
        """Seconds between two looks at the schedule."""
        return min(5.0, self.remind_every / 2) if self.remind_every > 0 else 5.0

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                self.schedule()
                worked = self.run_once()
            except Exception as exc:  # the database is away: try again shortly
                log.warning("job loop: %s: %s", type(exc).__name__, _one_line(exc))
                worked = False
            if not worked:
                self._kick.wait(min(self.poll, self._tick()))
                self._kick.clear()

    # One step ------------------------------------------------------------------------------
    def schedule(self) -> int:
        """Queue the scheduled jobs now due (a few times per reminder interval at most)."""
        if time.monotonic() - self._scheduled_at < self._tick():
            return 0
        self._scheduled_at = time.monotonic()
        return self._opener().schedule_due(remind_every=self.remind_every, web_url=self.web_url)

    def run_once(self) -> bool:
        """Claim one due job and run it to its end; False when nothing was due."""
        ws = self._opener()
        job = ws.claim_job(self.name, self.lease)
        if job is None:
            return False
        running = Running(job)
        self.current = running
        if self._stop.is_set():
            running.cancelled.set()
        try:
            self._run(ws, running)
        finally:
            self.current = None
            running.ended.set()
            self.ran += 1
        return True

    def _run(self, ws: Workspace, running: Running) -> None:
        from offerwatch.service.jobs import MAX_ATTEMPTS, job_ended

        job = running.job
        renewing = threading.Thread(
            target=self._renew, args=(ws, running), name=f"job-lease-{job.id}", daemon=True
        )
        running.beat = lambda: self._beat(ws, running)
        renewing.start()
        summary: dict[str, Any] | None = None
        error: str | None = None
        reason: str | None = None
        outcome = "done"
        try:
            summary = ws.run_job(job, running.progress, imap_policy=self.imap_policy)
        except Cancelled:
            outcome = "lost" if running.lost else "handed back"
        except OfferwatchError as exc:  # bad input: running it again would fail the same way
            error, outcome = _one_line(exc), "failed"
            reason = getattr(exc, "reason", None)  # service.jobs.JobRefused's code
        except Exception as exc:  # a passing cause (the database, the network): try again
            error = _one_line(exc)
            outcome = "retry" if job.attempts < MAX_ATTEMPTS else "failed"
            log.warning("job %s (%s) failed: %s", job.id, job.kind, error)
        finally:
            running.ended.set()
            renewing.join()
        if outcome == "lost":
            return  # another worker runs it now
        self._beat(ws, running)  # the last count, unthrottled
        if outcome == "handed back":
            ws.requeue_job(job.id, self.name, count_attempt=False)
            return
        if outcome == "retry":
            ws.requeue_job(job.id, self.name, delay=RETRY_SECONDS * job.attempts, error=error)
            return
        if ws.finish_job(job.id, self.name, summary, error, reason):
            job_ended(job)
        if self._after is not None:
            self._after(job.user_id)

    def _beat(self, ws: Workspace, running: Running) -> None:
        """Renew the lease with the progress; a job no longer ours is cancelled."""
        with running.lock:
            running.beaten = time.monotonic()
            progress = (running.done, running.total)
        if not ws.renew_job(running.job.id, self.name, self.lease, progress):
            running.lost = True
            running.cancelled.set()

    def _renew(self, ws: Workspace, running: Running) -> None:
        """Keep the lease while the job runs, also between messages (a slow server)."""
        every = self.lease.total_seconds() / 4
        while not running.ended.wait(min(every, 1.0)):
            if time.monotonic() - running.beaten < every:
                continue
            try:
                self._beat(ws, running)
            except Exception as exc:  # the next beat tries again
                log.warning("job %s: lease not renewed: %s", running.job.id, _one_line(exc))


@dataclass(frozen=True)
class JobView:
    """A job as the database tells it (whichever worker runs it)."""

    id: str
    state: str
    done: int
    total: int | None
    error: str | None
    summary: Any
    kind: str = "import"
    reason: str | None = None  # a failed job's reason code (service/jobs.py), if it has one
    created_at: datetime | None = None  # when it was queued
    source: str | None = None  # what a command-line import read (its file's name, an address)

    @property
    def finished(self) -> bool:
        return self.state in ("done", "failed")

    @property
    def message(self) -> str:
        if self.state == "failed":
            # One line: what failed, and (an upload) that its file is gone with the job.
            why = (self.error or "no reason was recorded").rstrip(".")
            if self.kind == "import":
                from offerwatch.service.jobs import UPLOAD_GONE

                again = "" if self.reason == UPLOAD_GONE else (
                    " Its file was removed; upload it again to try once more.")  # fmt: skip
                return f"The upload could not be imported: {why}.{again}"
            return f"{why[:1].upper()}{why[1:]}."  # a sync's error names the sync
        if self.state == "done":
            s = self.summary
            signs = "sign" if s.new_observations == 1 else "signs"
            done = (
                f"Done: {s.read} read, {s.job_mail} about jobs, {s.matched} matched, "
                f"{s.new_observations} new {signs}"
            )
            # A second upload of the same file: say why nothing is new (as the CLI does).
            again = vars(s).get("already_imported", 0)  # an older summary has no such count
            done += f", {again} already imported" if again else ""
            return done + _skipped(s)
        if self.state == "queued" and not self.done:
            return "Waiting for a worker to start the import…"
        of = f" of {self.total}" if self.total else ""
        return f"Reading messages: {self.done}{of}…"


def job_view(ws: Workspace, job_id: str) -> JobView | None:
    """The user's job as recorded in the database, or None."""
    row = ws.import_job(job_id)
    return None if row is None else _view(row)


def recent_views(ws: Workspace) -> list[JobView]:
    """The user's latest uploads and IMAP syncs still kept, newest first."""
    return [_view(row) for row in ws.recent_imports()]


def _view(row: dict[str, Any]) -> JobView:
    summary = SimpleNamespace(**row["summary"]) if row["summary"] else None
    error = row["error"] if row["state"] == "failed" else None
    return JobView(row["id"], row["state"], row["done"], row["total"], error, summary,
                   row["kind"], row.get("reason"), row["created_at"],
                   row.get("source"))  # fmt: skip


def wait_for(ws: Workspace, job_id: str, seconds: float) -> None:
    """Wait up to `seconds` for a job to end, whichever worker runs it (never on the
    event loop)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        view = job_view(ws, job_id)
        if view is None or view.finished:
            return
        time.sleep(0.1)


SKIPPED_SAID = 3  # reasons named in the one line; the count says the rest


def _skipped(summary: Any) -> str:
    """'; 2 not readable (upload.mbox#0: broken MIME ...)' for the messages an import could
    not read (an older summary has no such list)."""
    total = getattr(summary, "skipped_total", 0)
    if not total:
        return ""
    named = [f"{where.rsplit('/', 1)[-1]}: {why}" for where, why in summary.skipped[:SKIPPED_SAID]]
    more = f"; {total - len(named)} more" if total > len(named) else ""
    return f"; {total} not readable ({'; '.join(named)}{more})"
