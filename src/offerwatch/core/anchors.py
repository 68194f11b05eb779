"""The parts of the odds model that are not per-sign ratios: groups, anchors and silence.

- Signs are grouped by what they measure (`GROUPS`). Inside a group the log-ratios add up
  with diminishing returns: `saturate` bends their sum towards the group's cap, so six signs
  of one good conversation count as one good conversation, not as six independent facts.
- Sourced figures that are chances are used as chances (`REFERENCE_PASS`, `CHOSEN_AFTER_
  REFERENCES`), not as multipliers: the estimate is `REFERENCE_PASS x q`, where q is the
  chance of being the one they check, and a reference check sets q to at least its anchor.
- Silence after an interview is a likelihood ratio that grows with time (`silence_log_ratio`),
  from the sourced decision times and ghosting shares.

Each figure carries the range it is known within, (low, central, high): the ends of the
plausible range are the model with every input at its pessimistic or optimistic end.
docs/model.md explains all of it with a worked example.
"""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Spread:
    """A figure with the range it is known within: low <= central <= high."""

    low: float
    central: float
    high: float


@dataclass(frozen=True, slots=True)
class Group:
    """Signs that measure one thing, with the most their sum can move the log-odds."""

    id: str
    label: str
    cap_up: float  # log of the largest combined ratio of its positive signs
    cap_down: float  # log of 1 / the smallest combined ratio of its negative signs
    source: str


HEURISTIC_CAP = "heuristic: no study measures how these signs combine"
GROUPS: dict[str, Group] = {
    g.id: g
    for g in (
        Group("conversation", "the conversation", math.log(1.6), math.log(1 / 0.6), HEURISTIC_CAP),
        Group("process", "the process moving on", math.log(2.0), 0.0, HEURISTIC_CAP),
        Group("references", "references", math.log(1.5), 0.0, HEURISTIC_CAP),
        Group("offer_coming", "the offer coming", math.log(2.5), 0.0, HEURISTIC_CAP),
    )
}

# After a reference check about two in three go on (Accountemps 2019: 34% dropped), and 96% of
# organisations check references (SHRM 2005, 2012): 0.96 x 0.66 + 0.04 = 0.67. Before an offer
# the chance never goes above it. The ends of the range are a heuristic spread of one survey.
REFERENCE_PASS = Spread(0.60, 0.67, 0.74)
# Once your references are contacted you are the candidate being checked: the chance of being
# the one, before the check, is at least this (heuristic: usually one, sometimes two checked).
CHOSEN_AFTER_REFERENCES = Spread(0.75, 0.90, 0.97)

# Silence: the mean days from the last contact to the decision, for an offer on its way. The
# whole process takes about 24 days (glassdoor.com 2017: 23.8 days application to decision;
# NACE 2023: 26 days interview to offer): the optimistic end. After an interview or later news,
# about half of it is left on average: the centre (heuristic); the pessimistic end decides faster.
DECISION_DAYS = Spread(10.0, 14.0, 24.0)
# Share of candidates not getting an offer who never hear back: 35% of 144 interview loops
# (Kieran Snyder, ~2025) to 67% (Greenhouse 2023, via fortune.com).
GHOSTED_SHARE = Spread(0.67, 0.5, 0.35)  # the pessimistic end ghosts more
# Silence counts only after a week of grace (indeed.com 2023: follow up after at least 5
# business days; domain.md rule 4: no alarm at silence in the first days).
SILENCE_GRACE_DAYS = 7
# After a stated date: 3 business days of grace (domain.md rule 3).
TIMELINE_GRACE_BUSINESS_DAYS = 3
# From this many days without news the planner suggests marking the application ghosted
# (heuristic: past the 24-day average decision time with a week to spare, silence then is
# about 3 times likelier without an offer than with one).
GHOSTED_AFTER_DAYS = 35


def silence_log_ratio(days: float, decision_days: float, ghosted_share: float) -> float:
    """log LR of `days` of silence (beyond the grace): P(silence | offer coming) over
    P(silence | no offer), <= 0 and falling with time.

    With an offer coming, news arrives at rate 1/decision_days: P = exp(-t/T). Without one,
    a share g are never told, the rest hear a rejection at the same rate: P = g + (1-g)
    exp(-t/T). The ratio starts at 1 and falls towards 0 as weeks pass.
    """
    if days <= 0:
        return 0.0
    stay = math.exp(-days / decision_days)
    return math.log(stay / (ghosted_share + (1.0 - ghosted_share) * stay))


def saturate(total: float, cap: float) -> float:
    """A sum of same-direction log-ratios bent towards `cap` (diminishing returns): about the
    sum while it is small, never more than `cap`, and growing with every addition."""
    if cap <= 0:
        return 0.0
    return cap * math.tanh(total / cap)


def combine(
    logs: list[float], group: Group, up_scale: float = 1.0, down_scale: float = 1.0
) -> float:
    """The group's combined log-ratio: positives and negatives each bent towards their cap
    (caps scaled as the signs are, at the ends of the plausible range)."""
    up = math.fsum(x for x in logs if x > 0)
    down = -math.fsum(x for x in logs if x < 0)
    return saturate(up, group.cap_up * up_scale) - saturate(down, group.cap_down * down_scale)


__all__ = [
    "CHOSEN_AFTER_REFERENCES",
    "DECISION_DAYS",
    "GHOSTED_AFTER_DAYS",
    "GHOSTED_SHARE",
    "GROUPS",
    "REFERENCE_PASS",
    "SILENCE_GRACE_DAYS",
    "TIMELINE_GRACE_BUSINESS_DAYS",
    "Group",
    "Spread",
    "combine",
    "saturate",
    "silence_log_ratio",
]
