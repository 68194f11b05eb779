"""`offerwatch app ...` and `offerwatch outcome`: the applications themselves."""

from __future__ import annotations

from datetime import date, datetime

import click

from offerwatch.cli._common import (
    AMOUNT,
    DATE,
    DATETIME,
    ID,
    echo_json,
    json_option,
    local_time,
    print_table,
    workspace,
)
from offerwatch.cli.trash import add_trash_commands

STATUSES = [
    "interested", "applied", "screening", "interviewing", "offer",
    "accepted", "rejected", "withdrawn", "ghosted",
]  # fmt: skip
OUTCOMES = ["offer", "rejection", "withdrawn", "ghosted", "accepted"]


@click.group()
def app() -> None:
    """Add, list, show and move applications.

    \b
    Examples:
      offerwatch app add --company Acme --role "Data Engineer" --applied 2026-03-01
      offerwatch app list --json
      offerwatch app set 3 --status interviewing
    """


@app.command("add")
@click.option("--company", required=True, help="The employer's name.")
@click.option("--role", required=True, help="The job title.")
@click.option("--applied", type=DATE, help="Date you applied (YYYY-MM-DD). Default: today.")
@click.option("--status", type=click.Choice(STATUSES), default="applied", show_default=True)
@click.option("--url", help="The job posting.")
@click.option("--source", help="Where you found it (referral, LinkedIn, ...).")
@click.option("--salary-min", type=AMOUNT, help="Lower end of the pay range: 60000, 60,000 or 60k.")
@click.option("--salary-max", type=AMOUNT, help="Upper end of the pay range.")
@click.option("--notes", help="Free-form notes.")
@click.option("--location", help="Where the job is (city, remote...).")
@json_option
def add(
    company: str,
    role: str,
    applied: date | None,
    status: str,
    url: str | None,
    source: str | None,
    salary_min: int | None,
    salary_max: int | None,
    notes: str | None,
    location: str | None,
    as_json: bool,
) -> None:
    """Record a new application and print its id.

    \b
    Example:
      offerwatch app add --company Acme --role "Data Engineer" --source referral
    """
    app_id = workspace().add_application(
        company, role, status=status, applied_on=applied, url=url, source=source,
        salary_min=salary_min, salary_max=salary_max, notes=notes, location=location,
    )  # fmt: skip
    if as_json:
        echo_json({"id": app_id})
    else:
        click.echo(app_id)


def _waiting_days(app: object, now: datetime) -> str:
    updated = getattr(app, "updated_at", None)
    return f"{(now - updated).days}d" if updated else ""


@app.command("list")
@click.option("--status", "statuses", multiple=True, type=click.Choice(STATUSES),
              help="Only these statuses (repeatable).")  # fmt: skip
@click.option("--open", "only_open", is_flag=True, help="Only applications still in play.")
@json_option
def list_(statuses: tuple[str, ...], only_open: bool, as_json: bool) -> None:
    """List applications, oldest first.

    \b
    Example:
      offerwatch app list --open
    """
    from offerwatch.core.entities import Status

    ws = workspace()
    wanted = [Status(s) for s in statuses] if statuses else None
    apps = ws.list_applications(wanted)
    if only_open:
        apps = [a for a in apps if a.status.is_open]
    odds = ws.scores([a.id for a in apps if a.status.is_open])
    if as_json:
        from offerwatch.cli._common import to_jsonable

        rows = to_jsonable(apps)
        for row in rows:
            row["probability"] = (
                round(odds[row["id"]].probability, 4) if row["id"] in odds else None
            )
        echo_json(rows)
        return
    now = ws.clock()
    print_table(
        "Applications",
        ["id", "company", "role", "status", "chance", "applied", "last change"],
        [(a.id, a.company, a.role, a.status.value,
          f"{odds[a.id].probability:.0%}" if a.id in odds else "",
          a.applied_on, _waiting_days(a, now) + " ago")
         for a in apps],
    )  # fmt: skip


@app.command("show")
@click.argument("app_id", type=ID)
@json_option
def show(app_id: int, as_json: bool) -> None:
    """Show one application: people, interviews, signals and status history.

    \b
    Example:
      offerwatch app show 3
    """
    detail = workspace().detail(app_id)
    if as_json:
        echo_json(detail)
        return
    a = detail.application
    click.echo(f"#{a.id} {a.role} at {a.company}  [{a.status.value}]")
    salary = "-".join(str(v) for v in (a.salary_min, a.salary_max) if v is not None)
    for label, value in (("applied", a.applied_on), ("location", a.location), ("url", a.url),
                         ("source", a.source), ("salary", salary), ("notes", a.notes)):  # fmt: skip
        if value:
            click.echo(f"  {label}: {value}")
    if detail.people:
        print_table("People", ["id", "name", "role", "email"],
                    [(p.id, p.name, p.role.value, p.email) for p in detail.people])  # fmt: skip
    if detail.interviews:
        print_table(
            "Interviews",
            ["id", "stage", "status", "start", "end", "with", "timeline"],
            [(i.id, i.stage.value, "cancelled" if i.cancelled else "",
              local_time(i.scheduled_start), local_time(i.end),
              ", ".join(p.name for p in i.people), i.timeline_text or "")
             for i in detail.interviews],
        )  # fmt: skip
    if detail.observations:
        print_table("Signals", ["id", "kind", "when", "source", "evidence"],
                    [(o.id, o.kind, local_time(o.observed_at), o.source.value, o.evidence)
                     for o in detail.observations])  # fmt: skip
    print_table("History", ["status", "since"],
                [(h.status.value, local_time(h.changed_at)) for h in detail.history])  # fmt: skip


@app.command("set")
@click.argument("app_id", type=ID)
@click.option("--status", type=click.Choice(STATUSES), help="Move it to this status.")
@click.option("--at", type=DATETIME, help="When the status changed. Default: now.")
@click.option("--company", help="The employer's name.")
@click.option("--role", help="The job title.")
@click.option("--applied", type=DATE, help="Date you applied (YYYY-MM-DD).")
@click.option("--url", help='The job posting ("" clears it).')
@click.option("--source", help='Where you found it ("" clears it).')
@click.option("--location", help='Where the job is ("" clears it).')
@click.option("--salary-min", type=AMOUNT, help="Lower end of the pay range: 60000, 60,000 or 60k.")
@click.option("--salary-max", type=AMOUNT, help="Upper end of the pay range.")
@click.option("--notes", help='Free-form notes ("" clears them).')
@click.option("--if-version", type=click.IntRange(min=1),
              help="Refuse if it changed since this version (exit 2).")  # fmt: skip
@json_option
def set_(
    app_id: int,
    status: str | None,
    at: datetime | None,
    if_version: int | None,
    as_json: bool,
    **fields: object,
) -> None:
    """Change an application: its status (kept in its history) or any of its fields.

    \b
    Examples:
      offerwatch app set 3 --status screening --at "2026-03-02 09:00"
      offerwatch app set 3 --role "Senior Data Engineer" --location Berlin --applied 2026-03-01
      offerwatch app set 3 --url ""
    """
    from offerwatch.errors import BadInput

    values = {("applied_on" if k == "applied" else k): v for k, v in fields.items()
              if v is not None}  # fmt: skip
    if status is None and not values:
        raise BadInput("nothing to change: give --status or a field such as --role")
    if status is None and at is not None:
        raise BadInput("--at goes with --status")
    ws = workspace()
    if values or if_version is not None:
        ws.update_application(app_id, expected_version=if_version, **values)
    if status is not None:
        ws.set_status(app_id, status, at)
    saved = ws.application(app_id)
    if as_json:
        echo_json(saved)
    elif status is not None and not values:
        click.echo(f"application {app_id} is now {status}")
    else:
        click.echo(f"application {app_id} changed (version {saved.version})")


@click.command()
@click.argument("app_id", type=ID)
@click.argument("kind", type=click.Choice(OUTCOMES))
@click.option("--at", type=DATETIME, help="When it happened. Default: now.")
@json_option
def outcome(app_id: int, kind: str, at: datetime | None, as_json: bool) -> None:
    """Record how an application ended (or an offer arrived).

    \b
    Examples:
      offerwatch outcome 3 offer
      offerwatch outcome 4 rejection --at 2026-03-20
    """
    workspace().record_outcome(app_id, kind, at)
    if as_json:
        echo_json({"id": app_id, "outcome": kind})
    else:
        click.echo(f"application {app_id}: {kind} recorded")


add_trash_commands(app, "application", "app")
