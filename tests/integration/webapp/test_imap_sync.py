"""The Mail page's IMAP sync form against a real Dovecot (started by the test session)."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from imapclient import IMAPClient
from tests.support import dovecot
from tests.support.mailbuild import mail
from tests.support.webclient import Web, finished_import_page

from offerwatch.service import Workspace

pytestmark = pytest.mark.imap


@pytest.fixture(scope="module")
def imap() -> Iterator[dovecot.Dovecot]:
    if not dovecot.available():
        message = f"Dovecot or openssl is missing: {dovecot.INSTALL_HINT}"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    with dovecot.start() as server:
        yield server


@pytest.fixture
def inbox(imap: dovecot.Dovecot, monkeypatch: pytest.MonkeyPatch) -> str:
    """A folder with one job message and one personal one; the server's test CA trusted."""
    monkeypatch.setenv("SSL_CERT_FILE", imap.cafile)
    client = IMAPClient("127.0.0.1", port=imap.imaps_port, ssl_context=imap.context())
    client.login(dovecot.USER, dovecot.PASSWORD)
    client.create_folder("WebSync")
    client.append("WebSync", mail("Next steps", "What is your notice period?"))
    client.append("WebSync", mail("Lunch?", "Sunday?", sender="mum@family.example"))
    client.logout()
    return f"imaps://{dovecot.USER}@127.0.0.1:{imap.imaps_port}/WebSync"


def test_sync_from_the_mail_page(web: Web, ws: Workspace, inbox: str) -> None:
    acme = ws.add_application("Acme", "Data Engineer")
    ws.add_person(acme, "Ana", role="recruiter", email="ana@acme.example")
    wrong = web.post_form("/mail/sync", {"url": inbox, "password": "not it"})
    assert wrong.status_code == 303  # the import runs as a job; the Mail page shows how it ended
    page = finished_import_page(web.client, wrong.headers["location"])
    assert 'class="error"' in page and ws.messages(acme) == []
    res = web.post_form("/mail/sync", {"url": inbox, "password": dovecot.PASSWORD})
    assert res.status_code == 303
    assert "Done: 2 read" in finished_import_page(web.client, res.headers["location"])
    assert [m.subject for m in ws.messages(acme)] == ["Next steps"]
    assert "notice_period_asked" in {o.kind for o in ws.observations(acme)}
