"""`offerwatch goal ...`: the waiting plan's goals for skills and rest."""

from __future__ import annotations

import click

from offerwatch.cli._common import ID, echo_json, json_option, workspace
from offerwatch.cli.trash import add_trash_commands


@click.group()
def goal() -> None:
    """Goals for the wait: skills (a course, a certificate) and rest (a hobby).

    \b
    Examples:
      offerwatch goal add skill "Finish the dbt course" --minutes 180
      offerwatch goal log 1 45 --note "module 3"
      offerwatch goal list
    """


@goal.command("add")
@click.argument("kind", type=click.Choice(["skill", "rest"]))
@click.argument("title")
@click.option("--minutes", "weekly_minutes", required=True, type=click.IntRange(1, 10080),
              help="Minutes a week you want to spend on it.")  # fmt: skip
@json_option
def add(kind: str, title: str, weekly_minutes: int, as_json: bool) -> None:
    """Add a goal with a weekly time target; prints its id.

    \b
    Example:
      offerwatch goal add rest "Climbing" --minutes 120
    """
    goal_id = workspace().add_goal(kind, title, weekly_minutes)
    if as_json:
        echo_json({"id": goal_id})
    else:
        click.echo(goal_id)


@goal.command("list")
@json_option
def list_(as_json: bool) -> None:
    """List goals with the time logged this week.

    \b
    Example:
      offerwatch goal list --json
    """
    goals = workspace().goals()
    if as_json:
        echo_json(goals)
        return
    from offerwatch.cli._common import print_table

    print_table(
        "Goals this week",
        ["id", "kind", "title", "this week", "target"],
        [(g.id, g.kind, g.title, f"{g.minutes_this_week} min", f"{g.weekly_minutes} min")
         for g in goals],
    )  # fmt: skip


@goal.command("log")
@click.argument("goal_id", type=ID)
@click.argument("minutes", type=click.IntRange(1, 1440))
@click.option("--note", help="What you did.")
@json_option
def log(goal_id: int, minutes: int, note: str | None, as_json: bool) -> None:
    """Log time spent on a goal.

    \b
    Example:
      offerwatch goal log 1 45 --note "module 3 of the course"
    """
    log_id = workspace().log_goal(goal_id, minutes, note)
    if as_json:
        echo_json({"id": log_id, "goal_id": goal_id, "minutes": minutes})
    else:
        click.echo(f"logged {minutes} min on goal {goal_id}")


@goal.command("set")
@click.argument("goal_id", type=ID)
@click.option("--kind", type=click.Choice(["skill", "rest"]))
@click.option("--title", help="What the goal is.")
@click.option(
    "--minutes",
    "weekly_minutes",
    type=click.IntRange(1, 10080),
    help="Minutes a week you want to spend on it.",
)
@click.option("--if-version", type=click.IntRange(min=1),
              help="Refuse if it changed since this version (exit 2).")  # fmt: skip
@json_option
def set_(
    goal_id: int,
    kind: str | None,
    title: str | None,
    weekly_minutes: int | None,
    if_version: int | None,
    as_json: bool,
) -> None:
    """Change a goal's kind, title or weekly minutes.

    \b
    Example:
      offerwatch goal set 1 --title "dbt and Airflow" --minutes 90
    """
    if kind is None and title is None and weekly_minutes is None:
        from offerwatch.errors import BadInput

        raise BadInput("nothing to change: give --kind, --title or --minutes")
    saved = workspace().update_goal(
        goal_id, kind=kind, title=title, weekly_minutes=weekly_minutes, expected_version=if_version
    )
    if as_json:
        echo_json(saved)
    else:
        click.echo(f"goal {saved.id}: {saved.title} ({saved.kind}, {saved.weekly_minutes} min)")


add_trash_commands(goal, "goal", "goal")
