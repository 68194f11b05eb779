"""Stories of turns in a search, through the Workspace on a real SQLite file: a notice-period
question then silence, a rejection while another final is pending, an offer made on the phone
but not in writing, an application nobody answers, a sign recorded by mistake and taken back.
What the planner proposes (action, date, reason) and how the odds move. Written from
docs/domain.md as a careful career coach reads it, before reading the planner. conftest's zone
is Europe/Berlin (UTC+1 in March)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from tests.support.stories import odds, open_items, the_one, utc

from offerwatch.service import Workspace

START, END = utc(2026, 3, 2, 10), utc(2026, 3, 2, 11)  # Monday's final round


def _final(ws: Workspace, company: str, contact: str, start: Any = START, end: Any = END) -> int:
    app = ws.add_application(company, "Data Engineer")
    ws.add_person(app, contact, role="recruiter", email=f"{contact.split()[0].lower()}@x.example")
    ws.add_interview(app, stage="final", start=start, end=end, with_=[contact])
    return app


def test_a_notice_period_question_then_silence(ws: Workspace, clock: Any) -> None:
    clock.now = END + timedelta(hours=1)
    app = _final(ws, "Acme", "Priya Shah")
    before, _ = odds(ws, app)
    clock.now = utc(2026, 3, 4, 12)
    ws.add_signal(app, "notice_period_asked", at=utc(2026, 3, 4, 9))
    asked, reasons = odds(ws, app)
    assert asked > before and "notice_period_asked" in reasons  # strongly positive
    follow = the_one(ws, "follow_up")  # news that decides nothing: a week after it
    assert follow.due == utc(2026, 3, 11, 9) and "Priya Shah" in follow.title
    assert "since they asked about your notice period on Wed 4 Mar" in follow.title
    clock.now = utc(2026, 3, 25, 12)  # three weeks without a word
    quiet, reasons = odds(ws, app)
    assert before < quiet < asked
    assert "(21 days since the last news, Wed 4 Mar)" in reasons["silence_since_contact"]
    assert open_items(ws, "mark_ghosted") == []
    clock.now = utc(2026, 4, 8, 12)  # five weeks: it has probably gone quiet
    gone, reasons = odds(ws, app)
    assert (
        gone < quiet
        and "(35 days since the last news, Wed 4 Mar)" in reasons["silence_since_contact"]
    )
    assert "it has probably gone quiet" in ws.score(app).summary
    assert the_one(ws, "mark_ghosted").application_id == app


def test_a_rejection_after_a_final_while_another_final_is_pending(
    ws: Workspace, clock: Any
) -> None:
    clock.now = utc(2026, 3, 2, 12)
    acme = _final(ws, "Acme", "Priya Shah")
    bolt_end = utc(2026, 3, 4, 14)
    bolt = _final(ws, "Bolt", "Bo Chen", utc(2026, 3, 4, 13), bolt_end)
    clock.now = utc(2026, 3, 5, 12)
    bolt_before = odds(ws, bolt)[0]
    bolt_follow = the_one(ws, "follow_up", bolt)
    ws.record_outcome(acme, "rejection", at=utc(2026, 3, 5, 9))
    score = ws.score(acme)
    assert score.probability == 0.0 and score.terminal
    # No thank-you, no follow-up once they said no; asking for feedback instead, tomorrow.
    assert open_items(ws, "thank_you", acme) == [] and open_items(ws, "follow_up", acme) == []
    feedback = the_one(ws, "ask_feedback", acme)
    assert feedback.due == utc(2026, 3, 6, 9)
    # Bolt goes on as it was: its thank-you, its follow-up, its odds.
    assert the_one(ws, "thank_you", bolt).due == bolt_end + timedelta(hours=24)
    assert the_one(ws, "follow_up", bolt).due == bolt_follow.due == bolt_end + timedelta(days=14)
    assert odds(ws, bolt)[0] == bolt_before
    # Everything open waits on a final round: keep applying, now (rule 5).
    keep = ws.agenda().keep_applying
    assert keep.active and keep.urgent


def test_an_offer_on_the_phone_is_not_a_signed_offer(ws: Workspace, clock: Any) -> None:
    clock.now = utc(2026, 3, 2, 12)
    acme = _final(ws, "Acme", "Priya Shah")
    bolt = _final(ws, "Bolt", "Bo Chen", utc(2026, 3, 3, 13), utc(2026, 3, 3, 14))
    clock.now = utc(2026, 3, 5, 12)
    bolt_before = odds(ws, bolt)[0]
    ws.record_outcome(acme, "offer", at=utc(2026, 3, 5, 11))  # "we'd like to offer you..."
    assert ws.score(acme).probability == 1.0
    # Until a firm offer is accepted: keep applying, keep interviewing (rule 5).
    assert ws.agenda().keep_applying.active
    assert open_items(ws, "withdraw_others") == []  # nothing is signed: withdraw nothing
    tell = the_one(ws, "tell_offer", bolt)  # today: found an hour after the offer came
    assert tell in ws.agenda().today and "offer from Acme" in tell.title
    assert odds(ws, bolt)[0] == bolt_before
    clock.now = utc(2026, 3, 9, 12)
    ws.record_outcome(acme, "accepted", at=utc(2026, 3, 9, 10))  # the contract is signed
    withdraw = the_one(ws, "withdraw_others")
    assert withdraw in ws.agenda().today and withdraw.application_id == acme
    assert open_items(ws, "tell_offer") == [] and open_items(ws, "follow_up", bolt) == []
    assert not ws.agenda().keep_applying.active


def test_an_application_nobody_answers(ws: Workspace, clock: Any) -> None:
    clock.now = utc(2026, 2, 2, 12)
    app = ws.add_application("Acme", "Data Engineer", applied_on=date(2026, 2, 2))
    first, _ = odds(ws, app)
    assert ws.agenda().keep_applying.applied_this_week == 1
    clock.now = utc(2026, 2, 9, 12)
    assert odds(ws, app)[0] == first  # a week is no news
    clock.now = utc(2026, 3, 4, 12)  # a month: no interview, no word
    for kind in ("thank_you", "follow_up", "ask_timeline"):
        assert open_items(ws, kind, app) == []  # nobody to thank or to follow up after
    keep = ws.agenda().keep_applying
    assert keep.applied_this_week == 0 and keep.active  # a new week: apply again
    # Left open (see the report of this branch): a coach would read a month without an answer
    # as a likely no (application to decision: 23.8 days, glassdoor.com 2017), but the odds
    # count silence only after an interview, and "mark it ghosted?" likewise.


def test_a_sign_taken_back_leaves_the_odds_as_they_were(ws: Workspace, clock: Any) -> None:
    clock.now = utc(2026, 3, 6, 12)
    app = _final(ws, "Acme", "Priya Shah")
    before, before_reasons = odds(ws, app)
    first = the_one(ws, "follow_up")
    obs = ws.add_signal(app, "references_contacted", at=utc(2026, 3, 6, 10))
    checked, _ = odds(ws, app)
    assert checked > before
    assert the_one(ws, "follow_up").due == utc(2026, 3, 13, 10)  # re-timed
    ws.delete_signal(obs)  # recorded under the wrong company
    assert odds(ws, app) == (before, before_reasons)  # exactly as before
    follow = the_one(ws, "follow_up")
    assert (follow.key, follow.due, follow.title) == (first.key, first.due, first.title)
    ws.restore("signal", obs)
    assert odds(ws, app)[0] == checked
    assert the_one(ws, "follow_up").due == utc(2026, 3, 13, 10)


def test_a_rejection_entered_the_day_after_it_came(ws: Workspace, clock: Any) -> None:
    clock.now = utc(2026, 3, 5, 12)  # Sam starts using offerwatch today, with last week's news
    app = _final(ws, "Acme", "Priya Shah")
    ws.record_outcome(app, "rejection", at=utc(2026, 3, 4, 16))
    score = ws.score(app)
    assert score.probability == 0.0 and score.summary == "Rejected on Wed 4 Mar"
    assert open_items(ws, "follow_up", app) == [] and open_items(ws, "thank_you", app) == []
    feedback = the_one(ws, "ask_feedback", app)  # a day after the rejection, not its entry
    assert feedback.due == utc(2026, 3, 5, 16) and "Priya Shah" in feedback.title
