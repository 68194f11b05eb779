"""`offerwatch user ...`: accounts for server mode (`offerwatch serve --accounts`)."""

from __future__ import annotations

import sys

import click

from offerwatch.cli._common import echo_json, json_option, print_table, workspace


@click.group()
def user() -> None:
    """Create, list and remove accounts and reset passwords for server mode.

    \b
    Examples:
      offerwatch user add ana --admin     # the first administrator
      printf 'long secret\\n' | offerwatch user add bo --password-stdin
      offerwatch user list
      offerwatch user passwd ana          # reset a password
      offerwatch user remove bo --yes
    """


def _password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    value: str = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    return value


@user.command("add")
@click.argument("name")
@click.option("--admin", is_flag=True, help="Mark the account as an administrator.")
@click.option("--display-name", help="The name shown in the app.")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input.")
@json_option
def add(
    name: str, admin: bool, display_name: str | None, password_stdin: bool, as_json: bool
) -> None:
    """Create an account (asks for the password twice) and print its id.

    \b
    Example:
      offerwatch user add ana --display-name "Ana Lopez"
    """
    user_id = workspace().add_user(
        name, _password(password_stdin), display_name=display_name, is_admin=admin
    )
    if as_json:
        echo_json({"id": user_id, "username": name})
    else:
        click.echo(f"user {name} created (id {user_id})")


@user.command("passwd")
@click.argument("name")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input.")
def passwd(name: str, password_stdin: bool) -> None:
    """Set an account's password (an administrator's reset).

    \b
    Example:
      offerwatch user passwd ana
    """
    workspace().set_password(name, _password(password_stdin))
    click.echo(f"password of {name} changed")


@user.command("list")
@json_option
def list_(as_json: bool) -> None:
    """List the accounts (name, administrator or not, created).

    \b
    Example:
      offerwatch user list --json
    """
    found = workspace().list_users()
    if as_json:
        echo_json([
            {"id": a.id, "username": a.username, "display_name": a.display_name,
             "admin": a.is_admin, "created_at": a.created_at}
            for a in found
        ])  # fmt: skip
        return
    rows = [
        (a.id, a.username, a.display_name or "", "yes" if a.is_admin else "", a.created_at.date())
        for a in found
    ]
    print_table("Accounts", ("id", "user", "name", "admin", "created"), rows)


@user.command("remove")
@click.argument("name")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
def remove(name: str, yes: bool) -> None:
    """Delete an account and all of its data (the last administrator is kept).

    \b
    Example:
      offerwatch user remove bo --yes
    """
    if not yes:
        click.confirm(f"Delete {name} and all of their data?", abort=True)
    workspace().remove_user(name)
    click.echo(f"user {name} removed with all of their data")
