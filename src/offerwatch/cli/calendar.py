"""`offerwatch calendar`: the plan as an iCalendar file."""

from __future__ import annotations

from pathlib import Path

import click


@click.command()
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to this .ics file (default: print it).")  # fmt: skip
def calendar(output: Path | None) -> None:
    """Export every open action (with a reminder) and every interview as iCalendar.

    Importing the file again updates the events instead of duplicating them.

    \b
    Examples:
      offerwatch calendar -o offerwatch.ics
      offerwatch calendar > plan.ics
    """
    from offerwatch.cli._common import workspace, write_file

    data = workspace().calendar_ics()
    if output is None:
        click.echo(data.decode("utf-8"), nl=False)
        return
    write_file(output, data)
    click.echo(f"wrote {output}", err=True)
