"""Features that must agree with each other: a sign typed in, the status, the score, the
plan and the application list."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from tests.support.mailbuild import mail

from offerwatch.core.entities import Status
from offerwatch.service import Workspace

START = datetime(2026, 3, 3, 9, 0, tzinfo=UTC)


def _final_round(ws: Workspace) -> int:
    app_id = ws.add_application("Acme", "Data Engineer")
    ws.add_person(app_id, "Priya Shah", role="recruiter", email="priya@acme.example")
    ws.add_interview(
        app_id, stage="final", start=START, end=START + timedelta(hours=1), with_=["Priya Shah"]
    )
    return app_id


@pytest.mark.parametrize(("kind", "status"), [("offer", "offer"), ("rejection", "rejected")])
def test_an_outcome_sign_typed_in_moves_the_status_like_outcome_does(
    any_ws: Workspace, kind: str, status: str
) -> None:
    # `signal add APP offer` made the score terminal (100%) while the status stayed
    # "interviewing", so `app list` showed an open application at 100% and the plan kept
    # its follow-ups; mail import already moved the status.
    app_id = _final_round(any_ws)
    when = START + timedelta(days=2)
    any_ws.add_signal(app_id, kind, at=when)
    app = any_ws.application(app_id)
    assert app.status == status
    assert any_ws.status_history(app_id)[-1].changed_at == when
    assert any_ws.score(app_id).terminal
    later = START + timedelta(days=30)
    kinds = {a.kind for a in any_ws.agenda(now=later, days=60).upcoming}
    assert "follow_up" not in kinds


def test_a_sign_does_not_reopen_a_closed_application(ws: Workspace) -> None:
    app_id = _final_round(ws)
    ws.record_outcome(app_id, "accepted", at=START + timedelta(days=5))
    ws.add_signal(app_id, "rejection", at=START + timedelta(days=6))
    assert ws.application(app_id).status is Status.ACCEPTED


def test_the_application_list_and_score_agree(ws: Workspace) -> None:
    open_app = _final_round(ws)
    ws.add_signal(open_app, "notice_period_asked", at=START + timedelta(days=1))
    other = ws.add_application("Beta", "Analyst")
    now = START + timedelta(days=3)
    batch = ws.scores(now=now)
    for app_id in (open_app, other):
        assert batch[app_id].probability == pytest.approx(ws.score(app_id, now=now).probability)


def test_adding_someone_met_at_an_interview_completes_their_record(any_ws: Workspace) -> None:
    # Met first ("--with Ana Lopez", no address), added with an email afterwards: that
    # used to create a second Ana, so her thank-you draft still had no address.
    app_id = any_ws.add_application("Acme", "Data Engineer")
    iid = any_ws.add_interview(
        app_id, stage="final", start=START, end=START + timedelta(hours=1), with_=["Ana Lopez"]
    )
    pid = any_ws.add_person(app_id, "Ana Lopez", role="hiring_manager", email="Ana@Acme.example")
    again = any_ws.add_person(
        app_id, "Ana López-Ruiz", role="hiring_manager", email="ana@acme.example"
    )
    assert pid == again
    [ana] = any_ws.people(app_id)
    assert (ana.name, ana.email, ana.role) == (
        "Ana López-Ruiz",
        "ana@acme.example",
        "hiring_manager",
    )
    assert any_ws.interview(iid).people == (ana,)
    assert any_ws.draft_thank_you(iid).to == "ana@acme.example"
    # Two different people with one name stay two.
    other = any_ws.add_person(app_id, "Ana López-Ruiz", role="recruiter", email="ana2@acme.example")
    assert other != pid and len(any_ws.people(app_id)) == 2


def test_an_old_rejection_does_not_close_a_new_application(ws: Workspace, tmp_path: Path) -> None:
    first = ws.add_application("Initech", "Analyst", applied_on=date(2026, 1, 10))
    ws.record_outcome(first, "rejection", at=datetime(2026, 2, 1, tzinfo=UTC))
    again = ws.add_application("Initech", "Data Engineer", applied_on=date(2026, 6, 1))
    eml = tmp_path / "old.eml"
    eml.write_bytes(
        mail(
            "Your application",
            "Unfortunately we have decided not to move forward with your application.",
            sender="Hiring <hr@initech.com>",
            date="Tue, 03 Mar 2026 09:00:00 +0100",
        )
    )
    assert ws.import_mail(str(eml)).matched == 1
    assert ws.application(again).status is Status.APPLIED
    assert not ws.score(again).terminal
    assert [m.application_id for m in ws.messages(first)] == [first]


def test_moving_an_application_back_into_play_reopens_score_and_plan(any_ws: Workspace) -> None:
    # A rejection recorded by mistake (or misread from mail), then the status set back to
    # interviewing: the score stayed "outcome recorded: rejection", 0%, and no follow-up.
    app_id = _final_round(any_ws)
    any_ws.record_outcome(app_id, "rejection", at=START + timedelta(days=2))
    assert any_ws.score(app_id, now=START + timedelta(days=3)).terminal
    any_ws.set_status(app_id, "interviewing", at=START + timedelta(days=3))
    now = START + timedelta(days=4)
    score = any_ws.score(app_id, now=now)
    assert not score.terminal and 0 < score.probability < 1
    assert any_ws.scores(now=now)[app_id].probability == score.probability
    later = any_ws.agenda(now=START + timedelta(days=20), days=30)
    assert "follow_up" in {a.kind for a in later.overdue + later.today + later.upcoming}
    # A new rejection after that decides again; nothing stored was lost.
    any_ws.add_signal(app_id, "rejection", at=START + timedelta(days=5))
    assert any_ws.score(app_id, now=START + timedelta(days=6)).terminal
    assert [o.kind for o in any_ws.observations(app_id)].count("rejection") == 2
