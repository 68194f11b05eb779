"""Sending a message back to review takes back what its calendar invitation did: the
interview it created goes, one it moved or cancelled returns to how it was; unless the
interview was changed since (kept, and said so). SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from tests.support.mailbuild import invitation as invite
from tests.support.mailbuild import mail, write_mbox
from tests.support.webclient import Web, app_client

from offerwatch.service import Workspace

D = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
def acme(any_ws: Workspace) -> int:
    app = any_ws.add_application("Acme", "Data Engineer")
    any_ws.add_person(app, "Ana Lopez", role="recruiter", email="ana@acme.example")
    return app


def _import(ws: Workspace, tmp_path: Path, name: str, message: bytes) -> int:
    """Import one message (filed under Acme by its known sender); its row id."""
    before = {m.id for m in ws.messages(ws.list_applications()[0].id)}
    ws.import_mail(str(write_mbox(tmp_path / name, [message])))
    [new] = [m.id for m in ws.messages(ws.list_applications()[0].id) if m.id not in before]
    return new


def test_undo_removes_the_interview_its_invitation_created(
    any_ws: Workspace, acme: int, tmp_path: Path
) -> None:
    ws = any_ws
    mid = _import(ws, tmp_path, "a.mbox", invite("u1", D, seq=0, method="REQUEST", sent=D))
    [made] = ws.interviews(acme)
    done = ws.unassign_message(mid)
    assert ws.interviews(acme) == []
    assert [(u.interview_id, u.outcome) for u in done.interviews] == [(made.id, "removed")]
    assert done.interview_lines() == [f"interview {made.id} (made by its invitation) removed"]
    # Filed again: the invitation applies again, once.
    ws.assign_message(mid, acme)
    [again] = ws.interviews(acme)
    assert again.scheduled_start == D and not again.cancelled


def test_undo_puts_back_an_interview_its_invitation_moved_or_cancelled(
    any_ws: Workspace, acme: int, tmp_path: Path
) -> None:
    ws = any_ws
    first = _import(ws, tmp_path, "a.mbox", invite("u1", D, seq=0, method="REQUEST", sent=D))
    moved_to = D + timedelta(days=2, hours=3)
    moving = invite("u1", moved_to, seq=1, method="REQUEST", sent=D + timedelta(days=1))
    move = _import(ws, tmp_path, "b.mbox", moving)
    [moved] = ws.interviews(acme)
    assert moved.scheduled_start == moved_to
    cancelling = invite("u1", moved_to, seq=2, method="CANCEL", sent=D + timedelta(days=1, hours=2))
    cancel = _import(ws, tmp_path, "c.mbox", cancelling)
    assert ws.interview(moved.id).cancelled

    assert [u.outcome for u in ws.unassign_message(cancel).interviews] == ["restored"]
    back = ws.interview(moved.id)
    assert not back.cancelled and back.scheduled_start == moved_to
    assert [u.outcome for u in ws.unassign_message(move).interviews] == ["restored"]
    back = ws.interview(moved.id)
    assert (back.scheduled_start, back.scheduled_end) == (D, D + timedelta(hours=1))
    # The move filed again moves it again (its sequence is newer than the one restored).
    ws.assign_message(move, acme)
    assert ws.interview(moved.id).scheduled_start == moved_to
    assert ws.unassign_message(move).interviews[0].outcome == "restored"
    assert ws.unassign_message(first).interviews[0].outcome == "removed"
    assert ws.interviews(acme) == []


def test_an_interview_edited_since_is_kept_and_said_so(
    any_ws: Workspace, acme: int, tmp_path: Path
) -> None:
    ws = any_ws
    mid = _import(ws, tmp_path, "a.mbox", invite("u1", D, seq=0, method="REQUEST", sent=D))
    [made] = ws.interviews(acme)
    ws.update_interview(made.id, notes="they asked about Kafka")
    done = ws.unassign_message(mid)
    assert [u.outcome for u in done.interviews] == ["kept"]
    assert "kept" in done.interview_lines()[0] and "changed since" in done.interview_lines()[0]
    assert ws.interview(made.id).notes == "they asked about Kafka"
    assert mid not in {m.id for m in ws.messages(acme)}  # the message itself went back


def test_a_sign_recorded_at_it_since_keeps_it(any_ws: Workspace, acme: int, tmp_path: Path) -> None:
    ws = any_ws
    mid = _import(ws, tmp_path, "a.mbox", invite("u1", D, seq=0, method="REQUEST", sent=D))
    [made] = ws.interviews(acme)
    ws.add_signal(acme, "salary_discussed", interview_id=made.id)
    assert [u.outcome for u in ws.unassign_message(mid).interviews] == ["kept"]
    assert [i.id for i in ws.interviews(acme)] == [made.id]


def test_the_web_undo_says_what_became_of_the_interview(
    any_ws: Workspace, acme: int, tmp_path: Path
) -> None:
    ws = any_ws
    mid = _import(ws, tmp_path, "a.mbox", invite("u1", D, seq=0, method="REQUEST", sent=D))
    [made] = ws.interviews(acme)
    with app_client(ws) as client:
        web = Web(client)
        res = web.post_form(f"/mail/messages/{mid}/undo", {"next": f"/applications/{acme}"})
        assert res.status_code == 303
        page = web.get(res.headers["location"]).text
    assert f"interview {made.id} (made by its invitation) removed" in page
    assert ws.interviews(acme) == []


def test_an_exported_message_read_elsewhere_leaves_interviews_alone(
    any_ws: Workspace, acme: int, tmp_path: Path
) -> None:
    import json

    from offerwatch.core.export_map import load_document
    from offerwatch.service import open_workspace

    ws = any_ws
    _import(ws, tmp_path, "a.mbox", invite("u1", D, seq=0, method="REQUEST", sent=D))
    document = ws.export_document()
    with open_workspace(f"sqlite:///{tmp_path / 'other.db'}") as other:
        other.import_document(load_document(json.dumps(document)))
        [app] = other.list_applications()
        [interview] = other.interviews(app.id)
        [message] = other.messages(app.id)
        done = other.unassign_message(message.id)
        assert done.interviews == ()  # its ids named the first database's rows
        assert [i.id for i in other.interviews(app.id)] == [interview.id]


def test_forgetting_a_domain_takes_back_its_invitations_latest_first(
    any_ws: Workspace, acme: int, tmp_path: Path
) -> None:
    # Ana (on file) teaches import acme.example; Bob's invitations are then filed by that
    # domain: one makes the interview, the next moves it. Forgetting the domain takes back
    # the move first, then the making, so no interview is left that no filed mail backs.
    ws = any_ws
    ws.import_mail(
        str(
            write_mbox(
                tmp_path / "a.mbox",
                [mail("Re: Data Engineer", "Thanks, talk soon.", date=D - timedelta(days=1))],
            )
        )
    )
    bob = "Bob Stone <bob@acme.example>"
    _import(ws, tmp_path, "b.mbox", invite("u9", D, seq=0, method="REQUEST", sent=D, sender=bob))
    later = D + timedelta(days=2)
    moving = invite("u9", later, seq=1, method="REQUEST", sent=D + timedelta(hours=2), sender=bob)
    _import(ws, tmp_path, "c.mbox", moving)
    [moved] = ws.interviews(acme)
    assert moved.scheduled_start == later
    [learned] = [d for d in ws.learned_domains() if d["domain"] == "acme.example"]
    ws.undo_domain(learned["id"])
    assert ws.interviews(acme) == []


def _two_events(sent: datetime) -> bytes:
    """Ana's mail whose calendar part carries two events (two rounds, two UIDs)."""
    from email.message import EmailMessage
    from email.utils import format_datetime

    events = "".join(
        f"BEGIN:VEVENT\r\nUID:{uid}\r\nSEQUENCE:0\r\nSTATUS:CONFIRMED\r\n"
        f"DTSTART:{start:%Y%m%dT%H%M%SZ}\r\nDTEND:{start + timedelta(hours=1):%Y%m%dT%H%M%SZ}"
        f"\r\nSUMMARY:Interview with Acme\r\nEND:VEVENT\r\n"
        for uid, start in (("r1", D), ("r2", D + timedelta(days=1)))
    )
    msg = EmailMessage()
    msg["From"] = "Ana Lopez <ana@acme.example>"
    msg["To"] = "sam@example.net"
    msg["Subject"] = "Invitation: two rounds"
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = "<two-rounds@acme.example>"
    msg.set_content("Please see the calendar entries.")
    msg.add_alternative(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nMETHOD:REQUEST\r\n"
        + events + "END:VCALENDAR\r\n",
        subtype="calendar",
        params={"method": "REQUEST"},
    )  # fmt: skip
    return msg.as_bytes()


def test_what_a_messages_events_did_is_written_once_from_the_row_its_insert_returned(
    any_ws: Workspace, acme: int, tmp_path: Path
) -> None:
    """Both events of one message are recorded in one write, without reading the message
    back; taking it back undoes both, and filing it again (a stored row, read) redoes both."""
    from sqlalchemy import event

    statements: list[str] = []

    def seen(conn: object, cursor: object, sql: str, *args: object) -> None:
        statements.append(" ".join(sql.split()).lower())

    mbox = str(write_mbox(tmp_path / "two.mbox", [_two_events(D - timedelta(days=3))]))
    event.listen(any_ws.writer_engine, "before_cursor_execute", seen)
    try:
        any_ws.import_mail(mbox)
    finally:
        event.remove(any_ws.writer_engine, "before_cursor_execute", seen)
    [mid] = [m.id for m in any_ws.messages(acme)]
    made = any_ws.interviews(acme)
    assert sorted(i.scheduled_start for i in made) == [D, D + timedelta(days=1)]
    assert len([s for s in statements if s.startswith("update messages set invitations")]) == 1
    assert not [s for s in statements if s.startswith("select") and "messages.invitations" in s]
    done = any_ws.unassign_message(mid)
    assert sorted(u.outcome for u in done.interviews) == ["removed", "removed"]
    assert any_ws.interviews(acme) == []
    any_ws.assign_message(mid, acme)
    assert len(any_ws.interviews(acme)) == 2
    assert sorted(u.outcome for u in any_ws.unassign_message(mid).interviews) == [
        "removed",
        "removed",
    ]
