"""The planner through the Workspace on a real SQLite file: sync, marks, goals, settings."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import insert, select

from offerwatch.errors import BadInput, NotFound
from offerwatch.service import Workspace
from offerwatch.store import tables as t

# conftest's NOW is Wednesday 2026-03-04 12:00 UTC (13:00 in Berlin, OFFERWATCH_TZ).
START = datetime(2026, 3, 4, 14, 0, tzinfo=UTC)
END = datetime(2026, 3, 4, 15, 0, tzinfo=UTC)


@pytest.fixture
def acme(ws: Workspace) -> dict[str, int]:
    """One application with a recruiter and a final interview with three people later today."""
    app_id = ws.add_application("Acme Analytics", "Senior Data Engineer")
    recruiter = ws.add_person(app_id, "Priya Shah", role="recruiter", email="priya@acme.example")
    ws.add_person(app_id, "Ana Lopez", role="hiring_manager", email="ana@acme.example")
    interview_id = ws.add_interview(
        app_id,
        stage="final",
        start=START,
        end=END,
        with_=["Ana Lopez", "bo.chen@acme.example", "Cy Park"],
        notes="Discussed the migration of the billing pipeline to Airflow; "
        "Bo walked me through the on-call rotation",
    )
    return {"app": app_id, "interview": interview_id, "recruiter": recruiter}


def _by_key(ws: Workspace) -> dict[str, object]:
    with ws.read() as conn:
        return {r.key: r for r in conn.execute(select(t.actions))}


def _add_message(ws: Workspace, app_id: int, direction: str, when: datetime, to: str = "") -> None:
    with ws.write() as conn:
        conn.execute(
            insert(t.messages).values(
                user_id=ws.user_id,
                application_id=app_id,
                message_id=f"<{direction}-{when.timestamp()}@example>",
                direction=direction,
                from_addr="priya@acme.example" if direction == "in" else "me@example.org",
                to_addrs=to,
                date=when,
                subject="Re: next steps",
                body="Thanks, we will be in touch.",
                created_at=when,
            )
        )


def test_an_interview_with_three_people_gives_three_thank_yous(
    ws: Workspace, acme: dict[str, int], clock: object
) -> None:
    agenda = ws.agenda(days=3)
    # Not offered before the interview has happened (issue 10).
    assert [i for i in agenda.items if i.kind == "thank_you"] == []
    (ask,) = [i for i in agenda.today if i.kind == "ask_timeline"]
    assert ask.due == START
    clock.now = END + timedelta(minutes=5)  # type: ignore[attr-defined]
    agenda = ws.agenda(days=3)
    thanks = [i for i in agenda.items if i.kind == "thank_you"]
    assert len(thanks) == 3
    assert {i.due for i in thanks} == {END + timedelta(hours=24)}
    assert {i.person.name for i in thanks if i.person} == {"Ana Lopez", "Bo Chen", "Cy Park"}
    assert all(i.due.utcoffset() == timedelta(hours=1) for i in thanks)  # shown in Berlin time


def test_marks_survive_re_derivation_and_changed_facts(
    ws: Workspace, acme: dict[str, int], clock: object
) -> None:
    clock.now = datetime(2026, 3, 4, 16, tzinfo=UTC)  # type: ignore[attr-defined]
    items = {i.title: i for i in ws.agenda(days=3).items}
    ana = next(i for t_, i in items.items() if "Ana" in t_ and i.kind == "thank_you")
    bo = next(i for t_, i in items.items() if "Bo" in t_)
    cy = next(i for t_, i in items.items() if "Cy" in t_)
    ws.mark_done(ana.id)
    ws.dismiss(bo.id)
    ws.snooze(cy.id, datetime(2026, 3, 6, 9, tzinfo=UTC))
    # The facts change (a timeline is stated after the interview); re-derive twice.
    ws.add_signal(acme["app"], "timeline_stated", at=END, note="by 2026-03-10")
    ws.sync_actions()
    clock.now = datetime(2026, 3, 5, 18, tzinfo=UTC)  # type: ignore[attr-defined]
    agenda = ws.agenda(days=3)
    shown = {i.id: i for i in agenda.items}
    assert shown[ana.id].done is True
    assert bo.id not in shown
    assert shown[cy.id].due == datetime(2026, 3, 6, 9, tzinfo=UTC)
    stored = {r.id: r for r in _by_key(ws).values()}  # type: ignore[attr-defined]
    assert stored[ana.id].done_at == datetime(2026, 3, 4, 16, tzinfo=UTC)
    assert stored[bo.id].dismissed_at is not None
    assert stored[cy.id].done_at is None and stored[cy.id].obsolete_at is None


def test_a_reply_re_times_the_follow_up_the_old_one_becomes_obsolete(
    ws: Workspace, acme: dict[str, int], clock: object
) -> None:
    clock.now = datetime(2026, 3, 6, 9, tzinfo=UTC)  # type: ignore[attr-defined]
    ws.sync_actions()
    before = _by_key(ws)
    follow = f"follow_up:{acme['app']}:{acme['interview']}:1"
    assert follow in before
    assert before[follow].obsolete_at is None  # type: ignore[attr-defined]
    _add_message(ws, acme["app"], "in", datetime(2026, 3, 6, 10, tzinfo=UTC))
    clock.now = datetime(2026, 3, 6, 11, tzinfo=UTC)  # type: ignore[attr-defined]
    result = ws.sync_actions()
    after = _by_key(ws)
    assert result.obsoleted == 1
    assert after[follow].obsolete_at == clock.now  # type: ignore[attr-defined]
    # A reply that decides nothing re-times the follow-up: a week after it (issue 10).
    (new,) = set(after) - set(before)
    assert new == f"follow_up:{acme['app']}:{acme['interview']}:r2"
    assert after[new].due == datetime(2026, 3, 13, 10, tzinfo=UTC)  # type: ignore[attr-defined]
    assert after[new].obsolete_at is None  # type: ignore[attr-defined]


def test_a_stated_timeline_moves_the_follow_up(ws: Workspace, acme: dict[str, int]) -> None:
    key = f"follow_up:{acme['app']}:{acme['interview']}:1"
    ws.sync_actions()
    default_due = _by_key(ws)[key].due  # type: ignore[attr-defined]
    assert default_due == END + timedelta(days=14)
    # "Within a week" said on Wednesday 4 March: Wednesday 11 March, + 3 business days.
    ws.add_signal(acme["app"], "timeline_stated", at=END, note="within a week",
                  expected=datetime(2026, 3, 11).date())  # fmt: skip
    ws.sync_actions()
    moved = _by_key(ws)[key].due  # type: ignore[attr-defined]
    assert moved == datetime(2026, 3, 16, 8, tzinfo=UTC)  # Monday 09:00 in Berlin


def test_an_outgoing_thank_you_marks_the_action_done(
    ws: Workspace, acme: dict[str, int], clock: object
) -> None:
    sent = datetime(2026, 3, 4, 17, tzinfo=UTC)
    _add_message(ws, acme["app"], "out", sent, to="bo.chen@acme.example")
    clock.now = datetime(2026, 3, 4, 18, tzinfo=UTC)  # type: ignore[attr-defined]
    ws.sync_actions()
    rows = {k: r for k, r in _by_key(ws).items() if k.startswith("thank_you")}
    done = {k for k, r in rows.items() if r.done_at is not None}  # type: ignore[attr-defined]
    assert len(done) == 1
    assert rows[done.pop()].done_at == sent  # type: ignore[attr-defined]


def test_unknown_ids_and_bad_input_are_refused(ws: Workspace, acme: dict[str, int]) -> None:
    for call in (
        lambda: ws.mark_done(999),
        lambda: ws.dismiss(999),
        lambda: ws.snooze(999, datetime(2027, 1, 1, tzinfo=UTC)),
        lambda: ws.log_goal(999, 30),
        lambda: ws.draft_thank_you(999),
        lambda: ws.draft_follow_up(999),
    ):
        with pytest.raises(NotFound):
            call()
    ws.sync_actions()
    some = next(iter(_by_key(ws).values())).id  # type: ignore[attr-defined]
    for call in (
        lambda: ws.snooze(some, datetime(2026, 3, 1, tzinfo=UTC)),
        lambda: ws.set_setting("weekly_target", "many"),
        lambda: ws.set_setting("timezone", "Mars/Olympus"),
        lambda: ws.set_setting("colour", "blue"),
        lambda: ws.add_goal("hobby", "Climbing", 60),
        lambda: ws.add_goal("rest", " ", 60),
        lambda: ws.draft_thank_you(acme["interview"], "nobody@example.org"),
        lambda: ws.agenda(days=-1),
    ):
        with pytest.raises(BadInput):
            call()


def test_goals_count_this_weeks_minutes_beside_the_actions(ws: Workspace) -> None:
    course = ws.add_goal("skill", "Generative AI course", 180)
    climbing = ws.add_goal("rest", "Climbing", 120)
    ws.log_goal(course, 45, "module 1")
    ws.log_goal(course, 30, at=datetime(2026, 3, 2, 8, tzinfo=UTC))
    ws.log_goal(course, 60, at=datetime(2026, 2, 27, 8, tzinfo=UTC))  # last week
    ws.log_goal(climbing, 120)
    progress = {g.id: g for g in ws.agenda().goals}
    assert progress[course].minutes_this_week == 75
    assert progress[course].remaining == 105
    assert progress[climbing].met
    assert progress[course].week_start.isoformat() == "2026-03-02"


def test_the_weekly_target_is_a_setting(ws: Workspace, acme: dict[str, int]) -> None:
    assert ws.agenda().keep_applying.target == 5
    ws.set_weekly_target(2)
    keep = ws.agenda().keep_applying
    assert (keep.target, keep.applied_this_week, keep.urgent) == (2, 1, True)
    ws.add_application("Globex", "Analytics Engineer")
    keep = ws.agenda().keep_applying
    assert keep.applied_this_week == 2 and not keep.urgent
    weekly = [r for k, r in _by_key(ws).items() if k.startswith("keep_applying")]
    assert weekly[0].done_at is not None  # type: ignore[attr-defined]
    ws.record_outcome(acme["app"], "accepted")
    assert not ws.agenda().keep_applying.active


def test_the_plan_lifecycle_on_sqlite_and_postgresql(any_ws: Workspace, clock: object) -> None:
    ws = any_ws
    app_id = ws.add_application("Acme", "Data Engineer")
    ws.add_person(app_id, "Priya Shah", role="recruiter", email="priya@acme.example")
    ws.add_interview(app_id, stage="final", start=START, end=END, with_=["ana@acme.example"])
    assert "thank_you" not in {i.kind for i in ws.agenda(days=30).items}  # not yet held
    clock.now = END + timedelta(minutes=5)  # type: ignore[attr-defined]
    items = ws.agenda(days=30).items
    assert sorted(i.kind for i in items) == ["follow_up", "keep_applying", "thank_you"]
    thanks = next(i for i in items if i.kind == "thank_you")
    ws.mark_done(thanks.id)
    ws.snooze(next(i.id for i in items if i.kind == "keep_applying"),
              datetime(2026, 3, 5, 9, tzinfo=UTC))  # fmt: skip
    _add_message(ws, app_id, "in", datetime(2026, 3, 5, 10, tzinfo=UTC))
    clock.now = datetime(2026, 3, 5, 11, tzinfo=UTC)  # type: ignore[attr-defined]
    after = {i.kind: i for i in ws.agenda(days=30).items}
    assert "ask_timeline" not in after
    assert after["follow_up"].due == datetime(2026, 3, 12, 10, tzinfo=UTC)  # re-timed
    assert after["thank_you"].done
    stored = _by_key(ws)
    assert len(stored) == 5  # ask, thank-you, weekly, the first follow-up and its re-timing
    assert sum(r.obsolete_at is not None for r in stored.values()) == 2  # type: ignore[attr-defined]
    assert b"BEGIN:VALARM" in ws.calendar_ics()


def test_concurrent_agendas_do_not_duplicate_or_fail(db_url: str, clock: object) -> None:
    from concurrent.futures import ThreadPoolExecutor

    from offerwatch.service import open_workspace

    first = open_workspace(db_url, clock=clock)  # type: ignore[arg-type]
    second = open_workspace(db_url, clock=clock)  # type: ignore[arg-type]
    try:
        app_id = first.add_application("Acme", "Data Engineer")
        people = ["a@acme.example", "b@acme.example", "c@acme.example"]
        first.add_interview(app_id, stage="final", start=START, end=END, with_=people)
        clock.now = END + timedelta(minutes=5)  # type: ignore[attr-defined]
        with ThreadPoolExecutor(max_workers=4) as pool:
            runs = [pool.submit((first, second)[n % 2].agenda, None, 30) for n in range(8)]
            agendas = [r.result() for r in runs]
        assert {len(a.items) for a in agendas} == {5}  # 3 thank-yous, follow-up, weekly
        assert len(_by_key(first)) == 5
    finally:
        first.close()
        second.close()


def test_the_country_setting_skips_its_public_holidays(ws: Workspace, clock: object) -> None:
    """Stated "by Thursday 2 April": 3 business days later is Tuesday 7 April, or Thursday
    9 April in Germany (Good Friday and Easter Monday)."""
    app_id = ws.add_application("Acme", "Data Engineer")
    ws.add_person(app_id, "Priya Shah", role="recruiter", email="priya@acme.example")
    start = datetime(2026, 3, 31, 9, tzinfo=UTC)
    iid = ws.add_interview(app_id, stage="final", start=start, end=start + timedelta(hours=1))
    ws.add_signal(app_id, "timeline_stated", at=start + timedelta(hours=1),
                  expected=datetime(2026, 4, 2).date())  # fmt: skip
    clock.now = start + timedelta(hours=2)  # type: ignore[attr-defined]
    key = f"follow_up:{app_id}:{iid}:1"
    ws.sync_actions()
    assert _by_key(ws)[key].due == datetime(2026, 4, 7, 7, tzinfo=UTC)  # type: ignore[attr-defined]
    ws.set_setting("country", "de")
    assert ws.settings()["country"] == "DE"
    ws.sync_actions()
    assert _by_key(ws)[key].due == datetime(2026, 4, 9, 7, tzinfo=UTC)  # type: ignore[attr-defined]
    with pytest.raises(BadInput, match="unknown country 'XX'"):
        ws.set_setting("country", "XX")
    assert ws.settings()["country"] == "DE"  # nothing half-written


def test_after_an_accepted_offer_the_others_are_withdrawn_in_one_go(
    ws: Workspace, clock: object
) -> None:
    won = ws.add_application("Globex", "Data Engineer")
    others = [ws.add_application(f"Other {n}", "Data Engineer") for n in range(3)]
    ws.record_outcome(others[2], "rejection")
    with pytest.raises(BadInput, match="no accepted offer"):
        ws.withdraw_others(won)
    ws.record_outcome(won, "accepted")
    (suggest,) = [i for i in ws.agenda(days=3).items if i.kind == "withdraw_others"]
    assert "withdraw your 2 other open applications (Other 0, Other 1)" in suggest.title
    assert sorted(ws.withdraw_others(won)) == others[:2]
    statuses = {a.id: a.status.value for a in ws.list_applications()}
    assert statuses == {won: "accepted", others[0]: "withdrawn", others[1]: "withdrawn",
                        others[2]: "rejected"}  # fmt: skip
    assert not [i for i in ws.agenda(days=3).items if i.kind == "withdraw_others"]
    with pytest.raises(NotFound):
        ws.withdraw_others(9999)


def test_a_thank_you_for_an_interview_with_nobody_met_names_the_fix(ws: Workspace) -> None:
    """The error names the command that fixes this interview, not one that adds another."""
    app_id = ws.add_application("Kite Labs", "Data Analyst")
    interview_id = ws.add_interview(app_id, stage="interview", start=START, end=END)
    with pytest.raises(BadInput, match=rf"interview set {interview_id} --with NAME"):
        ws.draft_thank_you(interview_id)
