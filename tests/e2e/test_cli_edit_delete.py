"""Change, delete, restore and undo from the CLI (run in this process: tests.support.cli)."""

from __future__ import annotations

import pytest
from tests.support.cli import run, run_json
from tests.support.templates import migrated_sqlite

from offerwatch.service import open_workspace


def test_edit_delete_restore_end_to_end(db_url: str) -> None:
    app = run_json(db_url, "app", "add", "--company", "Kite Labs", "--role", "Backend",
                   "--location", "Berlin")["id"]  # fmt: skip
    pasted = "Dr. Mara Jensen <mara@kitelabs.example>"
    person = run_json(db_url, "person", "add", str(app), "--name", pasted, "--role",
                      "recruiter")["id"]  # fmt: skip
    iid = run_json(db_url, "interview", "add", str(app), "--stage", "final", "--start",
                   "2026-03-03 10:00", "--end", "2026-03-03 11:00", "--with",
                   "Dr. Mara Jensen")["id"]  # fmt: skip
    sign = run_json(db_url, "signal", "add", str(app), "notice_period_asked")["id"]
    goal = run_json(db_url, "goal", "add", "skill", "dbt course", "--minutes", "60")["id"]

    version = run_json(db_url, "app", "show", str(app))["application"]["version"]
    assert version == 2  # the interview moved it on to interviewing
    changed = run_json(db_url, "app", "set", str(app), "--role", "Backend Engineer",
                       "--salary-min", "60000", "--url", "https://kitelabs.example/7",
                       "--if-version", str(version))  # fmt: skip
    assert (changed["role"], changed["salary_min"], changed["location"]) == (
        "Backend Engineer", 60000, "Berlin")  # fmt: skip
    stale = run(db_url, "app", "set", str(app), "--notes", "x", "--if-version", str(version),
                ok=False)  # fmt: skip
    assert stale.returncode == 2 and "changed meanwhile" in stale.stderr

    shown = run_json(db_url, "person", "list", str(app))
    assert [(p["name"], p["email"]) for p in shown] == [("Dr. Mara Jensen",
                                                         "mara@kitelabs.example")]  # fmt: skip
    edited = run_json(db_url, "person", "set", str(person), "--role", "hiring_manager")
    assert edited["role"] == "hiring_manager" and edited["version"] == 2
    assert run_json(db_url, "signal", "set", str(sign), "--note", "asked twice")["evidence"] == (
        "asked twice"
    )
    assert run_json(db_url, "goal", "set", str(goal), "--minutes", "90")["weekly_minutes"] == 90
    run(db_url, "interview", "set", str(iid), "--sign", "personal_interest")

    deleted = run_json(db_url, "app", "delete", str(app))
    assert deleted["deleted"] and deleted["with_it"]["interviews"] == 1
    run(db_url, "goal", "delete", str(goal))
    trash = run_json(db_url, "trash")
    assert [(i["kind"], i["record_id"]) for i in trash] == [("goal", goal), ("application", app)]
    assert run_json(db_url, "app", "list") == []
    assert "Kite Labs: Backend Engineer" in run(db_url, "trash").stdout

    run(db_url, "app", "restore", str(app))
    run(db_url, "goal", "restore", str(goal))
    back = run_json(db_url, "app", "show", str(app))
    assert back["application"]["role"] == "Backend Engineer"
    assert sorted(o["kind"] for o in back["observations"]) == [
        "notice_period_asked", "personal_interest"]  # fmt: skip
    assert [i["id"] for i in back["interviews"]] == [iid]
    assert run_json(db_url, "trash") == []
    again = run(db_url, "app", "restore", str(app), ok=False)
    assert again.returncode == 2 and "no application in the trash" in again.stderr


def test_undo_of_done_dismiss_and_snooze(sqlite_url: str) -> None:
    app = run_json(sqlite_url, "app", "add", "--company", "Acme", "--role", "Data")["id"]
    run(sqlite_url, "interview", "add", str(app), "--stage", "interview", "--start",
        "2026-03-03 10:00", "--end", "2026-03-03 11:00", "--with", "Ana Lopez")  # fmt: skip
    items = run_json(sqlite_url, "agenda", "--days", "60", "--now", "2026-03-03T12:00:00+00:00")
    action = items[0]["id"]
    run(sqlite_url, "dismiss", str(action))
    undone = run_json(sqlite_url, "dismiss", str(action), "--undo")
    assert undone == {"id": action, "dismissed": False}
    run(sqlite_url, "snooze", str(action), "--until", "2099-01-01 09:00")
    assert run_json(sqlite_url, "snooze", str(action), "--undo")["snoozed_until"] is None
    not_snoozed = run(sqlite_url, "snooze", str(action), "--undo", ok=False)
    assert not_snoozed.returncode == 2 and "is not snoozed" in not_snoozed.stderr
    no_until = run(sqlite_url, "snooze", str(action), ok=False)
    assert no_until.returncode == 2 and "--until" in no_until.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["app", "delete", "42"], "no application with id 42"),
        (["person", "restore", "7"], "no person in the trash with id 7"),
        (["app", "set", "1"], "nothing to change"),
        (["app", "set", "1", "--role", ""], "role must not be empty"),
        (["app", "set", "1", "--salary-max", "3000000000"], "up to 1,000,000,000"),
        (["app", "set", "1", "--salary-min", "eighty"], "such as 60000, 60,000 or 60k"),
        (["person", "set", "1", "--email", "a@b.example?bcc=c@d.example"], "not an email"),
        (["person", "set", "1", "--email", "a@b.example\r\nBcc: c@d.example"], "one line"),
        (["goal", "set", "1", "--title", " "], "needs a title"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(sqlite_url: str, args: list[str], message: str) -> None:
    migrated_sqlite(sqlite_url)  # the schema made once per run: only the command runs apart
    with open_workspace(sqlite_url) as ws:
        app = ws.add_application("Acme", "Data")
        ws.add_person(app, "Ana", role="recruiter")
        ws.add_goal("rest", "Climbing", 60)
    proc = run(sqlite_url, *args, ok=False)
    assert proc.returncode == 2, proc.stderr
    assert message in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
    with open_workspace(sqlite_url) as ws:
        assert ws.application(app).role == "Data" and ws.application(app).version == 1
        assert ws.person(1).email is None and ws.goal(1).title == "Climbing"
