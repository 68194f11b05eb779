"""Issue 9's review bullets on the web and through assignment: the review list says why
each message is there, learned domains are shown on the Mail page and undone there, and a
truncated message filed from review draws no conclusion. SQLite and PostgreSQL."""

from __future__ import annotations

import html
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from tests.support.mailbuild import mail, write_mbox
from tests.support.webclient import Web, app_client

from offerwatch.service import Workspace

D = datetime(2026, 3, 4, 10, 0, tzinfo=UTC)


@pytest.fixture
def web(any_ws: Workspace) -> Iterator[Web]:
    with app_client(any_ws) as client:
        yield Web(client)


def test_review_reasons_and_learned_domains_on_the_mail_page(
    any_ws: Workspace, web: Web, tmp_path: Path
) -> None:
    ws = any_ws
    acme = ws.add_application("Acme", "Data Engineer")
    ws.add_person(acme, "Ana Lopez", role="recruiter", email="ana@acme.example")
    ws.add_application("Globex", "Analyst")
    ws.add_application("Globex", "Engineer")
    ws.import_mail(str(write_mbox(tmp_path / "a.mbox", [
        mail("Next steps", "What is your notice period?", date=D),
        mail("Update", "Could you send two references?", sender="hr@globex.example",
             date=D + timedelta(hours=1)),
        mail("Hello", "What are your salary expectations?", sender="x@agency.example",
             date=D + timedelta(hours=2)),
    ])))  # fmt: skip
    page = html.unescape(web.get("/mail").text)
    reasons = {i.message.subject: i.reason for i in ws.review_list()}
    assert set(reasons) == {"Update", "Hello"}
    assert reasons["Hello"] == "no application fits"
    assert "Globex" in reasons["Update"]  # two applications fit: nothing guessed
    for reason in reasons.values():
        assert f" · {reason}" in page

    [learned] = ws.learned_domains()
    assert learned["domain"] == "acme.example"
    assert "acme.example" in page and f'action="/mail/domains/{learned["id"]}/undo"' in page
    bo = mail("Hi", "Could you send two references?", sender="bo@acme.example",
              date=D + timedelta(hours=3))  # fmt: skip
    ws.import_mail(str(write_mbox(tmp_path / "b.mbox", [bo])))
    assert "bo@acme.example" in {m.from_addr for m in ws.messages(acme)}  # by the domain
    res = web.post_form(f"/mail/domains/{learned['id']}/undo")
    assert res.status_code == 303
    assert [d["state"] for d in ws.learned_domains()] == ["undone"]
    assert "bo@acme.example" not in {m.from_addr for m in ws.messages(acme)}
    after = html.unescape(web.get("/mail").text)
    assert "Forgot acme.example" in after and "None learned yet." in after
    assert web.post_form("/mail/domains/999/undo").status_code == 404


REJECTION = "Thank you for your time. Unfortunately we have decided not to proceed with you."


def test_a_truncated_message_filed_from_review_draws_no_conclusion(
    any_ws: Workspace, tmp_path: Path
) -> None:
    ws = any_ws
    acme = ws.add_application("Acme", "Data Engineer")
    globex = ws.add_application("Globex", "Analyst")
    whole = mail("Your application", REJECTION, sender="x@agency.example", date=D,
                 msgid="<whole@agency.example>")  # fmt: skip
    cut = mail("Your application", REJECTION, sender="x@agency.example",
               date=D + timedelta(hours=5), msgid="<cut@agency.example>")  # fmt: skip
    path = write_mbox(tmp_path / "inbox.mbox", [whole, cut])
    path.write_bytes(path.read_bytes().rstrip(b"\n"))  # the file ends with no proper end
    summary = ws.import_mail(str(path))
    assert [what for _, what in summary.warnings] == ["truncated: no conclusion drawn from it"]
    items = {i.message.message_id: i.message.id for i in ws.review_list()}
    assert set(items) == {"<whole@agency.example>", "<cut@agency.example>"}
    ws.assign_message(items["<whole@agency.example>"], globex)  # the same words, whole
    assert "rejection" in {o.kind for o in ws.observations(globex)}
    ws.assign_message(items["<cut@agency.example>"], acme)
    assert ws.observations(acme) == []  # no rejection read from a cut-off message
    assert ws.application(acme).status.value == "applied"
