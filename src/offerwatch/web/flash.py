"""One-time banners after a post ("Deleted ... Undo"), kept in memory per browser session.

The message waits for the next page the same session renders, then is gone. It is kept in
the process, not in a cookie, so nothing a browser sends can write a banner or an Undo
target; a restart loses a pending banner, which is harmless.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass

MAX_WAITING = 2000  # sessions with a banner not yet shown: the oldest are dropped beyond


@dataclass(frozen=True, slots=True)
class Flash:
    """A banner: what happened, and where an Undo button posts (if it can be undone)."""

    message: str
    undo: str | None = None


class Flashes:
    """Banners waiting for their session's next page."""

    def __init__(self) -> None:
        self._waiting: OrderedDict[str, Flash] = OrderedDict()
        self._lock = threading.Lock()

    def put(self, session_key: str, flash: Flash) -> None:
        with self._lock:
            self._waiting[session_key] = flash
            self._waiting.move_to_end(session_key)
            while len(self._waiting) > MAX_WAITING:
                self._waiting.popitem(last=False)

    def pop(self, session_key: str) -> Flash | None:
        with self._lock:
            return self._waiting.pop(session_key, None)
