"""The planner's rules as tables of scenarios with a fixed `now` (docs/planner.md)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from tests.support.planner_factories import (
    ANA,
    BERLIN,
    BO,
    CY,
    PRIYA,
    app,
    berlin,
    interview,
    message,
    timeline_seen,
)

from offerwatch.core.entities import Direction, Observation, ObservationSource, Stage, Status
from offerwatch.core.planner import Mark, PlanFacts, PlannedAction, plan

# Monday 2026-03-02 08:00 in Berlin: before every interview in these scenarios.
EARLY = berlin(2026, 3, 2, 8)


def _plan(facts: PlanFacts, now: datetime = EARLY) -> dict[str, PlannedAction]:
    return {a.key: a for a in plan(facts, now, BERLIN).actions}


def _of(actions: dict[str, PlannedAction], kind: str) -> dict[str, PlannedAction]:
    return {k: a for k, a in actions.items() if a.kind == kind}


# -- thank-you ----------------------------------------------------------------------------


def test_three_people_met_give_three_thank_yous_due_24_hours_after_the_end() -> None:
    end = berlin(2026, 3, 3, 11, 30)
    talk = interview(7, berlin(2026, 3, 3, 10), end, people=(ANA, BO, CY))
    facts = PlanFacts([app()], [talk], {1: [ANA, BO, CY]})
    assert _of(_plan(facts), "thank_you") == {}  # not offered before the interview is over
    thanks = _of(_plan(facts, end + timedelta(minutes=1)), "thank_you")
    assert sorted(thanks) == ["thank_you:7:1", "thank_you:7:2", "thank_you:7:3"]
    assert {a.due for a in thanks.values()} == {end + timedelta(hours=24)}
    assert {a.person_id for a in thanks.values()} == {1, 2, 3}
    assert all(a.interview_id == 7 and a.application_id == 1 for a in thanks.values())


@pytest.mark.parametrize(
    ("scheduled_end", "actual_end", "expected_due"),
    [
        (berlin(2026, 3, 3, 11), None, berlin(2026, 3, 4, 11)),
        (berlin(2026, 3, 3, 11), berlin(2026, 3, 3, 11, 40), berlin(2026, 3, 4, 11, 40)),
        (berlin(2026, 3, 3, 11), berlin(2026, 3, 3, 10, 20), berlin(2026, 3, 4, 10, 20)),
        # Saturday 28 March, the night the clocks go forward: 24 real hours, 12:00 CEST.
        (berlin(2026, 3, 28, 11), None, berlin(2026, 3, 29, 12)),
    ],
)
def test_thank_you_counts_from_the_actual_end_when_recorded(
    scheduled_end: datetime, actual_end: datetime | None, expected_due: datetime
) -> None:
    talk = interview(1, scheduled_end - timedelta(hours=1), scheduled_end, actual_end=actual_end)
    now = (actual_end or scheduled_end) + timedelta(minutes=1)
    (thanks,) = _of(_plan(PlanFacts([app()], [talk]), now), "thank_you").values()
    assert thanks.due == expected_due
    assert thanks.due - (actual_end or scheduled_end) == timedelta(hours=24)


@pytest.mark.parametrize(
    ("sent_at", "to", "done"),
    [
        (berlin(2026, 3, 3, 16), "ana@acme.example", True),
        (berlin(2026, 3, 3, 16), "ANA@Acme.Example", True),
        (berlin(2026, 3, 3, 16), "bo@acme.example", False),  # to someone else
        (berlin(2026, 3, 2, 16), "ana@acme.example", False),  # before the interview
    ],
)
def test_an_outgoing_message_to_the_person_after_the_interview_marks_it_done(
    sent_at: datetime, to: str, done: bool
) -> None:
    talk = interview(1, berlin(2026, 3, 3, 10), berlin(2026, 3, 3, 11))
    sent = message(9, Direction.OUT, sent_at, to=[to], app_id=None)
    facts = PlanFacts([app()], [talk], messages=[sent])
    (thanks,) = _of(_plan(facts, berlin(2026, 3, 3, 18)), "thank_you").values()
    assert (thanks.done_at == sent_at) is done
    assert (thanks.done_at is None) is not done


# -- ask the timeline ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stage", "now", "expected"),
    [
        (Stage.FINAL, berlin(2026, 3, 2, 8), True),
        (Stage.FOLLOW_UP, berlin(2026, 3, 2, 8), True),
        (Stage.FINAL, berlin(2026, 3, 3, 10, 5), False),  # already under way
        (Stage.INTERVIEW, berlin(2026, 3, 2, 8), False),
        (Stage.PHONE_SCREEN, berlin(2026, 3, 2, 8), False),
    ],
)
def test_ask_timeline_for_a_final_round_not_yet_held(
    stage: Stage, now: datetime, expected: bool
) -> None:
    start = berlin(2026, 3, 3, 10)
    talk = interview(5, start, berlin(2026, 3, 3, 11), stage=stage)
    asks = _of(_plan(PlanFacts([app()], [talk]), now), "ask_timeline")
    assert (asks.keys() == {"ask_timeline:5"}) is expected
    if expected:
        assert asks["ask_timeline:5"].due == start


# -- follow-up ----------------------------------------------------------------------------

TUESDAY = interview(3, berlin(2026, 3, 3, 10), berlin(2026, 3, 3, 11), people=(ANA,))


@pytest.mark.parametrize(
    ("timeline_date", "observations", "expected_due"),
    [
        # No timeline: 14 days after the last interview, same local time.
        (None, [], berlin(2026, 3, 17, 11)),
        # "Within a week" said on Tue 3 March -> Tue 10 March; + 3 business days -> Fri 13.
        (date(2026, 3, 10), [], berlin(2026, 3, 13, 9)),
        # A timeline ending on a Thursday: Fri, Mon, Tue -> Tue 17 March.
        (date(2026, 3, 12), [], berlin(2026, 3, 17, 9)),
        # A later statement by mail ("by the end of next week" -> Fri 13) wins: + 3 -> Wed 18.
        (
            date(2026, 3, 10),
            [timeline_seen(1, berlin(2026, 3, 5, 9), date(2026, 3, 13))],
            berlin(2026, 3, 18, 9),
        ),
        # A statement before the last interview does not count.
        (
            None,
            [timeline_seen(1, berlin(2026, 2, 20, 9), date(2026, 2, 27))],
            berlin(2026, 3, 17, 11),
        ),
    ],
)
def test_follow_up_due_moves_with_a_stated_timeline(
    timeline_date: date | None, observations: list[Observation], expected_due: datetime
) -> None:
    talk = interview(3, TUESDAY.scheduled_start, TUESDAY.scheduled_end, timeline_date=timeline_date)
    facts = PlanFacts([app()], [talk], {1: [PRIYA, ANA]}, observations)
    (follow,) = _of(_plan(facts), "follow_up").values()
    # A timeline stated by mail later is news: a new round (its key says so).
    assert follow.key == ("follow_up:1:3:r2" if observations and expected_due.day == 18
                          else "follow_up:1:3:1")  # fmt: skip
    assert follow.due == expected_due
    assert follow.person_id == PRIYA.id  # the recruiter is the main contact


def test_follow_up_goes_to_the_hiring_manager_when_there_is_no_recruiter() -> None:
    (follow,) = _of(_plan(PlanFacts([app()], [TUESDAY], {1: [BO, ANA]})), "follow_up").values()
    assert follow.person_id == ANA.id


@pytest.mark.parametrize(
    ("change", "cancelled"),
    [
        ("nothing", False),
        ("reply after the interview", False),  # re-timed, not ended: see below
        ("reply before the interview", False),
        ("reply about another application", False),
        ("the mail that stated the timeline", False),
        ("offer status", True),
        ("rejected status", True),
        ("rejection recorded", True),
    ],
)
def test_only_an_outcome_cancels_the_follow_up(change: str, cancelled: bool) -> None:
    application = app()
    messages = []
    observations = []
    if change == "reply after the interview":
        messages.append(message(1, Direction.IN, berlin(2026, 3, 6, 15)))
    elif change == "reply before the interview":
        messages.append(message(1, Direction.IN, berlin(2026, 3, 1, 15)))
    elif change == "reply about another application":
        messages.append(message(1, Direction.IN, berlin(2026, 3, 6, 15), app_id=2))
    elif change == "the mail that stated the timeline":
        messages.append(message(1, Direction.IN, berlin(2026, 3, 4, 9)))
        observations.append(
            timeline_seen(1, berlin(2026, 3, 4, 9), date(2026, 3, 11), message_id=1)
        )
    elif change == "offer status":
        application = app(status=Status.OFFER)
    elif change == "rejected status":
        application = app(status=Status.REJECTED)
    elif change == "rejection recorded":
        observations.append(
            Observation(1, 1, "rejection", berlin(2026, 3, 9, 9), ObservationSource.MANUAL)
        )
    facts = PlanFacts([application], [TUESDAY], {1: [PRIYA]}, observations, messages)
    follows = _of(_plan(facts, berlin(2026, 3, 10, 9)), "follow_up")
    assert (not follows) is cancelled


def test_a_new_interview_replaces_the_follow_up() -> None:
    later = interview(4, berlin(2026, 3, 12, 14), berlin(2026, 3, 12, 15))
    follows = _of(_plan(PlanFacts([app()], [TUESDAY, later], {1: [PRIYA]})), "follow_up")
    assert list(follows) == ["follow_up:1:4:1"]
    assert follows["follow_up:1:4:1"].due == berlin(2026, 3, 26, 15)


@pytest.mark.parametrize(
    ("first_sent", "reply_at", "second_due"),
    [
        (berlin(2026, 3, 17, 11, 30), None, berlin(2026, 3, 24, 11, 30)),
        # Sent on a Friday: 7 days later is a Friday too.
        (berlin(2026, 3, 20, 16), None, berlin(2026, 3, 27, 16)),
        # Sent on a Saturday: a week later is a Saturday, so Monday.
        (berlin(2026, 3, 21, 10), None, berlin(2026, 3, 30, 10)),
        (berlin(2026, 3, 17, 11, 30), berlin(2026, 3, 18, 9), None),  # answered: a new round
    ],
)
def test_one_more_follow_up_a_week_after_an_unanswered_first_then_none(
    first_sent: datetime, reply_at: datetime | None, second_due: datetime | None
) -> None:
    marks = {"follow_up:1:3:1": Mark(EARLY, berlin(2026, 3, 17, 11), done_at=first_sent)}
    messages = [message(1, Direction.IN, reply_at)] if reply_at else []
    facts = PlanFacts([app()], [TUESDAY], {1: [PRIYA]}, messages=messages, marks=marks)
    follows = _of(_plan(facts, first_sent + timedelta(hours=1)), "follow_up")
    if second_due is None:
        # A reply that decides nothing starts a new round, 7 days after it (Wed 25 March).
        assert list(follows) == ["follow_up:1:3:1", "follow_up:1:3:r2"]
        assert follows["follow_up:1:3:r2"].due == berlin(2026, 3, 25, 9)
        assert "no news since their last message on Wed 18 Mar" in follows["follow_up:1:3:r2"].title
    else:
        assert list(follows) == ["follow_up:1:3:1", "follow_up:1:3:2"]
        assert follows["follow_up:1:3:2"].due == second_due
    assert not any(k.endswith(":3") for k in follows)  # never a third


def test_an_outgoing_mail_to_the_contact_after_the_thank_you_window_counts_as_sent() -> None:
    thank_you = message(1, Direction.OUT, berlin(2026, 3, 3, 17), to=["priya@acme.example"])
    follow_up = message(2, Direction.OUT, berlin(2026, 3, 17, 12), to=["priya@acme.example"])
    facts = PlanFacts([app()], [TUESDAY], {1: [PRIYA]}, messages=[thank_you, follow_up])
    follows = _of(_plan(facts, berlin(2026, 3, 17, 13)), "follow_up")
    assert follows["follow_up:1:3:1"].done_at == follow_up.date
    assert follows["follow_up:1:3:2"].due == berlin(2026, 3, 24, 12)


# -- keep applying ------------------------------------------------------------------------


def _applied(n: int, on: date) -> list:  # type: ignore[type-arg]
    return [app(app_id=100 + i, status=Status.APPLIED, applied_on=on) for i in range(n)]


@pytest.mark.parametrize(
    ("apps", "target", "active", "count", "done", "urgent"),
    [
        (_applied(2, date(2026, 3, 3)), 5, True, 2, False, False),
        (_applied(5, date(2026, 3, 3)), 5, True, 5, True, False),
        (_applied(3, date(2026, 2, 24)), 5, True, 0, False, False),  # last week's
        (_applied(3, date(2026, 3, 3)), 3, True, 3, True, False),
        (_applied(3, date(2026, 3, 3)), 0, False, 3, False, False),  # target off
        (
            [*_applied(1, date(2026, 3, 3)), app(9, status=Status.ACCEPTED)],
            5,
            False,
            1,
            False,
            False,
        ),
    ],
)
def test_keep_applying_counts_this_weeks_applications_against_the_target(
    apps: list,
    target: int,
    active: bool,
    count: int,
    done: bool,
    urgent: bool,  # type: ignore[type-arg]
) -> None:
    result = plan(PlanFacts(apps, weekly_target=target), berlin(2026, 3, 4, 12), BERLIN)
    weekly = [a for a in result.actions if a.kind == "keep_applying"]
    assert result.keep_applying.active is active
    assert result.keep_applying.applied_this_week == count
    assert result.keep_applying.urgent is urgent
    assert len(weekly) == (1 if active else 0)
    if active:
        assert weekly[0].key == "keep_applying:2026-W10"
        assert (weekly[0].done_at is not None) is done
        assert f"{count} of {target}" in weekly[0].title
        assert weekly[0].due == berlin(2026, 3, 6, 9)  # Friday morning


def test_keep_applying_is_urgent_when_everything_open_waits_on_a_final_round() -> None:
    finals = [
        interview(1, berlin(2026, 3, 3, 10), berlin(2026, 3, 3, 11), stage=Stage.FINAL),
        interview(2, berlin(2026, 3, 3, 14), berlin(2026, 3, 3, 15), app_id=2, stage=Stage.FINAL),
    ]
    apps = [app(1), app(2), app(3, status=Status.REJECTED)]
    now = berlin(2026, 3, 4, 12)
    urgent = plan(PlanFacts(apps, finals), now, BERLIN)
    assert urgent.keep_applying.urgent
    (weekly,) = [a for a in urgent.actions if a.kind == "keep_applying"]
    # At once: Monday morning, already past, so due today (not overdue a minute later).
    assert weekly.due == berlin(2026, 3, 4, 23, 59)
    assert "urgent" in weekly.title
    calm = plan(PlanFacts([*apps, app(4, status=Status.APPLIED)], finals), now, BERLIN)
    assert not calm.keep_applying.urgent


# -- due times never in the past when created; marks keep overdue items overdue -----------


def test_an_interview_entered_late_gets_its_thank_you_due_at_the_end_of_that_day() -> None:
    talk = interview(1, berlin(2026, 3, 1, 10), berlin(2026, 3, 1, 11))
    now = berlin(2026, 3, 2, 15)  # a day and a bit after: past the 24 h, not yet late
    (thanks,) = _of(_plan(PlanFacts([app()], [talk]), now), "thank_you").values()
    assert thanks.key == "thank_you:1:1"
    assert thanks.due == berlin(2026, 3, 2, 23, 59)  # tonight, not "now" and red a minute later


def test_a_thank_you_days_late_becomes_a_late_note_then_goes() -> None:
    talk = interview(1, berlin(2026, 3, 1, 10), berlin(2026, 3, 1, 11))
    now = berlin(2026, 3, 4, 12)  # three days after
    (thanks,) = _of(_plan(PlanFacts([app()], [talk]), now), "thank_you").values()
    assert thanks.key == "thank_you:1:1:late"
    assert thanks.title.startswith("A late thank-you to Ana")
    assert "still worth a short note?" in thanks.title
    assert thanks.due == berlin(2026, 3, 4, 23, 59)
    # A week after the interview, an unsent note is no longer planned.
    assert _of(_plan(PlanFacts([app()], [talk]), berlin(2026, 3, 8, 12)), "thank_you") == {}


def test_an_interview_recorded_over_a_week_late_gets_no_thank_you() -> None:
    talk = interview(1, berlin(2026, 2, 24, 10), berlin(2026, 2, 24, 11))
    now = berlin(2026, 3, 4, 12)
    assert _of(_plan(PlanFacts([app()], [talk]), now), "thank_you") == {}
    # One done in time stays (with its done mark).
    marks = {"thank_you:1:1": Mark(berlin(2026, 2, 24, 11), berlin(2026, 2, 25, 11),
                                   done_at=berlin(2026, 2, 24, 18))}  # fmt: skip
    (kept,) = _of(_plan(PlanFacts([app()], [talk], marks=marks), now), "thank_you").values()
    assert kept.due == berlin(2026, 2, 25, 11)


def test_a_stored_action_keeps_its_due_time_and_becomes_overdue() -> None:
    talk = interview(1, berlin(2026, 3, 3, 10), berlin(2026, 3, 3, 11))
    created = berlin(2026, 3, 3, 11, 5)
    due = berlin(2026, 3, 4, 11)
    marks = {"thank_you:1:1": Mark(created, due)}
    later = berlin(2026, 3, 6, 9)
    (thanks,) = _of(_plan(PlanFacts([app()], [talk], marks=marks), later), "thank_you").values()
    assert thanks.due == due < later


# -- the week the clocks change in Europe/Berlin (Sunday 29 March 2026, 02:00 -> 03:00) ----


def test_the_dst_week_in_berlin() -> None:
    talk = interview(
        3, berlin(2026, 3, 24, 10), berlin(2026, 3, 24, 11), people=(ANA,), stage=Stage.FINAL
    )
    saturday = interview(4, berlin(2026, 3, 28, 10), berlin(2026, 3, 28, 11), app_id=2)
    apps = [
        app(1),
        app(2, status=Status.APPLIED),
        app(3, status=Status.APPLIED, applied_on=date(2026, 3, 29)),  # Sunday, after the change
        app(4, status=Status.APPLIED, applied_on=date(2026, 3, 30)),  # next week
    ]
    facts = PlanFacts(apps, [talk, saturday], {1: [PRIYA], 2: [PRIYA]})
    now = berlin(2026, 3, 23, 8)  # Monday morning, CET
    actions = _plan(facts, now)
    # 14 days after 11:00 CET on Tuesday 24 March is 11:00 CEST on Tuesday 7 April.
    assert actions["follow_up:1:3:1"].due == berlin(2026, 4, 7, 11)
    assert actions["follow_up:1:3:1"].due.utcoffset() == timedelta(hours=2)
    # Saturday 28 March + 14 days is a Saturday: moved to Monday 13 April, 11:00 CEST.
    assert actions["follow_up:2:4:1"].due == berlin(2026, 4, 13, 11)
    # 24 h after Saturday 11:00 CET is Sunday 12:00 CEST (the night had 23 hours).
    after = _plan(facts, berlin(2026, 3, 28, 11, 30))
    assert after["thank_you:4:1"].due == berlin(2026, 3, 29, 12)
    # The ask-timeline item is due at the interview's start.
    assert actions["ask_timeline:3"].due == berlin(2026, 3, 24, 10)
    # The week runs from Monday 00:00 CET to Monday 00:00 CEST: Sunday's application counts.
    late_sunday = berlin(2026, 3, 29, 23, 30)
    week = plan(facts, late_sunday, BERLIN).keep_applying
    assert week.week_start == date(2026, 3, 23)
    assert week.applied_this_week == 1
    monday = plan(facts, berlin(2026, 3, 30, 0, 30), BERLIN)  # still Sunday in UTC
    assert monday.keep_applying.week_start == date(2026, 3, 30)
    assert monday.keep_applying.applied_this_week == 1  # Monday's, not Sunday's
    (weekly,) = [a for a in monday.actions if a.kind == "keep_applying"]
    assert weekly.key == "keep_applying:2026-W14"


def test_a_follow_up_names_the_company_once() -> None:
    """With nobody on file the follow-up goes to the company: its title does not name it twice."""
    (alone,) = _of(_plan(PlanFacts([app()], [TUESDAY], {1: []})), "follow_up").values()
    company = app().company
    assert alone.title.count(company) == 1, alone.title
    (person,) = _of(_plan(PlanFacts([app()], [TUESDAY], {1: [PRIYA]})), "follow_up").values()
    assert PRIYA.name in person.title and person.title.count(company) == 1, person.title
