"""The Mail page's IMAP sync form against a real Dovecot (started by the test session)."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from typing import Any

import pytest
from imapclient import IMAPClient
from tests.support import dovecot
from tests.support.mailbuild import mail
from tests.support.served import free_port
from tests.support.webclient import Web, finished_import_page

from offerwatch.service import Workspace

pytestmark = pytest.mark.imap
_folders = iter(range(1, 1000))


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
    folder = f"WebSync{next(_folders)}"  # one Dovecot for the module: a folder per test
    client.create_folder(folder)
    client.append(folder, mail("Next steps", "What is your notice period?"))
    client.append(folder, mail("Lunch?", "Sunday?", sender="mum@family.example"))
    client.logout()
    return f"imaps://{dovecot.USER}@127.0.0.1:{imap.imaps_port}/{folder}"


@pytest.fixture
def allowed(ws: Workspace, make_client: Any) -> Web:
    """The app with the test Dovecot's loopback address allowed, as an admin would."""
    return Web(make_client(ws, imap_allowed_hosts=("127.0.0.1",)))


def test_sync_from_the_mail_page(allowed: Web, ws: Workspace, inbox: str) -> None:
    web = allowed
    acme = ws.add_application("Acme", "Data Engineer")
    ws.add_person(acme, "Ana", role="recruiter", email="ana@acme.example")
    wrong = web.post_form("/mail/sync", {"url": inbox, "password": "not it"})
    assert wrong.status_code == 303  # the import runs as a job; the Mail page shows how it ended
    page = finished_import_page(web.client, wrong.headers["location"])
    assert 'class="error"' in page and ws.messages(acme) == []
    assert "the connection or the sign-in failed" in page
    res = web.post_form("/mail/sync", {"url": inbox, "password": dovecot.PASSWORD})
    assert res.status_code == 303
    assert "Done: 2 read" in finished_import_page(web.client, res.headers["location"])
    assert [m.subject for m in ws.messages(acme)] == ["Next steps"]
    assert "notice_period_asked" in {o.kind for o in ws.observations(acme)}


def test_an_address_no_job_could_read_is_refused_at_once(allowed: Web, ws: Workspace) -> None:
    import os
    from pathlib import Path

    secrets_file = Path(os.environ["OFFERWATCH_HOME"]) / "notify-secrets.json"
    before = secrets_file.read_text() if secrets_file.exists() else None
    for url in ("imaps://sam@[::1/INBOX", "https://sam@host/INBOX", "imaps://host/INBOX"):
        res = allowed.post_form("/mail/sync", {"url": url, "password": "pw", "every": 30})
        assert res.status_code == 400, (url, res.status_code)
    after = secrets_file.read_text() if secrets_file.exists() else None
    assert after == before  # no password was kept for a job that never ran
    assert ws.imap_schedule() is None


def _ended(web: Web, url: str, password: str = dovecot.PASSWORD) -> str:
    res = web.post_form("/mail/sync", {"url": url, "password": password})
    assert res.status_code == 303
    page = finished_import_page(web.client, res.headers["location"])
    found = re.search(r'data-testid="import-result">([^<]*)<', page)
    assert found, page[:500]
    return found.group(1)


def test_loopback_targets_are_refused_unless_allowed(
    web: Web, allowed: Web, ws: Workspace, inbox: str, imap: dovecot.Dovecot
) -> None:
    closed = f"imaps://{dovecot.USER}@127.0.0.1:{free_port()}/WebSync"
    # Not allowed: refused before connecting, and an open port reads like a closed one.
    open_port, closed_port = _ended(web, inbox), _ended(web, closed)
    assert "not allowed here" in open_port and open_port == closed_port
    assert ws.messages(ws.add_application("Acme", "Data Engineer")) == []
    for host in ("localhost", "10.0.0.1", "169.254.169.254", "0.0.0.0", "192.168.1.1"):
        message = _ended(web, f"imaps://u@{host}:993/INBOX")
        assert "not allowed here" in message, (host, message)
    # Allowed: what failed is not told (a closed port, a wrong password read the same).
    wrong, unreachable = _ended(allowed, inbox, "not it"), _ended(allowed, closed)
    assert "refused" not in unreachable.lower() and "errno" not in unreachable.lower()
    assert wrong.split(": ", 1)[1] == unreachable.split(": ", 1)[1]


def test_a_name_that_rebinds_to_loopback_is_refused_before_login(
    inbox: str, imap: dovecot.Dovecot
) -> None:
    from offerwatch.mail.imap import ImapError, ImapSource, parse_imap_url
    from offerwatch.mail.imap_guard import TargetPolicy

    # The name looked public when checked, but the connection reached loopback.
    policy = TargetPolicy(resolve=lambda host, port: ["93.184.216.34"])
    source = ImapSource(parse_imap_url(inbox), dovecot.PASSWORD, policy=policy)
    with pytest.raises(ImapError, match="the connection or the sign-in failed"):
        source.connect()
    assert source._client is None


def test_a_saved_account_is_synced_on_schedule_by_the_job_loop(
    allowed: Web, ws: Workspace, inbox: str, imap: dovecot.Dovecot, clock: Any
) -> None:
    import time
    from datetime import timedelta

    from offerwatch.notify.secrets import SecretStore

    web = allowed
    acme = ws.add_application("Acme", "Data Engineer")
    ws.add_person(acme, "Ana", role="recruiter", email="ana@acme.example")
    res = web.post_form("/mail/sync", {"url": inbox, "password": dovecot.PASSWORD, "every": "30"})
    assert "Done: 2 read" in finished_import_page(web.client, res.headers["location"])
    assert ws.imap_schedule() == {"url": inbox, "minutes": 30}
    assert "Synced every 30 minutes" in web.get("/mail").text
    with ws.read() as conn:
        settings = " ".join(conn.exec_driver_sql("SELECT value FROM settings").scalars())
        payloads = " ".join(conn.exec_driver_sql("SELECT payload FROM jobs").scalars())
    assert dovecot.PASSWORD not in settings + payloads  # kept in the secret file only
    client = IMAPClient("127.0.0.1", port=imap.imaps_port, ssl_context=imap.context())
    client.login(dovecot.USER, dovecot.PASSWORD)
    client.append(inbox.rsplit("/", 1)[1], mail("Offer", "We are delighted to offer you the job!"))
    client.logout()
    clock.now += timedelta(minutes=30)  # the next due time: the loop queues and runs a sync
    deadline = time.monotonic() + 60
    while "Offer" not in [m.subject for m in ws.messages(acme)]:
        assert time.monotonic() < deadline, ws.job_counts()
        time.sleep(0.2)
    assert ws.application(acme).status.value == "offer"
    stopped = web.post_form("/mail/sync/stop", {})
    assert stopped.status_code == 303 and ws.imap_schedule() is None
    assert dovecot.PASSWORD not in SecretStore().path.read_text()  # the password is gone
