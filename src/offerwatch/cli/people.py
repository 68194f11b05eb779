"""`offerwatch person ...`: recruiters, hiring managers, interviewers, references."""

from __future__ import annotations

import click

from offerwatch.cli._common import ID, echo_json, json_option, print_table, workspace
from offerwatch.cli.trash import add_trash_commands

ROLES = ["recruiter", "hiring_manager", "interviewer", "team_member", "reference"]


@click.group()
def person() -> None:
    """Record the people you meet for an application.

    \b
    Examples:
      offerwatch person add 3 --name "Ana Lopez" --email ana@acme.com --role recruiter
      offerwatch person list 3
      offerwatch person set 5 --email mara@kitelabs.example
      offerwatch person delete 5
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


@person.command("set")
@click.argument("person_id", type=ID)
@click.option("--name", help='Their name; "Mara Jensen <mara@kitelabs.example>" sets both.')
@click.option("--email", help='Their email address ("" clears it).')
@click.option("--role", type=click.Choice(ROLES))
@click.option("--if-version", type=click.IntRange(min=1),
              help="Refuse if they changed since this version (exit 2).")  # fmt: skip
@json_option
def set_(
    person_id: int,
    name: str | None,
    email: str | None,
    role: str | None,
    if_version: int | None,
    as_json: bool,
) -> None:
    """Change a person's name, email or role; options not given stay as they are.

    \b
    Examples:
      offerwatch person set 5 --name "Mara Jensen <mara@kitelabs.example>"
      offerwatch person set 5 --role hiring_manager --email ""
    """
    from offerwatch.service.validate import KEEP

    if name is None and email is None and role is None:
        from offerwatch.errors import BadInput

        raise BadInput("nothing to change: give --name, --email or --role")
    saved = workspace().update_person(
        person_id, name=name, email=KEEP if email is None else email, role=role,
        expected_version=if_version,
    )  # fmt: skip
    if as_json:
        echo_json(saved)
    else:
        click.echo(f"person {saved.id}: {saved.name} <{saved.email or ''}> ({saved.role.value})")


add_trash_commands(person, "person", "person")
