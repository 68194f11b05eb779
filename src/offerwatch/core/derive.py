"""Signs computed from facts rather than entered: timing, quick replies, silence.

Pure functions of interviews, messages, observations and `now`; see core/catalogue.py for the
ratios and reasons and docs/model.md for the rules in plain words.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from offerwatch.core.anchors import (
    DECISION_DAYS,
    GHOSTED_SHARE,
    SILENCE_GRACE_DAYS,
    TIMELINE_GRACE_BUSINESS_DAYS,
    silence_log_ratio,
)
from offerwatch.core.business_days import NO_HOLIDAYS, add_business_days
from offerwatch.core.catalogue import SILENCE_PAST_TIMELINE, SILENCE_SINCE_CONTACT
from offerwatch.core.entities import Direction, Interview, Message, Observation
from offerwatch.core.signals import SignalKind

# ran_over_time / ended_early: how far past (or short of) the scheduled end counts.
OVER_TOLERANCE = (timedelta(minutes=10), 0.15)  # at least, and fraction of the scheduled length
EARLY_TOLERANCE = (timedelta(minutes=10), 0.25)
# thank_you_quick_reply: the thank-you is sent within this long of the interview's end, and the
# reply arrives within QUICK_REPLY of the thank-you.
THANK_YOU_WINDOW = timedelta(days=3)
QUICK_REPLY = timedelta(hours=24)


@dataclass(frozen=True, slots=True)
class Timing:
    """A derived timing sign for one interview."""

    kind: SignalKind
    minutes: int  # how many minutes over (or short of) the scheduled end


def timing(interview: Interview) -> Timing | None:
    """ran_over_time or ended_early for an interview with a recorded actual end, else None."""
    if interview.actual_end is None:
        return None
    length = interview.scheduled_end - interview.scheduled_start
    delta = interview.actual_end - interview.scheduled_end
    over_min, over_frac = OVER_TOLERANCE
    if delta > max(over_min, length * over_frac):
        return Timing(SignalKind.RAN_OVER_TIME, int(delta.total_seconds() // 60))
    early_min, early_frac = EARLY_TOLERANCE
    if -delta > max(early_min, length * early_frac):
        return Timing(SignalKind.ENDED_EARLY, int(-delta.total_seconds() // 60))
    return None


@dataclass(frozen=True, slots=True)
class QuickReply:
    """The candidate's thank-you and the employer's quick answer to it."""

    thank_you: Message
    reply: Message

    @property
    def hours(self) -> float:
        return (self.reply.date - self.thank_you.date).total_seconds() / 3600


def _is_thank_you(message: Message, interviews: Sequence[Interview]) -> bool:
    if message.direction is not Direction.OUT:
        return False
    text = f"{message.subject}\n{message.body}".lower()
    if "thank" not in text:
        return False
    return any(i.end <= message.date <= i.end + THANK_YOU_WINDOW for i in interviews)


def _answers(reply: Message, sent: Message) -> bool:
    if reply.direction is not Direction.IN or not sent.date < reply.date:
        return False
    if sent.message_id and (
        reply.in_reply_to == sent.message_id or sent.message_id in reply.references
    ):
        return True
    if sent.thread_id and reply.thread_id == sent.thread_id:
        return True
    recipients = {a.lower() for a in sent.to_addrs}
    return reply.from_addr.lower() in recipients


def quick_reply(
    messages: Sequence[Message], interviews: Sequence[Interview], now: datetime
) -> QuickReply | None:
    """The first thank-you (sent after an interview) answered within QUICK_REPLY, if any."""
    known = sorted((m for m in messages if m.date <= now), key=lambda m: (m.date, m.id))
    for sent in known:
        if not _is_thank_you(sent, interviews):
            continue
        for reply in known:
            if reply.date - sent.date > QUICK_REPLY:
                continue
            if _answers(reply, sent):
                return QuickReply(sent, reply)
    return None


@dataclass(frozen=True, slots=True)
class Silence:
    """Silence as evidence: which rule, its log-ratio at the centre and the ends of the range
    (pessimistic: most negative, optimistic: least), and the facts it counts from."""

    kind: str  # catalogue id: silence_past_timeline or silence_since_contact
    log_ratio: float
    pessimistic: float
    optimistic: float
    days: int  # whole days without news counted (beyond the grace)
    since: date  # the last news (or the date they gave)
    news_days: int  # whole days since the last news, grace included


def latest_timeline(
    interviews: Sequence[Interview], observations: Sequence[Observation], now: datetime
) -> tuple[datetime, date] | None:
    """(when said, the date given) of the most recently stated timeline, if any."""
    said: list[tuple[datetime, date]] = [
        (i.end, i.timeline_date) for i in interviews if i.timeline_date is not None and i.end <= now
    ]
    said += [
        (o.observed_at, o.expected_by)
        for o in observations
        if o.kind == SignalKind.TIMELINE_STATED and o.expected_by is not None
        and o.observed_at <= now
    ]  # fmt: skip
    return max(said) if said else None


def last_news(
    interviews: Sequence[Interview],
    after_observations: Sequence[Observation],
    messages: Sequence[Message],
    now: datetime,
) -> datetime | None:
    """The latest contact from the employer up to `now`: an interview's end, a sign seen after
    an interview (hand-entered news counts as mail does), or a message they sent."""
    moments = [i.end for i in interviews if i.end <= now]
    moments += [o.observed_at for o in after_observations if o.observed_at <= now]
    moments += [m.date for m in messages if m.direction is Direction.IN and m.date <= now]
    return max(moments) if moments else None


@dataclass(frozen=True, slots=True)
class SilenceClock:
    """Where silence counts from: the last news, and the moment it starts to count."""

    news: datetime
    starts: datetime
    kind: str
    since: date


def silence_clock(
    interviews: Sequence[Interview],
    observations: Sequence[Observation],
    after_observations: Sequence[Observation],
    messages: Sequence[Message],
    now: datetime,
    holidays: Collection[date] = NO_HOLIDAYS,
) -> SilenceClock | None:
    """When silence starts to count at `now`: a week after the last news (an interview's end
    or later news), or 3 business days after a date they gave, whichever is later. None
    before any interview has ended, or while another interview is still ahead.

    `holidays` are the public holidays the planner skips too (the `country` setting): the
    silence past a date they gave starts the day the follow-up is due, not before it."""
    if not interviews or any(i.end > now for i in interviews):
        return None
    news = last_news(interviews, after_observations, messages, now)
    if news is None:
        return None
    starts = news + timedelta(days=SILENCE_GRACE_DAYS)
    kind, since = SILENCE_SINCE_CONTACT, news.astimezone(now.tzinfo).date()
    stated = latest_timeline(interviews, observations, now)
    if stated is not None and news.astimezone(now.tzinfo).date() <= stated[1]:
        day = add_business_days(stated[1], TIMELINE_GRACE_BUSINESS_DAYS, holidays)
        after_date = datetime.combine(day, time(0), tzinfo=now.tzinfo)
        if after_date >= starts:
            starts, kind, since = after_date, SILENCE_PAST_TIMELINE, stated[1]
    return SilenceClock(news, starts, kind, since)


def silence(
    interviews: Sequence[Interview],
    observations: Sequence[Observation],
    after_observations: Sequence[Observation],
    messages: Sequence[Message],
    now: datetime,
    holidays: Collection[date] = NO_HOLIDAYS,
) -> Silence | None:
    """Silence since the last news as evidence at `now`, or None while it does not count.

    It counts in whole days past its start (see `silence_clock`), so it changes once a day.
    """
    clock = silence_clock(interviews, observations, after_observations, messages, now, holidays)
    if clock is None or now < clock.starts:
        return None
    days = (now - clock.starts) // timedelta(days=1)
    if days <= 0:
        return None
    return Silence(
        clock.kind,
        silence_log_ratio(days, DECISION_DAYS.central, GHOSTED_SHARE.central),
        silence_log_ratio(days, DECISION_DAYS.low, GHOSTED_SHARE.low),
        silence_log_ratio(days, DECISION_DAYS.high, GHOSTED_SHARE.high),
        days,
        clock.since,
        (now - clock.news) // timedelta(days=1),
    )
