"""Reading other trackers' exports: one module per format, the format sniffed from the file.

Every reader returns a `Parsed`: the rows (in offerwatch's terms, with the tracker's own
stage names), the rows it could not read with their line numbers, and the column mapping.
An offerwatch export (JSON) is read by offerwatch.transfer instead.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from offerwatch.errors import BadInput
from offerwatch.importers import career_ops, huntr, jobsync, spreadsheet
from offerwatch.importers.model import Parsed, RowError, SourceRow
from offerwatch.importers.text import csv_records, decode, read_bytes

FORMATS = ("jobsync", "huntr", "rxresume", "career-ops", "csv", "json")


def sniff(text: str) -> str:
    """The format of a file's text; BadInput when it is none that offerwatch reads."""
    start = text.lstrip()
    if start.startswith(("{", "[")):
        return "json"
    if career_ops.looks_like(text):
        return "career-ops"
    header, _ = csv_records(text)
    if jobsync.looks_like(header):
        return "jobsync"
    if huntr.looks_like(header):
        return "huntr"
    if spreadsheet.looks_like(header):
        return "csv"
    shown = ", ".join(h for h in header if h)[:200] or "none"
    raise BadInput(
        "cannot tell what this file is: no company and role columns "
        f"(columns: {shown}); name them with --column company=HEADER --column role=HEADER"
    )


def read_text(path: Path) -> str:
    """The file's text (size-checked, decoded from UTF-8, UTF-16 or Windows-1252)."""
    return decode(read_bytes(path))


def parse_text(text: str, fmt: str, overrides: Mapping[str, str] | None = None) -> Parsed:
    """Rows of a tracker export in format `fmt` (not json)."""
    if fmt == "jobsync":
        return jobsync.parse(text)
    if fmt == "huntr":
        return huntr.parse(text)
    if fmt == "career-ops":
        return career_ops.parse(text)
    if fmt in ("rxresume", "csv"):
        return spreadsheet.parse(text, fmt, overrides)
    raise BadInput(f"unknown format {fmt!r}; one of: {', '.join(FORMATS)}")


__all__ = ["FORMATS", "Parsed", "RowError", "SourceRow", "parse_text", "read_text", "sniff"]
