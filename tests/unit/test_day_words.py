"""How a day reads in the odds' reasons (core/day_words.py)."""

from __future__ import annotations

from datetime import date

import pytest

from offerwatch.core.day_words import short_day


@pytest.mark.parametrize(
    ("day", "today", "words"),
    [
        (date(2026, 11, 10), date(2026, 11, 29), "Tue 10 Nov"),
        (date(2026, 3, 1), date(2026, 3, 1), "Sun 1 Mar"),
        (date(2025, 12, 31), date(2026, 1, 2), "Wed 31 Dec 2025"),  # last year: say which
        (date(2026, 2, 2), None, "Mon 2 Feb 2026"),
    ],
)
def test_a_day_as_a_person_reads_it(day: date, today: date | None, words: str) -> None:
    assert short_day(day, today) == words
