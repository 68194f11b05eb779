"""The browser tests' shared fixture: one headless Chromium per test process (xdist worker)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from tests.support.browser import Chromium, launched


@pytest.fixture(scope="session")
def _chromium() -> Iterator[Chromium]:
    """Debian's headless Chromium through Playwright, started on first use in this worker:
    Playwright's driver (a Node process) and the browser cost seconds to start, and over 20
    at the load the suite runs under."""
    with launched() as chromium:
        yield chromium


@pytest.fixture
def browser(_chromium: Chromium) -> Iterator[Any]:
    """The worker's Chromium for one test; each test opens its own contexts (`open_tab`),
    so no cookie, storage or page outlives it."""
    with _chromium.in_test() as chromium:
        yield chromium
