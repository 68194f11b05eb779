"""Background mail imports with progress that the page polls (one thread per import).

Imports never run on the event loop, and nothing on the loop waits for them: a plain form
post gets a page that refreshes itself until the import ends. At shutdown the running
imports are cancelled (at their next message) so that SIGTERM stops the server promptly and
their temporary files are removed by their own clean-up."""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

_KEEP = 50  # finished jobs remembered (per process), oldest dropped first


class Cancelled(Exception):
    """The server is stopping: the import ends at its next message (its batch rolls back)."""


@dataclass
class Job:
    """One import: who started it, how far it got, and how it ended."""

    id: str
    user_id: int
    done: int = 0
    total: int | None = None
    finished: bool = False
    error: str | None = None
    summary: Any = None
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    cancelled: threading.Event = field(default_factory=threading.Event, repr=False)
    ended: threading.Event = field(default_factory=threading.Event, repr=False)

    def progress(self, done: int, total: int | None) -> None:
        if self.cancelled.is_set():
            raise Cancelled("the server stopped during the import: start it again")
        with self.lock:
            self.done, self.total = done, total

    def wait(self, seconds: float) -> bool:
        """Wait up to `seconds` for the end (in a worker thread, never on the loop)."""
        return self.ended.wait(seconds)

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


class Jobs:
    """The imports of this process."""

    def __init__(self) -> None:
        self._jobs: dict[str, Job] = {}
        self._threads: dict[str, threading.Thread] = {}
        self._lock = threading.Lock()

    def start(self, user_id: int, work: Callable[[Job], Any]) -> Job:
        """Run `work(job)` (which returns the summary) in a thread; return at once."""
        job = Job(secrets.token_urlsafe(12), user_id)
        with self._lock:
            self._jobs[job.id] = job
            while len(self._jobs) > _KEEP:
                oldest = next(iter(self._jobs))
                if not self._jobs[oldest].finished:
                    break
                del self._jobs[oldest]

        def run() -> None:
            try:
                job.summary = work(job)
            except Exception as exc:  # reported to the page, which shows one line
                job.error = str(exc) or type(exc).__name__
            finally:
                job.finished = True
                job.ended.set()
                with self._lock:
                    self._threads.pop(job.id, None)

        thread = threading.Thread(target=run, name=f"import-{job.id}", daemon=True)
        with self._lock:
            self._threads[job.id] = thread
        thread.start()
        return job

    def get(self, job_id: str, user_id: int) -> Job | None:
        found = self._jobs.get(job_id)
        return found if found is not None and found.user_id == user_id else None

    def running(self) -> int:
        with self._lock:
            return len(self._threads)

    def shutdown(self, timeout: float) -> None:
        """Cancel every running import and give them up to `timeout` seconds to clean up."""
        with self._lock:
            threads = list(self._threads.items())
        for job_id, _ in threads:
            job = self._jobs.get(job_id)
            if job is not None:
                job.cancelled.set()
        deadline = time.monotonic() + timeout
        for _, thread in threads:
            thread.join(max(0.0, deadline - time.monotonic()))
