"""Stories of one busy week, through the Workspace on a real SQLite file: two interviews at two
companies, "by the end of next week" said on a Friday, a thank-you answered within the hour,
an interview the employer moved, a date given just before Easter. What the planner proposes
(action, date, reason) and how the odds move. Written from docs/domain.md as a careful career
coach reads it, before reading the planner. conftest's zone is Europe/Berlin (UTC+1 in March,
UTC+2 from 29 March)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

from tests.support.mailbuild import mail, write_mbox
from tests.support.stories import odds, open_items, the_one, utc

from offerwatch.service import Workspace


def _company(ws: Workspace, company: str, contact: str, email: str) -> int:
    app = ws.add_application(company, "Data Engineer")
    ws.add_person(app, contact, role="recruiter", email=email)
    return app


def test_two_interviews_the_same_week_at_two_companies(ws: Workspace, clock: Any) -> None:
    clock.now = utc(2026, 3, 2, 12)  # Monday
    acme = _company(ws, "Acme", "Priya Shah", "priya@acme.example")
    ws.add_interview(acme, stage="interview", start=utc(2026, 3, 3, 9), end=utc(2026, 3, 3, 10),
                     with_=["Ana Lopez"])  # fmt: skip
    acme_start, _ = odds(ws, acme)
    bolt = _company(ws, "Bolt", "Bo Chen", "bo@bolt.example")
    bolt_end = utc(2026, 3, 5, 14)
    ws.add_interview(bolt, stage="final", start=utc(2026, 3, 5, 13), end=bolt_end,
                     with_=["Bo Chen"])  # fmt: skip
    # Rule 1 is for the final round only: Bolt's, not Acme's second-stage interview.
    ask = the_one(ws, "ask_timeline")
    assert ask.application_id == bolt and ask.due == utc(2026, 3, 5, 13)
    assert odds(ws, acme)[0] == acme_start  # another company's final says nothing of Acme
    assert ws.agenda().keep_applying.active  # the search goes on meanwhile (rule 5)

    clock.now = utc(2026, 3, 5, 15)  # Thursday, after both
    acme_thanks = the_one(ws, "thank_you", acme)
    assert acme_thanks.due == utc(2026, 3, 4, 10) and "Ana Lopez" in acme_thanks.title
    assert acme_thanks in ws.agenda(days=40).overdue  # forgotten in a busy week: shown red
    bolt_thanks = the_one(ws, "thank_you", bolt)
    assert bolt_thanks.due == bolt_end + timedelta(hours=24) and "Bo Chen" in bolt_thanks.title
    # Each follow-up counts from its own interview, to its own recruiter.
    acme_follow, bolt_follow = the_one(ws, "follow_up", acme), the_one(ws, "follow_up", bolt)
    assert acme_follow.due == utc(2026, 3, 17, 10) and "Priya Shah" in acme_follow.title
    assert bolt_follow.due == bolt_end + timedelta(days=14) and "Bo Chen" in bolt_follow.title
    assert odds(ws, acme)[0] == acme_start  # two days of quiet are no news (rule 4)
    assert odds(ws, bolt)[0] < 0.40  # a final with no next steps explained: mildly below 40%


def test_end_of_next_week_said_on_a_friday(ws: Workspace, clock: Any) -> None:
    friday = utc(2026, 3, 6, 10)
    clock.now = friday + timedelta(hours=2)
    app = _company(ws, "Acme", "Priya Shah", "priya@acme.example")
    ws.add_interview(app, stage="final", start=friday, end=friday + timedelta(hours=1),
                     with_=["Priya Shah"], timeline="by the end of next week")  # fmt: skip
    # Said on Friday 6 March, "the end of next week" is Friday 13 March (mail-signals.md); 3
    # business days after it is Wednesday 18 March, 09:00 local.
    follow = the_one(ws, "follow_up")
    assert follow.due == utc(2026, 3, 18, 8)
    assert "no news 3 business days after Fri 13 Mar" in follow.title
    start, reasons = odds(ws, app)
    assert "no_next_steps_in_final" not in reasons  # a date for the decision is a next step
    clock.now = utc(2026, 3, 13, 17)  # their Friday ends in silence: still no bad news
    assert odds(ws, app)[0] == start
    clock.now = utc(2026, 3, 18, 7)  # the morning the follow-up is due
    assert odds(ws, app)[0] == start
    clock.now = utc(2026, 3, 20, 12)
    later, reasons = odds(ws, app)
    assert later < start
    assert "(7 days since the date they gave, Fri 13 Mar)" in reasons["silence_past_timeline"]


def test_a_thank_you_answered_within_the_hour(ws: Workspace, clock: Any, tmp_path: Path) -> None:
    start, end = utc(2026, 3, 2, 10), utc(2026, 3, 2, 11)
    clock.now = end + timedelta(minutes=30)
    ws.set_setting("my_addresses", "sam@example.net")
    app = _company(ws, "Acme", "Priya Shah", "priya@acme.example")
    ws.add_person(app, "Ana Lopez", role="hiring_manager", email="ana@acme.example")
    ws.add_interview(app, stage="final", start=start, end=end, with_=["Ana Lopez"],
                     timeline="we will decide within two weeks")  # fmt: skip
    before, _ = odds(ws, app)
    follow_before = the_one(ws, "follow_up")
    sent = mail("Thank you", "Dear Ana, thank you for this morning's conversation.",
                sender="Sam <sam@example.net>", to="Ana Lopez <ana@acme.example>",
                date=utc(2026, 3, 2, 14), msgid="<thanks@example.net>")  # fmt: skip
    reply = mail("Re: Thank you", "Thank you Sam, it was a pleasure to meet you.",
                 sender="Ana Lopez <ana@acme.example>", to="Sam <sam@example.net>",
                 date=utc(2026, 3, 2, 14, 40), in_reply_to="<thanks@example.net>")  # fmt: skip
    clock.now = utc(2026, 3, 2, 15)
    ws.import_mail(str(write_mbox(tmp_path / "thread.mbox", [sent, reply])))
    assert open_items(ws, "thank_you") == []  # sent
    after, reasons = odds(ws, app)
    assert after > before and "thank_you_quick_reply" in reasons  # mildly positive
    # A polite reply to a thank-you decides nothing and asks nothing: the follow-up stays
    # where the stated timeline put it (3 business days after 2026-03-16: Thursday 19th).
    follow = the_one(ws, "follow_up")
    assert follow.due == follow_before.due == utc(2026, 3, 19, 8)
    assert "no news 3 business days after Mon 16 Mar" in follow.title


def test_an_interview_the_employer_moved(ws: Workspace, clock: Any) -> None:
    clock.now = utc(2026, 3, 2, 12)
    app = _company(ws, "Acme", "Priya Shah", "priya@acme.example")
    iv = ws.add_interview(app, stage="final", start=utc(2026, 3, 3, 10), end=utc(2026, 3, 3, 11),
                          with_=["Ana Lopez"])  # fmt: skip
    before, _ = odds(ws, app)
    # Monday afternoon Priya writes: can we move it to Thursday 15:00?
    new_start, new_end = utc(2026, 3, 5, 14), utc(2026, 3, 5, 15)
    ws.update_interview(iv, start=new_start, end=new_end)
    ask = the_one(ws, "ask_timeline")
    assert ask.due == new_start
    assert the_one(ws, "follow_up").due == new_end + timedelta(days=14)
    clock.now = utc(2026, 3, 3, 13)  # the old slot went by: nothing happened in it
    assert open_items(ws, "thank_you") == []
    assert the_one(ws, "ask_timeline").due == new_start
    moved, reasons = odds(ws, app)
    assert moved == before and "no_next_steps_in_final" not in reasons  # not held yet
    clock.now = new_end + timedelta(hours=1)
    thanks = the_one(ws, "thank_you")
    assert thanks.due == new_end + timedelta(hours=24) and "Ana Lopez" in thanks.title
    follow = the_one(ws, "follow_up")
    assert follow.due == new_end + timedelta(days=14)
    assert "no news 14 days after the last interview" in follow.title


def test_a_date_given_in_the_easter_week(ws: Workspace, clock: Any) -> None:
    ws.set_setting("country", "DE")  # Good Friday 3 April and Easter Monday 6 April 2026
    start, end = utc(2026, 3, 30, 8), utc(2026, 3, 30, 9)  # Monday 10:00 in Berlin (CEST)
    clock.now = end + timedelta(hours=1)
    app = _company(ws, "Acme", "Priya Shah", "priya@acme.example")
    ws.add_interview(app, stage="final", start=start, end=end, with_=["Priya Shah"],
                     timeline="we will decide by 2026-04-02")  # fmt: skip
    # 3 business days after Thursday 2 April, skipping Friday and Monday: Thursday 9 April.
    follow = the_one(ws, "follow_up")
    assert follow.due == utc(2026, 4, 9, 7)
    assert "no news 3 business days after Thu 2 Apr" in follow.title
    first, _ = odds(ws, app)
    clock.now = utc(2026, 4, 8, 16)  # two working days after the holidays: no bad news yet
    assert odds(ws, app)[0] == first
    clock.now = utc(2026, 4, 16, 12)
    later, reasons = odds(ws, app)
    assert later < first
    assert "(14 days since the date they gave, Thu 2 Apr)" in reasons["silence_past_timeline"]
