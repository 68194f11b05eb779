"""The web app's mail page on the real mail service: upload, review, assign, dismiss."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.support.mailbuild import mail, write_mbox
from tests.support.webclient import Web, app_client, finished_import_page

from offerwatch.service import Workspace


@pytest.fixture
def web(ws: Workspace) -> Iterator[Web]:
    with app_client(ws) as client:
        yield Web(client)


def test_upload_then_review_assign_and_dismiss(ws: Workspace, web: Web, tmp_path: Path) -> None:
    acme = ws.add_application("Acme", "Data Engineer")
    ws.add_person(acme, "Ana", role="recruiter", email="ana@acme.example")
    globex = ws.add_application("Globex", "Analyst")
    ws.add_application("Globex", "Engineer")
    mbox = write_mbox(tmp_path / "inbox.mbox", [
        mail("Next steps", "What is your notice period?"),
        mail("Update", "Unfortunately we decided not to proceed with your application.",
             sender="hr@globex.example"),
        mail("Hello", "What are your salary expectations?", sender="x@agency.example"),
    ])  # fmt: skip
    res = web.client.post(
        "/mail/upload", data={"csrf": web.csrf()},
        files={"mailbox": ("inbox.mbox", mbox.read_bytes(), "application/mbox")},
        follow_redirects=False,
    )  # fmt: skip
    assert res.status_code == 303, res.text
    page = finished_import_page(web.client, res.headers["location"])
    assert "Update" in page and "Hello" in page
    assert [o.kind for o in ws.observations(acme)] == ["notice_period_asked"]

    items = {i.message.subject: i.message.id for i in ws.review_list()}
    res = web.post_form(f"/mail/messages/{items['Update']}/assign", {"app_id": globex})
    assert res.status_code == 303
    assert ws.application(globex).status.value == "rejected"
    web.post_form(f"/mail/messages/{items['Hello']}/dismiss")
    assert ws.review_list() == []
    assert "Next steps" in web.get(f"/applications/{acme}").text
