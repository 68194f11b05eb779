"""What an import found, message by message: the service, the web page's actions."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.support.mailbuild import mail, write_mbox
from tests.support.webclient import Web, app_client, finished_import_page

from offerwatch.errors import BadInput, NotFound
from offerwatch.service import Workspace

HOSTILE = (
    '<script>alert("x")</script><img src=x onerror=alert(1)> What are your salary expectations?'
)


@pytest.fixture
def web(ws: Workspace) -> Iterator[Web]:
    with app_client(ws) as client:
        yield Web(client)


def _import(ws: Workspace, tmp_path: Path) -> tuple[int, object]:
    acme = ws.add_application("Acme", "Data Engineer")
    ws.add_person(acme, "Ana", role="recruiter", email="ana@acme.example")
    mbox = write_mbox(tmp_path / "inbox.mbox", [
        mail("Next steps", "Unfortunately we decided not to proceed with your application."),
        mail("Re: Your application for Backend Developer at Initech", HOSTILE,
             sender="Bill Lumbergh <bill.lumbergh@initech-corp.example>"),
    ])  # fmt: skip
    return acme, ws.import_mail(str(mbox))


def test_findings_undo_and_accept(ws: Workspace, tmp_path: Path) -> None:
    acme, summary = _import(ws, tmp_path)
    filed, unmatched = ws.import_findings(summary.found)  # type: ignore[attr-defined]
    assert filed.where.endswith("inbox.mbox#0") and unmatched.where.endswith("inbox.mbox#1")
    assert (filed.app_id, filed.company, filed.role) == (acme, "Acme", "Data Engineer")
    assert filed.signs == ("rejection",) and filed.reason.startswith("person:")
    assert (unmatched.app_id, unmatched.review) == (None, "pending")
    assert unmatched.signs == ("salary_discussed",)  # read, not recorded: nothing claims it
    assert [o.kind for o in ws.observations(acme)] == ["rejection"]

    assert ws.application(acme).status.value == "rejected"
    assert ws.unassign_message(filed.message.id).signs == 1
    assert ws.observations(acme) == [] and ws.messages(acme) == []
    assert ws.application(acme).status.value == "applied"  # the rejection's change undone
    again = ws.import_findings(summary.found)[0]  # type: ignore[attr-defined]
    assert (again.review, again.app_id, again.signs) == ("pending", None, ("rejection",))
    assert filed.message.id in {i.message.id for i in ws.review_list()}
    with pytest.raises(BadInput, match="not filed"):
        ws.unassign_message(filed.message.id)
    with pytest.raises(NotFound):
        ws.unassign_message(999_999)

    ws.assign_message(filed.message.id, acme)
    ws.accept_message(filed.message.id)
    ws.accept_message(filed.message.id)  # twice is once
    reason = ws.message(filed.message.id).match_reason
    assert reason == "confirmed by you (assigned by you)"
    with pytest.raises(BadInput):
        ws.accept_message(unmatched.message.id)


def test_application_and_person_from_a_message(ws: Workspace, tmp_path: Path) -> None:
    _acme, summary = _import(ws, tmp_path)
    unmatched = ws.import_findings(summary.found)[1]  # type: ignore[attr-defined]
    draft = ws.message_draft(unmatched.message.id)
    assert (draft.company, draft.role, draft.person) == (
        "Initech Corp", "Backend Developer", "Bill Lumbergh",
    )  # fmt: skip
    app = ws.application_from_message(unmatched.message.id, draft.company, draft.role)
    assert [m.id for m in ws.messages(app)] == [unmatched.message.id]
    # Applied no later than the mail came (the clock is later than the message here).
    assert ws.application(app).applied_on == unmatched.message.date.date()
    assert "salary_discussed" in {o.kind for o in ws.observations(app)}
    with pytest.raises(BadInput, match="already filed"):
        ws.application_from_message(unmatched.message.id, "X", "Y")
    person = ws.add_sender(unmatched.message.id, app)
    assert ws.add_sender(unmatched.message.id, app) == person  # not added twice
    with pytest.raises(NotFound):
        ws.add_sender(unmatched.message.id, 999_999)


def test_web_page_after_import_shows_and_acts(ws: Workspace, web: Web, tmp_path: Path) -> None:
    acme = ws.add_application("Acme", "Data Engineer")
    ws.add_person(acme, "Ana", role="recruiter", email="ana@acme.example")
    mbox = write_mbox(tmp_path / "inbox.mbox", [
        mail("Next steps", "Unfortunately we decided not to proceed with your application."),
        mail("Re: Your application for Backend Developer at Initech", HOSTILE,
             sender="bill.lumbergh@initech-corp.example"),
    ])  # fmt: skip
    res = web.client.post(
        "/mail/upload", data={"csrf": web.csrf()},
        files={"mailbox": ("inbox.mbox", mbox.read_bytes(), "application/mbox")},
        follow_redirects=False,
    )  # fmt: skip
    after = res.headers["location"]
    page = finished_import_page(web.client, after)
    assert "What the mail found" in page
    assert f'href="/applications/{acme}">Acme · Data Engineer</a>' in page
    found = page[page.index("What the mail found") :]
    assert "Signs: Rejection" in found and "Why: person:" in found
    assert "<script>alert" not in page and "&lt;script&gt;alert" in page
    assert "onerror=alert(1)>" not in page
    assert 'value="Initech Corp"' in page and 'value="Backend Developer"' in page
    filed = ws.messages(acme)[0]

    res = web.post_form(f"/mail/messages/{filed.id}/undo", {"next": after})
    assert res.status_code == 303 and res.headers["location"] == after
    assert ws.observations(acme) == [] and ws.messages(acme) == []
    assert "to review" in web.get(after).text
    res = web.post_form(f"/mail/messages/{filed.id}/undo", {"next": after})
    assert res.status_code == 400
    assert web.post_form("/mail/messages/999999/accept").status_code == 404

    ws.assign_message(filed.id, acme)
    assert web.post_form(f"/mail/messages/{filed.id}/accept", {"next": "//evil.example"}
                         ).headers["location"] == "/mail"  # fmt: skip
    assert ws.message(filed.id).match_reason.startswith("confirmed by you")

    other = next(i.message.id for i in ws.review_list())
    res = web.post_form(f"/mail/messages/{other}/application",
                        {"company": "Initech", "role": "Backend Developer"})  # fmt: skip
    app = int(res.headers["location"].rsplit("/", 1)[1])
    assert ws.application(app).company == "Initech"
    assert [m.id for m in ws.messages(app)] == [other]
    assert web.post_form(f"/mail/messages/{other}/application",
                         {"company": " ", "role": "x"}).status_code == 400  # fmt: skip
    res = web.post_form(f"/mail/messages/{other}/person", {"app_id": app, "name": "Bill"})
    assert res.status_code == 303
    assert [p.email for p in ws.people(app)] == ["bill.lumbergh@initech-corp.example"]
