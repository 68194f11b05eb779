"""Per-user results of the expensive reads behind the busiest pages (the plan, the odds on the
board), reused while the user's facts are unchanged.

Many workers, one truth: an entry is tagged with the user's facts version, kept in the
database and bumped in the same transaction as every write of theirs (store/plan_stamps),
so a write through any worker, or the CLI, is seen at once by every other worker. Entries
also expire after `ttl` seconds (the plan changes with time by itself too)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

T = TypeVar("T")

DEFAULT_TTL = 30.0

# (expires at, local generation, facts version, value)
_Entry = tuple[float, int, int | None, Any]


class ResultCache:
    """Thread-safe; one computation per key at a time (the others wait for its result)."""

    def __init__(self, ttl: float = DEFAULT_TTL, clock: Callable[[], float] = time.monotonic):
        self.ttl = ttl
        self._clock = clock
        self._lock = threading.Lock()
        self._entries: dict[tuple[int, Hashable], _Entry] = {}
        self._key_locks: dict[tuple[int, Hashable], threading.Lock] = {}
        self._generation: dict[int, int] = {}

    def get(
        self,
        user_id: int,
        key: Hashable,
        compute: Callable[[], T],
        version: Callable[[], int | None] | None = None,
    ) -> T:
        """The cached value of `key` for the user, computing it when missing, stale, or
        made from facts older than `version()` (the database's; None: not cacheable)."""
        if self.ttl <= 0:
            return compute()
        current = version() if version is not None else None
        if version is not None and current is None:
            return compute()  # no version yet to tell a change by
        full = (user_id, key)
        found = self._fresh(full, current)
        if found is not None:
            return found[0]  # type: ignore[no-any-return]
        with self._lock:
            key_lock = self._key_locks.setdefault(full, threading.Lock())
        with key_lock:
            found = self._fresh(full, current)
            if found is not None:
                return found[0]  # type: ignore[no-any-return]
            with self._lock:
                generation = self._generation.get(user_id, 0)
            value = compute()
            with self._lock:
                # A write that started meanwhile makes this value suspect: do not keep it.
                # (One through another worker is caught by the version read before.)
                if self._generation.get(user_id, 0) == generation:
                    self._entries[full] = (self._clock() + self.ttl, generation, current, value)
            return value

    def _fresh(self, full: tuple[int, Hashable], current: int | None) -> tuple[Any] | None:
        with self._lock:
            entry = self._entries.get(full)
            if entry is None or entry[0] < self._clock():
                return None
            if entry[1] != self._generation.get(full[0], 0) or entry[2] != current:
                return None
            return (entry[3],)

    def forget(self, user_id: int) -> None:
        """Drop everything cached for the user (called around each of their writes)."""
        with self._lock:
            self._generation[user_id] = self._generation.get(user_id, 0) + 1
            for full in [k for k in self._entries if k[0] == user_id]:
                del self._entries[full]
