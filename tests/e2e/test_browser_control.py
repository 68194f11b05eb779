"""A new job seeker in real headless Chromium, from an empty database and with mistakes:
settings, the first application, edit, delete and Undo, the trash, Undo of Done, a form
that went stale in another tab, drafts, and the same pages at a phone's width."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from tests.support.browser import DESKTOP, PHONE, open_tab, script_errors, shot, site

from offerwatch.core.day_words import short_day
from offerwatch.core.timeutil import local_zone
from offerwatch.service import Workspace

pytestmark = pytest.mark.browser


@pytest.fixture(name="site")
def empty_site(tmp_path: Path) -> Iterator[tuple[str, Workspace]]:
    """The app on an empty SQLite file."""
    with site(tmp_path) as found:
        yield found


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    with open_tab(browser) as tab:
        yield tab
    assert script_errors(tab) == []


def _shot(page: Any, name: str) -> None:
    shot(page, "control", name)


def _add(page: Any, base: str, company: str, role: str, **more: str) -> int:
    page.goto(base + "/")
    form = page.locator("[data-testid=add-application]").first
    form.locator("input[name=company]").fill(company)
    form.locator("input[name=role]").fill(role)
    if more:
        form.locator("summary").click()
        for name, value in more.items():
            form.locator(f"[name={name}]").fill(value)
    form.locator("button", has_text="Add application").click()
    page.wait_for_url(re.compile(r"/applications/\d+$"))
    return int(page.url.rsplit("/", 1)[1])


def test_settings_then_a_first_application_with_a_mistake(page: Any, site: Any) -> None:
    base, ws = site
    page.goto(base + "/")
    assert "Add your first application" in page.inner_text("[data-testid=first-day]")
    _shot(page, "first-day")
    page.click("nav >> text=Settings")
    page.fill("input[name=name]", "Sam Rivera")
    page.fill("textarea[name=signature]", "+49 30 1234567")
    page.fill("input[name=my_addresses]", "sam@example.org")
    page.fill("input[name=country]", "Germany"[:2])
    page.fill("input[name=timezone]", "Europe/Lisbon")
    page.click("text=Save settings")
    page.wait_for_selector("text=Settings saved.")
    assert ws.settings()["name"] == "Sam Rivera" and ws.settings()["country"] == "GE"
    page.fill("input[name=timezone]", "Europe/Atlantis")  # a typo
    page.click("text=Save settings")
    assert "unknown time zone" in page.inner_text("main").lower()
    # The form comes back with its reason and what was typed.
    assert page.input_value("input[name=timezone]") == "Europe/Atlantis"
    assert str(ws.timezone()) == "Europe/Lisbon"
    # The first application: a salary range upside down first, then right.
    page.goto(base + "/")
    form = page.locator("[data-testid=add-application]")
    form.locator("input[name=company]").fill("Kite Labs")
    form.locator("input[name=role]").fill("Backend Engineer")
    form.locator("input[name=applied_on]").fill("2026-11-02")
    form.locator("summary").click()
    form.locator("input[name=salary_min]").fill("90000")
    form.locator("input[name=salary_max]").fill("60000")
    form.locator("button", has_text="Add application").click()
    assert "the minimum is above the maximum" in page.inner_text("main").lower()
    assert ws.list_applications() == []
    page.wait_for_selector("[data-testid=add-application]")  # back with what was typed
    assert page.locator("input[name=company]").input_value() == "Kite Labs"
    page.locator("input[name=salary_max]").fill("110000")
    page.locator("[data-testid=add-application] button", has_text="Add application").click()
    page.wait_for_url(re.compile(r"/applications/\d+$"))
    today = ws.clock().astimezone(ws.timezone()).date()  # the year is said when not this one
    assert f"applied {short_day(date(2026, 11, 2), today)}" in page.inner_text("main")
    assert page.inner_text("[data-testid=salary]") == "salary 90,000–110,000"
    _shot(page, "first-application")


def test_edit_delete_undo_and_the_trash(page: Any, site: Any) -> None:
    base, ws = site
    app = _add(page, base, "Harbor Bank", "Python Developer")
    page.click("main >> text=Edit")
    page.fill("input[name=role]", "Senior Python Developer")
    page.fill("input[name=location]", "Hamburg")
    page.click("text=Save changes")
    page.wait_for_url(f"{base}/applications/{app}")
    assert "Saved." in page.inner_text("[data-testid=flash]")
    assert "Senior Python Developer" in page.inner_text("h1") and "Hamburg" in page.inner_text(
        "main"
    )
    # Delete from the edit page, then Undo from the banner.
    page.click("main >> text=Edit")
    page.click("form.delete button")
    page.wait_for_url(f"{base}/pipeline")
    assert "Deleted application" in page.inner_text("[data-testid=flash]")
    assert ws.list_applications() == []
    _shot(page, "deleted-with-undo")
    page.click("[data-testid=flash] >> text=Undo")
    page.wait_for_selector(f'.card[data-id="{app}"]')
    assert [a.role for a in ws.list_applications()] == ["Senior Python Developer"]
    # A person deleted, found in the trash, restored.
    ws.add_person(app, "Omar Haddad", role="recruiter", email="omar@harbor.example")
    page.goto(f"{base}/applications/{app}")
    page.click("#people form.delete button")
    assert ws.people(app) == []
    page.click("nav >> text=Trash")
    assert "Omar Haddad" in page.inner_text("main")
    _shot(page, "trash")
    page.click("main >> text=Restore")
    page.wait_for_selector("text=The trash is empty.")
    assert [p.name for p in ws.people(app)] == ["Omar Haddad"]


def test_a_form_gone_stale_in_another_tab_overwrites_nothing(
    browser: Any, page: Any, site: Any
) -> None:
    base, ws = site
    app = _add(page, base, "Lumen Health", "Backend Developer")
    page.goto(f"{base}/applications/{app}/edit")
    other = page.context.new_page()  # a second tab saves first
    other.goto(f"{base}/applications/{app}/edit")
    other.fill("input[name=role]", "Staff Backend Developer")
    other.click("text=Save changes")
    other.wait_for_url(f"{base}/applications/{app}")
    page.fill("input[name=source]", "LinkedIn")
    page.click("text=Save changes")
    notice = page.inner_text("[data-testid=stale]")
    assert "Changed meanwhile" in notice and "Role: Staff Backend Developer" in notice
    assert ws.application(app).role == "Staff Backend Developer" and not ws.application(app).source
    _shot(page, "stale-form")
    # What was typed is still there, unsaved; the stored role is brought in by hand.
    assert page.input_value("input[name=source]") == "LinkedIn"
    page.fill("input[name=role]", "Staff Backend Developer")
    page.click("text=Save changes")
    page.wait_for_url(f"{base}/applications/{app}")
    saved = ws.application(app)
    assert (saved.role, saved.source) == ("Staff Backend Developer", "LinkedIn")


def test_record_an_interview_untick_a_sign_and_undo_done(page: Any, site: Any) -> None:
    base, ws = site
    app = _add(page, base, "Acme Robotics", "Platform Engineer")
    page.click("text=Record an interview")
    start = (datetime.now(local_zone()) - timedelta(hours=5)).replace(second=0, microsecond=0)
    page.fill("input[name=start]", start.strftime("%Y-%m-%dT%H:%M"))
    page.fill("input[name=end]", (start + timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M"))
    page.fill("input[name=people]", "lea.novak@acme.example")
    page.check("input[value=personal_interest]")
    page.check("input[value=attentive_interviewer]")
    page.click("text=Save interview")
    page.wait_for_url(re.compile(rf"/applications/{app}"))
    page.click("#timeline a[aria-label^='Edit this interview']")
    page.uncheck("input[value=personal_interest]")
    page.click("text=Save changes")
    page.wait_for_url(re.compile(rf"/applications/{app}"))
    kinds = {o.kind for o in ws.observations(app)}
    assert "personal_interest" not in kinds and "attentive_interviewer" in kinds
    # Today: mark the thank-you done with one click, then Undo it in place.
    page.goto(base + "/")
    row = page.locator("li.action", has_text="thank-you").first
    action = int(row.get_attribute("data-action"))
    row.locator("form.js-done button").click()
    page.wait_for_selector(f'li[data-action="{action}"].is-done')
    assert ws.action(action).done_at is not None
    page.click(f'li[data-action="{action}"] button.undo')
    page.wait_for_selector(f'li[data-action="{action}"]:not(.is-done)')
    assert ws.action(action).done_at is None
    # Snooze, then Undo from the banner.
    page.locator(f'li[data-action="{action}"] .snooze button').click()
    assert "Snoozed until" in page.inner_text("[data-testid=flash]")
    page.click("[data-testid=flash] >> text=Undo")
    page.wait_for_selector(f'li[data-action="{action}"]')
    assert ws.action(action).snoozed_until is None


def test_edit_a_draft_copy_it_and_mark_it_sent(browser: Any, site: Any) -> None:
    base, ws = site
    ws.set_setting("name", "Sam Rivera")
    app = ws.add_application("Quanta Insurance", "SRE")
    now = datetime.now(local_zone())
    ws.add_interview(app, stage="interview", start=now - timedelta(hours=3),
                     end=now - timedelta(hours=2), with_=["hana.sato@quanta.example"])  # fmt: skip
    action = next(i.id for i in ws.agenda().items if i.kind == "thank_you")
    with open_tab(browser) as tab:
        tab.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base)
        tab.goto(f"{base}/actions/{action}/draft")
        body = tab.input_value("#draft-body")
        assert body.rstrip().endswith("Sam Rivera")
        tab.fill("#draft-body", body.replace("Best regards", "Warm regards"))
        assert "Warm%20regards" in tab.get_attribute("a.js-mailto", "href")
        tab.click("text=Copy the message")
        tab.wait_for_selector("#copy-status:has-text('Copied')")
        assert "Warm regards" in tab.evaluate("navigator.clipboard.readText()")
        _shot(tab, "draft")
        tab.click("text=Mark as sent")
        tab.wait_for_url(f"{base}/")
        assert "Marked as sent" in tab.inner_text("[data-testid=flash]")
        assert ws.action(action).done_at is not None


def test_phone_width_and_dark_mode(browser: Any, site: Any) -> None:
    base, ws = site
    app = ws.add_application("Northwind Analytics", "Senior Data Engineer", salary_min=78000)
    person = ws.add_person(app, "Maya Chen", role="recruiter", email="maya@northwind.example")
    ws.delete_person(person)
    with open_tab(browser, PHONE) as tab:
        for path in ("/", "/pipeline", f"/applications/{app}", f"/applications/{app}/edit",
                     "/insights", "/settings", "/trash"):  # fmt: skip
            tab.goto(base + path)
            width = tab.evaluate("document.documentElement.scrollWidth")
            assert width <= 392, (path, width)
        _shot(tab, "trash-phone")
    with open_tab(browser, DESKTOP, color_scheme="dark") as tab:
        tab.goto(f"{base}/applications/{app}")
        ratio = tab.evaluate(CONTRAST, "a.button:not(.secondary)")
        assert ratio >= 4.5, ratio
        _shot(tab, "application-dark")


# The WCAG contrast ratio of an element's text against its own background colour.
CONTRAST = """(selector) => {
  const el = document.querySelector(selector);
  const style = getComputedStyle(el);
  const lum = (css) => {
    const [r, g, b] = css.match(/\\d+(\\.\\d+)?/g).slice(0, 3).map(Number).map((v) => {
      v /= 255;
      return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [a, b] = [lum(style.color), lum(style.backgroundColor)].sort((x, y) => y - x);
  return (a + 0.05) / (b + 0.05);
}"""


def test_pipeline_counts_follow_a_drag_and_the_move_select_has_room(page: Any, site: Any) -> None:
    base, ws = site
    kite = ws.add_application("Kite Labs", "Machine Learning Engineer")
    ws.add_application("Greenfield Energy", "Data Analyst")
    page.goto(base + "/pipeline")

    def count(status: str) -> str:
        return str(page.inner_text(f'.column[data-status="{status}"] h2 .count'))

    assert (count("applied"), count("screening")) == ("2", "0")
    page.drag_and_drop(f'.card[data-id="{kite}"]', '.column[data-status="screening"] h2')
    page.wait_for_selector(f'.column[data-status="screening"] .card[data-id="{kite}"]')
    assert (count("applied"), count("screening")) == ("1", "1")
    # Every column is in sight at 1280 px: nothing past Offer is cut off.
    for status in ("offer", "accepted", "ghosted"):
        box = page.locator(f'.column[data-status="{status}"]').bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 1280, (status, box)
    # The keyboard way: the card's Move select shows on focus, wide enough to read.
    page.focus(f'.card[data-id="{kite}"] a')
    select = page.locator(f"#mv-{kite}")
    assert select.is_visible() and select.bounding_box()["width"] >= 120
    select.select_option("interviewing")
    page.locator(f'.card[data-id="{kite}"] form.move button').click()
    page.wait_for_selector(f'.column[data-status="interviewing"] .card[data-id="{kite}"]')
    assert ws.application(kite).status.value == "interviewing"
    _shot(page, "pipeline")
