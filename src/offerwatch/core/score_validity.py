"""Until when a score computed at `now` stays what scoring again would give, facts unchanged.

`core.odds.score_application` reads the time only through comparisons with the facts' own
moments (a sign seen, an interview's start or end, a message's date: `t <= now`), whole days
elapsed since such a moment (`(now - t).days`: silence after a final round) and the calendar
date of `now` in its zone (the day a stated timeline's grace ends). So between `now` and the
first of these moments still ahead, the score is constant. Of the moments already past, only
the one silence counts from (`core.derive.silence_clock`: a week after the last news, or 3
business days after a stated date) has whole days that matter: silence grows once a day.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date, datetime, time, timedelta

from offerwatch.core import derive
from offerwatch.core.business_days import NO_HOLIDAYS
from offerwatch.core.catalogue import CATALOGUE, Phase
from offerwatch.core.entities import Interview, Message, Observation

DAY = timedelta(days=1)


def _next_midnight(now: datetime) -> datetime:
    """The start of the next calendar day of `now`, in `now`'s zone (exact across DST)."""
    tz = now.tzinfo
    nxt = datetime.combine(now.date() + DAY, time(0), tzinfo=tz)
    return nxt if nxt > now else now + timedelta(microseconds=1)


def _next_change(moment: datetime, now: datetime) -> datetime:
    """The first time after `now` at which `moment <= now` or `(now - moment).days` changes."""
    if moment > now:
        return moment
    whole = (now - moment) // DAY
    return moment + (whole + 1) * DAY


def score_valid_until(
    now: datetime,
    interviews: Sequence[Interview],
    observations: Sequence[Observation],
    messages: Sequence[Message],
    holidays: Collection[date] = NO_HOLIDAYS,
) -> datetime:
    """The first moment after `now` at which the score of these facts (one application's)
    may change with time alone; its score at any time in [now, that moment) is the one at
    `now`."""
    until = _next_midnight(now)
    ahead = [t for i in interviews for t in (i.scheduled_start, i.end) if t > now]
    ahead += [o.observed_at for o in observations if o.observed_at > now]
    ahead += [m.date for m in messages if m.date > now]
    until = min([until, *ahead])
    # Of the moments past, only the whole days since silence started to count can change the
    # score (where it counts from changes only at a moment still ahead: bounded above).
    after = [
        o for o in observations
        if o.kind in CATALOGUE and CATALOGUE[o.kind].phase is Phase.AFTER
    ]  # fmt: skip
    clock = derive.silence_clock(interviews, observations, after, messages, now, holidays)
    if clock is not None:
        # Its weight grows with whole days past its start; its words count whole days since
        # the news itself ("no news for 17 days").
        until = min(until, _next_change(clock.starts, now), _next_change(clock.news, now))
    return until
