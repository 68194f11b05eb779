"""`offerwatch withdraw --all-but ID`: after an accepted offer, withdraw every other one."""

from __future__ import annotations

import click

from offerwatch.cli._common import ID, echo_json, json_option, workspace


@click.command("withdraw")
@click.option("--all-but", "accepted_id", type=ID, required=True,
              help="The application whose offer you accepted.")  # fmt: skip
@json_option
def withdraw_others(accepted_id: int, as_json: bool) -> None:
    """Withdraw every other open application once an offer is accepted (one go).

    Each one becomes an ordinary status change, kept in its history: undo one with
    `offerwatch app status ID interviewing` (or the status it had).

    \b
    Example:
      offerwatch outcome 3 accepted
      offerwatch withdraw --all-but 3
    """
    ids = workspace().withdraw_others(accepted_id)
    if as_json:
        echo_json({"accepted": accepted_id, "withdrawn": ids})
    elif ids:
        click.echo(f"withdrawn: {', '.join(f'#{i}' for i in ids)}")
    else:
        click.echo("no other open application")
