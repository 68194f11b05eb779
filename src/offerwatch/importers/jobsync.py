"""JobSync's CSV export (jobsync-YYYY-MM-DD.csv)."""

from __future__ import annotations

from collections.abc import Mapping

from offerwatch.importers.columns import Layout, read_rows, require
from offerwatch.importers.model import Parsed
from offerwatch.importers.text import cell, csv_records

NEEDED = ("createdAt", "Company", "JobTitle", "Status")


def looks_like(header: list[str]) -> bool:
    """True for JobSync's header (JobTitle beside appliedDate or JobSource)."""
    names = set(header)
    return "JobTitle" in names and bool(names & {"appliedDate", "JobSource", "jobType"})


def _stage_when_empty(values: Mapping[str, str | None]) -> str | None:
    # "applied" Yes/No says at least that much when the status itself is missing.
    applied = (cell(values.get("applied")) or "").casefold()
    return {"yes": "applied", "no": "draft"}.get(applied)


def parse(text: str) -> Parsed:
    """Rows of a JobSync export; workplaceType is absent in files before July 2026."""
    header, records = csv_records(text)
    require(header, NEEDED, "JobSync")
    columns = {
        "company": "Company", "role": "JobTitle", "stage": "Status",
        "applied_on": "appliedDate", "created_at": "createdAt", "location": "Location",
        "source": "JobSource",
    }  # fmt: skip
    layout = Layout(
        format="jobsync",
        key_source="jobsync",
        columns={f: c for f, c in columns.items() if c in header},
        key_fields=("created_at", "company", "role"),
        note_columns=[c for c in ("jobType", "workplaceType") if c in header],
        default_stage=_stage_when_empty,
    )
    return read_rows(layout, header, records)
