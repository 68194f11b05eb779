"""Actions around outcomes: an offer elsewhere, an offer's deadline, a rejection, an accepted
offer, and an application that has gone quiet.

- tell_offer:<app>:<offer app>  another application has an offer: tell this one's contact
                                (a standard way to speed up a process), instead of a follow-up.
- offer_deadline:<app>          an offer with a date to answer by (a timeline stated after the
                                offer): due the business day before, at 09:00.
- ask_feedback:<app>            rejected after an interview: ask for feedback (optional; dismiss
                                it if you would rather not), for two weeks after the rejection.
- withdraw_others:<app>         an offer was accepted: withdraw the other open applications.
- mark_ghosted:<app>            no news for GHOSTED_AFTER_DAYS after the last contact: suggest
                                marking it ghosted (one status change, which can be undone).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from offerwatch.core import derive
from offerwatch.core.anchors import GHOSTED_AFTER_DAYS
from offerwatch.core.business_days import is_business_day, local_at
from offerwatch.core.catalogue import CATALOGUE, Phase
from offerwatch.core.day_words import short_day
from offerwatch.core.entities import Application, Interview, Message, Observation, Status
from offerwatch.core.signals import SignalKind

TELL_OFFER = "tell_offer"
OFFER_DEADLINE = "offer_deadline"
ASK_FEEDBACK = "ask_feedback"
WITHDRAW_OTHERS = "withdraw_others"
MARK_GHOSTED = "mark_ghosted"
FEEDBACK_WINDOW = timedelta(days=14)  # heuristic: feedback is worth asking while it is fresh
_MORNING = time(9, 0)


@dataclass(frozen=True, slots=True)
class Suggested:
    """One action of this module (planner.PlannedAction is built from it)."""

    key: str
    kind: str
    title: str
    due: datetime
    cause: datetime
    application_id: int


def _job(app: Application) -> str:
    return f"{app.role} at {app.company}"


def outcome_moment(
    app: Application, observations: Sequence[Observation], kind: str
) -> datetime | None:
    """When the offer (or rejection) came: its sign (record_outcome writes one), else None.
    (The planner's lean facts carry no last-change time: store/plan_facts.py.)"""
    seen = [o.observed_at for o in observations if o.kind == kind]
    return max(seen) if seen else None


def pending_offer(
    apps: Sequence[Application], obs_by_app: dict[int, list[Observation]]
) -> tuple[Application, datetime] | None:
    """The earliest offer still open (status offer), with when it came."""
    offers = [
        (when, a.id, a)
        for a in apps
        if a.status is Status.OFFER
        and (when := outcome_moment(a, obs_by_app.get(a.id, []), SignalKind.OFFER)
             or a.created_at) is not None
    ]  # fmt: skip
    if not offers:
        return None
    when, _, app = min(offers, key=lambda o: (o[0], o[1]))
    return app, when


def tell_offer(
    app: Application, offer: Application, at: datetime, name: str, by: date | None = None
) -> Suggested:
    """Tell another employer about an offer; `by`, the offer's answer-by date, is what gives
    them a reason to decide sooner, so it is said when known."""
    deadline = f" (you answer by {short_day(by, at.date())})" if by is not None else ""
    return Suggested(
        f"{TELL_OFFER}:{app.id}:{offer.id}",
        TELL_OFFER,
        f"Tell {name} ({_job(app)}) about your offer from {offer.company}{deadline}: it may "
        "speed up their decision",
        at,
        at,
        app.id,
    )


def answer_by(
    app: Application, observations: Sequence[Observation]
) -> tuple[datetime, date] | None:
    """When an open offer must be answered: the latest timeline stated at or after the offer
    (when it was said, the date)."""
    came = outcome_moment(app, observations, SignalKind.OFFER)
    dates = [
        (o.observed_at, o.expected_by)
        for o in observations
        if o.kind == SignalKind.TIMELINE_STATED and o.expected_by is not None
        and (came is None or o.observed_at >= came)
    ]  # fmt: skip
    return max(dates) if dates else None


def offer_deadline(
    app: Application,
    observations: Sequence[Observation],
    tz: tzinfo,
    holidays: Collection[date],
) -> Suggested | None:
    """The answer-by date of an open offer: a timeline stated at or after the offer."""
    found = answer_by(app, observations)
    if found is None:
        return None
    said, by = found
    day = by - timedelta(days=1)  # the business day before, to decide with a day to spare
    while not is_business_day(day, holidays) and day > said.date():
        day -= timedelta(days=1)
    return Suggested(
        f"{OFFER_DEADLINE}:{app.id}",
        OFFER_DEADLINE,
        f"Answer the offer from {app.company} ({_job(app)}): they expect your decision by "
        f"{short_day(by, day)}",
        local_at(day, _MORNING, tz),
        said,
        app.id,
    )


def ask_feedback(
    app: Application, observations: Sequence[Observation], name: str, now: datetime
) -> Suggested | None:
    """Feedback after a rejection that followed an interview, for two weeks."""
    when = outcome_moment(app, observations, SignalKind.REJECTION)
    if when is None or not when <= now < when + FEEDBACK_WINDOW:
        return None
    return Suggested(
        f"{ASK_FEEDBACK}:{app.id}",
        ASK_FEEDBACK,
        f"Ask {name} for feedback on your interviews ({_job(app)}): optional, dismiss it if "
        "you would rather not",
        when + timedelta(days=1),
        when,
        app.id,
    )


def withdraw_others(accepted: Application, others: Sequence[Application]) -> Suggested | None:
    """After an accepted offer: withdraw the other open applications in one go."""
    if not others:
        return None
    at = accepted.created_at
    if at is None:
        return None
    names = ", ".join(sorted(a.company for a in others))
    return Suggested(
        f"{WITHDRAW_OTHERS}:{accepted.id}",
        WITHDRAW_OTHERS,
        f"You accepted the offer from {accepted.company}: withdraw your {len(others)} other "
        f"open application{'' if len(others) == 1 else 's'} ({names})",
        at,
        at,
        accepted.id,
    )


def quiet_since(
    interviews: Sequence[Interview],
    observations: Sequence[Observation],
    messages: Sequence[Message],
    now: datetime,
) -> datetime | None:
    """The last news of an application with every interview over, else None."""
    if not interviews or any(i.end > now for i in interviews):
        return None
    after = [
        o for o in observations
        if o.kind in CATALOGUE and CATALOGUE[o.kind].phase is Phase.AFTER
    ]  # fmt: skip
    return derive.last_news(interviews, after, messages, now)


def mark_ghosted(
    app: Application, last_news: datetime, now: datetime, tz: tzinfo | None = None
) -> Suggested | None:
    """Suggest marking the application ghosted after a long silence (core/anchors.py);
    the day of the last news is said in `tz` (the user's zone)."""
    when = last_news + timedelta(days=GHOSTED_AFTER_DAYS)
    if now < when:
        return None
    zone = tz or last_news.tzinfo
    since = short_day(last_news.astimezone(zone).date(), when.astimezone(zone).date())
    return Suggested(
        f"{MARK_GHOSTED}:{app.id}",
        MARK_GHOSTED,
        f"No news from {app.company} ({_job(app)}) since {since}: "
        "mark it as ghosted? (you can undo it)",
        when,
        when,
        app.id,
    )


__all__ = [
    "ASK_FEEDBACK",
    "MARK_GHOSTED",
    "OFFER_DEADLINE",
    "TELL_OFFER",
    "WITHDRAW_OTHERS",
    "Suggested",
    "ask_feedback",
    "mark_ghosted",
    "offer_deadline",
    "outcome_moment",
    "pending_offer",
    "quiet_since",
    "tell_offer",
    "withdraw_others",
]
