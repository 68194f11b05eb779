"""`offerwatch notify ...`: reminder channels, a run that sends what is due, and a timer."""

from __future__ import annotations

from datetime import datetime

import click

from offerwatch.cli._common import DATETIME, ID, echo_json, json_option, local_time, workspace


@click.group()
def notify() -> None:
    """Reminders that reach you: push (ntfy), webhook, email, desktop.

    \b
    Examples:
      offerwatch notify add ntfy https://ntfy.sh/my-secret-topic
      offerwatch notify add email me@example.org \\
          --smtp smtps://me@example.org@smtp.example.org:465 --ask-password
      offerwatch notify test
      offerwatch notify install      # run every 5 minutes (systemd timer or cron)
    """


@notify.command("add")
@click.argument("kind", type=click.Choice(["webhook", "ntfy", "email", "desktop"]))
@click.argument("target", required=False)
@click.option(
    "--smtp",
    metavar="URL",
    help="email: smtp://USER:PASSWORD@HOST:587 (STARTTLS) or smtps://..:465 (TLS).",
)
@click.option("--token", help="webhook/ntfy: an access token (sent as a Bearer token).")
@click.option(
    "--ask-password",
    is_flag=True,
    help="email: type the SMTP password at a prompt (not in your history).",
)
@click.option("--priority", type=click.IntRange(1, 5), default=4, show_default=True,
              help="ntfy: priority of due-now reminders (the digest uses 3).")  # fmt: skip
@json_option
def add(kind: str, target: str | None, smtp: str | None, token: str | None,
        ask_password: bool, priority: int, as_json: bool) -> None:  # fmt: skip
    """Add a channel; prints its id. Passwords and tokens are kept outside the database.

    \b
    Examples:
      offerwatch notify add webhook https://hooks.example.org/offerwatch
      offerwatch notify add ntfy https://ntfy.sh/sam-4f9c2 --priority 5
      offerwatch notify add email sam@example.org --smtp smtp://sam@mail.example.org:587 \\
          --ask-password
      offerwatch notify add desktop
    """
    if ask_password:
        if kind != "email" or not smtp:
            raise click.BadParameter("--ask-password goes with an email channel and --smtp")
        from offerwatch.notify.targets import with_password

        smtp = with_password(smtp, click.prompt("SMTP password", hide_input=True))
    channel = workspace().add_channel(kind, target, smtp=smtp, token=token, priority=priority)
    if as_json:
        echo_json({"id": channel})
    else:
        click.echo(channel)


@notify.command("list")
@json_option
def list_(as_json: bool) -> None:
    """List the channels (passwords and tokens are never shown).

    \b
    Example:
      offerwatch notify list --json
    """
    ws = workspace()
    found = ws.channels()
    if as_json:
        echo_json({"channels": found, "settings": ws.notify_settings()})
        return
    from offerwatch.cli._common import print_table

    print_table(
        "Reminder channels",
        ["id", "kind", "target", "detail", "secret", "added"],
        [(c.id, c.kind, c.target, c.detail, "kept" if c.has_secret else "",
          local_time(c.created_at)) for c in found],
    )  # fmt: skip


@notify.command("remove")
@click.argument("channel_id", type=ID)
def remove(channel_id: int) -> None:
    """Remove a channel (and its password or token).

    \b
    Example:
      offerwatch notify remove 2
    """
    workspace().remove_channel(channel_id)
    click.echo(f"removed channel {channel_id}")


@notify.command("test")
@click.argument("channel_id", type=ID, required=False)
@json_option
def test(channel_id: int | None, as_json: bool) -> None:
    """Send a test message on one channel (or all); exit 1 if one fails.

    \b
    Examples:
      offerwatch notify test
      offerwatch notify test 2
    """
    results = workspace().try_channels(channel_id)
    if as_json:
        echo_json(results)
    else:
        for r in results:
            click.echo(f"channel {r.channel_id}: " + ("sent" if r.ok else f"failed: {r.error}"))
    if any(not r.ok for r in results):
        raise SystemExit(1)


@notify.command("run")
@click.option("--now", "now", type=DATETIME, help="Run as if it were this time (a test).")
@click.option(
    "--web-url",
    metavar="URL",
    help="Where reminders link to (default: the setting, else the local app).",
)
@json_option
def run(now: datetime | None, web_url: str | None, as_json: bool) -> None:
    """Send what became due since the last run, once per action and channel; the morning
    digest once a day. Nothing goes out in quiet hours.

    \b
    Examples:
      offerwatch notify run
      offerwatch notify run --now "2026-03-05 08:00"
    """
    report = workspace().run_reminders(now, web_url)
    if as_json:
        echo_json({"sent": report.sent, "failed": report.failed, "quiet": report.quiet,
                   "deliveries": report.deliveries})  # fmt: skip
    else:
        for d in report.deliveries:
            click.echo(
                f"channel {d.channel_id}: {d.what}" + ("" if d.ok else f": failed: {d.error}")
            )
        click.echo("quiet hours: nothing sent" if report.quiet else
                   f"{report.sent} sent, {report.failed} failed")  # fmt: skip
    if report.failed:
        raise SystemExit(1)


@notify.command("settings")
@click.option("--quiet-hours", metavar="HH:MM-HH:MM",
              help='Nothing is sent then, e.g. 22:00-07:00 ("" turns them off).')  # fmt: skip
@click.option("--web-url", metavar="URL",
              help="The address of your offerwatch the links point to (\"\" resets).")  # fmt: skip
@json_option
def settings(quiet_hours: str | None, web_url: str | None, as_json: bool) -> None:
    """Show or change quiet hours and the web address reminders link to.

    \b
    Examples:
      offerwatch notify settings --quiet-hours 22:00-07:00
      offerwatch notify settings --web-url https://offerwatch.example.org
    """
    ws = workspace()
    changing = quiet_hours is not None or web_url is not None
    values = (
        ws.set_notify_settings(quiet_hours=quiet_hours, web_url=web_url)
        if changing
        else ws.notify_settings()
    )
    if as_json:
        echo_json(values)
    else:
        for key, value in values.items():
            click.echo(f"{key}: {value or '(not set)'}")


@notify.command("install")
@click.option("--print", "only_print", is_flag=True, help="Only show what would be installed.")
@click.option("--every", type=click.IntRange(1, 1440), default=5, show_default=True,
              help="Minutes between runs.")  # fmt: skip
@click.option("--scheduler", type=click.Choice(["auto", "systemd", "cron"]), default="auto",
              show_default=True, help="auto: systemd where it runs, else cron.")  # fmt: skip
@click.pass_context
def install(ctx: click.Context, only_print: bool, every: int, scheduler: str) -> None:
    """Run `notify run` on a timer: a systemd user timer, or the cron line to add.

    \b
    Examples:
      offerwatch notify install
      offerwatch notify install --print --every 10
    """
    from offerwatch.cli.notify_install import install_timer

    root = ctx.find_root().obj or {}
    for line in install_timer(root.get("db"), every, scheduler, only_print):
        click.echo(line)
