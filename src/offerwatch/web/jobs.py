"""Background mail imports with progress that the page polls (one thread per import)."""

from __future__ import annotations

import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

_KEEP = 50  # finished jobs remembered (per process), oldest dropped first


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

    def progress(self, done: int, total: int | None) -> None:
        with self.lock:
            self.done, self.total = done, total

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
        self._lock = threading.Lock()

    def start(self, user_id: int, work: Callable[[Job], Any], *, wait: bool = False) -> Job:
        """Run `work(job)` (which returns the summary) in a thread; `wait` joins it."""
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

        thread = threading.Thread(target=run, name=f"import-{job.id}", daemon=True)
        thread.start()
        if wait:
            thread.join()
        return job

    def get(self, job_id: str, user_id: int) -> Job | None:
        found = self._jobs.get(job_id)
        return found if found is not None and found.user_id == user_id else None
