"""A form the service refuses (a bad date, end before start, an unknown kind) comes back
filled as it was typed, with the one-line reason above it: status 400, nothing stored."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from tests.support.webclient import Web

from offerwatch.service import Workspace


def refused(page: str) -> str:
    """The one-line reason shown above the refused form."""
    found = re.search(r'data-testid="refused">([^<]+)<', page)
    assert found, page[:2000]
    return html.unescape(found.group(1))


def test_a_refused_new_interview_keeps_what_was_typed(web: Web, ws: Workspace, app_id: int) -> None:
    before = ws.interviews(app_id)
    typed = {
        "stage": "phone_screen",
        "start": "2026-03-05T10:00",
        "end": "2026-03-05T09:00",
        "people": "Ana Lopez, Cy Moss",
        "signs": ["salary_discussed"],
        "notes": "talked about <b>Kafka</b>",
        "timeline": "within two weeks",
    }
    res = web.post_form(f"/applications/{app_id}/interviews", typed)
    assert res.status_code == 400
    assert "end after it starts" in refused(res.text)
    assert "That did not work" not in res.text
    page = res.text
    assert 'value="2026-03-05T10:00"' in page and 'value="2026-03-05T09:00"' in page
    assert 'value="Ana Lopez, Cy Moss"' in page and 'value="within two weeks"' in page
    assert "talked about &lt;b&gt;Kafka&lt;/b&gt;" in page
    assert re.search(r'<option value="phone_screen" selected>', page)
    assert re.search(r'value="salary_discussed" checked', page)
    assert ws.interviews(app_id) == before
    # A date that is no date: the same, with its own reason.
    res = web.post_form(
        f"/applications/{app_id}/interviews",
        {**typed, "end": "2026-03-05T11:00", "timeline_date": "next tuesday"},
    )
    assert res.status_code == 400 and "next tuesday" in refused(res.text)
    assert 'value="next tuesday"' in res.text
    assert ws.interviews(app_id) == before


def test_a_refused_interview_edit_keeps_what_was_typed(
    web: Web, ws: Workspace, app_id: int
) -> None:
    iid = ws.interviews(app_id)[0].id
    before = ws.interview(iid)
    typed = {
        "version": str(before.version),
        "stage": "final",
        "start": "2026-03-03T10:00",
        "end": "2026-03-03T09:00",
        "people": "Bo Berg",
        "notes": "new notes",
    }
    res = web.post_form(f"/interviews/{iid}", typed)
    assert res.status_code == 400 and "end after it starts" in refused(res.text)
    assert 'value="Bo Berg"' in res.text and ">new notes</textarea>" in res.text
    assert 'value="2026-03-03T09:00"' in res.text
    assert ws.interview(iid) == before


def test_a_refused_new_application_stays_on_its_page(web: Web, ws: Workspace) -> None:
    typed = {
        "company": "Kite Labs",
        "role": "Analyst",
        "applied_on": "31/02/2026",
        "location": "Berlin",
        "salary_min": "60000",
        "source": "referral",
    }
    # From the first-day panel of Today (the database is empty): Today again.
    res = web.post_form("/applications", {**typed, "page": "/"})
    assert res.status_code == 400 and "31/02/2026" in refused(res.text)
    assert 'data-testid="first-day"' in res.text
    assert 'value="Kite Labs"' in res.text and 'value="Berlin"' in res.text
    assert 'value="60000"' in res.text and 'value="referral"' in res.text
    # From the board: the board, its add form open.
    res = web.post_form("/applications", {**typed, "applied_on": "", "salary_max": "lots"})
    assert res.status_code == 400 and "Salary to" in refused(res.text)
    assert "<h1>Pipeline" in res.text and 'value="Analyst"' in res.text
    assert ws.list_applications() == []


def test_refused_forms_of_the_application_page(web: Web, ws: Workspace, app_id: int) -> None:
    people, signs = ws.people(app_id), ws.observations(app_id)
    res = web.post_form(
        f"/applications/{app_id}/people",
        {"name": "Cy Moss", "role": "hiring_manager", "email": "cy at acme"},
    )
    assert res.status_code == 400 and "Not an email address" in refused(res.text)
    assert 'value="Cy Moss"' in res.text and 'value="cy at acme"' in res.text
    assert re.search(r'<option value="hiring_manager" selected>', res.text)
    res = web.post_form(
        f"/applications/{app_id}/signals",
        {"kind": "offer", "at": "yesterday-ish", "note": "they called"},
    )
    assert res.status_code == 400 and "yesterday-ish" in refused(res.text)
    assert 'value="they called"' in res.text and re.search(r'value="offer" selected', res.text)
    res = web.post_form(f"/applications/{app_id}/outcome", {"outcome": "maybe"})
    assert res.status_code == 400 and "Unknown outcome" in refused(res.text)
    assert ws.people(app_id) == people and ws.observations(app_id) == signs


def test_refused_edit_forms_keep_what_was_typed(web: Web, ws: Workspace, app_id: int) -> None:
    a = ws.application(app_id)
    res = web.post_form(
        f"/applications/{app_id}/edit",
        {
            "version": a.version,
            "company": "Acme Corp",
            "role": "Lead",
            "applied_on": "2026-13-01",
            "notes": "typed notes",
        },
    )
    assert res.status_code == 400 and "2026-13-01" in refused(res.text)
    assert 'value="Acme Corp"' in res.text and ">typed notes</textarea>" in res.text
    assert ws.application(app_id) == a
    p = ws.people(app_id)[0]
    res = web.post_form(
        f"/people/{p.id}/edit",
        {
            "version": p.version,
            "name": "Ana L",
            "role": "recruiter",
            "email": "nope",
            "next": f"/applications/{app_id}#people",
        },
    )
    assert res.status_code == 400 and "Not an email address" in refused(res.text)
    assert 'value="Ana L"' in res.text and f'href="/applications/{app_id}#people"' in res.text
    assert ws.person(p.id) == p
    o = ws.observations(app_id)[0]
    res = web.post_form(
        f"/signals/{o.id}/edit",
        {"version": o.version, "kind": o.kind, "at": "soon", "note": "said so"},
    )
    assert res.status_code == 400 and "soon" in refused(res.text)
    assert 'value="said so"' in res.text and ws.signal(o.id) == o
    gid = ws.add_goal("skill", "SQL course", 60)
    g = ws.goal(gid)
    res = web.post_form(
        f"/goals/{gid}/edit",
        {"version": g.version, "kind": "skill", "title": "  ", "weekly_minutes": "90"},
    )
    assert res.status_code == 400 and "needs a title" in refused(res.text)
    assert 'value="90"' in res.text and ws.goal(gid) == g


def test_a_refused_goal_comes_back_on_today(web: Web, ws: Workspace, app_id: int) -> None:
    res = web.post_form("/goals", {"kind": "rest", "title": " ", "weekly_minutes": "45"})
    assert res.status_code == 400 and "needs a title" in refused(res.text)
    assert 'value="45"' in res.text and re.search(r'<option value="rest" selected>', res.text)
    assert "<details open><summary>Add a goal" in res.text


def test_refused_settings_forms_keep_what_was_typed(web: Web, ws: Workspace) -> None:
    res = web.post_form(
        "/settings", {"name": "Sam Rivera", "timezone": "Mars/Olympus", "weekly_target": "5"}
    )
    assert res.status_code == 400 and "Mars/Olympus" in refused(res.text)
    assert 'value="Sam Rivera"' in res.text and 'value="Mars/Olympus"' in res.text
    assert ws.settings().get("name") is None
    res = web.post_form(
        "/notify/channels", {"kind": "webhook", "target": "not a url", "token": "s3cret"}
    )
    assert res.status_code == 400 and "not a url" in refused(res.text)
    assert re.search(r'<option value="webhook" selected>', res.text)
    assert "s3cret" not in res.text and ws.channels() == []  # a secret is not sent back
    res = web.post_form("/notify/settings", {"quiet_hours": "25:00-99"})
    assert res.status_code == 400 and "Quiet hours" in refused(res.text)
    assert 'value="25:00-99"' in res.text


def test_the_page_script_still_gets_the_error_as_json(web: Web, app_id: int) -> None:
    res = web.post_form(
        f"/applications/{app_id}/signals", {"kind": "bogus"}, headers={"X-Requested-With": "fetch"}
    )
    assert res.status_code == 422 and "unknown signal kind" in res.json()["detail"]


def test_a_refused_application_from_mail_keeps_what_was_typed(
    web: Web, ws: Workspace, tmp_path: Path
) -> None:
    mail = tmp_path / "invite.eml"
    mail.write_bytes(
        b"From: Mara Jensen <mara@kitelabs.example>\r\nTo: me@example.org\r\n"
        b"Subject: Your application for Data Analyst at Kite Labs\r\n"
        b"Message-ID: <kite-1@kitelabs.example>\r\nDate: Tue, 03 Mar 2026 10:00:00 +0000\r\n\r\n"
        b"Thank you for applying for the Data Analyst role. We would like to invite you to an "
        b"interview next week.\r\nMara, Kite Labs recruiting\r\n"
    )
    ws.import_mail(str(mail))
    review = ws.review_list()
    if not review:
        pytest.skip("the import filed this message without review")
    mid = review[0].message.id
    res = web.post_form(
        f"/mail/messages/{mid}/application", {"company": "  ", "role": "Senior Analyst"}
    )
    assert res.status_code == 400 and "Company and role are required" in refused(res.text)
    assert 'value="Senior Analyst"' in res.text and f'data-testid="new-app-{mid}"' in res.text
    assert ws.list_applications() == [] and [i.message.id for i in ws.review_list()] == [mid]


def test_a_refused_add_on_today_is_shown_again_on_today_twice(web: Web, ws: Workspace) -> None:
    """The form shown again on Today still says it is Today's: a second refusal (or the
    retry) lands on Today, not on the board the post URL would suggest."""
    typed = {"company": "Kite Labs", "role": "Analyst", "applied_on": "31/02/2026", "page": "/"}
    res = web.post_form("/applications", typed)
    assert res.status_code == 400 and 'data-testid="first-day"' in res.text
    hidden = re.search(r'name="page" value="([^"]*)"', res.text)
    assert hidden and hidden.group(1) == "/"
    res = web.post_form("/applications", {**typed, "page": hidden.group(1)})
    assert res.status_code == 400 and 'data-testid="first-day"' in res.text
    assert ws.list_applications() == []


def _message_in_review(ws: Workspace, tmp_path: Path, n: int = 1) -> list[int]:
    for i in range(n):
        mail = tmp_path / f"m{i}.eml"
        mail.write_bytes(
            b"From: Mara Jensen <mara@kitelabs.example>\r\nTo: me@example.org\r\n"
            + f"Subject: Your application {i} at Kite Labs\r\n".encode()
            + f"Message-ID: <kite-{i}@kitelabs.example>\r\n".encode()
            + b"Date: Tue, 03 Mar 2026 10:00:00 +0000\r\n\r\n"
            b"Thank you for applying for the Data Analyst role. We would like to invite you"
            b" to an interview next week.\r\nMara, Kite Labs recruiting\r\n"
        )
        ws.import_mail(str(mail))
    review = ws.review_list()
    if len(review) < n:
        pytest.skip("the import filed these messages without review")
    return [i.message.id for i in review]


def test_refused_mail_forms_keep_the_import_and_review_page_shown(
    web: Web, ws: Workspace, tmp_path: Path
) -> None:
    """A message's forms carry the Mail page they are on (the import shown, the review
    page); refused, that same page comes back, its forms still carrying it."""
    [mid] = _message_in_review(ws, tmp_path)
    job = ws.enqueue_job("import", {"path": str(tmp_path / "none.eml")})
    here = f"/mail?job={job}"
    page = web.get(here).text
    assert f'name="next" value="{here}"' in page  # the forms know the page they are on
    res = web.post_form(
        f"/mail/messages/{mid}/application", {"company": " ", "role": "Analyst", "next": here}
    )
    assert res.status_code == 400 and "Company and role are required" in refused(res.text)
    assert 'data-testid="import-result"' in res.text  # the import shown before
    assert f'name="next" value="{here}"' in res.text
    assert f'name="next" value="/mail/messages/{mid}' not in res.text
    assert ws.list_applications() == []


def test_an_assign_returns_to_the_review_page_it_was_on(
    web: Web, ws: Workspace, tmp_path: Path
) -> None:
    [mid] = _message_in_review(ws, tmp_path)
    app = ws.add_application("Kite Labs", "Data Analyst")
    res = web.post_form(
        f"/mail/messages/{mid}/assign", {"app_id": str(app), "next": "/mail?page=2"}
    )
    assert res.status_code == 303 and res.headers["location"] == "/mail?page=2"
    res = web.post_form(f"/mail/messages/{mid}/dismiss", {"next": "https://evil.example/"})
    assert res.status_code == 303 and res.headers["location"] == "/mail"
