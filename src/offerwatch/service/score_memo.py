"""Scores kept in memory per database and user, reused while they are what scoring gives.

An entry holds while the user's facts version (store/plan_stamps: bumped by every write
transaction) is the one it was computed from, in the same time zone, and `now` is within
[computed at, valid until) (core/score_validity.py). Uncalibrated scores only: those with
the published weights or the cohort weights an administrator adopted (adopting or reverting
bumps every user's facts version, store/cohort.py, so no entry outlives the weights it used).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from sqlalchemy import Engine

if TYPE_CHECKING:
    from offerwatch.core.odds import Score

MAX_ENTRIES = 512  # per database: a few per user (the board's cards, all applications)

IdsKey = tuple[int, ...] | None


@dataclass(frozen=True, slots=True)
class Memo:
    """Scores of some applications computed at `at` from facts at `version`."""

    version: int
    zone: tzinfo | None
    at: datetime
    valid_until: datetime
    scores: dict[int, Score]

    def holds(self, version: int, now: datetime) -> bool:
        """True when scoring again at `now` from facts at `version` gives these scores."""
        return (
            self.version == version
            and self.zone == now.tzinfo
            and self.at <= now < self.valid_until
        )


_lock = threading.Lock()
_memos: WeakKeyDictionary[Engine, dict[tuple[int, IdsKey], Memo]] = WeakKeyDictionary()


def get(engine: Engine, user_id: int, ids: IdsKey) -> Memo | None:
    with _lock:
        return _memos.get(engine, {}).get((user_id, ids))


def put(engine: Engine, user_id: int, ids: IdsKey, memo: Memo) -> None:
    with _lock:
        entries = _memos.setdefault(engine, {})
        entries.pop((user_id, ids), None)
        while len(entries) >= MAX_ENTRIES:
            entries.pop(next(iter(entries)))  # the oldest stored
        entries[(user_id, ids)] = memo


def forget(engine: Engine) -> None:
    """Drop every score stored for `engine`'s database."""
    with _lock:
        _memos.pop(engine, None)
