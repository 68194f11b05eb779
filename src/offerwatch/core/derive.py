"""Signs computed from facts rather than entered: timing, quick replies, silence.

Pure functions of interviews, messages, observations and `now`; see core/catalogue.py for the
ratios and reasons and docs/model.md for the rules in plain words.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from offerwatch.core.entities import Direction, Interview, Message, Observation, Stage
from offerwatch.core.signals import SignalKind

# ran_over_time / ended_early: how far past (or short of) the scheduled end counts.
OVER_TOLERANCE = (timedelta(minutes=10), 0.15)  # at least, and fraction of the scheduled length
EARLY_TOLERANCE = (timedelta(minutes=10), 0.25)
# thank_you_quick_reply: the thank-you is sent within this long of the interview's end, and the
# reply arrives within QUICK_REPLY of the thank-you.
THANK_YOU_WINDOW = timedelta(days=3)
QUICK_REPLY = timedelta(hours=24)
# Silence: grace periods before it counts, and how fast it approaches its bound.
TIMELINE_GRACE_BUSINESS_DAYS = 3  # domain.md rule 3
TIMELINE_SCALE_BUSINESS_DAYS = 5.0
FINAL_SILENCE_DAYS = 14  # domain.md rule 3: about two weeks after the final interview
FINAL_SILENCE_SCALE_DAYS = 14.0


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


def business_days_after(start: date, end: date) -> int:
    """Weekdays in (start, end]: 0 when end is not after start."""
    if end <= start:
        return 0
    days = (end - start).days
    weeks, rest = divmod(days, 7)
    count = weeks * 5
    for offset in range(1, rest + 1):
        if (start + timedelta(days=weeks * 7 + offset)).weekday() < 5:
            count += 1
    return count


def grade(over: float, scale: float) -> float:
    """How much of a bounded effect applies after `over` units beyond the grace: 0 to <1."""
    if over <= 0:
        return 0.0
    return 1.0 - math.exp(-over / scale)


@dataclass(frozen=True, slots=True)
class Silence:
    """Silence as evidence: which rule, how strongly (0..1 of its bound), and the facts."""

    kind: str  # catalogue id: silence_past_timeline or long_silence_after_final
    weight: float
    days: int  # days without news counted by the rule
    since: date  # the date the count starts from


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
    an interview, or a message they sent."""
    moments = [i.end for i in interviews if i.end <= now]
    moments += [o.observed_at for o in after_observations if o.observed_at <= now]
    moments += [m.date for m in messages if m.direction is Direction.IN and m.date <= now]
    return max(moments) if moments else None


def silence(
    interviews: Sequence[Interview],
    observations: Sequence[Observation],
    after_observations: Sequence[Observation],
    messages: Sequence[Message],
    now: datetime,
    strength: dict[str, float],
) -> Silence | None:
    """The stronger of the two silence rules that applies at `now`, or None.

    `strength` maps each silence id to its log ratio at full weight (negative), so that the
    one that weighs more is kept: silence is one fact and is counted once.
    """
    if any(i.end > now for i in interviews):
        return None  # an interview is still ahead: the process is moving
    news = last_news(interviews, after_observations, messages, now)
    found: list[Silence] = []
    stated = latest_timeline(interviews, observations, now)
    if stated is not None:
        deadline = stated[1]
        if news is None or news.date() <= deadline:
            over = business_days_after(deadline, now.date()) - TIMELINE_GRACE_BUSINESS_DAYS
            weight = grade(over, TIMELINE_SCALE_BUSINESS_DAYS)
            if weight > 0:
                days = (now.date() - deadline).days
                found.append(Silence("silence_past_timeline", weight, days, deadline))
    finals = [i.end for i in interviews if i.stage in (Stage.FINAL, Stage.FOLLOW_UP)]
    if finals:
        since = max([*finals, *([news] if news else [])])
        days = (now - since).days
        weight = grade(days - FINAL_SILENCE_DAYS, FINAL_SILENCE_SCALE_DAYS)
        if weight > 0:
            found.append(Silence("long_silence_after_final", weight, days, since.date()))
    if not found:
        return None
    return min(found, key=lambda s: (s.weight * strength[s.kind], s.kind))
