"""Turn what an employer said about timing into the latest date it implies.

`expected_by("within a week", said_on)` -> said_on + 7 days. Pure: no clock, no I/O.

Every phrase found in the text gives a date; the latest one wins (a "1-2 weeks" range means
two weeks). Conventions (docs/detection.md lists them all): "by Friday" is the coming Friday
(a week later when said on a Friday); "next Tuesday" is the Tuesday of next week; "the end of
a week" is its Friday; "early/mid/late next month" are the 10th/20th/last day; a number of
hours rounds up to whole days; numeric dates like 12/03 are read day-first or month-first,
whichever is possible, and when both are, the one nearer after `said_on`. A date is never
before `said_on`.
"""

from __future__ import annotations

import bisect
import calendar
import re
from collections.abc import Callable, Iterator
from datetime import date, timedelta

_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")

_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fourteen": 14,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty-eight": 48,
    "seventy-two": 72,
    "couple": 2,
    "a couple": 2,
    "a couple of": 2,
    "couple of": 2,
    "few": 3,
    "a few": 3,
    "several": 5,
}
_WEEKDAYS = {
    name: i
    for i, names in enumerate(
        [
            ("monday", "mon"),
            ("tuesday", "tue", "tues"),
            ("wednesday", "wed"),
            ("thursday", "thu", "thur", "thurs"),
            ("friday", "fri"),
            ("saturday", "sat"),
            ("sunday", "sun"),
        ]
    )
    for name in names
}
_MONTHS = {
    name: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for name in names
}

_NUM = (
    r"(\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen"
    r"|fifteen|twenty|thirty|forty-eight|seventy-two|(?:a\s+)?couple(?:\s+of)?|(?:a\s+)?few"
    r"|several)"
)
_RANGE = rf"(?:{_NUM}\s*(?:-|–|to|or)\s*)?{_NUM}"
_UNIT = r"(hours?|hrs|(?:business|working)\s+days?|days?|weeks?|fortnights?|months?)"
_DAY = r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri)"
_MONTH = (
    r"(january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)"
)
_ORD = r"(\d{1,2})(?:st|nd|rd|th)?"
_DAY_G = _DAY.replace("(", "(?P<day>", 1)
_MONTH_G = _MONTH.replace("(", "(?P<month>", 1)
_ORD_G = _ORD.replace("(", "(?P<day>", 1)
_YEAR_G = r"(?:,?\s+(?P<year>\d{4}))?"

_Rule = tuple["re.Pattern[str]", Callable[["re.Match[str]", date], date | None]]


def _number(word: str | None) -> int | None:
    if word is None:
        return None
    word = re.sub(r"\s+", " ", word.strip().lower())
    if word.isdigit():
        return int(word)
    return _NUMBERS.get(word)


def _add_business_days(start: date, days: int) -> date:
    current = start
    while days > 0:
        current += timedelta(days=1)
        if current.weekday() < 5:
            days -= 1
    return current


def _add_months(start: date, months: int) -> date:
    month_index = start.month - 1 + months
    year = start.year + month_index // 12
    month = month_index % 12 + 1
    day = min(start.day, calendar.monthrange(year, month)[1])
    return date(year, month, day)


def _add(start: date, amount: int, unit: str) -> date:
    unit = unit.lower()
    if unit.startswith(("business", "working")):
        return _add_business_days(start, amount)
    if unit.startswith(("hour", "hr")):
        return start + timedelta(days=-(-amount // 24))
    if unit.startswith("day"):
        return start + timedelta(days=amount)
    if unit.startswith("fortnight"):
        return start + timedelta(days=14 * amount)
    if unit.startswith("week"):
        return start + timedelta(days=7 * amount)
    return _add_months(start, amount)


# A span that is a length, not a wait: "hiring for three months now", "a 6 month contract",
# "two years' experience", "one month's notice".
_LENGTH_AFTER = re.compile(
    r"\s*(?:now|ago|already|so\s+far|old|long|of\s+(?:experience|notice)|experience|contract|"
    r"(?:a|per|each|every)\s+(?:week|month|fortnight)|"  # "3 days a week": how often, no wait
    r"probation|notice|placement|project|assignment|maternity|secondment|role|position|course|"
    r"programme|program|internship|fixed|'s?\s+notice|'s?\s+(?:experience|holiday|leave)|"
    r"in\s+(?:the|this|that|your|my)\s+(?:role|job|position|team))\b",
    re.IGNORECASE,
)
_LENGTH_BEFORE = re.compile(
    r"(?:\b(?:\d+\s*(?:hours?|days?|times?)|once|twice)\s+|"  # "3 days a week", "once a month"
    r"(?:have|has|had|'ve|'s)\s+been\s+(?:\w+ing|in|at|with|here|there)\b[^.;]{0,40}|\b(?:past|last|previous|first|an?)\s+"
    r"(?:(?:\d+|one|two|three|four|five|six)\s*(?:-|–|to)\s*)?)$",
    re.IGNORECASE,
)


# A stretch gone by or measured, not a wait: right before a bare span ("this has taken two
# weeks", "we lost two weeks"), or before "for"/"after" and a span ("away for two weeks",
# "reviewed after 3 months" in a contract's terms). What breaks it: "we're off for two weeks,
# then we'll decide" gives no date; "the decision will be taken within two weeks" still does.
_LEAD = re.compile(
    r"(within|in|over|during|after|under|for|next|coming|following)\b", re.IGNORECASE
)
_STRETCH_BEFORE = re.compile(
    r"\b(?:away|off|running|lasts?|lasting|reviewed|renewed|extended|open)\s+$", re.IGNORECASE
)
_GONE_BEFORE = re.compile(
    r"\b(?:taken|took|lost|spent|waited|wasted|lasted)\s+(?:about\s+|almost\s+|nearly\s+|"
    r"over\s+|around\s+)?$",
    re.IGNORECASE,
)


def _is_length(m: re.Match[str]) -> bool:
    """True if the span at `m` measures something (a past stretch, a contract) rather than
    the wait until a date."""
    text = m.string
    before = text[max(0, m.start() - 80) : m.start()]
    if _LENGTH_AFTER.match(text, m.end()) or _LENGTH_BEFORE.search(before):
        return True
    lead = _LEAD.match(m[0])
    if lead and lead[1].lower() in ("for", "after") and _STRETCH_BEFORE.search(before):
        return True
    if not lead and _GONE_BEFORE.search(before):
        return True
    amount = _number(m["b"])
    unit = m["unit"].lower()
    return (
        amount is not None
        and amount > 1
        and not unit.endswith("s")
        and not unit.startswith(("business", "working"))
    )


def _span(m: re.Match[str], said_on: date) -> date | None:
    """`within 2 weeks`, `in 3-5 business days`: the upper end of the range."""
    amounts = [n for n in (_number(m["a"]), _number(m["b"])) if n is not None]
    if not amounts or max(amounts) > 400 or _is_length(m):
        return None
    amount = max(amounts)
    return _add(said_on, amount, m["unit"])


def _bare_span(m: re.Match[str], said_on: date) -> date | None:
    """`within the week` / `in a week's time` with the number implied as one."""
    return _add(said_on, 1, m["unit"])


def _few(m: re.Match[str], said_on: date) -> date | None:
    """`in the coming weeks`: read as a few (three)."""
    return _add(said_on, 3, m["unit"])


def _week_friday(said_on: date, weeks_ahead: int) -> date:
    monday = said_on - timedelta(days=said_on.weekday())
    return monday + timedelta(days=7 * weeks_ahead + 4)


def _end_of_week(m: re.Match[str], said_on: date) -> date | None:
    if m["which"] and m["which"].lower() == "next":
        return _week_friday(said_on, 1)
    friday = _week_friday(said_on, 0)
    return friday if friday >= said_on else _week_friday(said_on, 1)


def _part_of_next_week(m: re.Match[str], said_on: date) -> date | None:
    part = (m["part"] or "").lower()
    monday = said_on - timedelta(days=said_on.weekday()) + timedelta(days=7)
    if part in ("early", "beginning of", "start of", "the beginning of", "the start of"):
        return monday + timedelta(days=2)
    if part in ("mid", "mid-", "middle of", "the middle of"):
        return monday + timedelta(days=3)
    return monday + timedelta(days=4)


def _later_this_week(m: re.Match[str], said_on: date) -> date | None:
    friday = _week_friday(said_on, 0)
    return friday if friday >= said_on else _week_friday(said_on, 1)


def _weekday(m: re.Match[str], said_on: date) -> date | None:
    target = _WEEKDAYS[m["day"].lower()]
    which = (m["which"] or "").lower()
    if which == "next" or m["nextweek"]:
        monday = said_on - timedelta(days=said_on.weekday()) + timedelta(days=7)
        return monday + timedelta(days=target)
    ahead = (target - said_on.weekday()) % 7
    return said_on + timedelta(days=ahead or 7)


def _part_of_month(part: str, year: int, month: int) -> date:
    """ "early" -> the 10th, "mid" -> the 20th, anything else ("end", "late") -> the last day
    of that month: the latest date each phrase implies."""
    if part.startswith(("early", "beginning", "start", "the beginning", "the start")):
        day = 10
    elif part.startswith(("mid", "the middle")):
        day = 20
    else:
        day = calendar.monthrange(year, month)[1]
    return date(year, month, day)


def _month_part(m: re.Match[str], said_on: date) -> date | None:
    which = (m["which"] or "").lower()
    base = _add_months(said_on.replace(day=1), 1 if which == "next" else 0)
    return max(_part_of_month((m["part"] or "end").lower(), base.year, base.month), said_on)


def _named_month_part(m: re.Match[str], said_on: date) -> date | None:
    """`mid-April`, `end of March`: the 10th/20th/last day of that month."""
    month = _MONTHS[m["month"].lower()]
    year = said_on.year if month >= said_on.month else said_on.year + 1
    return max(_part_of_month(m["part"].lower(), year, month), said_on)


def _quarter_end(m: re.Match[str], said_on: date) -> date | None:
    """`end of Q1 2027`: the quarter's last day (this year's, or next year's once it is past)."""
    month = 3 * int(m["q"])
    year = int(m["year"]) if m["year"] else said_on.year
    found = date(year, month, calendar.monthrange(year, month)[1])
    if found < said_on and not m["year"]:
        found = date(year + 1, month, found.day)
    return found


def _next_month(m: re.Match[str], said_on: date) -> date | None:
    base = _add_months(said_on.replace(day=1), 1)
    return base.replace(day=calendar.monthrange(base.year, base.month)[1])


def _relative_day(m: re.Match[str], said_on: date) -> date | None:
    word = m["word"].lower()
    if word == "tomorrow":
        return said_on + timedelta(days=1)
    if word.startswith("day after"):
        return said_on + timedelta(days=2)
    return said_on


def _future_date(month: int, day: int, year: int | None, said_on: date) -> date | None:
    try:
        if year is not None:
            return date(year if year > 99 else 2000 + year, month, day)
        candidate = date(said_on.year, month, day)
        if candidate >= said_on:
            return candidate
        if (said_on - candidate).days > 180:  # "January 5" said in December
            return date(said_on.year + 1, month, day)
        return None  # a date in the recent past: not a deadline
    except ValueError:
        return None


def _weekday_ordinal(m: re.Match[str], said_on: date) -> date | None:
    """`Friday the 25th`: the first date from `said_on` on that weekday and day of month."""
    target, day = _WEEKDAYS[m["day"].lower()], int(m["nth"])
    month = said_on.replace(day=1)
    for _ in range(14):
        if day <= calendar.monthrange(month.year, month.month)[1]:
            found = month.replace(day=day)
            if found >= said_on and found.weekday() == target:
                return found
        month = _add_months(month, 1)
    return _day_of_month(m, said_on)


def _day_of_month(m: re.Match[str], said_on: date) -> date | None:
    """`by the 15th`: that day of this month, or of next month when it has passed."""
    day = int(m["nth"])
    month = said_on.replace(day=1)
    for _ in range(3):
        if day <= calendar.monthrange(month.year, month.month)[1]:
            found = month.replace(day=day)
            if found >= said_on:
                return found
        month = _add_months(month, 1)
    return None


# "w/c 7th Dec", "week commencing 14 December": a date that opens a week means that week.
_WEEK_OF = re.compile(r"(?:\bw/c|\bweek\s+(?:commencing|beginning|starting|of))\s*$", re.IGNORECASE)


def _month_day(m: re.Match[str], said_on: date) -> date | None:
    year = int(m["year"]) if m["year"] else None
    found = _future_date(_MONTHS[m["month"].lower()], int(m["day"]), year, said_on)
    if found is not None and _WEEK_OF.search(m.string[max(0, m.start() - 20) : m.start()]):
        return found + timedelta(days=4)
    return found


# Before a dotted number with no year, the words after which it is a date ("on 3.12", "Friday
# 3.12"); after any other word it is a version or a figure ("Python 3.12", "Postgres 16.2").
_DATE_WORD_BEFORE = re.compile(
    r"(?:\b(?:on|by|until|till|til|before|from|for|the|am|bis|zum|le|el|del|al|au|du|ab|vor|and|or|to|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|"
    r"sun)|[^\w\s]|^)\s*$",
    re.IGNORECASE,
)


def _numeric(m: re.Match[str], said_on: date) -> date | None:
    before = m.string[max(0, m.start() - 12) : m.start()]
    if m[0][len(m["p"])] == "." and not m["year"] and not _DATE_WORD_BEFORE.search(before):
        return None
    first, second = int(m["p"]), int(m["q"])
    year = int(m["year"]) if m["year"] else None
    options = [
        d
        for d in (
            _future_date(second, first, year, said_on),  # day first (12/03 = 12 March)
            _future_date(first, second, year, said_on),  # month first (12/03 = 3 December)
        )
        if d is not None
    ]
    if not options:
        return None
    return min(options, key=lambda d: abs((d - said_on).days))


def _gone_by(m: re.Match[str], said_on: date) -> date | None:
    """A day or stretch already past names no date ahead: its words are claimed, no date."""
    return None


_FLAGS = re.IGNORECASE
_NOT_MONTH = rf"(?!\s+(?:of\s+)?{_MONTH}\b)"
_RULES: list[_Rule] = [
    # First, so that no later rule reads their words as a date ahead: "your chat last
    # Thursday" (not the coming one), "Mr Munro has been away for two weeks" (no wait).
    (
        re.compile(
            rf"\b(?:last|past|previous)\s+(?:{_DAY}|week|month)\b(?!\s+of\b)|"
            r"\b(?:has|have|had|'ve|'s)\s+been\s+(?:\w+\s+){0,2}for\s+(?:the\s+(?:past|last)\s+)?"
            rf"{_RANGE}\s*{_UNIT}\b",
            _FLAGS,
        ),
        _gone_by,
    ),
    (
        re.compile(
            # "Friday the 25th", "friday 27" (as Spanish "viernes 27" comes out), not "Friday 2pm"
            rf"\b{_DAY_G},?\s+(?:the\s+)?(?P<nth>\d{{1,2}})(?:(?:st|nd|rd|th)\b|(?!\d|[:.]\d|\s*(?:am|pm|h|uhr)\b))"
            rf"{_NOT_MONTH}",
            _FLAGS,
        ),
        _weekday_ordinal,
    ),
    (
        re.compile(
            rf"\b(?:by|on|before|until|till|for)\s+the\s+(?P<nth>\d{{1,2}})(?:st|nd|rd|th)\b{_NOT_MONTH}",
            _FLAGS,
        ),
        _day_of_month,
    ),
    (
        re.compile(
            r"\b(?:within|in|over)\s+the\s+(?:next|coming)\s+(?P<unit>week)\b(?!\s+or)", _FLAGS
        ),
        _bare_span,
    ),
    (
        re.compile(
            rf"\b(?:within|in|over|during|after|under|for)\s+(?:the\s+)?(?:next\s+|coming\s+|following\s+)?"
            rf"(?:(?P<a>{_NUM})\s*(?:-|–|to|or)\s*)?(?P<b>{_NUM})\s*(?P<unit>{_UNIT})\b",
            _FLAGS,
        ),
        _span,
    ),
    (
        re.compile(
            rf"\b(?:(?P<a>{_NUM})\s*(?:-|–|to|or)\s*)?(?P<b>{_NUM})\s*(?P<unit>{_UNIT})"
            r"\s+(?:from\s+(?:now|today)|time)\b",
            _FLAGS,
        ),
        _span,
    ),
    (
        re.compile(
            rf"\b(?:next|coming|following)\s+(?:(?P<a>{_NUM})\s*(?:-|–|to|or)\s*)?(?P<b>{_NUM})"
            rf"\s*(?P<unit>{_UNIT})\b",
            _FLAGS,
        ),
        _span,
    ),
    (
        re.compile(
            r"\b(?:within|in|over|during)\s+(?:the\s+)?(?:next\s+|coming\s+|following\s+)?"
            r"(?P<unit>fortnight)\b",
            _FLAGS,
        ),
        _bare_span,
    ),
    (
        re.compile(
            r"\b(?:the\s+)?end\s+of\s+(?:the\s+|this\s+|(?P<which>next)\s+)?(?:working\s+|business\s+)?week\b",
            _FLAGS,
        ),
        _end_of_week,
    ),
    (
        re.compile(
            r"\b(?P<part>early|mid-?|late|(?:the\s+)?end\s+of|(?:the\s+)?beginning\s+of|"
            r"(?:the\s+)?start\s+of|(?:the\s+)?middle\s+of)\s*(?:the\s+|this\s+|(?P<which>next)\s+)?month\b",
            _FLAGS,
        ),
        _month_part,
    ),
    (  # "by the end of Q1 2027": the last day of that quarter
        re.compile(r"\b(?:the\s+)?end\s+of\s+q(?P<q>[1-4])\b(?:\s+(?P<year>\d{4}))?", _FLAGS),
        _quarter_end,
    ),
    (  # "by month end", "by month-end": the last day of this month
        re.compile(r"\b(?P<part>)(?:(?P<which>next)\s+)?month[\s-]?end\b", _FLAGS),
        _month_part,
    ),
    (
        re.compile(
            r"\b(?:in|over|during|within)\s+the\s+(?:coming|next|following)\s+(?P<unit>days|weeks)\b",
            _FLAGS,
        ),
        _few,
    ),
    (
        re.compile(
            rf"\b(?:(?P<which>next|this|coming|on|by|until|before)\s+)?{_DAY_G}\b"
            r"(?P<nextweek>\s+(?:of\s+)?next\s+week)?",
            _FLAGS,
        ),
        _weekday,
    ),
    (
        re.compile(
            r"\b(?P<part>early|mid-?|late|(?:the\s+)?beginning\s+of|(?:the\s+)?start\s+of|"
            r"(?:the\s+)?middle\s+of)?\s*next\s+week\b",
            _FLAGS,
        ),
        _part_of_next_week,
    ),
    (
        re.compile(r"\b(?:later|sometime|some\s+time)\s+this\s+week\b|\bthis\s+week\b", _FLAGS),
        _later_this_week,
    ),
    (
        re.compile(
            r"\b(?P<part>early|mid-?|late|(?:the\s+)?end\s+of|(?:the\s+)?beginning\s+of|"
            r"(?:the\s+)?start\s+of|(?:the\s+)?middle\s+of)\s*"
            rf"{_MONTH_G}\b",
            _FLAGS,
        ),
        _named_month_part,
    ),
    (
        re.compile(
            r"\b(?:within|in|during|over)\s+(?:the\s+)?next\s+month\b|\bnext\s+month\b", _FLAGS
        ),
        _next_month,
    ),
    (
        re.compile(
            r"\b(?P<word>tomorrow|day\s+after\s+tomorrow|today|tonight|end\s+of\s+(?:the\s+)?day|eod|cob)\b",
            _FLAGS,
        ),
        _relative_day,
    ),
    (
        re.compile(
            rf"\b{_MONTH_G}\.?\s+{_ORD_G}\b{_YEAR_G}",
            _FLAGS,
        ),
        _month_day,
    ),
    (
        re.compile(
            rf"\b{_ORD_G}\s+(?:of\s+)?{_MONTH_G}\b\.?{_YEAR_G}",
            _FLAGS,
        ),
        _month_day,
    ),
    (
        re.compile(
            r"(?<![\d/.])(?P<p>\d{1,2})[/.](?P<q>\d{1,2})(?:[/.](?P<year>\d{2}|\d{4}))?(?![\d/.])"
        ),
        _numeric,
    ),
]


_RULES.append(
    (
        re.compile(
            rf"\b(?:(?P<a>{_NUM})\s*(?:-|–|to|or)\s*)?(?P<b>{_NUM})\s*(?P<unit>{_UNIT})\b",
            _FLAGS,
        ),
        _span,
    )
)  # a bare "2-3 weeks" last, so that every more specific reading above wins


def _candidates(text: str, said_on: date) -> Iterator[date]:
    for match in _ISO.finditer(text):
        try:
            yield date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            continue
    # Spans read by an earlier, more specific rule: disjoint, kept sorted, so that a long
    # text with many phrases is checked in log time per match (not against every span).
    starts: list[int] = []
    ends: list[int] = []
    for pattern, to_date in _RULES:
        for match in pattern.finditer(text):
            start, end = match.span()
            i = bisect.bisect_left(starts, end) - 1  # the last span starting before `end`
            if i >= 0 and ends[i] > start:
                continue
            starts.insert(i + 1, start)
            ends.insert(i + 1, end)
            try:
                found = to_date(match, said_on)
            except (ValueError, OverflowError):
                found = None
            if found is not None:
                yield found


def expected_by(text: str, said_on: date) -> date | None:
    """The latest calendar date implied by `text`, counted from `said_on`; None if none."""
    found = [d for d in _candidates(text, said_on) if d >= said_on]
    return max(found) if found else None


def whole_phrase(text: str, said_on: date) -> date | None:
    """The date `text` names when all of it is one phrase this reader knows ("next friday",
    "in two weeks", "end of the month"), counted from `said_on`; None for anything else,
    including a longer text that merely contains such a phrase ("the tuesday after easter").
    For dates typed on purpose, where guessing from a fragment would be wrong."""
    wanted = " ".join(text.split())
    for pattern, to_date in _RULES:
        match = pattern.fullmatch(wanted)
        if match is None:
            continue
        try:
            found = to_date(match, said_on)
        except (ValueError, OverflowError):
            found = None
        if found is not None:
            return found
    return None
