"""The agenda's lean fact loading and batched writes change nothing the planner decides.

The planner (core/planner.py) is fed by store/plan_facts.py, which loads only the rows and
columns its rules read. Here a varied search (every status, reopened applications, interviews
with people at every stage, every sign kind, mail both ways, dismissed mail) is planned from
the lean facts and from everything the store holds, at several moments: the plans must be
equal. Then the batched sync: what it returns is what it stored, and a second sync with
nothing changed writes nothing.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine, event, insert

from offerwatch.core.entities import ObservationSource, PersonRole, Stage, Status
from offerwatch.core.planner import Mark, PlanFacts, plan
from offerwatch.core.signals import SignalKind, still_standing
from offerwatch.service import Workspace, open_workspace
from offerwatch.store import plan_queries as pq
from offerwatch.store import queries as q
from offerwatch.store import tables as t

NOW = datetime(2026, 3, 4, 12, tzinfo=UTC)
MOMENTS = [
    NOW - timedelta(days=20),
    NOW,
    NOW + timedelta(days=3, hours=5),
    NOW + timedelta(days=30),
]


def populate(ws: Workspace, seed: int, apps: int = 60) -> None:
    """A varied search, drawn from `seed`."""
    rng = random.Random(seed)
    kinds = [k.value for k in SignalKind]
    with ws.write() as conn:
        for n in range(apps):
            created = NOW - timedelta(days=rng.randint(-5, 90), hours=rng.randint(0, 23))
            applied = created.date() if rng.random() < 0.8 else None
            app_id = q.insert_application(
                conn, ws.user_id, company=f"Company {n % 17}", role=f"Role {n}",
                status=Status.APPLIED, now=created, applied_on=applied,
                notes="some notes" if n % 3 else None,
            )  # fmt: skip
            app = q.get_application(conn, ws.user_id, app_id)
            assert app is not None
            people = [
                q.insert_person(
                    conn,
                    ws.user_id,
                    app,
                    name=f"Person {n}-{k}",
                    email=f"p{n}-{k}@c{n % 17}.example" if rng.random() < 0.8 else None,
                    role=rng.choice(list(PersonRole)),
                )
                for k in range(rng.randint(0, 3))
            ]
            interviews = []
            for _ in range(rng.randint(0, 3)):
                start = NOW - timedelta(days=rng.randint(-10, 60), hours=rng.randint(0, 9))
                end = start + timedelta(hours=1)
                interviews.append(
                    q.insert_interview(
                        conn,
                        ws.user_id,
                        app_id,
                        stage=rng.choice(list(Stage)),
                        start=start,
                        end=end,
                        actual_end=end - timedelta(minutes=rng.randint(0, 20))
                        if rng.random() < 0.3
                        else None,
                        notes="notes",
                        timeline_text=None,
                        timeline_date=(end + timedelta(days=rng.randint(1, 14))).date()
                        if rng.random() < 0.3
                        else None,
                        person_ids=rng.sample(people, rng.randint(0, len(people))),
                        now=start,
                    )
                )
            for _ in range(rng.randint(0, 8)):
                at = NOW - timedelta(days=rng.randint(-5, 60), minutes=rng.randint(0, 600))
                kind = rng.choice(kinds + ["timeline_stated"] * 4 + ["offer", "rejection"])
                q.insert_observation(
                    conn, ws.user_id, app_id, kind=kind, at=at,
                    source=rng.choice(list(ObservationSource)), evidence="seen",
                    interview_id=rng.choice(interviews) if interviews and rng.random() < 0.5
                    else None,
                    expected_by=(at + timedelta(days=rng.randint(1, 20))).date()
                    if kind == "timeline_stated" and rng.random() < 0.8 else None,
                    now=at,
                )  # fmt: skip
            for _ in range(rng.randint(0, 3)):  # moved on, or back into play
                q.update_status(
                    conn, ws.user_id, app_id, rng.choice(list(Status)),
                    NOW - timedelta(days=rng.randint(-3, 40)),
                )  # fmt: skip
            for m in range(rng.randint(0, 4)):
                out = rng.random() < 0.5
                conn.execute(
                    insert(t.messages).values(
                        user_id=ws.user_id,
                        application_id=app_id if rng.random() < 0.7 else None,
                        message_id=f"<{seed}-{n}-{m}@example>", direction="out" if out else "in",
                        from_addr="x@example", to_addrs=f"p{n}-0@c{n % 17}.example" if out else "",
                        date=NOW - timedelta(days=rng.randint(-3, 50), hours=rng.randint(0, 23)),
                        subject="Re", body="text",
                        review=rng.choice(["matched", "matched", "pending", "dismissed"]),
                        created_at=NOW,
                    )
                )  # fmt: skip


def everything(ws: Workspace) -> PlanFacts:
    """The facts as the store holds them, in full (the loading before store/plan_facts.py)."""
    with ws.read() as conn:
        rows = pq.actions(conn, ws.user_id)
        target = pq.settings(conn, ws.user_id).get("weekly_target")
        return PlanFacts(
            applications=q.list_applications(conn, ws.user_id),
            interviews=q.interviews_of(conn, ws.user_id),
            people=pq.people_by_application(conn, ws.user_id),
            observations=still_standing(
                q.observations_of(conn, ws.user_id), q.status_changes_of(conn, ws.user_id)
            ),
            messages=pq.messages(conn, ws.user_id),
            marks={r.key: Mark(r.created_at, r.due, r.done_at) for r in rows},
            weekly_target=int(target) if target is not None else 5,
        )


def lean(ws: Workspace) -> PlanFacts:
    with ws.read() as conn:
        return ws._facts(conn, pq.actions(conn, ws.user_id))


@pytest.fixture
def search(db_url: str) -> Iterator[Workspace]:
    workspace = open_workspace(db_url, clock=lambda: NOW)
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
    assert kept <= {"timeline_stated", "offer", "rejection"}


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


def test_a_second_agenda_with_nothing_changed_writes_nothing(search: Workspace) -> None:
    populate(search, 7)
    first = search.agenda(NOW)
    writes = _writes(search._writer)
    again = search.agenda(NOW)
    assert writes == []
    assert again == first
    app_id = next(i.application_id for i in first.upcoming + first.today + first.overdue
                  if i.application_id is not None)  # fmt: skip
    search.set_status(app_id, "rejected")  # its actions are no longer called for
    writes.clear()
    result = search.sync_actions(NOW + timedelta(minutes=6))
    assert result.obsoleted > 0 and result.created == 0
    assert len(writes) == 1 and writes[0].lstrip().upper().startswith("UPDATE")  # one batch
