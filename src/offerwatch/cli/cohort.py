"""`offerwatch cohort ...`: fit the odds on a server's consenting users, adopt, revert."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

import click

from offerwatch.cli._common import DATETIME, echo_json, json_option, print_table, workspace

if TYPE_CHECKING:
    from offerwatch.core.cohort import CohortFit
    from offerwatch.store.cohort import CohortWeights


@click.group()
def cohort() -> None:
    """Cohort calibration for server mode: fit the odds on the finished applications of
    every user who agreed (setting cohort_consent), judged on held-out users; adopt the fit
    as this server's default weights, or revert. Only counts and weights are shown.

    \b
    Examples:
      offerwatch --db postgresql://offerwatch@/offerwatch cohort calibrate
      offerwatch cohort calibrate --json
      offerwatch cohort adopt
      offerwatch cohort versions
      offerwatch cohort revert
    """


def weights_json(found: CohortWeights | None) -> dict[str, Any] | None:
    if found is None:
        return None
    return {
        "version": found.id,
        "fitted_at": found.fitted_at,
        "users": found.users,
        "applications": found.applications,
        "brier_default": found.brier_default,
        "brier_fitted": found.brier_fitted,
        "brier_difference_interval": list(found.diff_interval),
        "ratios": found.ratios,
        "reverted_at": found.reverted_at,
    }


def _in_use(found: CohortWeights | None) -> str:
    if found is None:
        return "In use now: the published default weights."
    return (
        f"In use now: cohort weights version {found.id}, fitted {found.fitted_at.date()} "
        f"on {found.applications} applications from {found.users} people."
    )


def _show(result: CohortFit) -> None:
    click.echo(
        f"People who agreed: {result.consenting}; with a finished application: {result.users} "
        f"(needed: {result.needed_users})"
    )
    click.echo(
        f"Finished applications: {result.applications} (needed: {result.needed_applications})"
    )
    if result.brier_default is not None:
        click.echo(f"Brier score, default weights: {result.brier_default:.3f}  (0 is perfect)")
    if not result.ready:
        click.echo("Not enough data to fit; nothing was fitted. Missing:")
        for line in result.missing:
            click.echo(f"  {line}")
        return
    assert result.brier_fitted is not None and result.diff_interval is not None
    click.echo(
        f"Brier score, fitted weights (held out by person, {result.folds} folds): "
        f"{result.brier_fitted:.3f}"
    )
    low, high = result.diff_interval
    click.echo(
        f"Difference, fitted - default: 90% interval {low:+.3f} to {high:+.3f} (people resampled)"
    )
    click.echo(
        "Recommended: the fitted weights did better beyond noise (`offerwatch cohort adopt`)."
        if result.recommended
        else "Not recommended: no difference beyond noise; keep the current weights."
    )
    print_table(
        "Weights (seen in 3 or more finished applications)",
        ["key", "default", "fitted", "change", "seen in", "offers"],
        [
            (
                r.key,
                f"x{r.default:.2f}",
                f"x{r.calibrated:.2f}",
                f"{r.calibrated / r.default - 1:+.0%}",
                r.seen,
                r.offers,
            )
            for r in result.ratios
        ],
    )


@cohort.command("calibrate")
@click.option("--now", type=DATETIME, help="Only outcomes known by this moment.")
@json_option
def calibrate(now: datetime | None, as_json: bool) -> None:
    """Fit the odds on every consenting user's finished applications and compare them with
    the defaults on held-out people (5 folds by person, bootstrap interval over people).

    \b
    Needs 30 finished applications from 5 people; below that it says what is missing.
    Example:
      offerwatch cohort calibrate --json
    """
    from offerwatch.core.cohort import summary

    ws = workspace()
    result = ws.cohort_fit(now)
    in_use = ws.cohort_weights()
    if as_json:
        echo_json({**summary(result), "in_use": weights_json(in_use)})
        return
    _show(result)
    click.echo(_in_use(in_use))


@cohort.command("adopt")
@click.option("--force", is_flag=True, help="Adopt even when the fit is not recommended.")
@click.option("--now", type=DATETIME, help="Only outcomes known by this moment.")
@json_option
def adopt(force: bool, now: datetime | None, as_json: bool) -> None:
    """Fit again and make the fitted weights this server's defaults, for every user scoring
    without a personal calibration (a new version; `offerwatch cohort revert` undoes it).

    \b
    Example:
      offerwatch cohort adopt
    """
    found = workspace().adopt_cohort(now, force=force)
    if as_json:
        echo_json(weights_json(found))
        return
    click.echo(f"Adopted cohort weights version {found.id}.")
    click.echo(_in_use(found))


@cohort.command("revert")
@json_option
def revert(as_json: bool) -> None:
    """Stop using the adopted cohort weights: the version before (or the published
    defaults) is in use again.

    \b
    Example:
      offerwatch cohort revert
    """
    found = workspace().revert_cohort()
    if as_json:
        echo_json({"in_use": weights_json(found)})
        return
    click.echo(_in_use(found))


@cohort.command("versions")
@json_option
def versions(as_json: bool) -> None:
    """List every adopted version of the cohort weights, newest first.

    \b
    Example:
      offerwatch cohort versions --json
    """
    found = workspace().cohort_versions()
    in_use = next((v.id for v in found if v.reverted_at is None), None)
    if as_json:
        echo_json([weights_json(v) for v in found])
        return
    print_table(
        "Cohort weights",
        ["version", "fitted", "people", "applications", "Brier default", "Brier fitted", "state"],
        [
            (
                v.id,
                v.fitted_at.date(),
                v.users,
                v.applications,
                f"{v.brier_default:.3f}",
                f"{v.brier_fitted:.3f}",
                "reverted" if v.reverted_at else "in use" if v.id == in_use else "",
            )
            for v in found
        ],
    )
