"""The signal catalogue: every sign offerwatch knows, with its likelihood ratio and reason.

The vocabulary is `offerwatch.core.signals.SignalKind` (the ids of docs/domain.md and
mail-signals.md); this module adds what each sign looks like, which way it points, how strongly,
whether that depends on the interview stage, and where its number comes from. A few factors
are computed from facts only (silence, a final round without next steps): they have their own
ids here and cannot be recorded by hand.

No study puts a number on most of these signs (domain.md says so): their ratios are labelled
"heuristic", and personal calibration (core/calibration.py) can refit them on a user's own past.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from offerwatch.core.entities import Stage
from offerwatch.core.priors import PRIORS as PRIORS
from offerwatch.core.priors import Prior as Prior
from offerwatch.core.signals import SignalKind

HEURISTIC = "heuristic"


class Phase(StrEnum):
    """When a sign is seen."""

    DURING = "during"  # in the interview itself; counted once per interview
    AFTER = "after"  # after an interview, often by mail; counted once per application
    OUTCOME = "outcome"  # offer or rejection: ends the estimate


class Lean(StrEnum):
    """Which way a sign moves the odds."""

    POSITIVE = "positive"
    NEGATIVE = "negative"
    NEUTRAL = "neutral"
    STAGE_DEPENDENT = "stage-dependent"
    TERMINAL = "terminal"


class Strength(StrEnum):
    """How much a sign moves the odds, in words."""

    NONE = "none"
    WEAK = "weak"
    MILD = "mild"
    MODERATE = "moderate"
    STRONG = "strong"
    TERMINAL = "terminal"


@dataclass(frozen=True, slots=True)
class Sign:
    """One entry of the catalogue."""

    id: str
    phase: Phase
    looks_like: str  # what the user sees, in their words
    lean: Lean
    strength: Strength
    likelihood_ratio: float  # default, for stages without their own
    reason: str  # why it matters, one plain sentence
    source: str  # a citation from domain.md, or HEURISTIC
    by_stage: Mapping[Stage, float] = field(default_factory=dict)
    stage_reasons: Mapping[Stage, str] = field(default_factory=dict)
    derived: str | None = None  # how offerwatch computes it from facts, if it does
    recordable: bool = True  # False: computed only, never entered by hand
    group: str = ""  # what it measures (core/anchors.py GROUPS); "" for neutral signs
    anchor: float | None = None  # a sourced chance this sign sets a bound for (core/anchors.py)

    def ratio(self, stage: Stage | None) -> float:
        """The likelihood ratio of this sign when seen at `stage` (None: no interview yet)."""
        if stage is None:
            return self.by_stage.get(Stage.PHONE_SCREEN, self.likelihood_ratio)
        return self.by_stage.get(stage, self.likelihood_ratio)

    def key(self, stage: Stage | None) -> str:
        """The parameter name for calibration: stage-dependent signs get one per stage."""
        if not self.by_stage:
            return self.id
        return f"{self.id}@{(stage or Stage.PHONE_SCREEN).value}"

    def reason_at(self, stage: Stage | None) -> str:
        """The plain-language reason, specific to the stage where the catalogue has one."""
        return self.stage_reasons.get(stage or Stage.PHONE_SCREEN, self.reason)


# Derived-only factor ids (not in SignalKind: nobody records them, the model computes them).
SILENCE_PAST_TIMELINE = "silence_past_timeline"
SILENCE_SINCE_CONTACT = "silence_since_contact"
NO_NEXT_STEPS_IN_FINAL = "no_next_steps_in_final"

_ACCOUNTEMPS = (
    "Accountemps 2019 via staffingindustry.com: 34% of candidates are dropped after reference "
    "checks, so about two in three go on: an anchor for the chance itself, not a multiplier"
)

# fmt: off
_SIGNS: tuple[Sign, ...] = (
    # During an interview ----------------------------------------------------------------------
    Sign(
        SignalKind.POSITIVE_BODY_LANGUAGE, Phase.DURING,
        "The interviewer sat upright facing you, leaned in, smiled, nodded, kept eye contact.",
        Lean.POSITIVE, Strength.MILD, 1.15,
        "Friendly body language: a good sign, but weak on its own.",
        HEURISTIC,
        group="conversation",
    ),
    Sign(
        SignalKind.NEGATIVE_BODY_LANGUAGE, Phase.DURING,
        "Frowning, distracted, fidgeting, body turned away.",
        Lean.NEGATIVE, Strength.MILD, 0.85,
        "Cool body language: some people are simply like that, so it counts only a little.",
        HEURISTIC,
        group="conversation",
    ),
    Sign(
        SignalKind.RAN_OVER_TIME, Phase.DURING,
        "The interview lasted longer than scheduled.",
        Lean.POSITIVE, Strength.MILD, 1.2,
        "Ran over time: interviewers rarely give extra time to candidates they have ruled out.",
        HEURISTIC,
        derived="actual end later than the scheduled end by more than max(10 min, 15% of the "
        "scheduled length)",
        group="conversation",
    ),
    Sign(
        SignalKind.ENDED_EARLY, Phase.DURING,
        "It ended well before the scheduled end.",
        Lean.NEGATIVE, Strength.MILD, 0.8,
        "Ended early: sometimes an interviewer has already decided, sometimes it is just a "
        "busy day.",
        HEURISTIC,
        derived="actual end earlier than the scheduled end by more than max(10 min, 25% of the "
        "scheduled length)",
        group="conversation",
    ),
    Sign(
        SignalKind.ATTENTIVE_INTERVIEWER, Phase.DURING,
        "Extra questions, prompts to elaborate, a natural flowing conversation, rapport.",
        Lean.POSITIVE, Strength.MILD, 1.2,
        "An attentive interviewer who asked you to say more is usually an interested one.",
        HEURISTIC,
        group="conversation",
    ),
    Sign(
        SignalKind.PERSONAL_INTEREST, Phase.DURING,
        "Questions about you as a person beyond the CV (team and culture fit).",
        Lean.POSITIVE, Strength.MILD, 1.15,
        "Questions about you as a person: they were picturing you in the team.",
        HEURISTIC,
        group="conversation",
    ),
    Sign(
        SignalKind.NEXT_STEPS_REVIEWED, Phase.DURING,
        "The interviewer explained what happens next: another interview, notice periods, "
        "references, the transition.",
        Lean.POSITIVE, Strength.MODERATE, 1.5,
        "They walked you through the next steps: people explain the process to candidates "
        "they expect to continue with.",
        HEURISTIC,
        group="conversation",
    ),
    Sign(
        SignalKind.MET_OTHER_EMPLOYEES, Phase.DURING,
        "You were introduced to other staff or shown around the office.",
        Lean.POSITIVE, Strength.WEAK, 1.1,
        "Met other staff: a small plus, since for some companies this is routine.",
        HEURISTIC,
        group="conversation",
    ),
    Sign(
        SignalKind.SALARY_DISCUSSED, Phase.DURING,
        "Your salary expectations were discussed.",
        Lean.STAGE_DEPENDENT, Strength.MODERATE, 1.5,
        "Salary talk in a late round: they are checking whether an offer would work.",
        HEURISTIC,
        by_stage={
            Stage.PHONE_SCREEN: 1.0,
            Stage.INTERVIEW: 1.2,
            Stage.FINAL: 1.5,
            Stage.FOLLOW_UP: 1.5,
        },
        stage_reasons={
            Stage.PHONE_SCREEN: "Salary asked in a phone screen: routine at this stage, so it "
            "does not move the odds.",
            Stage.INTERVIEW: "Salary discussed in an interview: a small plus, they are "
            "checking you fit the budget.",
        },
        group="conversation",
    ),
    # After an interview ---------------------------------------------------------------------
    Sign(
        SignalKind.THANK_YOU_QUICK_REPLY, Phase.AFTER,
        "The employer answered your thank-you email quickly.",
        Lean.POSITIVE, Strength.MILD, 1.2,
        "They replied to your thank-you within a day: a small sign of warmth. No reply means "
        "nothing: many never answer.",
        HEURISTIC,
        derived="an incoming reply within 24 hours to your own thank-you email sent after an "
        "interview (same thread or same person)",
        group="conversation",
    ),
    Sign(
        SignalKind.NOTICE_PERIOD_ASKED, Phase.AFTER,
        "They asked about your notice period, availability or start date.",
        Lean.POSITIVE, Strength.STRONG, 2.5,
        "Asked about your notice period: rarely asked unless you are being considered.",
        HEURISTIC,
        group="offer_coming",
    ),
    Sign(
        SignalKind.FOLLOW_UP_INTERVIEW, Phase.AFTER,
        "Another interview was requested after a final round.",
        Lean.POSITIVE, Strength.MODERATE, 1.6,
        "Invited back after a final round: you are a strong contender, possibly in a close "
        "decision.",
        HEURISTIC,
        derived="also counted when an interview with stage follow_up is recorded",
        group="process",
    ),
    Sign(
        SignalKind.REFERENCES_REQUESTED, Phase.AFTER,
        "They asked you for references.",
        Lean.POSITIVE, Strength.MILD, 1.3,
        "Asked for references: a step towards an offer, though many employers ask routinely "
        "(96% check references, SHRM).",
        "heuristic; SHRM surveys (2005, 2012): 96% of organisations check references, so "
        "asking alone says little",
        group="references",
    ),
    Sign(
        SignalKind.REFERENCES_CONTACTED, Phase.AFTER,
        "Your references were actually contacted.",
        Lean.POSITIVE, Strength.STRONG, 1.0,
        "Your references were called: done for the top candidates, yet about 1 in 3 checked "
        "candidates is dropped afterwards (Accountemps 2019), so at most about two in three.",
        _ACCOUNTEMPS,
        group="references",
        anchor=0.67,
    ),
    Sign(
        SignalKind.TIMELINE_STATED, Phase.AFTER,
        "They said when a decision is expected.",
        Lean.NEUTRAL, Strength.NONE, 1.0,
        "They gave a timeline: neutral in itself; it sets when to follow up, and silence past "
        "it counts against.",
        "domain.md: neutral in itself",
    ),
    Sign(
        SignalKind.APPLICATION_RECEIVED, Phase.AFTER,
        "An acknowledgement that your application was received or is under review.",
        Lean.NEUTRAL, Strength.NONE, 1.0,
        "Application acknowledged: usually automatic, so it does not move the odds.",
        HEURISTIC,
    ),
    Sign(
        SignalKind.INTERVIEW_REQUEST, Phase.AFTER,
        "An invitation to an interview.",
        Lean.NEUTRAL, Strength.NONE, 1.0,
        "Invited to interview: already counted by the stage you have reached, so not counted "
        "twice.",
        HEURISTIC,
    ),
    # Outcomes -------------------------------------------------------------------------------
    Sign(
        SignalKind.OFFER, Phase.OUTCOME,
        "You received a job offer.",
        Lean.TERMINAL, Strength.TERMINAL, math.inf,
        "An offer: the wait is over.",
        "domain.md: terminal",
    ),
    Sign(
        SignalKind.REJECTION, Phase.OUTCOME,
        "They told you they will not proceed.",
        Lean.TERMINAL, Strength.TERMINAL, 0.0,
        "A rejection: the wait is over.",
        "domain.md: terminal",
    ),
    # Computed from facts only -----------------------------------------------------------------
    Sign(
        SILENCE_PAST_TIMELINE, Phase.AFTER,
        "No news a few business days after the date they gave.",
        Lean.NEGATIVE, Strength.MODERATE, 1.0,
        "No news past the date they gave: a bad sign that grows with time, but delays are "
        "common and it never settles the matter.",
        "glassdoor.com (2017) and NACE (2023): decisions take about 24-26 days; Greenhouse via "
        "fortune.com (2023) and Kieran Snyder (~2025): 35-67% of candidates are ghosted; the "
        "grace of 3 business days follows indeed.com (2023): 1-2 business days past a deadline",
        derived="whole days since the stated date plus 3 business days, with no news since; "
        "the ratio is how much likelier that silence is without an offer coming (see "
        "docs/model.md, Silence)",
        recordable=False,
        group="silence",
    ),
    Sign(
        SILENCE_SINCE_CONTACT, Phase.AFTER,
        "More than a week without news since the last interview or contact.",
        Lean.NEGATIVE, Strength.MODERATE, 1.0,
        "No news for a while since the last contact: most candidates who hear nothing for "
        "weeks were passed over, yet decisions can take a month.",
        "glassdoor.com (2017) and NACE (2023): decisions take about 24-26 days; Greenhouse via "
        "fortune.com (2023) and Kieran Snyder (~2025): 35-67% of candidates are ghosted; the "
        "week of grace follows indeed.com (2023): wait at least 5 business days",
        derived="whole days since the last interview's end or the last news from them, beyond "
        "a week of grace; grows with time without a fixed bound",
        recordable=False,
        group="silence",
    ),
    Sign(
        NO_NEXT_STEPS_IN_FINAL, Phase.DURING,
        "A final round ended without anyone explaining the next steps.",
        Lean.NEGATIVE, Strength.MILD, 0.85,
        "Nobody explained the next steps at the end of your final round: mildly negative "
        "(record the sign \"next steps reviewed\" if they did).",
        "heuristic; domain.md: its absence at the end of a final interview is mildly negative",
        derived="a final-round interview that has ended with no next_steps_reviewed recorded "
        "for it, no timeline given at it, and no later interview",
        recordable=False,
        group="conversation",
    ),
)
# fmt: on

CATALOGUE: dict[str, Sign] = {str(sign.id): sign for sign in _SIGNS}


def is_sourced(text: str) -> bool:
    """True when a source text cites something beyond a heuristic."""
    return not text.startswith(HEURISTIC)


def sign(kind: str) -> Sign:
    """The catalogue entry for `kind`; KeyError when it is not a known sign."""
    return CATALOGUE[kind]


def default_log_ratios() -> dict[str, float]:
    """Every calibration key with its default log likelihood ratio (signs with a ratio)."""
    out: dict[str, float] = {}
    for entry in _SIGNS:
        if entry.phase is Phase.OUTCOME or entry.anchor is not None or entry.group == "silence":
            continue  # outcomes end the estimate; anchors and silence are not ratios
        if entry.by_stage:
            for stage, ratio in entry.by_stage.items():
                out[entry.key(stage)] = math.log(ratio)
        else:
            out[entry.id] = math.log(entry.likelihood_ratio)
    return out


__all__ = [
    "CATALOGUE",
    "HEURISTIC",
    "NO_NEXT_STEPS_IN_FINAL",
    "PRIORS",
    "SILENCE_PAST_TIMELINE",
    "SILENCE_SINCE_CONTACT",
    "Lean",
    "Phase",
    "Prior",
    "Sign",
    "Strength",
    "default_log_ratios",
    "is_sourced",
    "sign",
]
