"""Reminders on the web: channels on the settings page (add, test against a real HTTP
receiver, remove), the action page reminders link to, and the calendar's download."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.support.receivers import HttpRecorder, http_recorder
from tests.support.webclient import Web

from offerwatch.notify.secrets import FILE_NAME
from offerwatch.service import Workspace


@pytest.fixture
def recorder() -> Iterator[HttpRecorder]:
    with http_recorder() as rec:
        yield rec


def test_channels_are_added_tested_and_removed(
    web: Web, ws: Workspace, recorder: HttpRecorder
) -> None:
    assert 'data-testid="no-channels"' in web.get("/settings").text
    res = web.post_form("/notify/channels", {"kind": "webhook", "target": recorder.url + "/w",
                                             "token": "secret-tok-9"})  # fmt: skip
    assert res.status_code == 303 and res.headers["location"] == "/settings#reminders"
    [channel] = ws.channels()
    page = web.get("/settings").text
    assert recorder.url + "/w" in page and "secret-tok-9" not in page and "token kept" in page
    tried = web.post_form(f"/notify/channels/{channel.id}/test",
                          headers={"X-Requested-With": "fetch"})  # fmt: skip
    assert tried.json()["ok"] is True
    [request] = recorder.requests
    assert json.loads(request.body)["kind"] == "test"
    assert request.headers["Authorization"] == "Bearer secret-tok-9"
    web.post_form(f"/notify/channels/{channel.id}/remove")
    assert ws.channels() == []
    assert web.post_form(f"/notify/channels/{channel.id}/remove").status_code == 404


def test_a_failing_test_is_reported(web: Web, ws: Workspace, recorder: HttpRecorder) -> None:
    web.post_form("/notify/channels", {"kind": "ntfy", "target": recorder.url + "/t"})
    recorder.status = 401
    [channel] = ws.channels()
    tried = web.post_form(f"/notify/channels/{channel.id}/test",
                          headers={"X-Requested-With": "fetch"})  # fmt: skip
    assert tried.json()["ok"] is False and "401" in tried.json()["error"]


@pytest.mark.parametrize(
    "form",
    [
        {"kind": "webhook", "target": "javascript:alert(1)"},
        {"kind": "email", "target": "me@example.org", "smtp": "smtp://host:587", "password": "x"},
        {"kind": "pager", "target": "x"},
    ],
)
def test_bad_channels_are_a_400(web: Web, ws: Workspace, form: dict[str, str]) -> None:
    assert web.post_form("/notify/channels", form).status_code == 400
    assert ws.channels() == []


def test_email_password_goes_to_the_secret_store(web: Web, ws: Workspace) -> None:
    form = {"kind": "email", "target": "me@example.org", "password": "pw with spaces&=",
            "smtp": "smtps://me@example.org@smtp.example.org:465"}  # fmt: skip
    assert web.post_form("/notify/channels", form).status_code == 303
    [channel] = ws.channels()
    assert channel.has_secret and channel.detail == "smtps://me%40example.org@smtp.example.org:465"
    kept = (Path(os.environ["OFFERWATCH_HOME"]) / FILE_NAME).read_text()
    assert json.loads(kept) and "pw with spaces&=" in json.loads(kept).values()


def test_quiet_hours_are_saved_and_checked(web: Web, ws: Workspace) -> None:
    web.post_form("/notify/settings", {"quiet_hours": "22:00-07:00", "web_url": ""})
    assert ws.notify_settings()["quiet_hours"] == "22:00-07:00"
    assert 'value="22:00-07:00"' in web.get("/settings").text
    assert web.post_form("/notify/settings", {"quiet_hours": "soon"}).status_code == 400


def test_the_action_page_offers_draft_done_and_snooze(web: Web, ws: Workspace, app_id: int) -> None:
    thank = next(i.id for i in ws.agenda().items if i.kind == "thank_you" and not i.done)
    page = web.get(f"/actions/{thank}").text
    assert f'href="/actions/{thank}/draft"' in page
    assert f'action="/actions/{thank}/done"' in page and f'action="/actions/{thank}/snooze"' in page
    res = web.post_form(f"/actions/{thank}/done", {"next": f"/actions/{thank}"})
    assert res.headers["location"] == f"/actions/{thank}"
    assert 'data-testid="action-state"' in web.get(f"/actions/{thank}").text
    assert web.get("/actions/424242").status_code == 404


def test_calendar_offers_a_download_and_says_what_a_subscription_needs(
    web: Web, ws: Workspace, app_id: int
) -> None:
    page = web.get("/calendar").text
    assert 'href="/calendar.ics"' in page
    assert "servers can reach" in page and "HTTPS" in page  # 127.0.0.1 cannot be reached
    file = web.get("/calendar.ics")
    assert file.headers["content-disposition"] == 'attachment; filename="offerwatch.ics"'
    assert b"BEGIN:VCALENDAR" in file.content and b"Acme" in file.content
