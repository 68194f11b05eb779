"""The export document: stored rows renumbered into a self-contained, versioned document,
and back; the CSV rows for spreadsheets with formula cells neutralised. Pure: no I/O."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from typing import Any

from offerwatch.errors import BadInput

FORMAT = "offerwatch-export"
VERSION = 1

Row = dict[str, Any]
# table -> {column: referenced table} for every foreign key but user_id.
References = Mapping[str, Mapping[str, str]]
IdMaps = dict[str, dict[int, int]]


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def remap_action_key(key: str, ids: IdMaps) -> str:
    """An action's derivation key with the ids it holds renumbered (core/planner.py makes
    them: ask_timeline:INTERVIEW, thank_you:INTERVIEW:PERSON, follow_up:APP:INTERVIEW:N).
    Keys of other shapes hold no ids and are kept."""
    parts = key.split(":")
    tables = {
        "ask_timeline": ("interviews",),
        "thank_you": ("interviews", "people"),
        "follow_up": ("applications", "interviews"),
    }.get(parts[0])
    if tables is None:
        return key
    try:
        for i, table in enumerate(tables, start=1):
            parts[i] = str(ids[table][int(parts[i])])
    except (IndexError, KeyError, ValueError):
        return key
    return ":".join(parts)


def renumber(
    tables: Mapping[str, Sequence[Row]], references: References, *, keep_ids: bool = False
) -> tuple[dict[str, list[Row]], IdMaps]:
    """Rows with their ids replaced by 1, 2, 3... in the order given, and every reference
    (and action key) following; rows whose reference points nowhere lose it (None)."""
    ids: IdMaps = {}
    for name, rows in tables.items():
        if rows and "id" in rows[0]:
            ids[name] = {int(r["id"]): n for n, r in enumerate(rows, start=1)}
    out: dict[str, list[Row]] = {}
    for name, rows in tables.items():
        refs = references.get(name, {})
        new_rows = []
        for row in rows:
            new = {k: _plain(v) for k, v in row.items()}
            if "id" in new:
                new["id"] = ids[name][int(row["id"])]
            for column, target in refs.items():
                if new.get(column) is not None:
                    new[column] = ids.get(target, {}).get(int(new[column]))
            if name == "actions":
                new["key"] = remap_action_key(str(new["key"]), ids)
            new_rows.append(new)
        out[name] = new_rows
    return out, ids


def build_document(tables: Mapping[str, Sequence[Row]], references: References) -> dict[str, Any]:
    """The export: format, version and the renumbered tables, rows in a stable order."""
    renumbered, _ = renumber(tables, references)
    for rows in renumbered.values():
        if rows and "id" not in rows[0]:  # association tables and settings
            rows.sort(key=lambda r: json.dumps(r, sort_keys=True))
    return {"format": FORMAT, "version": VERSION, **renumbered}


def load_document(text: str) -> dict[str, Any]:
    """An export read from JSON text and checked; BadInput in one line when it is not one."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno} column {exc.colno}"
        raise BadInput(
            f"not a complete offerwatch export: the JSON breaks at {where} ({exc.msg}); "
            "the file may be truncated"
        ) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise BadInput('not an offerwatch export (JSON without "format": "offerwatch-export")')
    version = document.get("version")
    if version != VERSION:
        raise BadInput(f"export version {version!r} is not one this offerwatch reads ({VERSION})")
    for name, rows in document.items():
        if name in ("format", "version"):
            continue
        if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
            raise BadInput(f"broken export: {name!r} is not a list of rows")
    return document


def parse_values(rows: Sequence[Row], parsers: Mapping[str, Callable[[Any], Any]]) -> list[Row]:
    """Rows with the named columns read back (ISO dates to date/datetime); BadInput naming
    the row when a value cannot be read."""
    out = []
    for n, row in enumerate(rows, start=1):
        new = dict(row)
        for column, parse in parsers.items():
            if new.get(column) is not None:
                try:
                    new[column] = parse(new[column])
                except (TypeError, ValueError) as exc:
                    raise BadInput(f"broken export: row {n}, {column}: {exc}") from None
        out.append(new)
    return out


# --- CSV for spreadsheets -----------------------------------------------------------------

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> Any:
    """A cell a spreadsheet will not run: text starting with =, +, -, @ (or a tab or a
    carriage return) gets a leading apostrophe. Numbers and dates are left as they are."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def csv_rows(
    applications: Sequence[Row], history: Sequence[Row], statuses: Sequence[str]
) -> tuple[list[str], list[list[Any]]]:
    """One row per application, with the date it first reached each status."""
    reached: dict[int, dict[str, date]] = {}
    for change in sorted(history, key=lambda h: h["changed_at"]):
        when = change["changed_at"]
        day = when.date() if isinstance(when, datetime) else when
        reached.setdefault(change["application_id"], {}).setdefault(change["status"], day)
    columns = ["id", "company", "role", "status", "applied_on", "url", "source", "salary_min",
               "salary_max", "salary_currency", "notes", "created_at"]  # fmt: skip
    header = columns + [f"date_{s}" for s in statuses]
    rows = []
    for app in applications:
        days = reached.get(app["id"], {})
        cells = [_plain(app.get(c)) for c in columns] + [_plain(days.get(s)) for s in statuses]
        rows.append(["" if c is None else neutralise(c) for c in cells])
    return header, rows
