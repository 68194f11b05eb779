"""expected_by(): the latest date a timing phrase implies, as a table and as invariants."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from offerwatch.core.timeline import expected_by

TUE = date(2026, 3, 3)
WED = date(2026, 3, 4)
FRI = date(2026, 3, 6)
DEC = date(2026, 12, 28)


@pytest.mark.parametrize(
    ("text", "said_on", "expected"),
    [
        # The examples of mail-signals.md.
        ("within a week", TUE, date(2026, 3, 10)),
        ("by the end of next week", WED, date(2026, 3, 13)),
        ("early next month", WED, date(2026, 4, 10)),
        ("in the next few days", WED, date(2026, 3, 7)),
        ("within two weeks", WED, date(2026, 3, 18)),
        ("by Friday", WED, date(2026, 3, 6)),
        # Spans.
        ("in 5 business days", WED, date(2026, 3, 11)),
        ("within 3 working days", FRI, date(2026, 3, 11)),
        ("within 48 hours", WED, date(2026, 3, 6)),
        ("within 36 hours", WED, date(2026, 3, 6)),
        ("in 1-2 weeks", WED, date(2026, 3, 18)),
        ("3 to 5 working days", WED, date(2026, 3, 11)),
        ("in a couple of weeks", WED, date(2026, 3, 18)),
        ("in a fortnight", WED, date(2026, 3, 18)),
        ("two weeks from today", WED, date(2026, 3, 18)),
        ("in the coming weeks", WED, date(2026, 3, 25)),
        ("within a month", date(2026, 1, 31), date(2026, 2, 28)),
        # Weeks and weekdays.
        ("end of this week", WED, date(2026, 3, 6)),
        ("by the end of the week", date(2026, 3, 7), date(2026, 3, 13)),
        ("next week", WED, date(2026, 3, 13)),
        ("early next week", WED, date(2026, 3, 11)),
        ("next Tuesday", WED, date(2026, 3, 10)),
        ("next Tuesday", date(2026, 3, 2), date(2026, 3, 10)),
        ("Friday next week", WED, date(2026, 3, 13)),
        ("by Friday", FRI, date(2026, 3, 13)),
        ("by Monday", WED, date(2026, 3, 9)),
        ("tomorrow", WED, date(2026, 3, 5)),
        # Months.
        ("end of the month", WED, date(2026, 3, 31)),
        ("end of next month", WED, date(2026, 4, 30)),
        ("mid-April", WED, date(2026, 4, 20)),
        ("by the end of April", WED, date(2026, 4, 30)),
        ("early next month", DEC, date(2027, 1, 10)),
        # Calendar dates.
        ("March 12", WED, date(2026, 3, 12)),
        ("by 20th March", WED, date(2026, 3, 20)),
        ("on the 12th of March", WED, date(2026, 3, 12)),
        ("by January 8", DEC, date(2027, 1, 8)),
        ("2026-03-20", WED, date(2026, 3, 20)),
        ("12/03", WED, date(2026, 3, 12)),  # day first: 12 March is nearer than 3 December
        ("03/12", WED, date(2026, 3, 12)),  # month first, for the same reason
        ("25/03/2026", WED, date(2026, 3, 25)),  # only day first is possible
        ("03/25/2026", WED, date(2026, 3, 25)),  # only month first is possible
        # The latest date wins.
        ("we meet on Monday and decide within two weeks", WED, date(2026, 3, 18)),
        # Nothing to go on.
        ("soon", WED, None),
        ("as soon as possible", WED, None),
        ("an HR colleague will call you", WED, None),
        ("we interviewed you on March 2", WED, None),  # in the past
        ("", WED, None),
    ],
)
def test_expected_by(text: str, said_on: date, expected: date | None) -> None:
    assert expected_by(text, said_on) == expected


def test_iso_date_in_the_past_is_no_deadline() -> None:
    assert expected_by("2026-01-01", WED) is None


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=300), said_on=st.dates(date(1990, 1, 1), date(2090, 1, 1)))
def test_never_before_said_on_and_never_raises(text: str, said_on: date) -> None:
    found = expected_by(text, said_on)
    assert found is None or found >= said_on


PHRASES = [
    "within {n} days",
    "in {n} weeks",
    "within {n} business days",
    "in the next {n} days",
    "by the end of next week",
    "next Friday",
    "early next month",
    "by the end of next month",
]


@settings(max_examples=200, deadline=None)
@given(
    phrase=st.sampled_from(PHRASES),
    n=st.integers(1, 60),
    said_on=st.dates(date(2000, 1, 1), date(2080, 12, 31)),
)
def test_known_phrases_always_give_a_later_date(phrase: str, n: int, said_on: date) -> None:
    found = expected_by(f"We will let you know {phrase.format(n=n)}.", said_on)
    assert found is not None and found > said_on


@pytest.mark.parametrize(
    ("text", "said_on", "expected"),
    [
        # The same part of a month read the same way, named or relative (one rule).
        ("early February", date(2026, 1, 20), date(2026, 2, 10)),
        ("early next month", date(2026, 1, 20), date(2026, 2, 10)),
        ("end of February", date(2026, 1, 20), date(2026, 2, 28)),
        ("end of next month", date(2026, 1, 20), date(2026, 2, 28)),
        ("end of February", date(2027, 11, 3), date(2028, 2, 29)),  # next year, a leap year
        ("mid-March", date(2026, 3, 25), date(2026, 3, 25)),  # already past: not before today
    ],
)
def test_parts_of_months(text: str, said_on: date, expected: date) -> None:
    assert expected_by(text, said_on) == expected


def test_a_long_pasted_text_with_many_phrases() -> None:
    # Every phrase was checked against every earlier one (quadratic: a 1 MB note took over
    # two minutes); the answer must stay the latest date implied, whatever the length.
    text = "We will decide within a week. " * 5000 + "Or by the end of next month at the latest."
    assert expected_by(text, date(2026, 3, 3)) == date(2026, 4, 30)
    assert expected_by("within two weeks, " + "a" * 200_000, date(2026, 3, 3)) == date(2026, 3, 17)


@pytest.mark.parametrize(
    ("text", "said_on", "expected"),
    [
        # A day of the month alone is this month's, or next month's once it has passed.
        ("we'll have a decision by the 15th", WED, date(2026, 3, 15)),
        ("by the 2nd", WED, date(2026, 4, 2)),
        ("the 15th of March", WED, date(2026, 3, 15)),
        # A weekday with a day of the month names the month where both agree.
        ("on Friday the 25th", date(2026, 9, 14), date(2026, 9, 25)),
        ("on Monday the 18th", date(2026, 5, 6), date(2026, 5, 18)),
        ("within the next week", date(2026, 5, 18), date(2026, 5, 25)),
        # Lengths are not waits: past stretches, contracts, experience, notice.
        (
            "we have been hiring for this role for three months now; by Friday",
            date(2026, 3, 10),
            date(2026, 3, 13),
        ),
        (
            "it's a 6 month contract and they will reply within 48 hours",
            date(2026, 3, 9),
            date(2026, 3, 11),
        ),
        ("she has two months' notice; we decide in 2 weeks", WED, date(2026, 3, 18)),
        ("for the past 3 weeks we have interviewed; next week we decide", WED, date(2026, 3, 13)),
    ],
)
def test_day_of_month_and_lengths(text: str, said_on: date, expected: date) -> None:
    assert expected_by(text, said_on) == expected


def test_a_length_alone_gives_no_date() -> None:
    assert expected_by("I've been in this role for 4 months", WED) is None
    assert expected_by("It is a 12 month fixed term contract", WED) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thanks for coming in last Thursday.", None),  # not the coming Thursday
        ("Mr Munro has been away for two weeks.", None),  # a length so far, no wait
        ("We met last Tuesday; we decide by Friday.", date(2026, 12, 4)),
        ("A decision in the last week of March.", None),
        ("Over the past week we reviewed; back to you within 5 days.", date(2026, 12, 5)),
    ],
)
def test_a_day_or_stretch_gone_by_names_no_date_ahead(text: str, expected: date | None) -> None:
    assert expected_by(text, date(2026, 11, 30)) == expected
