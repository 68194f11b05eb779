"""In real headless Chromium: upload a mailbox, see what it found message by message, undo
one filing, accept it again through the review list, create an application from a message."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from tests.support.browser import open_tab, script_errors, served
from tests.support.mailbuild import mail, write_mbox
from tests.support.templates import migrated_sqlite

from offerwatch.service import Workspace, open_workspace

pytestmark = pytest.mark.browser


def test_mail_results_in_the_browser(browser: Any, tmp_path: Path) -> None:
    ws: Workspace = open_workspace(migrated_sqlite(f"sqlite:///{tmp_path / 'mail.db'}"))
    acme = ws.add_application("Acme", "Data Engineer")
    ws.add_person(acme, "Ana", role="recruiter", email="ana@acme.example")
    mbox = write_mbox(tmp_path / "inbox.mbox", [
        mail("Decision", "Unfortunately we decided not to proceed with your application."),
        mail("Re: Your application for Backend Developer at Initech",
             "<script>document.title='pwned'</script> What are your salary expectations?",
             sender="bill.lumbergh@initech-corp.example"),
    ])  # fmt: skip
    try:
        with open_tab(browser) as page, served(ws) as base:
            page.goto(f"{base}/mail")
            page.set_input_files("#mail-upload input[type=file]", str(mbox))
            page.click("#mail-upload button")
            page.wait_for_url("**/mail?job=*")
            found = page.get_by_test_id("findings")
            decision = found.locator("li", has_text="Decision")
            assert decision.get_by_role("link", name="Acme · Data Engineer").count() == 1
            assert "Why: person:" in decision.inner_text()
            hostile = found.locator("li", has_text="Backend Developer")
            hostile.get_by_text("Message", exact=True).click()
            assert "<script>document.title" in hostile.locator("pre").inner_text()
            assert page.title() != "pwned"

            decision.get_by_role("button", name="Undo (back to review)").click()
            page.wait_for_load_state()
            assert "to review" in page.get_by_test_id("findings").locator(
                "li", has_text="Decision").inner_text()  # fmt: skip
            assert ws.messages(acme) == [] and ws.observations(acme) == []

            hostile = page.get_by_test_id("findings").locator("li", has_text="Backend Developer")
            hostile.get_by_text("Create an application from this message").click()
            form = hostile.locator("form[action$='/application']")
            assert form.locator("input[name=company]").input_value() == "Initech Corp"
            assert form.locator("input[name=role]").input_value() == "Backend Developer"
            form.get_by_role("button", name="Create and file").click()
            page.wait_for_url("**/applications/*")
            app = int(page.url.rsplit("/", 1)[1])
            assert ws.application(app).company == "Initech Corp"
            assert len(ws.messages(app)) == 1
    finally:
        ws.close()
    assert script_errors(page) == []
