"""The first day and every day: guiding empty states, the full add form, drafts to edit and
mark as sent, the application page's plain words, Today's summary, errors that lead back."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from email import message_from_bytes
from email.policy import default

from tests.support.webclient import Web

from offerwatch.core.day_words import short_day
from offerwatch.service import Workspace
from offerwatch.web.odds_words import basis_words, effect


def _action(ws: Workspace, kind: str) -> int:
    return next(i.id for i in ws.agenda().items if i.kind == kind and not i.done)


def test_an_empty_database_guides_the_first_steps(web: Web) -> None:
    for page in ("/", "/pipeline"):
        text = web.get(page).text
        assert 'data-testid="first-day"' in text, page
        assert "Add your first application" in text and "offerwatch demo --serve" in text
        assert '<a href="/data">Import from a spreadsheet</a>' in text
        assert 'name="applied_on" type="date" value="2026-03-04"' in text  # today, local


def test_the_first_day_panel_goes_once_there_is_an_application(web: Web, app_id: int) -> None:
    for page in ("/", "/pipeline"):
        assert 'data-testid="first-day"' not in web.get(page).text


def test_add_with_applied_date_salary_and_url(web: Web, ws: Workspace) -> None:
    res = web.post_form(
        "/applications",
        {
            "company": "Kite Labs",
            "role": "Analyst",
            "applied_on": "2026-02-20",
            "salary_min": "60,000",
            "salary_max": "70000",
            "url": "https://kite.example/jobs/7",
            "source": "referral",
        },
    )
    app_id = int(res.headers["location"].rsplit("/", 1)[1])
    a = ws.application(app_id)
    assert str(a.applied_on) == "2026-02-20" and (a.salary_min, a.salary_max) == (60000, 70000)
    assert a.url == "https://kite.example/jobs/7" and a.source == "referral"
    page = web.get(f"/applications/{app_id}").text
    assert "applied Fri 20 Feb" in page
    assert re.search(r'data-testid="salary">salary 60,000–70,000<', page)
    # The day applied is known to the day: the timeline gives no hour nobody typed.
    applied = re.search(r'<time datetime="[^"]+">([^<]+)</time> <span class="tag">status', page)
    assert applied and applied.group(1) == "Fri 20 Feb"
    # ... and it comes first of its day (the timeline is newest first: listed below a sign
    # of 11:00 that day, though it is kept as noon UTC).
    ws.add_signal(app_id, "personal_interest", at=datetime(2026, 2, 20, 10, tzinfo=UTC))
    page = web.get(f"/applications/{app_id}").text
    assert page.index("Fri 20 Feb, 11:00") < page.index(">Fri 20 Feb</time>")


def test_add_without_a_date_means_today_and_bad_amounts_store_nothing(
    web: Web, ws: Workspace
) -> None:
    res = web.post_form("/applications", {"company": "A", "role": "B", "applied_on": ""})
    assert res.status_code == 303
    assert str(ws.list_applications()[0].applied_on) == "2026-03-04"
    for bad in (
        {"salary_min": "lots"},
        {"salary_min": "3000000000"},
        {"salary_min": "90000", "salary_max": "50000"},
        {"applied_on": "31/02/2026"},
    ):
        res = web.post_form("/applications", {"company": "C", "role": "D", **bad})
        assert res.status_code == 400, bad
        assert 'class="error"' in res.text
    assert len(ws.list_applications()) == 1


def test_a_draft_is_editable_copyable_and_marked_as_sent(
    web: Web, ws: Workspace, app_id: int
) -> None:
    action = _action(ws, "thank_you")
    page = web.get(f"/actions/{action}/draft").text
    assert '<textarea id="draft-body" name="body"' in page and "readonly" not in page
    assert "js-copy" in page and "Mark as sent" in page
    eml = web.post_form(
        f"/actions/{action}/draft.eml",
        {"subject": "Thanks, Ana", "body": "Dear Ana,\r\nMy own words.\r\n"},
    )
    message = message_from_bytes(eml.content, policy=default)
    assert message["Subject"] == "Thanks, Ana" and message["To"] == "ana@acme.example"
    assert "My own words." in message.get_content()
    header = web.post_form(f"/actions/{action}/draft.eml", {"subject": "a\r\nBcc: x@y", "body": ""})
    assert header.status_code == 400
    sent = web.post_form(f"/actions/{action}/sent")
    assert sent.status_code == 303 and sent.headers["location"] == "/"
    assert ws.action(action).done_at is not None
    today = web.get("/").text
    assert "Marked as sent" in today and f'action="/actions/{action}/undo/done"' in today
    assert "Marked as sent" not in web.get("/").text  # the banner shows once
    web.post_form(f"/actions/{action}/undo/done")
    assert ws.action(action).done_at is None


def test_dismiss_and_snooze_can_be_undone(web: Web, ws: Workspace, app_id: int) -> None:
    action = _action(ws, "thank_you")
    web.post_form(f"/actions/{action}/dismiss")
    assert ws.action(action).dismissed_at is not None
    assert f'action="/actions/{action}/undo/dismiss"' in web.get("/").text
    web.post_form(f"/actions/{action}/undo/dismiss", {"next": "/"})
    web.post_form(f"/actions/{action}/snooze", {"until": "7d"})
    assert ws.action(action).snoozed_until is not None
    assert "Snoozed until" in web.get("/").text
    assert web.post_form(f"/actions/{action}/undo/done").status_code == 400  # not done
    web.post_form(f"/actions/{action}/undo/snooze")
    record = ws.action(action)
    assert record.snoozed_until is None and record.dismissed_at is None


def test_application_page_in_plain_words(web: Web, ws: Workspace, app_id: int) -> None:
    ws.add_signal(app_id, "interview_request")  # counted by the stage already: no change
    page = web.get(f"/applications/{app_id}").text
    assert "<strong>Interview request</strong>: no change to the odds." in page
    assert "odds no change" not in page
    basis = re.search(r'data-testid="basis">([^<]+)<', page)
    assert basis and basis.group(1).startswith("It starts at ")
    assert "heuristic ratios" not in basis.group(1) and "sourced" not in basis.group(1)
    assert "÷" not in page and "×0." not in page
    assert re.search(r"odds \d\.\d\d× (higher|lower)", page)  # the list, as the chart says
    # The follow-up may be planned past the week Today shows: the page still shows it.
    due = next(i.due for i in ws.open_actions() if i.kind == "follow_up")
    zone, now = ws.timezone(), ws.clock()
    day = short_day(due.astimezone(zone).date(), now.astimezone(zone).date())
    assert f"Planned follow-up: <strong>{day}</strong>" in page
    thank = _action(ws, "thank_you")
    ws.mark_done(thank)
    web.post_form(f"/applications/{app_id}/notes", {"notes": "x"})  # a write: fresh page
    page = web.get(f"/applications/{app_id}").text
    row = re.search(rf'data-action="{thank}">(.*?)</li>', page, re.S)
    assert row and "done" in row.group(1) and f"/actions/{thank}/done" not in row.group(1)


def test_effects_and_basis_read_the_same_everywhere() -> None:
    assert effect(1.4) == "1.40× higher" and effect(1 / 1.18) == "1.18× lower"
    assert effect(1.0) == "no change"
    text = basis_words(
        "interviewed (starting chance 25%, sourced); 3 signs counted, 1 with heuristic "
        "ratios; your calibrated ratios"
    )
    assert text.startswith("It starts at 25% ") and "published hiring figure" in text
    assert "then 3 signs move it (1 of them by a rule of thumb, not a study)" in text
    assert "your own past applications" in text
    one = basis_words(
        "final round reached (starting chance 40%, heuristic); 1 sign counted, 1 with "
        "heuristic ratios; default ratios"
    )
    assert one.endswith(", then 1 sign moves it (by a rule of thumb, not a study).")
    assert basis_words("something else") == "something else"


def test_today_reads_as_one_line_with_interviews_first(
    web: Web, ws: Workspace, app_id: int
) -> None:
    text = web.get("/").text
    summary = re.search(r'data-testid="summary">([^<]+)<', text)
    assert summary and re.search(r"\d+ (overdue|due today|coming up)", summary.group(1))
    assert text.index('id="h-int"') < text.index('id="h-do"')


def test_error_page_goes_back_without_inline_script(web: Web, app_id: int) -> None:
    res = web.get(
        "/applications/999999", headers={"referer": f"http://127.0.0.1/applications/{app_id}"}
    )
    assert res.status_code == 404
    assert "javascript:" not in res.text
    assert f'<a href="/applications/{app_id}" class="js-back">Go back</a>' in res.text
    assert 'href="/pipeline"' in res.text  # the navigation stays
    other = web.get("/applications/999999", headers={"referer": "https://evil.example/x"})
    assert '<a href="/" class="js-back">Go back</a>' in other.text


def test_insights_say_what_each_number_is(web: Web, ws: Workspace, app_id: int) -> None:
    ws.record_outcome(app_id, "offer")
    text = web.get("/insights").text
    assert "of the step before" in text
    assert re.search(r"longest \d+(\.\d)? days?", text) or "no answers recorded yet" in text
    assert "cards-on-phone" in text and 'data-label="Published"' in text


def test_a_day_applied_after_today_is_kept_with_a_note(web: Web, ws: Workspace) -> None:
    # Today is Wed 4 Mar 2026 (the test clock): "2026-12-03" is likely a mistyped month.
    res = web.post_form("/applications", {"company": "Kite", "role": "Analyst",
                                          "applied_on": "2026-12-03"})  # fmt: skip
    app_id = int(res.headers["location"].rsplit("/", 1)[1])
    assert str(ws.application(app_id).applied_on) == "2026-12-03"  # kept as typed
    page = web.get(f"/applications/{app_id}").text
    assert "Added. Note: the day you applied, Thu 3 Dec, is after today" in page
    app = ws.application(app_id)
    web.post_form(f"/applications/{app_id}/edit", {"company": "Kite", "role": "Analyst",
                  "applied_on": "2026-03-02", "version": str(app.version)})  # fmt: skip
    page = web.get(f"/applications/{app_id}").text
    assert "Saved." in page and "is after today" not in page
