"""Bad input during an import: a NUL byte, an unreadable Maildir file, a truncated mbox, and
other writers during a long import (the lock is yielded between batches)."""

from __future__ import annotations

import os
import sqlite3
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from tests.support.mailbuild import mail, write_maildir, write_mbox

from offerwatch.errors import DatabaseBusy
from offerwatch.service import Workspace, open_workspace
from offerwatch.store import engine as engine_module
from offerwatch.store import tables as t

D = datetime(2026, 3, 4, 10, 0, tzinfo=UTC)


def at(hours: float) -> datetime:
    return D + timedelta(hours=hours)


def test_a_nul_byte_is_stripped_reported_and_the_batch_carries_on(any_ws: Workspace, tmp_path):
    ws = any_ws
    acme = ws.add_application("Acme", "Data Engineer")
    ws.add_person(acme, "Ana Lopez", role="recruiter", email="ana@acme.example")
    nul = mail("Next\x00 steps", "What is your notice\x00 period?", date=at(1),
               msgid="<nul@acme.example>", cte="8bit")  # fmt: skip
    assert b"\x00" in nul
    messages = [
        mail("Hello", "What are your salary expectations?", date=at(0)),
        nul,
        mail("Offer", "We are delighted to offer you the position!", date=at(2)),
    ]
    source = write_mbox(tmp_path / "inbox.mbox", messages)
    summary = ws.import_mail(str(source))
    assert summary.matched == 3
    assert [(w.rsplit("#", 1)[1], what) for w, what in summary.warnings] == [
        ("1", "NUL bytes removed")
    ]
    stored = {m.subject: m for m in ws.messages(acme)}
    assert set(stored) == {"Hello", "Next steps", "Offer"}
    assert stored["Next steps"].warning == "NUL bytes removed"
    kinds = {o.kind for o in ws.observations(acme)}
    assert {"notice_period_asked", "offer"} <= kinds
    assert ws.application(acme).status.value == "offer"


def _unreadable(path: Path) -> None:
    """Make a Maildir file unreadable (as root, permissions do not stop a read: point it
    at a file every read of which fails with EIO)."""
    if os.geteuid() != 0:
        path.chmod(0)
        return
    path.unlink()
    path.symlink_to("/proc/self/mem")


@pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="needs Linux /proc")
def test_an_unreadable_maildir_file_is_listed_as_skipped(ws: Workspace, tmp_path: Path):
    acme = ws.add_application("Acme", "Data Engineer")
    ws.add_person(acme, "Ana Lopez", role="recruiter", email="ana@acme.example")
    box = write_maildir(
        tmp_path / "Mail",
        [mail(f"Update {i}", "What is your notice period?", date=at(i)) for i in range(4)],
    )
    victim = sorted((box / "cur").iterdir())[0]
    _unreadable(victim)
    summary = ws.import_mail(str(box))
    assert len(summary.skipped) == 1
    where, reason = summary.skipped[0]
    assert where.endswith("#2") and reason.startswith(f"cannot read {victim.name}")
    assert summary.matched == 3


def test_a_truncated_final_message_is_kept_with_a_warning_and_no_conclusion(
    any_ws: Workspace, tmp_path: Path
):
    ws = any_ws
    acme = ws.add_application("Acme", "Data Engineer")
    ws.add_person(acme, "Ana Lopez", role="recruiter", email="ana@acme.example")
    first = mail("Next steps", "What is your notice period?", date=at(0))
    last = mail("Your application", "Dear Sam, after careful thought we have decided not to",
                date=at(5), msgid="<cut@acme.example>")  # fmt: skip
    path = write_mbox(tmp_path / "inbox.mbox", [first, last])
    data = path.read_bytes().rstrip(b"\n")  # the file ends mid-sentence
    path.write_bytes(data)
    summary = ws.import_mail(str(path))
    assert summary.matched == 2
    assert [what for _, what in summary.warnings] == ["truncated: no conclusion drawn from it"]
    cut = next(m for m in ws.messages(acme) if m.message_id == "<cut@acme.example>")
    assert cut.warning == "truncated: no conclusion drawn from it"
    assert all(o.message_id != cut.id for o in ws.observations(acme))
    assert ws.application(acme).status.value == "applied"
    assert [o.kind for o in ws.observations(acme)] == ["notice_period_asked"]


def test_another_writer_gets_through_during_a_long_import(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    # A short busy timeout for everyone: a writer that had to wait for a whole import (or
    # for the parse of a batch) would fail; one that waits for a batch's writes does not.
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 3000)
    url = f"sqlite:///{tmp_path / 'ow.db'}"
    importer = open_workspace(url)
    other = open_workspace(url)
    acme = importer.add_application("Acme", "Data Engineer")
    importer.add_person(acme, "Ana Lopez", role="recruiter", email="ana@acme.example")
    body = "Thanks for your time. What is your notice period? We'll get back to you soon."
    messages = [mail(f"Update {i}", body, date=at(i / 10)) for i in range(1500)]
    source = write_mbox(tmp_path / "big.mbox", messages)
    started = threading.Event()
    done = threading.Event()
    errors: list[BaseException] = []
    written: list[int] = []

    def progress(examined: int, total: int | None) -> None:
        if examined == 300:
            started.set()

    def import_all() -> None:
        try:
            importer.import_mail(str(source), progress=progress)
        except BaseException as exc:
            errors.append(exc)
        finally:
            done.set()

    thread = threading.Thread(target=import_all)
    thread.start()
    assert started.wait(120)
    during: list[bool] = []
    while not done.is_set() and len(written) < 5:
        written.append(other.add_application(f"Other {len(written)}", "Engineer"))
        during.append(not done.is_set())
    thread.join(300)
    assert errors == []
    assert any(during)  # at least one write went through while the import was running
    with other.read() as conn:
        stored = conn.execute(select(t.messages.c.id)).all()
    assert len(stored) == 1500
    assert {a.id for a in other.list_applications()} >= set(written)
    importer.close()
    other.close()


def test_a_writer_blocked_too_long_gets_a_clear_busy_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 200)
    url = f"sqlite:///{tmp_path / 'ow.db'}"
    ws = open_workspace(url)
    holder = sqlite3.connect(tmp_path / "ow.db", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseBusy, match="database is busy"):
            ws.add_application("Acme", "Data Engineer")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert ws.add_application("Acme", "Data Engineer") > 0
    ws.close()


def test_a_nul_byte_in_mail_that_is_not_job_mail_is_still_reported(ws: Workspace, tmp_path):
    note = mail("Dinner", "See you\x00 at dinner, and bring the interview notes.",
                sender="mum@family.example", date=at(0), cte="8bit")  # fmt: skip
    summary = ws.import_mail(str(write_mbox(tmp_path / "inbox.mbox", [note])))
    assert summary.job_mail == 0
    assert [what for _, what in summary.warnings] == ["NUL bytes removed"]
