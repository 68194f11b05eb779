"""One click on the web: mark a long-silent application ghosted (from Today), and withdraw
every other open application after accepting an offer."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from tests.support.webclient import Web

from offerwatch.service import Workspace


def test_a_long_silence_offers_mark_ghosted_in_one_click(
    web: Web, ws: Workspace, app_id: int, clock: Any
) -> None:
    assert "mark_ghosted" not in {i.kind for i in ws.agenda().items}  # not after two days
    clock.now = clock.now + timedelta(days=60)
    page = web.get("/").text
    assert f'action="/applications/{app_id}/outcome"' in page and "Mark ghosted" in page
    web.post_form(f"/applications/{app_id}/outcome", {"outcome": "ghosted"})
    assert ws.application(app_id).status.value == "ghosted"
    assert "Mark ghosted" not in web.get("/").text


def test_withdraw_the_others_after_accepting(web: Web, ws: Workspace, app_id: int) -> None:
    other = ws.add_application("Globex", "Analyst")
    closed = ws.add_application("Initech", "Developer")
    ws.record_outcome(closed, "rejection")
    page = web.get(f"/applications/{app_id}").text
    assert "withdraw-others" not in page  # only once an offer is accepted
    ws.record_outcome(app_id, "accepted")
    assert (
        f'action="/applications/{app_id}/withdraw-others"'
        in web.get(f"/applications/{app_id}").text
    )
    web.post_form(f"/applications/{app_id}/withdraw-others")
    assert ws.application(other).status.value == "withdrawn"
    assert ws.application(closed).status.value == "rejected"  # closed ones stay as they were
    assert ws.application(app_id).status.value == "accepted"
