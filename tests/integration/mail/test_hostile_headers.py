"""Mail with absurd headers: imported like any other, never aborting the import."""

from __future__ import annotations

from pathlib import Path

from tests.support.mailbuild import mail, write_mbox

from offerwatch.mail.parse import parse_message
from offerwatch.service import Workspace


def _raw(message_id: str, in_reply_to: str, sender: str) -> bytes:
    return (
        f"Message-ID: {message_id}\nIn-Reply-To: {in_reply_to}\nFrom: Hiring <{sender}>\n"
        "To: sam@example.net\nDate: Tue, 03 Mar 2026 09:00:00 +0100\n"
        "Subject: Second interview\n\n"
        "We would like to invite you to a second interview. What is your notice period?\n"
    ).encode()


def test_over_long_ids_and_addresses_are_ignored_when_parsed() -> None:
    long_id = "<" + "x" * 1500 + "@initech.com>"
    parsed = parse_message(_raw(long_id, long_id, "a" * 1000 + "@initech.com"))
    assert parsed.message_id is None and parsed.in_reply_to is None
    assert parsed.from_addr == ""
    assert parse_message(_raw("<ok@initech.com>", "<r@x>", "hr@initech.com")).message_id == (
        "<ok@initech.com>"
    )


def test_an_over_long_message_id_does_not_abort_the_import(
    any_ws: Workspace, tmp_path: Path
) -> None:
    # On PostgreSQL the 1,500-character Message-ID did not fit VARCHAR(998): the whole batch
    # failed (exit 1) and the good message beside it was lost.
    app_id = any_ws.add_application("Initech", "Data Engineer")
    long_id = "<" + "x" * 1500 + "@initech.com>"
    box = tmp_path / "inbox.mbox"
    write_mbox(box, [
        _raw(long_id, "<" + "y" * 1200 + "@initech.com>", "hr@initech.com"),
        mail("Next steps", "What is your notice period?", sender="HR <hr@initech.com>"),
    ])  # fmt: skip
    first = any_ws.import_mail(str(box))
    assert (first.read, first.matched) == (2, 2)
    assert len(any_ws.messages(app_id)) == 2
    again = any_ws.import_mail(str(box))
    assert (again.matched, again.new_observations, again.already_imported) == (0, 0, 2)
