"""The web app served by uvicorn in a thread, for tests in real headless Chromium."""

from __future__ import annotations

import os
import socket
import threading
import time
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


@contextmanager
def launched() -> Iterator[Any]:
    """Debian's headless Chromium through Playwright, closed when the block ends."""
    from playwright.sync_api import sync_playwright

    need_chromium()
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def served(ws: Workspace, root_path: str = "", **settings: Any) -> Iterator[str]:
    """The app on `ws` at http://127.0.0.1:PORT until the block ends (`settings`: more
    WebSettings, e.g. accounts=True; `root_path` as `serve --root-path` gives uvicorn)."""
    import uvicorn

    port = _free_port()
    web = WebSettings(allowed_hosts=("127.0.0.1",), **settings)
    app = create_app(web, open_workspace=lambda: ws)
    srv = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", root_path=root_path)
    )
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        thread.join(timeout=10)
