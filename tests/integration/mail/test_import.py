"""Importing mail into a workspace: matching, observations, idempotence, interruption."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from tests.support.mailbuild import mail, write_maildir, write_mbox

from offerwatch.errors import BadInput, NotFound
from offerwatch.service import Workspace, mail_import, open_workspace
from offerwatch.store import tables as t

D = datetime(2026, 3, 4, 10, 0, tzinfo=UTC)


def at(hours: float) -> datetime:
    return D + timedelta(hours=hours)


@pytest.fixture
def apps(ws: Workspace) -> dict[str, int]:
    """Acme (recruiter Ana, final interview done), Globex (two roles), Initech."""
    acme = ws.add_application("Acme", "Data Engineer", applied_on=date(2026, 2, 1))
    ws.add_person(acme, "Ana Lopez", role="recruiter", email="ana@acme.example")
    ws.add_interview(acme, stage="final", start=at(-30), end=at(-29))
    globex_a = ws.add_application("Globex", "Analyst")
    globex_b = ws.add_application("Globex", "Engineer")
    initech = ws.add_application("Initech", "Developer")
    return {"acme": acme, "globex_a": globex_a, "globex_b": globex_b, "initech": initech}


def inbox(tmp_path: Path) -> Path:
    """A realistic mix: job mail for each application, everyday mail, one broken message."""
    messages = [
        mail("Photos", "The kids loved the lake.", sender="Mum <mum@family.example>", date=at(1)),
        mail("Next steps", "Hi Sam, we would like to invite you to one more interview with our "
             "CTO. What is your notice period?", date=at(2), msgid="<acme-2@acme.example>"),
        mail("Your application", "Thank you for applying to Initech. We have received your "
             "application.", sender="Initech <no-reply@greenhouse.io>", date=at(3)),
        mail("Update", "Unfortunately, we have decided to move forward with other candidates.",
             sender="hr@globex.example", date=at(4)),
        b"From: x@broken.example\nDate: Wed, 04 Mar 2026 10:00:00 +0000\nSubject: interview\n"
        b"Content-Type: multipart/mixed\n\nno boundary anywhere\n",
        mail("Weekly digest", "Ten recipes for a rainy weekend.", sender="news@weekly.example",
             date=at(5), headers={"List-Unsubscribe": "<mailto:u@weekly.example>"}),
        mail("Hello", "We'll get back to you within a week about the role you applied for.",
             sender="someone@unknown-agency.example", date=at(6)),
        mail("Offer", "We are delighted to offer you the Data Engineer position!",
             sender="ana@acme.example", date=at(50), in_reply_to="<acme-2@acme.example>"),
    ]  # fmt: skip
    return write_mbox(tmp_path / "inbox.mbox", messages)


def snapshot(ws: Workspace) -> dict[str, Any]:
    """Everything an import writes, without row ids or creation times."""
    m, o, s, c = t.messages, t.observations, t.status_changes, t.companies
    with ws.read() as conn:
        ids = {r.id: r.message_id for r in conn.execute(select(m.c.id, m.c.message_id))}
        return {
            "messages": sorted(
                (r.message_id, r.application_id, r.review, r.direction, r.subject, r.body)
                for r in conn.execute(select(m))
            ),
            "observations": sorted(
                (
                    r.application_id,
                    r.kind,
                    ids.get(r.message_id),
                    r.evidence,
                    str(r.expected_by),
                    r.observed_at.isoformat(),
                    r.source,
                )
                for r in conn.execute(select(o))
            ),
            "statuses": sorted(
                (r.application_id, r.status, r.changed_at.isoformat())
                for r in conn.execute(select(s))
            ),
            "domains": sorted((r.name, r.domains) for r in conn.execute(select(c))),
            "sync": sorted(tuple(r) for r in conn.execute(select(t.mail_sync))),
        }


def test_import_matches_detects_and_skips(ws: Workspace, apps: dict[str, int], tmp_path: Path):
    summary = ws.import_mail(str(inbox(tmp_path)))
    assert summary.read == 8
    assert [reason for _, reason in summary.skipped] == [
        "broken MIME: NoBoundaryInMultipartDefect ()"
    ] or "broken MIME" in summary.skipped[0][1]
    assert summary.skipped[0][0] == f"{tmp_path / 'inbox.mbox'}#4"
    assert (summary.job_mail, summary.matched, summary.to_review) == (5, 3, 2)

    acme = ws.detail(apps["acme"])
    kinds = [(o.kind, o.source.value) for o in acme.observations]
    # An interview request after the final round is a follow-up interview.
    assert ("follow_up_interview", "email") in kinds
    assert ("notice_period_asked", "email") in kinds
    assert ("offer", "email") in kinds
    assert acme.application.status.value == "offer"
    offer = next(o for o in acme.observations if o.kind == "offer")
    assert offer.observed_at == at(50) and offer.message_id is not None
    assert "delighted to offer" in (offer.evidence or "")

    assert ws.application(apps["initech"]).status.value == "applied"
    assert [o.kind for o in ws.observations(apps["initech"])] == ["application_received"]
    # Two Globex applications fit the rejection: no guess, it waits for review.
    assert ws.application(apps["globex_a"]).status.value == "applied"
    review = ws.review_list()
    assert {r.message.subject for r in review} == {"Update", "Hello"}
    globex = next(r for r in review if r.message.subject == "Update")
    assert globex.candidates == (apps["globex_a"], apps["globex_b"])
    assert globex.signals == ("rejection",)
    assert [m.subject for m in ws.messages(apps["acme"])] == ["Next steps", "Offer"]


def test_a_second_import_adds_nothing(ws: Workspace, apps: dict[str, int], tmp_path: Path):
    source = str(inbox(tmp_path))
    first = ws.import_mail(source)
    before = snapshot(ws)
    second = ws.import_mail(source)
    assert snapshot(ws) == before
    assert (second.job_mail, second.matched, second.new_observations) == (0, 0, 0)
    assert second.already_imported == first.job_mail


def _many(tmp_path: Path) -> Path:
    """Enough mail for several batches, job mail spread through it."""
    messages = []
    for i in range(700):
        when = at(i / 10)
        if i % 50 == 7:
            messages.append(mail(f"Acme {i}", "We'll get back to you within a week.",
                                 date=when))  # fmt: skip
        elif i % 50 == 21:
            messages.append(mail(f"Initech {i}", "What are your salary expectations?",
                                 sender="hr@initech.example", date=when))  # fmt: skip
        else:
            messages.append(mail(f"note {i}", "See you at dinner.", sender="x@family.example",
                                 date=when))  # fmt: skip
    return write_mbox(tmp_path / "many.mbox", messages)


def test_killed_half_way_then_rerun_equals_one_clean_run(
    apps: dict[str, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(mail_import, "BATCH", 100)
    source = str(_many(tmp_path))

    def fresh(name: str) -> Workspace:
        ws = open_workspace(f"sqlite:///{tmp_path / name}", clock=lambda: D)
        a = ws.add_application("Acme", "Data Engineer", applied_on=date(2026, 2, 1))
        ws.add_person(a, "Ana Lopez", role="recruiter", email="ana@acme.example")
        ws.add_application("Initech", "Developer", applied_on=date(2026, 2, 1))
        return ws

    clean = fresh("clean.db")
    clean.import_mail(source)
    expected = snapshot(clean)
    assert len(expected["observations"]) == 28

    class Killed(Exception):
        pass

    def kill_at(n: int) -> Any:
        def progress(done: int, total: int | None) -> None:
            if done == n:
                raise Killed

        return progress

    broken = fresh("broken.db")
    with pytest.raises(Killed):
        broken.import_mail(source, progress=kill_at(351))
    partial = snapshot(broken)
    assert 0 < len(partial["observations"]) < len(expected["observations"])
    with pytest.raises(Killed):  # killed again, earlier than before
        broken.import_mail(source, progress=kill_at(120))
    again = broken.import_mail(source)
    assert again.already_imported == len(partial["messages"])
    assert again.already_imported + again.job_mail == len(expected["messages"])
    assert snapshot(broken) == expected


def test_thank_you_quick_reply_from_sent_and_inbox(
    ws: Workspace, apps: dict[str, int], tmp_path: Path
) -> None:
    thanks = mail("Thank you", "Thank you for your time yesterday!", sender="sam@example.net",
                  to="ana@acme.example", date=at(2), msgid="<ty1@example.net>")  # fmt: skip
    quick = mail("Re: Thank you", "Thanks Sam, it was great to meet you.", date=at(7),
                 in_reply_to="<ty1@example.net>")  # fmt: skip
    late_thanks = mail("Thanks again", "Thank you!", sender="sam@example.net",
                       to="ana@acme.example", date=at(100), msgid="<ty2@example.net>")  # fmt: skip
    slow = mail("Re: Thanks again", "Noted.", date=at(200), in_reply_to="<ty2@example.net>")
    # The inbox is imported before the Sent folder: the pairing must not depend on order.
    ws.import_mail(str(write_maildir(tmp_path / "INBOX", [quick, slow])))
    summary = ws.import_mail(str(write_maildir(tmp_path / ".Sent", [thanks, late_thanks])))
    assert summary.matched == 2
    quick_replies = [o for o in ws.observations(apps["acme"]) if o.kind == "thank_you_quick_reply"]
    assert len(quick_replies) == 1
    assert quick_replies[0].observed_at == at(7)
    assert "5.0 h" in (quick_replies[0].evidence or "")
    sent = [m for m in ws.messages(apps["acme"]) if m.direction.value == "out"]
    assert {m.message_id for m in sent} == {"<ty1@example.net>", "<ty2@example.net>"}


def test_review_assign_and_dismiss(ws: Workspace, apps: dict[str, int], tmp_path: Path):
    ws.import_mail(str(inbox(tmp_path)))
    items = {r.message.subject: r for r in ws.review_list()}
    added = ws.assign_message(items["Update"].message.id, apps["globex_b"])
    assert added == 1
    assert ws.application(apps["globex_b"]).status.value == "rejected"
    assert ws.assign_message(items["Update"].message.id, apps["globex_b"]) == 0  # once per kind
    ws.dismiss_message(items["Hello"].message.id)
    assert ws.review_list() == []
    with ws.read() as conn:
        domains = conn.execute(select(t.companies.c.domains).where(t.companies.c.name == "Globex"))
        assert domains.scalar() == "globex.example"
    with pytest.raises(NotFound):
        ws.assign_message(9999, apps["acme"])
    with pytest.raises(NotFound):
        ws.assign_message(items["Hello"].message.id, 9999)
    with pytest.raises(NotFound):
        ws.dismiss_message(9999)


def test_learned_domains_match_later_mail(ws: Workspace, apps: dict[str, int], tmp_path: Path):
    first = mail("Hi", "What is your notice period?", sender="ana@mail.acme-group.example")
    ws.add_person(apps["acme"], "Ana Two", role="recruiter", email="ana@mail.acme-group.example")
    ws.import_mail(str(write_maildir(tmp_path / "a", [first])))
    later = mail("Hello", "Please send us two references.", sender="cto@acme-group.example")
    summary = ws.import_mail(str(write_maildir(tmp_path / "b", [later])))
    assert summary.matched == 1
    assert "references_requested" in [o.kind for o in ws.observations(apps["acme"])]


def test_free_mail_is_never_learned(ws: Workspace, apps: dict[str, int], tmp_path: Path):
    ws.add_person(apps["initech"], "Rita", role="recruiter", email="rita@gmail.com")
    ws.import_mail(
        str(
            write_maildir(
                tmp_path / "a",
                [mail("Hi", "What are your salary expectations?", sender="rita@gmail.com")],
            )
        )
    )
    other = mail("Hi", "What are your salary expectations?", sender="stranger@gmail.com")
    summary = ws.import_mail(str(write_maildir(tmp_path / "b", [other])))
    assert (summary.matched, summary.to_review) == (0, 1)
    with ws.read() as conn:
        assert "gmail.com" not in " ".join(r.domains for r in conn.execute(select(t.companies)))


def test_since_and_message_without_id(ws: Workspace, apps: dict[str, int], tmp_path: Path):
    old = mail("Old", "What is your notice period?", date=at(-24 * 40))
    new = mail("New", "What is your notice period?", date=at(1), msgid="")
    path = str(write_mbox(tmp_path / "x.mbox", [old, new]))
    summary = ws.import_mail(path, since=date(2026, 3, 1))
    assert (summary.read, summary.matched) == (1, 1)
    assert ws.import_mail(path, since=date(2026, 3, 1)).already_imported == 1
    [stored] = ws.messages(apps["acme"])
    assert stored.message_id and stored.message_id.endswith("@no-message-id.offerwatch>")


@pytest.mark.parametrize(
    ("source", "kwargs", "message"),
    [
        ("/nonexistent/inbox.mbox", {}, "no such file"),
        ("imaps://imap.example.org/INBOX", {"password": "x"}, "user is missing"),
        ("imaps://me:secret@imap.example.org/INBOX", {"password": "x"}, "never put the password"),
        ("imaps://me@imap.example.org/INBOX", {}, "password is needed"),
        ("inbox.mbox", {"folders": ["Sent"]}, "IMAP sources only"),
    ],
)
def test_bad_sources_are_clear_errors(ws: Workspace, source: str, kwargs: Any, message: str):
    with pytest.raises(BadInput, match=message):
        ws.import_mail(source, **kwargs)


def test_import_on_sqlite_and_postgresql(any_ws: Workspace, tmp_path: Path) -> None:
    acme = any_ws.add_application("Acme", "Data Engineer", applied_on=date(2026, 2, 1))
    any_ws.add_person(acme, "Ana Lopez", role="recruiter", email="ana@acme.example")
    source = str(inbox(tmp_path))
    first = any_ws.import_mail(source)
    assert (first.matched, first.new_observations) == (2, 3)
    before = snapshot(any_ws)
    assert any_ws.import_mail(source).job_mail == 0
    assert snapshot(any_ws) == before
