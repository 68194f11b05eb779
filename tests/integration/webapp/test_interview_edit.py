"""Editing an interview from the web: the form, its post, and PATCH /api/v1/interviews/{id}."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from tests.support.webclient import Web

from offerwatch.service import Workspace


def test_the_application_page_links_to_a_filled_edit_form(
    web: Web, ws: Workspace, app_id: int
) -> None:
    ws.set_setting("timezone", "America/New_York")
    iid = ws.interviews(app_id)[0].id
    page = web.get(f"/applications/{app_id}").text
    assert f'href="/interviews/{iid}/edit"' in page
    form = web.get(f"/interviews/{iid}/edit").text
    assert 'value="2026-03-02T05:00"' in form  # 10:00 UTC shown in the user's zone
    assert 'value="Ana Lopez"' in form and 'value="by 2026-03-09"' in form
    assert re.search(r'<option value="final" selected>', form)


def test_saving_the_form_changes_the_interview(web: Web, ws: Workspace, app_id: int) -> None:
    ws.set_setting("timezone", "America/New_York")
    iid = ws.interviews(app_id)[0].id
    res = web.post_form(
        f"/interviews/{iid}",
        {
            "stage": "follow_up",
            "start": "2026-03-03T09:00",
            "end": "2026-03-03T10:00",
            "actual_end": "2026-03-03T10:15",
            "people": "Ana Lopez, Bo Berg",
            "timeline": "",
            "notes": "went over the offer process",
        },
    )
    assert res.status_code == 303 and res.headers["location"] == f"/applications/{app_id}#timeline"
    saved = ws.interview(iid)
    assert saved.stage.value == "follow_up"
    assert saved.scheduled_start == datetime(2026, 3, 3, 14, tzinfo=UTC)  # 09:00 EST
    assert saved.actual_end == datetime(2026, 3, 3, 15, 15, tzinfo=UTC)
    assert [p.name for p in saved.people] == ["Ana Lopez", "Bo Berg"]
    assert saved.timeline_text is None and saved.notes == "went over the offer process"
    assert "went over the offer process" in web.get(f"/applications/{app_id}").text


def test_a_bad_edit_is_400_and_changes_nothing(web: Web, ws: Workspace, app_id: int) -> None:
    iid = ws.interviews(app_id)[0].id
    before = ws.interview(iid)
    form = {"stage": "final", "start": "2026-03-03T10:00", "end": "2026-03-03T09:00"}
    res = web.post_form(f"/interviews/{iid}", form)
    assert res.status_code == 400 and "end after it starts" in res.text
    assert ws.interview(iid) == before
    assert web.get("/interviews/99999/edit").status_code == 404


def test_patch_through_the_api(web: Web, ws: Workspace, app_id: int) -> None:
    iid = ws.interviews(app_id)[0].id
    res = web.client.patch(
        f"/api/v1/interviews/{iid}",
        json={"notes": "asked about the team", "actual_end": "2026-03-02T11:30:00+00:00"},
    )
    assert res.status_code == 200, res.text
    body = res.json()
    assert body["id"] == iid and body["notes"] == "asked about the team"
    saved = ws.interview(iid)
    assert saved.actual_end == datetime(2026, 3, 2, 11, 30, tzinfo=UTC)
    assert saved.stage.value == "final" and saved.timeline_text == "by 2026-03-09"  # kept
    res = web.client.patch(f"/api/v1/interviews/{iid}", json={"actual_end": None})
    assert res.status_code == 200 and ws.interview(iid).actual_end is None
    bad = web.client.patch(f"/api/v1/interviews/{iid}", json={"end": "2026-03-01T09:00:00Z"})
    assert bad.status_code == 422 and "end after it starts" in bad.json()["detail"]
    assert web.client.patch("/api/v1/interviews/99999", json={}).status_code == 404


def test_a_stale_form_comes_back_with_what_was_typed(web: Web, ws: Workspace, app_id: int) -> None:
    iid = ws.interviews(app_id)[0].id
    form = web.get(f"/interviews/{iid}/edit").text
    opened = re.search(r'name="version" value="(\d+)"', form)
    assert opened is not None
    ws.update_interview(iid, notes="changed from the command line")  # meanwhile, elsewhere
    typed = {"version": opened.group(1), "stage": "final", "start": "2026-03-02T10:00",
             "end": "2026-03-02T11:00", "people": "Ana Lopez, Bo Berg",
             "notes": "typed in the browser", "signs": ["personal_interest"]}  # fmt: skip
    res = web.post_form(f"/interviews/{iid}", typed)
    assert res.status_code == 409 and "Changed meanwhile" in res.text
    assert (
        "not saved yet" in res.text and "<li>Notes: changed from the command line</li>" in res.text
    )
    assert "typed in the browser" in res.text and 'value="Ana Lopez, Bo Berg"' in res.text
    assert re.search(r'value="personal_interest" checked', res.text)
    assert f'href="/interviews/{iid}/edit"' in res.text  # "open the form as stored"
    stored = ws.interview(iid)
    assert stored.notes == "changed from the command line"  # nothing overwritten
    again = {**typed, "version": re.search(r'name="version" value="(\d+)"', res.text).group(1)}
    assert again["version"] == str(stored.version)
    assert web.post_form(f"/interviews/{iid}", again).status_code == 303
    assert ws.interview(iid).notes == "typed in the browser"
