"""`offerwatch trash`, and the `delete` / `restore` verbs each record's group gets."""

from __future__ import annotations

from typing import Any

import click

from offerwatch.cli._common import ID, echo_json, json_option, local_time, workspace

# What the rows taken with a record are called.
_WORDS = {
    "status_changes": "status changes",
    "application_people": "people links",
    "interview_people": "people met",
    "observations": "signs",
    "goal_logs": "time logs",
}


@click.command()
@json_option
def trash(as_json: bool) -> None:
    """List deleted records you can still restore (kept 30 days), the latest first.

    \b
    Examples:
      offerwatch trash
      offerwatch trash --json
      offerwatch app restore 3
    """
    items = workspace().trash()
    if as_json:
        echo_json(items)
        return
    if not items:
        click.echo("The trash is empty.")
        return
    for i in items:
        click.echo(f"{i.kind.value} {i.record_id}: {i.label}")
        with_it = ", ".join(f"{n} {_WORDS.get(k, k)}" for k, n in sorted(i.with_it.items()))
        click.echo(f"  deleted {local_time(i.deleted_at)}, kept until {local_time(i.expires_at)}"
                   + (f"; with {with_it}" if with_it else ""))  # fmt: skip


def add_trash_commands(group: click.Group, kind: str, word: str) -> None:
    """Add `delete ID` and `restore ID` to `group` (`offerwatch WORD delete ID`) for `kind`."""

    @group.command(
        "delete",
        help=f"Move {kind} ID to the trash, with everything that hangs from it; "
        f"`offerwatch {word} restore ID` brings it back within 30 days.\n\n"
        f"\b\nExamples:\n  offerwatch {word} delete 3\n  offerwatch {word} delete 3 --json",
    )
    @click.argument("record_id", type=ID, metavar="ID")
    @click.option("--if-version", type=click.IntRange(min=1),
                  help="Refuse if it changed since this version (exit 2).")  # fmt: skip
    @json_option
    def delete(record_id: int, if_version: int | None, as_json: bool) -> None:
        item = workspace().delete(kind, record_id, expected_version=if_version)
        _report(item, "deleted", as_json, f"(undo: offerwatch {word} restore {record_id})")

    @group.command(
        "restore",
        help=f"Bring {kind} ID back from the trash, with what was deleted with it.\n\n"
        f"\b\nExamples:\n  offerwatch {word} restore 3\n  offerwatch trash",
    )
    @click.argument("record_id", type=ID, metavar="ID")
    @json_option
    def restore(record_id: int, as_json: bool) -> None:
        item = workspace().restore(kind, record_id)
        note = "" if item.record_id == record_id else f"(now {kind} {item.record_id})"
        _report(item, "restored", as_json, note)


def _report(item: Any, verb: str, as_json: bool, note: str) -> None:
    if as_json:
        echo_json({"kind": item.kind.value, "id": item.record_id, verb: True,
                   "label": item.label, "with_it": item.with_it})  # fmt: skip
        return
    click.echo(f"{item.kind.value} {item.record_id} {verb}: {item.label} {note}".rstrip())
