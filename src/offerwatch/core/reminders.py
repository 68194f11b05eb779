"""Which reminders to send now, per channel: due-now reminders and the morning digest.

`outbox(...)` is pure: it reads the open actions (with their due times), the sent log, the
channels, the quiet hours and `now`, and returns what each channel should receive. The
service sends it and records each sent item in the log, so that a reminder (an action at
one due time, on one channel) is never sent twice. A snoozed action is reminded again when
its snooze ends (a new due time, so a new reminder); a done one never.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo

from offerwatch.core.business_days import local_at, local_day_bounds
from offerwatch.core.day_words import clock_time, day_and_time
from offerwatch.core.plan_types import KeepApplying

_QUIET = re.compile(r"(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})")
DIGEST = "digest"  # the sent log's key of a morning digest (due stamp: that morning)
DIGEST_AT = time(8, 0)  # the digest goes out at the first run from 08:00 local
# A reminder for an action that became due while nothing ran (the computer was off) is
# still sent this long after its due time; older ones are only listed in the digest as
# overdue, so that a week away does not end in a burst of stale pings.
CATCH_UP = timedelta(hours=36)
# Reminded this long before the due time: "ask about the timeline" is due when the final
# interview starts, and is no longer called for once it has (core/planner.py).
LEAD = {"ask_timeline": timedelta(hours=1)}


@dataclass(frozen=True, slots=True)
class DueAction:
    """An action as the reminders see it; `due` is its due time (not the snooze)."""

    id: int
    title: str
    kind: str
    due: datetime
    done: bool = False
    snoozed_until: datetime | None = None
    application_id: int | None = None

    @property
    def effective_due(self) -> datetime:
        """When it is due as the user sees it: the end of a snooze that moved it later."""
        if self.snoozed_until is not None and self.snoozed_until > self.due:
            return self.snoozed_until
        return self.due


@dataclass(frozen=True, slots=True)
class QuietHours:
    """Local hours in which nothing is sent (may span midnight: 22:00-07:00)."""

    start: time
    end: time

    def contains(self, moment: datetime, tz: tzinfo) -> bool:
        at = moment.astimezone(tz).time()
        if self.start == self.end:
            return False
        if self.start < self.end:
            return self.start <= at < self.end
        return at >= self.start or at < self.end


@dataclass(frozen=True, slots=True)
class ChannelRef:
    """A channel as the reminders see it: its id and since when it exists."""

    id: int
    created_at: datetime


@dataclass(frozen=True, slots=True)
class Sent:
    """One entry of the sent log: `key` is "action:<id>" or DIGEST."""

    channel_id: int
    key: str
    due_stamp: datetime


@dataclass(frozen=True, slots=True)
class Reminder:
    """One action to remind of, on one channel."""

    channel_id: int
    action: DueAction
    due_stamp: datetime

    @property
    def key(self) -> str:
        return action_key(self.action.id)


@dataclass(frozen=True, slots=True)
class Digest:
    """The morning digest of one local day, for one channel."""

    channel_id: int
    day: date
    due_stamp: datetime  # that morning's digest time: one digest a day per channel
    due_today: list[DueAction] = field(default_factory=list)
    overdue: list[DueAction] = field(default_factory=list)
    keep_applying: KeepApplying | None = None

    key = DIGEST


@dataclass(frozen=True, slots=True)
class Outbox:
    reminders: list[Reminder]
    digests: list[Digest]

    def __bool__(self) -> bool:
        return bool(self.reminders or self.digests)


def lead(kind: str) -> timedelta:
    """How long before its due time an action of `kind` is reminded of."""
    return LEAD.get(kind, timedelta(0))


def action_key(action_id: int) -> str:
    return f"action:{action_id}"


def parse_quiet_hours(text: str) -> QuietHours:
    """ "22:00-07:30" (or "22:00-7:30") -> QuietHours; ValueError with the reason otherwise."""
    found = _QUIET.fullmatch(text.strip())
    reason = f"quiet hours as HH:MM-HH:MM (e.g. 22:00-07:00), not {text!r}"
    if found is None:
        raise ValueError(reason)
    h1, m1, h2, m2 = (int(g) for g in found.groups())
    try:
        return QuietHours(time(h1, m1), time(h2, m2))
    except ValueError:
        raise ValueError(reason) from None


def outbox(
    actions: Iterable[DueAction],
    sent: Iterable[Sent],
    channels: Sequence[ChannelRef],
    now: datetime,
    tz: tzinfo,
    *,
    quiet: QuietHours | None = None,
    keep_applying: KeepApplying | None = None,
    digest_at: time = DIGEST_AT,
) -> Outbox:
    """What to send now: nothing in quiet hours; else, per channel, each open action whose
    (effective) due time has come (less its `lead`), since the channel exists and not longer
    than CATCH_UP ago, not sent yet at that due time; and the day's digest once from
    `digest_at` on."""
    if quiet is not None and quiet.contains(now, tz):
        return Outbox([], [])
    log = {(s.channel_id, s.key, s.due_stamp) for s in sent}
    open_actions = [a for a in actions if not a.done]
    reminders: list[Reminder] = []
    digests: list[Digest] = []
    morning = local_at(now.astimezone(tz).date(), digest_at, tz)
    for channel in channels:
        for action in open_actions:
            due = action.effective_due
            if not max(channel.created_at, now - CATCH_UP) <= due <= now + lead(action.kind):
                continue
            if (channel.id, action_key(action.id), due) not in log:
                reminders.append(Reminder(channel.id, action, due))
        if now >= morning and (channel.id, DIGEST, morning) not in log:
            digest = _digest(channel.id, morning, open_actions, now, tz, keep_applying)
            if digest is not None:
                digests.append(digest)
    reminders.sort(key=lambda r: (r.channel_id, r.due_stamp, r.action.id))
    return Outbox(reminders, digests)


def _digest(
    channel_id: int,
    morning: datetime,
    actions: Sequence[DueAction],
    now: datetime,
    tz: tzinfo,
    keep_applying: KeepApplying | None,
) -> Digest | None:
    """The day's digest, or None when it would say nothing (nothing due, target met)."""
    start, tomorrow = local_day_bounds(now, tz)
    ordered = sorted(actions, key=lambda a: (a.effective_due, a.id))
    overdue = [a for a in ordered if a.effective_due < start]
    today = [a for a in ordered if start <= a.effective_due < tomorrow]
    behind = (
        keep_applying is not None
        and keep_applying.active
        and (keep_applying.applied_this_week < keep_applying.target)
    )
    if not overdue and not today and not behind:
        return None
    day = now.astimezone(tz).date()
    return Digest(channel_id, day, morning, today, overdue, keep_applying)


def digest_lines(digest: Digest, tz: tzinfo) -> list[str]:
    """The digest as plain lines (the text of a mail, a push, a webhook's `text`)."""
    lines: list[str] = []
    if digest.overdue:
        lines.append(f"Overdue ({len(digest.overdue)}):")
        lines += [f"- {a.title} (was due {day_and_time(a.effective_due, tz, digest.day)})"
                  for a in digest.overdue]  # fmt: skip
    if digest.due_today:
        lines.append(f"Due today ({len(digest.due_today)}):")
        lines += [f"- {a.title} ({clock_time(a.effective_due.astimezone(tz))})"
                  for a in digest.due_today]  # fmt: skip
    ka = digest.keep_applying
    if ka is not None and ka.active:
        lines.append(f"Keep applying: {ka.applied_this_week} of {ka.target} new applications "
                     "this week")  # fmt: skip
    return lines
