"""`offerwatch export FILE`: everything of yours as JSON, or applications as CSV."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import click

from offerwatch.cli._common import echo_json, json_option, workspace, write_file


@click.command("export")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--csv", "as_csv", is_flag=True,
              help="Applications only, one row each with the date of each status, for "
                   "spreadsheets (cells that would run as formulas are neutralised).")  # fmt: skip
@json_option
def export(file: Path, as_csv: bool, as_json: bool) -> None:
    """Write everything of yours to FILE: applications with their history, people,
    interviews, signs, mail, actions and their marks, goals and settings (a versioned
    JSON document, described in docs/data.md). `offerwatch import FILE` reads it back.
    Use "-" as FILE to print to standard output.

    \b
    Examples:
      offerwatch export offerwatch-2026-11-29.json
      offerwatch export --csv applications.csv
      offerwatch --db postgresql://me@host/ow export - > mine.json
    """
    ws = workspace()
    if as_csv:
        header, rows = ws.export_csv()
        buffer = io.StringIO(newline="")
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows(rows)
        # A BOM: spreadsheets then read the file as UTF-8, not in the system's code page.
        data = ("\ufeff" + buffer.getvalue()).encode("utf-8")
        count = len(rows)
    else:
        document = ws.export_document()
        data = (json.dumps(document, indent=1, ensure_ascii=False) + "\n").encode("utf-8")
        count = len(document["applications"])
    if str(file) == "-":
        click.echo(data.decode("utf-8").removeprefix("\ufeff"), nl=False)
        return
    write_file(file, data)
    if as_json:
        echo_json({"file": str(file), "applications": count, "bytes": len(data)})
    else:
        click.echo(f"wrote {file}: {count} application(s), {len(data)} bytes")
