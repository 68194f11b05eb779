"""Fitting the odds model's values through the full model's own predictions.

The fitted values (PARAMETERS, one table: what calibration fits, reports and docs/model.md
describes) are the log-ratio of each sign of a capped group, and a shift of each starting
chance's log-odds. Not fitted: silence and the reference anchor (sourced rates), computed
terms carrying their own value, and neutral signs (outside every group: the model does not
count them). The chance they give is the FULL model of core/odds_model.py (the group caps, the
reference anchor, the 67% ceiling, silence), so they are fitted by minimising the log-loss of
exactly those predictions, plus an L2 penalty that pulls each value towards its default (the
sourced or heuristic figure of docs/model.md): little data moves little.

Each example's evidence is first laid out once (`Layout`: the constant parts computed, the
adjustable ones as (index, weight)), so the chance and its gradient with respect to the
values cost a few multiplications; `chance` equals `odds_model.ends(...).central` (a test
checks it). The minimiser is projected Fisher scoring with a backtracking line search: the
step is the penalised Fisher matrix's Newton step, every value is kept on its default's side
of zero (a sign is never turned against its direction), and a step is taken only when it
lowers the penalised loss. Pure Python: there are a few dozen values.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from offerwatch.core.anchors import CHOSEN_AFTER_REFERENCES, GROUPS, REFERENCE_PASS
from offerwatch.core.catalogue import CATALOGUE, PRIORS, Phase
from offerwatch.core.odds_model import (
    CEILING,
    FLOOR,
    LATE_GROUPS,
    PRIOR_KEY,
    Evidence,
    Term,
    log_ratio,
    logit,
    sigmoid,
)

_ANCHOR = REFERENCE_PASS.central
_CHOSEN = logit(CHOSEN_AFTER_REFERENCES.central)
_MAX_STEPS = 100
# Stop when no value is more than about 0.003 from the minimum (a ratio within 0.3%): the
# slope of the penalised loss below 0.01, where its curvature is at least the penalty (4).
# Nearer the minimum Fisher scoring only creeps (it leaves out part of the curvature).
_GRADIENT_TOLERANCE = 0.01
_STEP_TOLERANCE = 1e-6


@dataclass(frozen=True, slots=True)
class Parameter:
    """One fitted value: a sign's log-ratio (one per stage for a sign whose ratio depends on
    the stage), or the shift of a starting chance's log-odds (key "prior@<stage>")."""

    key: str
    default: float  # the published log-ratio; 0 (no shift) for a starting chance
    sign: str | None  # the catalogue's sign; None for a starting chance

    @property
    def bounds(self) -> tuple[float, float]:
        return bounds(self.key, self.default)


def _parameters() -> dict[str, Parameter]:
    out: dict[str, Parameter] = {}
    for entry in CATALOGUE.values():
        if entry.group not in GROUPS or entry.anchor is not None or entry.phase is Phase.OUTCOME:
            continue
        ratios = {entry.key(s): r for s, r in entry.by_stage.items()} or {
            entry.id: entry.likelihood_ratio
        }
        for key, ratio in ratios.items():
            out[key] = Parameter(key, math.log(ratio), entry.id)
    for stage in PRIORS:
        out[PRIOR_KEY + stage] = Parameter(PRIOR_KEY + stage, 0.0, None)
    return out


PARAMETERS: dict[str, Parameter] = _parameters()


def fitted(term: Term) -> bool:
    """Whether a term counts through a fitted value (its key's): a sign of a capped group
    with no value of its own (computed terms such as silence carry theirs) that is not an
    anchor (the reference anchor bounds the chance itself)."""
    return term.group in GROUPS and term.fixed is None and not CATALOGUE[term.signal].anchor


def bounds(key: str, default: float) -> tuple[float, float]:
    """Where a value may go: a starting chance's shift (or a value of no effect) either way,
    a sign's log-ratio only on its default's side of zero (a few cases are not enough to
    say a good sign is a bad one; it is held at no effect at most)."""
    if key.startswith(PRIOR_KEY) or default == 0.0:
        return -math.inf, math.inf
    return (0.0, math.inf) if default > 0 else (-math.inf, 0.0)


@dataclass(frozen=True, slots=True)
class Bent:
    """One group's signs in one example: constant log-ratios, and adjustable ones as
    (value index, weight, side at zero: +1 counts with the positives, -1 the negatives)."""

    cap_up: float
    cap_down: float
    constant: tuple[float, ...]
    free: tuple[tuple[int, float, int], ...]


@dataclass(frozen=True, slots=True)
class Layout:
    """One example's evidence, ready for the chance as a function of the adjustable values."""

    outcome: float
    prior_logit: float
    prior_index: int | None  # the value shifting its starting chance, if adjustable
    prior_shift: float  # the fixed shift when not adjustable
    references: bool
    early: tuple[Bent, ...]
    late: tuple[Bent, ...]
    silence: float


def layout(
    evidence: Evidence, outcome: bool, index: Mapping[str, int], values: Mapping[str, float]
) -> Layout:
    """Lay out `evidence`: keys in `index` are adjustable (on the side of zero of their
    value in `values`), other keys in `values` are log values held as given, and any other
    term counts at its catalogue default (as odds_model does)."""
    ratios = {k: math.exp(v) for k, v in values.items() if k not in index}
    groups: dict[str, tuple[list[float], list[tuple[int, float, int]]]] = {
        gid: ([], []) for gid in GROUPS
    }
    silence = 0.0
    for term in evidence.terms:
        if term.group == "silence":
            silence += log_ratio(term, None)
        if term.group not in groups:
            continue  # neutral signs: the model does not count them
        constant, free = groups[term.group]
        if fitted(term) and term.key in index:
            side = -1 if values.get(term.key, 0.0) < 0 else 1
            free.append((index[term.key], term.weight, side))
        else:
            constant.append(log_ratio(term, ratios))
    prior_key = PRIOR_KEY + evidence.prior.stage

    def bent(gid: str) -> Bent:
        constant, free = groups[gid]
        return Bent(GROUPS[gid].cap_up, GROUPS[gid].cap_down, tuple(constant), tuple(free))

    return Layout(
        outcome=1.0 if outcome else 0.0,
        prior_logit=logit(evidence.prior.probability),
        prior_index=index.get(prior_key),
        prior_shift=0.0 if prior_key in index else values.get(prior_key, 0.0),
        references=any(CATALOGUE[t.signal].anchor for t in evidence.terms),
        # An empty group adds nothing: left out, so a chance costs only what was seen.
        early=tuple(bent(g) for g in GROUPS if g not in LATE_GROUPS and any(groups[g])),
        late=tuple(bent(g) for g in GROUPS if g in LATE_GROUPS and any(groups[g])),
        silence=silence,
    )


def _saturate(total: float, cap: float) -> tuple[float, float]:
    """cap x tanh(total / cap) and its derivative (anchors.saturate)."""
    if cap <= 0:
        return 0.0, 0.0
    t = math.tanh(total / cap)
    return cap * t, 1.0 - t * t


def _group(b: Bent, theta: Sequence[float], grad: dict[int, float], scale: float) -> float:
    """The group's bent sum; adds scale x its derivative per value into `grad`."""
    up = math.fsum(v for v in b.constant if v > 0)
    down = -math.fsum(v for v in b.constant if v < 0)
    values = [(i, w, side, w * theta[i]) for i, w, side in b.free]
    for _, _, side, v in values:
        if v > 0 or (v == 0 and side > 0):
            up += v
        else:
            down -= v
    bent_up, slope_up = _saturate(up, b.cap_up)
    bent_down, slope_down = _saturate(down, b.cap_down)
    for i, w, side, v in values:
        slope = slope_up if v > 0 or (v == 0 and side > 0) else slope_down
        grad[i] = grad.get(i, 0.0) + scale * slope * w
    return bent_up - bent_down


def chance(lay: Layout, theta: Sequence[float]) -> tuple[float, dict[int, float]]:
    """The full model's central chance for the values `theta`, and its gradient (sparse)."""
    shift = theta[lay.prior_index] if lay.prior_index is not None else lay.prior_shift
    p = sigmoid(lay.prior_logit + shift)
    r = p / _ANCHOR
    early: dict[int, float] = {}
    if r < 0.999:
        x = logit(r)
        if lay.prior_index is not None:
            early[lay.prior_index] = p * (1.0 - p) / (_ANCHOR * r * (1.0 - r))
    else:
        x = logit(0.999)
    x += math.fsum(_group(b, theta, early, 1.0) for b in lay.early)
    if lay.references and x < _CHOSEN:
        x, early = _CHOSEN, {}  # the anchor holds: the signs before it do not move the chance
    grad = early
    x += math.fsum(_group(b, theta, grad, 1.0) for b in lay.late) + lay.silence
    q = sigmoid(x)
    out = _ANCHOR * q
    if not FLOOR <= out <= CEILING:
        return min(CEILING, max(FLOOR, out)), {}
    slope = _ANCHOR * q * (1.0 - q)
    return out, {i: slope * g for i, g in grad.items() if g != 0.0}


def _loss(p: float, y: float) -> float:
    return -math.log(p) if y else -math.log(1.0 - p)


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


def _slope_and_fisher(
    lays: Sequence[Layout],
    found: Sequence[tuple[float, dict[int, float]]],
    theta: Sequence[float],
    defaults: Sequence[float],
    penalty: float,
) -> tuple[list[float], list[list[float]]]:
    """The penalised loss's gradient and its Fisher matrix (plus the penalty) at `theta`,
    from each example's chance and gradient there."""
    n = len(theta)
    grad = [penalty * (t - d) for t, d in zip(theta, defaults, strict=True)]
    fisher = [[penalty if i == j else 0.0 for j in range(n)] for i in range(n)]
    for lay, (p, g) in zip(lays, found, strict=True):
        if not g:
            continue
        weight = 1.0 / (p * (1.0 - p))
        residual = (p - lay.outcome) * weight
        items = sorted(g.items())
        for a, (i, gi) in enumerate(items):
            grad[i] += residual * gi
            row = fisher[i]
            for j, gj in items[a:]:
                row[j] += weight * gi * gj
    for i in range(n):  # only the upper triangle was summed: mirror it
        for j in range(i + 1, n):
            fisher[j][i] = fisher[i][j]
    return grad, fisher


def _towards(
    theta: Sequence[float],
    move: Mapping[int, float],
    grad: Sequence[float],
    bounds: Sequence[tuple[float, float]],
    alpha: float,
) -> tuple[list[float], float]:
    """The point `alpha` of the way along the step `move` (kept within the bounds), and the
    decrease of the loss its slope promises."""
    trial = list(theta)
    for i, s in move.items():
        trial[i] = min(bounds[i][1], max(bounds[i][0], theta[i] - alpha * s))
    return trial, math.fsum(grad[i] * (theta[i] - trial[i]) for i in move)


def minimise(
    lays: Sequence[Layout],
    defaults: Sequence[float],
    bounds: Sequence[tuple[float, float]],
    penalty: float,
    start: Sequence[float] | None = None,
) -> list[float]:
    """The values minimising sum of log-losses + penalty/2 x sum of (value - default)^2,
    each within its bounds (projected Fisher scoring with a line search), from `start` (by
    default the defaults)."""
    origin = defaults if start is None else start
    theta = [min(hi, max(lo, v)) for v, (lo, hi) in zip(origin, bounds, strict=True)]

    def evaluate(values: Sequence[float]) -> tuple[float, list[tuple[float, dict[int, float]]]]:
        found = [chance(lay, values) for lay in lays]
        ridge = math.fsum((v - d) ** 2 for v, d in zip(values, defaults, strict=True))
        loss = math.fsum(_loss(p, lay.outcome) for (p, _), lay in zip(found, lays, strict=True))
        return loss + 0.5 * penalty * ridge, found

    current, found = evaluate(theta)
    for _ in range(_MAX_STEPS):
        grad, fisher = _slope_and_fisher(lays, found, theta, defaults, penalty)
        # Values held at a bound that the gradient pushes further out are left out of the step.
        free = [
            i for i in range(len(theta))
            if not (theta[i] <= bounds[i][0] and grad[i] > 0)
            and not (theta[i] >= bounds[i][1] and grad[i] < 0)
        ]  # fmt: skip
        if not free or max(abs(grad[i]) for i in free) < _GRADIENT_TOLERANCE:
            break
        step = _solve([[fisher[i][j] for j in free] for i in free], [grad[i] for i in free])
        move = dict(zip(free, step, strict=True))
        alpha = 1.0
        while alpha > 1e-8:
            trial, decrease = _towards(theta, move, grad, bounds, alpha)
            value, tried = evaluate(trial)
            if alpha == 1.0:
                # Fisher scoring leaves out part of the curvature and can overshoot, then
                # creep back and forth: the parabola through the loss here, its slope and
                # the full step's loss says where along the step the minimum lies.
                bend = value - current + decrease
                best = decrease / (2.0 * bend) if bend > 0 else 1.0
                if 0.05 < best < 0.9:
                    short, promised = _towards(theta, move, grad, bounds, best)
                    short_value, short_tried = evaluate(short)
                    if short_value < value:
                        trial, decrease, value, tried = short, promised, short_value, short_tried
            if value <= current - 1e-4 * decrease:
                break
            alpha /= 2
        else:
            break  # no step lowers the loss: a (local) minimum
        moved = max(abs(a - b) for a, b in zip(trial, theta, strict=True))
        theta, current, found = trial, value, tried
        if moved < _STEP_TOLERANCE:
            break
    return theta


__all__ = [
    "PARAMETERS",
    "Bent",
    "Layout",
    "Parameter",
    "bounds",
    "chance",
    "fitted",
    "layout",
    "minimise",
]
