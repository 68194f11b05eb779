"""Invariants of the planner over generated facts (Hypothesis): no action is due before its
cause, none is due in the past when it is created, keys are unique and stable."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st
from tests.support.planner_factories import (
    ANA,
    BO,
    CY,
    PRIYA,
    app,
    interview,
    message,
    timeline_seen,
)

from offerwatch.core.business_days import (
    add_business_days,
    add_local_days,
    is_business_day,
    local_at,
)
from offerwatch.core.entities import Direction, Interview, Stage, Status
from offerwatch.core.planner import Mark, PlanFacts, plan, schedule_due

ZONES = [ZoneInfo(z) for z in ("Europe/Berlin", "America/New_York", "Australia/Sydney", "UTC")]
START = datetime(2026, 1, 1, tzinfo=UTC)
moments = st.integers(0, 400 * 24 * 60).map(lambda m: START + timedelta(minutes=m))
zones = st.sampled_from(ZONES)


@st.composite
def interviews(draw: st.DrawFn, app_id: int, first_id: int) -> list[Interview]:
    found = []
    for n in range(draw(st.integers(0, 3))):
        start = draw(moments)
        length = timedelta(minutes=draw(st.integers(15, 240)))
        ended = draw(st.none() | st.integers(-10, 90).map(lambda m: timedelta(minutes=m)))
        timeline = draw(st.none() | st.integers(-5, 40).map(lambda d: timedelta(days=d)))
        found.append(
            interview(
                first_id + n,
                start,
                start + length,
                app_id=app_id,
                stage=draw(st.sampled_from(list(Stage))),
                people=draw(st.sets(st.sampled_from([ANA, BO, CY]), max_size=3)),
                actual_end=start + length + ended if ended is not None else None,
                timeline_date=(start + timeline).date() if timeline is not None else None,
            )
        )
    return found


@st.composite
def facts(draw: st.DrawFn) -> PlanFacts:
    apps, all_interviews, messages, observations = [], [], [], []
    for app_id in range(1, draw(st.integers(1, 3)) + 1):
        apps.append(
            app(
                app_id,
                status=draw(st.sampled_from(list(Status))),
                applied_on=draw(moments).date(),
                created_at=draw(moments),
            )
        )
        all_interviews.extend(draw(interviews(app_id, app_id * 10)))
        for n in range(draw(st.integers(0, 2))):
            when = draw(moments)
            direction = draw(st.sampled_from(list(Direction)))
            to = ["priya@acme.example"] if direction is Direction.OUT else []
            messages.append(message(app_id * 10 + n, direction, when, to=to, app_id=app_id))
        if draw(st.booleans()):
            said = draw(moments)
            expected = said.date() + timedelta(days=draw(st.integers(-3, 30)))
            observations.append(timeline_seen(app_id, said, expected, app_id=app_id))
    return PlanFacts(
        applications=apps,
        interviews=all_interviews,
        people={a.id: [PRIYA, ANA] for a in apps},
        observations=observations,
        messages=messages,
        weekly_target=draw(st.integers(0, 10)),
    )


@settings(max_examples=150, deadline=None)
@given(facts(), moments, zones)
def test_no_action_is_due_before_its_cause_or_in_the_past_when_created(
    plan_facts: PlanFacts, now: datetime, tz: ZoneInfo
) -> None:
    result = plan(plan_facts, now, tz)
    keys = [a.key for a in result.actions]
    assert len(keys) == len(set(keys))
    for action in result.actions:
        assert action.due.utcoffset() is not None
        assert action.due >= action.cause, action
        assert action.due >= now, action


@settings(max_examples=100, deadline=None)
@given(facts(), moments, st.integers(0, 20 * 24 * 60), zones)
def test_re_deriving_later_keeps_stored_due_times(
    plan_facts: PlanFacts, created: datetime, minutes_later: int, tz: ZoneInfo
) -> None:
    first = plan(plan_facts, created, tz)
    marks = {a.key: Mark(created, a.due, None) for a in first.actions}
    later = created + timedelta(minutes=minutes_later)
    again = plan(
        PlanFacts(
            plan_facts.applications,
            plan_facts.interviews,
            plan_facts.people,
            plan_facts.observations,
            plan_facts.messages,
            marks,
            plan_facts.weekly_target,
        ),
        later,
        tz,
    )
    before = {a.key: a.due for a in first.actions}
    for action in again.actions:
        if action.key in before and not action.key.startswith("keep_applying"):
            assert action.due == before[action.key], action


@given(moments, moments, moments)
def test_schedule_due_is_never_before_the_cause_nor_now(
    rule: datetime, cause: datetime, now: datetime
) -> None:
    due = schedule_due(rule, cause, None, now)
    assert due >= cause and due >= now and due >= rule


@given(st.dates(date(2000, 1, 1), date(2100, 1, 1)), st.integers(0, 30))
def test_business_days_skip_weekends(day: date, count: int) -> None:
    result = add_business_days(day, count)
    between = [day + timedelta(days=n) for n in range(1, (result - day).days + 1)]
    assert sum(is_business_day(d) for d in between) == count
    assert count == 0 or is_business_day(result)


@given(moments, st.integers(-60, 60), zones)
def test_local_days_keep_the_wall_clock_time(value: datetime, days: int, tz: ZoneInfo) -> None:
    moved = add_local_days(value, days, tz)
    before, after = value.astimezone(tz), moved.astimezone(tz)
    assert after.date() == before.date() + timedelta(days=days)
    # Same wall-clock time unless it fell in a gap skipped by a daylight-saving change.
    if local_at(after.date(), before.time(), tz).astimezone(tz).time() == before.time():
        assert after.time() == before.time()
