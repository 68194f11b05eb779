"""Personal calibration: refit the ratios and starting chances on the user's own past.

Each finished application (offer or rejection/ghosted; withdrawn ones say nothing about the
employer and are left out) becomes one example: the evidence as it stood just before the
outcome, and the outcome. The per-sign log-ratios and a shift of each starting chance are
fitted by logistic regression (on the model's linear view) with an L2 penalty that pulls each
towards its default, so that a sign seen a few times barely moves; a sign seen fewer than
MIN_SEEN times is not refitted, and none turns against its default direction. Silence and the
reference anchor come from sourced rates and stay as they are. Pure Python: the data are small.

The default and the calibrated models are compared by their Brier score with the full model
on the same applications; the calibrated model's score is leave-one-out, so it is never judged
on an application it was fitted to, and a paired bootstrap gives an interval on the difference:
a recommendation only when the whole interval says "better".
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from offerwatch.core.catalogue import CATALOGUE, PRIORS, default_log_ratios
from offerwatch.core.entities import (
    Application,
    Interview,
    Message,
    Observation,
    Status,
    StatusChange,
)
from offerwatch.core.odds import CEILING, FLOOR, Evidence, gather, logit, sigmoid
from offerwatch.core.odds_model import PRIOR_KEY, ends
from offerwatch.core.signals import TERMINAL_KINDS

MIN_FINISHED = 15  # below this, a personal fit would mostly echo noise
MIN_SEEN = 3  # a ratio is refitted only when its sign was seen in this many finished ones
PENALTY = 4.0  # L2 strength: a prior standard deviation of 0.5 on each log-ratio
BOOTSTRAP_ROUNDS = 1000
BOOTSTRAP_SEED = 20261129  # fixed: the same history always gives the same interval
_WON = {Status.OFFER, Status.ACCEPTED}
_LOST = {Status.REJECTED, Status.GHOSTED}
# Signs whose size is not a ratio to refit: computed from sourced rates (silence) or an anchor.
_NOT_FITTED = frozenset({"silence"})


@dataclass(frozen=True, slots=True)
class Example:
    """One finished application: the evidence before its outcome, and the outcome.

    `offset` and `features` are the linear view used for fitting (log-odds of the starting
    chance plus the fixed parts; summed weight per fitted key); `evidence`, when kept, is what
    predictions are made from with the full model."""

    application_id: int
    offset: float
    features: Mapping[str, float]
    outcome: bool
    evidence: Evidence | None = None


@dataclass(frozen=True, slots=True)
class RatioFit:
    """One likelihood ratio (or starting chance, key "prior@<stage>", as an odds multiplier):
    the default, the calibrated value, and how often it was seen (and before how many offers)."""

    key: str
    default: float
    calibrated: float
    seen: int
    offers: int = 0


@dataclass(frozen=True, slots=True)
class Calibration:
    """The default model against the personally calibrated one, on the user's own past.

    `diff_interval` is a 90% bootstrap interval on brier_calibrated - brier_default (paired,
    over the finished applications): the calibrated model is recommended only when all of it
    is below zero, i.e. when it did better beyond noise."""

    finished: int
    needed: int
    brier_default: float | None
    brier_calibrated: float | None  # leave-one-out
    ratios: list[RatioFit]
    diff_interval: tuple[float, float] | None = None
    changes: list[str] = field(default_factory=list)

    @property
    def ready(self) -> bool:
        return self.finished >= self.needed

    @property
    def recommended(self) -> bool:
        """True when the calibrated ratios did better on the user's past beyond noise."""
        return self.ready and self.diff_interval is not None and self.diff_interval[1] < 0

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
    fixed = math.fsum(t.fixed[1] for t in evidence.terms if t.fixed is not None)
    return Example(
        app.id, logit(evidence.prior.probability) + fixed, features(evidence), won, evidence
    )


def features(evidence: Evidence) -> dict[str, float]:
    """Summed weight per fitted key, the starting chance's key included (weight 1)."""
    out: dict[str, float] = {PRIOR_KEY + evidence.prior.stage: 1.0}
    for term in evidence.terms:
        if term.group in _NOT_FITTED or term.fixed is not None or CATALOGUE[term.signal].anchor:
            continue
        out[term.key] = out.get(term.key, 0.0) + term.weight
    return out


def defaults_with_priors() -> dict[str, float]:
    """Every fitted key with its default log value: the signs' log-ratios, and 0 for each
    starting chance (no shift)."""
    out = default_log_ratios()
    for stage in PRIORS:
        out[PRIOR_KEY + stage] = 0.0
    return out


def predict(ex: Example, log_ratios: Mapping[str, float]) -> float:
    """The model's probability for an example under the given log values: the full model
    when the example keeps its evidence, else the linear view (bounded as in the model)."""
    if ex.evidence is not None:
        ratios = {k: math.exp(v) for k, v in log_ratios.items()}
        return ends(ex.evidence, ratios).central
    z = ex.offset + sum(w * log_ratios.get(k, 0.0) for k, w in ex.features.items())
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
    examples: Sequence[Example],
    defaults: Mapping[str, float],
    penalty: float = PENALTY,
    min_seen: int = MIN_SEEN,
) -> dict[str, float]:
    """Log values maximising the penalised likelihood (Newton's method on the linear view).

    Keys seen in fewer than `min_seen` examples keep their defaults, and a sign never turns
    against its default direction (a fit that would flip it holds it at no effect): a few
    cases are not enough to say a good sign is a bad one."""
    theta = dict(defaults)
    counts = {k: sum(1 for e in examples if e.features.get(k)) for k in defaults}
    keys = sorted(
        k for k in {k for e in examples for k in e.features} if counts.get(k, 0) >= min_seen
    )
    index = {k: i for i, k in enumerate(keys)}
    # Each example's non-zero fitted features by position: a pooled fit (core/cohort.py) has
    # thousands of examples, each with a handful of the keys.
    sparse = [
        sorted((index[k], w) for k, w in e.features.items() if k in index and w != 0.0)
        for e in examples
    ]
    for _ in range(50):
        grad = [penalty * (theta[k] - defaults[k]) for k in keys]
        hess = [[penalty if i == j else 0.0 for j in range(len(keys))] for i in range(len(keys))]
        for e, xs in zip(examples, sparse, strict=True):
            z = e.offset + sum(w * theta.get(k, 0.0) for k, w in e.features.items())
            p = sigmoid(z)
            for i, xi in xs:
                grad[i] += (p - float(e.outcome)) * xi
                for j, xj in xs:
                    hess[i][j] += p * (1.0 - p) * xi * xj
        step = _solve(hess, grad) if keys else []
        for k, d in zip(keys, step, strict=True):
            theta[k] -= d
        if all(abs(d) < 1e-9 for d in step):
            break
    for k in keys:
        if not k.startswith(PRIOR_KEY) and defaults[k] * theta[k] < 0:
            theta[k] = 0.0
    return theta


def _bootstrap(diffs: Sequence[float], rounds: int = BOOTSTRAP_ROUNDS) -> tuple[float, float]:
    """90% interval of the mean of `diffs`, by resampling them (fixed seed)."""
    rng = random.Random(BOOTSTRAP_SEED)
    n = len(diffs)
    means = sorted(math.fsum(rng.choices(diffs, k=n)) / n for _ in range(rounds))
    return means[int(0.05 * rounds)], means[int(0.95 * rounds) - 1]


def _changes(ratios: Sequence[RatioFit]) -> list[str]:
    """What the fit changed, and from how many cases, in words."""
    out = []
    for r in ratios:
        if r.seen == 0 or abs(math.log(r.calibrated / r.default)) < 0.05:
            continue
        why = f"seen in {r.seen}, {r.offers} of them ended in an offer"
        if r.key.startswith(PRIOR_KEY):
            base = PRIORS[r.key.removeprefix(PRIOR_KEY)].probability
            new = sigmoid(logit(base) + math.log(r.calibrated))
            out.append(f"starting chance at {r.key.removeprefix(PRIOR_KEY)}: {base:.0%} -> "
                       f"{new:.0%} ({why})")  # fmt: skip
        else:
            out.append(f"{r.key}: x{r.default:.2f} -> x{r.calibrated:.2f} ({why})")
    return out


def calibrate(
    examples: Iterable[Example],
    defaults: Mapping[str, float] | None = None,
    *,
    needed: int = MIN_FINISHED,
    penalty: float = PENALTY,
) -> Calibration:
    """Compare the default ratios with ones fitted to `examples` (leave-one-out Brier, and a
    bootstrap interval on the difference)."""
    data = sorted(examples, key=lambda e: e.application_id)
    base = dict(defaults) if defaults is not None else defaults_with_priors()
    for e in data:
        for key in e.features:
            base.setdefault(key, 0.0)
    if not data:
        return Calibration(0, needed, None, None, [])
    default_p = [predict(e, base) for e in data]
    brier_default = brier(data, default_p)
    if len(data) < needed:
        return Calibration(len(data), needed, brier_default, None, [])
    held_out = [
        predict(e, fit(data[:i] + data[i + 1 :], base, penalty)) for i, e in enumerate(data)
    ]
    diffs = [
        (h - float(e.outcome)) ** 2 - (d - float(e.outcome)) ** 2
        for e, h, d in zip(data, held_out, default_p, strict=True)
    ]
    fitted = fit(data, base, penalty)
    seen = {k: sum(1 for e in data if e.features.get(k)) for k in base}
    offers = {k: sum(1 for e in data if e.features.get(k) and e.outcome) for k in base}
    ratios = [
        RatioFit(k, math.exp(base[k]), math.exp(fitted[k]), seen[k], offers[k])
        for k in sorted(base, key=lambda k: (-seen[k], k))
    ]
    return Calibration(len(data), needed, brier_default, brier(data, held_out), ratios,
                       _bootstrap(diffs), _changes(ratios))  # fmt: skip


__all__ = [
    "MIN_FINISHED",
    "MIN_SEEN",
    "PENALTY",
    "Calibration",
    "Example",
    "RatioFit",
    "brier",
    "calibrate",
    "defaults_with_priors",
    "example",
    "features",
    "fit",
    "outcome_at",
    "predict",
]
