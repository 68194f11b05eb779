"""A cancelled interview in real headless Chromium at a phone's width (390 px): marked from
its edit page, shown as cancelled on the application's timeline, undone from the banner."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from tests.support.browser import ARGS, CHROMIUM, need_chromium, served
from tests.support.templates import migrated_sqlite

from offerwatch.core.timeutil import utcnow
from offerwatch.service import Workspace, open_workspace

pytestmark = pytest.mark.browser
SHOTS = Path(tempfile.gettempdir()) / "offerwatch-shots" / "cancelled"


@pytest.fixture
def site(tmp_path: Path) -> Iterator[tuple[str, Workspace]]:
    need_chromium()
    ws = open_workspace(migrated_sqlite(f"sqlite:///{tmp_path / 'cancel.db'}"))
    with served(ws) as base:
        yield base, ws
    ws.close()


def test_cancel_an_interview_on_a_phone_and_undo_it(site: Any) -> None:
    from playwright.sync_api import sync_playwright

    base, ws = site
    app = ws.add_application("Northwind Analytics", "Senior Data Engineer")
    start = (utcnow() + timedelta(days=2)).replace(microsecond=0)
    iid = ws.add_interview(app, stage="final", start=start, end=start + timedelta(hours=1),
                           with_=["Maya Chen <maya@northwind.example>"])  # fmt: skip
    errors: list[str] = []
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        phone = chromium.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
        tab = phone.new_page()
        tab.set_default_timeout(15_000)
        tab.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        try:
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
            SHOTS.mkdir(parents=True, exist_ok=True)
            tab.screenshot(path=str(SHOTS / "application-cancelled-phone.png"), full_page=True)
            assert ws.interview(iid).cancelled
            tab.get_by_role("button", name="Undo").first.click()
            tab.wait_for_load_state()
            assert tab.locator(".timeline li.t-cancelled").count() == 0
            assert not ws.interview(iid).cancelled
        finally:
            phone.close()
            chromium.close()
    assert [e for e in errors if "Failed to load resource" not in e] == []
