"""Seeded draws of finished applications for calibration tests: evidence as the odds model
sees it (a stage, signs, maybe references contacted, maybe silence), and outcomes drawn from
a known TRUTH: the full model under given log values (core/odds_model.py)."""

from __future__ import annotations

import math
import random
from collections.abc import Mapping

from offerwatch.core.anchors import DECISION_DAYS, GHOSTED_SHARE, silence_log_ratio
from offerwatch.core.calibration import Example, defaults_with_priors
from offerwatch.core.catalogue import CATALOGUE, PRIORS, SILENCE_SINCE_CONTACT, is_sourced
from offerwatch.core.entities import Stage
from offerwatch.core.odds_model import Evidence, Term, ends

DURING = [
    "positive_body_language", "negative_body_language", "ran_over_time", "ended_early",
    "attentive_interviewer", "personal_interest", "next_steps_reviewed",
    "met_other_employees", "salary_discussed", "no_next_steps_in_final",
]  # fmt: skip
AFTER = [
    "thank_you_quick_reply", "follow_up_interview", "references_requested",
    "references_contacted", "notice_period_asked", "timeline_stated",
]  # fmt: skip
STAGES = [Stage.PHONE_SCREEN, Stage.INTERVIEW, Stage.FINAL]


def term(kind: str, stage: Stage | None) -> Term:
    """A counted sign as odds.gather makes it (weight 1)."""
    entry = CATALOGUE[kind]
    return Term(kind, entry.key(stage), 1.0, entry.reason, is_sourced(entry.source),
                None, entry.group)  # fmt: skip


def silence(days: int) -> Term:
    """`days` of silence beyond the grace, with its computed log-ratios at the three ends."""
    ends_ = [
        silence_log_ratio(days, t, g)
        for t, g in zip(
            (DECISION_DAYS.low, DECISION_DAYS.central, DECISION_DAYS.high),
            (GHOSTED_SHARE.low, GHOSTED_SHARE.central, GHOSTED_SHARE.high),
            strict=True,
        )
    ]
    fixed = (ends_[0], ends_[1], ends_[2])
    return Term(SILENCE_SINCE_CONTACT, SILENCE_SINCE_CONTACT, 1.0, "quiet", True,
                group="silence", fixed=fixed, days=days)  # fmt: skip


def evidence(rng: random.Random, *, signs: float = 0.3, quiet: float = 0.3) -> Evidence:
    """One application's evidence: a stage, each sign with chance `signs`, silence with
    chance `quiet` (1 to 40 days)."""
    stage = rng.choice(STAGES)
    terms = [term(k, stage) for k in DURING if rng.random() < signs]
    terms += [term(k, None) for k in AFTER if rng.random() < signs / 2]
    if rng.random() < quiet:
        terms.append(silence(rng.randint(1, 40)))
    return Evidence(PRIORS[stage.value], terms, None)


def truth_chance(ev: Evidence, truth: Mapping[str, float]) -> float:
    """The full model's chance under the true log values."""
    return ends(ev, {k: math.exp(v) for k, v in truth.items()}).central


def draw(
    rng: random.Random, n: int, truth: Mapping[str, float], *, first_id: int = 1, **kw: float
) -> list[Example]:
    """`n` finished applications whose outcomes follow the truth."""
    out = []
    for i in range(n):
        ev = evidence(rng, **kw)
        out.append(Example(first_id + i, ev, rng.random() < truth_chance(ev, truth)))
    return out


def cohort(
    seed: int, users: int, per_user: int, truth: Mapping[str, float], **kw: float
) -> dict[int, list[Example]]:
    """`users` people with `per_user` finished applications each, outcomes from the truth."""
    rng = random.Random(seed)
    return {u: draw(rng, per_user, truth, first_id=1 + u * per_user, **kw) for u in range(users)}


def shifted(changes: Mapping[str, float]) -> dict[str, float]:
    """The default log values with some replaced: a truth the defaults get wrong."""
    return {**defaults_with_priors(), **changes}
