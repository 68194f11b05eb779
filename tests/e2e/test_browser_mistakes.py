"""A job seeker's mistakes in real headless Chromium, from an empty database: a refused form
comes back filled as typed with its one-line reason, at phone and desktop width."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest
from tests.support.browser import ARGS, CHROMIUM, need_chromium, served

from offerwatch.service import Workspace, open_workspace

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Workspace]]:
    """uvicorn in a thread on a new, empty SQLite file."""
    need_chromium()
    os.environ.setdefault("OFFERWATCH_TZ", "Europe/Berlin")
    ws = open_workspace(f"sqlite:///{tmp_path_factory.mktemp('mistakes') / 'new.db'}")
    with served(ws) as base:
        yield base, ws
    ws.close()


@pytest.fixture(scope="module")
def browser(server: Any) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(params=[390, 1200], ids=["phone", "desktop"])
def page(browser: Any, request: pytest.FixtureRequest) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": request.param, "height": 800})
    tab = context.new_page()
    tab.set_default_timeout(15_000)
    yield tab
    context.close()


def _application(ws: Workspace) -> int:
    found = [a.id for a in ws.list_applications() if a.company == "Kite Labs"]
    return found[0] if found else ws.add_application("Kite Labs", "Data Analyst")


def test_a_refused_interview_comes_back_as_typed(page: Any, server: Any) -> None:
    base, ws = server
    app_id = _application(ws)
    page.goto(f"{base}/applications/{app_id}/interviews/new")
    page.select_option("select[name=stage]", "final")
    page.fill("input[name=start]", "2026-03-05T10:00")
    page.fill("input[name=end]", "2026-03-05T09:00")
    page.fill("input[name=people]", "Mara Jensen")
    page.check("input[value=salary_discussed]")
    page.fill("textarea[name=notes]", "we talked about dashboards")
    page.click("text=Save interview")
    alert = page.locator("[data-testid=refused]")
    assert "end after it starts" in alert.inner_text()
    assert alert.is_visible()
    assert page.input_value("input[name=start]") == "2026-03-05T10:00"
    assert page.input_value("input[name=end]") == "2026-03-05T09:00"
    assert page.input_value("input[name=people]") == "Mara Jensen"
    assert page.input_value("select[name=stage]") == "final"
    assert page.is_checked("input[value=salary_discussed]")
    assert page.input_value("textarea[name=notes]") == "we talked about dashboards"
    assert ws.interviews(app_id) == []
    # Corrected and sent again: saved, and back on the application.
    page.fill("input[name=end]", "2026-03-05T11:00")
    page.click("text=Save interview")
    page.wait_for_url(f"**/applications/{app_id}*")
    assert [i.stage.value for i in ws.interviews(app_id)] == ["final"]
    ws.delete("interview", ws.interviews(app_id)[0].id)
