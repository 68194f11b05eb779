"""Background mail imports with progress that the page polls (one thread per import).

Imports never run on the event loop, and nothing on the loop waits for them: a plain form
post gets a page that refreshes itself until the import ends. Progress and outcome are kept
in the database (service/import_jobs.py), so the page may poll any worker. At shutdown the
running imports are cancelled (at their next message) so that SIGTERM stops the server
promptly and their temporary files are removed by their own clean-up."""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import timedelta
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from offerwatch.service import Workspace

BEAT_SECONDS = 0.5  # progress written to the database at most this often
# A running job whose worker gave no sign of life for this long was cut off (a crash, a
# restart): the page says so instead of polling forever.
STALE = timedelta(minutes=5)


class Cancelled(Exception):
    """The server is stopping: the import ends at its next message (its batch rolls back)."""


@dataclass
class Job:
    """One running import in this worker: how far it got, and a way to stop it."""

    id: str
    user_id: int
    done: int = 0
    total: int | None = None
    beat: Callable[[int, int | None], None] | None = field(default=None, repr=False)
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    cancelled: threading.Event = field(default_factory=threading.Event, repr=False)
    ended: threading.Event = field(default_factory=threading.Event, repr=False)
    _beaten: float = 0.0

    def progress(self, done: int, total: int | None) -> None:
        if self.cancelled.is_set():
            raise Cancelled("the server stopped during the import: start it again")
        with self.lock:
            self.done, self.total = done, total
            due = time.monotonic() - self._beaten >= BEAT_SECONDS
            if due:
                self._beaten = time.monotonic()
        if due and self.beat is not None:
            self.beat(done, total)


@dataclass(frozen=True)
class JobView:
    """An import as the database tells it (whichever worker runs it)."""

    id: str
    done: int
    total: int | None
    finished: bool
    error: str | None
    summary: Any

    @property
    def message(self) -> str:
        if self.error:
            return self.error
        if self.finished:
            s = self.summary
            signs = "sign" if s.new_observations == 1 else "signs"
            return (f"Done: {s.read} read, {s.job_mail} about jobs, {s.matched} matched, "
                    f"{s.new_observations} new {signs}")  # fmt: skip
        of = f" of {self.total}" if self.total else ""
        return f"Reading messages: {self.done}{of}…"


def _summary_json(summary: Any) -> dict[str, Any]:
    data = asdict(summary)
    keep = ("read", "job_mail", "matched", "new_observations", "found")
    return {k: data[k] for k in keep}


class Jobs:
    """The imports this worker runs."""

    def __init__(self) -> None:
        self._running: dict[str, tuple[Job, threading.Thread]] = {}
        self._lock = threading.Lock()

    def start(self, ws: Workspace, work: Callable[[Job], Any]) -> Job:
        """Record the job, run `work(job)` (which returns the summary) in a thread, return
        at once."""
        job = Job(secrets.token_urlsafe(12), ws.user_id)
        job.beat = lambda done, total: ws.beat_import_job(job.id, done, total)
        ws.start_import_job(job.id)

        def run() -> None:
            summary: dict[str, Any] | None = None
            error: str | None = None
            try:
                summary = _summary_json(work(job))
            except Exception as exc:  # reported to the page, which shows one line
                error = str(exc) or type(exc).__name__
            finally:
                try:
                    ws.beat_import_job(job.id, job.done, job.total)  # the last count, unthrottled
                    ws.finish_import_job(job.id, summary, error)
                finally:
                    job.ended.set()
                    with self._lock:
                        self._running.pop(job.id, None)

        thread = threading.Thread(target=run, name=f"import-{job.id}", daemon=True)
        with self._lock:
            self._running[job.id] = (job, thread)
        thread.start()
        return job

    def wait(self, job_id: str, seconds: float) -> None:
        """Wait up to `seconds` for a job of this worker to end (never on the event loop)."""
        with self._lock:
            found = self._running.get(job_id)
        if found is not None:
            found[0].ended.wait(seconds)

    def get(self, ws: Workspace, job_id: str) -> JobView | None:
        """The user's job as recorded in the database, or None."""
        row = ws.import_job(job_id)
        if row is None:
            return None
        error = row["error"]
        finished = row["state"] != "running"
        if not finished and row["now"] - row["beat_at"] > STALE:
            finished = True
            error = ("the import stopped (the server restarted): start it again; the "
                     "messages it had read are kept")  # fmt: skip
        summary = SimpleNamespace(**row["summary"]) if row["summary"] else None
        return JobView(row["id"], row["done"], row["total"], finished, error, summary)

    def running(self) -> int:
        with self._lock:
            return len(self._running)

    def shutdown(self, timeout: float) -> None:
        """Cancel every running import and give them up to `timeout` seconds to clean up."""
        with self._lock:
            running = list(self._running.values())
        for job, _ in running:
            job.cancelled.set()
        deadline = time.monotonic() + timeout
        for _, thread in running:
            thread.join(max(0.0, deadline - time.monotonic()))
