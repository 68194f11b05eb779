"""Personal calibration: refit the ratios and starting chances on the user's own past.

Each finished application (offer or rejection/ghosted; withdrawn ones say nothing about the
employer and are left out) becomes one example: the evidence as it stood just before the
outcome, and the outcome. The per-sign log-ratios and a shift of each starting chance are
fitted through the FULL model (group caps, the reference anchor, the 67% ceiling: what scores
are made with), by minimising the log-loss of its predictions with an L2 penalty that pulls
each value towards its default (core/odds_fit.py), so that a sign seen a few times barely
moves; a sign seen fewer than MIN_SEEN times is not refitted, and none turns against its
default direction. Silence and the reference anchor come from sourced rates and stay as they
are. Pure Python: the data are small.

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
from statistics import NormalDist

from offerwatch.core.anchors import GROUPS, combine
from offerwatch.core.catalogue import CATALOGUE, PRIORS
from offerwatch.core.entities import (
    Application,
    Interview,
    Message,
    Observation,
    Status,
    StatusChange,
)
from offerwatch.core.odds import Evidence, gather, logit, sigmoid
from offerwatch.core.odds_fit import PARAMETERS, bounds, fitted, layout, minimise
from offerwatch.core.odds_model import PRIOR_KEY, ends
from offerwatch.core.signals import TERMINAL_KINDS

MIN_FINISHED = 15  # below this, a personal fit would mostly echo noise
MIN_SEEN = 3  # a ratio is refitted only when its sign was seen in this many finished ones
PENALTY = 4.0  # L2 strength: a prior standard deviation of 0.5 on each log-ratio
BOOTSTRAP_ROUNDS = 1000
BOOTSTRAP_SEED = 20261129  # fixed: the same history always gives the same interval
_WON = {Status.OFFER, Status.ACCEPTED}
_LOST = {Status.REJECTED, Status.GHOSTED}


@dataclass(frozen=True, slots=True)
class Example:
    """One finished application: the evidence before its outcome, and the outcome."""

    application_id: int
    evidence: Evidence
    outcome: bool
    # Summed weight per fitted key (what `seen` counts): worked out once, the fitting loops
    # read it for every example again and again.
    features: dict[str, float] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "features", features(self.evidence))


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
    return Example(app.id, evidence, won)


def features(evidence: Evidence) -> dict[str, float]:
    """Summed weight per fitted key (odds_fit.fitted), the starting chance's key included
    (weight 1)."""
    out: dict[str, float] = {PRIOR_KEY + evidence.prior.stage: 1.0}
    for term in evidence.terms:
        if fitted(term):
            out[term.key] = out.get(term.key, 0.0) + term.weight
    return out


def defaults_with_priors() -> dict[str, float]:
    """Every fitted value (odds_fit.PARAMETERS) at its default: the signs' log-ratios, and
    0 for each starting chance (no shift)."""
    return {k: p.default for k, p in PARAMETERS.items()}


def predict(ex: Example, log_ratios: Mapping[str, float]) -> float:
    """The model's probability for an example under the given log values (the full model,
    as scores are made)."""
    return ends(ex.evidence, {k: math.exp(v) for k, v in log_ratios.items()}).central


def brier(examples: Sequence[Example], predictions: Sequence[float]) -> float:
    """Mean squared difference between predicted probability and outcome (0 is perfect)."""
    return sum((p - float(e.outcome)) ** 2 for e, p in zip(examples, predictions, strict=True)) / (
        len(examples)
    )


def fit(
    examples: Sequence[Example],
    defaults: Mapping[str, float],
    penalty: float = PENALTY,
    min_seen: int = MIN_SEEN,
    start: Mapping[str, float] | None = None,
) -> dict[str, float]:
    """Log values minimising the penalised log-loss of the full model's predictions (the
    search begins at `start`, by default at the defaults).

    Keys seen in fewer than `min_seen` examples keep their defaults, and a sign never turns
    against its default direction (it is held at no effect at most): a few cases are not
    enough to say a good sign is a bad one. Starting chances shift either way."""
    counts, _ = tally(examples)
    keys = sorted(k for k, n in counts.items() if n >= min_seen and k in defaults)
    index = {k: i for i, k in enumerate(keys)}
    first = [defaults[k] for k in keys]
    limits = [bounds(k, d) for k, d in zip(keys, first, strict=True)]
    lays = [layout(e.evidence, e.outcome, index, defaults) for e in examples]
    begin = [start.get(k, defaults[k]) for k in keys] if start is not None else None
    found = minimise(lays, first, limits, penalty, begin) if keys else []
    return {**defaults, **dict(zip(keys, found, strict=True))}


def tally(examples: Iterable[Example]) -> tuple[dict[str, int], dict[str, int]]:
    """How many examples saw each key (a non-zero weight), and how many of those ended in an
    offer, in one pass."""
    seen: dict[str, int] = {}
    offers: dict[str, int] = {}
    for e in examples:
        for k, w in e.features.items():
            if w:
                seen[k] = seen.get(k, 0) + 1
                if e.outcome:
                    offers[k] = offers.get(k, 0) + 1
    return seen, offers


def base_values(
    examples: Iterable[Example], defaults: Mapping[str, float] | None = None
) -> dict[str, float]:
    """The log values a fit starts from and is pulled towards: `defaults` (the published
    ones when None), and no effect (0) for any key of the examples they lack."""
    base = dict(defaults) if defaults is not None else defaults_with_priors()
    for e in examples:
        for key in e.features:
            base.setdefault(key, 0.0)
    return base


def ratio_fits(
    examples: Sequence[Example],
    base: Mapping[str, float],
    fitted: Mapping[str, float],
    least: int = 0,
) -> list[RatioFit]:
    """Each key's default and fitted value with how often it was seen (those seen at least
    `least` times), the most seen first."""
    seen, offers = tally(examples)
    return [
        RatioFit(k, math.exp(base[k]), math.exp(fitted[k]), seen.get(k, 0), offers.get(k, 0))
        for k in sorted(base, key=lambda k: (-seen.get(k, 0), k))
        if seen.get(k, 0) >= least
    ]


def tail(n: int, level: float = 0.90) -> float:
    """The share cut off each end of `n` resampled units' bootstrap means for a `level`
    interval, expanded for small samples: a plain percentile interval is too narrow with few
    units (with 5 people, noise passed as "better" about one time in six, not one in
    twenty). Hesterberg's expanded percentile interval (The American Statistician 69, 2015):
    cut Phi(-sqrt(n / (n - 1)) x t(n - 1)) instead of (1 - level) / 2; the t quantile by its
    Cornish-Fisher expansion (within 0.003 of the table from 4 degrees of freedom)."""
    alpha = (1.0 - level) / 2.0
    if n < 2:
        return alpha
    z = NormalDist().inv_cdf(1.0 - alpha)
    v = n - 1.0
    t = (z + (z**3 + z) / (4 * v) + (5 * z**5 + 16 * z**3 + 3 * z) / (96 * v**2)
         + (3 * z**7 + 19 * z**5 + 17 * z**3 - 15 * z) / (384 * v**3))  # fmt: skip
    return NormalDist().cdf(-math.sqrt(n / v) * t)


def percentiles(means: list[float], n: int) -> tuple[float, float]:
    """The expanded 90% interval (see `tail`) from bootstrap means of `n` units."""
    means.sort()
    cut = tail(n)
    rounds = len(means)
    return means[int(cut * rounds)], means[max(int(cut * rounds), int((1 - cut) * rounds) - 1)]


def bootstrap(
    units: Sequence[tuple[float, int]], rounds: int = BOOTSTRAP_ROUNDS
) -> tuple[float, float]:
    """90% interval of the mean difference per application, resampling whole units: each
    unit is (its applications' summed difference, how many applications), a person in a
    cohort, one application in a person's own calibration (fixed seed; expanded for few
    units, see `tail`)."""
    rng = random.Random(BOOTSTRAP_SEED)
    means = []
    for _ in range(rounds):
        drawn = rng.choices(units, k=len(units))
        means.append(math.fsum(d for d, _ in drawn) / sum(n for _, n in drawn))
    return percentiles(means, len(units))


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
            entry = CATALOGUE.get(r.key.split("@", 1)[0])
            group = GROUPS.get(entry.group) if entry is not None else None
            if group is not None:
                # What a score shows: the ratio after its group's cap, for the sign seen alone.
                alone = [math.exp(combine([math.log(v)], group)) for v in (r.default, r.calibrated)]
                why = f"alone, after its group's cap: x{alone[0]:.2f} -> x{alone[1]:.2f}; {why}"
            out.append(f"{r.key}: x{r.default:.2f} -> x{r.calibrated:.2f} ({why})")
    return out


def fitted_ratios(
    examples: Iterable[Example], *, needed: int = MIN_FINISHED, penalty: float = PENALTY
) -> dict[str, float]:
    """The calibrated likelihood ratios by key (as `calibrate(...).calibrated_ratios`)
    without judging them: for scoring, which needs no leave-one-out (empty below `needed`)."""
    data = sorted(examples, key=lambda e: e.application_id)
    if len(data) < needed:
        return {}
    base = base_values(data)
    return {k: math.exp(v) for k, v in fit(data, base, penalty).items()}


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
    base = base_values(data, defaults)
    if not data:
        return Calibration(0, needed, None, None, [])
    default_p = [predict(e, base) for e in data]
    brier_default = brier(data, default_p)
    if len(data) < needed:
        return Calibration(len(data), needed, brier_default, None, [])
    fitted = fit(data, base, penalty)
    # Each left-out fit starts its search from the fit on everything (a few steps instead of
    # a dozen) and runs to the same tolerance: where it ends does not depend on the start
    # beyond that tolerance (a test compares it with starting from the defaults).
    held_out = [
        predict(e, fit(data[:i] + data[i + 1 :], base, penalty, start=fitted))
        for i, e in enumerate(data)
    ]
    diffs = [
        ((h - float(e.outcome)) ** 2 - (d - float(e.outcome)) ** 2, 1)
        for e, h, d in zip(data, held_out, default_p, strict=True)
    ]
    ratios = ratio_fits(data, base, fitted)
    return Calibration(len(data), needed, brier_default, brier(data, held_out), ratios,
                       bootstrap(diffs), _changes(ratios))  # fmt: skip


__all__ = [
    "MIN_FINISHED",
    "MIN_SEEN",
    "PENALTY",
    "Calibration",
    "Example",
    "RatioFit",
    "base_values",
    "bootstrap",
    "brier",
    "calibrate",
    "defaults_with_priors",
    "example",
    "features",
    "fit",
    "fitted_ratios",
    "outcome_at",
    "predict",
    "ratio_fits",
    "tally",
]
