"""`offerwatch backup [FILE]`: a consistent copy of the database, while it is in use."""

from __future__ import annotations

from pathlib import Path

import click

from offerwatch.cli._common import echo_json, json_option, workspace


@click.command("backup")
@click.argument("file", required=False, type=click.Path(path_type=Path, dir_okay=False))
@json_option
def backup(file: Path | None, as_json: bool) -> None:
    """Copy the whole database to FILE, safely while offerwatch runs: SQLite's online
    backup (a database file you can open with --db sqlite:///FILE), or pg_dump's custom
    format for PostgreSQL (restore it with pg_restore). Without FILE the copy goes to
    backups/ in the data directory. A failed backup leaves no file behind.

    \b
    Examples:
      offerwatch backup
      offerwatch backup ~/safe/offerwatch-before-move.db
      offerwatch --db postgresql://me@host/ow backup ow.dump
    """
    target, size = workspace().backup(file)
    if as_json:
        echo_json({"file": str(target), "bytes": size})
    else:
        click.echo(f"wrote {target} ({size} bytes)")


@click.command("check")
@click.option("--repair", is_flag=True, help="Repair what can be repaired (one transaction).")
@json_option
def check(repair: bool, as_json: bool) -> None:
    """Check the database: SQLite's integrity check and foreign keys, rows that point at
    nothing or at another user's rows, a status history or a plan that disagrees with the
    facts, an interview dated before its application was sent. Lists each problem and
    what --repair would do; exits 1 when problems remain.

    \b
    Examples:
      offerwatch check
      offerwatch check --repair --json
    """
    report = workspace().check(repair=repair)
    rows = [
        {"kind": f.kind, "table": f.table, "ids": list(f.ids), "problem": f.message,
         "repair": f.repair, "repaired": report.repaired and f.repair is not None}
        for f in report.findings
    ]  # fmt: skip
    if as_json:
        echo_json({"ok": report.ok, "repaired": report.repaired, "findings": rows})
    elif report.ok:
        click.echo("ok: no problems found")
    else:
        for row in rows:
            done = "repaired: " if row["repaired"] else ("repair: " if row["repair"] else "")
            click.echo(f"{row['problem']} ({done}{row['repair'] or 'cannot be repaired here'})")
    unrepaired = [r for r in rows if not r["repaired"]]
    if unrepaired:
        raise SystemExit(1)
