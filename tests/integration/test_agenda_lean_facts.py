"""The agenda's lean fact loading and batched writes change nothing the planner decides.

The planner (core/planner.py) is fed by store/plan_facts.py, which loads only the rows and
columns its rules read. Here a varied search (every status, reopened applications, interviews
with people at every stage, every sign kind, mail both ways, dismissed mail) is planned from
the lean facts and from everything the store holds, at several moments: the plans must be
equal. Then the batched sync: what it returns is what it stored, and a second sync with
nothing changed writes nothing.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, event, select
from tests.support.templates import migrated_sqlite
from tests.support.varied_search import NOW, populate

from offerwatch.core.planner import Mark, PlanFacts, plan
from offerwatch.core.signals import still_standing
from offerwatch.service import Workspace, agenda, open_workspace
from offerwatch.store import plan_queries as pq
from offerwatch.store import queries as q
from offerwatch.store import tables as t
from offerwatch.store.plan_facts import PLANNED_KINDS

MOMENTS = [
    NOW - timedelta(days=20),
    NOW,
    NOW + timedelta(days=3, hours=5),
    NOW + timedelta(days=30),
]


def everything(ws: Workspace) -> PlanFacts:
    """The facts as the store holds them, in full (the loading before store/plan_facts.py)."""
    with ws.read() as conn:
        rows = pq.actions(conn, ws.user_id)
        target = pq.settings(conn, ws.user_id).get("weekly_target")
        applications = q.list_applications(conn, ws.user_id)
        return PlanFacts(
            applications=applications,
            interviews=q.interviews_of(conn, ws.user_id),
            people=pq.people_by_application(conn, ws.user_id),
            observations=still_standing(
                q.observations_of(conn, ws.user_id),
                q.status_changes_of(conn, ws.user_id),
                {a.id: a.status for a in applications},
            ),
            messages=pq.messages(conn, ws.user_id),
            marks={r.key: Mark(r.created_at, r.due, r.done_at) for r in rows},
            weekly_target=int(target) if target is not None else 5,
            recorded=dict(
                conn.execute(  # type: ignore[arg-type]
                    select(t.interviews.c.id, t.interviews.c.created_at).where(
                        t.interviews.c.user_id == ws.user_id
                    )
                ).all()
            ),
        )


def lean(ws: Workspace) -> PlanFacts:
    with ws.read() as conn:
        return agenda.plan_facts(ws, conn, pq.actions(conn, ws.user_id))


@pytest.fixture
def search(migrated_db_url: str) -> Iterator[Workspace]:
    workspace = open_workspace(migrated_db_url, clock=lambda: NOW)
    yield workspace
    workspace.close()


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_lean_facts_give_the_same_plan_as_everything(search: Workspace, seed: int) -> None:
    populate(search, seed)
    tz = search.timezone()
    for moment in MOMENTS:
        full, trimmed = everything(search), lean(search)
        expected = plan(full, moment, tz)
        assert expected.actions  # the search calls for something
        assert plan(trimmed, moment, tz) == expected
        search.sync_actions(moment)  # marks on stored actions now weigh in too


@pytest.mark.parametrize("seed", [4, 5])
def test_the_lean_facts_leave_out_only_what_the_rules_skip(search: Workspace, seed: int) -> None:
    populate(search, seed)
    full, trimmed = everything(search), lean(search)
    # Every application is kept (the weekly check counts them all), the rest is a subset.
    assert [a.id for a in trimmed.applications] == [a.id for a in full.applications]
    assert {i.id for i in trimmed.interviews} <= {i.id for i in full.interviews}
    assert {o.id for o in trimmed.observations} <= {o.id for o in full.observations}
    assert len(trimmed.observations) < len(full.observations)
    kept = {o.kind for o in trimmed.observations}
    assert kept <= set(PLANNED_KINDS)  # signs seen after an interview (news) and outcomes
    assert not kept & {"positive_body_language", "attentive_interviewer", "salary_discussed"}


def test_what_a_batched_sync_returns_is_what_it_stored(search: Workspace) -> None:
    populate(search, 6)
    first = search.sync_actions(NOW)
    assert first.created > 0
    later = search.sync_actions(NOW + timedelta(days=9))  # moves, obsoletes, creates
    assert later.created + later.updated + later.obsoleted > 0
    with search.read() as conn:
        stored = {r.id: r for r in pq.actions(conn, search.user_id)}
    assert {r.id: r for r in later.rows} == stored


def _writes(engine: Engine) -> list[str]:
    """The INSERT/UPDATE/DELETE statements run on `engine` from now on."""
    seen: list[str] = []

    def note(conn: object, cursor: object, statement: str, *args: object) -> None:
        if statement.lstrip().split(" ", 1)[0].upper() in {"INSERT", "UPDATE", "DELETE"}:
            seen.append(statement)

    event.listen(engine, "before_cursor_execute", note)
    return seen


def _to_actions(writes: list[str]) -> list[str]:
    return [w for w in writes if " actions " in f" {w} "]


def test_a_second_agenda_with_nothing_changed_writes_nothing(search: Workspace) -> None:
    populate(search, 7)
    first = search.agenda(NOW)
    writes = _writes(search._writer)
    again = search.agenda(NOW)  # the stored plan still holds: reused as it is
    later = search.agenda(NOW + timedelta(minutes=1))
    assert writes == []
    assert again == first
    assert later.keep_applying == first.keep_applying
    full = search.sync_actions(NOW + timedelta(minutes=2))  # derived in full: nothing to do
    assert (full.created, full.updated, full.obsoleted) == (0, 0, 0)
    assert _to_actions(writes) == []  # only the stamp of the derivation
    app_id = next(i.application_id for i in first.upcoming + first.today + first.overdue
                  if i.application_id is not None)  # fmt: skip
    search.set_status(app_id, "rejected")  # its actions are no longer called for
    writes.clear()
    result = search.sync_actions(NOW + timedelta(minutes=6))
    assert result.obsoleted > 0 and result.created == 0
    # One batch per set of changed columns: the obsolete ones, and a title that names the
    # open applications (withdraw the others after an accepted offer) when the search has one.
    updates = _to_actions(writes)
    assert 1 <= len(updates) <= 2
    assert all(u.lstrip().upper().startswith("UPDATE") for u in updates)


@settings(max_examples=12, deadline=None)
@given(
    seed=st.integers(0, 10_000),
    hours=st.lists(st.integers(-40 * 24, 40 * 24), min_size=1, max_size=3),
)
def test_any_search_any_moments_plans_alike(seed: int, hours: list[int]) -> None:
    """Hypothesis: a drawn search, synced at drawn moments (marks accumulate in between)."""
    with tempfile.TemporaryDirectory() as folder:
        url = migrated_sqlite(f"sqlite:///{Path(folder) / 'h.db'}")
        ws = open_workspace(url, clock=lambda: NOW)
        try:
            populate(ws, seed, apps=25)
            tz = ws.timezone()
            for offset in hours:
                moment = NOW + timedelta(hours=offset)
                assert plan(lean(ws), moment, tz) == plan(everything(ws), moment, tz)
                ws.sync_actions(moment)
        finally:
            ws.close()
