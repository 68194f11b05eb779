"""A cancelled interview in real headless Chromium at a phone's width (390 px): marked from
its edit page, shown as cancelled on the application's timeline, undone from the banner."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from tests.support.browser import PHONE, open_tab, script_errors, shot, site

from offerwatch.core.timeutil import utcnow
from offerwatch.service import Workspace

pytestmark = pytest.mark.browser


@pytest.fixture
def served_site(tmp_path: Path) -> Iterator[tuple[str, Workspace]]:
    with site(tmp_path, "cancel.db") as found:
        yield found


def test_cancel_an_interview_on_a_phone_and_undo_it(served_site: Any, browser: Any) -> None:
    base, ws = served_site
    app = ws.add_application("Northwind Analytics", "Senior Data Engineer")
    start = (utcnow() + timedelta(days=2)).replace(microsecond=0)
    iid = ws.add_interview(app, stage="final", start=start, end=start + timedelta(hours=1),
                           with_=["Maya Chen <maya@northwind.example>"])  # fmt: skip
    with open_tab(browser, PHONE) as tab:
        tab.goto(f"{base}/interviews/{iid}/edit")
        tab.get_by_role("button", name="Mark it cancelled").click()
        tab.wait_for_url(f"**/applications/{app}*")
        entry = tab.locator(".timeline li.t-cancelled")
        assert entry.count() == 1
        shown = entry.inner_text()
        assert "Final interview with Maya Chen" in shown and "cancelled on" in shown
        assert entry.locator(".tag-cancelled").is_visible()
        width = tab.evaluate("document.documentElement.scrollWidth")
        assert width <= 392, width
        shot(tab, "cancelled", "application-cancelled-phone")
        assert ws.interview(iid).cancelled
        tab.get_by_role("button", name="Undo").first.click()
        tab.wait_for_load_state()
        assert tab.locator(".timeline li.t-cancelled").count() == 0
        assert not ws.interview(iid).cancelled
    assert script_errors(tab) == []
