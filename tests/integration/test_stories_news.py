"""Stories of news after a final round, through the Workspace on a real SQLite file: another
round, references called then silence, an offer with a deadline while another process is in
its final round. What the planner proposes (action, date, reason) and how the odds move."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from tests.support.stories import odds, open_items, the_one, utc

from offerwatch.service import Workspace

START, END = utc(2026, 3, 2, 10), utc(2026, 3, 2, 11)  # Monday's final round


def _acme(ws: Workspace) -> int:
    app = ws.add_application("Acme", "Data Engineer")
    ws.add_person(app, "Priya Shah", role="recruiter", email="priya@acme.example")
    ws.add_interview(app, stage="final", start=START, end=END, with_=["Priya Shah"])
    return app


def test_a_follow_up_round(ws: Workspace, clock: Any) -> None:
    clock.now = END + timedelta(hours=1)
    app = _acme(ws)
    first = the_one(ws, "follow_up")
    start, _ = odds(ws, app)
    clock.now = utc(2026, 3, 5, 12)
    ws.add_signal(app, "follow_up_interview", at=utc(2026, 3, 5, 9))
    asked, reasons = odds(ws, app)
    assert asked > start
    assert "Invited back after a final round" in reasons["follow_up_interview"]
    assert "no_next_steps_in_final" not in reasons  # they did say what comes next
    retimed = the_one(ws, "follow_up")  # news that decides nothing re-times the follow-up
    assert retimed.key != first.key and retimed.due == utc(2026, 3, 12, 9)
    assert "no news since they asked for another interview on Thu 5 Mar" in retimed.title
    round_start, round_end = utc(2026, 3, 10, 10), utc(2026, 3, 10, 11)
    ws.add_interview(app, stage="follow_up", start=round_start, end=round_end, with_=["Bo Chen"])
    ask = the_one(ws, "ask_timeline")  # a follow-up round is a final round: ask again
    assert ask.due == round_start and "at the follow-up interview" in ask.title
    follow = the_one(ws, "follow_up")  # counted from the new round now
    assert follow.due == round_end + timedelta(days=14)
    assert "no news 14 days after the last interview" in follow.title
    clock.now = round_end + timedelta(hours=1)
    thanks = the_one(ws, "thank_you")
    assert "Bo Chen" in thanks.title and thanks.due == round_end + timedelta(hours=24)
    after, reasons = odds(ws, app)
    assert after == asked and "follow_up_interview" in reasons


def test_references_contacted_then_three_weeks_of_silence(ws: Workspace, clock: Any) -> None:
    clock.now = utc(2026, 3, 6, 12)
    app = _acme(ws)
    before, _ = odds(ws, app)
    ws.add_signal(app, "references_contacted", at=utc(2026, 3, 6, 10))
    follow = the_one(ws, "follow_up")
    assert follow.due == utc(2026, 3, 13, 10)  # a week after the news, same local time
    assert "no news since they contacted your references on Fri 6 Mar" in follow.title
    checked, reasons = odds(ws, app)
    assert checked > before
    assert "about 1 in 3 checked candidates is dropped" in reasons["references_contacted"]
    clock.now = utc(2026, 3, 27, 12)  # three weeks without a word
    quiet, reasons = odds(ws, app)
    assert before < quiet < checked  # silence weighs, the reference check still counts
    assert "(21 days since the last news, Fri 6 Mar)" in reasons["silence_since_contact"]
    assert the_one(ws, "follow_up").due == utc(2026, 3, 13, 10)  # overdue, not moved
    assert open_items(ws, "mark_ghosted") == []  # 35 days, not 21 (docs/planner.md)


def test_an_offer_with_a_deadline_while_another_process_is_in_its_final(
    ws: Workspace, clock: Any
) -> None:
    clock.now = utc(2026, 3, 4, 12)
    acme = ws.add_application("Acme", "Data Engineer")
    ws.add_person(acme, "Priya Shah", role="recruiter", email="priya@acme.example")
    ws.add_interview(acme, stage="final", start=utc(2026, 2, 24, 10), end=utc(2026, 2, 24, 11))
    bolt = ws.add_application("Bolt", "Analyst")
    ws.add_person(bolt, "Bo Chen", role="recruiter", email="bo@bolt.example")
    final = utc(2026, 3, 6, 10)
    ws.add_interview(bolt, stage="final", start=final, end=final + timedelta(hours=1))
    bolt_before, _ = odds(ws, bolt)
    assert the_one(ws, "follow_up", bolt)
    ws.record_outcome(acme, "offer", at=utc(2026, 3, 4, 10))
    ws.add_signal(acme, "timeline_stated", at=utc(2026, 3, 4, 10, 5), note="by 2026-03-13")
    answer = the_one(ws, "offer_deadline")
    assert answer.due == utc(2026, 3, 12, 8)  # the business day before, 09:00 local
    assert "they expect your decision by Fri 13 Mar" in answer.title
    tell = the_one(ws, "tell_offer", bolt)
    # At once: the offer came two hours ago, so today (a new action found due in the past is
    # due by the end of the day, docs/planner.md). Before, the offer's moment was lost (the
    # status the application was entered with counted as "back in play") and it was now.
    assert tell in ws.agenda().today
    assert "offer from Acme (you answer by Fri 13 Mar)" in tell.title
    assert open_items(ws, "follow_up", bolt) == []  # telling them replaces the follow-up
    assert the_one(ws, "ask_timeline", bolt).due == final  # their timeline matters more now
    score = ws.score(acme)
    assert score.probability == 1.0 and score.summary == "Offer received on Wed 4 Mar"
    assert odds(ws, bolt)[0] == bolt_before  # an offer elsewhere says nothing of Bolt's
