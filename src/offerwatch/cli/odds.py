"""`offerwatch score`, `offerwatch signals`, `offerwatch calibrate`: the odds and their reasons."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

import click

from offerwatch.cli._common import DATETIME, ID, echo_json, json_option, print_table, workspace

if TYPE_CHECKING:
    from offerwatch.core.calibration import Calibration
    from offerwatch.core.odds import Score


def _ratio(value: float) -> str:
    return f"x{value:.2f}"


def score_json(score: Score) -> dict[str, Any]:
    """The JSON object of `score --json` (also used by `app list --json`)."""
    from offerwatch.core.catalogue import CATALOGUE

    return {
        "application_id": score.application_id,
        "probability": round(score.probability, 4),
        "range": [round(score.range[0], 4), round(score.range[1], 4)],
        "prior": round(score.prior, 4),
        "basis": score.basis,
        "terminal": score.terminal,
        "summary": score.summary,
        "outcome": score.outcome,
        "factors": [
            {
                "signal": f.signal,
                "likelihood_ratio": round(f.likelihood_ratio, 4),
                "reason": f.reason,
                "source": CATALOGUE[f.signal].source,
            }
            for f in score.factors
        ],
    }


def _render(score: Score, title: str) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    console = Console()
    low, high = score.range
    console.print(f"[bold]{escape(title)}[/bold]")  # the role and company as typed, not markup
    if score.terminal:
        console.print(f"  {score.outcome or score.basis}.")
        return
    console.print(f"  {score.summary.capitalize()}.")
    console.print(
        f"  Chance of an offer: [bold]{score.probability:.0%}[/bold]"
        f"  (plausible range {low:.0%} to {high:.0%})"
    )
    console.print(f"  Basis: {score.basis}.")
    if not score.factors:
        console.print("  No signs recorded yet: the estimate is the starting chance.")
        return
    table = Table(title="What moved it (strongest first)", title_justify="left")
    table.add_column("sign")
    table.add_column("effect", justify="right")
    table.add_column("why")
    for f in score.factors:
        style = "green" if f.likelihood_ratio > 1 else "red" if f.likelihood_ratio < 1 else ""
        table.add_row(f.signal, f"[{style}]{_ratio(f.likelihood_ratio)}[/{style}]"
                      if style else _ratio(f.likelihood_ratio), f.reason)  # fmt: skip
    console.print(table)
    console.print(
        "  Each effect is what the sign did here: signs about the same thing add up with "
        "diminishing returns (see docs/model.md)."
    )


@click.command()
@click.argument("app_id", type=ID)
@click.option("--now", type=DATETIME, help="Score as of this moment (default: now).")
@click.option("--calibrated", is_flag=True, help="Use ratios fitted to your own past outcomes.")
@json_option
def score(app_id: int, now: datetime | None, calibrated: bool, as_json: bool) -> None:
    """Show the chance of an offer for an application, and why.

    \b
    Examples:
      offerwatch score 3
      offerwatch score 3 --json --now "2026-03-20 09:00"
    """
    ws = workspace()
    result = ws.score(app_id, now, calibrated=calibrated)
    if as_json:
        echo_json(score_json(result))
        return
    app = ws.application(app_id)
    _render(result, f"#{app.id} {app.role} at {app.company}")


@click.command()
@json_option
def signals(as_json: bool) -> None:
    """List every sign offerwatch knows: what it looks like, its effect and its source.

    \b
    Example:
      offerwatch signals --json
    """
    from offerwatch.core.catalogue import CATALOGUE

    rows: list[dict[str, Any]] = []
    for entry in CATALOGUE.values():
        ratios = {stage.value: r for stage, r in entry.by_stage.items()}
        rows.append(
            {
                "id": entry.id,
                "phase": entry.phase.value,
                "looks_like": entry.looks_like,
                "direction": entry.lean.value,
                "strength": entry.strength.value,
                "likelihood_ratio": _finite(entry.likelihood_ratio),
                "by_stage": ratios,
                "reason": entry.reason,
                "source": entry.source,
                "derived": entry.derived,
                "recordable": entry.recordable,
                "group": entry.group or None,
                "anchor": entry.anchor,
            }
        )
    if as_json:
        echo_json(rows)
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title="Signs offerwatch knows", title_justify="left")
    table.add_column("id", no_wrap=True)
    table.add_column("when")
    table.add_column("effect")
    table.add_column("what it looks like")
    table.add_column("ratio from")
    for r in rows:
        computed = " (computed)" if r["derived"] else ""
        origin = "heuristic" if str(r["source"]).startswith("heuristic") else "source"
        table.add_row(r["id"], r["phase"], _effect(r), r["looks_like"] + computed, origin)
    Console().print(table)
    click.echo("Details and sources: offerwatch signals --json, and docs/model.md.")


def _finite(value: float) -> float | str:
    if value == float("inf"):
        return "terminal"
    return "terminal" if value == 0.0 else value


def _effect(row: dict[str, Any]) -> str:
    if row["by_stage"]:
        return ", ".join(f"{stage} x{r:g}" for stage, r in row["by_stage"].items())
    value = row["likelihood_ratio"]
    return str(value) if isinstance(value, str) else f"x{value:g}"


def calibration_json(cal: Calibration) -> dict[str, Any]:
    return {
        "finished": cal.finished,
        "needed": cal.needed,
        "ready": cal.ready,
        "brier_default": cal.brier_default,
        "brier_calibrated": cal.brier_calibrated,
        "brier_difference_interval": list(cal.diff_interval) if cal.diff_interval else None,
        "recommended": cal.recommended,
        "changes": cal.changes,
        "ratios": [
            {
                "key": r.key,
                "default": r.default,
                "calibrated": r.calibrated,
                "seen": r.seen,
                "offers": r.offers,
            }
            for r in cal.ratios
        ],
    }


@click.command()
@click.option("--now", type=DATETIME, help="Only outcomes known by this moment.")
@json_option
def calibrate(now: datetime | None, as_json: bool) -> None:
    """Compare the default model with one fitted to your own finished applications.

    \b
    Needs 15 or more applications with an outcome (offer, rejection or ghosted); it
    recommends the fitted ratios only when they did better beyond noise (a bootstrap
    interval on the difference in Brier score entirely below zero).
    Example:
      offerwatch calibrate
    """
    cal = workspace().calibration(now)
    if as_json:
        echo_json(calibration_json(cal))
        return
    click.echo(f"Finished applications with an outcome: {cal.finished} (needed: {cal.needed})")
    if cal.brier_default is not None:
        click.echo(f"Brier score, default ratios:    {cal.brier_default:.3f}  (0 is perfect)")
    if not cal.ready:
        click.echo("Not enough finished applications yet to fit ratios to your own past.")
        return
    assert cal.brier_calibrated is not None and cal.diff_interval is not None
    click.echo(f"Brier score, calibrated (leave-one-out): {cal.brier_calibrated:.3f}")
    low, high = cal.diff_interval
    click.echo(f"Difference, calibrated - default: 90% interval {low:+.3f} to {high:+.3f}")
    click.echo(
        "Calibrated ratios did better on your past beyond noise: try "
        "`offerwatch score ID --calibrated`."
        if cal.recommended
        else "No difference beyond noise yet: keep the default ratios."
    )
    for line in cal.changes:
        click.echo(f"  changed: {line}")
    print_table(
        "Ratios seen in your applications",
        ["sign", "default", "calibrated", "seen in"],
        [(r.key, _ratio(r.default), _ratio(r.calibrated), r.seen) for r in cal.ratios if r.seen],
    )
