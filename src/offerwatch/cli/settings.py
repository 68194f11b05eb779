"""`offerwatch settings` and `offerwatch target`: the planner's settings."""

from __future__ import annotations

import click

from offerwatch.cli._common import echo_json, json_option, workspace


@click.command()
@click.option("--set", "pairs", multiple=True, metavar="KEY=VALUE",
              help="Change a setting (repeatable); KEY= restores the default.")  # fmt: skip
@json_option
def settings(pairs: tuple[str, ...], as_json: bool) -> None:
    """Show or change settings: weekly_target, timezone, name (signs drafts), pitch (what
    you bring, used in drafts), my_addresses (your own mail addresses: mail from them is
    yours, never read as a recruiter's), country (its public holidays are not business days),
    cohort_consent (on a server: on lets your finished applications' signs and outcomes, never
    names, companies or text, count in the server's shared fit of the odds; off by default).

    \b
    Examples:
      offerwatch settings
      offerwatch settings --set name="Sam Rivera" --set timezone=Europe/Berlin
      offerwatch settings --set my_addresses="sam@example.org, sam.rivera@gmail.com"
      offerwatch settings --set country=DE
      offerwatch settings --set cohort_consent=on
    """
    ws = workspace()
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep:
            raise click.BadParameter(f"expected KEY=VALUE, got {pair!r}", param_hint="--set")
        ws.set_setting(key.strip(), value if value.strip() else None)
    values = ws.settings()
    if as_json:
        echo_json(values)
        return
    for key, shown in values.items():
        click.echo(f"{key}: {'' if shown is None else shown}")


@click.command()
@click.argument("weekly", type=click.IntRange(0, 100), required=False)
@json_option
def target(weekly: int | None, as_json: bool) -> None:
    """Show or set how many new applications a week you aim for (0 turns the check off).

    \b
    Examples:
      offerwatch target
      offerwatch target 8
    """
    ws = workspace()
    if weekly is not None:
        ws.set_weekly_target(weekly)
    value = ws.weekly_target()
    if as_json:
        echo_json({"weekly_target": value})
    else:
        click.echo(f"weekly target: {value} new applications")
