"""Dates and times as people type them on the command line (core/typed_dates.py)."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from offerwatch.core.timeline import whole_phrase
from offerwatch.core.timeutil import BadDate
from offerwatch.core.typed_dates import (
    DAY_FIRST,
    MONTH_FIRST,
    locale_order,
    read_date,
    read_datetime,
    split_time,
)

WEDNESDAY = date(2026, 3, 4)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("today", WEDNESDAY),
        ("Tomorrow", date(2026, 3, 5)),
        ("yesterday", date(2026, 3, 3)),
        ("day after tomorrow", date(2026, 3, 6)),
        ("3 days ago", date(2026, 3, 1)),
        ("a week ago", date(2026, 2, 25)),
        ("two weeks ago", date(2026, 2, 18)),
        ("last friday", date(2026, 2, 27)),
        ("last wednesday", date(2026, 2, 25)),  # today is Wednesday: the one before
        ("friday", date(2026, 3, 6)),
        ("this friday", date(2026, 3, 6)),
        ("next friday", date(2026, 3, 13)),  # the timeline reader's "Friday of next week"
        ("in two weeks", date(2026, 3, 18)),
        ("end of the month", date(2026, 3, 31)),
        ("March 5", date(2026, 3, 5)),
        ("mar 5th, 2027", date(2027, 3, 5)),
        ("5 March 2025", date(2025, 3, 5)),
        ("5th of march", date(2026, 3, 5)),
        ("2026/3/10", date(2026, 3, 10)),
        ("2026-03-10", date(2026, 3, 10)),
        ("25/3", date(2026, 3, 25)),  # only one order makes a date
        ("3/25/26", date(2026, 3, 25)),
        ("7/7/2026", date(2026, 7, 7)),
    ],
)
def test_words_and_unambiguous_dates(text: str, expected: date) -> None:
    for order in (DAY_FIRST, MONTH_FIRST, None):
        assert read_date(text, WEDNESDAY, order) == expected


@pytest.mark.parametrize(
    ("text", "order", "expected"),
    [
        ("3/10/2026", DAY_FIRST, date(2026, 10, 3)),
        ("3/10/2026", MONTH_FIRST, date(2026, 3, 10)),
        ("3.10.26", DAY_FIRST, date(2026, 10, 3)),
        ("3/10", MONTH_FIRST, date(2026, 3, 10)),
    ],
)
def test_ambiguous_numeric_dates_follow_the_locale(text: str, order: str, expected: date) -> None:
    assert read_date(text, WEDNESDAY, order) == expected


def test_an_ambiguous_date_without_a_locale_is_refused_with_both_readings() -> None:
    with pytest.raises(BadDate) as caught:
        read_date("3/10/2026", WEDNESDAY, None)
    message = str(caught.value)
    assert "October 3" in message and "March 10" in message
    assert "LC_TIME" in message


@pytest.mark.parametrize(
    "text",
    ["soon", "", "31/2/2026", "13/13/2026", "the tuesday after easter", "friday; rm -rf /",
     "next fridya", "2026-13-45", "x" * 200, "tomorrow tomorrow"],
)  # fmt: skip
def test_what_names_no_date_is_refused(text: str) -> None:
    with pytest.raises(BadDate):
        read_date(text, WEDNESDAY, DAY_FIRST)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tomorrow 10:00", (date(2026, 3, 5), time(10, 0))),
        ("next friday at 14:30", (date(2026, 3, 13), time(14, 30))),
        ("friday 3pm", (date(2026, 3, 6), time(15, 0))),
        ("friday, 9:30am", (date(2026, 3, 6), time(9, 30))),
        ("12am tomorrow", None),  # the time goes after the date
        ("tomorrow 12pm", (date(2026, 3, 5), time(12, 0))),
        ("tomorrow 12am", (date(2026, 3, 5), time(0, 0))),
        ("10:00", (WEDNESDAY, time(10, 0))),
        ("yesterday", (date(2026, 3, 3), time(0, 0))),
        ("march 5", (date(2026, 3, 5), time(0, 0))),  # the 5 is the day, not 5 o'clock
    ],
)
def test_a_time_after_the_date(text: str, expected: tuple[date, time] | None) -> None:
    if expected is None:
        with pytest.raises(BadDate):
            read_datetime(text, WEDNESDAY, DAY_FIRST)
    else:
        assert read_datetime(text, WEDNESDAY, DAY_FIRST) == expected


@pytest.mark.parametrize("text", ["tomorrow 25:00", "tomorrow 10:61", "friday 13pm", "0am"])
def test_an_impossible_time_is_refused(text: str) -> None:
    with pytest.raises(BadDate, match="not a time"):
        split_time(text)


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "en_US.UTF-8"}, MONTH_FIRST),
        ({"LANG": "en_GB.UTF-8"}, DAY_FIRST),
        ({"LANG": "de_DE@euro"}, DAY_FIRST),
        ({"LANG": "ja_JP.UTF-8"}, MONTH_FIRST),
        ({"LANG": "en_US.UTF-8", "LC_TIME": "en_GB.UTF-8"}, DAY_FIRST),
        ({"LC_TIME": "en_GB.UTF-8", "LC_ALL": "en_US.UTF-8"}, MONTH_FIRST),
        ({"LANG": "C.UTF-8"}, None),
        ({"LC_ALL": "POSIX", "LANG": "en_US.UTF-8"}, None),
        ({}, None),
    ],
)
def test_locale_order(environ: dict[str, str], expected: str | None) -> None:
    assert locale_order(environ) == expected


def test_whole_phrase_reads_only_a_text_that_is_one_phrase() -> None:
    assert whole_phrase("next friday", WEDNESDAY) == date(2026, 3, 13)
    assert whole_phrase("  in  two   weeks ", WEDNESDAY) == date(2026, 3, 18)
    assert whole_phrase("call me next friday", WEDNESDAY) is None
    assert whole_phrase("friday or so", WEDNESDAY) is None


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)))
def test_numeric_dates_in_both_orders_round_trip(day: date) -> None:
    us = f"{day.month}/{day.day}/{day.year}"
    uk = f"{day.day}/{day.month}/{day.year}"
    assert read_date(us, WEDNESDAY, MONTH_FIRST) == day
    assert read_date(uk, WEDNESDAY, DAY_FIRST) == day


@given(st.integers(min_value=1, max_value=400))
def test_days_ago_counts_back(n: int) -> None:
    assert read_date(f"{n} days ago", WEDNESDAY, None) == WEDNESDAY - timedelta(days=n)
