"""In real headless Chromium, at phone and desktop width: mail filed from review says where
it went and the domain it taught; forgetting that domain says so where the eye lands (not
above the fold); a message filed under the wrong application is moved to the right one
from the timeline; Back shows the page as it is now."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tests.support.browser import open_tab, script_errors, served, shot
from tests.support.mailbuild import mail, write_mbox
from tests.support.templates import migrated_sqlite

from offerwatch.service import Workspace, open_workspace

pytestmark = pytest.mark.browser


@pytest.fixture(params=[390, 1280], ids=["phone", "desktop"])
def page(browser: Any, request: pytest.FixtureRequest) -> Iterator[Any]:
    with open_tab(browser, {"width": request.param, "height": 844}) as tab:
        yield tab


def _in_view(page: Any, testid: str) -> bool:
    box = page.get_by_test_id(testid).bounding_box()
    return box is not None and 0 <= box["y"] < page.viewport_size["height"]


def test_file_forget_and_move_mail(page: Any, tmp_path: Path) -> None:
    ws: Workspace = open_workspace(migrated_sqlite(f"sqlite:///{tmp_path / 'mail.db'}"))
    acme = ws.add_application("Acme", "Data Engineer")
    globex = ws.add_application("Globex", "Analyst")
    ws.add_person(acme, "Ana", role="recruiter", email="ana@acme.example")
    mbox = write_mbox(tmp_path / "inbox.mbox", [
        mail("Next steps", "Could you tell us your notice period and when you could start?"),
        mail("Your application", "They asked about your salary expectations.",
             sender="Sam <jobs@talentbridge.example>"),
    ])  # fmt: skip
    width = page.viewport_size["width"]
    try:
        with served(ws) as base:
            page.goto(f"{base}/mail")
            page.set_input_files("#mail-upload input[type=file]", str(mbox))
            page.click("#mail-upload button")
            page.wait_for_url("**/mail?job=*")
            item = page.get_by_test_id("review-list").locator("li", has_text="Your application")
            item.locator("select").select_option(label="Globex · Analyst")
            item.get_by_role("button", name="Assign").click()
            page.wait_for_load_state()
            said = page.get_by_test_id("flash").inner_text()
            assert "Filed “Your application” under Globex · Analyst (1 new sign)" in said
            assert "learned talentbridge.example for Globex" in said
            assert [m.subject for m in ws.messages(globex)] == ["Your application"]

            page.get_by_role("button", name="Undo talentbridge.example for Globex").click()
            page.wait_for_url("**/mail#h-learned")
            assert "Forgot talentbridge.example" in page.get_by_test_id("flash").inner_text()
            assert _in_view(page, "flash")  # where the eye lands, also on a phone
            shot(page, "mail-move", f"{width}-forgot-domain", full_page=False)

            page.goto(f"{base}/applications/{acme}")
            moving = page.locator("#timeline li", has_text="Next steps")
            moving.get_by_text("Not about this application?").click()
            moving.locator("select").select_option(label="Globex · Analyst")
            moving.get_by_role("button", name="Move there").click()
            page.wait_for_url(f"**/applications/{globex}")
            assert "Filed “Next steps” under Globex · Analyst" in page.get_by_test_id(
                "flash").inner_text()  # fmt: skip
            assert page.locator("#timeline li", has_text="Next steps").count() == 1
            assert ws.messages(acme) == []
            assert {o.kind for o in ws.observations(globex)} >= {"notice_period_asked"}
            shot(page, "mail-move", f"{width}-moved")

            page.go_back()  # the page of the application it left: as it is now
            page.wait_for_url(f"**/applications/{acme}")
            page.wait_for_load_state()
            assert page.locator("#timeline li", has_text="Next steps").count() == 0
    finally:
        ws.close()
    assert script_errors(page) == []


def test_a_double_click_uploads_once_and_a_refused_file_can_be_replaced(
    page: Any, tmp_path: Path
) -> None:
    ws: Workspace = open_workspace(migrated_sqlite(f"sqlite:///{tmp_path / 'twice.db'}"))
    (tmp_path / "page.html").write_text("<html><body>not mail</body></html>")
    mbox = write_mbox(tmp_path / "inbox.mbox", [mail("Next steps", "When could you start?")])
    posts: list[str] = []
    page.on("request", lambda r: posts.append(r.url) if r.method == "POST" else None)
    try:
        with served(ws) as base:
            page.goto(f"{base}/mail")
            form = page.locator("#mail-upload")
            form.locator("input[type=file]").set_input_files(str(tmp_path / "page.html"))
            form.get_by_role("button", name="Import").click()
            status = form.locator("[role=status]")
            status.filter(has_text="not an .eml message or an mbox").wait_for()
            form.locator("input[type=file]").set_input_files(str(mbox))
            form.get_by_role("button", name="Import").dblclick()
            page.wait_for_url("**/mail?job=*")
            assert page.get_by_test_id("import-result").inner_text().startswith("Done: 1 read")
            assert len([u for u in posts if u.endswith("/mail/upload")]) == 2  # refused, then one
            assert len(ws.recent_imports()) == 1
    finally:
        ws.close()
