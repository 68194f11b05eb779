"""`offerwatch interview signs`: the signs read from an interview's notes, and recording them."""

from __future__ import annotations

import click

from offerwatch.cli._common import ID, echo_json, json_option, workspace


def hint_notes_signs(interview_id: int) -> None:
    """After notes were saved: name the signs they suggest and the command that records them
    (on stderr, so that the id printed on stdout stays the only thing a script reads)."""
    found = [s for s in workspace().notes_signs(interview_id) if not s.recorded]
    if not found:
        return
    click.echo("Signs in your notes (not recorded yet):", err=True)
    for s in found:
        click.echo(f"  {s.kind}: “{s.quote}”", err=True)
    click.echo(f"Record them: offerwatch interview signs {interview_id} --all "
               f"(or --record {found[0].kind} ...)", err=True)  # fmt: skip


@click.command("signs")
@click.argument("interview_id", type=ID, metavar="ID")
@click.argument("kinds", nargs=-1, metavar="[SIGN]...")
@click.option("--record", "record", is_flag=True, help="Record the signs named after it.")
@click.option("--all", "record_all", is_flag=True, help="Record every sign suggested.")
@json_option
def signs(
    interview_id: int, kinds: tuple[str, ...], record: bool, record_all: bool, as_json: bool
) -> None:
    """List the signs your notes of interview ID suggest, or record them.

    Nothing is recorded until you say so. Recorded signs are observations of the
    interview (source "note", the words quoted as evidence) that move the odds like
    any other; `offerwatch signal delete OBS_ID` undoes one.

    \b
    Examples:
      offerwatch interview signs 7
      offerwatch interview signs 7 --json
      offerwatch interview signs 7 --record notice_period_asked salary_discussed
      offerwatch interview signs 7 --all
    """
    if record and record_all:
        raise click.UsageError("give either --record SIGN... or --all")
    if kinds and not record:
        raise click.UsageError("to record signs, put --record before them")
    if record and not kinds:
        raise click.UsageError("name the signs to record after --record (or use --all)")
    ws = workspace()
    if record or record_all:
        done = ws.record_notes_signs(interview_id, list(kinds) if record else None)
        if as_json:
            echo_json(done)
            return
        for kind, obs_id in done.added.items():
            click.echo(
                f"recorded {kind} (signal {obs_id}; undo: offerwatch signal delete {obs_id})"
            )
        for kind in done.already:
            click.echo(f"{kind} was recorded already")
        if not done.added and not done.already:
            click.echo("Your notes suggest no signs to record.")
        return
    found = ws.notes_signs(interview_id)
    if as_json:
        echo_json(found)
        return
    if not found:
        click.echo(f"The notes of interview {interview_id} suggest no signs.")
        return
    for s in found:
        mark = "recorded" if s.recorded else "suggested"
        when = f" (decision expected by {s.expected_by.isoformat()})" if s.expected_by else ""
        click.echo(f"{s.kind} [{mark}]{when}: “{s.quote}”")
    if any(not s.recorded for s in found):
        click.echo(f"Record them: offerwatch interview signs {interview_id} --all")
