"""The `offerwatch` command. Imports only click here: subcommands load when they are used,
so that `offerwatch --help` starts fast."""

from __future__ import annotations

import importlib
import os
import sys
from typing import Any

import click

# name -> (module:attribute, one-line help shown in `offerwatch --help`)
COMMANDS: dict[str, tuple[str, str]] = {
    "app": ("offerwatch.cli.apps:app", "Add, list, show and move applications."),
    "person": ("offerwatch.cli.people:person", "Record the people you meet."),
    "interview": ("offerwatch.cli.interviews:interview", "Record interviews."),
    "signal": ("offerwatch.cli.signals:signal", "Record a sign seen during or after an interview."),
    "outcome": ("offerwatch.cli.apps:outcome", "Record an outcome: offer, rejection, ..."),
    "score": ("offerwatch.cli.odds:score", "The chance of an offer for an application, and why."),
    "signals": ("offerwatch.cli.odds:signals", "List the signs offerwatch knows and their effect."),
    "calibrate": ("offerwatch.cli.odds:calibrate", "Compare default and personally fitted odds."),
    "cohort": ("offerwatch.cli.cohort:cohort", "Fit the odds on a server's consenting users."),
    "withdraw": ("offerwatch.cli.after_offer:withdraw_others", "Withdraw all but an accepted one."),
    "agenda": ("offerwatch.cli.agenda:agenda", "What to do next: overdue, today, upcoming."),
    "done": ("offerwatch.cli.agenda:done", "Mark an agenda action done."),
    "dismiss": ("offerwatch.cli.agenda:dismiss", "Dismiss an agenda action."),
    "snooze": ("offerwatch.cli.agenda:snooze", "Hide an agenda action until later."),
    "goal": ("offerwatch.cli.goals:goal", "Goals for the wait: skills and rest."),
    "settings": ("offerwatch.cli.settings:settings", "Show or change settings."),
    "target": ("offerwatch.cli.settings:target", "Show or set your weekly application target."),
    "calendar": ("offerwatch.cli.calendar:calendar", "Export the plan as an iCalendar file."),
    "draft": ("offerwatch.cli.drafts:draft", "Draft thank-you and follow-up emails."),
    "notify": ("offerwatch.cli.notify:notify", "Reminders by push, webhook, email or desktop."),
    "serve": ("offerwatch.cli.serve:serve", "Start the web app and print its URL."),
    "demo": ("offerwatch.cli.demo:demo", "Fill a separate demo database with a sample search."),
    "user": ("offerwatch.cli.users:user", "Accounts for server mode (serve --accounts)."),
    "mail": ("offerwatch.cli.mail:mail", "Detect signals in mail, import mailboxes, review."),
    "trash": ("offerwatch.cli.trash:trash", "List deleted records you can still restore."),
    "import": ("offerwatch.cli.importing:import_", "Import from other trackers or an export."),
    "export": ("offerwatch.cli.export:export", "Export everything as JSON, or a CSV."),
    "backup": ("offerwatch.cli.backup:backup", "Copy the database safely while it is in use."),
    "check": ("offerwatch.cli.backup:check", "Check the database for damage; --repair fixes it."),
}


class LazyGroup(click.Group):
    """A group whose subcommands are imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module_name, attr = target[0].split(":")
        command = getattr(importlib.import_module(module_name), attr)
        assert isinstance(command, click.Command)
        return command

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        # click suggests close names from the commands it holds; this group holds none
        # until they load, so the suggestion is made from the table.
        try:
            return super().resolve_command(ctx, args)
        except click.exceptions.NoSuchCommand as exc:
            raise click.exceptions.NoSuchCommand(
                exc.command_name, possibilities=COMMANDS, ctx=ctx
            ) from None

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, COMMANDS[name][1]) for name in self.list_commands(ctx)]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


# Choices, command and option names are compared in lower case, everywhere below: `--stage
# Final` is `--stage final` (click hands the command the choice as it is spelled here).
@click.group(
    cls=LazyGroup,
    context_settings={"help_option_names": ["-h", "--help"], "token_normalize_func": str.lower},
)
@click.option(
    "--db",
    metavar="URL",
    envvar="OFFERWATCH_DB",
    help="Database URL (sqlite:///path or postgresql://...). "
    "Default: offerwatch.db in $OFFERWATCH_HOME or your data directory.",
)
@click.version_option(package_name="offerwatch")
@click.pass_context
def cli(ctx: click.Context, db: str | None) -> None:
    """offerwatch: your companion between the interview and the offer.

    \b
    Track applications, interviews and the people you meet; record the signs
    that an interview went well; see the odds of an offer and what to do next.

    \b
    Examples:
      offerwatch app add --company Acme --role "Data Engineer"
      offerwatch interview add 1 --stage final --start "2026-03-03 10:00" \\
          --end "2026-03-03 11:00" --with "Ana Lopez"
      offerwatch signal add 1 notice_period_asked
      offerwatch app list

    \b
    Dates and times: 2026-03-03 10:00, "tomorrow 10:00", "next friday 2pm",
    yesterday, "3 days ago", 3/10/2026 (day and month in your locale's order).
    Tables become tab-separated rows when the output is not a terminal.
    Shell completion: eval "$(_OFFERWATCH_COMPLETE=bash_source offerwatch)"
    """
    ctx.obj = {"db": db}


def main(argv: list[str] | None = None) -> None:
    """Entry point: exit 0 on success, 2 on bad input (one line on stderr), 1 otherwise."""
    try:
        cli.main(args=argv, prog_name="offerwatch", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        sys.exit(1)
    except click.ClickException as exc:
        click.echo(f"offerwatch: error: {exc.format_message()}", err=True)
        sys.exit(exc.exit_code)
    except Exception as exc:
        sys.exit(_report(exc))
    sys.exit(0)


def _report(exc: BaseException) -> int:
    from offerwatch.core.timeutil import BadDate
    from offerwatch.errors import DatabaseUnavailable, OfferwatchError

    bad_input: tuple[type[BaseException], ...] = (OfferwatchError, BadDate)
    try:
        from offerwatch.store.engine import BadDatabaseURL

        bad_input += (BadDatabaseURL,)
    except ImportError:  # pragma: no cover
        pass
    if isinstance(exc, bad_input):
        click.echo(f"offerwatch: error: {exc}", err=True)
        return 2
    if os.environ.get("OFFERWATCH_DEBUG"):
        raise exc
    if isinstance(exc, DatabaseUnavailable):
        click.echo(f"offerwatch: error: {exc}", err=True)
        return 1
    name: Any = type(exc).__name__
    # One line, whatever the exception says (SQLAlchemy appends its SQL and a link).
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    first = lines[0] if lines else ""
    click.echo(
        f"offerwatch: error: {name}: {first} (set OFFERWATCH_DEBUG=1 to see the traceback)",
        err=True,
    )
    return 1
