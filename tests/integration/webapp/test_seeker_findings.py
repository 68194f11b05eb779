"""What a job seeker ran into on the pages: error messages read as sentences, a salary is
taken as people type it (or refused, never dropped), and an interview dated before the day
one applied is kept with a visible note."""

from __future__ import annotations

import html
import re
from datetime import date, timedelta

import pytest
from tests.support.webclient import Web

from offerwatch.service import Workspace


def _alert(page: str, testid: str) -> str:
    found = re.search(rf'data-testid="{testid}">(.+?)</p>', page, re.S)
    assert found, page[:2000]
    return html.unescape(re.sub(r"<[^>]+>", "", found.group(1)))


def _flash(web: Web) -> str:
    page = web.get("/pipeline").text
    found = re.search(r'data-testid="flash">\s*<span>(.+?)</span>', page, re.S)
    return html.unescape(found.group(1)) if found else ""


def test_the_error_page_says_its_message_as_a_sentence(web: Web) -> None:
    res = web.get("/applications/424242")
    assert res.status_code == 404
    message = _alert(res.text, "error")
    assert message == "No application with id 424242", message
    malformed = _alert(web.get("/interviews/abc/edit").text, "error")
    assert malformed[0].isupper() and "'abc' is not the number of a record" in malformed


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("70k", 70_000), ("80,000", 80_000), ("60 000", 60_000), ("€55.000", 55_000),
     ("62.5k", 62_500), ("90000", 90_000)],
)  # fmt: skip
def test_a_salary_is_taken_as_people_type_it(
    web: Web, ws: Workspace, typed: str, stored: int
) -> None:
    res = web.post_form("/applications", {"company": "Kite", "role": "Analyst",
                                          "salary_min": typed})  # fmt: skip
    assert res.status_code == 303, res.text[:500]
    [app] = [a for a in ws.list_applications() if a.company == "Kite"]
    assert app.salary_min == stored


def test_a_salary_that_is_no_amount_is_refused_with_its_reason(web: Web, ws: Workspace) -> None:
    typed = {"company": "Kite", "role": "Analyst", "salary_min": "about eighty",
             "location": "Berlin"}  # fmt: skip
    res = web.post_form("/applications", typed)
    assert res.status_code == 400
    reason = _alert(res.text, "refused")
    assert reason.startswith("Salary from:") and "'about eighty'" in reason and "60k" in reason
    assert 'value="about eighty"' in res.text and 'value="Berlin"' in res.text
    assert [a for a in ws.list_applications() if a.company == "Kite"] == []


def test_the_salary_fields_are_text_so_the_browser_sends_what_was_typed(
    web: Web, ws: Workspace, app_id: int
) -> None:
    # A type=number field sends "" for "eighty" and 70 for "70k": the server never knew.
    for page in ("/pipeline", f"/applications/{app_id}/edit"):
        fields = re.findall(r'<input name="salary_m(?:in|ax)"[^>]*>', web.get(page).text)
        assert len(fields) == 2, page
        assert all('type="number"' not in f and 'inputmode="numeric"' in f for f in fields)


def test_an_edit_with_a_salary_that_is_no_amount_keeps_the_stored_one(
    web: Web, ws: Workspace, app_id: int
) -> None:
    ws.update_application(app_id, salary_min=60_000)
    form = web.get(f"/applications/{app_id}/edit").text
    version = re.search(r'name="version" value="(\d+)"', form)
    assert version
    base = {"version": version.group(1), "company": "Acme", "role": "Data Engineer"}
    res = web.post_form(f"/applications/{app_id}/edit", {**base, "salary_min": "sixty"})
    assert res.status_code == 400 and "'sixty'" in _alert(res.text, "refused")
    assert ws.application(app_id).salary_min == 60_000
    res = web.post_form(f"/applications/{app_id}/edit", {**base, "salary_min": "65k"})
    assert res.status_code == 303 and ws.application(app_id).salary_min == 65_000


def _interview(day: str) -> dict[str, str]:
    return {"stage": "interview", "start": f"{day}T10:00", "end": f"{day}T11:00"}


def test_an_interview_before_the_day_applied_is_kept_with_a_note(web: Web, ws: Workspace) -> None:
    app = ws.add_application("Kite", "Analyst", applied_on=date(2026, 3, 10))
    res = web.post_form(f"/applications/{app}/interviews", _interview("2026-03-06"))
    assert res.status_code == 303
    assert [i.scheduled_start.day for i in ws.interviews(app)] == [6]
    note = _flash(web)
    assert "dated Fri 6 Mar, before the day you applied (Tue 10 Mar)" in note
    # On or after that day: no note.
    web.post_form(f"/applications/{app}/interviews", _interview("2026-03-10"))
    assert "before the day you applied" not in _flash(web)
    # An edit that moves it before that day says so too.
    later = max(ws.interviews(app), key=lambda i: i.scheduled_start)
    res = web.post_form(f"/interviews/{later.id}",
                        {**_interview("2026-03-09"), "version": str(later.version)})  # fmt: skip
    assert res.status_code == 303
    assert "dated Mon 9 Mar, before the day you applied" in _flash(web)


def test_an_interview_with_no_day_applied_has_no_note(web: Web, ws: Workspace) -> None:
    app = ws.add_application("Kite", "Analyst")
    ws.update_application(app, applied_on=None)
    web.post_form(f"/applications/{app}/interviews", _interview("2020-01-06"))
    assert len(ws.interviews(app)) == 1
    assert "before the day you applied" not in _flash(web)


def test_a_planned_thank_you_says_when_and_why(web: Web, ws: Workspace) -> None:
    app = ws.add_application("Kite", "Analyst")
    end = ws.clock() - timedelta(hours=2)
    ws.add_interview(app, stage="final", start=end - timedelta(hours=1), end=end,
                     with_=["Ana Lopez"])  # fmt: skip
    why = "Within a day of the interview: most hiring managers weigh a thank-you note"
    for page in (f"/applications/{app}", "/"):
        text = web.get(page).text
        row = re.search(r"Send a thank-you note to Ana Lopez.{0,600}", text, re.S)
        assert row, page
        assert "due " in row.group(0) and why in row.group(0), page
