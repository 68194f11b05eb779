"""Limit sign-ins (server mode): per user name and per client address, counted in the
database so that every worker shares one count.

Each attempt reserves its place before the password is checked (store/login_limits.py: one
atomic statement), so 40 concurrent guesses get at most `failures` password checks, however
many workers they reach. A success clears its user name's count and gives back its own
reservation on the address; the failures of other names from that address still count.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Protocol

# 5 attempts on one name in 15 minutes: enough for a person mistyping, far too few for
# guessing. An address gets more: a career centre's seekers often share one (NAT), and a
# success no longer wipes the address's count (it would hide guesses at other names).
FAILURES = 5
ADDRESS_FAILURES = 20
WINDOW_SECONDS = 15 * 60


class TooManyFailures(Exception):
    """Sign-in refused for now; `retry_after` is in whole seconds."""

    def __init__(self, retry_after: int) -> None:
        minutes = max(1, math.ceil(retry_after / 60))
        super().__init__(
            f"too many failed sign-ins: try again in {minutes} minute{'s' if minutes > 1 else ''}"
        )
        self.retry_after = retry_after


class LimitStore(Protocol):
    """Where the counts live (the Workspace: service/login_limits.py)."""

    def reserve_login(
        self, keys: list[str], now: float, window: float
    ) -> list[tuple[str, int, float]]: ...

    def settle_login(
        self, *, release: list[str], clear: list[str], now: float, window: float
    ) -> None: ...


class LoginThrottle:
    """Counts attempts per user name and per client address over a fixed window.

    `clock` gives wall-clock seconds (shared by the workers: time.time by default); tests
    pass their own. `store` opens the database lazily (nothing at app creation).
    """

    def __init__(
        self,
        clock: Callable[[], float],
        store: Callable[[], LimitStore],
        failures: int = FAILURES,
        window: float = WINDOW_SECONDS,
        address_failures: int = ADDRESS_FAILURES,
    ) -> None:
        self._clock = clock
        self._store = store
        self._failures = failures
        self._address_failures = address_failures
        self._window = window

    @staticmethod
    def keys(username: str, address: str | None) -> tuple[str, str | None]:
        user = f"user:{username.strip().lower()}"[:300]
        return user, (f"addr:{address}"[:300] if address else None)

    def _limit(self, key: str) -> int:
        return self._address_failures if key.startswith("addr:") else self._failures

    def attempt(
        self, username: str, address: str | None, verify: Callable[[], int | None]
    ) -> int | None:
        """Reserve an attempt; when within the limit run `verify` (the password check) and
        return its result, else raise TooManyFailures without checking anything."""
        user_key, addr_key = self.keys(username, address)
        keys = [user_key] + ([addr_key] if addr_key else [])
        now = self._clock()
        store = self._store()
        counts = store.reserve_login(keys, now, self._window)
        over = [(key, start) for key, attempts, start in counts if attempts > self._limit(key)]
        if over:
            # The keys still under the limit get their place back: a locked name must not
            # lock the address of the person who owns it, nor the other way round.
            under = [key for key, _, _ in counts if key not in dict(over)]
            if under:
                store.settle_login(release=under, clear=[], now=now, window=self._window)
            wait = max(start + self._window - now for _, start in over)
            raise TooManyFailures(max(1, math.ceil(wait)))
        user_id = verify()
        if user_id is not None:
            store.settle_login(
                release=[addr_key] if addr_key else [], clear=[user_key], now=now,
                window=self._window,
            )  # fmt: skip
        return user_id
