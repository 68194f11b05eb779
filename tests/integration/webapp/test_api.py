"""The JSON API under /api/v1: every endpoint, its errors, and that it writes nothing on
bad input."""

from __future__ import annotations

from typing import Any

import pytest
from tests.support.webclient import Web

from offerwatch.service import Workspace
from offerwatch.store import tables as t
from offerwatch.store.queries import count_rows

API = "/api/v1"


def _count(ws: Workspace, table: Any) -> int:
    with ws.read() as conn:
        return count_rows(conn, table, ws.user_id)


def test_openapi_describes_the_api(web: Web) -> None:
    spec = web.get(f"{API}/openapi.json").json()
    paths = set(spec["paths"])
    for path in (
        "/api/v1/applications",
        "/api/v1/applications/{app_id}/interviews",
        "/api/v1/observations",
        "/api/v1/agenda",
        "/api/v1/applications/{app_id}/score",
        "/api/v1/people/{person_id}",
    ):
        assert path in paths
    body = spec["paths"]["/api/v1/applications"]["post"]["requestBody"]
    assert "ApplicationIn" in str(body)
    assert not any(p.startswith("/pipeline") for p in paths)  # pages are not in the API


def test_application_lifecycle(web: Web, ws: Workspace) -> None:
    c = web.client
    res = c.post(
        f"{API}/applications",
        json={"company": "Initech", "role": "SRE", "applied_on": "2026-03-01"},
    )
    assert res.status_code == 201
    app_id = res.json()["id"]
    assert ws.application(app_id).role == "SRE"
    got = c.get(f"{API}/applications/{app_id}").json()
    assert got["application"]["company"] == "Initech" and got["history"][0]["status"] == "applied"
    assert (
        c.patch(f"{API}/applications/{app_id}", json={"notes": "great team"}).json()["notes"]
        == "great team"
    )
    moved = c.post(f"{API}/applications/{app_id}/status", json={"status": "screening"})
    assert moved.json()["status"] == "screening"
    assert [h["status"] for h in c.get(f"{API}/applications/{app_id}/history").json()] == [
        "applied",
        "screening",
    ]
    assert c.post(f"{API}/applications/{app_id}/outcome", json={"outcome": "rejection"}).json()
    assert ws.application(app_id).status.value == "rejected"


def test_list_is_paged_and_filtered(web: Web, ws: Workspace) -> None:
    ids = [ws.add_application(f"Co{i}", "Dev") for i in range(7)]
    ws.set_status(ids[3], "screening")
    page = web.get(f"{API}/applications", params={"limit": 3, "offset": 2}).json()
    assert [a["id"] for a in page] == ids[2:5]
    only = web.get(f"{API}/applications", params={"status": "screening"}).json()
    assert [a["id"] for a in only] == [ids[3]]
    assert web.get(f"{API}/applications", params={"limit": 0}).status_code == 422
    assert web.get(f"{API}/applications", params={"status": "hired"}).status_code == 422


def test_people_interviews_and_observations(web: Web, ws: Workspace, app_id: int) -> None:
    c = web.client
    pid = c.post(
        f"{API}/applications/{app_id}/people",
        json={"name": "Bo", "role": "interviewer", "email": "bo@acme.example"},
    ).json()["id"]
    assert c.get(f"{API}/people/{pid}").json()["email"] == "bo@acme.example"
    assert "Bo" in [p["name"] for p in c.get(f"{API}/applications/{app_id}/people").json()]
    res = c.post(
        f"{API}/applications/{app_id}/interviews",
        json={
            "stage": "final",
            "start": "2026-03-03T10:00:00+01:00",
            "end": "2026-03-03T11:00:00+01:00",
            "people": ["Bo"],
            "signs": ["next_steps_reviewed"],
            "timeline": "by 2026-03-10",
        },
    )
    assert res.status_code == 201
    iid = res.json()["id"]
    interview = c.get(f"{API}/interviews/{iid}").json()
    assert interview["timeline_date"] == "2026-03-10" and interview["people"][0]["name"] == "Bo"
    listed = c.get(f"{API}/interviews", params={"application_id": app_id}).json()
    assert iid in [i["id"] for i in listed]
    oid = c.post(
        f"{API}/applications/{app_id}/observations",
        json={"kind": "references_requested", "interview_id": iid},
    ).json()["id"]
    kinds = {
        o["id"]: o["kind"]
        for o in c.get(f"{API}/observations", params={"application_id": app_id}).json()
    }
    assert kinds[oid] == "references_requested"
    assert "next_steps_reviewed" in kinds.values()


def test_score_and_agenda(web: Web, ws: Workspace, app_id: int) -> None:
    score = web.get(f"{API}/applications/{app_id}/score").json()
    assert 0 < score["probability"] < 1
    assert score["probability"] == pytest.approx(ws.score(app_id).probability)
    assert {f["signal"] for f in score["factors"]} >= {"notice_period_asked"}
    assert str(app_id) in web.get(f"{API}/scores").json()
    agenda = web.get(f"{API}/agenda").json()
    items = agenda["overdue"] + agenda["today"] + agenda["upcoming"]
    assert items, agenda
    assert {"keep_applying", "goals"} <= set(agenda)
    action = items[0]["id"]
    assert web.client.post(f"{API}/actions/{action}/done", json={}).json() == {"ok": True}
    assert ws.action(action).done_at is not None


@pytest.mark.parametrize(
    ("method", "url", "body", "status", "message"),
    [
        ("get", "/applications/9999", None, 404, "no application with id 9999"),
        ("get", "/applications/abc", None, 422, "app_id"),
        ("get", "/applications/0", None, 422, "app_id"),
        ("get", "/applications/99999999999999999999", None, 422, "app_id"),
        ("get", "/people/77", None, 404, "no person with id 77"),
        ("get", "/interviews/77", None, 404, "no interview with id 77"),
        ("post", "/applications", {"company": "X"}, 422, "role"),
        (
            "post",
            "/applications",
            {"company": "X", "role": "Y", "status": "hired"},
            422,
            "should be",
        ),
        ("post", "/applications", {"company": "X", "role": "Y", "admin": True}, 422, "admin"),
        ("post", "/applications", {"company": " ", "role": "Y"}, 422, "company"),
        ("post", "/applications/{a}/status", {"status": "promoted"}, 422, "should be"),
        ("post", "/applications/{a}/observations", {"kind": "vibes"}, 422, "should be"),
        (
            "post",
            "/applications/{a}/interviews",
            {"stage": "final", "start": "2026-03-03T10:00:00", "end": "2026-03-03T11:00:00+00:00"},
            422,
            "start",
        ),
        (
            "post",
            "/applications/{a}/interviews",
            {"stage": "final", "start": "2026-03-03T12:00:00Z", "end": "2026-03-03T11:00:00Z"},
            422,
            "must end after it starts",
        ),
        (
            "post",
            "/applications/{a}/interviews",
            {
                "stage": "final",
                "start": "2026-03-03T10:00:00Z",
                "end": "2026-03-03T11:00:00Z",
                "signs": ["telepathy"],
            },
            422,
            "should be",
        ),
        ("post", "/applications/{a}/people", {"name": "Z", "role": "boss"}, 422, "should be"),
        ("post", "/actions/999/done", {}, 404, "999"),
    ],
)
def test_errors_are_one_json_message_and_nothing_is_written(
    web: Web,
    ws: Workspace,
    app_id: int,
    method: str,
    url: str,
    body: Any,
    status: int,
    message: str,
) -> None:
    before = [
        _count(ws, table) for table in (t.applications, t.interviews, t.observations, t.people)
    ]
    res = getattr(web.client, method)(
        API + url.format(a=app_id), **({"json": body} if body is not None else {})
    )
    assert res.status_code == status
    detail = res.json()["detail"]
    assert isinstance(detail, str) and message in detail
    after = [
        _count(ws, table) for table in (t.applications, t.interviews, t.observations, t.people)
    ]
    assert after == before


def test_a_plain_form_post_cannot_change_anything(web: Web, ws: Workspace, app_id: int) -> None:
    """What another site's HTML form could send: no JSON, no CSRF header."""
    res = web.client.post(f"{API}/applications/{app_id}/outcome", data={"outcome": "offer"})
    assert res.status_code == 415
    res = web.client.post(
        f"{API}/applications/{app_id}/outcome",
        json={"outcome": "offer"},
        headers={"Origin": "http://evil.example"},
    )
    assert res.status_code == 403
    assert ws.application(app_id).status.value != "offer"


def test_oversized_json_body_is_refused(web: Web, ws: Workspace) -> None:
    res = web.client.post(
        f"{API}/applications", json={"company": "X", "role": "Y", "notes": "z" * 2_000_000}
    )
    assert res.status_code == 413
    assert ws.list_applications() == []


def test_board_and_insights(web: Web, app_id: int) -> None:
    board = web.get(f"{API}/board").json()
    interviewing = next(col for col in board if col["status"] == "interviewing")
    assert interviewing["total"] == 1 and interviewing["cards"][0]["application"]["id"] == app_id
    funnel = web.get(f"{API}/insights").json()["funnel"]
    assert [s["name"] for s in funnel] == ["applied", "screened", "interviewed", "final", "offer"]
    assert web.get(f"{API}/health").json() == {"ok": True}


@pytest.mark.parametrize("path", ["applications", "observations", "interviews"])
def test_an_offset_beyond_any_page_is_a_4xx_not_a_crash(web: Web, path: str) -> None:
    res = web.get(f"{API}/{path}", params={"offset": 10**30})
    assert res.status_code == 422
    assert "detail" in res.json()
