"""What schemathesis found in /api/v1 (test_api_fuzz.py), each held by a focused test: the
OpenAPI description names every error status as the one-line shape really sent, and a
script's bodyless POST with its API token is not refused as a cross-site form."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from tests.support.accounts import PASSWORD, Signed
from tests.support.webclient import Web

from offerwatch.service import Workspace

API = "/api/v1"


def _responses(spec: dict[str, Any], path: str, method: str) -> dict[str, Any]:
    found: dict[str, Any] = spec["paths"][path][method]["responses"]
    return found


def test_every_error_the_api_sends_is_documented_as_a_one_line_problem(web: Web) -> None:
    spec = web.get(f"{API}/openapi.json").json()
    problem = {"$ref": "#/components/schemas/Problem"}
    schemas = spec["components"]["schemas"]
    assert schemas["Problem"]["required"] == ["detail"]
    # FastAPI's list-of-errors 422 is never sent: it is not described either.
    assert "HTTPValidationError" not in schemas and "HTTPValidationError" not in str(spec)
    one = _responses(spec, f"{API}/applications/{{app_id}}", "get")
    assert {"200", "304", "401", "404", "422", "503"} <= set(one)
    assert one["404"]["content"]["application/json"]["schema"] == problem
    patch = _responses(spec, f"{API}/applications/{{app_id}}", "patch")
    assert {"400", "403", "404", "412", "415", "422"} <= set(patch)
    # A filter naming a record answers 404 when it is not the caller's.
    assert "404" in _responses(spec, f"{API}/interviews", "get")
    assert "404" not in _responses(spec, f"{API}/applications", "get")
    assert set(_responses(spec, f"{API}/health", "get")) == {"200", "503"}
    # And what is sent is what is described: one line under "detail".
    for res in (
        web.get(f"{API}/applications/999"),
        web.get(f"{API}/interviews", params={"application_id": 999}),
        web.client.post(f"{API}/applications", json={"company": "Acme", "role": "a\x00b"}),
        web.client.post(
            f"{API}/applications",
            content=b"{not json",
            headers={"Content-Type": "application/json"},
        ),
    ):
        assert str(res.status_code) in set(_responses(spec, f"{API}/applications", "post")) | {
            "404"
        }
        assert list(res.json()) == ["detail"] and "\n" not in res.json()["detail"], res.text


def test_a_script_marks_an_action_done_with_its_token_and_no_body(
    ws: Workspace, make_client: Any
) -> None:
    ana = ws.for_user(ws.add_user("ana", PASSWORD))
    app = ana.add_application("Acme", "Data Engineer")
    ana.add_person(app, "Ana Lopez", role="recruiter", email="ana@acme.example")
    ana.add_interview(
        app,
        stage="final",
        start=datetime(2026, 3, 2, 10, tzinfo=UTC),
        end=datetime(2026, 3, 2, 11, tzinfo=UTC),
        with_=["Ana Lopez"],
    )
    agenda = ana.agenda(days=7)
    first, second = [a.id for a in agenda.overdue + agenda.today + agenda.upcoming][:2]
    token = ana.create_api_token("cron")
    script = make_client(ws, accounts=True)
    done = script.post(f"{API}/actions/{first}/done", headers={"Authorization": f"Bearer {token}"})
    assert done.status_code == 200, done.text
    assert ana.action(first).done_at is not None
    # A signed-in browser's bodyless post still needs JSON or the CSRF header: a form on
    # another site could send that one with the cookie.
    browser = Signed(make_client(ws, accounts=True), "ana")
    refused = browser.client.post(f"{API}/actions/{second}/done")
    assert refused.status_code == 415
    assert ana.action(second).done_at is None
    # A token that is not one still gets no further than the sign-in.
    forged = script.post(f"{API}/actions/{second}/done", headers={"Authorization": "Bearer ow_x"})
    assert forged.status_code == 401 and ana.action(second).done_at is None


@pytest.mark.parametrize(
    ("url", "body"),
    [
        # Found by the fuzzer: a minute east of UTC on 1 January of year 1 cannot be turned
        # into UTC (OverflowError: a 500).
        (
            "/applications/{app}/interviews",
            {"stage": "final", "start": "0001-01-01T00:00:00+00:01", "end": "2026-03-02T11:00Z"},
        ),
        (
            "/applications/{app}/interviews",
            {"stage": "final", "start": "2026-03-02T10:00Z", "end": "9999-12-31T23:59:59-01:00"},
        ),
        ("/applications", {"company": "Acme", "role": "Dev", "applied_on": "9999-12-31"}),
        (
            "/applications/{app}/observations",
            {"kind": "salary_discussed", "at": "0001-01-01T00:00Z"},
        ),
        (
            "/applications/{app}/observations",
            {"kind": "timeline_stated", "expected_by": "0001-01-01"},
        ),
    ],
)
def test_a_time_outside_any_job_search_is_bad_input(
    web: Web, ws: Workspace, app_id: int, url: str, body: dict[str, Any]
) -> None:
    before = ws.export_document()
    res = web.client.post(f"{API}{url.format(app=app_id)}", json=body)
    assert res.status_code == 422, res.text
    detail = res.json()["detail"]
    assert "between the years 1900 and 2199" in detail and "\n" not in detail
    assert ws.export_document() == before  # nothing written


def test_the_odds_and_the_agenda_describe_their_answers(web: Web, app_id: int) -> None:
    spec = web.get(f"{API}/openapi.json").json()

    def ok(path: str) -> dict[str, Any]:
        found: dict[str, Any] = _responses(spec, f"{API}{path}", "get")["200"]
        return found["content"]["application/json"]["schema"]

    assert ok("/applications/{app_id}/score")["$ref"].endswith("/Score")
    assert ok("/scores")["additionalProperties"]["$ref"].endswith("/Score")
    assert ok("/agenda")["$ref"].endswith("/Agenda")
    # What is sent has every field the description requires (the fuzz test checks the rest).
    score = web.get(f"{API}/applications/{app_id}/score").json()
    assert set(spec["components"]["schemas"]["Score"]["required"]) <= set(score)
    agenda = web.get(f"{API}/agenda").json()
    assert set(spec["components"]["schemas"]["Agenda"]["required"]) <= set(agenda)
