"""`offerwatch agenda`, `done`, `dismiss`, `snooze`: what to do next, and ticking it off."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import click

from offerwatch.cli._common import DATETIME, ID, echo_json, json_option, local_time, workspace


def agenda_json(item: Any) -> dict[str, Any]:
    """The JSON form of one agenda item (the documented keys, due with its UTC offset)."""
    person = item.person
    return {
        "id": item.id,
        "kind": item.kind,
        "application_id": item.application_id,
        "person": {"name": person.name, "email": person.email} if person else None,
        "due": item.due.isoformat(),
        "done": item.done,
        "title": item.title,
    }


@click.command()
@click.option("--now", type=DATETIME, help="Show the agenda as of this time (default: now).")
@click.option("--days", type=click.IntRange(0, 366), default=7, show_default=True,
              help="How far ahead 'upcoming' looks.")  # fmt: skip
@json_option
def agenda(now: datetime | None, days: int, as_json: bool) -> None:
    """Show what to do: overdue, today and upcoming actions, the weekly keep-applying check
    and your goals' progress.

    \b
    Examples:
      offerwatch agenda
      offerwatch agenda --days 14 --json
    """
    from offerwatch.cli._common import print_table

    result = workspace().agenda(now=now, days=days)
    if as_json:
        echo_json([agenda_json(i) for i in result.items])
        return
    for title, items in (("Overdue", result.overdue), ("Today", result.today),
                         (f"Next {days} days", result.upcoming)):  # fmt: skip
        if items:
            print_table(
                title,
                ["id", "due", "", "what", "to"],
                [(i.id, local_time(i.due), "done" if i.done else "", i.title,
                  i.person.email or i.person.name if i.person else "") for i in items],
            )  # fmt: skip
    if not result.items:
        click.echo("Nothing to do right now.")
    keep = result.keep_applying
    if keep.active:
        mark = "!" if keep.urgent else "-"
        click.echo(f"{mark} Keep applying: {keep.applied_this_week} of {keep.target} new "
                   f"applications this week ({keep.reason}).")  # fmt: skip
    for goal in result.goals:
        click.echo(f"- Goal #{goal.id} ({goal.kind}) {goal.title}: "
                   f"{goal.minutes_this_week} of {goal.weekly_minutes} min this week")  # fmt: skip


@click.command()
@click.argument("action_id", type=ID)
@click.option("--undo", is_flag=True, help="Reopen it instead (undoes done, dismiss, snooze).")
@json_option
def done(action_id: int, undo: bool, as_json: bool) -> None:
    """Mark an action done (it stays done when the plan is re-derived).

    \b
    Examples:
      offerwatch done 12
      offerwatch done 12 --undo
    """
    ws = workspace()
    if undo:
        ws.reopen(action_id)
    else:
        ws.mark_done(action_id)
    if as_json:
        echo_json({"id": action_id, "done": not undo})
    else:
        click.echo(f"action {action_id} {'reopened' if undo else 'done'}")


@click.command()
@click.argument("action_id", type=ID)
@click.option("--undo", is_flag=True, help="Undo the dismiss: the action shows again.")
@json_option
def dismiss(action_id: int, undo: bool, as_json: bool) -> None:
    """Dismiss an action you will not do (it does not come back unless you undo it).

    \b
    Examples:
      offerwatch dismiss 12
      offerwatch dismiss 12 --undo
    """
    ws = workspace()
    if undo:
        ws.undo_dismiss(action_id)
    else:
        ws.dismiss(action_id)
    if as_json:
        echo_json({"id": action_id, "dismissed": not undo})
    else:
        click.echo(f"action {action_id} {'shows again' if undo else 'dismissed'}")


@click.command()
@click.argument("action_id", type=ID)
@click.option("--until", type=DATETIME, help="When to show it again (required unless --undo).")
@click.option("--undo", is_flag=True, help="Undo the snooze: due when it was before.")
@json_option
def snooze(action_id: int, until: datetime | None, undo: bool, as_json: bool) -> None:
    """Hide an action until a later time.

    \b
    Examples:
      offerwatch snooze 12 --until "2026-03-09 09:00"
      offerwatch snooze 12 --undo
    """
    ws = workspace()
    if undo:
        if until is not None:
            raise click.UsageError("give either --until or --undo")
        ws.undo_snooze(action_id)
        if as_json:
            echo_json({"id": action_id, "snoozed_until": None})
        else:
            click.echo(f"action {action_id} is no longer snoozed")
        return
    if until is None:
        raise click.UsageError("Missing option '--until' (or give --undo).")
    ws.snooze(action_id, until)
    if as_json:
        echo_json({"id": action_id, "snoozed_until": until.isoformat()})
    else:
        click.echo(f"action {action_id} snoozed until {local_time(until)}")
