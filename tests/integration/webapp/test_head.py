"""HEAD is answered wherever GET is: the same status and headers, no body."""

from __future__ import annotations

import re

from tests.support.webclient import Web

from offerwatch.service import Workspace


def _same_as_get(web: Web, url: str) -> None:
    got = web.get(url)
    head = web.client.head(url)
    assert got.status_code == 200 and got.content
    assert head.status_code == got.status_code
    assert head.content == b""
    assert head.headers["content-type"] == got.headers["content-type"]
    assert head.headers["content-length"] == str(len(got.content))


def test_head_of_a_page_and_an_api_endpoint(web: Web, app_id: int) -> None:
    _same_as_get(web, f"/applications/{app_id}")
    _same_as_get(web, "/api/v1/applications")
    assert web.client.head("/api/v1/applications/999999").status_code == 404
    assert web.client.head("/static/app.css").status_code == 200


def test_head_of_the_calendar_feed(web: Web, ws: Workspace, app_id: int) -> None:
    web.post_form("/calendar/token")
    found = re.search(r'value="http://127\.0\.0\.1([^"]+\.ics)"', web.get("/calendar").text)
    assert found
    _same_as_get(web, found.group(1))
    assert web.client.head("/calendar/guess.ics").status_code == 404


def test_head_of_a_post_only_route_is_still_refused(web: Web) -> None:
    res = web.client.head("/calendar/token")
    assert res.status_code == 405 and "POST" in res.headers["allow"]
