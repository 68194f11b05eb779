"""Turning a table of cells into SourceRows, given which column holds which field."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from offerwatch.core.mail_domains import domain_names_company, is_ats_domain, is_free_mail
from offerwatch.errors import BadInput
from offerwatch.importers.model import Parsed, RowError, SourceRow, stable_key
from offerwatch.importers.text import (
    cell,
    header_key,
    parse_salary,
    parse_when,
    slash_order,
)

# The fields a row may fill; company and role are required.
FIELDS = (
    "company", "role", "stage", "applied_on", "created_at", "moved_at", "location", "salary",
    "source", "notes", "url", "tags", "domain",
)  # fmt: skip

# Header aliases (compared after header_key): Reactive Resume's tracker and spreadsheets.
ALIASES: dict[str, tuple[str, ...]] = {
    "company": ("company", "employer", "organization", "organisation", "company name"),
    "role": ("role", "title", "position", "job title", "job", "job role"),
    "stage": ("status", "stage", "state"),
    "applied_on": ("applied date", "stage date", "date applied", "applied on", "date"),
    "location": ("location", "city", "place"),
    "salary": ("salary", "salary range", "compensation", "pay"),
    "source": ("source", "via", "job source", "found on"),
    "notes": ("notes", "note", "comments", "comment"),
    "url": ("url", "link", "job url", "job posting", "posting", "job link", "posting url"),
    "tags": ("tags", "labels"),
    "domain": ("domain", "company domain", "website", "company website"),
}


@dataclass(frozen=True, slots=True)
class Layout:
    """How one format's columns map onto fields, and which fields make a row's key."""

    format: str
    key_source: str
    columns: Mapping[str, str]  # field -> header as the file spells it
    key_fields: Sequence[str]
    # Extra columns whose values are kept in the notes, as "Header: value".
    note_columns: Sequence[str] = ()
    # The stage when the stage cell is empty, from the row (JobSync's applied Yes/No).
    default_stage: Callable[[Mapping[str, str | None]], str | None] | None = None


def alias_mapping(header: Sequence[str], overrides: Mapping[str, str]) -> dict[str, str]:
    """field -> header found by the aliases, with the user's corrections (field=HEADER)."""
    by_key = {header_key(h): h for h in header}
    mapping: dict[str, str] = {}
    for name, aliases in ALIASES.items():
        for alias in aliases:
            if alias in by_key and by_key[alias] not in mapping.values():
                mapping[name] = by_key[alias]
                break
    for name, column in overrides.items():
        if name not in FIELDS:
            raise BadInput(f"unknown field {name!r} in --column; one of: {', '.join(FIELDS)}")
        if header_key(column) not in by_key:
            raise BadInput(f"no column {column!r} in the file; columns: {', '.join(header)}")
        mapping[name] = by_key[header_key(column)]
    return mapping


def require(header: Sequence[str], needed: Iterable[str], what: str) -> None:
    """BadInput naming the columns a format needs that the header lacks."""
    have = {header_key(h) for h in header}
    lacking = [n for n in needed if header_key(n) not in have]
    if lacking:
        raise BadInput(f"not a {what} file: it lacks the column(s) {', '.join(lacking)}")


def read_rows(
    layout: Layout, header: Sequence[str], records: Iterable[tuple[int, Sequence[str]]]
) -> Parsed:
    """Every record as a SourceRow, or a RowError saying why it could not be read."""
    for needed in ("company", "role"):
        if needed not in layout.columns:
            looked = ", ".join(ALIASES[needed])
            raise BadInput(
                f"no column for the {needed} (looked for: {looked}); the columns are: "
                f"{', '.join(header) or 'none'}; name one with --column {needed}=HEADER"
            )
    index = {h: i for i, h in reversed(list(enumerate(header)))}
    table = [
        (line, {h: (row[i] if i < len(row) else None) for h, i in index.items()})
        for line, row in records
    ]
    date_columns = [layout.columns.get(f) for f in ("applied_on", "created_at", "moved_at")]
    orders = {c: slash_order([values.get(c) for _, values in table]) for c in date_columns if c}
    parsed = Parsed(format=layout.format, key_source=layout.key_source)
    parsed.mapping = dict(layout.columns)
    parsed.headers = [h for h in header if h]
    seen: set[str] = set()
    for line, values in table:
        try:
            row = _row(layout, line, values, orders)
        except ValueError as exc:
            parsed.errors.append(RowError(line, str(exc)))
            continue
        if row.key in seen:
            parsed.errors.append(RowError(line, "the same application as a row above"))
            continue
        seen.add(row.key)
        parsed.rows.append(row)
    return parsed


def _row(
    layout: Layout, line: int, values: Mapping[str, str | None], orders: Mapping[str, str]
) -> SourceRow:
    def get(name: str) -> str | None:
        column = layout.columns.get(name)
        return cell(values.get(column)) if column else None

    def when(name: str) -> datetime | None:
        column = layout.columns.get(name)
        return parse_when(values.get(column), orders.get(column, "ambiguous")) if column else None

    company, role = get("company"), get("role")
    if company is None or role is None:
        raise ValueError(f"no {'company' if company is None else 'role'}")
    if len(company) > 300 or len(role) > 300:
        raise ValueError("the company or the role is longer than 300 characters")
    applied_at = when("applied_on")
    applied = applied_at.date() if applied_at else None
    created, moved = when("created_at"), when("moved_at")
    stage = get("stage")
    if stage is None and layout.default_stage is not None:
        stage = layout.default_stage(values)
    notes = [n for n in [get("notes")] if n]
    salary_text = get("salary")
    salary = parse_salary(salary_text)
    if salary_text and salary is None:
        notes.append(f"Salary: {salary_text}")
    for label, name in (("Location", "location"), ("Tags", "tags")):
        if value := get(name):
            notes.append(f"{label}: {value}")
    for header in layout.note_columns:
        if value := cell(values.get(header)):
            notes.append(f"{header}: {value}")
    url = get("url")
    key_values = {
        "company": company, "role": role, "applied_on": applied, "url": url,
        "created_at": get("created_at"), "id": get("id"), "number": get("number"),
    }  # fmt: skip
    source = get("source")
    return SourceRow(
        line=line,
        key=stable_key(*(key_values.get(f) for f in layout.key_fields)),
        company=company,
        role=role,
        stage=stage,
        applied_on=applied,
        created_at=created,
        moved_at=moved,
        url=url,
        source=source[:200] if source else None,
        salary_min=salary[0] if salary else None,
        salary_max=salary[1] if salary else None,
        salary_currency=salary[2] if salary else None,
        notes="\n".join(notes) or None,
        domains=company_domains(company, get("domain"), url),
    )


def company_domains(company: str, domain: str | None, url: str | None) -> tuple[str, ...]:
    """Domains that are the company's, for mail matching: the file's company domain (unless
    free mail or a job board), and the job link's domain when it visibly names the company."""
    from urllib.parse import urlsplit

    found: list[str] = []
    if domain:
        d = domain.strip().lower().removeprefix("www.").strip("./")
        if "." in d and " " not in d and not is_free_mail(d) and not is_ats_domain(d):
            found.append(d)
    if url:
        try:
            host = (urlsplit(url if "//" in url else f"//{url}").hostname or "").lower()
        except ValueError:
            host = ""
        host = host.removeprefix("www.")
        if host and domain_names_company(host, company) and host not in found:
            from offerwatch.core.mail_domains import registrable

            reg = registrable(host)
            if reg not in found:
                found.append(reg)
    return tuple(found)
