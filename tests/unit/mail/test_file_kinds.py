"""What an upload's first bytes say it is (mail/readers.kind_of_head), and the signs read
from mail files without storing them (mail/detect_files.py)."""

from __future__ import annotations

from pathlib import Path

from offerwatch.mail.detect_files import FileMessage, Unreadable, detect_files
from offerwatch.mail.readers import kind_of_head

EML = (
    b"From: Ana Lopez <ana@acme.example>\r\nTo: me@example.org\r\n"
    b"Subject: Next steps\r\nMessage-ID: <n1@acme.example>\r\n"
    b"Date: Tue, 03 Mar 2026 10:00:00 +0000\r\n\r\n"
    b"Hi, could you tell us your notice period and when you could start?\r\nAna\r\n"
)


def test_the_first_bytes_tell_an_eml_from_an_mbox_from_anything_else() -> None:
    assert kind_of_head(EML) == ".eml"
    assert kind_of_head(b"From ana@acme.example Tue Mar  3 10:00:00 2026\n" + EML) == ".mbox"
    assert kind_of_head(b"X-Folded: a\r\n continued\r\nSubject: hi\r\n\r\nbody") == ".eml"
    assert kind_of_head(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n") is None
    assert kind_of_head(b"name,company\nAna,Acme\n") is None  # a CSV has no header lines
    assert kind_of_head(b"X-Only: custom\r\n\r\n") is None  # no mail header among them


def test_detect_files_reads_each_message_and_goes_on_past_an_unreadable_path(
    tmp_path: Path,
) -> None:
    good = tmp_path / "next.eml"
    good.write_bytes(EML)
    found = list(detect_files([str(tmp_path / "missing.mbox"), str(good)]))
    assert isinstance(found[0], Unreadable) and "missing.mbox" in found[0].reason
    message = found[1]
    assert isinstance(message, FileMessage) and message.error is None
    assert message.message_id == "<n1@acme.example>" and message.language == "en"
    assert "notice_period_asked" in {d.kind for d in message.signs}
