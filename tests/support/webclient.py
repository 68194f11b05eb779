"""A test client for the web app that knows the page's CSRF token."""

from __future__ import annotations

import re
import warnings
from typing import Any

with warnings.catch_warnings():
    # Starlette's TestClient warns that it wants `httpx2`; the test client still works.
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

CSRF = re.compile(r'name="csrf" value="([^"]+)"')


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
