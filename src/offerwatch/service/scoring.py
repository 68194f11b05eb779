"""Use cases for the odds: score one or many applications, and calibrate on the user's past."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy import Connection

from offerwatch.core.entities import Application, Interview, Message, Observation, StatusChange
from offerwatch.core.signals import TERMINAL_KINDS, SignalKind, still_standing
from offerwatch.core.timeutil import ensure_aware
from offerwatch.errors import BadInput, NotFound
from offerwatch.service.context import Context
from offerwatch.store import plan_stamps
from offerwatch.store import queries as q

# The model, its evidence queries and the memo load when something is scored: the agenda
# and other commands that import the service do not score. Calibration, when asked for.
if TYPE_CHECKING:
    from offerwatch.core.calibration import Calibration, Example
    from offerwatch.core.odds import Score
    from offerwatch.store.cohort import CohortWeights


G = TypeVar("G")


@dataclass(frozen=True, slots=True)
class _Facts:
    """What the model reads, for a batch of applications, grouped by application id."""

    apps: list[Application]
    interviews: dict[int, list[Interview]]
    observations: dict[int, list[Observation]]
    messages: dict[int, list[Message]]
    history: dict[int, list[StatusChange]]
    # The public holidays of the `country` setting: silence past a stated date starts when
    # the planner's follow-up is due (3 business days after it), holidays skipped as there.
    holidays: frozenset[date] = frozenset()


def _group(items: Iterable[G], attr: str) -> dict[int, list[G]]:
    """`items` by the value of their `attr` (an application id)."""
    out: dict[int, list[G]] = defaultdict(list)
    for item in items:
        out[getattr(item, attr)].append(item)
    return out


def _load(
    conn: Connection,
    user_id: int,
    app_ids: Sequence[int] | None,
    *,
    history: bool = False,
    at: datetime | None = None,
) -> _Facts:
    """Six queries at most, whatever the number of applications.

    Without `history` (scoring), only what the scores read: signs and mail only of the
    applications whose status leaves the outcome open, the status histories only of those
    with an offer or rejection sign (see store/evidence.py). With `history` (calibration),
    every fact of every application. With `at` (scoring), the holidays around it."""
    from offerwatch.store import evidence as ev

    apps = ev.applications_of(conn, user_id, app_ids)
    if app_ids is not None:
        missing = set(app_ids) - {a.id for a in apps}
        if missing:
            raise NotFound("application", min(missing))
    ids = None if app_ids is None else [a.id for a in apps]
    if history:
        changes = ev.status_changes_of(conn, user_id, ids)
        observations = q.observations_of(conn, user_id, ids)
        interviews = q.interviews_of(conn, user_id, ids)
        messages = ev.messages_of(conn, user_id, ids)
    else:
        observations = ev.observations_to_score(conn, user_id, ids)
        ended = sorted({o.application_id for o in observations if o.kind in TERMINAL_KINDS})
        changes = ev.status_changes_of(conn, user_id, ended) if ended else []
        interviews = ev.interviews_to_score(conn, user_id, ids)
        messages = ev.messages_to_score(conn, user_id, ids)
    return _Facts(
        apps=apps,
        interviews=_group(interviews, "application_id"),
        # Offers and rejections the application was moved back into play after do not count.
        observations=_group(
            still_standing(observations, changes, {a.id: a.status for a in apps}),
            "application_id",
        ),
        messages=_group(messages, "application_id"),
        history=_group(changes, "application_id") if history else {},
        holidays=(
            _holidays(conn, user_id, at.year)
            if at is not None and _dates_given(interviews, observations)
            else frozenset()
        ),
    )


def _dates_given(interviews: Sequence[Interview], observations: Sequence[Observation]) -> bool:
    """True when a date for the decision was given: only then do holidays move a score (the
    silence past that date), so only then is the setting read (a score is a few queries)."""
    return any(i.timeline_date is not None for i in interviews) or any(
        o.kind == SignalKind.TIMELINE_STATED for o in observations
    )


def _holidays(conn: Connection, user_id: int, year: int) -> frozenset[date]:
    """The holidays of the user's `country` setting around `year` (silence looks back weeks
    to a stated date; the planner reads the same years: service/agenda.py)."""
    from offerwatch.service.holidays import holiday_dates
    from offerwatch.store import plan_queries as pq

    country = pq.settings(conn, user_id).get("country")
    if not country:
        return frozenset()
    return holiday_dates(country, range(year - 1, year + 2))


def _score(
    facts: _Facts,
    app: Application,
    at: datetime,
    ratios: dict[str, float] | None,
    ratios_from: str | None = None,
) -> Score:
    from offerwatch.core.odds import score_application

    return score_application(
        app,
        facts.interviews.get(app.id, []),
        facts.observations.get(app.id, []),
        facts.messages.get(app.id, []),
        at,
        ratios,
        ratios_from=ratios_from,
        holidays=facts.holidays,
    )


def _server_weights(conn: Connection) -> tuple[dict[str, float] | None, str | None]:
    """The cohort weights an administrator adopted (service/cohort.py) and how the odds'
    basis names them; (None, None) for the published defaults."""
    from offerwatch.store import cohort as qc

    found = qc.current(conn)
    return (None, None) if found is None else (found.ratios, cohort_words(found))


def cohort_words(weights: CohortWeights) -> str:
    """How a score's basis names adopted cohort weights."""
    return (
        f"weights fitted on this centre's outcomes ({weights.fitted_at.date().isoformat()}, "
        f"n={weights.applications})"
    )


def _calibration(facts: _Facts, now: datetime) -> Calibration:
    """Examples from applications whose outcome was known by `now`, then the comparison."""
    from offerwatch.core.calibration import calibrate

    return calibrate(examples_of(facts, now))


def _fitted(facts: _Facts, now: datetime) -> dict[str, float]:
    """The ratios fitted to the user's past by `now` (empty when there is too little), not
    judged: scoring needs only the fit, not calibration's leave-one-out comparison."""
    from offerwatch.core.calibration import fitted_ratios

    return fitted_ratios(examples_of(facts, now))


def examples_of(facts: _Facts, now: datetime) -> list[Example]:
    """The calibration examples of applications whose outcome was known by `now`."""
    from offerwatch.core.calibration import example, outcome_at

    examples = []
    for app in facts.apps:
        history = facts.history.get(app.id, [])
        observations = facts.observations.get(app.id, [])
        found = outcome_at(app, history, observations)
        if found is None or found[1] > now:
            continue
        built = example(
            app,
            facts.interviews.get(app.id, []),
            observations,
            facts.messages.get(app.id, []),
            history,
        )
        if built is not None:
            examples.append(built)
    return examples


def past_facts(conn: Connection, user_id: int) -> _Facts:
    """Every fact of every application of the user (what calibration reads)."""
    return _load(conn, user_id, None, history=True)


def _now(ctx: Context, now: datetime | None) -> datetime:
    """`now` (a time zone required), or the clock's now."""
    if now is None:
        return ctx.clock()
    try:
        return ensure_aware(now)
    except ValueError as exc:
        raise BadInput(str(exc)) from None


def score(
    ctx: Context, app_id: int, now: datetime | None = None, *, calibrated: bool = False
) -> Score:
    """The chance of an offer for one application, with its range and factors."""
    return scores(ctx, [app_id], now, calibrated=calibrated)[app_id]


def scores(
    ctx: Context,
    app_ids: Sequence[int] | None = None,
    now: datetime | None = None,
    *,
    calibrated: bool = False,
) -> dict[int, Score]:
    """Scores for many applications (all when None) from a handful of queries.

    With `calibrated`, the ratios fitted to the user's own past are used once there are
    enough finished applications (see `calibration`); otherwise the defaults.
    """
    at = _now(ctx, now)
    if not calibrated:
        return _scores_reused(ctx, app_ids, at)
    with ctx.read() as conn:
        facts = _load(conn, ctx.user_id, app_ids, at=at)
        past = _load(conn, ctx.user_id, None, history=True)
        ratios = _fitted(past, at) or None
        label = None
        if ratios is None:  # not enough of a past yet: the server's weights, if adopted
            ratios, label = _server_weights(conn)
    return {app.id: _score(facts, app, at, ratios, label) for app in facts.apps}


def _scores_reused(ctx: Context, app_ids: Sequence[int] | None, at: datetime) -> dict[int, Score]:
    """Uncalibrated scores (the published defaults, or the cohort weights an administrator
    adopted): those stored in memory while they still hold at `at` (no
    write since, `at` within their validity: see service/_score_memo.py), else fresh."""
    from offerwatch.core.score_validity import score_valid_until
    from offerwatch.service import score_memo

    key = None if app_ids is None else tuple(sorted(set(app_ids)))
    with ctx.read() as conn:
        version = plan_stamps.facts_version(conn, ctx.user_id)  # read before the facts
        if version is not None:
            memo = score_memo.get(ctx.reader_engine, ctx.user_id, key)
            if memo is not None and memo.holds(version, at):
                return dict(memo.scores)
        facts = _load(conn, ctx.user_id, app_ids, at=at)
        # Adopting or reverting them bumps every user's facts version (store/cohort.py).
        ratios, label = _server_weights(conn)
    scores = {app.id: _score(facts, app, at, ratios, label) for app in facts.apps}
    if version is not None:
        until = min(
            (
                score_valid_until(
                    at,
                    facts.interviews.get(app.id, []),
                    facts.observations.get(app.id, []),
                    facts.messages.get(app.id, []),
                    facts.holidays,
                )
                for app in facts.apps
            ),
            default=score_valid_until(at, [], [], []),
        )
        memo = score_memo.Memo(version, at.tzinfo, at, until, scores)
        score_memo.put(ctx.reader_engine, ctx.user_id, key, memo)
    return dict(scores)


def calibration(ctx: Context, now: datetime | None = None) -> Calibration:
    """Default against personally calibrated ratios, by Brier score on finished
    applications (leave-one-out for the calibrated model)."""
    at = _now(ctx, now)
    with ctx.read() as conn:
        facts = _load(conn, ctx.user_id, None, history=True)
    return _calibration(facts, at)
