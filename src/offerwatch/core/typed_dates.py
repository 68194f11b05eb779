"""Dates and times as people type them: "tomorrow 10:00", "next friday", "3/10/2026".

Pure: the caller gives today's date and the day/month order of the user's locale. What is
understood, beyond ISO 8601 (which core.timeutil reads):

- words: today, tomorrow, yesterday, the day after tomorrow; "3 days ago", "2 weeks ago";
  "last friday" (the latest Friday before today);
- numeric dates: 3/10/2026, 3.10.26, 3/10 (this year), read in the locale's order (day first
  in most of the world, month first in the US); a date that only one order allows (25/3) is
  read that way; 2026/3/10 is always year, month, day;
- month names: March 5, 5 March 2026, Mar 5th, 2026;
- a phrase the timeline reader knows (core.timeline), when it is the whole text, counted
  from today: "friday" (the coming one), "next friday" (Friday of next week), "in two weeks",
  "end of the month";
- a time after the date: 10:00, 9:30am, 2pm, "at 14:30".

A time alone is today at that time; "now" is left to the caller, who knows the current time.
"""

from __future__ import annotations

import re
from datetime import date, time, timedelta

from offerwatch.core.timeline import whole_phrase
from offerwatch.core.timeutil import BadDate

DAY_FIRST = "dmy"
MONTH_FIRST = "mdy"

# Regions whose short numeric dates put the month before the day (3/10 = March 10). The
# year-first regions (CN, JP, KR, TW, HU) write month before day as well.
_MONTH_FIRST_REGIONS = frozenset(
    {"US", "PH", "FM", "MH", "PW", "GU", "AS", "MP", "PR", "VI", "UM", "CN", "JP", "KR", "TW", "HU"}
)
_LONGEST = 60  # characters: a date typed by a person is short; anything longer is refused

_WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5,
    "sat": 5, "sunday": 6, "sun": 6,
}  # fmt: skip
_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))

_TIME = re.compile(
    r"(?:^|[\s,]+(?:at\s+)?)(?P<h>\d{1,2})(?::(?P<m>\d{2}))?\s*(?P<ampm>am|pm|a\.m\.|p\.m\.)?$"
)
_YEAR_FIRST = re.compile(r"^(?P<y>\d{4})[/.](?P<m>\d{1,2})[/.](?P<d>\d{1,2})$")
_NUMERIC = re.compile(r"^(?P<p>\d{1,2})[/.](?P<q>\d{1,2})(?:[/.](?P<y>\d{4}|\d{2}))?$")
_MONTH_DAY = re.compile(
    rf"^(?P<month>{_MONTH})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y>\d{{4}}))?$"
)
_DAY_MONTH = re.compile(
    rf"^(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{_MONTH})\.?(?:,?\s+(?P<y>\d{{4}}))?$"
)
_AGO = re.compile(
    r"^(?P<n>\d{1,3}|a|an|one|two|three|four|five|six|seven)\s+(?P<unit>days?|weeks?)\s+ago$"
)
_LAST = re.compile(rf"^last\s+(?P<day>{'|'.join(_WEEKDAYS)})$")
_WORDS = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1, "day after tomorrow": 2}
_SMALL = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
          "seven": 7}  # fmt: skip


def locale_order(environ: dict[str, str]) -> str | None:
    """The day/month order of the locale in `environ` (LC_ALL, then LC_TIME, then LANG, as
    POSIX looks them up): MONTH_FIRST, DAY_FIRST, or None when no locale names a region
    (C, POSIX, unset), in which case an ambiguous date is refused rather than guessed."""
    for var in ("LC_ALL", "LC_TIME", "LANG"):
        value = environ.get(var, "")
        if value:
            match = re.match(r"^[A-Za-z]{2,3}_(?P<region>[A-Za-z]{2})\b", value)
            if match is None:
                return None  # C, POSIX, C.UTF-8: no region, no order
            region = match["region"].upper()
            return MONTH_FIRST if region in _MONTH_FIRST_REGIONS else DAY_FIRST
    return None


def split_time(text: str) -> tuple[str, time | None]:
    """("tomorrow", 10:00) from "tomorrow 10:00"; (text, None) when no time ends it.

    A bare number ends a text only with am/pm ("friday 3pm"), so "march 5" keeps its day."""
    raw = " ".join(text.strip().lower().split())
    match = _TIME.search(raw)
    if match is None or (match["m"] is None and match["ampm"] is None):
        return raw, None
    hour, minute = int(match["h"]), int(match["m"] or 0)
    if match["ampm"]:
        if not 1 <= hour <= 12:
            raise BadDate(f"not a time: {match.group(0).strip()!r}")
        hour = hour % 12 + (12 if match["ampm"].startswith("p") else 0)
    if hour > 23 or minute > 59:
        raise BadDate(f"not a time: {match.group(0).strip()!r}")
    return raw[: match.start()].strip(" ,"), time(hour, minute)


def read_datetime(text: str, today: date, order: str | None) -> tuple[date, time]:
    """The date and the time of day `text` names: a time alone is today, a date alone is
    its midnight (as an ISO date alone is)."""
    rest, at = split_time(text)
    day = read_date(rest, today, order) if rest else today
    if not rest and at is None:
        raise BadDate(f"not a date or time: {text!r}")
    return day, at or time(0, 0)


def read_date(text: str, today: date, order: str | None) -> date:
    """The calendar date `text` names, counted from `today`; BadDate when it names none."""
    raw = " ".join(text.strip().lower().split())
    if not raw or len(raw) > _LONGEST:
        raise BadDate(f"not a date: {text!r}")
    try:
        return date.fromisoformat(raw)
    except ValueError:
        pass
    found = _explicit(raw, today, order)
    if found is None:
        found = _relative(raw, today)
    if found is None:
        found = whole_phrase(raw, today)  # "friday", "in two weeks", "end of the month"
    if found is None:
        raise BadDate(f"not a date: {text!r}")
    return found


def _make(year: int, month: int, day: int, text: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise BadDate(f"no such date: {text!r}") from None


def _year(value: str | None, today: date) -> int:
    if value is None:
        return today.year
    return int(value) + 2000 if len(value) == 2 else int(value)


def _explicit(raw: str, today: date, order: str | None) -> date | None:
    """A date written out: numbers in some order, or a month's name and a day."""
    if match := _YEAR_FIRST.match(raw):
        return _make(int(match["y"]), int(match["m"]), int(match["d"]), raw)
    if match := _NUMERIC.match(raw):
        p, q, year = int(match["p"]), int(match["q"]), _year(match["y"], today)
        if p > 12 or q > 12:  # only one order makes a date: (month, day)
            month, day = (q, p) if p > 12 else (p, q)
        elif p == q:
            month, day = p, q
        else:  # both numbers could be the month: the locale decides
            if order is None:
                raise BadDate(
                    f"{raw!r} could be {date(2000, q, 1):%B} {p} or {date(2000, p, 1):%B} {q}: "
                    "write it as YYYY-MM-DD, or set LC_TIME to your locale (e.g. en_GB.UTF-8 "
                    "for day first, en_US.UTF-8 for month first)"
                )
            month, day = (p, q) if order == MONTH_FIRST else (q, p)
        return _make(year, month, day, raw)
    if match := _MONTH_DAY.match(raw) or _DAY_MONTH.match(raw):
        month = _MONTHS[match["month"]]
        return _make(_year(match["y"], today), month, int(match["day"]), raw)
    return None


def _relative(raw: str, today: date) -> date | None:
    """today, yesterday, "3 days ago", "last friday": the words that look back as well."""
    if raw in _WORDS:
        return today + timedelta(days=_WORDS[raw])
    if match := _AGO.match(raw):
        n = int(match["n"]) if match["n"].isdigit() else _SMALL[match["n"]]
        return today - timedelta(days=n * (7 if match["unit"].startswith("week") else 1))
    if match := _LAST.match(raw):
        back = (today.weekday() - _WEEKDAYS[match["day"]]) % 7 or 7
        return today - timedelta(days=back)
    return None
