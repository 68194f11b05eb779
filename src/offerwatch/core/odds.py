"""The offer-likelihood model: a prior by stage, times one likelihood ratio per sign.

    odds = prior odds x LR(sign 1) x LR(sign 2) x ...

Pure: `score_application` is a function of the application's facts and `now`. Each sign kind
counts once per interview (signs seen during an interview) or once per application (signs
seen after), however many times it was recorded (a note and an email about the same question
are one fact). docs/model.md explains the model in plain words.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from offerwatch.core import derive
from offerwatch.core.catalogue import (
    CATALOGUE,
    FACTOR_SPREAD,
    NO_NEXT_STEPS_IN_FINAL,
    PRIOR_SPREAD,
    PRIORS,
    Phase,
    Prior,
    is_sourced,
)
from offerwatch.core.entities import (
    Application,
    Interview,
    Message,
    Observation,
    Stage,
    Status,
)
from offerwatch.core.signals import SignalKind

# Never claim certainty before the outcome: estimates stay within these bounds.
FLOOR, CEILING = 0.01, 0.99
_STAGE_WORDS = {
    Stage.PHONE_SCREEN: "phone screen",
    Stage.INTERVIEW: "interview",
    Stage.FINAL: "final round",
    Stage.FOLLOW_UP: "follow-up interview",
}
_WON = {Status.OFFER, Status.ACCEPTED}
_LOST = {Status.REJECTED, Status.WITHDRAWN, Status.GHOSTED}
# Statuses whose score is the recorded outcome: of the facts, only the interviews (for the
# prior) are read, never the signs or the mail.
DECIDED_STATUSES = frozenset(_WON | _LOST)


@dataclass(frozen=True, slots=True)
class Factor:
    """One sign that moved the estimate, by how much, and why."""

    signal: str
    likelihood_ratio: float
    reason: str


@dataclass(frozen=True, slots=True)
class Score:
    """The chance of an offer for one application, with its range and its reasons."""

    application_id: int
    probability: float
    range: tuple[float, float]
    prior: float
    basis: str
    factors: list[Factor]
    terminal: bool


@dataclass(frozen=True, slots=True)
class Term:
    """One counted piece of evidence: its calibration key and weight (1 for a seen sign,
    0..1 for graded ones such as silence)."""

    signal: str
    key: str
    weight: float
    reason: str
    sourced: bool
    interview_id: int | None = None


@dataclass(frozen=True, slots=True)
class Evidence:
    """Everything the estimate is built from, before any ratio is applied."""

    prior: Prior
    terms: list[Term]
    outcome: bool | None  # True: offer; False: rejection/withdrawn/ghosted; None: open
    outcome_label: str | None = None


def logit(p: float) -> float:
    return math.log(p / (1.0 - p))


def sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    z = math.exp(x)
    return z / (1.0 + z)


def _outcome(
    app: Application, observations: Sequence[Observation], now: datetime
) -> tuple[bool | None, str | None]:
    if app.status in _WON:
        return True, app.status.value
    if app.status in _LOST:
        return False, app.status.value
    ends = [
        o for o in observations
        if o.kind in (SignalKind.OFFER, SignalKind.REJECTION) and o.observed_at <= now
    ]  # fmt: skip
    if not ends:
        return None, None
    last = max(ends, key=lambda o: (o.observed_at, o.id))
    return last.kind == SignalKind.OFFER, last.kind


def _prior(app: Application, interviews: Sequence[Interview]) -> Prior:
    ranks = [i.stage.rank for i in interviews]
    if not ranks and app.status is Status.SCREENING:  # no interview recorded: trust the status
        ranks.append(Stage.PHONE_SCREEN.rank)
    if not ranks and app.status is Status.INTERVIEWING:
        ranks.append(Stage.INTERVIEW.rank)
    if not ranks:
        return PRIORS["applied"]
    furthest = list(Stage)[max(ranks)]
    if furthest is Stage.FOLLOW_UP:
        furthest = Stage.FINAL  # the follow-up itself counts as the follow_up_interview sign
    return PRIORS[furthest.value]


def _interview_for(obs: Observation, interviews: Sequence[Interview]) -> Interview | None:
    """The interview a during-interview sign belongs to: its own, else the latest one that had
    started when the sign was seen (None before any: e.g. salary asked by mail up front)."""
    if obs.interview_id is not None:
        for i in interviews:
            if i.id == obs.interview_id:
                return i
    started = [i for i in interviews if i.scheduled_start <= obs.observed_at]
    if started:
        return max(started, key=lambda i: (i.scheduled_start, i.id))
    return None


def _where(interview: Interview | None) -> str:
    if interview is None:
        return ""
    stage = _STAGE_WORDS[interview.stage]
    return f"{stage} on {interview.scheduled_start.date().isoformat()}"


def _term(kind: str, interview: Interview | None, *, weight: float = 1.0, detail: str = "") -> Term:
    entry = CATALOGUE[kind]
    stage = interview.stage if interview is not None else None
    context = ", ".join(part for part in (_where(interview), detail) if part)
    reason = entry.reason_at(stage) + (f" ({context})" if context else "")
    scope = interview.id if interview is not None and entry.phase is Phase.DURING else None
    return Term(kind, entry.key(stage), weight, reason, is_sourced(entry.source), scope)


def gather(
    app: Application,
    interviews: Sequence[Interview],
    observations: Sequence[Observation],
    messages: Sequence[Message],
    now: datetime,
    strength: Mapping[str, float] | None = None,
) -> Evidence:
    """The prior and the counted signs for `app` as known at `now` (ratios not applied yet).

    `strength` (log ratios by key) only decides which silence rule weighs more.
    """
    ivs = sorted(interviews, key=lambda i: (i.scheduled_start, i.id))
    seen = sorted(
        (o for o in observations if o.observed_at <= now and o.kind in CATALOGUE),
        key=lambda o: (o.observed_at, o.id),
    )
    outcome, label = _outcome(app, seen, now)
    prior = _prior(app, ivs)
    if outcome is not None:
        return Evidence(prior, [], outcome, label)
    held = [i for i in ivs if i.scheduled_start <= now]
    terms: dict[tuple[str, int | None], Term] = {}

    def count(term: Term) -> None:
        terms.setdefault((term.signal, term.interview_id), term)

    for interview in held:
        if interview.end <= now and (found := derive.timing(interview)) is not None:
            word = "over" if found.kind is SignalKind.RAN_OVER_TIME else "short"
            count(_term(found.kind, interview, detail=f"{found.minutes} min {word}"))
    after: list[Observation] = []
    for obs in seen:
        entry = CATALOGUE[obs.kind]
        if entry.phase is Phase.AFTER:
            after.append(obs)
            count(_term(obs.kind, None))
        elif entry.phase is Phase.DURING and entry.recordable:
            count(_term(obs.kind, _interview_for(obs, ivs)))
    if any(i.stage is Stage.FOLLOW_UP for i in ivs):
        count(_term(SignalKind.FOLLOW_UP_INTERVIEW, None, detail="follow-up interview recorded"))
    reply = derive.quick_reply(messages, held, now)
    if reply is not None:
        count(_term(SignalKind.THANK_YOU_QUICK_REPLY, None, detail=f"{reply.hours:.0f} h"))
    for final in (i for i in held if i.stage is Stage.FINAL and i.end <= now):
        later = any(i.scheduled_start > final.scheduled_start for i in ivs)
        told = (SignalKind.NEXT_STEPS_REVIEWED.value, final.id) in terms
        if not later and not told and (SignalKind.FOLLOW_UP_INTERVIEW.value, None) not in terms:
            count(_term(NO_NEXT_STEPS_IN_FINAL, final))
    logs = dict(strength) if strength is not None else {}
    for kind in ("silence_past_timeline", "long_silence_after_final"):
        logs.setdefault(kind, math.log(CATALOGUE[kind].likelihood_ratio))
    quiet = derive.silence(ivs, seen, after, messages, now, logs)
    if quiet is not None:
        detail = f"{quiet.days} days since {quiet.since.isoformat()}"
        count(replace(_term(quiet.kind, None, detail=detail), weight=quiet.weight))
    return Evidence(prior, list(terms.values()), None)


def _log_ratio(term: Term, ratios: Mapping[str, float] | None) -> float:
    if ratios is not None and term.key in ratios:
        base = math.log(ratios[term.key])
    else:
        entry = CATALOGUE[term.signal]
        base = math.log(entry.ratio(_stage_of(term.key)))
    return term.weight * base


def _stage_of(key: str) -> Stage | None:
    return Stage(key.split("@", 1)[1]) if "@" in key else None


def score_evidence(
    application_id: int, evidence: Evidence, ratios: Mapping[str, float] | None = None
) -> Score:
    """Turn gathered evidence into a Score, applying the ratios (defaults unless given)."""
    prior = evidence.prior
    if evidence.outcome is not None:
        label = evidence.outcome_label or ("offer" if evidence.outcome else "rejection")
        p = 1.0 if evidence.outcome else 0.0
        return Score(application_id, p, (p, p), prior.probability,
                     f"outcome recorded: {label}", [], True)  # fmt: skip
    # math.fsum is correctly rounded, so the result does not depend on the order of the signs.
    logs = [logit(prior.probability)]
    spreads = [PRIOR_SPREAD[is_sourced(prior.source)] ** 2]
    factors: list[tuple[float, str, int, Factor]] = []
    for term in evidence.terms:
        log_lr = _log_ratio(term, ratios)
        logs.append(log_lr)
        spreads.append((FACTOR_SPREAD[term.sourced] * log_lr) ** 2)
        factor = Factor(term.signal, math.exp(log_lr), term.reason)
        factors.append((-abs(log_lr), term.signal, term.interview_id or 0, factor))
    factors.sort(key=lambda f: f[:3])
    x = math.fsum(logs)
    sd = math.sqrt(math.fsum(spreads))

    def bound(value: float) -> float:
        return min(CEILING, max(FLOOR, sigmoid(value)))

    heuristic = sum(1 for t in evidence.terms if not t.sourced)
    counted = len(evidence.terms)
    basis = (
        f"{prior.label} (starting chance {prior.probability:.0%}, "
        f"{'sourced' if is_sourced(prior.source) else 'heuristic'}); "
        f"{counted} sign{'' if counted == 1 else 's'} counted, {heuristic} with heuristic "
        f"ratios; {'your calibrated ratios' if ratios else 'default ratios'}"
    )
    return Score(
        application_id=application_id,
        probability=bound(x),
        range=(bound(x - sd), bound(x + sd)),
        prior=prior.probability,
        basis=basis,
        factors=[f[3] for f in factors],
        terminal=False,
    )


def score_application(
    app: Application,
    interviews: Sequence[Interview],
    observations: Sequence[Observation],
    messages: Sequence[Message],
    now: datetime,
    ratios: Mapping[str, float] | None = None,
) -> Score:
    """The chance of an offer for `app` at `now`, with a plausible range and the factors.

    `ratios` overrides default likelihood ratios by calibration key (e.g. "notice_period_asked",
    "salary_discussed@final"); see core/calibration.py.
    """
    strength = {k: math.log(v) for k, v in ratios.items()} if ratios else None
    evidence = gather(app, interviews, observations, messages, now, strength)
    return score_evidence(app.id, evidence, ratios)


__all__ = [
    "DECIDED_STATUSES",
    "Evidence",
    "Factor",
    "Score",
    "Term",
    "gather",
    "logit",
    "score_application",
    "score_evidence",
    "sigmoid",
]
