"""`offerwatch import FILE`: applications from another tracker, or an offerwatch export."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from offerwatch.cli._common import echo_json, json_option, print_table, workspace

if TYPE_CHECKING:
    from offerwatch.core.entities import Status
    from offerwatch.service.tracker_import import ImportReport

FORMATS = ["jobsync", "huntr", "rxresume", "career-ops", "csv", "json"]


def _pairs(values: tuple[str, ...], what: str) -> dict[str, str]:
    pairs: dict[str, str] = {}
    for value in values:
        name, sep, target = value.partition("=")
        if not sep or not name.strip() or not target.strip():
            raise click.BadParameter(f"{value!r}: write it as NAME=VALUE", param_hint=what)
        pairs[name.strip()] = target.strip()
    return pairs


def _stages(values: tuple[str, ...]) -> dict[str, Status]:
    from offerwatch.core.entities import Status

    answers: dict[str, Status] = {}
    for name, status in _pairs(values, "--stage").items():
        try:
            answers[name] = Status(status.casefold())
        except ValueError:
            valid = ", ".join(s.value for s in Status)
            raise click.BadParameter(
                f"unknown status {status!r} for {name!r}; one of: {valid}", param_hint="--stage"
            ) from None
    return answers


@click.command("import")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "--from",
    "fmt",
    type=click.Choice(FORMATS),
    help="The file's format (default: recognised from the file).",
)
@click.option("--dry-run", is_flag=True, help="Show what would be created; change nothing.")
@click.option(
    "--stage",
    "stages",
    multiple=True,
    metavar="NAME=STATUS",
    help="What one of the file's stage names means, e.g. 'Coffee chat=screening'.",
)
@click.option(
    "--column",
    "columns",
    multiple=True,
    metavar="FIELD=HEADER",
    help="Which column holds a field (company, role, stage, applied_on, url...).",
)
@json_option
def import_(
    file: Path, fmt: str | None, dry_run: bool, stages: tuple[str, ...],
    columns: tuple[str, ...], as_json: bool,
) -> None:  # fmt: skip
    """Import applications from JobSync, Huntr, Reactive Resume, career-ops or any
    spreadsheet (CSV), or an offerwatch export (JSON).

    Importing the same file again adds nothing. Rows that cannot be read are listed with
    their line numbers; the rest are imported together. Stage names offerwatch does not
    know are listed, not guessed: say what they mean with --stage and run again.

    \b
    Examples:
      offerwatch import jobsync-2026-11-01.csv --dry-run
      offerwatch import huntr.csv --stage "Coffee chat=screening"
      offerwatch import sheet.csv --column role=Position --column applied_on=Sent
      offerwatch import offerwatch-export.json
    """
    from offerwatch import importers

    overrides = _pairs(columns, "--column")
    text = importers.read_text(file)
    if fmt is None:
        fmt = "csv" if overrides and not text.lstrip().startswith("{") else importers.sniff(text)
    if fmt == "json":
        _import_document(text, dry_run, as_json)
        return
    parsed = importers.parse_text(text, fmt, overrides)
    report = workspace().import_rows(parsed, stages=_stages(stages), dry_run=dry_run)
    if as_json:
        echo_json(_report_json(report))
    else:
        _print_report(report)


def _import_document(text: str, dry_run: bool, as_json: bool) -> None:
    from offerwatch.core.export_map import load_document

    document = load_document(text)
    counts = workspace().import_document(document, dry_run=dry_run)
    if as_json:
        echo_json({"format": "json", "dry_run": dry_run, "created": counts})
        return
    verb = "would create" if dry_run else "created"
    if not any(counts.values()):
        click.echo("nothing to import: this export was imported already")
        return
    shown = ", ".join(f"{n} {name.replace('_', ' ')}" for name, n in counts.items() if n)
    click.echo(f"{verb}: {shown}")


def _report_json(report: ImportReport) -> dict[str, Any]:
    return {
        "format": report.format,
        "dry_run": report.dry_run,
        "mapping": report.mapping,
        "created": [
            {
                "line": p.row.line,
                "company": p.row.company,
                "role": p.row.role,
                "stage": p.row.stage,
                "status": p.status.value,
            }
            for p in report.created
        ],
        "application_ids": report.application_ids,
        "already_imported": [r.line for r in report.already],
        "unknown_stages": report.unknown_stages,
        "errors": [{"line": e.line, "reason": e.reason} for e in report.errors],
    }


def _print_report(report: ImportReport) -> None:
    from offerwatch.core.entities import Status

    mapped = ", ".join(f"{f} <- {c}" for f, c in report.mapping.items())
    click.echo(f"format: {report.format}; columns: {mapped}")
    if report.created:
        print_table(
            "Would create" if report.dry_run else "Created",
            ["line", "company", "role", "stage", "status"],
            [(p.row.line, p.row.company, p.row.role, p.row.stage or "", p.status.value)
             for p in report.created],
        )  # fmt: skip
    for error in report.errors:
        click.echo(f"line {error.line}: skipped: {error.reason}", err=True)
    valid = "|".join(s.value for s in Status)
    for stage, lines in report.unknown_stages.items():
        shown = ", ".join(map(str, lines[:10])) + (" ..." if len(lines) > 10 else "")
        click.echo(
            f"unknown stage {stage!r} (lines {shown}): not imported; say what it means with "
            f"--stage '{stage}={{{valid}}}'",
            err=True,
        )
    verb = "would create" if report.dry_run else "created"
    click.echo(
        f"{verb} {len(report.created)} application(s); {len(report.already)} imported "
        f"before; {len(report.errors)} unreadable; "
        f"{sum(map(len, report.unknown_stages.values()))} with an unknown stage"
    )
