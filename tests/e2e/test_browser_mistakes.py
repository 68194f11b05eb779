"""A job seeker's mistakes in real headless Chromium, from an empty database: a refused form
comes back filled as typed with its one-line reason, at phone and desktop width."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

import pytest
from tests.support.browser import open_tab, site

from offerwatch.service import Workspace

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Workspace]]:
    """uvicorn in a thread on a new, empty SQLite file."""
    with site(tmp_path_factory.mktemp("mistakes")) as found:
        yield found


@pytest.fixture(params=[390, 1200], ids=["phone", "desktop"])
def page(browser: Any, request: pytest.FixtureRequest) -> Iterator[Any]:
    with open_tab(browser, {"width": request.param, "height": 800}) as tab:
        yield tab


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
    boxes = page.locator("input[name=signs]")
    widths = {round(boxes.nth(i).bounding_box()["width"]) for i in range(boxes.count())}
    assert len(widths) == 1, widths  # a long description does not shrink its tick box
    assert ws.interviews(app_id) == []
    # Corrected and sent again: saved, and back on the application.
    page.fill("input[name=end]", "2026-03-05T11:00")
    page.click("text=Save interview")
    page.wait_for_url(f"**/applications/{app_id}*")
    assert [i.stage.value for i in ws.interviews(app_id)] == ["final"]
    ws.delete("interview", ws.interviews(app_id)[0].id)


def test_back_after_adding_shows_the_board_as_stored(page: Any, server: Any) -> None:
    base, ws = server
    name = f"Back Co {page.viewport_size['width']}"
    _application(ws)  # the board, not the first-day panel
    page.goto(base + "/pipeline")
    page.click("summary:has-text('Add an application')")
    page.fill("[data-testid=add-application] input[name=company]", name)
    page.fill("[data-testid=add-application] input[name=role]", "Engineer")
    page.click("[data-testid=add-application] button")
    page.wait_for_url("**/applications/*")
    page.go_back()
    page.get_by_text(name).first.wait_for()  # the page loaded again by itself
    assert name in page.inner_text("main")  # not the board the cache kept
    assert sum(a.company == name for a in ws.list_applications()) == 1


def test_a_malformed_address_is_not_found_in_plain_words(page: Any, server: Any) -> None:
    base, _ = server
    answer = page.goto(base + "/signals/abc/edit")
    assert answer is not None and answer.status == 404
    assert "is not the number of a record" in page.inner_text("main")
    assert "Input should be" not in page.inner_text("main")


def test_a_double_click_adds_one_application(page: Any, server: Any) -> None:
    base, ws = server
    name = f"Double Co {page.viewport_size['width']}"
    _application(ws)  # the board, not the first-day panel
    page.goto(base + "/pipeline")
    page.click("summary:has-text('Add an application')")
    page.fill("[data-testid=add-application] input[name=company]", name)
    page.fill("[data-testid=add-application] input[name=role]", "Engineer")
    held: list[Any] = []  # the posts sent, held unanswered a moment (a slow connection)
    page.route("**/applications", lambda route: held.append(route))
    # The second click comes while the first post is unanswered; the evaluation ends once it
    # has come (a fixed wait could end before it on a loaded machine, and count nothing).
    page.locator("[data-testid=add-application] button").evaluate(
        "b => new Promise(done => { b.click(); setTimeout(() => { b.click(); done(); }, 200); })"
    )
    page.wait_for_timeout(600)  # a post the second click sent would reach the route by now
    sent = len(held)
    page.unroute("**/applications")
    for route in held:
        with contextlib.suppress(Exception):  # a post the browser dropped for the next one
            route.continue_()
    page.wait_for_url("**/applications/*")
    page.wait_for_load_state("networkidle")
    assert sent == 1  # the second click sent nothing
    assert sum(a.company == name for a in ws.list_applications()) == 1


def test_without_javascript_back_and_submit_again_adds_one(browser: Any, server: Any) -> None:
    """No script holds the button back: the form's one-time token, checked on the server,
    leads the second post to what the first made."""
    base, ws = server
    _application(ws)
    with open_tab(browser, {"width": 390, "height": 800}, java_script_enabled=False) as tab:
        tab.goto(base + "/pipeline")
        tab.click("summary:has-text('Add an application')")
        tab.fill("[data-testid=add-application] input[name=company]", "Twice Co")
        tab.fill("[data-testid=add-application] input[name=role]", "Engineer")
        tab.click("[data-testid=add-application] button")
        tab.wait_for_url("**/applications/*")
        first = tab.url
        tab.go_back()
        form = tab.locator("[data-testid=add-application]")
        if not form.locator("button").is_visible():
            tab.click("summary:has-text('Add an application')")
        if not form.locator("input[name=company]").input_value():  # a browser that forgot
            form.locator("input[name=company]").fill("Twice Co")
            form.locator("input[name=role]").fill("Engineer")
        form.locator("button").click()
        tab.wait_for_url("**/applications/*")
        assert tab.url == first and "sent twice" in tab.inner_text("[data-testid=flash]")
    assert sum(a.company == "Twice Co" for a in ws.list_applications()) == 1


def test_a_hostile_upload_is_refused_in_one_line(page: Any, server: Any, tmp_path: Any) -> None:
    base, ws = server
    hostile = tmp_path / "invoice.eml"
    hostile.write_bytes(b"\x00\x01MZ<script>alert(1)</script>")
    page.goto(base + "/mail")
    page.set_input_files("input[name=mailbox]", str(hostile))
    page.click("#mail-upload button")
    status = page.locator("#mail-upload [role=status]")
    status.get_by_text("not an .eml message").wait_for()
    assert status.inner_text().startswith("That file is not an .eml message")
    assert "error" in (status.get_attribute("class") or "")
    assert ws.review_list() == []  # nothing of it stored
