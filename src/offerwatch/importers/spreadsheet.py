"""Reactive Resume's tracker CSV and any spreadsheet export, read through header aliases."""

from __future__ import annotations

from collections.abc import Mapping

from offerwatch.importers.columns import Layout, alias_mapping, read_rows
from offerwatch.importers.model import Parsed
from offerwatch.importers.text import csv_records


def looks_like(header: list[str]) -> bool:
    """True when the aliases find a company and a role column."""
    mapping = alias_mapping(header, {})
    return "company" in mapping and "role" in mapping


def parse(text: str, fmt: str = "csv", overrides: Mapping[str, str] | None = None) -> Parsed:
    """Rows of a CSV (comma, semicolon or tab) whose columns the aliases (or the user's
    --column corrections) name. rxresume and csv share their keys: the same file read
    either way is the same rows."""
    header, records = csv_records(text)
    layout = Layout(
        format=fmt,
        key_source="csv",
        columns=alias_mapping(header, overrides or {}),
        key_fields=("company", "role", "applied_on", "url"),
    )
    return read_rows(layout, header, records)
