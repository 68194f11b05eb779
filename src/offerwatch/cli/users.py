"""`offerwatch user ...`: accounts for server mode (`offerwatch serve --accounts`)."""

from __future__ import annotations

import sys

import click

from offerwatch.cli._common import echo_json, json_option, workspace


@click.group()
def user() -> None:
    """Create accounts and change passwords for server mode.

    \b
    Examples:
      offerwatch user add ana
      printf 'long secret\\n' | offerwatch user add bo --password-stdin
      offerwatch user passwd ana
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
    """Change an account's password.

    \b
    Example:
      offerwatch user passwd ana
    """
    workspace().set_password(name, _password(password_stdin))
    click.echo(f"password of {name} changed")
