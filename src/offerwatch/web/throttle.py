"""Limit failed sign-ins (server mode): per user name and per client address, in memory."""

from __future__ import annotations

import math
import threading
from collections import deque
from collections.abc import Callable

# 5 failures in 15 minutes: enough for a person mistyping, far too few for guessing.
FAILURES = 5
WINDOW_SECONDS = 15 * 60
# Keys kept at most, so that a flood of made-up names cannot fill memory.
MAX_KEYS = 10_000


class TooManyFailures(Exception):
    """Sign-in refused for now; `retry_after` is in whole seconds."""

    def __init__(self, retry_after: int) -> None:
        minutes = max(1, math.ceil(retry_after / 60))
        super().__init__(
            f"too many failed sign-ins: try again in {minutes} minute{'s' if minutes > 1 else ''}"
        )
        self.retry_after = retry_after


class LoginThrottle:
    """Counts failures per user name and per client address over a sliding window.

    `clock` gives seconds (monotonic by default); tests pass their own. A success clears
    the counts of that user name and that address. Thread-safe: HTTP Basic checks run in
    the thread pool.
    """

    def __init__(
        self,
        clock: Callable[[], float],
        failures: int = FAILURES,
        window: float = WINDOW_SECONDS,
    ) -> None:
        self._clock = clock
        self._failures = failures
        self._window = window
        self._seen: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    @staticmethod
    def _keys(username: str, address: str | None) -> list[str]:
        keys = [f"user:{username.strip().lower()}"]
        if address:
            keys.append(f"addr:{address}")
        return keys

    def _recent(self, key: str, now: float) -> deque[float] | None:
        times = self._seen.get(key)
        if times is None:
            return None
        while times and times[0] <= now - self._window:
            times.popleft()
        if not times:
            del self._seen[key]
            return None
        return times

    def check(self, username: str, address: str | None) -> None:
        """Raise TooManyFailures while either the name or the address is locked out."""
        with self._lock:
            now = self._clock()
            wait = 0.0
            for key in self._keys(username, address):
                times = self._recent(key, now)
                if times is not None and len(times) >= self._failures:
                    wait = max(wait, times[-self._failures] + self._window - now)
        if wait > 0:
            raise TooManyFailures(max(1, math.ceil(wait)))

    def failed(self, username: str, address: str | None) -> None:
        with self._lock:
            now = self._clock()
            if len(self._seen) >= MAX_KEYS:
                for key in list(self._seen):
                    self._recent(key, now)
                for key in list(self._seen)[: max(0, len(self._seen) - MAX_KEYS + 2)]:
                    del self._seen[key]  # still full of recent ones: the oldest keys go
            for key in self._keys(username, address):
                times = self._seen.setdefault(key, deque())
                times.append(now)
                while len(times) > self._failures:
                    times.popleft()

    def succeeded(self, username: str, address: str | None) -> None:
        with self._lock:
            for key in self._keys(username, address):
                self._seen.pop(key, None)

    def attempt(
        self, username: str, address: str | None, verify: Callable[[], int | None]
    ) -> int | None:
        """Check, run `verify` (the password check), record its outcome, return it."""
        self.check(username, address)
        user_id = verify()
        if user_id is None:
            self.failed(username, address)
        else:
            self.succeeded(username, address)
        return user_id
