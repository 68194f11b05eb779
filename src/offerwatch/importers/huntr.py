"""Huntr's CSV export of a board ("-" for missing, salary as free text)."""

from __future__ import annotations

from offerwatch.importers.columns import Layout, read_rows, require
from offerwatch.importers.model import Parsed
from offerwatch.importers.text import csv_records

NEEDED = ("id", "title", "companyName", "listName")


def looks_like(header: list[str]) -> bool:
    """True for Huntr's header (listName and companyName)."""
    return {"listName", "companyName"} <= set(header)


def parse(text: str) -> Parsed:
    """Rows of a Huntr export: the list a job sits in is its stage."""
    header, records = csv_records(text)
    require(header, NEEDED, "Huntr")
    columns = {
        "id": "id", "company": "companyName", "role": "title", "stage": "listName",
        "created_at": "createdAt", "moved_at": "lastMovedAt", "salary": "salary",
        "location": "location", "url": "url", "domain": "companyDomain",
    }  # fmt: skip
    layout = Layout(
        format="huntr",
        key_source="huntr",
        columns={f: c for f, c in columns.items() if c in header},
        key_fields=("id",),
        note_columns=[c for c in ("deadline", "boardName") if c in header],
    )
    return read_rows(layout, header, records)
