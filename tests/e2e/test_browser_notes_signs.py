"""Signs in your notes, in real headless Chromium at a phone's width and without JavaScript:
tick the suggestions, record them with one button, undo from the banner."""

from __future__ import annotations

import re
import tempfile
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from tests.support.browser import launched, served
from tests.support.templates import migrated_sqlite

from offerwatch.core.timeutil import local_zone
from offerwatch.service import Workspace, open_workspace

pytestmark = pytest.mark.browser
SHOTS = Path(tempfile.gettempdir()) / "offerwatch-shots" / "notes"
NOTES = (
    "Ran ~20 min over, she showed me round the office and I met 2 devs. "
    "Lots of follow-ups on my k8s project. Didn't discuss salary. "
    "He explained next steps: final round w/ CTO + references. Decision by end of next week."
)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with launched() as chromium:
        yield chromium


@pytest.fixture
def site(tmp_path: Path) -> Iterator[tuple[str, Workspace]]:
    ws = open_workspace(migrated_sqlite(f"sqlite:///{tmp_path / 'notes.db'}"))
    with served(ws) as base:
        yield base, ws
    ws.close()


@pytest.mark.parametrize("javascript", [False, True], ids=["no-js", "js"])
def test_record_the_ticked_signs_at_390px_and_undo(
    browser: Any, site: Any, javascript: bool
) -> None:
    base, ws = site
    app = ws.add_application("Northwind Analytics", "Senior Data Engineer")
    start = (datetime.now(local_zone()) - timedelta(days=1)).replace(second=0, microsecond=0)
    iid = ws.add_interview(app, stage="interview", start=start, end=start + timedelta(hours=1),
                           notes=NOTES)  # fmt: skip
    phone = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True,
                                java_script_enabled=javascript)  # fmt: skip
    tab = phone.new_page()
    tab.set_default_timeout(15_000)
    try:
        tab.goto(f"{base}/interviews/{iid}/edit")
        section = tab.locator("#notes-signs")
        assert "Signs in your notes" in section.inner_text()
        boxes = section.locator("input[name=kinds]")
        offered = {boxes.nth(i).get_attribute("value") for i in range(boxes.count())}
        wanted = {"ran_over_time", "met_other_employees", "attentive_interviewer",
                  "next_steps_reviewed", "references_requested", "timeline_stated"}  # fmt: skip
        assert wanted <= offered
        assert "salary_discussed" not in offered
        width = tab.evaluate("document.documentElement.scrollWidth")
        assert width <= 392, width
        section.locator("input[value=met_other_employees]").check()
        section.locator("input[value=next_steps_reviewed]").check()
        if javascript is False:
            section.scroll_into_view_if_needed()
            SHOTS.mkdir(parents=True, exist_ok=True)
            tab.screenshot(path=str(SHOTS / "notes-signs-phone-ticked.png"), full_page=True)
        section.locator("button", has_text="Record the ticked signs").click()
        tab.wait_for_url(re.compile(rf"/interviews/{iid}/edit"))
        stored = {o.kind: o for o in ws.observations(app)}
        assert set(stored) == {"met_other_employees", "next_steps_reviewed"}
        assert "showed me round" in (stored["met_other_employees"].evidence or "")
        banner = tab.locator("[data-testid=flash]")
        assert "Recorded from your notes" in banner.inner_text()
        assert tab.locator("#notes-signs input[value=met_other_employees]").is_disabled()
        if javascript is False:
            tab.screenshot(path=str(SHOTS / "notes-signs-phone-recorded.png"), full_page=True)
        banner.locator("button", has_text="Undo").click()
        tab.wait_for_url(re.compile(rf"/interviews/{iid}/edit"))
        assert ws.observations(app) == []
        assert tab.locator("#notes-signs input[value=met_other_employees]").is_enabled()
    finally:
        phone.close()
