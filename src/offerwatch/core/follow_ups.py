"""Follow-ups while waiting: when to nudge the main contact, re-timed by every piece of news.

Only a decision (an offer, a rejection, a closed status), a new interview (the key changes) or
an offer elsewhere (see core/plan_outcomes.py) ends them. A reply that decides nothing ("the
team is still talking it through") or hand-entered news (references contacted, the notice
period asked) is contact: the follow-up is re-timed from it, and worded from what happened.

Keys: round 1 (no news since the last interview) is `follow_up:<app>:<interview>:1`, with one
more `...:2` a week after an unanswered first; after news, round r is `...:r<r>` and its
unanswered second `...:r<r>:2`. There is never a third nudge without an answer.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from offerwatch.core.business_days import (
    add_business_days,
    add_local_days,
    local_at,
    roll_to_business_day,
)
from offerwatch.core.catalogue import CATALOGUE, Phase
from offerwatch.core.day_words import short_day
from offerwatch.core.entities import Application, Interview, Observation, Person
from offerwatch.core.mail_index import MailIndex
from offerwatch.core.signals import TERMINAL_KINDS, SignalKind

FOLLOW_UP = "follow_up"
FOLLOW_UP_DAYS = 14  # domain.md rule 3: "about two weeks after the final interview"
FOLLOW_UP_BUSINESS_DAYS = 3  # domain.md rule 3: "3 business days after" a stated timeline
AFTER_NEWS_DAYS = 7  # after news that decides nothing (heuristic; indeed.com: at least 5 bd)
SECOND_FOLLOW_UP_DAYS = 7  # issue 4: "one more 7 days later, then none"
# Mail to the contact within this time after the interview is the thank-you, not a follow-up.
THANK_YOU_WINDOW = timedelta(hours=48)
# A thank-you is planned for a week after the interview (a late one after 2 days; the planner's
# THANK_YOU_TOO_LATE is this): the first mail to a contact met there within it is that
# thank-you, however late, and not the follow-up.
THANK_YOU_WEEK = timedelta(days=7)
_MORNING = time(9, 0)  # a follow-up counted from a date is due at 09:00 local
MAX_ROUNDS = 20  # a bound on the loop; real histories have a handful of news
# What hand-entered news says, for the follow-up's wording.
_NEWS_WORDS: dict[str, str] = {
    SignalKind.REFERENCES_CONTACTED: "they contacted your references",
    SignalKind.REFERENCES_REQUESTED: "they asked for your references",
    SignalKind.NOTICE_PERIOD_ASKED: "they asked about your notice period",
    SignalKind.TIMELINE_STATED: "they said when to expect news",
    SignalKind.THANK_YOU_QUICK_REPLY: "they answered your thank-you",
    SignalKind.FOLLOW_UP_INTERVIEW: "they asked for another interview",
    SignalKind.INTERVIEW_REQUEST: "they asked for another interview",
}


@dataclass(frozen=True, slots=True)
class News:
    """Contact from the employer after the last interview: when, and in words."""

    at: datetime
    words: str


@dataclass(frozen=True, slots=True)
class FollowUp:
    """One planned follow-up (planner.PlannedAction is built from it)."""

    key: str
    title: str
    due: datetime
    cause: datetime
    done_at: datetime | None


def _after(value: datetime, delta: timedelta) -> datetime:
    return value.astimezone(UTC) + delta


def news_since(
    app_id: int, last: Interview, observations: Sequence[Observation], mail: MailIndex
) -> list[News]:
    """Every contact after the last interview's end, oldest first: incoming mail on the
    application and signs seen after an interview (typed in or read from mail: a sign read
    from a message is that message, counted once)."""
    found = [News(at, "their last message") for at, _ in mail.received(app_id, last.end)]
    for obs in observations:
        entry = CATALOGUE.get(obs.kind)
        if entry is None or entry.phase is not Phase.AFTER or obs.kind in TERMINAL_KINDS:
            continue
        if obs.message_id is not None or obs.observed_at <= last.end:
            continue
        found.append(News(obs.observed_at, _NEWS_WORDS.get(obs.kind, "they were in touch")))
    return sorted(found, key=lambda n: (n.at, n.words))


def _first_round_floor(last: Interview, contact: Person | None, mail: MailIndex) -> datetime:
    """From when mail to the contact counts as the first follow-up: after the thank-you.
    Mail within 48 h of the interview is the thank-you; so is, when the contact was met
    there, their first mail after it within the week a thank-you is planned (sent late)."""
    floor = _after(last.end, THANK_YOU_WINDOW)
    if contact is None or all(p.id != contact.id for p in last.people):
        return floor
    thanked = mail.sent_to(contact.email, last.scheduled_start)
    if thanked is not None and floor <= thanked <= _after(last.end, THANK_YOU_WEEK):
        return thanked + timedelta(microseconds=1)
    return floor


def _round_due(
    round_no: int,
    since: datetime,
    stated: tuple[date, datetime] | None,
    tz: tzinfo,
    holidays: Collection[date],
) -> tuple[datetime, str]:
    """When round `round_no`'s follow-up is due, counted from `since`, and why ("" when the
    caller words it from the news). A stated date counts when it is the newest word or its
    follow-up time is later: they said to wait until then."""
    days = FOLLOW_UP_DAYS if round_no == 1 else AFTER_NEWS_DAYS
    plain = roll_to_business_day(add_local_days(since, days, tz), tz, holidays)
    if stated is None:
        return plain, ""
    day = add_business_days(stated[0], FOLLOW_UP_BUSINESS_DAYS, holidays)
    timed = local_at(day, _MORNING, tz)
    if round_no == 1 or stated[1] >= since or timed > plain:
        after = short_day(stated[0], day)
        why = f"no news {FOLLOW_UP_BUSINESS_DAYS} business days after {after}"
        return timed, why
    return plain, ""


def follow_ups(
    app: Application,
    last: Interview,
    contact: Person | None,
    observations: Sequence[Observation],
    stated: tuple[date, datetime] | None,
    mail: MailIndex,
    marks: Mapping[str, datetime | None],
    tz: tzinfo,
    holidays: Collection[date] = frozenset(),
) -> list[FollowUp]:
    """The follow-ups for an open application after its last interview.

    `stated` is the latest stated timeline (date, when said); `marks` maps stored keys to
    their done time (a follow-up marked done by hand counts as sent)."""
    if any(o.kind in TERMINAL_KINDS for o in observations):
        return []
    email = contact.email if contact else None
    name = contact.name if contact else app.company
    job = f"{app.role} at {app.company}" if contact else app.role  # the company named once
    base = f"{FOLLOW_UP}:{app.id}:{last.id}"
    news = news_since(app.id, last, observations, mail)
    held = last.end.astimezone(tz).date()
    since, what = last.end, f"the interview on {short_day(held, held)}"
    round_no, used = 1, 0  # news[:used] are accounted for
    answered: list[FollowUp] = []  # follow-ups sent and answered: kept, done
    first_floor = _first_round_floor(last, contact, mail)
    while round_no <= MAX_ROUNDS:
        sent_floor = first_floor if round_no == 1 else since
        key = f"{base}:1" if round_no == 1 else f"{base}:r{round_no}"
        sent = mail.sent_to(email, max(since, sent_floor)) or marks.get(key)
        # News before we followed up (or with nothing sent yet): re-time from the latest.
        pending = [n for n in news[used:] if sent is None or n.at < sent]
        if pending:
            used += len(pending)
            since, what = pending[-1].at, pending[-1].words
            round_no += 1
            continue
        due, why = _round_due(round_no, since, stated, tz, holidays)
        if not why:
            on = short_day(since.astimezone(tz).date(), due.astimezone(tz).date())
            why = (f"no news {FOLLOW_UP_DAYS} days after the last interview" if round_no == 1
                   else f"no news since {what} on {on}")  # fmt: skip
        first = FollowUp(key, f"Follow up with {name} ({job}): {why}", due, since, sent)
        if sent is None:
            return [*answered, first]
        replies = [n for n in news[used:] if n.at >= sent]
        if replies:  # they answered: a new round from their answer
            answered.append(first)
            used += 1
            since, what = replies[0].at, replies[0].words
            round_no += 1
            continue
        again_key = f"{base}:2" if round_no == 1 else f"{key}:2"
        again = FollowUp(
            again_key,
            f"Follow up once more with {name} ({job}): no answer for a week",
            roll_to_business_day(add_local_days(sent, SECOND_FOLLOW_UP_DAYS, tz), tz, holidays),
            sent,
            mail.sent_to(email, _after(sent, timedelta(days=1))) or marks.get(again_key),
        )
        return [*answered, first, again]
    return answered


__all__ = ["FOLLOW_UP", "FollowUp", "News", "follow_ups", "news_since"]
