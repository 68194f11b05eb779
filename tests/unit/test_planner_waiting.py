"""The plan never goes quiet (issue 10): replies and hand-entered news re-time follow-ups,
outcomes end them, offers change what is asked of the other applications, long silence
suggests "ghosted", and business days skip the country's public holidays."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st
from tests.support.planner_factories import (
    BERLIN,
    PRIYA,
    app,
    berlin,
    interview,
    message,
    timeline_seen,
)

from offerwatch.core.entities import Direction, Observation, ObservationSource, Status
from offerwatch.core.planner import Mark, PlanFacts, PlannedAction, plan
from offerwatch.service.holidays import holiday_dates

TUESDAY = interview(3, berlin(2026, 3, 3, 10), berlin(2026, 3, 3, 11))


def _plan(facts: PlanFacts, now: datetime) -> dict[str, PlannedAction]:
    return {a.key: a for a in plan(facts, now, BERLIN).actions}


def _of(actions: dict[str, PlannedAction], kind: str) -> list[PlannedAction]:
    return [a for a in actions.values() if a.kind == kind]


def _seen(kind: str, at: datetime, obs_id: int = 50, app_id: int = 1) -> Observation:
    return Observation(obs_id, app_id, kind, at, ObservationSource.MANUAL)


def test_hand_entered_news_re_times_the_follow_up_and_words_it() -> None:
    news = _seen("references_contacted", berlin(2026, 3, 10, 15))
    facts = PlanFacts([app()], [TUESDAY], {1: [PRIYA]}, [news])
    (follow,) = _of(_plan(facts, berlin(2026, 3, 11, 9)), "follow_up")
    assert follow.due == berlin(2026, 3, 17, 15)  # a week after the news, not 14 days after
    assert "no news since they contacted your references on Tue 10 Mar" in follow.title


def test_a_reply_stating_a_new_date_re_times_to_a_few_business_days_after_it() -> None:
    reply = message(7, Direction.IN, berlin(2026, 3, 16, 10))
    said = timeline_seen(8, berlin(2026, 3, 16, 10), date(2026, 3, 27), message_id=7)
    facts = PlanFacts([app()], [TUESDAY], {1: [PRIYA]}, [said], [reply])
    (follow,) = _of(_plan(facts, berlin(2026, 3, 16, 12)), "follow_up")
    assert follow.due == berlin(2026, 4, 1, 9)  # Fri 27 + 3 business days = Wed 1 April


def test_an_offer_elsewhere_turns_follow_ups_into_telling_them() -> None:
    other = replace(app(2, status=Status.OFFER), company="Globex", updated_at=berlin(2026, 3, 9))
    facts = PlanFacts([app(), other], [TUESDAY], {1: [PRIYA]})
    actions = _plan(facts, berlin(2026, 3, 10, 9))
    assert _of(actions, "follow_up") == []
    (tell,) = _of(actions, "tell_offer")
    assert tell.key == "tell_offer:1:2" and tell.application_id == 1
    assert "about your offer from Globex" in tell.title
    sent = message(9, Direction.OUT, berlin(2026, 3, 10, 11), to=["priya@acme.example"])
    done = _plan(replace(facts, messages=[sent]), berlin(2026, 3, 10, 12))
    assert _of(done, "tell_offer")[0].done_at == sent.date


def test_an_offer_deadline_is_planned_the_business_day_before() -> None:
    offer = _seen("offer", berlin(2026, 3, 9, 10), 60)
    deadline = timeline_seen(61, berlin(2026, 3, 9, 10), date(2026, 3, 16))  # a Monday
    facts = PlanFacts([app(status=Status.OFFER)], [TUESDAY], {1: [PRIYA]}, [offer, deadline])
    (due,) = _of(_plan(facts, berlin(2026, 3, 9, 12)), "offer_deadline")
    assert due.due == berlin(2026, 3, 13, 9)  # Friday before, 09:00
    assert "by Mon 16 Mar" in due.title


def test_feedback_after_a_rejection_for_two_weeks() -> None:
    rejected = _seen("rejection", berlin(2026, 3, 9, 10), 70)
    facts = PlanFacts([app(status=Status.REJECTED)], [TUESDAY], {1: [PRIYA]}, [rejected])
    (ask,) = _of(_plan(facts, berlin(2026, 3, 9, 12)), "ask_feedback")
    assert ask.key == "ask_feedback:1" and "optional" in ask.title
    assert ask.due == berlin(2026, 3, 10, 10)
    assert _of(_plan(facts, berlin(2026, 3, 24, 12)), "ask_feedback") == []
    assert _of(_plan(facts, berlin(2026, 3, 9, 12)), "follow_up") == []


def test_after_an_accepted_offer_follow_ups_and_keep_applying_stop() -> None:
    won = replace(app(2, status=Status.ACCEPTED), company="Globex", updated_at=berlin(2026, 3, 9))
    others = [app(1), app(3, status=Status.APPLIED), app(4, status=Status.REJECTED)]
    facts = PlanFacts([*others, won], [TUESDAY], {1: [PRIYA]})
    actions = _plan(facts, berlin(2026, 3, 20, 9))
    assert _of(actions, "follow_up") == [] and _of(actions, "keep_applying") == []
    (withdraw,) = _of(actions, "withdraw_others")
    assert "withdraw your 2 other open applications" in withdraw.title


def test_a_long_silence_suggests_marking_it_ghosted() -> None:
    facts = PlanFacts([app()], [TUESDAY], {1: [PRIYA]})
    assert _of(_plan(facts, berlin(2026, 4, 6, 9)), "mark_ghosted") == []  # 34 days
    (ghost,) = _of(_plan(facts, berlin(2026, 4, 8, 9)), "mark_ghosted")
    assert "since Tue 3 Mar: mark it as ghosted? (you can undo it)" in ghost.title
    assert ghost.due == berlin(2026, 4, 8, 23, 59)  # new: due today, not overdue at once


def test_public_holidays_are_not_business_days() -> None:
    # Stated "by Thursday 2 April"; Good Friday and Easter Monday are holidays in Germany.
    talk = interview(3, berlin(2026, 3, 31, 10), berlin(2026, 3, 31, 11),
                     timeline_date=date(2026, 4, 2))  # fmt: skip
    plain = PlanFacts([app()], [talk], {1: [PRIYA]})
    german = replace(plain, holidays=holiday_dates("DE", range(2026, 2027)))
    now = berlin(2026, 3, 31, 12)
    assert _of(_plan(plain, now), "follow_up")[0].due == berlin(2026, 4, 7, 9)
    assert _of(_plan(german, now), "follow_up")[0].due == berlin(2026, 4, 9, 9)


@settings(max_examples=80, deadline=None)
@given(
    st.lists(st.integers(1, 60 * 24 * 40), max_size=5),
    st.integers(0, 60 * 24 * 50),
    st.booleans(),
)
def test_a_reply_never_ends_the_follow_up_unless_it_decides(
    reply_minutes: list[int], now_minutes: int, decided: bool
) -> None:
    """Incoming mail after the interview re-times the follow-up; only a decision ends it.
    Nothing is due in the past when it is created."""
    replies = [message(100 + n, Direction.IN, TUESDAY.end + timedelta(minutes=m))
               for n, m in enumerate(reply_minutes)]  # fmt: skip
    obs = [_seen("rejection", TUESDAY.end + timedelta(days=1), 90)] if decided else []
    now = TUESDAY.end + timedelta(minutes=now_minutes)
    facts = PlanFacts([app()], [TUESDAY], {1: [PRIYA]}, obs, replies)
    follows = _of(_plan(facts, now), "follow_up")
    if decided:
        assert follows == []
        return
    open_ones = [f for f in follows if f.done_at is None]
    assert len(open_ones) == 1
    assert open_ones[0].due >= now
    heard = [r.date for r in replies if r.date > TUESDAY.end]
    if heard:
        assert open_ones[0].due > max(heard)
    # Re-deriving later with the action stored keeps its due time (no slide with the clock).
    mark = Mark(now, open_ones[0].due)
    later = _plan(replace(facts, marks={open_ones[0].key: mark}), now + timedelta(hours=5))
    assert later[open_ones[0].key].due == open_ones[0].due
