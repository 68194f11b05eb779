"""Personal calibration: refit the likelihood ratios on the user's own finished applications.

Each finished application (offer or rejection/ghosted; withdrawn ones say nothing about the
employer and are left out) becomes one example: the evidence as it stood just before the
outcome, and the outcome. The per-sign log-ratios are fitted by logistic regression with an
L2 penalty that pulls each one towards its default (a Gaussian prior centred on the catalogue's
value), so that a sign seen once or twice barely moves. Pure Python: the data are small.

The default and the calibrated models are compared by their Brier score (mean squared error of
the predicted probability against what happened) on the same applications; the calibrated
model's score is leave-one-out, so it is never judged on an application it was fitted to.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from offerwatch.core.catalogue import default_log_ratios
from offerwatch.core.entities import (
    Application,
    Interview,
    Message,
    Observation,
    Status,
    StatusChange,
)
from offerwatch.core.odds import CEILING, FLOOR, Evidence, gather, logit, sigmoid
from offerwatch.core.signals import TERMINAL_KINDS

MIN_FINISHED = 8  # below this, a personal fit would mostly echo noise
PENALTY = 2.0  # L2 strength: a prior standard deviation of ~0.7 on each log-ratio
_WON = {Status.OFFER, Status.ACCEPTED}
_LOST = {Status.REJECTED, Status.GHOSTED}


@dataclass(frozen=True, slots=True)
class Example:
    """One finished application: the evidence before its outcome, and the outcome."""

    application_id: int
    offset: float  # log-odds of the stage prior
    features: Mapping[str, float]  # calibration key -> summed weight
    outcome: bool


@dataclass(frozen=True, slots=True)
class RatioFit:
    """One likelihood ratio: the default, the calibrated value, and how often it was seen."""

    key: str
    default: float
    calibrated: float
    seen: int


@dataclass(frozen=True, slots=True)
class Calibration:
    """The default model against the personally calibrated one, on the user's own past."""

    finished: int
    needed: int
    brier_default: float | None
    brier_calibrated: float | None  # leave-one-out
    ratios: list[RatioFit]

    @property
    def ready(self) -> bool:
        return self.finished >= self.needed

    @property
    def calibrated_ratios(self) -> dict[str, float]:
        """Likelihood ratios by key, for `score_application(ratios=...)` (empty if not ready)."""
        return {r.key: r.calibrated for r in self.ratios} if self.ready else {}


def outcome_at(
    app: Application, history: Sequence[StatusChange], observations: Sequence[Observation]
) -> tuple[bool, datetime] | None:
    """(offer?, when) for a finished application with a known outcome; None otherwise."""
    if app.status in _WON:
        won = True
    elif app.status in _LOST:
        won = False
    else:
        return None
    moments = [h.changed_at for h in history if h.status in _WON | _LOST]
    moments += [o.observed_at for o in observations if o.kind in TERMINAL_KINDS]
    if not moments and app.updated_at is None:
        return None
    return won, min(moments) if moments else app.updated_at  # type: ignore[return-value]


def example(
    app: Application,
    interviews: Sequence[Interview],
    observations: Sequence[Observation],
    messages: Sequence[Message],
    history: Sequence[StatusChange],
) -> Example | None:
    """The calibration example for a finished application: the evidence a second before its
    outcome, as if it were still open. None when it has no usable outcome."""
    found = outcome_at(app, history, observations)
    if found is None:
        return None
    won, at = found
    now = at - timedelta(seconds=1)
    before = [h.status for h in history if h.changed_at <= now and h.status.is_open]
    still_open = replace(app, status=before[-1] if before else Status.APPLIED)
    if still_open.status is Status.OFFER:
        still_open = replace(still_open, status=Status.INTERVIEWING)
    evidence = gather(
        still_open,
        [i for i in interviews if i.scheduled_start <= now],
        [o for o in observations if o.observed_at <= now and o.kind not in TERMINAL_KINDS],
        [m for m in messages if m.date <= now],
        now,
    )
    return Example(app.id, logit(evidence.prior.probability), features(evidence), won)


def features(evidence: Evidence) -> dict[str, float]:
    """Summed weight per calibration key."""
    out: dict[str, float] = {}
    for term in evidence.terms:
        out[term.key] = out.get(term.key, 0.0) + term.weight
    return out


def predict(ex: Example, log_ratios: Mapping[str, float]) -> float:
    """The model's probability for an example under the given log-ratios (bounded as in
    the odds model)."""
    z = ex.offset + sum(w * log_ratios[k] for k, w in ex.features.items())
    return min(CEILING, max(FLOOR, sigmoid(z)))


def brier(examples: Sequence[Example], predictions: Sequence[float]) -> float:
    """Mean squared difference between predicted probability and outcome (0 is perfect)."""
    return sum((p - float(e.outcome)) ** 2 for e, p in zip(examples, predictions, strict=True)) / (
        len(examples)
    )


def _solve(matrix: list[list[float]], rhs: list[float]) -> list[float]:
    """Solve a small positive-definite system by Gaussian elimination with pivoting."""
    n = len(rhs)
    a = [[*row, b] for row, b in zip(matrix, rhs, strict=True)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
        a[col], a[pivot] = a[pivot], a[col]
        for r in range(col + 1, n):
            factor = a[r][col] / a[col][col]
            for c in range(col, n + 1):
                a[r][c] -= factor * a[col][c]
    out = [0.0] * n
    for r in range(n - 1, -1, -1):
        out[r] = (a[r][n] - sum(a[r][c] * out[c] for c in range(r + 1, n))) / a[r][r]
    return out


def fit(
    examples: Sequence[Example], defaults: Mapping[str, float], penalty: float = PENALTY
) -> dict[str, float]:
    """Log-ratios maximising the penalised likelihood (Newton's method); keys never seen in
    the examples keep their defaults."""
    theta = dict(defaults)
    keys = sorted({k for e in examples for k in e.features})
    for _ in range(50):
        grad = [penalty * (theta[k] - defaults[k]) for k in keys]
        hess = [[penalty if i == j else 0.0 for j in range(len(keys))] for i in range(len(keys))]
        for e in examples:
            z = e.offset + sum(w * theta[k] for k, w in e.features.items())
            p = sigmoid(z)
            xs = [e.features.get(k, 0.0) for k in keys]
            for i, xi in enumerate(xs):
                if xi == 0.0:
                    continue
                grad[i] += (p - float(e.outcome)) * xi
                for j, xj in enumerate(xs):
                    hess[i][j] += p * (1.0 - p) * xi * xj
        step = _solve(hess, grad) if keys else []
        for k, d in zip(keys, step, strict=True):
            theta[k] -= d
        if all(abs(d) < 1e-9 for d in step):
            break
    return theta


def calibrate(
    examples: Iterable[Example],
    defaults: Mapping[str, float] | None = None,
    *,
    needed: int = MIN_FINISHED,
    penalty: float = PENALTY,
) -> Calibration:
    """Compare the default ratios with ones fitted to `examples` (leave-one-out Brier)."""
    data = sorted(examples, key=lambda e: e.application_id)
    base = dict(defaults) if defaults is not None else default_log_ratios()
    for e in data:
        for key in e.features:
            base.setdefault(key, 0.0)
    if not data:
        return Calibration(0, needed, None, None, [])
    brier_default = brier(data, [predict(e, base) for e in data])
    if len(data) < needed:
        return Calibration(len(data), needed, brier_default, None, [])
    held_out = [
        predict(e, fit(data[:i] + data[i + 1 :], base, penalty)) for i, e in enumerate(data)
    ]
    fitted = fit(data, base, penalty)
    seen = {k: sum(1 for e in data if k in e.features) for k in base}
    ratios = [
        RatioFit(k, math.exp(base[k]), math.exp(fitted[k]), seen[k])
        for k in sorted(base, key=lambda k: (-seen[k], k))
    ]
    return Calibration(len(data), needed, brier_default, brier(data, held_out), ratios)


__all__ = [
    "MIN_FINISHED",
    "PENALTY",
    "Calibration",
    "Example",
    "RatioFit",
    "brier",
    "calibrate",
    "example",
    "features",
    "fit",
    "outcome_at",
    "predict",
]
