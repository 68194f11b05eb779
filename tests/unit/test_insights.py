"""core.insights: how far each application got, the funnel, response times, waiting."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from offerwatch.core.entities import Application, Stage, Status
from offerwatch.core.insights import FUNNEL_STEPS, AppFacts, funnel, insights, reach

NOW = datetime(2026, 3, 4, 12, tzinfo=UTC)
T0 = datetime(2026, 2, 1, 9, tzinfo=UTC)


def _app(status: Status, applied: date | None = date(2026, 2, 1), id: int = 1) -> Application:
    return Application(id=id, company="Acme", role="Dev", status=status, applied_on=applied)


@pytest.mark.parametrize(
    ("status", "statuses", "stages", "kinds", "expected"),
    [
        (Status.INTERESTED, [], [], [], -1),
        (Status.APPLIED, [], [], [], 0),
        (Status.SCREENING, [Status.APPLIED], [], [], 1),
        (Status.APPLIED, [], [Stage.PHONE_SCREEN], [], 1),
        (Status.INTERVIEWING, [Status.APPLIED], [Stage.INTERVIEW], [], 2),
        (Status.REJECTED, [Status.APPLIED, Status.INTERVIEWING], [Stage.FINAL], [], 3),
        (Status.GHOSTED, [Status.APPLIED], [Stage.FOLLOW_UP], [], 3),
        (Status.REJECTED, [Status.APPLIED], [], [], 0),
        (Status.INTERVIEWING, [], [Stage.FINAL], ["offer"], 4),
        (Status.ACCEPTED, [Status.OFFER], [], [], 4),
    ],
)
def test_reach(
    status: Status, statuses: list[Status], stages: list[Stage], kinds: list[str], expected: int
) -> None:
    facts = AppFacts(
        _app(status, None if status is Status.INTERESTED else date(2026, 2, 1)),
        [(s, T0) for s in statuses],
        [(s, T0) for s in stages],
        [(k, T0) for k in kinds],
    )
    assert reach(facts) == expected


def test_funnel_rates_and_benchmark_comparison() -> None:
    facts = [
        AppFacts(_app(Status.APPLIED, id=1)),
        AppFacts(_app(Status.SCREENING, id=2)),
        AppFacts(_app(Status.INTERVIEWING, id=3), interviews=[(Stage.INTERVIEW, T0)]),
        AppFacts(_app(Status.OFFER, id=4), interviews=[(Stage.FINAL, T0)]),
    ]
    steps = funnel(facts)
    assert [s.count for s in steps] == [4, 3, 2, 1, 1]
    assert steps[0].rate is None and steps[1].rate == pytest.approx(0.75)
    offer = steps[-1]
    assert offer.benchmark is not None and "Jobvite" in offer.benchmark.source
    assert offer.compared == pytest.approx(0.5)  # offers per interviewed application


def test_response_times_waiting_and_ghosting() -> None:
    answered = AppFacts(
        _app(Status.REJECTED, id=1),
        statuses=[(Status.APPLIED, T0), (Status.SCREENING, T0 + timedelta(days=4)),
                  (Status.REJECTED, T0 + timedelta(days=10))],
    )  # fmt: skip
    ghosted = AppFacts(_app(Status.GHOSTED, id=2), statuses=[(Status.APPLIED, T0)])
    waiting = AppFacts(
        _app(Status.INTERVIEWING, id=3), interviews=[(Stage.INTERVIEW, NOW - timedelta(days=9))]
    )
    result = insights([answered, ghosted, waiting], NOW)
    assert result.first_response.count == 2  # the screening and the interview
    assert result.to_decision.median_days == 10.0
    assert result.ghosted_share == pytest.approx(0.5) and result.closed == 2
    assert dict(result.waiting)["1-2 weeks"] == 1
    assert sum(n for _, n in result.waiting) == 1


statuses = st.sampled_from(list(Status))
stage_lists = st.lists(st.sampled_from(list(Stage)), max_size=4)


@given(st.lists(st.tuples(statuses, stage_lists), max_size=30))
def test_funnel_never_grows_and_rates_are_shares(apps: list[tuple[Status, list[Stage]]]) -> None:
    facts = [
        AppFacts(_app(status, id=n), interviews=[(s, T0) for s in stages])
        for n, (status, stages) in enumerate(apps)
    ]
    steps = funnel(facts)
    assert [s.name for s in steps] == list(FUNNEL_STEPS)
    counts = [s.count for s in steps]
    assert counts == sorted(counts, reverse=True) and counts[0] <= len(apps)
    for step in steps:
        assert step.rate is None or 0 <= step.rate <= 1
