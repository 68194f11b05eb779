"""The trash: what a deleted record is, how long it is kept (docs/trash.md)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

KEEP_DAYS = 30


class TrashKind(StrEnum):
    """The records that can be deleted and restored (the API's collection, singular)."""

    APPLICATION = "application"
    PERSON = "person"
    INTERVIEW = "interview"
    SIGNAL = "signal"
    GOAL = "goal"


@dataclass(frozen=True, slots=True)
class TrashItem:
    """One deleted record and what was deleted with it, restorable until `expires_at`."""

    id: int  # the trash entry
    kind: TrashKind
    record_id: int  # the deleted record's id (kept on restore)
    label: str  # e.g. "Kite Labs: Backend Engineer"
    deleted_at: datetime
    expires_at: datetime
    # What went with it, rows per table, e.g. {"interviews": 2, "observations": 3}.
    with_it: dict[str, int] = field(default_factory=dict)


def expires_at(deleted_at: datetime) -> datetime:
    """When a record deleted at `deleted_at` is purged for good."""
    return deleted_at + timedelta(days=KEEP_DAYS)


def purge_before(now: datetime) -> datetime:
    """Trash entries deleted before this moment are past keeping."""
    return now - timedelta(days=KEEP_DAYS)


def parse_kind(value: str) -> TrashKind:
    """A kind as typed (also the plural collection name: "applications", "people")."""
    word = value.strip().lower()
    plural = {"applications": "application", "apps": "application", "app": "application",
              "people": "person", "interviews": "interview", "signals": "signal",
              "signs": "signal", "sign": "signal", "observations": "signal",
              "goals": "goal"}  # fmt: skip
    try:
        return TrashKind(plural.get(word, word))
    except ValueError:
        valid = ", ".join(k.value for k in TrashKind)
        raise ValueError(f"unknown kind {value!r}; one of: {valid}") from None
