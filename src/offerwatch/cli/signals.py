"""`offerwatch signal ...`: record the signs seen during and after interviews."""

from __future__ import annotations

from datetime import datetime

import click

from offerwatch.cli._common import DATETIME, ID, echo_json, json_option, workspace


@click.group()
def signal() -> None:
    """Record a sign seen during or after an interview (see `offerwatch signals`).

    \b
    Examples:
      offerwatch signal add 3 next_steps_reviewed --interview 5
      offerwatch signal add 3 notice_period_asked --note "asked when I could start"
    """


@signal.command("add")
@click.argument("app_id", type=ID)
@click.argument("kind")
@click.option("--interview", "interview_id", type=ID, help="The interview it was seen in.")
@click.option("--at", type=DATETIME, help="When it was seen. Default: now.")
@click.option("--note", help="What exactly happened (kept as evidence).")
@json_option
def add(
    app_id: int,
    kind: str,
    interview_id: int | None,
    at: datetime | None,
    note: str | None,
    as_json: bool,
) -> None:
    """Record a sign for an application and print the observation id.

    \b
    Example:
      offerwatch signal add 3 references_contacted --note "my old manager got a call"
    """
    obs_id = workspace().add_signal(app_id, kind, interview_id=interview_id, at=at, note=note)
    if as_json:
        echo_json({"id": obs_id})
    else:
        click.echo(obs_id)
