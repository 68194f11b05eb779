"""A message import found cut off shows in review as cut off, with no signs: the signs the
list shows are the ones assigning it records (none from a cut-off message). SQLite and
PostgreSQL; the Mail page says it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from tests.support.mailbuild import mail, write_mbox
from tests.support.webclient import app_client

from offerwatch.service import Workspace

D = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
REJECTION = "Thank you for your time. Unfortunately we have decided not to proceed with you."


def test_review_shows_a_cut_off_message_without_signs(any_ws: Workspace, tmp_path: Path) -> None:
    ws = any_ws
    acme = ws.add_application("Acme", "Data Engineer")
    globex = ws.add_application("Globex", "Analyst")
    whole = mail("Your application", REJECTION, sender="x@agency.example", date=D,
                 msgid="<whole@agency.example>")  # fmt: skip
    cut = mail("Your application", REJECTION, sender="x@agency.example",
               date=D + timedelta(hours=5), msgid="<cut@agency.example>")  # fmt: skip
    path = write_mbox(tmp_path / "inbox.mbox", [whole, cut])
    path.write_bytes(path.read_bytes().rstrip(b"\n"))  # the file ends with no proper end
    ws.import_mail(str(path))
    items = {i.message.message_id: i for i in ws.review_list()}
    shown_whole, shown_cut = items["<whole@agency.example>"], items["<cut@agency.example>"]
    assert "rejection" in shown_whole.signals and not shown_whole.truncated
    assert shown_cut.signals == () and shown_cut.truncated
    with app_client(ws) as client:
        page = client.get("/mail").text
    assert page.count('data-testid="truncated"') == 1
    assert "cut off at import: no signs read from it" in page
    # What the list showed is what assigning records.
    ws.assign_message(shown_whole.message.id, globex)
    assert set(shown_whole.signals) <= {o.kind for o in ws.observations(globex)}
    ws.assign_message(shown_cut.message.id, acme)
    assert {o.kind for o in ws.observations(acme)} == set(shown_cut.signals) == set()
