"""Use case: import applications from another tracker's export, once."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from offerwatch.core.entities import Status
from offerwatch.core.stages import map_stage
from offerwatch.errors import BadInput
from offerwatch.importers.model import Parsed, RowError, SourceRow
from offerwatch.service.context import Context
from offerwatch.service.validate import user_text
from offerwatch.store import imports as qi


@dataclass(frozen=True, slots=True)
class PlannedRow:
    """A source row and the status it gets."""

    row: SourceRow
    status: Status


@dataclass(slots=True)
class ImportReport:
    """What an import did (or, in a dry run, would do)."""

    format: str
    mapping: dict[str, str]
    created: list[PlannedRow] = field(default_factory=list)
    already: list[SourceRow] = field(default_factory=list)  # imported by an earlier run
    unknown_stages: dict[str, list[int]] = field(default_factory=dict)  # stage -> lines
    errors: list[RowError] = field(default_factory=list)
    dry_run: bool = False
    application_ids: list[int] = field(default_factory=list)


def _status(row: SourceRow, stages: Mapping[str, Status]) -> Status | None:
    if row.stage is None:
        # No stage at all: a date of applying says applied; nothing says interested.
        return Status.APPLIED if row.applied_on else Status.INTERESTED
    return map_stage(row.stage, stages)


def _checked(row: SourceRow) -> SourceRow:
    """The row with its text checked as typed text is (ValueError with the reason)."""
    try:
        for what, value in (("company", row.company), ("role", row.role), ("url", row.url),
                            ("source", row.source), ("notes", row.notes)):  # fmt: skip
            user_text(value, what)
    except BadInput as exc:
        raise ValueError(str(exc)) from None
    return row


def import_rows(
    ctx: Context,
    parsed: Parsed,
    *,
    stages: Mapping[str, Status] | None = None,
    dry_run: bool = False,
) -> ImportReport:
    """Create the applications of `parsed` that no earlier import created, in one
    transaction. Rows whose stage is unknown (not in `stages`, the user's answers, nor
    the known names) are left out and reported; nothing is guessed."""
    report = ImportReport(
        format=parsed.format, mapping=dict(parsed.mapping), errors=list(parsed.errors),
        dry_run=dry_run,
    )  # fmt: skip
    wanted: list[PlannedRow] = []
    for row in parsed.rows:
        try:
            _checked(row)
        except ValueError as exc:
            report.errors.append(RowError(row.line, str(exc)))
            continue
        status = _status(row, stages or {})
        if status is None:
            assert row.stage is not None
            report.unknown_stages.setdefault(row.stage, []).append(row.line)
            continue
        wanted.append(PlannedRow(row, status))
    report.errors.sort(key=lambda e: e.line)
    now = ctx.clock()
    with ctx.write() if not dry_run else ctx.read() as conn:
        known = qi.known_keys(conn, ctx.user_id, parsed.key_source, [p.row.key for p in wanted])
        for planned in wanted:
            if planned.row.key in known:
                report.already.append(planned.row)
                continue
            report.created.append(planned)
            if not dry_run:
                report.application_ids.append(
                    qi.insert_imported(
                        conn, ctx.user_id, parsed.key_source, planned.row, planned.status, now
                    )
                )
    return report
