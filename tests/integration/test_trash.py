"""Delete into the trash, restore with what hung from it, purge after 30 days (both databases)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select
from tests.conftest import Clock

from offerwatch.errors import BadInput, NotFound, StaleVersion
from offerwatch.service import Workspace
from offerwatch.store import tables as t

START = datetime(2026, 3, 2, 10, tzinfo=UTC)


def _story(ws: Workspace) -> dict[str, int]:
    """An application with a person, an interview with a sign, a manual sign and actions."""
    app = ws.add_application("Kite Labs", "Backend Engineer", location="Berlin")
    person = ws.add_person(app, "Mara Jensen", role="recruiter", email="mara@kitelabs.example")
    interview = ws.add_interview(
        app,
        stage="interview",
        start=START,
        end=START + timedelta(hours=1),
        with_=["Mara Jensen"],
        signs=["personal_interest"],
    )
    sign = ws.add_signal(app, "notice_period_asked", note="asked about notice")
    ws.sync_actions()
    return {"app": app, "person": person, "interview": interview, "sign": sign}


def _rows(ws: Workspace) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the tables a deletion touches, to compare before and after."""
    tables = (t.applications, t.people, t.application_people, t.interviews,
              t.interview_people, t.observations, t.actions, t.status_changes, t.goals,
              t.goal_logs)  # fmt: skip
    with ws.read() as conn:
        return {
            tb.name: sorted(tuple(r) for r in conn.execute(select(tb).where(*_mine(tb, ws))))
            for tb in tables
        }


def _mine(table: Any, ws: Workspace) -> list[Any]:
    return [table.c.user_id == ws.user_id] if "user_id" in table.c else []


def test_deleting_an_application_takes_everything_and_restore_brings_exactly_that(
    any_ws: Workspace,
) -> None:
    ids = _story(any_ws)
    other = any_ws.add_application("Acme", "Data Engineer")
    before = _rows(any_ws)
    assert before["actions"], "the story derives actions"
    item = any_ws.delete_application(ids["app"])
    assert item.record_id == ids["app"] and item.label == "Kite Labs: Backend Engineer"
    assert item.with_it["interviews"] == 1 and item.with_it["observations"] == 2
    assert [a.id for a in any_ws.list_applications()] == [other]
    assert any_ws.observations() == [] and any_ws.interviews() == []
    with pytest.raises(NotFound):
        any_ws.detail(ids["app"])
    assert [i.record_id for i in any_ws.trash()] == [ids["app"]]

    restored = any_ws.restore("application", ids["app"])
    assert restored.record_id == ids["app"]
    assert _rows(any_ws) == before
    assert any_ws.trash() == []


def test_deleting_a_person_interview_signal_and_goal_restores_each(any_ws: Workspace) -> None:
    ids = _story(any_ws)
    goal = any_ws.add_goal("skill", "dbt course", 60)
    any_ws.log_goal(goal, 30)
    before = _rows(any_ws)
    any_ws.delete_person(ids["person"])
    assert any_ws.people(ids["app"]) == []
    assert any_ws.interview(ids["interview"]).people == ()
    any_ws.delete_interview(ids["interview"])
    assert [o.kind for o in any_ws.observations(ids["app"])] == ["notice_period_asked"]
    any_ws.delete_signal(ids["sign"])
    assert any_ws.observations(ids["app"]) == []
    any_ws.delete_goal(goal)
    assert any_ws.goals() == []
    assert {i.kind.value for i in any_ws.trash()} == {"person", "interview", "signal", "goal"}
    for kind, ident in (("goal", goal), ("signal", ids["sign"]), ("person", ids["person"]),
                        ("interview", ids["interview"])):  # fmt: skip
        any_ws.restore(kind, ident)
    assert _rows(any_ws) == before


def test_an_interview_of_a_deleted_application_waits_for_it(any_ws: Workspace) -> None:
    ids = _story(any_ws)
    any_ws.delete_interview(ids["interview"])
    any_ws.delete_application(ids["app"])
    with pytest.raises(BadInput, match=f"restore application {ids['app']} first"):
        any_ws.restore("interview", ids["interview"])
    assert len(any_ws.trash()) == 2  # the refused restore changed nothing
    any_ws.restore("application", ids["app"])
    any_ws.restore("interview", ids["interview"])
    assert [i.id for i in any_ws.interviews(ids["app"])] == [ids["interview"]]


def test_a_taken_id_gives_the_restored_record_a_new_one(ws: Workspace) -> None:
    ids = _story(ws)
    ws.delete_application(ids["app"])
    newer = ws.add_application("Acme", "Data Engineer")  # SQLite reuses the highest id
    restored = ws.restore("application", ids["app"])
    assert ws.application(newer).company == "Acme"
    moved = ws.detail(restored.record_id)
    assert moved.application.role == "Backend Engineer"
    assert [o.kind for o in moved.observations] == ["personal_interest", "notice_period_asked"]
    assert [p.name for p in moved.people] == ["Mara Jensen"]
    assert all(i.application_id == restored.record_id for i in moved.interviews)


def test_the_trash_is_purged_after_30_days(any_ws: Workspace, clock: Clock) -> None:
    ids = _story(any_ws)
    any_ws.delete_signal(ids["sign"])
    clock.now += timedelta(days=29, hours=23)
    assert len(any_ws.trash()) == 1
    clock.now += timedelta(hours=2)
    assert any_ws.trash() == []  # past keeping: no longer listed...
    with pytest.raises(NotFound):
        any_ws.restore("signal", ids["sign"])
    any_ws.delete_goal(any_ws.add_goal("rest", "Climbing", 60))  # ...and a write forgets it
    with any_ws.read() as conn:
        kinds = list(conn.execute(select(t.trash.c.kind)).scalars())
    assert kinds == ["goal"]


def test_unknown_ids_and_kinds_are_refused(any_ws: Workspace) -> None:
    with pytest.raises(NotFound):
        any_ws.delete("application", 999)
    with pytest.raises(NotFound):
        any_ws.restore("person", 999)
    with pytest.raises(BadInput, match="unknown kind"):
        any_ws.delete("company", 1)


def test_a_stale_version_refuses_the_delete(any_ws: Workspace) -> None:
    app = any_ws.add_application("Acme", "Data Engineer")
    read = any_ws.application(app).version
    any_ws.update_application(app, notes="call back")
    with pytest.raises(StaleVersion, match="changed meanwhile"):
        any_ws.delete_application(app, expected_version=read)
    assert any_ws.application(app).notes == "call back"
    any_ws.delete_application(app, expected_version=read + 1)
    assert any_ws.list_applications() == []


@pytest.mark.parametrize("seed", range(6))
def test_any_order_of_deletes_and_restores_gives_back_the_same_rows(
    any_ws: Workspace, seed: int
) -> None:
    import random

    rng = random.Random(seed)
    ids = _story(any_ws)
    goal = any_ws.add_goal("skill", "dbt course", 60)
    any_ws.log_goal(goal, 30)
    before = _rows(any_ws)
    records = [("application", ids["app"]), ("person", ids["person"]), ("goal", goal),
               ("interview", ids["interview"]), ("signal", ids["sign"])]  # fmt: skip
    rng.shuffle(records)
    deleted = []
    for kind, ident in records:
        try:
            any_ws.delete(kind, ident)
            deleted.append((kind, ident))
        except NotFound:  # went with its application already
            pass
    assert any_ws.list_applications() == [] and any_ws.goals() == []
    rng.shuffle(deleted)
    while deleted:
        kind, ident = deleted.pop(0)
        try:
            any_ws.restore(kind, ident)
        except BadInput:  # its application is still in the trash: later
            deleted.append((kind, ident))
    assert _rows(any_ws) == before
    assert any_ws.trash() == []
