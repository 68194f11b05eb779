"""Editing every record, versions, undo of marks, and input that must not give a 500."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from tests.conftest import Clock

from offerwatch.core.names import greeting_name, name_key, split_address
from offerwatch.errors import BadInput, NotFound, StaleVersion
from offerwatch.service import Workspace

START = datetime(2026, 3, 2, 10, tzinfo=UTC)


def test_every_application_field_can_change_and_the_version_counts(any_ws: Workspace) -> None:
    app = any_ws.add_application("Acme", "Data Engineer", applied_on=date(2026, 2, 1))
    assert any_ws.application(app).version == 1
    saved = any_ws.update_application(
        app,
        company="Kite Labs",
        role="Backend Engineer",
        url="https://kitelabs.example/jobs/7",
        source="referral",
        location="Berlin",
        salary_min=60000,
        salary_max=70000,
        notes="second round soon",
        applied_on=date(2026, 2, 3),
        expected_version=1,
    )
    assert saved == any_ws.application(app)
    assert (saved.company, saved.role, saved.location, saved.applied_on) == (
        "Kite Labs", "Backend Engineer", "Berlin", date(2026, 2, 3))  # fmt: skip
    assert (saved.salary_min, saved.salary_max, saved.version) == (60000, 70000, 2)
    any_ws.set_status(app, "screening")
    assert any_ws.application(app).version == 3
    with pytest.raises(StaleVersion):
        any_ws.update_application(app, notes="x", expected_version=2)
    assert any_ws.application(app).notes == "second round soon"


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"role": None}, "role is required"),
        ({"role": "  "}, "role must not be empty"),
        ({"company": None}, "company is required"),
        ({"salary_min": 3_000_000_000}, "between 0 and"),
        ({"salary_max": -1}, "between 0 and"),
        ({"salary_min": 90, "salary_max": 10}, "minimum is above"),
        ({"url": "javascript:alert(1)"}, "http"),
        ({"status": "offer"}, "cannot change status"),
    ],
)
def test_bad_changes_are_refused_and_change_nothing(
    any_ws: Workspace, values: dict[str, object], message: str
) -> None:
    app = any_ws.add_application("Acme", "Data Engineer", salary_min=50)
    with pytest.raises(BadInput, match=message):
        any_ws.update_application(app, **values)
    stored = any_ws.application(app)
    assert (stored.role, stored.salary_min, stored.version) == ("Data Engineer", 50, 1)


def test_a_big_salary_is_bad_input_on_create_too(any_ws: Workspace) -> None:
    with pytest.raises(BadInput, match="salary"):
        any_ws.add_application("Acme", "Data Engineer", salary_max=3_000_000_000)
    assert any_ws.list_applications() == []


def test_one_company_whatever_the_case_of_its_letters(any_ws: Workspace) -> None:
    first = any_ws.add_application("Škoda Auto", "Data Engineer")
    second = any_ws.add_application("Škoda Auto", "Analyst")
    third = any_ws.add_application("ŠKODA  AUTO", "Tester")
    ids = {any_ws.application(a).company_id for a in (first, second, third)}
    assert len(ids) == 1
    assert name_key("ŠKODA  Auto") == name_key("škoda auto") != name_key("Skoda Auto")


def test_a_pasted_address_is_split_and_titles_are_not_the_greeting(any_ws: Workspace) -> None:
    app = any_ws.add_application("Kite Labs", "Backend Engineer")
    pid = any_ws.add_person(app, "Dr. Mara Jensen <Mara@KiteLabs.example>", role="recruiter")
    person = any_ws.person(pid)
    assert (person.name, person.email) == ("Dr. Mara Jensen", "mara@kitelabs.example")
    assert greeting_name(person.name) == "Mara"
    assert greeting_name("Prof. Dr. Ana Lopez") == "Ana"
    assert split_address('"Lopez, Ana" <ana@acme.example>') == ("Lopez, Ana", "ana@acme.example")
    saved = any_ws.update_person(pid, name="Mara Jensen", role="hiring_manager",
                                 expected_version=1)  # fmt: skip
    assert (saved.name, saved.email, saved.role.value, saved.version) == (
        "Mara Jensen", "mara@kitelabs.example", "hiring_manager", 2)  # fmt: skip
    cleared = any_ws.update_person(pid, email=None)
    assert cleared.email is None and cleared.name == "Mara Jensen"


@pytest.mark.parametrize(
    "email",
    ["mara@kitelabs.example\r\nBcc: x@evil.example", "mara@kitelabs.example?bcc=x@evil.example",
     "mara@kitelabs.example,x@evil.example", "mara kitelabs", "mara@kitelabs%2eexample"],
)  # fmt: skip
def test_emails_that_bend_headers_or_links_are_refused(any_ws: Workspace, email: str) -> None:
    app = any_ws.add_application("Kite Labs", "Backend Engineer")
    with pytest.raises(BadInput):
        any_ws.add_person(app, "Mara Jensen", role="recruiter", email=email)
    pid = any_ws.add_person(app, "Mara Jensen", role="recruiter", email="mara@kitelabs.example")
    with pytest.raises(BadInput):
        any_ws.update_person(pid, email=email)
    assert any_ws.person(pid).email == "mara@kitelabs.example"


def test_signs_are_edited_and_unticked(any_ws: Workspace) -> None:
    app = any_ws.add_application("Acme", "Data Engineer")
    end = START + timedelta(hours=1)
    iid = any_ws.add_interview(app, stage="interview", start=START, end=end,
                               signs=["personal_interest"])  # fmt: skip
    sign = any_ws.add_signal(app, "notice_period_asked", note="asked")
    saved = any_ws.update_signal(sign, kind="timeline_stated", note="within two weeks",
                                 interview_id=iid, expected_version=1)  # fmt: skip
    assert (saved.kind, saved.evidence, saved.interview_id, saved.version) == (
        "timeline_stated", "within two weeks", iid, 2)  # fmt: skip
    with pytest.raises(NotFound):
        any_ws.update_signal(sign, interview_id=9999)
    with pytest.raises(BadInput):
        any_ws.update_signal(sign, kind="no_such_sign")
    # the interview's checklist: untick one, tick another
    any_ws.update_interview(iid, signs=["salary_discussed", "timeline_stated"])
    kept = {o.kind: o for o in any_ws.observations(app)}
    assert sorted(kept) == ["salary_discussed", "timeline_stated"]
    assert kept["timeline_stated"].id == sign  # still ticked: the same record, note and all
    assert any_ws.interview(iid).version == 2


def test_goals_are_edited_with_the_same_checks(any_ws: Workspace) -> None:
    goal = any_ws.add_goal("skill", "dbt course", 60)
    saved = any_ws.update_goal(goal, title="dbt + Airflow", weekly_minutes=90, kind="skill")
    assert (saved.title, saved.weekly_minutes, saved.version) == ("dbt + Airflow", 90, 2)
    with pytest.raises(BadInput):
        any_ws.update_goal(goal, weekly_minutes=0)
    with pytest.raises(BadInput):
        any_ws.update_goal(goal, title="  ")
    with pytest.raises(StaleVersion):
        any_ws.update_goal(goal, title="x", expected_version=1)
    assert any_ws.goal(goal).title == "dbt + Airflow"


def test_done_dismiss_and_snooze_are_undone_one_at_a_time(any_ws: Workspace, clock: Clock) -> None:
    app = any_ws.add_application("Acme", "Data Engineer")
    any_ws.add_interview(app, stage="interview", start=START, end=START + timedelta(hours=1),
                         with_=["Ana Lopez"])  # fmt: skip
    actions = any_ws.open_actions()
    assert actions, "an interview calls for a thank-you"
    action = actions[0].id
    any_ws.mark_done(action)
    any_ws.snooze(action, clock.now + timedelta(days=2))
    undone = any_ws.undo_done(action)
    assert undone.done_at is None and undone.snoozed_until is not None
    assert any_ws.undo_snooze(action).snoozed_until is None
    any_ws.dismiss(action)
    assert action not in [a.id for a in any_ws.open_actions()]
    assert any_ws.undo_dismiss(action).dismissed_at is None
    assert action in [a.id for a in any_ws.open_actions()]
    with pytest.raises(BadInput, match="is not done"):
        any_ws.undo_done(action)
    with pytest.raises(BadInput, match="unknown mark"):
        any_ws.undo_mark(action, "archive")


def test_companies_from_before_the_key_are_matched_after_the_migration(sqlite_url: str) -> None:
    from alembic import command

    from offerwatch.service import open_workspace
    from offerwatch.store.engine import make_engines
    from offerwatch.store.migrate import _config

    writer, _ = make_engines(sqlite_url)
    cfg = _config()
    with writer.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0004")
    with writer.begin() as conn:
        conn.exec_driver_sql("INSERT INTO users (id, username, is_admin, created_at) "
                             "VALUES (1, 'local', 1, '2026-03-01 00:00:00')")  # fmt: skip
        conn.exec_driver_sql("INSERT INTO companies (id, user_id, name, domains) "
                             "VALUES (7, 1, 'ŠKODA Auto', '')")  # fmt: skip
    writer.dispose()
    ws = open_workspace(sqlite_url)
    try:
        app = ws.add_application("škoda auto", "Data Engineer")
        assert ws.application(app).company_id == 7
        assert ws.application(app).version == 1
    finally:
        ws.close()
