"""Import with worker processes: the same result as in one process, in the same order."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from tests.support.detect_inputs import generated_mail
from tests.support.mailbuild import mail, write_mbox

from offerwatch.mail import pipeline, synth
from offerwatch.mail.message import RawMail
from offerwatch.mail.prefilter import KnownMail
from offerwatch.service import open_workspace
from offerwatch.store import tables as t

ROOT = Path(__file__).resolve().parents[3]
INVITATIONS = ROOT / "tests" / "data" / "invitations"


def _mailbox(tmp_path: Path) -> Path:
    """Generated mail (15% job mail) with, late in the file, a reply without a single job
    word in the thread of a job message near the start: workers screen it with what was
    known when they started; only the recheck in the reader lets it through."""
    messages = [
        mail("Your application", "We have received your application for the Data Engineer "
             "role.", sender="Ana <ana@acme.example>", msgid="<first@acme.example>",
             date="Mon, 02 Mar 2026 10:00:00 +0000"),
        *(data for _, data in synth.mailbox(700, job_share=0.15, seed=5)),
        # Calendar invitations, other languages, HTML: what workers read for the writer
        # (language, invitations, signs) must be what the writer finds itself.
        *(data for _, data in generated_mail(60, seed=9)),
        *(p.read_bytes() for p in sorted(INVITATIONS.glob("*.eml"))),
        *(mail("Colloquio", "Gentile Sam, la invitiamo a un colloquio per la posizione di "
               "analista. Ci può indicare quando è disponibile per la prossima settimana? "
               "Cordiali saluti, Giulia", sender=f"giulia{i}@studio.example")
          for i in range(20)),
        mail("Re: quick one", "Sounds good, talk soon.", sender="Ana <ana.l@gmail.com>",
             in_reply_to="<first@acme.example>", msgid="<late@acme.example>",
             date="Tue, 03 Mar 2026 10:00:00 +0000"),
    ]  # fmt: skip
    return write_mbox(tmp_path / "inbox.mbox", messages)


def _import(tmp_path: Path, box: Path, name: str) -> tuple[dict[str, object], list[tuple]]:
    ws = open_workspace(f"sqlite:///{tmp_path / name}")
    try:
        ws.add_application("Acme", "Data Engineer")
        summary = ws.import_mail(str(box))
        with ws.read() as conn:
            rows = conn.execute(
                select(t.messages.c.message_id, t.messages.c.application_id,
                       t.messages.c.review, t.messages.c.language).order_by(t.messages.c.id)
            ).all()  # fmt: skip
            rows += conn.execute(
                select(t.observations.c.kind, t.observations.c.evidence)
                .order_by(t.observations.c.id)
            ).all()  # fmt: skip
            rows += conn.execute(select(t.interviews.c.scheduled_start)).all()
    finally:
        ws.close()
    counts = {k: v for k, v in vars(summary).items() if k != "found"}
    return counts, [tuple(r) for r in rows]


def _in_fresh_process(check: str, *args: str) -> None:
    """Run `check` (a function of this module) in a new interpreter. prepare_many forks
    workers only in a process with no other thread, and a test process is not one: other
    test files leave threads running (Schemathesis keeps an event-loop thread for the whole
    process once it has called an ASGI app)."""
    code = f"import sys; from {__name__} import {check}; {check}(*sys.argv[1:])"
    done = subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=300, check=False)  # fmt: skip
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-4000:]


def test_workers_import_exactly_what_one_process_does(tmp_path: Path) -> None:
    _in_fresh_process("_workers_import_exactly_what_one_process_does", str(tmp_path))


def _workers_import_exactly_what_one_process_does(where: str) -> None:
    tmp_path = Path(where)
    assert threading.active_count() == 1
    box = _mailbox(tmp_path)
    pipeline.INLINE_FIRST = 10
    pipeline.BATCH_MESSAGES = 16
    os.environ[pipeline.WORKERS_ENV] = "1"
    alone = _import(tmp_path, box, "one.db")
    os.environ[pipeline.WORKERS_ENV] = "2"
    shared = _import(tmp_path, box, "two.db")
    assert alone == shared
    counts, rows = shared
    assert counts["read"] > 702 and counts["job_mail"] > 50
    stored = {r[0]: r[2] for r in rows if len(r) == 4}
    assert any(r[3] for r in rows if len(r) == 4)  # mail in a language the rules do not read
    assert stored["<late@acme.example>"] == "matched"  # found by the recheck


def test_prepare_many_keeps_order_and_stops_early() -> None:
    _in_fresh_process("_prepare_many_keeps_order_and_stops_early")


def _prepare_many_keeps_order_and_stops_early() -> None:
    assert threading.active_count() == 1  # so prepare_many does start its workers
    when = datetime(2026, 3, 2, tzinfo=UTC)
    raws = [
        RawMail(f"box#{i}", data, when)
        for i, (_, data) in enumerate(synth.mailbox(300, job_share=0.3, seed=9))
    ]
    items = list(
        pipeline.prepare_many(((r, False) for r in raws), KnownMail(), workers=2, inline_first=5)
    )
    assert [raw.where for raw, _ in items] == [raw.where for raw in raws]
    parsed = [p for _, p in items if p.message is not None]
    assert parsed and all(p.signs is not None for _, p in items[5:] if p.message is not None)
    assert all(p.signs is None for _, p in items[:5])
    stream = pipeline.prepare_many(((r, False) for r in raws), KnownMail(), workers=2,
                                   inline_first=0)  # fmt: skip
    first = [next(stream) for _ in range(3)]
    stream.close()  # stops the workers
    assert [raw.where for raw, _ in first] == ["box#0", "box#1", "box#2"]
