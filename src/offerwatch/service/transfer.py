"""Use cases: export everything of the user (JSON, CSV) and import such an export."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from offerwatch.config import data_dir
from offerwatch.core.entities import Status
from offerwatch.core.export_map import build_document, csv_rows
from offerwatch.errors import BadInput
from offerwatch.service.context import Context
from offerwatch.store import backup as qb
from offerwatch.store import export as qx
from offerwatch.store import imports as qi


def fingerprint(document: dict[str, Any]) -> str:
    """A digest of the document's content (the same export has the same one)."""
    text = json.dumps(document, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def export_document(ctx: Context) -> dict[str, Any]:
    """Everything of the user as one versioned document, the same for the same data."""
    with ctx.read() as conn:
        rows = qx.dump(conn, ctx.user_id)
    return build_document(rows, qx.references())


def export_csv(ctx: Context) -> tuple[list[str], list[list[Any]]]:
    """Applications for spreadsheets: header and rows, formula cells neutralised."""
    with ctx.read() as conn:
        rows = qx.dump(conn, ctx.user_id)
    names = {c["id"]: c["name"] for c in rows["companies"]}
    apps = [{**a, "company": names.get(a["company_id"])} for a in rows["applications"]]
    return csv_rows(apps, rows["status_changes"], [s.value for s in Status])


def backup(ctx: Context, target: Path | None = None) -> tuple[Path, int]:
    """A consistent copy of the whole database while it is in use (SQLite's backup API,
    pg_dump for PostgreSQL); default: backups/ in the data directory. Returns the file
    and its size. A failed backup writes nothing."""
    if target is None:
        target = data_dir() / "backups" / qb.default_name(ctx.writer_engine, ctx.clock())
    return target, qb.backup(ctx.writer_engine, target)


def import_document(
    ctx: Context, document: dict[str, Any], *, dry_run: bool = False
) -> dict[str, int]:
    """Write an export into this (empty) workspace in one transaction; returns the rows
    per table. An export imported before adds nothing (all counts 0)."""
    key = fingerprint(document)
    try:
        return _import_document(ctx, document, key, dry_run)
    except _RolledBack as done:
        return done.counts


def _import_document(
    ctx: Context, document: dict[str, Any], key: str, dry_run: bool
) -> dict[str, int]:
    with ctx.write() as conn:
        if qi.known_keys(conn, ctx.user_id, qx.EXPORT_SOURCE, [key]):
            return {name: 0 for name in document if name not in ("format", "version")}
        held = qx.holds_data(conn, ctx.user_id)
        if held:
            raise BadInput(
                "an export is imported into an empty database, and this one holds data: "
                "open a new one with --db sqlite:///new.db"
            )
        counts = qx.load(conn, ctx.user_id, document)
        qi.remember_key(conn, ctx.user_id, qx.EXPORT_SOURCE, key, ctx.clock())
        if dry_run:
            raise _RolledBack(counts)  # everything checked by the database, nothing kept
    return counts


class _RolledBack(Exception):
    """Ends a dry run's transaction (rolled back) with what it would have written."""

    def __init__(self, counts: dict[str, int]) -> None:
        super().__init__("dry run")
        self.counts = counts
