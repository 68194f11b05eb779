"""What the story tests read: the open plan and the odds of one application, as a user sees
them (tests/integration/test_stories_*.py)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from offerwatch.core.agenda import AgendaItem


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)  # type: ignore[misc]


def open_items(ws: Any, kind: str, app_id: int | None = None) -> list[AgendaItem]:
    """The open actions of `kind` (of one application) in the next 40 days, by due time."""
    agenda = ws.agenda(days=40)
    found = [i for i in agenda.overdue + agenda.today + agenda.upcoming
             if i.kind == kind and not i.done and app_id in (None, i.application_id)]  # fmt: skip
    return sorted(found, key=lambda i: i.due)


def the_one(ws: Any, kind: str, app_id: int | None = None) -> AgendaItem:
    found = open_items(ws, kind, app_id)
    assert len(found) == 1, [(i.key, i.title) for i in found]
    return found[0]


def odds(ws: Any, app_id: int) -> tuple[float, dict[str, str]]:
    """The chance of an offer and the reason shown for each factor, by sign."""
    score = ws.score(app_id)
    return score.probability, {f.signal: f.reason for f in score.factors}
