"""The worker's one Chromium (tests/e2e/conftest.py): shared by tests, it leaves nothing to the
next test, whether that one uses the browser or not."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from tests.support.browser import open_tab

pytestmark = pytest.mark.browser


def test_a_browser_test_leaves_an_open_context_behind(browser: Any) -> None:
    """A context this test does not close (the fixture closes it)."""
    page = browser.new_context().new_page()
    page.set_content("<p>left open</p>")
    assert page.inner_text("p") == "left open"


def test_the_next_test_gets_no_context_and_a_working_browser(browser: Any) -> None:
    assert browser.contexts == []
    with open_tab(browser) as tab:
        tab.set_content("<p>again</p>")
        assert tab.inner_text("p") == "again"


def test_a_test_without_the_browser_can_run_asyncio() -> None:
    """Playwright marks its loop running in this thread; the fixture clears it after a test."""

    async def answer() -> int:
        await asyncio.sleep(0)
        return 42

    assert asyncio.run(answer()) == 42
