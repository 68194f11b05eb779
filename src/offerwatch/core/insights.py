"""How the user's own search is going: the funnel, response times, time waiting.

Pure: takes plain facts and `now`, returns values the shells draw. The benchmark figures are
the ones in docs/domain.md, each with its source.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from statistics import median

from offerwatch.core.entities import Application, Stage, Status

FUNNEL_STEPS = ("applied", "screened", "interviewed", "final", "offer")

# How far each fact shows an application got (index into FUNNEL_STEPS, -1: not applied yet).
_STATUS_REACH = {
    Status.APPLIED: 0,
    Status.SCREENING: 1,
    Status.INTERVIEWING: 2,
    Status.OFFER: 4,
    Status.ACCEPTED: 4,
}
_STAGE_REACH = {Stage.PHONE_SCREEN: 1, Stage.INTERVIEW: 2, Stage.FINAL: 3, Stage.FOLLOW_UP: 3}
_RESPONSES = {
    Status.SCREENING,
    Status.INTERVIEWING,
    Status.OFFER,
    Status.ACCEPTED,
    Status.REJECTED,
}
_DECISIONS = {Status.OFFER, Status.ACCEPTED, Status.REJECTED}
WAIT_BUCKETS = ((0, 2, "0-2 days"), (3, 6, "3-6 days"), (7, 13, "1-2 weeks"),
                (14, 27, "2-4 weeks"), (28, None, "4 weeks +"))  # fmt: skip


@dataclass(frozen=True, slots=True)
class Benchmark:
    """A published figure to compare with, and where it comes from."""

    label: str
    low: float
    high: float
    source: str


@dataclass(frozen=True, slots=True)
class AppFacts:
    """What is known about one application, as plain values."""

    application: Application
    statuses: Sequence[tuple[Status, datetime]] = ()
    interviews: Sequence[tuple[Stage, datetime]] = ()
    observations: Sequence[tuple[str, datetime]] = ()


@dataclass(frozen=True, slots=True)
class FunnelStep:
    name: str
    count: int
    rate: float | None  # share of the previous step that got here; None for the first
    benchmark: Benchmark | None = None
    compared: float | None = None  # the user's own figure measured like the benchmark


@dataclass(frozen=True, slots=True)
class Durations:
    """A set of durations in days, summarised."""

    count: int
    median_days: float | None
    longest_days: float | None
    benchmark: Benchmark | None = None


@dataclass(frozen=True, slots=True)
class Insights:
    funnel: list[FunnelStep]
    first_response: Durations
    to_decision: Durations
    waiting: list[tuple[str, int]]  # open applications by days since the last news
    ghosted_share: float | None
    ghosted_benchmark: Benchmark
    closed: int


# Figures from docs/domain.md ("Facts for priors and defaults").
INTERVIEW_TO_OFFER = Benchmark(
    "interviews that lead to an offer",
    0.17,
    0.28,
    "Jobvite Recruiting Benchmark 2015-2017, via huntscanlon.com (2018)",
)
APPLICATION_TO_DECISION = Benchmark(
    "days from application to decision (US, 2017)",
    23.8,
    23.8,
    "glassdoor.com/research/time-to-hire-in-25-countries",
)
GHOSTED = Benchmark(
    "candidates ghosted after an interview",
    0.35,
    0.67,
    "Greenhouse via fortune.com (2023); Kieran Snyder (~2025)",
)


def reach(facts: AppFacts) -> int:
    """How far the application got: an index into FUNNEL_STEPS, or -1 if never applied."""
    best = -1
    app = facts.application
    if app.applied_on is not None or app.status is not Status.INTERESTED:
        best = 0
    for status, _ in facts.statuses:
        best = max(best, _STATUS_REACH.get(status, -1))
    for stage, _ in facts.interviews:
        best = max(best, _STAGE_REACH[stage])
    if any(kind == "offer" for kind, _ in facts.observations):
        best = 4
    best = max(best, _STATUS_REACH.get(app.status, -1))
    return best


def funnel(all_facts: Sequence[AppFacts]) -> list[FunnelStep]:
    """Applications that reached each step, with the step-to-step rate."""
    reached = [reach(f) for f in all_facts]
    counts = [sum(1 for r in reached if r >= i) for i in range(len(FUNNEL_STEPS))]
    steps: list[FunnelStep] = []
    for i, name in enumerate(FUNNEL_STEPS):
        rate = None if i == 0 else (counts[i] / counts[i - 1] if counts[i - 1] else None)
        bench = compared = None
        if name == "offer":
            # The benchmark counts offers per interview: compare offers per interviewed one.
            bench = INTERVIEW_TO_OFFER
            interviewed = counts[FUNNEL_STEPS.index("interviewed")]
            compared = counts[i] / interviewed if interviewed else None
        steps.append(FunnelStep(name, counts[i], rate, bench, compared))
    return steps


def _days(start: date | datetime, end: datetime) -> float:
    if isinstance(start, datetime):
        if start.tzinfo is None:
            start = start.replace(tzinfo=end.tzinfo)
        return max(0.0, (end - start).total_seconds() / 86400)
    return float(max(0, (end.date() - start).days))


def _summary(values: list[float], bench: Benchmark | None) -> Durations:
    if not values:
        return Durations(0, None, None, bench)
    return Durations(len(values), round(median(values), 1), round(max(values), 1), bench)


def last_news(facts: AppFacts) -> datetime | None:
    """The latest dated fact about an application (status change, interview, signal)."""
    moments = [at for _, at in facts.statuses]
    moments += [at for _, at in facts.interviews]
    moments += [at for _, at in facts.observations]
    return max(moments, default=None)


def insights(all_facts: Sequence[AppFacts], now: datetime) -> Insights:
    """Summarise the user's search as of `now`."""
    first_response: list[float] = []
    to_decision: list[float] = []
    waiting = [0] * len(WAIT_BUCKETS)
    closed = ghosted = 0
    for facts in all_facts:
        app = facts.application
        start = app.applied_on
        if start is not None:
            answers = [at for s, at in facts.statuses if s in _RESPONSES]
            answers += [at for _, at in facts.interviews]
            answers += [at for k, at in facts.observations if k != "application_received"]
            answers = [at for at in answers if at.date() >= start]
            if answers:
                first_response.append(_days(start, min(answers)))
            decided = [at for s, at in facts.statuses if s in _DECISIONS]
            if decided:
                to_decision.append(_days(start, min(decided)))
        if app.status.is_open and app.status is not Status.INTERESTED:
            news = last_news(facts)
            if news is not None:
                days = int(_days(news, now))
                for i, (low, high, _) in enumerate(WAIT_BUCKETS):
                    if days >= low and (high is None or days <= high):
                        waiting[i] += 1
                        break
        elif not app.status.is_open:
            closed += 1
            ghosted += app.status is Status.GHOSTED
    return Insights(
        funnel=funnel(all_facts),
        first_response=_summary(first_response, None),
        to_decision=_summary(to_decision, APPLICATION_TO_DECISION),
        waiting=[(label, n) for (_, _, label), n in zip(WAIT_BUCKETS, waiting, strict=True)],
        ghosted_share=(ghosted / closed) if closed else None,
        ghosted_benchmark=GHOSTED,
        closed=closed,
    )
