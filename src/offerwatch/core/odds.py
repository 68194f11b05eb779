"""The offer-likelihood model: what counts as evidence, and the score it gives.

`gather` collects the starting chance and the signs (derived ones included: timing, quick
replies, silence); `core.odds_model` turns them into a chance with diminishing returns inside
groups of signs, the reference check as an anchor, silence growing with time, and a plausible
range. Pure: `score_application` is a function of the application's facts and `now`. Each sign kind
counts once per interview (signs seen during an interview) or once per application (signs
seen after), however many times it was recorded (a note and an email about the same question
are one fact). docs/model.md explains the model in plain words.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime

from offerwatch.core import derive
from offerwatch.core import odds_model as model
from offerwatch.core.business_days import NO_HOLIDAYS
from offerwatch.core.catalogue import (
    CATALOGUE,
    NO_NEXT_STEPS_IN_FINAL,
    PRIORS,
    SILENCE_PAST_TIMELINE,
    Phase,
    Prior,
    is_sourced,
)
from offerwatch.core.day_words import short_day
from offerwatch.core.entities import (
    Application,
    Interview,
    Message,
    Observation,
    Stage,
    Status,
    not_cancelled,
)
from offerwatch.core.odds_model import (
    CEILING,
    FLOOR,
    Evidence,
    Factor,
    Term,
    logit,
    sigmoid,
)
from offerwatch.core.signals import SignalKind

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
class Score:
    """The chance of an offer for one application, with its range and its reasons.

    `range` is the plausible range (every uncertain input at its pessimistic, then its
    optimistic end: docs/model.md); `summary` says it in words first; `outcome` is set once
    the application is decided ("Offer received on Fri 20 Mar")."""

    application_id: int
    probability: float
    range: tuple[float, float]
    prior: float
    basis: str
    factors: list[Factor]
    terminal: bool
    summary: str = ""
    outcome: str | None = None


_OUTCOME_WORDS = {
    "offer": "Offer received",
    "accepted": "Offer accepted",
    "rejection": "Rejected",
    "rejected": "Rejected",
    "withdrawn": "Withdrawn",
    "ghosted": "Marked as ghosted",
}


def outcome_text(label: str, on: date | None, today: date | None = None) -> str:
    """An outcome in words: "Offer received on Fri 20 Mar" (with the year unless it is
    `today`'s)."""
    words = _OUTCOME_WORDS.get(label, label.capitalize())
    return f"{words} on {short_day(on, today)}" if on is not None else words


def _outcome(
    app: Application, observations: Sequence[Observation], now: datetime
) -> tuple[bool | None, str | None, date | None]:
    """(offer?, label, day) of the recorded outcome, or Nones while the application is open.
    The day is the offer or rejection sign's, or the status change's."""
    ends = [
        o for o in observations
        if o.kind in (SignalKind.OFFER, SignalKind.REJECTION) and o.observed_at <= now
    ]  # fmt: skip
    if app.status in _WON | _LOST:
        # Only the interviews are read for a decided status (DECIDED_STATUSES): the day is
        # the application's last change, which records the status.
        moment = app.updated_at
        day = moment.astimezone(now.tzinfo).date() if moment is not None else None
        return app.status in _WON, app.status.value, day
    if not ends:
        return None, None, None
    last = max(ends, key=lambda o: (o.observed_at, o.id))
    return last.kind == SignalKind.OFFER, last.kind, last.observed_at.astimezone(now.tzinfo).date()


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


def _where(interview: Interview | None, now: datetime) -> str:
    """The interview a sign belongs to, as a person reads it: "final interview on Mon 2 Mar"
    (its day where `now` is, the user's zone when the shell passes one)."""
    if interview is None:
        return ""
    stage = _STAGE_WORDS[interview.stage]
    day = interview.scheduled_start.astimezone(now.tzinfo).date()
    return f"{stage} on {short_day(day, now.date())}"


def _term(kind: str, interview: Interview | None, now: datetime, *, detail: str = "") -> Term:
    entry = CATALOGUE[kind]
    stage = interview.stage if interview is not None else None
    context = ", ".join(part for part in (_where(interview, now), detail) if part)
    reason = entry.reason_at(stage) + (f" ({context})" if context else "")
    scope = interview.id if interview is not None and entry.phase is Phase.DURING else None
    return Term(kind, entry.key(stage), 1.0, reason, is_sourced(entry.source), scope, entry.group)


def _timeline_given(final: Interview, seen: Sequence[Observation]) -> bool:
    """True when they said at the final round when to expect a decision (its timeline, or a
    stated timeline recorded for it): the next steps were explained, if not in those words."""
    return final.timeline_date is not None or any(
        o.kind == SignalKind.TIMELINE_STATED and o.interview_id == final.id for o in seen
    )


def gather(
    app: Application,
    interviews: Sequence[Interview],
    observations: Sequence[Observation],
    messages: Sequence[Message],
    now: datetime,
    holidays: Collection[date] = NO_HOLIDAYS,
) -> Evidence:
    """The prior and the counted signs for `app` as known at `now` (ratios not applied yet);
    a cancelled interview counts for nothing. `holidays`: the public holidays business days
    skip (the silence past a stated date starts when the planner's follow-up is due)."""
    ivs = sorted(not_cancelled(interviews), key=lambda i: (i.scheduled_start, i.id))
    seen = sorted(
        (o for o in observations if o.observed_at <= now and o.kind in CATALOGUE),
        key=lambda o: (o.observed_at, o.id),
    )
    outcome, label, when = _outcome(app, seen, now)
    prior = _prior(app, ivs)
    if outcome is not None:
        return Evidence(prior, [], outcome, label, when, now.date())
    held = [i for i in ivs if i.scheduled_start <= now]
    terms: dict[tuple[str, int | None], Term] = {}

    def count(term: Term) -> None:
        terms.setdefault((term.signal, term.interview_id), term)

    for interview in held:
        if interview.end <= now and (found := derive.timing(interview)) is not None:
            word = "over" if found.kind is SignalKind.RAN_OVER_TIME else "short"
            count(_term(found.kind, interview, now, detail=f"{found.minutes} min {word}"))
    after: list[Observation] = []
    for obs in seen:
        entry = CATALOGUE[obs.kind]
        if entry.phase is Phase.AFTER:
            after.append(obs)
            count(_term(obs.kind, None, now))
        elif entry.phase is Phase.DURING and entry.recordable:
            count(_term(obs.kind, _interview_for(obs, ivs), now))
    if any(i.stage is Stage.FOLLOW_UP for i in ivs):
        recorded = "follow-up interview recorded"
        count(_term(SignalKind.FOLLOW_UP_INTERVIEW, None, now, detail=recorded))
    reply = derive.quick_reply(messages, held, now)
    if reply is not None:
        count(_term(SignalKind.THANK_YOU_QUICK_REPLY, None, now, detail=f"{reply.hours:.0f} h"))
    for final in (i for i in held if i.stage is Stage.FINAL and i.end <= now):
        later = any(i.scheduled_start > final.scheduled_start for i in ivs)
        told = (SignalKind.NEXT_STEPS_REVIEWED.value, final.id) in terms or _timeline_given(
            final, seen
        )
        if not later and not told and (SignalKind.FOLLOW_UP_INTERVIEW.value, None) not in terms:
            count(_term(NO_NEXT_STEPS_IN_FINAL, final, now))
    quiet = derive.silence(ivs, seen, after, messages, now, holidays)
    if quiet is not None:
        if quiet.kind == SILENCE_PAST_TIMELINE:  # counted from their date, not the last news
            days, what = (now.date() - quiet.since).days, "the date they gave"
        else:
            days, what = quiet.news_days, "the last news"
        detail = f"{days} days since {what}, {short_day(quiet.since, now.date())}"
        fixed = (quiet.pessimistic, quiet.log_ratio, quiet.optimistic)
        term = _term(quiet.kind, None, now, detail=detail)
        count(replace(term, fixed=fixed, days=quiet.news_days))
    return Evidence(prior, list(terms.values()), None)


def score_evidence(
    application_id: int,
    evidence: Evidence,
    ratios: Mapping[str, float] | None = None,
    *,
    ratios_from: str | None = None,
) -> Score:
    """Turn gathered evidence into a Score, applying the ratios (defaults unless given);
    `ratios_from` names where given ones come from (else "your calibrated ratios")."""
    prior = evidence.prior
    if evidence.outcome is not None:
        label = evidence.outcome_label or ("offer" if evidence.outcome else "rejection")
        p = 1.0 if evidence.outcome else 0.0
        text = outcome_text(label, evidence.outcome_on, evidence.today)
        return Score(application_id, p, (p, p), prior.probability, f"outcome recorded: {label}",
                     [], True, summary=text, outcome=text)  # fmt: skip
    ends = model.ends(evidence, ratios)
    heuristic = sum(1 for t in evidence.terms if not t.sourced)
    counted = len(evidence.terms)
    basis = (
        f"{prior.label} (starting chance {prior.probability:.0%}, "
        f"{'sourced' if is_sourced(prior.source) else 'heuristic'}); "
        f"{counted} sign{'' if counted == 1 else 's'} counted, {heuristic} with heuristic "
        f"ratios; {(ratios_from or 'your calibrated ratios') if ratios else 'default ratios'}"
    )
    return Score(
        application_id=application_id,
        probability=ends.central,
        range=(ends.low, ends.high),
        prior=prior.probability,
        basis=basis,
        factors=ends.factors,
        terminal=False,
        summary=model.words(evidence, ends),
    )


def score_application(
    app: Application,
    interviews: Sequence[Interview],
    observations: Sequence[Observation],
    messages: Sequence[Message],
    now: datetime,
    ratios: Mapping[str, float] | None = None,
    *,
    ratios_from: str | None = None,
    holidays: Collection[date] = NO_HOLIDAYS,
) -> Score:
    """The chance of an offer for `app` at `now`, with a plausible range and the factors.

    `ratios` overrides default likelihood ratios by calibration key (e.g. "notice_period_asked",
    "salary_discussed@final"); see core/calibration.py. `ratios_from` says whose they are
    (default: the user's own calibration).
    """
    evidence = gather(app, interviews, observations, messages, now, holidays)
    return score_evidence(app.id, evidence, ratios, ratios_from=ratios_from)


__all__ = [
    "CEILING",
    "DECIDED_STATUSES",
    "FLOOR",
    "Evidence",
    "Factor",
    "Score",
    "Term",
    "gather",
    "logit",
    "outcome_text",
    "score_application",
    "score_evidence",
    "sigmoid",
]
