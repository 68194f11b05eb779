"""/api/v1/interviews/{id}/notes-signs: the suggestions as JSON, recording the chosen ones."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.support.webclient import Web

from offerwatch.service import Workspace

API = "/api/v1"


def _interview(ws: Workspace) -> tuple[int, int]:
    app = ws.add_application("Acme", "Data Engineer")
    iid = ws.add_interview(app, stage="final", start=datetime(2026, 3, 3, 10, tzinfo=UTC),
                           end=datetime(2026, 3, 3, 11, tzinfo=UTC),
                           notes="She asked my notice period. Decision by Friday.")  # fmt: skip
    return app, iid


def test_list_then_record_one_then_the_rest(web: Web, ws: Workspace) -> None:
    app, iid = _interview(ws)
    listed = web.client.get(f"{API}/interviews/{iid}/notes-signs")
    assert listed.status_code == 200
    body = listed.json()
    assert [(s["kind"], s["recorded"]) for s in body] == [
        ("notice_period_asked", False), ("timeline_stated", False)
    ]  # fmt: skip
    assert body[1]["expected_by"] == "2026-03-06"
    one = web.client.post(f"{API}/interviews/{iid}/notes-signs",
                          json={"kinds": ["notice_period_asked"]})  # fmt: skip
    assert one.status_code == 200 and list(one.json()["added"]) == ["notice_period_asked"]
    rest = web.client.post(f"{API}/interviews/{iid}/notes-signs", json={})
    assert list(rest.json()["added"]) == ["timeline_stated"]
    assert rest.json()["already"] == ["notice_period_asked"]
    assert {o.kind for o in ws.observations(app)} == {"notice_period_asked", "timeline_stated"}


def test_bad_requests_are_4xx_and_record_nothing(web: Web, ws: Workspace) -> None:
    app, iid = _interview(ws)
    url = f"{API}/interviews/{iid}/notes-signs"
    refused = web.client.post(url, json={"kinds": ["salary_discussed"]})
    assert refused.status_code == 422 and "do not suggest" in refused.json()["detail"]
    for body in ({"kinds": ["bogus"]}, {"kinds": []}, {"other": 1}):
        assert web.client.post(url, json=body).status_code == 422, body
    assert web.client.get(f"{API}/interviews/99999/notes-signs").status_code == 404
    assert ws.observations(app) == []
