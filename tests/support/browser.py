"""The web app served by uvicorn in a thread, for tests in real headless Chromium."""

from __future__ import annotations

import asyncio
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from offerwatch.service import Workspace
from offerwatch.web import WebSettings, create_app

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run"]  # fmt: skip


def need_chromium() -> None:
    """Skip (fail on CI) when Debian's chromium is not installed."""
    if CHROMIUM.exists():
        return
    message = "headless Chromium is missing: apt-get install chromium"
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


class Chromium:
    """A launched Chromium that lives longer than a test, and the test it serves.

    Playwright's sync API marks its event loop as running in the thread that started it, for
    as long as it lives; a browser kept for the whole worker would leave a later test of the
    same worker, one that never asked for a browser, unable to run asyncio in that thread.
    `in_test` marks the loop running for a browser test only, as Playwright left it, and
    clears it again after; contexts a test left open are closed then too."""

    def __init__(self, browser: Any) -> None:
        self.browser = browser
        self._loop = asyncio.events._get_running_loop()

    @contextmanager
    def in_test(self) -> Iterator[Any]:
        """The browser for one test: Playwright's loop marked running during it only."""
        asyncio.events._set_running_loop(self._loop)
        try:
            yield self.browser
        finally:
            try:
                for context in self.browser.contexts:
                    context.close()
            finally:  # also when the browser died with the test
                asyncio.events._set_running_loop(None)


@contextmanager
def launched() -> Iterator[Chromium]:
    """Debian's headless Chromium through Playwright, closed when the block ends; outside
    `Chromium.in_test` the thread's event loop is left as it was before."""
    from playwright.sync_api import sync_playwright

    need_chromium()
    with sync_playwright() as pw:
        chromium = Chromium(pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS))
        asyncio.events._set_running_loop(None)
        try:
            yield chromium
        finally:
            asyncio.events._set_running_loop(chromium._loop)
            chromium.browser.close()


@contextmanager
def served(ws: Workspace, root_path: str = "", **settings: Any) -> Iterator[str]:
    """The app on `ws` at http://127.0.0.1:PORT until the block ends (`settings`: more
    WebSettings, e.g. accounts=True; `root_path` as `serve --root-path` gives uvicorn)."""
    from tests.support.served import serving

    web = WebSettings(allowed_hosts=("127.0.0.1",), **settings)
    app = create_app(web, open_workspace=lambda: ws)
    with serving(app, root_path=root_path, proxy_headers=True) as base:
        yield base


# A page may take long on a loaded 2-core machine (the suite's workers, other runs): the first
# render of a page compiles its templates and imports the scoring. What a test waits for is
# the page's content; how fast it comes is not what these tests check.
TIMEOUT_MS = 60_000
PHONE = {"width": 390, "height": 844}  # the narrow width every page must fit
DESKTOP = {"width": 1280, "height": 860}
SHOTS = Path(tempfile.gettempdir()) / "offerwatch-shots"


@contextmanager
def site(folder: Path, name: str = "new.db", **settings: Any) -> Iterator[tuple[str, Workspace]]:
    """The app served on a new SQLite file `name` in `folder` (a copy of the migrated
    template): (base URL, workspace), both closed when the block ends (`settings` as for
    served)."""
    from tests.support.templates import migrated_sqlite

    from offerwatch.service import open_workspace

    need_chromium()
    url = f"sqlite:///{folder / name}"
    ws = open_workspace(url if (folder / name).exists() else migrated_sqlite(url))
    try:
        with served(ws, **settings) as base:
            yield base, ws
    finally:
        ws.close()


def script_errors(page: Any) -> list[str]:
    """The script errors a page from `open_tab` logged (refused inline scripts or styles
    show up here); a 4xx page on purpose logs "Failed to load resource", which is not one."""
    return [e for e in page.console_errors if "Failed to load resource" not in e]


@contextmanager
def open_tab(browser: Any, viewport: dict[str, int] | None = None, **options: Any) -> Iterator[Any]:
    """A page in a browser context of its own (`viewport`, DESKTOP unless given; a phone's
    width makes it a mobile context; `options` as new_context takes them, e.g.
    java_script_enabled=False), TIMEOUT_MS timeouts, its console errors kept (script_errors).
    Closed when the block ends."""
    shown = viewport or DESKTOP
    if shown["width"] <= PHONE["width"]:
        options.setdefault("is_mobile", True)
    context = browser.new_context(viewport=shown, **options)
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    page.console_errors = []
    page.on("console", lambda m: page.console_errors.append(m.text) if m.type == "error" else None)
    try:
        yield page
    finally:
        context.close()


def shot(page: Any, folder: Path | str, name: str, *, full_page: bool = True) -> Path:
    """A screenshot of `page` as `name`.png in `folder` (under SHOTS when relative)."""
    where = SHOTS / folder
    where.mkdir(parents=True, exist_ok=True)
    path = where / f"{name}.png"
    page.screenshot(path=str(path), full_page=full_page)
    return path
