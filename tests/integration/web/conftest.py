"""Fixtures for the web tests: the app on a real SQLite workspace, a client, the CSRF token."""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest

from offerwatch.service import Workspace
from offerwatch.web import WebSettings, create_app

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


@pytest.fixture
def make_client() -> Iterator[Any]:
    made: list[TestClient] = []

    def make(ws: Workspace, **settings: Any) -> TestClient:
        app = create_app(WebSettings(**settings), open_workspace=lambda: ws)
        client = TestClient(app, base_url="http://127.0.0.1")
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


@pytest.fixture
def web(ws: Workspace, make_client: Any) -> Web:
    return Web(make_client(ws))


@pytest.fixture
def app_id(ws: Workspace) -> int:
    """One application with an interview, a person and a sign."""
    a = ws.add_application("Acme", "Data Engineer", source="referral")
    ws.add_person(a, "Ana Lopez", role="recruiter", email="ana@acme.example")
    ws.add_interview(
        a,
        stage="final",
        start=datetime(2026, 3, 2, 10, tzinfo=UTC),
        end=datetime(2026, 3, 2, 11, tzinfo=UTC),
        with_=["Ana Lopez"],
        signs=["personal_interest"],
        timeline="by 2026-03-09",
    )
    ws.add_signal(a, "notice_period_asked", note="asked when I could start")
    return a
