"""Intake features on a real workspace: invitations create, move, cancel (mark) and revive
interviews;
learned domains are shown and undone; drafts and the setting tell the user's addresses."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from tests.support.mailbuild import invitation, mail, write_mbox

from offerwatch.errors import BadInput, NotFound
from offerwatch.service import Workspace

D = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def _invite(uid: str, start: datetime, *, seq: int, method: str, sent: datetime) -> bytes:
    return invitation(uid, start, seq=seq, method=method, sent=sent, attendees=(
        ":mailto:sam@example.net", ";CN=Sam Lee:mailto:sam.lee@acme.example"))  # fmt: skip


@pytest.fixture
def acme(any_ws: Workspace) -> int:
    app = any_ws.add_application("Acme", "Data Engineer")
    any_ws.add_person(app, "Ana Lopez", role="recruiter", email="ana@acme.example")
    any_ws.add_person(app, "Sam Lee", role="hiring_manager", email="sam.lee@acme.example")
    return app


def _import(ws: Workspace, tmp_path: Path, name: str, messages: list[bytes]) -> None:
    ws.import_mail(str(write_mbox(tmp_path / name, messages)))


def test_invitation_creates_moves_cancels_and_revives_the_interview(
    any_ws: Workspace, acme: int, tmp_path: Path
) -> None:
    ws = any_ws
    first = D + timedelta(days=7)
    _import(ws, tmp_path, "a.mbox", [_invite("u1", first, seq=0, method="REQUEST", sent=D)])
    [created] = ws.interviews(acme)
    assert (created.scheduled_start, created.scheduled_end) == (first, first + timedelta(hours=1))
    assert "interview_request" in {o.kind for o in ws.observations(acme)}
    assert "calendar invitation" in (created.notes or "")
    assert [p.name for p in created.people] == ["Sam Lee"]  # the attendee on file
    moved_to = D + timedelta(days=9, hours=5)
    stale = _invite("u1", D, seq=0, method="REQUEST", sent=D + timedelta(hours=2))
    moving = _invite("u1", moved_to, seq=1, method="REQUEST", sent=D + timedelta(days=1))
    _import(ws, tmp_path, "b.mbox", [moving, stale])  # an older copy does not move it back
    [moved] = ws.interviews(acme)
    assert moved.id == created.id and moved.scheduled_start == moved_to
    cancel = _invite("u1", moved_to, seq=2, method="CANCEL", sent=D + timedelta(days=2))
    _import(ws, tmp_path, "c.mbox", [cancel])
    [called_off] = ws.interviews(acme)  # kept on record, marked, not deleted
    assert called_off.id == created.id and called_off.cancelled
    assert called_off.cancelled_at == D + timedelta(days=2)  # the CANCEL's date
    assert called_off.scheduled_start == moved_to
    # A second invitation with another UID creates a new interview.
    again = _invite("u2", first, seq=0, method="REQUEST", sent=D + timedelta(days=3))
    _import(ws, tmp_path, "d.mbox", [again])
    listed = ws.interviews(acme)
    assert [(i.scheduled_start, i.cancelled) for i in listed] == [(first, False), (moved_to, True)]
    # A new invitation with the cancelled one's UID revives it, at its new time.
    revived_at = D + timedelta(days=12)
    revive = _invite("u1", revived_at, seq=3, method="REQUEST", sent=D + timedelta(days=4))
    _import(ws, tmp_path, "e.mbox", [revive])
    back = ws.interview(created.id)
    assert not back.cancelled and back.scheduled_start == revived_at


def test_invitation_and_its_cancellation_in_one_batch(
    any_ws: Workspace, acme: int, tmp_path: Path
) -> None:
    when = D + timedelta(days=5)
    _import(any_ws, tmp_path, "a.mbox", [
        _invite("u9", when, seq=0, method="REQUEST", sent=D),
        _invite("u9", when, seq=1, method="CANCEL", sent=D + timedelta(hours=1)),
    ])  # fmt: skip
    assert [i.cancelled_at for i in any_ws.interviews(acme)] == [D + timedelta(hours=1)]


def test_a_learned_domain_is_shown_and_undone(any_ws: Workspace, acme: int, tmp_path: Path):
    ws = any_ws
    other = ws.add_application("Globex", "Analyst")
    _import(ws, tmp_path, "a.mbox", [
        mail("Next steps", "What is your notice period?", date=D),
        # The sender's organisation now counts as Acme's: a colleague's mail follows it.
        mail("Hello from the team", "Could you send us two references?",
             sender="Bo <bo@acme.example>", date=D + timedelta(hours=3)),
    ])  # fmt: skip
    [learned] = ws.learned_domains()
    assert (learned["domain"], learned["company"], learned["state"]) == (
        "acme.example", "Acme", "learned",
    )  # fmt: skip
    assert learned["from_addr"] == "ana@acme.example"
    assert "references_requested" in {o.kind for o in ws.observations(acme)}
    by_domain = [m for m in ws.messages(acme) if m.from_addr == "bo@acme.example"]
    assert by_domain and by_domain[0].match_reason.startswith("domain: acme.example")  # type: ignore[union-attr]
    company, domain = ws.undo_domain(int(learned["id"]))  # type: ignore[call-overload]
    assert (company, domain) == (learned["company_id"], "acme.example")
    assert [m.from_addr for m in ws.messages(acme)] == ["ana@acme.example"]
    assert "references_requested" not in {o.kind for o in ws.observations(acme)}
    assert [i.message.from_addr for i in ws.review_list()] == ["bo@acme.example"]
    # Never learned again: a later message from Ana teaches nothing.
    _import(ws, tmp_path, "b.mbox", [mail("Update", "We'll get back to you within a week.",
                                          date=D + timedelta(days=1))])  # fmt: skip
    assert [d["state"] for d in ws.learned_domains()] == ["undone"]
    assert ws.messages(other) == []
    with pytest.raises(NotFound):
        ws.undo_domain(999)


def test_a_draft_tells_the_users_address_and_is_not_stored(
    any_ws: Workspace, acme: int, tmp_path: Path
) -> None:
    ws = any_ws
    sam = "Sam <sam@own.example>"
    draft = mail("Thank you", "Thank you for the interview today!", sender=sam,
                 to="ana@acme.example", date=D,
                 headers={"X-Mozilla-Draft-Info": "internal/draft; vcard=0"})  # fmt: skip
    mine = mail("Re: Next steps", "Happy to, my notice period is a month.", sender=sam,
                to="ana@acme.example", date=D + timedelta(hours=1))  # fmt: skip
    _import(ws, tmp_path, "a.mbox", [draft, mine])
    [stored] = ws.messages(acme)
    assert stored.direction.value == "out" and stored.subject == "Re: Next steps"
    assert ws.learned_domains() == []  # her own domain is never a company's
    assert "sam@own.example" in ws.my_addresses()


def test_my_addresses_setting_makes_mail_outgoing(any_ws: Workspace, acme: int, tmp_path: Path):
    ws = any_ws
    with pytest.raises(BadInput, match="not a mail address"):
        ws.set_setting("my_addresses", "sam@own.example, nonsense")
    ws.set_setting("my_addresses", "Sam@Own.example,  sam.r@gmail.com")
    assert ws.settings()["my_addresses"] == "sam@own.example, sam.r@gmail.com"
    _import(ws, tmp_path, "a.mbox", [
        mail("Thank you", "Thank you for the interview, it was great to meet the team.",
             sender="sam.r@gmail.com", to="ana@acme.example", date=D),
    ])  # fmt: skip
    [stored] = ws.messages(acme)
    assert stored.direction.value == "out"
    assert ws.observations(acme) == []  # her own words are not read as the recruiter's


def test_a_hostile_invitation_with_nul_bytes_still_creates_the_interview(
    any_ws: Workspace, acme: int, tmp_path: Path
) -> None:
    when = D + timedelta(days=4)
    _import(any_ws, tmp_path, "a.mbox", [_invite("u\x00x", when, seq=0, method="REQUEST", sent=D)])
    [created] = any_ws.interviews(acme)
    assert created.scheduled_start == when


def test_setting_my_addresses_refiles_stored_mail_as_outgoing(
    any_ws: Workspace, acme: int, tmp_path: Path
) -> None:
    ws = any_ws
    # Too little mail to infer whose it is: her reply is read as the recruiter's. (Her words
    # carry no "my notice period": detection itself knows that for the writer's own.)
    _import(ws, tmp_path, "a.mbox", [
        mail("Next steps", "Thanks for coming in.", date=D, msgid="<ns@acme.example>"),
        mail("Re: Next steps", "The notice period is one month; could you send me two "
             "references to contact?", sender="sam@own.example", to="ana@acme.example",
             date=D + timedelta(hours=1), in_reply_to="<ns@acme.example>"),
    ])  # fmt: skip
    [_, before] = ws.messages(acme)
    assert before.direction.value == "in" and ws.observations(acme) != []
    ws.set_setting("my_addresses", "sam@own.example")
    [_, after] = ws.messages(acme)
    assert after.direction.value == "out" and after.id == before.id
    assert ws.observations(acme) == []


def test_mail_with_no_job_words_is_kept_when_its_thread_or_domain_makes_it_job_mail(
    ws: Workspace, tmp_path: Path
) -> None:
    """One mailbox, one batch: a recruiter's reply with no job word in it is still filed by
    its thread, though the message it answers arrived in the same batch; and mail from a
    domain that carries the company's first word (driftwood.studio) reaches matching."""
    agency = ws.add_application("Pelican Travel", "Designer")
    ws.add_person(agency, "Sam Patel", email="sam@brookfield.example", role="recruiter")
    drift = ws.add_application("Driftwood Studios", "Design Lead")
    ws.add_person(drift, "Priya Anand", email="priya@driftwood.studio", role="hiring_manager")
    box = write_mbox(
        tmp_path / "in.mbox",
        [
            mail("Pelican: your interview", "Pelican would like to invite you to an interview.",
                 sender="Sam Patel <sam@brookfield.example>",
                 date="Fri, 02 Oct 2026 10:00:00 +0000", msgid="<a0@brookfield.example>"),
            mail("Pelican - moving forward", "Pelican want to make you an offer: what is your "
                 "notice period?", sender="Ellie Ward <ellie@brookfield.example>",
                 date="Mon, 05 Oct 2026 10:00:00 +0000", msgid="<a1@brookfield.example>"),
            mail("Re: Pelican - moving forward", "One month, and I'd like 75k.",
                 sender="Sam Candidate <sam@example.net>", to="ellie@brookfield.example",
                 date="Mon, 05 Oct 2026 11:00:00 +0000", msgid="<a2@example.net>",
                 in_reply_to="<a1@brookfield.example>"),
            mail("Re: Pelican - moving forward", "Thanks! Joanna will get back to you by Friday.",
                 sender="Ellie Ward <ellie@brookfield.example>",
                 date="Mon, 05 Oct 2026 12:00:00 +0000", msgid="<a3@brookfield.example>",
                 in_reply_to="<a2@example.net>",
                 references="<a1@brookfield.example> <a2@example.net>"),
            mail("Your application", "Thanks for your interview last week, Priya here.",
                 sender="Priya Anand <priya@driftwood.studio>",
                 date="Mon, 05 Oct 2026 15:00:00 +0000", msgid="<p1@driftwood.studio>"),
            mail("Thursday at Driftwood", "Could you come in on Thursday at 14:00? Priya and two "
                 "of our designers, about 90 minutes.",
                 sender="Sam Patel <sam.patel@driftwood.studio>",
                 date="Tue, 06 Oct 2026 09:00:00 +0000", msgid="<d1@driftwood.studio>"),
        ],
    )  # fmt: skip
    ws.set_setting("my_addresses", "sam@example.net")
    ws.import_mail(str(box))
    filed = {m.message_id for m in ws.messages(agency)}
    assert {"<a1@brookfield.example>", "<a3@brookfield.example>"} <= filed
    assert "<d1@driftwood.studio>" in {m.message_id for m in ws.messages(drift)}


def test_the_users_second_address_under_her_own_name_is_hers(
    any_ws: Workspace, acme: int, tmp_path: Path
) -> None:
    """Nothing marked as sent: the address nearly every message goes to is hers, and so is
    another address she writes from under the same name; its domain is never a company's."""
    ws = any_ws
    me = "Nadia Rahman <nadia.rahman@gmail.com>"
    box = [
        mail(f"Update {n}", "Your interview with Acme is confirmed.", to=me,
             date=D + timedelta(hours=n), msgid=f"<in{n}@acme.example>")
        for n in range(9)
    ]  # fmt: skip
    box.append(mail("Re: Update 8", "Thank you, see you then.", sender=me,
                    to="ana@acme.example", date=D + timedelta(hours=10),
                    in_reply_to="<in8@acme.example>"))  # fmt: skip
    box.append(mail("Re: Update 8", "Sorry, writing from my studio address: can we move it?",
                    sender="Nadia Rahman <nadia@nrahman.design>", to="ana@acme.example",
                    date=D + timedelta(hours=11), in_reply_to="<in8@acme.example>"))  # fmt: skip
    _import(ws, tmp_path, "b.mbox", box)
    assert {"nadia.rahman@gmail.com", "nadia@nrahman.design"} <= set(ws.my_addresses())
    assert all("nrahman.design" not in str(d) for d in ws.learned_domains())
    outgoing = [m for m in ws.messages(acme) if m.direction.value == "out"]
    assert {m.from_addr for m in outgoing} == {"nadia.rahman@gmail.com", "nadia@nrahman.design"}


def test_the_users_addresses_are_found_from_everyday_mail_the_screen_drops(
    any_ws: Workspace, acme: int, tmp_path: Path
) -> None:
    # Sam's mail reaches two addresses; most of it is everyday mail that is never parsed,
    # but its headers still say whose mailbox it is, so Sam's reply to Ana is outgoing.
    ws = any_ws
    home, work = "sam.r@gmail.example", "sam@own.example"
    everyday = [
        mail(f"Club news {i}", "Training moves to Thursday.", sender=f"club{i}@sport{i}.example",
             to=home if i % 3 else work, date=D + timedelta(hours=i))
        for i in range(12)
    ]  # fmt: skip
    mine = mail("Re: Data Engineer", "Happy to talk on Monday.", sender=f"Sam <{work}>",
                to="ana@acme.example", date=D + timedelta(days=1))  # fmt: skip
    _import(ws, tmp_path, "a.mbox", [*everyday, mine])
    assert {home, work} <= set(ws.my_addresses())
    [stored] = ws.messages(acme)
    assert stored.direction.value == "out"
