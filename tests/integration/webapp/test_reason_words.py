"""A reply filed by its thread says which message it answers in words (subject and day), in
the timeline, the Mail page's import results and the CLI; --json keeps the Message-ID."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.support.cli import run
from tests.support.mailbuild import mail
from tests.support.webclient import Web

from offerwatch.service import Workspace

FIRST_ID = "<CAF+first.7Qx@mail.gmail.com>"


def _thread(tmp_path: Path) -> list[Path]:
    """The recruiter's message, then a reply to it (from an address nobody knows, so only
    the thread can file it)."""
    first = tmp_path / "1.eml"
    first.write_bytes(mail("Interview next steps", "Could you tell us your notice period?",
                           msgid=FIRST_ID, date="Tue, 03 Mar 2026 10:00:00 +0000"))  # fmt: skip
    reply = tmp_path / "2.eml"
    reply.write_bytes(mail("Re: Interview next steps", "Thanks, noted. Talk soon.",
                           sender="Lee Park <lee@elsewhere.example>", msgid="<reply-2@x.example>",
                           in_reply_to=FIRST_ID, references=FIRST_ID,
                           date="Wed, 04 Mar 2026 09:00:00 +0000"))  # fmt: skip
    return [first, reply]


def test_a_thread_reason_names_the_message_it_answers(
    any_ws: Workspace, migrated_db_url: str, make_client: Any, tmp_path: Path
) -> None:
    app = any_ws.add_application("Acme", "Data Engineer")
    any_ws.add_person(app, "Ana Lopez", role="recruiter", email="ana@acme.example")
    for path in _thread(tmp_path):
        any_ws.import_mail(str(path))
    stored = {m.subject: m.match_reason for m in any_ws.messages(app)}
    raw = stored["Re: Interview next steps"] or ""
    assert FIRST_ID in raw  # the stored reason keeps the id

    words = any_ws.match_reason_words([raw, stored["Interview next steps"], None, ""])
    assert words[raw] == "a reply to “Interview next steps” of Tue 3 Mar"
    assert set(words) == {raw, stored["Interview next steps"]}  # nothing made of no reason

    page = Web(make_client(any_ws)).get(f"/applications/{app}").text
    assert "filed here: a reply to “Interview next steps” of Tue 3 Mar" in page
    assert "CAF+first" not in page

    table = run(migrated_db_url, "mail", "list", str(app), env={"COLUMNS": "400"}).stdout
    assert "a reply to “Interview next steps” of Tue 3 Mar" in table
    assert "CAF+first" not in table
    listed = json.loads(run(migrated_db_url, "mail", "list", str(app), "--json").stdout)
    assert any(FIRST_ID in (m["match_reason"] or "") for m in listed)


def test_a_reply_to_a_message_deleted_since_says_so(any_ws: Workspace) -> None:
    reason = "thread: reply in the thread of <gone@x.example>"
    assert any_ws.match_reason_words([reason]) == {
        reason: "a reply in a thread of mail filed here before"
    }
