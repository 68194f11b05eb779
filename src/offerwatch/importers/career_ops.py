"""career-ops' data/applications.md: a Markdown table of the applications."""

from __future__ import annotations

from offerwatch.errors import BadInput
from offerwatch.importers.columns import Layout, read_rows, require
from offerwatch.importers.model import Parsed

NEEDED = ("Date", "Company", "Role", "Status")


def _cells(line: str) -> list[str]:
    inner = line.strip().removeprefix("|").removesuffix("|")
    # "\|" is a literal bar inside a cell.
    return [c.strip().replace("\\|", "|") for c in inner.replace("\\|", "\x00").split("|")]


def _is_rule(cells: list[str]) -> bool:
    return all(set(c) <= set("-: ") and c for c in cells)


def table_lines(text: str) -> list[tuple[int, str]]:
    """(line number, text) of the lines that belong to Markdown tables."""
    return [
        (n, line) for n, line in enumerate(text.splitlines(), 1) if line.lstrip().startswith("|")
    ]


def looks_like(text: str) -> bool:
    """True when the first Markdown table's header has Company, Role and Status."""
    lines = table_lines(text)
    if not lines:
        return False
    header = set(_cells(lines[0][1]))
    return {"Company", "Role", "Status"} <= header


def parse(text: str) -> Parsed:
    """Rows of the first table; '#' numbers the applications."""
    lines = table_lines(text)
    if not lines:
        raise BadInput("not a career-ops applications.md: it holds no Markdown table")
    header = [c.replace("\x00", "|") for c in _cells(lines[0][1])]
    require(header, NEEDED, "career-ops applications.md")
    records = []
    for number, line in lines[1:]:
        cells = [c.replace("\x00", "|") for c in _cells(line)]
        if _is_rule(cells) or cells == header:
            continue
        records.append((number, cells))
    columns = {
        "number": "#", "company": "Company", "role": "Role", "stage": "Status",
        "applied_on": "Date", "source": "Via", "notes": "Notes",
    }  # fmt: skip
    layout = Layout(
        format="career-ops",
        key_source="career-ops",
        columns={f: c for f, c in columns.items() if c in header},
        key_fields=("company", "role", "applied_on"),
        note_columns=[c for c in ("Score", "Report") if c in header],
    )
    return read_rows(layout, header, records)
