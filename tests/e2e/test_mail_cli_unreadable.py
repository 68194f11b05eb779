"""`offerwatch mail import` of a source in which not one message can be read (a broken
message or mailbox) says what, and fails: exit 2 with one error line, as the web
refuses such an upload; a mailbox with some broken messages still succeeds."""

from __future__ import annotations

import json
from pathlib import Path

from tests.support.cli import run
from tests.support.mailbuild import mail, write_mbox

BROKEN = (
    b"From: x@acme.example\nDate: Wed, 04 Mar 2026 10:00:00 +0000\nMessage-ID: <broken@x>\n"
    b"Content-Type: multipart/mixed\n\nno boundary\n"
)


def _import(db: str, *args: str) -> tuple[int, str, str]:
    proc = run(db, "mail", "import", *args, ok=False)
    return proc.returncode, proc.stdout, proc.stderr


def test_nothing_readable_is_an_error(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'ow.db'}"
    eml = tmp_path / "parts.eml"
    eml.write_bytes(BROKEN)
    code, out, err = _import(db, str(eml))
    assert code == 2
    assert f"nothing in {eml} could be read as mail: broken MIME" in err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "skipped 1:" in out  # what was read is still said

    broken = write_mbox(tmp_path / "broken.mbox", [BROKEN])
    code, out, err = _import(db, str(broken), "--json")
    assert code == 2 and "broken MIME" in err
    assert json.loads(out)["skipped"][0][1].startswith("broken MIME")

    mixed = write_mbox(tmp_path / "mixed.mbox", [mail("Update", "Thanks for your time."), BROKEN])
    code, out, err = _import(db, str(mixed))
    assert code == 0, err
    assert "read 2 messages" in out and "skipped 1:" in out
