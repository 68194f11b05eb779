"""Which optional parts of the service are present (scoring, planning, mail, calendar).

The pages show a section only when the part behind it exists: nothing fake meanwhile.
"""

from __future__ import annotations

from typing import Any


def has_scoring(ws: Any) -> bool:
    return hasattr(ws, "scores") and hasattr(ws, "score")


def has_planning(ws: Any) -> bool:
    return hasattr(ws, "agenda") and hasattr(ws, "mark_done")


def has_calendar(ws: Any) -> bool:
    return hasattr(ws, "calendar_ics")


def has_mail(ws: Any) -> bool:
    return hasattr(ws, "import_mail") and hasattr(ws, "review_list")


def flags(ws: Any) -> dict[str, bool]:
    """What the navigation and pages may show."""
    return {
        "scoring": has_scoring(ws),
        "planning": has_planning(ws),
        "calendar": has_calendar(ws),
        "mail": has_mail(ws),
    }
