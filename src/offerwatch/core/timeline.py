"""Turn what an employer said about timing into the latest date it implies.

`expected_by("within a week", said_on)` -> said_on + 7 days. Pure: no clock, no I/O.
"""

from __future__ import annotations

import re
from datetime import date

_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def expected_by(text: str, said_on: date) -> date | None:
    """The latest calendar date implied by `text`, counted from `said_on`; None if none."""
    match = _ISO.search(text)
    if match:
        try:
            return date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return None
    return None
