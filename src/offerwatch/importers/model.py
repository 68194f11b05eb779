"""What every importer produces: the rows it read, the rows it could not read, the mapping."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True, slots=True)
class SourceRow:
    """One application as another tracker recorded it, in offerwatch's terms.

    `stage` is the tracker's own word (mapped to a status later, never guessed here);
    `key` identifies the row in its source, the same on every export of it."""

    line: int
    key: str
    company: str
    role: str
    stage: str | None = None
    applied_on: date | None = None
    created_at: datetime | None = None
    moved_at: datetime | None = None
    url: str | None = None
    source: str | None = None
    location: str | None = None
    salary_min: int | None = None
    salary_max: int | None = None
    salary_currency: str | None = None
    notes: str | None = None
    domains: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class RowError:
    """A row that could not be read, and why."""

    line: int
    reason: str


@dataclass(slots=True)
class Parsed:
    """The result of reading a file: its format, rows, errors and how columns were mapped."""

    format: str  # jobsync | huntr | rxresume | csv | career-ops
    key_source: str  # the namespace of the stable keys (rxresume and csv share "csv")
    rows: list[SourceRow] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    mapping: dict[str, str] = field(default_factory=dict)  # field -> column header
    headers: list[str] = field(default_factory=list)  # the file's columns, in order


def stable_key(*parts: object) -> str:
    """A short digest of the parts that identify a row (the same on every run)."""
    text = "\x1f".join("" if p is None else str(p).strip().casefold() for p in parts)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:40]
