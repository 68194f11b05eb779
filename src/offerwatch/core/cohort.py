"""Cohort calibration: the odds fitted to a whole centre's finished applications (server mode).

The same penalised fit as personal calibration (core/calibration.py), over the pooled
examples of every user who agreed to it. Judged honestly: the fitted model's Brier score is
measured on held-out folds made by USER (k-fold), so nobody's applications are in both the
data a fit is made from and the data it is judged on, and the bootstrap interval on the
difference resamples users, not applications (one person's applications are alike). It is
recommended only with enough data (MIN_APPLICATIONS from MIN_USERS people) and when the whole
interval says "better". Only aggregates come out: counts, scores, one value per key.
"""

from __future__ import annotations

import math
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from offerwatch.core.calibration import (
    BOOTSTRAP_SEED,
    MIN_SEEN,
    PENALTY,
    Example,
    RatioFit,
    base_values,
    bootstrap,
    brier,
    fit,
    predict,
    ratio_fits,
)

MIN_APPLICATIONS = 30  # finished applications, pooled
MIN_USERS = 5  # people they come from: fewer, and the fit is mostly their habits
FOLDS = 5  # held-out folds, by user (fewer when there are fewer users)


@dataclass(frozen=True, slots=True)
class CohortFit:
    """The default weights against ones fitted on the cohort, judged on held-out users.

    `diff_interval` is a 90% bootstrap interval (users resampled) on brier_fitted -
    brier_default; `ratios` holds the keys seen in at least MIN_SEEN finished applications."""

    consenting: int  # users who agreed
    users: int  # of them, those with a finished application
    applications: int
    brier_default: float | None
    brier_fitted: float | None  # held-out, by user folds
    ratios: list[RatioFit] = field(default_factory=list)
    diff_interval: tuple[float, float] | None = None
    folds: int = 0
    needed_applications: int = MIN_APPLICATIONS
    needed_users: int = MIN_USERS

    @property
    def missing(self) -> list[str]:
        """What is lacking before a fit is made, in words (empty when ready)."""
        out = []
        if self.applications < self.needed_applications:
            out.append(
                f"{self.needed_applications - self.applications} more finished applications "
                f"(have {self.applications}, need {self.needed_applications})"
            )
        if self.users < self.needed_users:
            out.append(
                f"{self.needed_users - self.users} more people with a finished application "
                f"who agreed to share (have {self.users}, need {self.needed_users})"
            )
        return out

    @property
    def ready(self) -> bool:
        return not self.missing

    @property
    def recommended(self) -> bool:
        """True when the fitted weights did better on held-out users beyond noise."""
        return self.ready and self.diff_interval is not None and self.diff_interval[1] < 0

    @property
    def fitted_ratios(self) -> dict[str, float]:
        """Likelihood ratios by key, for `score_application(ratios=...)` (empty if not ready)."""
        return {r.key: r.calibrated for r in self.ratios} if self.ready else {}


def user_folds(user_ids: Sequence[int], folds: int = FOLDS) -> list[list[int]]:
    """The users dealt into `folds` groups (fewer with fewer users), in a fixed shuffled
    order so that the same cohort always gets the same folds."""
    order = sorted(set(user_ids))
    random.Random(BOOTSTRAP_SEED).shuffle(order)
    k = max(1, min(folds, len(order)))
    return [sorted(order[i::k]) for i in range(k)]


def pooled(
    by_user: Mapping[int, Sequence[Example]],
    defaults: Mapping[str, float] | None = None,
    *,
    consenting: int | None = None,
    folds: int = FOLDS,
    needed_applications: int = MIN_APPLICATIONS,
    needed_users: int = MIN_USERS,
    penalty: float = PENALTY,
) -> CohortFit:
    """Fit the weights on every user's examples together and judge them on held-out users.

    Below the minimum (applications or users), nothing is fitted: only the counts and the
    defaults' Brier score come back."""
    data = {u: sorted(ex, key=lambda e: e.application_id) for u, ex in by_user.items() if ex}
    everyone = [e for u in sorted(data) for e in data[u]]
    base = base_values(everyone, defaults)
    agreed = len(by_user) if consenting is None else consenting

    def made(brier_default: float | None, brier_fitted: float | None, **more: Any) -> CohortFit:
        return CohortFit(agreed, len(data), len(everyone), brier_default, brier_fitted,
                         needed_applications=needed_applications, needed_users=needed_users,
                         **more)  # fmt: skip

    if not everyone:
        return made(None, None)
    default_p = {e.application_id: predict(e, base) for e in everyone}
    brier_default = brier(everyone, [default_p[e.application_id] for e in everyone])
    result = made(brier_default, None)
    if not result.ready:
        return result
    groups = user_folds(list(data), folds)
    held_out: dict[int, float] = {}
    for group in groups:
        inside = set(group)
        train = [e for u in sorted(data) if u not in inside for e in data[u]]
        weights = fit(train, base, penalty)
        for u in group:
            for e in data[u]:
                held_out[e.application_id] = predict(e, weights)
    per_user = []
    for u in sorted(data):
        diff = math.fsum(
            (held_out[e.application_id] - float(e.outcome)) ** 2
            - (default_p[e.application_id] - float(e.outcome)) ** 2
            for e in data[u]
        )
        per_user.append((diff, len(data[u])))
    ratios = ratio_fits(everyone, base, fit(everyone, base, penalty), least=MIN_SEEN)
    return made(
        brier_default,
        brier(everyone, [held_out[e.application_id] for e in everyone]),
        ratios=ratios,
        diff_interval=bootstrap(per_user),
        folds=len(groups),
    )


def summary(result: CohortFit) -> dict[str, object]:
    """The fit as plain values, for --json and the admin page's JSON (aggregates only)."""
    return {
        "consenting_users": result.consenting,
        "users": result.users,
        "applications": result.applications,
        "needed_users": result.needed_users,
        "needed_applications": result.needed_applications,
        "ready": result.ready,
        "missing": result.missing,
        "folds": result.folds,
        "brier_default": result.brier_default,
        "brier_fitted": result.brier_fitted,
        "brier_difference_interval": list(result.diff_interval) if result.diff_interval else None,
        "recommended": result.recommended,
        "weights": [
            {
                "key": r.key,
                "default": r.default,
                "fitted": r.calibrated,
                "change": r.calibrated / r.default - 1.0,
                "seen": r.seen,
                "offers": r.offers,
            }
            for r in result.ratios
        ],
    }


__all__ = [
    "FOLDS",
    "MIN_APPLICATIONS",
    "MIN_USERS",
    "CohortFit",
    "pooled",
    "summary",
    "user_folds",
]
