"""The web app in real headless Chromium (Debian's /usr/bin/chromium via Playwright): record
an interview and see the odds move, mark an action done, move a card, upload a mailbox.
Saves screenshots of the main pages to $OFFERWATCH_SHOTS (`make screenshots`: docs/screenshots/),
else to a temporary folder, so that a test run never changes the repository."""

from __future__ import annotations

import os
import re
import tempfile
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from tests.support.browser import PHONE, need_chromium, open_tab, served, shot

from offerwatch.core.timeutil import local_zone, utcnow
from offerwatch.demo import build
from offerwatch.service import Workspace, open_workspace

pytestmark = pytest.mark.browser

# Absolute: shot() puts a relative folder under the temporary one (`make screenshots` passed
# docs/screenshots and the README's pictures went to /tmp/offerwatch-shots/docs/screenshots).
SHOTS = Path(
    os.environ.get("OFFERWATCH_SHOTS") or Path(tempfile.gettempdir()) / "offerwatch-shots"
).absolute()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Workspace]]:
    """uvicorn in a thread, on the demo search in a fresh SQLite file."""
    need_chromium()
    url = f"sqlite:///{tmp_path_factory.mktemp('browser') / 'demo.db'}"
    build(url, utcnow(), open_workspace)
    ws = open_workspace(url)
    with served(ws) as base:
        yield base, ws
    ws.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    with open_tab(browser, {"width": 1200, "height": 760}) as tab:
        yield tab


def _app(ws: Workspace, company: str) -> int:
    return next(a.id for a in ws.list_applications() if a.company == company)


def _shot(page: Any, name: str) -> None:
    shot(page, SHOTS, name, full_page=False)


def _percent(text: str) -> float:
    found = re.search(r"(\d+(?:\.\d+)?)%", text)
    assert found, text
    return float(found.group(1))


def test_main_pages_render_and_are_saved_as_screenshots(page: Any, server: Any) -> None:
    base, ws = server
    lumen = _app(ws, "Lumen Health")
    errors: list[str] = []  # script errors, refused resources (the content policy), 404s
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    for name, path, marker in [
        ("today", "/", "To do"),
        ("pipeline", "/pipeline", "Interviewing"),
        ("application", f"/applications/{lumen}", "Chance of an offer"),
        ("insights", "/insights", "Funnel"),
        ("interview-form", f"/applications/{lumen}/interviews/new", "Signs you noticed"),
    ]:
        page.goto(base + path)
        assert marker in page.inner_text("main")
        _shot(page, name)
    assert (SHOTS / "pipeline.png").stat().st_size < 300_000
    assert errors == []


def test_keyboard_users_can_skip_to_the_content(page: Any, server: Any) -> None:
    page.goto(server[0] + "/pipeline")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_record_an_interview_with_signs_and_see_the_odds_change(page: Any, server: Any) -> None:
    base, ws = server
    harbor = _app(ws, "Harbor Bank")
    page.goto(f"{base}/applications/{harbor}")
    before = _percent(page.inner_text("[data-testid=probability]"))
    page.click("text=Record an interview")
    start = (datetime.now(local_zone()) - timedelta(days=1)).replace(hour=10, minute=0)
    page.select_option("select[name=stage]", "interview")
    page.fill("input[name=start]", start.strftime("%Y-%m-%dT%H:%M"))
    page.fill("input[name=end]", (start + timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M"))
    page.fill("input[name=people]", "Omar Haddad, Lena Vogt")
    for sign in ("next_steps_reviewed", "attentive_interviewer", "personal_interest"):
        page.check(f"input[value={sign}]")
    page.fill("input[name=timeline]", "we will decide within a week")
    page.click("text=Save interview")
    page.wait_for_url(re.compile(rf"/applications/{harbor}"))
    after = _percent(page.inner_text("[data-testid=probability]"))
    assert after > before
    assert "Next steps reviewed" in page.inner_text("#odds")
    assert after == pytest.approx(round(ws.score(harbor).probability * 100))


def test_mark_an_action_done_with_one_click(page: Any, server: Any) -> None:
    base, ws = server
    page.goto(base + "/")
    row = page.locator("li.action:not(.is-done):not(.overdue)").first  # due today or later
    action = int(row.get_attribute("data-action"))
    row.locator("form.js-done button").click()
    page.wait_for_selector(f'li[data-action="{action}"].is-done')
    assert ws.action(action).done_at is not None
    page.reload()
    assert page.locator(f'li[data-action="{action}"]').count() == 0  # off the list now
    assert "done and off the list" in page.inner_text("main")


def test_move_a_card_by_dragging_it(page: Any, server: Any) -> None:
    base, ws = server
    kite = _app(ws, "Kite Labs")
    page.goto(base + "/pipeline")
    page.drag_and_drop(f'.card[data-id="{kite}"]', '.column[data-status="screening"] h2')
    page.wait_for_selector(f'.column[data-status="screening"] .card[data-id="{kite}"]')
    deadline = time.monotonic() + 5
    while ws.application(kite).status.value != "screening":
        assert time.monotonic() < deadline
        time.sleep(0.1)
    page.reload()
    assert page.locator(f'.column[data-status="screening"] .card[data-id="{kite}"]').count() == 1


def test_phone_layout_has_no_sideways_scrolling(browser: Any, server: Any) -> None:
    with open_tab(browser, PHONE) as tab:
        for path in ("/", "/pipeline", "/insights"):
            tab.goto(server[0] + path)
            width = tab.evaluate("document.documentElement.scrollWidth")
            assert width <= 392, (path, width)
        tab.goto(server[0] + "/pipeline")
        _shot(tab, "pipeline-phone")


def test_upload_a_mailbox_and_review_it(page: Any, server: Any, tmp_path: Path) -> None:
    base, ws = server
    mbox = tmp_path / "inbox.mbox"
    mbox.write_text(
        "From maya.chen@northwind.example Mon Nov 23 10:00:00 2026\n"
        "From: Maya Chen <maya.chen@northwind.example>\n"
        "To: me@example.org\n"
        "Subject: Next steps\n"
        "Message-ID: <next-steps-1@northwind.example>\n"
        "Date: Mon, 23 Nov 2026 10:00:00 +0000\n\n"
        "Hi, could you tell us your notice period and earliest start date?\n"
        "Best, Maya\n\n"
    )
    page.goto(base + "/mail")
    page.set_input_files("input[name=mailbox]", str(mbox))
    page.click("#mail-upload button")
    result = page.wait_for_selector("[data-testid=import-result]")
    assert "Done: 1 read" in result.inner_text()
    _shot(page, "mail")
    messages = ws.messages(_app(ws, "Northwind Analytics"))  # type: ignore[attr-defined]
    assert any(m.subject == "Next steps" for m in messages)
