"""Stories of waiting after a final round, through the Workspace on a real SQLite file: what
the planner proposes (action, date, reason) and how the odds move (docs/domain.md, timing
rules). conftest's zone is Europe/Berlin (UTC+1 in March)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

from tests.support.mailbuild import mail, write_mbox
from tests.support.stories import odds, open_items, the_one, utc

from offerwatch.service import Workspace

START, END = utc(2026, 3, 2, 10), utc(2026, 3, 2, 11)  # Monday's final round


def _acme(ws: Workspace, met: list[str], timeline: str | None = None) -> int:
    app = ws.add_application("Acme", "Data Engineer")
    ws.add_person(app, "Priya Shah", role="recruiter", email="priya@acme.example")
    ws.add_person(app, "Ana Lopez", role="hiring_manager", email="ana@acme.example")
    ws.add_interview(app, stage="final", start=START, end=END, with_=met, timeline=timeline)
    return app


def test_a_final_round_where_no_timeline_was_asked(ws: Workspace, clock: Any) -> None:
    clock.now = utc(2026, 2, 27, 12)
    app = _acme(ws, ["Ana Lopez"])
    ask = the_one(ws, "ask_timeline")
    assert ask.due == START and "timeline at the final interview" in ask.title  # rule 1
    before, _ = odds(ws, app)
    clock.now = END + timedelta(hours=1)  # it went by without a word on what comes next
    assert open_items(ws, "ask_timeline") == []
    thanks = the_one(ws, "thank_you")
    assert thanks.due == END + timedelta(hours=24) and "Ana Lopez" in thanks.title  # rule 2
    follow = the_one(ws, "follow_up")
    # Rule 3 with no timeline: two weeks after the final, at the same local time, to the
    # recruiter (the main contact).
    assert follow.due == END + timedelta(days=14)
    assert (
        "Priya Shah" in follow.title and "no news 14 days after the last interview" in follow.title
    )
    after, reasons = odds(ws, app)
    assert after < before  # its absence at the end of a final round is mildly negative
    assert "Nobody explained the next steps" in reasons["no_next_steps_in_final"]


def test_a_thank_you_sent_late_is_not_the_follow_up(
    ws: Workspace, clock: Any, tmp_path: Path
) -> None:
    clock.now = END + timedelta(hours=1)
    ws.set_setting("my_addresses", "sam@example.net")
    app = _acme(ws, ["Ana Lopez", "Priya Shah"])
    on_time = open_items(ws, "thank_you")
    assert {i.due for i in on_time} == {END + timedelta(hours=24)} and len(on_time) == 2
    clock.now = utc(2026, 3, 5, 15)  # Thursday: two days past due
    late = open_items(ws, "thank_you")
    assert len(late) == 2 and all(i.key.endswith(":late") for i in late)
    assert all(i.title.startswith("A late thank-you") for i in late)
    assert {i.due.date() for i in late} == {clock.now.date()}  # due tonight, not overdue
    before, _ = odds(ws, app)
    sent = [
        mail("Thank you for Monday", f"Dear {name}, thank you for Monday's conversation.",
             sender="Sam <sam@example.net>", to=f"{name} <{addr}>", date=utc(2026, 3, 5, 14, n))
        for n, (name, addr) in enumerate([("Priya", "priya@acme.example"),
                                          ("Ana", "ana@acme.example")])
    ]  # fmt: skip
    ws.import_mail(str(write_mbox(tmp_path / "sent.mbox", sent)))
    assert open_items(ws, "thank_you") == []
    # The late note to the recruiter is the thank-you: the follow-up stays two weeks after
    # the interview, not "once more" a week after that note.
    follow = the_one(ws, "follow_up")
    assert follow.due == END + timedelta(days=14)
    assert "no news 14 days after the last interview" in follow.title
    after, reasons = odds(ws, app)
    assert after == before  # no reply to a thank-you is neutral (domain.md)
    assert "thank_you_quick_reply" not in reasons


def test_the_stated_timeline_passes_in_silence(ws: Workspace, clock: Any) -> None:
    clock.now = END + timedelta(hours=1)
    app = _acme(ws, ["Priya Shah"], timeline="we will decide by 2026-03-06")
    follow = the_one(ws, "follow_up")
    # Rule 3: 3 business days after Friday's date is Wednesday, at 09:00 local.
    assert follow.due == utc(2026, 3, 11, 8)
    assert "no news 3 business days after Fri 6 Mar" in follow.title
    start, reasons = odds(ws, app)
    assert "no_next_steps_in_final" not in reasons  # they said what comes next: a date
    clock.now = utc(2026, 3, 6, 12)
    assert odds(ws, app)[0] == start  # rule 4: silence in the first days is no news
    clock.now = utc(2026, 3, 12, 12)
    past, reasons = odds(ws, app)
    assert past < start
    assert "(6 days since the date they gave, Fri 6 Mar)" in reasons["silence_past_timeline"]
    assert the_one(ws, "follow_up").due == utc(2026, 3, 11, 8)  # now overdue, not moved
    clock.now = utc(2026, 3, 20, 12)
    later, reasons = odds(ws, app)
    assert later < past
    assert "(14 days since the date they gave, Fri 6 Mar)" in reasons["silence_past_timeline"]
