"""`offerwatch draft ...`: thank-you and follow-up emails, never sent."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from offerwatch.cli._common import ID, echo_json, json_option, workspace, write_file

_EML = click.option("--eml", type=click.Path(dir_okay=False, path_type=Path),
                    help="Also write an .eml file your mail client opens as a draft.")  # fmt: skip
_PITCH = click.option("--pitch", help='What you bring, e.g. "five years of data pipelines".')


@click.group()
def draft() -> None:
    """Draft emails from templates you can override in <data dir>/templates.

    \b
    Examples:
      offerwatch draft thank-you 4 --person ana@acme.example --eml thanks.eml
      offerwatch draft follow-up 2
    """


def _show(result: Any, eml: Path | None, as_json: bool) -> None:
    if eml is not None:
        write_file(eml, result.eml)
    if as_json:
        echo_json({"to": result.to, "subject": result.subject, "body": result.body,
                   "mailto": result.mailto, "eml": str(eml) if eml else None})  # fmt: skip
        return
    click.echo(f"To: {result.to or '(no address recorded)'}")
    click.echo(f"Subject: {result.subject}\n")
    click.echo(result.body)
    click.echo(f"Open in your mail client: {result.mailto}")
    if eml is not None:
        click.echo(f"wrote {eml}", err=True)


@draft.command("thank-you")
@click.argument("interview_id", type=ID)
@click.option("--person", "email", metavar="NAME_OR_EMAIL", help="Who to thank, by email or by "
              "name as the agenda shows it (default: the hiring manager, else the first "
              "person met).")  # fmt: skip
@_EML
@_PITCH
@json_option
def thank_you(
    interview_id: int, email: str | None, eml: Path | None, pitch: str | None, as_json: bool
) -> None:
    """A thank-you note to a person met at an interview.

    \b
    Examples:
      offerwatch draft thank-you 4 --person ana@acme.example --eml thanks.eml
      offerwatch draft thank-you 4 --person "Ana Lopez"
    """
    _show(workspace().draft_thank_you(interview_id, email, pitch=pitch), eml, as_json)


@draft.command("follow-up")
@click.argument("app_id", type=ID)
@_EML
@_PITCH
@json_option
def follow_up(app_id: int, eml: Path | None, pitch: str | None, as_json: bool) -> None:
    """A polite follow-up about timing to your main contact.

    \b
    Example:
      offerwatch draft follow-up 2 --eml follow-up.eml
    """
    _show(workspace().draft_follow_up(app_id, pitch=pitch), eml, as_json)
