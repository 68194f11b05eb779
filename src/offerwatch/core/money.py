"""A salary as people type it, read into a whole amount. Pure: no I/O."""

from __future__ import annotations

import re

from offerwatch.errors import BadInput

MAX_SALARY = 1_000_000_000  # as the service allows (the column is a 32-bit integer)
_GROUPED = re.compile(r"\d{1,3}(?:([,.'_])\d{3})(?:\1\d{3})*|\d+")
_THOUSANDS = re.compile(r"(\d+(?:[.,]\d+)?)k")


def parse_amount(value: str | None, what: str) -> int | None:
    """60000, 60,000, 60 000, 60.000, €60000 or 60k (60.5k is 60500) as a whole amount;
    empty is none. Anything else is BadInput naming `what` and the text, never a guess: a
    web number field used to send "" for "eighty" and 70 for "70k"."""
    text = re.sub(r"[\s€$£¥]+", "", value or "").lower()
    if not text:
        return None
    found = -1
    if _GROUPED.fullmatch(text):
        found = int(re.sub(r"\D", "", text))
    elif thousands := _THOUSANDS.fullmatch(text):
        found = round(float(thousands.group(1).replace(",", ".")) * 1000)
    if not 0 <= found <= MAX_SALARY:
        raise BadInput(
            f"{what}: a whole amount up to {MAX_SALARY:,}, such as 60000, 60,000 or 60k; "
            f"not {value!r}"
        )
    return found
