"""`offerwatch signal ...`: record the signs seen during and after interviews."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import click

from offerwatch.cli._common import DATETIME, ID, echo_json, json_option, local_time, workspace
from offerwatch.cli.trash import add_trash_commands


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


@signal.command("set")
@click.argument("obs_id", type=ID, metavar="ID")
@click.option("--kind", help="Another kind of sign (see `offerwatch signals`).")
@click.option("--at", type=DATETIME, help="When it was seen.")
@click.option("--note", help='What exactly happened ("" clears it).')
@click.option("--interview", "interview_id", type=ID, help="The interview it was seen in.")
@click.option("--no-interview", is_flag=True, help="Not seen in an interview after all.")
@click.option("--if-version", type=click.IntRange(min=1),
              help="Refuse if it changed since this version (exit 2).")  # fmt: skip
@json_option
def set_(
    obs_id: int,
    kind: str | None,
    at: datetime | None,
    note: str | None,
    interview_id: int | None,
    no_interview: bool,
    if_version: int | None,
    as_json: bool,
) -> None:
    """Change a recorded sign; options not given stay as they are.

    \b
    Examples:
      offerwatch signal set 12 --kind timeline_stated --note "within two weeks"
      offerwatch signal set 12 --no-interview
    """
    from offerwatch.errors import BadInput
    from offerwatch.service.validate import KEEP

    if interview_id is not None and no_interview:
        raise BadInput("give either --interview or --no-interview")
    changes: dict[str, Any] = {}
    if note is not None:
        changes["note"] = note
    if interview_id is not None or no_interview:
        changes["interview_id"] = interview_id
    if kind is None and at is None and not changes:
        raise BadInput("nothing to change: give --kind, --at, --note or --interview")
    saved = workspace().update_signal(
        obs_id, kind=kind, at=at, note=changes.get("note", KEEP),
        interview_id=changes.get("interview_id", KEEP), expected_version=if_version,
    )  # fmt: skip
    if as_json:
        echo_json(saved)
    else:
        click.echo(f"signal {saved.id}: {saved.kind} at {local_time(saved.observed_at)}")


add_trash_commands(signal, "signal", "signal")
