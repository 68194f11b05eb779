"""`offerwatch interview ...`: record interviews and who was there."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import click

from offerwatch.cli._common import (
    DATE,
    DATETIME,
    ID,
    echo_json,
    json_option,
    local_time,
    print_table,
    workspace,
)
from offerwatch.cli.interview_signs import hint_notes_signs, signs
from offerwatch.cli.trash import add_trash_commands

STAGES = ["phone_screen", "interview", "final", "follow_up"]


@click.group()
def interview() -> None:
    """Record interviews.

    \b
    Examples:
      offerwatch interview add 3 --stage final --start "2026-03-03 10:00" \\
          --end "2026-03-03 11:00" --actual-end "2026-03-03 11:20" \\
          --with "Ana Lopez" --with bo@acme.com --timeline "within a week"
      offerwatch interview list 3
      offerwatch interview set 7 --actual-end "2026-03-03 11:20" --timeline "by Friday"
      offerwatch interview signs 7 --all
      offerwatch interview cancel 7
    """


@interview.command("add")
@click.argument("app_id", type=ID)
@click.option("--stage", required=True, type=click.Choice(STAGES))
@click.option("--start", required=True, type=DATETIME, help="Scheduled start.")
@click.option("--end", required=True, type=DATETIME, help="Scheduled end.")
@click.option("--actual-end", type=DATETIME, help="When it really ended.")
@click.option("--with", "with_", multiple=True, metavar="NAME_OR_EMAIL",
              help="A person met (repeatable); new names are added as interviewers.")  # fmt: skip
@click.option("--timeline", help='What they said about timing, e.g. "within a week".')
@click.option("--timeline-date", type=DATE, help="The date they gave, if you prefer to set it.")
@click.option("--notes", help="What was discussed (used in thank-you drafts).")
@json_option
def add(
    app_id: int,
    stage: str,
    start: datetime,
    end: datetime,
    actual_end: datetime | None,
    with_: tuple[str, ...],
    timeline: str | None,
    timeline_date: date | None,
    notes: str | None,
    as_json: bool,
) -> None:
    """Record an interview and print its id.

    \b
    Example:
      offerwatch interview add 3 --stage interview --start 2026-03-03T10:00+01:00 \\
          --end 2026-03-03T11:00+01:00 --with "Ana Lopez"
    """
    interview_id = workspace().add_interview(
        app_id, stage=stage, start=start, end=end, actual_end=actual_end, with_=with_,
        notes=notes, timeline=timeline, timeline_date=timeline_date,
    )  # fmt: skip
    if as_json:
        echo_json({"id": interview_id})
    else:
        click.echo(interview_id)
        if notes:
            hint_notes_signs(interview_id)
    note_if_before_applying(interview_id)


def note_if_before_applying(interview_id: int) -> None:
    """On stderr (stdout stays the id): the interview is dated before the day applied. Both
    are kept as given (that day is often a guess), but said, so a typo does not go unseen."""
    dates = workspace().dated_before_applying(interview_id)
    if dates is not None:
        day, applied, app_id = dates
        click.echo(f"Note: interview {interview_id} is dated {day}, before the day you applied "
                   f"({applied}); both are kept. If one is wrong:\n  offerwatch interview set "
                   f"{interview_id} --start ... --end ...   or   offerwatch app set {app_id} "
                   "--applied YYYY-MM-DD", err=True)  # fmt: skip


@interview.command("set")
@click.argument("interview_id", type=ID)
@click.option("--stage", type=click.Choice(STAGES))
@click.option("--start", type=DATETIME, help="Scheduled start.")
@click.option("--end", type=DATETIME, help="Scheduled end.")
@click.option("--actual-end", type=DATETIME, help="When it really ended.")
@click.option("--no-actual-end", is_flag=True, help="Forget the actual end.")
@click.option("--with", "with_", multiple=True, metavar="NAME_OR_EMAIL",
              help="Who was met (repeatable): replaces the people recorded.")  # fmt: skip
@click.option("--timeline", help='What they said about timing ("" clears it).')
@click.option("--notes", help='What was discussed ("" clears it).')
@click.option(
    "--sign",
    "signs",
    multiple=True,
    metavar="KIND",
    help="A sign seen in it (repeatable): replaces the signs ticked by hand.",
)
@click.option("--no-signs", is_flag=True, help="Untick every sign recorded by hand for it.")
@click.option("--if-version", type=click.IntRange(min=1),
              help="Refuse if it changed since this version (exit 2).")  # fmt: skip
@json_option
def set_(
    interview_id: int,
    stage: str | None,
    start: datetime | None,
    end: datetime | None,
    actual_end: datetime | None,
    no_actual_end: bool,
    with_: tuple[str, ...],
    timeline: str | None,
    notes: str | None,
    signs: tuple[str, ...],
    no_signs: bool,
    if_version: int | None,
    as_json: bool,
) -> None:
    """Change a recorded interview; options not given stay as they are.

    \b
    Example:
      offerwatch interview set 7 --end "2026-03-03 11:30" --actual-end "2026-03-03 11:45" \\
          --timeline "within two weeks" --notes "met the team lead"
      offerwatch interview set 7 --sign personal_interest --sign salary_discussed
    """
    if actual_end is not None and no_actual_end:
        raise click.UsageError("give either --actual-end or --no-actual-end")
    changes: dict[str, Any] = {}
    if actual_end is not None or no_actual_end:
        changes["actual_end"] = actual_end
    if timeline is not None:
        changes["timeline"] = timeline
    if notes is not None:
        changes["notes"] = notes
    if signs and no_signs:
        raise click.UsageError("give either --sign or --no-signs")
    if signs or no_signs:
        changes["signs"] = list(signs)
    saved = workspace().update_interview(
        interview_id, stage=stage, start=start, end=end, with_=list(with_) or None,
        expected_version=if_version, **changes,
    )  # fmt: skip
    if as_json:
        echo_json(saved)
    else:
        click.echo(f"interview {saved.id}: {saved.stage.value}, "
                   f"{local_time(saved.scheduled_start)} to {local_time(saved.end)}")  # fmt: skip
        if notes:
            hint_notes_signs(saved.id)
    if start is not None:
        note_if_before_applying(saved.id)


@interview.command("cancel")
@click.argument("interview_id", type=ID)
@click.option("--undo", is_flag=True, help="Not cancelled after all: it counts again.")
@click.option("--if-version", type=click.IntRange(min=1),
              help="Refuse if it changed since this version (exit 2).")  # fmt: skip
@json_option
def cancel(interview_id: int, undo: bool, if_version: int | None, as_json: bool) -> None:
    """Mark an interview cancelled: it stays on record, and no thank-you, no asking for the
    timeline and no follow-up is planned from it; the odds leave it out.

    \b
    Example:
      offerwatch interview cancel 7
      offerwatch interview cancel 7 --undo
    """
    saved = workspace().cancel_interview(interview_id, undo=undo, expected_version=if_version)
    if as_json:
        echo_json(saved)
    else:
        click.echo(f"interview {saved.id} {'is on again' if undo else 'cancelled'}")


@interview.command("list")
@click.argument("app_id", type=ID, required=False)
@json_option
def list_(app_id: int | None, as_json: bool) -> None:
    """List interviews (of one application, or all); a cancelled one says so.

    \b
    Example:
      offerwatch interview list 3
    """
    interviews = workspace().interviews(app_id)
    if as_json:
        echo_json(interviews)
        return
    print_table(
        "Interviews",
        ["id", "app", "stage", "status", "start", "end", "with", "timeline"],
        [(i.id, i.application_id, i.stage.value, "cancelled" if i.cancelled else "",
          local_time(i.scheduled_start), local_time(i.end), ", ".join(p.name for p in i.people),
          i.timeline_text or "") for i in interviews],
    )  # fmt: skip


add_trash_commands(interview, "interview", "interview")
interview.add_command(signs)
