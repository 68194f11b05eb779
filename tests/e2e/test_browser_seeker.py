"""A job seeker's findings in real headless Chromium, at phone and desktop width: a reload
after a refused form opens the form's page again (never posts twice), a salary is taken as
typed, the odds chart is whole on a phone, an interview before the day applied gets a note."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from tests.support.browser import open_tab, script_errors, shot, site

from offerwatch.core.day_words import short_day
from offerwatch.service import Workspace

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Workspace]]:
    """uvicorn in a thread on a new, empty SQLite file (conftest pins OFFERWATCH_TZ)."""
    with site(tmp_path_factory.mktemp("seeker")) as found:
        yield found


@pytest.fixture(params=[390, 1280], ids=["phone", "desktop"])
def page(browser: Any, request: pytest.FixtureRequest) -> Iterator[Any]:
    with open_tab(browser, {"width": request.param, "height": 844}) as tab:
        yield tab


def _application(ws: Workspace, company: str) -> int:
    found = [a.id for a in ws.list_applications() if a.company == company]
    return found[0] if found else ws.add_application(company, "Data Analyst",
                                                     applied_on=date(2026, 3, 2))  # fmt: skip


def test_a_reload_after_a_refused_form_opens_the_form_and_posts_nothing(
    page: Any, server: Any
) -> None:
    base, ws = server
    app_id = _application(ws, "Reload Co")
    form_url = f"{base}/applications/{app_id}/interviews/new"
    page.goto(form_url)
    page.fill("input[name=start]", "2026-03-05T10:00")
    page.fill("input[name=end]", "2026-03-05T09:00")
    page.fill("input[name=people]", "Mara Jensen")
    with page.expect_response(lambda r: r.request.method == "POST") as posted:
        page.click("text=Save interview")
    assert posted.value.status == 400
    assert "end after it starts" in page.locator("[data-testid=refused]").inner_text()
    assert page.input_value("input[name=people]") == "Mara Jensen"  # as typed
    assert page.url == form_url  # not the post's address
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    again = page.reload()
    assert again is not None and again.request.method == "GET" and again.status == 200
    assert dialogs == [] and page.url == form_url
    assert page.locator("[data-testid=refused]").count() == 0  # the form, fresh
    assert ws.interviews(app_id) == []
    page.go_back()  # Back from there: the form it came from, nothing posted either
    assert ws.interviews(app_id) == []
    assert script_errors(page) == []


def test_a_salary_is_taken_as_typed_or_refused_in_words(page: Any, server: Any) -> None:
    base, ws = server
    company = f"Salary Co {page.viewport_size['width']}"
    page.goto(base + "/pipeline")
    page.click("summary:has-text('Add an application')")
    form = page.locator("[data-testid=add-application]")
    form.locator("input[name=company]").fill(company)
    form.locator("input[name=role]").fill("Engineer")
    form.locator("summary:has-text('More')").click()
    form.locator("input[name=salary_min]").type("about seventy")
    form.locator("input[name=salary_max]").type("80k")
    form.locator("button:has-text('Add application')").click()
    alert = page.locator("[data-testid=refused]")
    assert "'about seventy'" in alert.inner_text() and alert.is_visible()
    assert [a for a in ws.list_applications() if a.company == company] == []
    form = page.locator("[data-testid=add-application]")
    assert form.locator("input[name=salary_min]").input_value() == "about seventy"
    form.locator("input[name=salary_min]").fill("70k")
    form.locator("button:has-text('Add application')").click()
    page.wait_for_url("**/applications/*")
    [app] = [a for a in ws.list_applications() if a.company == company]
    assert (app.salary_min, app.salary_max) == (70_000, 80_000)  # not 70 and 80
    assert "70,000" in page.locator("[data-testid=salary]").inner_text()


def test_the_odds_chart_is_whole_on_the_screen(page: Any, server: Any) -> None:
    base, ws = server
    app_id = _application(ws, "Chart Co")
    if not ws.interviews(app_id):
        ws.add_interview(app_id, stage="final", start=datetime(2026, 3, 4, 9, tzinfo=UTC),
                         end=datetime(2026, 3, 4, 10, tzinfo=UTC), with_=["Ana Lopez"],
                         signs=["salary_discussed", "negative_body_language"])  # fmt: skip
        ws.add_signal(app_id, "notice_period_asked")
    page.goto(f"{base}/applications/{app_id}")
    width = page.viewport_size["width"]
    chart = page.locator("#odds svg.chart")
    box = chart.bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= width
    names = page.locator("#odds svg.chart text").all_text_contents()
    for sign in ("Salary discussed", "Negative body language", "Notice period asked"):
        assert any(n.startswith(f"{sign}: ") and "×" in n for n in names), names
    for bar in chart.locator("rect").all():
        shown = bar.bounding_box()
        assert shown is not None and shown["x"] >= 0 and shown["x"] + shown["width"] <= width
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    shot(page, "seeker", f"odds-{width}")


def test_an_interview_before_the_day_applied_is_kept_with_a_note(page: Any, server: Any) -> None:
    base, ws = server
    app_id = _application(ws, f"Early Co {page.viewport_size['width']}")
    page.goto(f"{base}/applications/{app_id}/interviews/new")
    page.fill("input[name=start]", "2026-02-27T10:00")
    page.fill("input[name=end]", "2026-02-27T11:00")
    page.click("text=Save interview")
    page.wait_for_url(f"**/applications/{app_id}*")
    note = page.locator("[data-testid=flash]")
    assert note.is_visible()
    today = ws.clock().astimezone(ws.timezone()).date()  # the year is said when not this one
    dated, applied = short_day(date(2026, 2, 27), today), short_day(date(2026, 3, 2), today)
    assert f"dated {dated}, before the day you applied ({applied})" in note.inner_text()
    assert len(ws.interviews(app_id)) == 1


def test_quiet_hours_show_whole_as_typed(page: Any, server: Any) -> None:
    base, _ = server
    page.goto(base + "/settings")
    field = page.locator("input[name=quiet_hours]")
    field.fill("22:00-07:00")
    # The field was 5em wide: on a phone it showed "22:00-0".
    assert field.evaluate("f => f.scrollWidth <= f.clientWidth"), field.bounding_box()


def test_a_planned_thank_you_says_why_on_today(page: Any, server: Any) -> None:
    base, ws = server
    company = f"Thanks Co {page.viewport_size['width']}"
    app = _application(ws, company)
    end = ws.clock() - timedelta(hours=2)
    ws.add_interview(app, stage="interview", start=end - timedelta(hours=1), end=end,
                     with_=[f"Rae {company}"])  # fmt: skip
    page.goto(base + "/")
    row = page.locator("li.action", has_text=f"Send a thank-you note to Rae {company}")
    why = row.locator(".why")
    assert why.is_visible() and "Within a day of the interview" in why.inner_text()
    assert "due " in row.inner_text()
    box = why.bounding_box()
    assert box is not None and box["x"] + box["width"] <= page.viewport_size["width"]
