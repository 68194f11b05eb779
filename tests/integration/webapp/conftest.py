"""Fixtures for the web tests: the app on a real SQLite workspace, a client, sample data."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from tests.support.webclient import TestClient, Web

from offerwatch.service import Workspace
from offerwatch.web import WebSettings, create_app


@pytest.fixture
def make_client() -> Iterator[Any]:
    made: list[TestClient] = []

    def make(ws: Workspace, **settings: Any) -> TestClient:
        app = create_app(WebSettings(**settings), open_workspace=lambda: ws)
        if app.state.web.settings.run_jobs:
            app.state.web.jobs.start()  # as the lifespan does (TestClient without `with`)
        client = TestClient(app, base_url="http://127.0.0.1")
        made.append(client)
        return client

    yield make
    for client in made:
        client.app.state.web.jobs.stop(10.0)  # its job loop (no lifespan without `with`)
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
