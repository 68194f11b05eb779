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
