"""`offerwatch person ...`: recruiters, hiring managers, interviewers, references."""

from __future__ import annotations

import click

from offerwatch.cli._common import ID, echo_json, json_option, print_table, workspace

ROLES = ["recruiter", "hiring_manager", "interviewer", "team_member", "reference"]


@click.group()
def person() -> None:
    """Record the people you meet for an application.

    \b
    Examples:
      offerwatch person add 3 --name "Ana Lopez" --email ana@acme.com --role recruiter
      offerwatch person list 3
    """


@person.command("add")
@click.argument("app_id", type=ID)
@click.option("--name", required=True, help="Their full name.")
@click.option("--email", help="Their email address (used to match mail).")
@click.option("--role", required=True, type=click.Choice(ROLES))
@json_option
def add(app_id: int, name: str, email: str | None, role: str, as_json: bool) -> None:
    """Link a person to an application and print their id.

    \b
    Example:
      offerwatch person add 3 --name "Ana Lopez" --email ana@acme.com --role recruiter
    """
    person_id = workspace().add_person(app_id, name, email=email, role=role)
    if as_json:
        echo_json({"id": person_id})
    else:
        click.echo(person_id)


@person.command("list")
@click.argument("app_id", type=ID)
@json_option
def list_(app_id: int, as_json: bool) -> None:
    """List the people linked to an application.

    \b
    Example:
      offerwatch person list 3 --json
    """
    people = workspace().people(app_id)
    if as_json:
        echo_json(people)
    else:
        print_table("People", ["id", "name", "role", "email"],
                    [(p.id, p.name, p.role.value, p.email) for p in people])  # fmt: skip
