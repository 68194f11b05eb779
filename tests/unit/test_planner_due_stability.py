"""`schedule_due` once stored does not move with the clock: deriving again later, with the
same facts, gives the stored time back (what lets the agenda reuse a stored plan, and keeps an
overdue action overdue)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from offerwatch.core.planner import Mark, schedule_due

T0 = datetime(2026, 3, 2, 9, tzinfo=UTC)
hours = st.integers(-24 * 30, 24 * 30).map(lambda h: T0 + timedelta(hours=h))


@given(rule=hours, cause=hours, created=hours, stored=hours, now=hours,
       later=st.integers(0, 24 * 60))  # fmt: skip
def test_a_stored_due_time_stays_while_the_facts_do(
    rule: datetime, cause: datetime, created: datetime, stored: datetime, now: datetime,
    later: int,
) -> None:  # fmt: skip
    cause = min(cause, rule)
    mark = Mark(created, stored) if created <= now else None
    first = schedule_due(rule, cause, mark, now)
    kept = Mark(mark.created_at if mark else now, first)
    assert schedule_due(rule, cause, kept, now + timedelta(hours=later)) == first


def test_facts_that_moved_an_action_into_the_past_leave_it_overdue() -> None:
    created = T0
    rule = T0 + timedelta(days=1)  # the first stated date: due tomorrow
    mark = Mark(created, schedule_due(rule, created, None, created))
    assert mark.due == rule
    # Before then, a mail moves the date back into the past: clamped to now, once.
    moved_at = T0 + timedelta(hours=12)
    earlier = T0 + timedelta(hours=5)
    due = schedule_due(earlier, created, mark, moved_at)
    assert due == moved_at
    # A day later, nothing new: still due at that moment, i.e. overdue (was re-clamped to
    # every new now, so never overdue).
    again = schedule_due(earlier, created, Mark(created, due), moved_at + timedelta(days=1))
    assert again == moved_at


@given(rule=hours, cause=hours, known=hours, now=hours, later=st.integers(0, 24 * 60),
       tonight=st.booleans())  # fmt: skip
def test_a_due_time_clamped_to_when_its_facts_were_recorded_stays_too(
    rule: datetime, cause: datetime, known: datetime, now: datetime, later: int, tonight: bool
) -> None:
    """A thank-you is clamped to when its interview was recorded, not to the first read."""
    cause = min(cause, rule)
    zone = UTC if tonight else None
    first = schedule_due(rule, cause, None, now, zone, known)
    assert first >= min(max(rule, cause), known, now)  # never before the clamp moment
    if max(rule, cause) >= min(known, now):
        assert first == max(rule, cause)  # known in time: the rule's own time, even if past
    kept = Mark(now, first)
    assert schedule_due(rule, cause, kept, now + timedelta(hours=later), zone, known) == first
