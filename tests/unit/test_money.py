"""A salary as people type it: read into a whole amount, or refused with the text shown."""

from __future__ import annotations

import pytest

from offerwatch.core.money import MAX_SALARY, parse_amount
from offerwatch.errors import BadInput


@pytest.mark.parametrize(
    ("typed", "amount"),
    [("60000", 60_000), ("60,000", 60_000), ("60 000", 60_000), ("60\u00a0000", 60_000),
     ("60.000", 60_000), ("1.234.567", 1_234_567), ("€60000", 60_000), ("$ 75,500", 75_500),
     ("60k", 60_000), ("60K", 60_000), ("60.5k", 60_500), ("60,5k", 60_500), ("70k €", 70_000),
     ("0", 0), (str(MAX_SALARY), MAX_SALARY)],
)  # fmt: skip
def test_what_people_type_is_read(typed: str, amount: int) -> None:
    assert parse_amount(typed, "salary from") == amount


@pytest.mark.parametrize("empty", ["", "  ", None])
def test_empty_is_none(empty: str | None) -> None:
    assert parse_amount(empty, "salary from") is None


@pytest.mark.parametrize(
    "typed",
    ["eighty", "about 70k", "-5", "1e5", "60.5", "12,34,567", "60,000.50", "60,000.000,0",
     "70kk", str(MAX_SALARY + 1), "9" * 30],
)  # fmt: skip
def test_anything_else_is_refused_with_the_text_and_an_example(typed: str) -> None:
    with pytest.raises(BadInput) as refused:
        parse_amount(typed, "salary to")
    message = str(refused.value)
    assert message.startswith("salary to: ") and repr(typed) in message and "60k" in message
