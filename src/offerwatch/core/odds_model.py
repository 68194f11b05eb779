"""The arithmetic of the odds: gathered evidence in, a chance with its plausible range out.

    chance = REFERENCE_PASS x q,    logit(q) = logit(prior / REFERENCE_PASS)
                                               + sum over groups of the group's bent sum
                                    references contacted: q at least CHOSEN_AFTER_REFERENCES
                                    then + "the offer coming" + the silence log-ratio

Computed three times: at the centre, and with every uncertain input at its pessimistic and at
its optimistic end (the starting chance, the anchors, silence's rate; a heuristic ratio
counts from nothing to twice its default). So heuristic evidence can only widen the range.
See core/anchors.py for the figures and docs/model.md for the worked example.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from offerwatch.core.anchors import (
    CHOSEN_AFTER_REFERENCES,
    GHOSTED_AFTER_DAYS,
    GROUPS,
    REFERENCE_PASS,
    combine,
)
from offerwatch.core.catalogue import CATALOGUE, Prior
from offerwatch.core.entities import Stage
from offerwatch.core.signals import SignalKind

# Never claim certainty before the outcome: estimates stay within these bounds.
FLOOR, CEILING = 0.01, 0.99
PRIOR_KEY = "prior@"  # calibration key prefix of a fitted starting chance (an odds multiplier)
_END = ("low", "central", "high")
_REFS = SignalKind.REFERENCES_CONTACTED.value
LATE_GROUPS = frozenset({"offer_coming"})  # counted after the reference anchor


@dataclass(frozen=True, slots=True)
class Factor:
    """One sign that moved the estimate, by how much (its effective ratio, after its group's
    diminishing returns or its anchor), and why."""

    signal: str
    likelihood_ratio: float
    reason: str


@dataclass(frozen=True, slots=True)
class Term:
    """One counted piece of evidence: its calibration key, why, whether its ratio is sourced,
    its group; `fixed` holds computed log-ratios (pessimistic, central, optimistic) for signs
    such as silence whose size comes from facts, `days` the whole days of silence."""

    signal: str
    key: str
    weight: float
    reason: str
    sourced: bool
    interview_id: int | None = None
    group: str = ""
    fixed: tuple[float, float, float] | None = None
    days: int = 0


@dataclass(frozen=True, slots=True)
class Evidence:
    """Everything the estimate is built from, before any ratio is applied."""

    prior: Prior
    terms: list[Term]
    outcome: bool | None  # True: offer; False: rejection/withdrawn/ghosted; None: open
    outcome_label: str | None = None
    outcome_on: date | None = None  # the day of the outcome, when known
    today: date | None = None  # the day gathered (its year is left out of the outcome's day)


@dataclass(frozen=True, slots=True)
class Ends:
    """The chance at the centre and at both ends of its plausible range, and the factors."""

    low: float
    central: float
    high: float
    factors: list[Factor]


def logit(p: float) -> float:
    return math.log(p / (1.0 - p))


def sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    z = math.exp(x)
    return z / (1.0 + z)


def _stage_of(key: str) -> Stage | None:
    return Stage(key.split("@", 1)[1]) if "@" in key else None


def log_ratio(term: Term, ratios: Mapping[str, float] | None) -> float:
    """A term's central log-ratio: calibrated if given, else the catalogue's default."""
    if term.fixed is not None:
        return term.fixed[1]
    if ratios is not None and term.key in ratios:
        return term.weight * math.log(ratios[term.key])
    return term.weight * math.log(CATALOGUE[term.signal].ratio(_stage_of(term.key)))


def _at(term: Term, central: float, end: str) -> float:
    """The term's log-ratio at one end of the range: a heuristic ratio from nothing to twice
    its size, the unfavourable way at the pessimistic end; computed ones as computed."""
    if term.fixed is not None:
        return term.fixed[_END.index(end)]
    if term.sourced or end == "central":
        return central
    favourable = central > 0
    return (2.0 * central) if favourable == (end == "high") else 0.0


def _prior(prior: Prior, ratios: Mapping[str, float] | None, end: str) -> float:
    p = {"low": prior.low, "central": prior.probability, "high": prior.high}[end]
    shift = (ratios or {}).get(PRIOR_KEY + prior.stage)
    if shift is None:
        return p
    return sigmoid(logit(p) + math.log(shift))


def _chance(evidence: Evidence, logs: list[float], ratios: Mapping[str, float] | None,
            end: str) -> tuple[float, float, float]:  # fmt: skip
    """(chance, log-odds of q before the reference anchor, after it) at one end."""
    anchor = getattr(REFERENCE_PASS, end)
    x = logit(min(_prior(evidence.prior, ratios, end) / anchor, 0.999))
    up, down = (2.0, 1.0) if end == "high" else (1.0, 2.0) if end == "low" else (1.0, 1.0)
    bent = {
        gid: combine([v for t, v in zip(evidence.terms, logs, strict=True) if t.group == gid],
                     group, up, down)
        for gid, group in GROUPS.items()
    }  # fmt: skip
    x += math.fsum(v for gid, v in bent.items() if gid not in LATE_GROUPS)
    before = x
    if any(t.signal == _REFS for t in evidence.terms):
        x = max(x, logit(getattr(CHOSEN_AFTER_REFERENCES, end)))
    after = x
    # Signs that the offer is coming say more than that you are the one checked: on top.
    x += math.fsum(v for gid, v in bent.items() if gid in LATE_GROUPS)
    x += math.fsum(v for t, v in zip(evidence.terms, logs, strict=True) if t.group == "silence")
    return min(CEILING, max(FLOOR, anchor * sigmoid(x))), before, after


def ends(evidence: Evidence, ratios: Mapping[str, float] | None = None) -> Ends:
    """The chance and its plausible range for open evidence, with each sign's effect."""
    central = [log_ratio(t, ratios) for t in evidence.terms]
    out = {}
    anchor_jump = 0.0
    for end in _END:
        logs = [_at(t, c, end) for t, c in zip(evidence.terms, central, strict=True)]
        out[end], before, after = _chance(evidence, logs, ratios, end)
        if end == "central":
            anchor_jump = after - before
    return Ends(out["low"], out["central"], out["high"], _factors(evidence, central, anchor_jump))


def _factors(evidence: Evidence, central: list[float], anchor_jump: float) -> list[Factor]:
    """Each term's effective ratio: its share of its group's bent sum, the jump the reference
    anchor made, or its own ratio; strongest first (ties in a fixed order)."""
    effective: list[float] = []
    for term, value in zip(evidence.terms, central, strict=True):
        group = GROUPS.get(term.group)
        if term.signal == _REFS:
            effective.append(anchor_jump)
        elif group is not None and value != 0.0:
            same = [v for t, v in zip(evidence.terms, central, strict=True)
                    if t.group == term.group and (v > 0) == (value > 0) and v != 0.0]  # fmt: skip
            total = math.fsum(same)
            bent = combine(same, group)
            effective.append(value * bent / total)
        else:
            effective.append(value)
    ranked = sorted(
        zip(evidence.terms, effective, strict=True),
        key=lambda p: (-abs(p[1]), p[0].signal, p[0].interview_id or 0),
    )
    return [Factor(t.signal, math.exp(v), t.reason) for t, v in ranked]


def words(evidence: Evidence, found: Ends) -> str:
    """The estimate in words, before any number: which way the signs point and how far along
    the process is ("encouraging signs, still early")."""
    prior = evidence.prior.probability
    signals = {t.signal for t in evidence.terms}
    quiet = max((t.days for t in evidence.terms if t.group == "silence"), default=0)
    if quiet >= GHOSTED_AFTER_DAYS:
        return f"a long silence ({quiet} days without news): it has probably gone quiet"
    moving = any(t.group in ("process", "references", "offer_coming") for t in evidence.terms)
    ratio = found.central / prior
    if all(f.likelihood_ratio == 1.0 for f in found.factors):
        lean = "no signs either way yet"
    elif ratio >= 1.15:
        lean = "encouraging signs"
    elif ratio <= 0.85:
        lean = "discouraging signs" if quiet == 0 else "the silence is starting to weigh"
    else:
        lean = "mixed signs"
    if _REFS in signals:
        stage = "references checked: still about 1 in 3 is dropped after that"
    elif quiet > 0:
        stage = f"no news for {quiet} days"
    elif moving:
        stage = "the process is moving"
    else:
        stage = "still early"
    return f"{lean}, {stage}"


__all__ = [
    "CEILING",
    "FLOOR",
    "PRIOR_KEY",
    "Ends",
    "Evidence",
    "Factor",
    "Term",
    "ends",
    "log_ratio",
    "logit",
    "sigmoid",
    "words",
]
