"""The storage contract, run against SQLite and a real PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from offerwatch.core.entities import ObservationSource, PersonRole, Stage, Status
from offerwatch.errors import BadInput, NotFound
from offerwatch.service import Workspace, open_workspace

BERLIN = ZoneInfo("Europe/Berlin")


def test_application_round_trip(any_ws: Workspace) -> None:
    app_id = any_ws.add_application(
        "Acme", "Data Engineer", applied_on=date(2026, 3, 1), url="https://acme.example/jobs/1",
        source="referral", salary_min=60000, salary_max=70000, notes="met at meetup",
    )  # fmt: skip
    app = any_ws.application(app_id)
    assert (app.company, app.role, app.status) == ("Acme", "Data Engineer", Status.APPLIED)
    assert app.applied_on == date(2026, 3, 1)
    assert (app.salary_min, app.salary_max, app.source) == (60000, 70000, "referral")
    assert [a.id for a in any_ws.list_applications()] == [app_id]


def test_company_is_shared_case_insensitively(any_ws: Workspace) -> None:
    first = any_ws.add_application("Acme", "Analyst")
    second = any_ws.add_application("ACME", "Engineer")
    assert any_ws.application(first).company_id == any_ws.application(second).company_id


def test_status_history_keeps_every_change(any_ws: Workspace, clock) -> None:  # type: ignore[no-untyped-def]
    app_id = any_ws.add_application("Acme", "Analyst")
    later = clock.now + timedelta(days=3)
    any_ws.set_status(app_id, "screening", at=later)
    any_ws.record_outcome(app_id, "rejection", at=later + timedelta(days=1))
    history = any_ws.status_history(app_id)
    assert [h.status for h in history] == [Status.APPLIED, Status.SCREENING, Status.REJECTED]
    assert history[1].changed_at == later
    assert history[1].changed_at.tzinfo is not None
    kinds = [o.kind for o in any_ws.observations(app_id)]
    assert kinds == ["rejection"]


def test_interview_keeps_time_zone_instant_and_people(any_ws: Workspace) -> None:
    app_id = any_ws.add_application("Acme", "Analyst")
    recruiter = any_ws.add_person(app_id, "Ana Lopez", email="Ana@Acme.example", role="recruiter")
    start = datetime(2026, 3, 29, 1, 30, tzinfo=BERLIN)  # the night clocks change in Berlin
    end = datetime(2026, 3, 29, 4, 0, tzinfo=BERLIN)
    iid = any_ws.add_interview(
        app_id, stage="final", start=start, end=end, with_=["ana@acme.example", "Bo Chen"],
        timeline="we will decide by 2026-04-03",
    )  # fmt: skip
    interview = any_ws.interview(iid)
    assert interview.scheduled_start == start and interview.scheduled_end == end
    assert interview.stage is Stage.FINAL
    assert interview.timeline_date == date(2026, 4, 3)
    names = sorted(p.name for p in interview.people)
    assert names == ["Ana Lopez", "Bo Chen"]
    assert recruiter in [p.id for p in interview.people]
    roles = {p.name: p.role for p in any_ws.people(app_id)}
    assert roles == {"Ana Lopez": PersonRole.RECRUITER, "Bo Chen": PersonRole.INTERVIEWER}
    assert any_ws.application(app_id).status is Status.INTERVIEWING


def test_signal_validation_and_storage(any_ws: Workspace, clock) -> None:  # type: ignore[no-untyped-def]
    app_id = any_ws.add_application("Acme", "Analyst")
    iid = any_ws.add_interview(
        app_id, stage="interview", start=clock.now, end=clock.now + timedelta(hours=1)
    )
    oid = any_ws.add_signal(app_id, "Next-Steps-Reviewed", interview_id=iid, note="told me")
    [obs] = any_ws.observations(app_id)
    assert (obs.id, obs.kind, obs.interview_id, obs.source) == (
        oid, "next_steps_reviewed", iid, ObservationSource.MANUAL,
    )  # fmt: skip
    with pytest.raises(BadInput, match="unknown signal kind"):
        any_ws.add_signal(app_id, "vibes")
    other = any_ws.add_application("Beta", "Analyst")
    with pytest.raises(NotFound):
        any_ws.add_signal(other, "personal_interest", interview_id=iid)
    assert len(any_ws.observations()) == 1


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda ws: ws.application(999), NotFound),
        (lambda ws: ws.set_status(999, "offer"), NotFound),
        (lambda ws: ws.add_person(999, "X", role="recruiter"), NotFound),
        (lambda ws: ws.add_application(" ", "Role"), BadInput),
        (lambda ws: ws.add_application("Co", "Role", status="hired"), BadInput),
        (lambda ws: ws.add_application("Co", "R", salary_min=9, salary_max=1), BadInput),
        (lambda ws: ws.record_outcome(1, "maybe"), BadInput),
    ],
)
def test_bad_input_is_refused_and_nothing_is_written(any_ws: Workspace, call, error) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(error):
        call(any_ws)
    assert any_ws.list_applications() == []


def test_interview_must_end_after_start(any_ws: Workspace, clock) -> None:  # type: ignore[no-untyped-def]
    app_id = any_ws.add_application("Acme", "Analyst")
    with pytest.raises(BadInput, match="end after"):
        any_ws.add_interview(app_id, stage="final", start=clock.now, end=clock.now)
    with pytest.raises(BadInput, match="unknown stage"):
        any_ws.add_interview(app_id, stage="lunch", start=clock.now,
                             end=clock.now + timedelta(hours=1))  # fmt: skip
    assert any_ws.interviews(app_id) == []
    assert any_ws.application(app_id).status is Status.APPLIED


def test_users_do_not_see_each_others_rows(db_url: str) -> None:
    from sqlalchemy import insert

    from offerwatch.store import tables as t

    local = open_workspace(db_url)
    try:
        with local.write() as conn:
            other_id = conn.execute(
                insert(t.users)
                .values(username="coachee", is_admin=False, created_at=datetime.now(UTC))
                .returning(t.users.c.id)
            ).scalar_one()
        other = local.for_user(other_id)
        mine = local.add_application("Acme", "Analyst")
        assert other.list_applications() == []  # type: ignore[attr-defined]
        with pytest.raises(NotFound):
            other.application(mine)  # type: ignore[attr-defined]
    finally:
        local.close()


def test_reopening_keeps_data(db_url: str) -> None:
    first = open_workspace(db_url)
    app_id = first.add_application("Acme", "Analyst")
    first.close()
    second = open_workspace(db_url)
    try:
        assert second.application(app_id).company == "Acme"
    finally:
        second.close()


def test_sign_in_a_past_interview_dates_from_its_end(any_ws: Workspace, clock) -> None:  # type: ignore[no-untyped-def]
    app_id = any_ws.add_application("Acme", "Analyst")
    start = clock.now - timedelta(days=2)
    iid = any_ws.add_interview(app_id, stage="final", start=start, end=start + timedelta(hours=1),
                               actual_end=start + timedelta(hours=2))  # fmt: skip
    any_ws.add_signal(app_id, "personal_interest", interview_id=iid)
    any_ws.add_signal(app_id, "notice_period_asked")
    seen = {o.kind: o.observed_at for o in any_ws.observations(app_id)}
    assert seen == {
        "personal_interest": start + timedelta(hours=2),
        "notice_period_asked": clock.now,
    }


def test_a_person_on_file_is_met_by_the_name_as_typed_even_with_an_at_sign(
    any_ws: Workspace,
) -> None:
    app_id = any_ws.add_application("Acme", "Analyst")
    odd = any_ws.add_person(app_id, "Kim@Reception", role="team_member")
    start = datetime(2026, 3, 2, 10, 0, tzinfo=BERLIN)
    iid = any_ws.add_interview(
        app_id, stage="interview", start=start, end=start + timedelta(hours=1),
        with_=["kim@reception"],
    )  # fmt: skip
    assert [p.id for p in any_ws.interview(iid).people] == [odd]
    assert len(any_ws.people(app_id)) == 1
