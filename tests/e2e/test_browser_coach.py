"""Server mode in real headless Chromium: a seeker shares with a coach, the coach's dashboard
shows them, the seeker sees the coach's look, revokes, and the coach sees nothing more."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tests.support.accounts import PASSWORD
from tests.support.browser import TIMEOUT_MS, site

from offerwatch.service import Workspace

pytestmark = pytest.mark.browser


@pytest.fixture
def accounts(tmp_path: Path) -> Iterator[tuple[str, Workspace, dict[str, int]]]:
    with site(tmp_path, "server.db", accounts=True) as (base, ws):
        ids = {name: ws.add_user(name, PASSWORD) for name in ("ana", "coach")}
        seeker: Any = ws.for_user(ids["ana"])
        offered = seeker.add_application("Offerly", "Architect")
        seeker.set_status(offered, "offer")
        yield base, ws, ids


def _sign_in(browser: Any, base: str, name: str) -> Any:
    context = browser.new_context(viewport={"width": 1100, "height": 760})
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    page.goto(f"{base}/login")
    page.get_by_label("User name").fill(name)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{base}/")
    return page


def test_share_then_coach_dashboard_then_revoke(accounts: Any, browser: Any) -> None:
    # `accounts` first: the browser's contexts close before the server stops
    from playwright.sync_api import expect

    base, ws, ids = accounts
    ana = _sign_in(browser, base, "ana")
    ana.get_by_role("link", name="Account").click()
    ana.get_by_label("Coach's user name").fill("coach")
    ana.get_by_role("button", name="Share read-only").click()
    expect(ana.get_by_test_id("coaches")).to_contain_text("coach", timeout=TIMEOUT_MS)

    coach = _sign_in(browser, base, "coach")
    coach.get_by_role("link", name="Coach").click()
    seeker = coach.get_by_test_id("seeker")
    expect(seeker).to_contain_text("ana", timeout=TIMEOUT_MS)
    expect(seeker).to_contain_text("Offerly", timeout=TIMEOUT_MS)
    coach.get_by_role("link", name="ana").click()
    expect(coach.get_by_test_id("seeker-applications")).to_contain_text(
        "Architect", timeout=TIMEOUT_MS
    )

    ana.reload()
    expect(ana.get_by_test_id("coach-views")).to_contain_text("coach", timeout=TIMEOUT_MS)
    ana.get_by_role("button", name="Stop sharing with coach").click()
    expect(ana.get_by_text("You share with nobody.")).to_be_visible(timeout=TIMEOUT_MS)

    answer = coach.goto(f"{base}/coach/{ids['ana']}")
    assert answer is not None and answer.status == 404
    coach.goto(f"{base}/coach")
    expect(coach.get_by_test_id("no-seekers")).to_be_visible(timeout=TIMEOUT_MS)
    assert ws.for_user(ids["ana"]).my_coaches() == []  # type: ignore[attr-defined]
