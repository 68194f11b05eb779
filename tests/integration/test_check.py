"""`check`: damage found and repaired, on SQLite and PostgreSQL; a sound database is ok."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

from sqlalchemy import insert, select, update

from offerwatch.service import Workspace
from offerwatch.store import tables as t


def test_a_sound_workspace_is_ok(any_ws: Workspace) -> None:
    app_id = any_ws.add_application("Acme", "Engineer")
    any_ws.add_person(app_id, "Ana", role="recruiter", email="ana@acme.example")
    any_ws.set_status(app_id, "interviewing")
    any_ws.record_outcome(app_id, "rejection")
    assert any_ws.check().ok


def test_findings_are_listed_then_repaired(any_ws: Workspace) -> None:
    app_id = any_ws.add_application("Acme", "Engineer")
    other_app = any_ws.add_application("Beta", "Analyst")
    interview_id = any_ws.add_interview(
        other_app,
        stage="final",
        start=any_ws.clock() + timedelta(days=2),
        end=any_ws.clock() + timedelta(days=2, hours=1),
        with_=["Bo"],
    )
    any_ws.open_actions()  # the plan holds an action for Beta's final interview
    with any_ws.write() as conn:
        conn.execute(insert(t.companies).values(user_id=any_ws.user_id, name="Lonely", domains=""))
        a = t.applications
        conn.execute(update(a).where(a.c.id == app_id).values(status="offer"))
        conn.execute(update(a).where(a.c.id == other_app).values(status="withdrawn"))
        sign = any_ws.clock()
        conn.execute(
            insert(t.observations).values(
                user_id=any_ws.user_id,
                application_id=app_id,
                interview_id=interview_id,
                kind="notice_period_asked",
                observed_at=sign,
                source="manual",
                created_at=sign,
            )
        )
    report = any_ws.check()
    kinds = sorted((f.kind, f.table) for f in report.findings)
    assert kinds == [
        ("history", "applications"),
        ("history", "applications"),
        ("orphan", "companies"),
        ("orphan", "observations"),
        ("plan", "actions"),
    ]
    assert any(
        "is 'offer' but its status history ends at 'applied'" in f.message for f in report.findings
    )
    repaired = any_ws.check(repair=True)
    assert repaired.repaired
    assert any_ws.check().ok
    assert any_ws.status_history(app_id)[-1].status.value == "offer"
    with any_ws.read() as conn:
        names = set(conn.execute(select(t.companies.c.name)).scalars())
        tied = conn.execute(select(t.observations.c.interview_id)).scalars().all()
    assert names == {"Acme", "Beta"} and tied == [None]


def test_sqlite_foreign_keys_that_point_nowhere(ws: Workspace, sqlite_url: str) -> None:
    app_id = ws.add_application("Acme", "Engineer")
    path = sqlite_url.removeprefix("sqlite:///")
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute(
            "INSERT INTO status_changes (user_id, application_id, status, changed_at)"
            " VALUES (1, 999, 'applied', '2026-03-01 00:00:00')"
        )
        conn.execute(
            "INSERT INTO messages (user_id, application_id, direction, from_addr, "
            "to_addrs, date, subject, body, review, created_at) VALUES (1, 998, 'in', "
            "'a@b.example', '', '2026-03-01 00:00:00', 's', 'b', 'matched', "
            "'2026-03-01 00:00:00')"
        )
    report = ws.check()
    found = {(f.table, f.repair) for f in report.findings if f.kind == "foreign_key"}
    assert found == {
        ("status_changes", "delete the status_changes row"),
        ("messages", "clear application_id"),
    }
    ws.check(repair=True)
    assert ws.check().ok
    assert [h.status.value for h in ws.status_history(app_id)] == ["applied"]
    with ws.read() as conn:
        assert conn.execute(select(t.messages.c.application_id)).scalars().all() == [None]


def test_an_interview_dated_before_the_application_is_reported(any_ws: Workspace) -> None:
    now = any_ws.clock()
    late = any_ws.add_application("Acme", "Engineer", applied_on=(now - timedelta(days=3)).date())
    fine = any_ws.add_application("Beta", "Analyst", applied_on=(now - timedelta(days=30)).date())
    for app_id in (late, fine):
        start = now - timedelta(days=10)
        end = start + timedelta(hours=1)
        any_ws.add_interview(app_id, stage="phone_screen", start=start, end=end)
    report = any_ws.check()
    dates = [f for f in report.findings if f.kind == "dates"]
    assert [f.ids for f in dates] == [(late,)]
    assert "applied on" in dates[0].message and "may be wrong" in dates[0].message
    assert dates[0].repair is None
    assert any_ws.check(repair=True).findings  # nothing to repair: it stays reported
