"""IMAP import against a real Dovecot: IMAPS, STARTTLS, read-only, Sent, incremental by UID."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from imapclient import IMAPClient
from sqlalchemy import select
from tests.support.dovecot import PASSWORD, USER, Dovecot
from tests.support.mailbuild import mail

from offerwatch.errors import BadInput
from offerwatch.service import Workspace
from offerwatch.store import tables as t

pytestmark = pytest.mark.imap
D = datetime(2026, 3, 4, 10, 0, tzinfo=UTC)
_mailbox_names = (f"Run{i}" for i in itertools.count())


def at(hours: float) -> datetime:
    return D + timedelta(hours=hours)


@pytest.fixture
def client(imap_server: Dovecot) -> Iterator[IMAPClient]:
    imap = IMAPClient("127.0.0.1", port=imap_server.imaps_port, ssl_context=imap_server.context())
    imap.login(USER, PASSWORD)
    yield imap
    imap.logout()


@pytest.fixture
def folder(client: IMAPClient) -> str:
    """A fresh folder per test (the server lives for the whole session)."""
    name = next(_mailbox_names)
    client.create_folder(name)
    return name


def url(server: Dovecot, folder: str, *, starttls: bool = False) -> str:
    port = server.imap_port if starttls else server.imaps_port
    return f"imaps://{USER}@127.0.0.1:{port}/{folder}"


def flags(client: IMAPClient, folder: str) -> dict[int, tuple[bytes, ...]]:
    client.select_folder(folder, readonly=True)
    uids = client.search(["ALL"])
    return {uid: item[b"FLAGS"] for uid, item in client.fetch(uids, ["FLAGS"]).items()}


def test_imaps_import_is_read_only_and_incremental(
    ws: Workspace, imap_server: Dovecot, client: IMAPClient, folder: str
) -> None:
    acme = ws.add_application("Acme", "Data Engineer")
    ws.add_person(acme, "Ana", role="recruiter", email="ana@acme.example")
    client.append(folder, mail("Lunch?", "Sunday?", sender="mum@family.example"))
    client.append(folder, mail("Next steps", "What is your notice period?"), flags=[b"\\Flagged"])
    client.append(folder, mail("Re", "Please send us two references.", date=at(3)))
    before = flags(client, folder)
    assert all(b"\\Seen" not in f for f in before.values())

    first = ws.import_mail(url(imap_server, folder), password=PASSWORD, cafile=imap_server.cafile)
    assert (first.read, first.job_mail, first.matched) == (3, 2, 1 + 1)
    assert {o.kind for o in ws.observations(acme)} == {"notice_period_asked",
                                                       "references_requested"}  # fmt: skip
    assert flags(client, folder) == before  # nothing marked seen, flags untouched

    with ws.read() as conn:
        [state] = conn.execute(select(t.mail_sync)).all()
    assert (state.folder, state.last_uid) == (folder, max(before))
    assert state.account == f"{USER}@127.0.0.1:{imap_server.imaps_port}"

    again = ws.import_mail(url(imap_server, folder), password=PASSWORD, cafile=imap_server.cafile)
    assert (again.read, again.job_mail) == (0, 0)  # nothing fetched at all

    client.append(folder, mail("Offer", "We are delighted to offer you the position!", date=at(9)))
    client.append(folder, mail("Sale", "50% off sofas", sender="deals@store.example"))
    third = ws.import_mail(url(imap_server, folder), password=PASSWORD, cafile=imap_server.cafile)
    assert (third.read, third.job_mail, third.new_observations) == (2, 1, 1)
    assert ws.application(acme).status.value == "offer"


def test_starttls_sent_folder_and_quick_reply(
    ws: Workspace, imap_server: Dovecot, client: IMAPClient, folder: str
) -> None:
    acme = ws.add_application("Acme", "Data Engineer")
    ws.add_person(acme, "Ana", role="recruiter", email="ana@acme.example")
    ws.add_interview(acme, stage="interview", start=at(-3), end=at(-2))  # thanked after it
    sent = f"{folder}/Sent"
    client.create_folder(sent)
    client.append(sent, mail("Thank you!", "Thank you for the interview today.",
                             sender="sam@example.net", to="ana@acme.example", date=at(0),
                             msgid="<thanks@example.net>"))  # fmt: skip
    client.append(folder, mail("Re: Thank you!", "Thanks Sam, lovely to meet you.", date=at(3),
                               in_reply_to="<thanks@example.net>"))  # fmt: skip
    summary = ws.import_mail(
        url(imap_server, folder, starttls=True), password=PASSWORD, folders=[sent],
        starttls=True, cafile=imap_server.cafile,
    )  # fmt: skip
    assert (summary.read, summary.matched) == (2, 2)
    directions = {m.subject: m.direction.value for m in ws.messages(acme)}
    assert directions == {"Thank you!": "out", "Re: Thank you!": "in"}
    [quick] = [o for o in ws.observations(acme) if o.kind == "thank_you_quick_reply"]
    assert quick.observed_at == at(3)
    with ws.read() as conn:
        folders = {r.folder for r in conn.execute(select(t.mail_sync))}
    assert folders == {folder, sent}


def test_since_limits_what_is_fetched(
    ws: Workspace, imap_server: Dovecot, client: IMAPClient, folder: str
) -> None:
    ws.add_application("Acme", "Data Engineer")
    old = datetime(2025, 6, 1, tzinfo=UTC)
    client.append(folder, mail("Old", "What is your notice period?", date=old), msg_time=old)
    client.append(folder, mail("New", "What is your notice period?"), msg_time=D)
    summary = ws.import_mail(url(imap_server, folder), password=PASSWORD,
                             since=date(2026, 1, 1), cafile=imap_server.cafile)  # fmt: skip
    assert summary.read == 1


@pytest.mark.parametrize(
    ("password", "cafile", "message"),
    [
        ("wrong", True, "login .* failed"),
        (PASSWORD, False, "TLS .* failed"),  # the self-signed certificate is not trusted
    ],
)
def test_connection_errors_are_clear(
    ws: Workspace, imap_server: Dovecot, folder: str, password: str, cafile: bool, message: str
) -> None:
    with pytest.raises(BadInput, match=message):
        ws.import_mail(url(imap_server, folder), password=password,
                       cafile=imap_server.cafile if cafile else None)  # fmt: skip


def test_missing_folder(ws: Workspace, imap_server: Dovecot) -> None:
    with pytest.raises(BadInput, match="folder 'Nope'"):
        ws.import_mail(url(imap_server, "Nope"), password=PASSWORD, cafile=imap_server.cafile)


def test_cli_reads_the_password_from_the_environment(
    imap_server: Dovecot, client: IMAPClient, folder: str, sqlite_url: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    from click.testing import CliRunner

    from offerwatch.cli.main import cli

    client.append(folder, mail("Hi", "What is your notice period?", sender="x@agency.example"))
    monkeypatch.setenv("OFFERWATCH_IMAP_PASSWORD", PASSWORD)
    args = ["--db", sqlite_url, "mail", "import", url(imap_server, folder), "--cafile",
            imap_server.cafile]  # fmt: skip
    result = CliRunner().invoke(cli, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "read 1 message: 1 new job mail, 0 matched to applications, 1 to review" in result.output
    monkeypatch.delenv("OFFERWATCH_IMAP_PASSWORD")
    prompted = CliRunner().invoke(cli, args, input=f"{PASSWORD}\n", catch_exceptions=False)
    assert prompted.exit_code == 0 and "read 0 messages" in prompted.output
    assert PASSWORD not in prompted.output


def test_batches_interruption_and_uidvalidity_change(
    ws: Workspace, imap_server: Dovecot, client: IMAPClient, folder: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    from offerwatch.mail import imap
    from offerwatch.service import mail_import

    monkeypatch.setattr(imap, "FETCH_COUNT", 2)
    monkeypatch.setattr(mail_import, "BATCH", 2)
    ws.add_application("Acme", "Data Engineer")
    for i in range(5):
        client.append(folder, mail(f"m{i}", "What is your notice period?", date=at(i)))
    uids = sorted(flags(client, folder))

    class Killed(Exception):
        pass

    def kill_at_third(done: int, total: int | None) -> None:
        assert total == 5
        if done == 3:
            raise Killed

    source = url(imap_server, folder)
    with pytest.raises(Killed):
        ws.import_mail(source, password=PASSWORD, cafile=imap_server.cafile,
                       progress=kill_at_third)  # fmt: skip
    with ws.read() as conn:
        [state] = conn.execute(select(t.mail_sync)).all()
    assert state.last_uid == uids[1]  # the first batch was committed with its UIDs
    rest = ws.import_mail(source, password=PASSWORD, cafile=imap_server.cafile)
    assert (rest.read, rest.job_mail) == (3, 3)
    assert len(ws.messages(1)) == 5

    with ws.write() as conn:  # the server renumbered the folder: everything is read again
        conn.execute(t.mail_sync.update().values(uidvalidity=state.uidvalidity + 1))
    again = ws.import_mail(source, password=PASSWORD, cafile=imap_server.cafile)
    assert (again.read, again.already_imported, again.job_mail) == (5, 5, 0)
