"""A test client for the web app that knows the page's CSRF token."""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

with warnings.catch_warnings():
    # Starlette's TestClient warns that it wants `httpx2`; the test client still works.
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

CSRF = re.compile(r'name="csrf" value="([^"]+)"')


@contextmanager
def app_client(ws: Any, **settings: Any) -> Iterator[TestClient]:
    """A test client of a new app over `ws`; on leaving, the app's job loop is stopped (a
    client used without `with` runs no lifespan, and a loop left running makes later mail
    imports in the same process stay in one process: forking beside a thread is unsafe)."""
    from offerwatch.web.app import create_app
    from offerwatch.web.settings import WebSettings

    client = TestClient(create_app(WebSettings(**settings), open_workspace=lambda: ws),
                        base_url="http://127.0.0.1")  # fmt: skip
    try:
        yield client
    finally:
        client.app.state.web.jobs.stop(10.0)  # type: ignore[attr-defined]
        client.close()


class Web:
    """A test client that knows the page's CSRF token."""

    def __init__(self, client: TestClient) -> None:
        self.client = client
        self._csrf: str | None = None

    def csrf(self) -> str:
        if self._csrf is None:
            page = self.client.get("/pipeline")
            found = CSRF.search(page.text)
            assert found, page.text[:500]
            self._csrf = found.group(1)
        return self._csrf

    def get(self, url: str, **kw: Any) -> Any:
        return self.client.get(url, **kw)

    def post_form(self, url: str, data: dict[str, Any] | None = None, **kw: Any) -> Any:
        """A form post as a browser sends it, with the CSRF token."""
        body = {"csrf": self.csrf(), **(data or {})}
        kw.setdefault("follow_redirects", False)
        return self.client.post(url, data=body, **kw)


def finished_import_page(client: Any, location: str, timeout: float = 60.0) -> str:
    """The Mail page of an import job once it has ended (it refreshes itself until then)."""
    import time

    deadline = time.monotonic() + timeout
    while True:
        page: str = client.get(location).text
        if 'http-equiv="refresh"' not in page:
            return page
        assert time.monotonic() < deadline, "the import did not end"
        time.sleep(0.2)
