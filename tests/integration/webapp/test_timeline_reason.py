"""The application's timeline says why import filed each message under it."""

from __future__ import annotations

import html
from pathlib import Path

from tests.support.mailbuild import mail, write_mbox
from tests.support.webclient import Web

from offerwatch.service import Workspace


def test_the_timeline_says_why_a_message_was_filed(
    web: Web, ws: Workspace, app_id: int, tmp_path: Path
) -> None:
    box = write_mbox(
        tmp_path / "in.mbox",
        [mail("Next steps", "Could you send me the contact details of two references?")],
    )
    ws.import_mail(str(box))
    [message] = [m for m in ws.messages(app_id) if m.subject == "Next steps"]
    assert message.match_reason and "ana@acme.example" in message.match_reason
    page = html.unescape(web.get(f"/applications/{app_id}").text)
    assert f"filed here: {message.match_reason}" in page
