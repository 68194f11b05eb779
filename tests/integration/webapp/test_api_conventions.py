"""API conventions: ETag / If-Match (412), DELETE 204 and restore, 201 + Location, paged
lists with a total and Link headers, typed enums, one error shape, no 500 on valid input."""

from __future__ import annotations

from typing import Any

import pytest
from tests.support.webclient import Web

from offerwatch.service import Workspace

API = "/api/v1"


def test_etag_and_if_match_refuse_a_stale_write(web: Web, ws: Workspace, app_id: int) -> None:
    c = web.client
    first = c.get(f"{API}/applications/{app_id}")
    tag = first.headers["ETag"]
    assert tag == f'"application-{app_id}-v{first.json()["application"]["version"]}"'
    assert c.get(f"{API}/applications/{app_id}", headers={"If-None-Match": tag}).status_code == 304

    changed = c.patch(f"{API}/applications/{app_id}", json={"notes": "call back"},
                      headers={"If-Match": tag})  # fmt: skip
    assert changed.status_code == 200 and changed.headers["ETag"] != tag
    stale = c.patch(f"{API}/applications/{app_id}", json={"notes": "overwritten"},
                    headers={"If-Match": tag})  # fmt: skip
    assert stale.status_code == 412 and "changed meanwhile" in stale.json()["detail"]
    assert ws.application(app_id).notes == "call back"
    other = c.patch(f"{API}/applications/{app_id}", json={"notes": "x"},
                    headers={"If-Match": '"goal-1-v1"'})  # fmt: skip
    assert other.status_code == 412
    gone = c.delete(f"{API}/applications/{app_id}", headers={"If-Match": tag})
    assert gone.status_code == 412 and ws.application(app_id)
    fresh = changed.headers["ETag"]
    assert c.delete(f"{API}/applications/{app_id}", headers={"If-Match": fresh}).status_code == 204


@pytest.mark.parametrize(
    ("collection", "make", "patch"),
    [
        ("people", lambda ws, a: ws.people(a)[0].id, {"role": "hiring_manager"}),
        ("interviews", lambda ws, a: ws.interviews(a)[0].id, {"notes": "met the team"}),
        ("observations", lambda ws, a: ws.observations(a)[-1].id, {"note": "asked twice"}),
        ("goals", lambda ws, a: ws.add_goal("skill", "dbt", 60), {"weekly_minutes": 90}),
    ],
)
def test_every_collection_reads_patches_deletes_and_restores(
    web: Web, ws: Workspace, app_id: int, collection: str, make: Any, patch: dict[str, Any]
) -> None:
    c = web.client
    ident = make(ws, app_id)
    url = f"{API}/{collection}/{ident}"
    read = c.get(url)
    assert read.status_code == 200 and read.json()["version"] == 1
    saved = c.patch(url, json=patch, headers={"If-Match": read.headers["ETag"]})
    assert saved.status_code == 200, saved.text
    assert saved.json()["version"] == 2
    shown = {"note": "evidence"}  # what the patch calls a field -> what the record calls it
    assert all(saved.json()[shown.get(k, k)] == v for k, v in patch.items())
    assert c.patch(url, json=patch, headers={"If-Match": read.headers["ETag"]}).status_code == 412
    deleted = c.delete(url)
    assert deleted.status_code == 204 and deleted.content == b""
    assert c.get(url).status_code == 404
    assert c.delete(url).status_code == 404
    trash = c.get(f"{API}/trash").json()
    assert trash[0]["record_id"] == ident
    restored = c.post(f"{API}/{collection}/{ident}/restore", json={})
    assert restored.status_code == 200 and restored.headers["Location"] == url
    assert c.get(url).json()["version"] == 2
    assert c.post(f"{API}/{collection}/{ident}/restore", json={}).status_code == 404


def test_deleting_an_application_takes_its_records_and_restore_brings_them(
    web: Web, ws: Workspace, app_id: int
) -> None:
    c = web.client
    before = c.get(f"{API}/applications/{app_id}").json()
    assert c.delete(f"{API}/applications/{app_id}").status_code == 204
    assert c.get(f"{API}/observations").json() == []
    assert c.get(f"{API}/interviews").headers["X-Total-Count"] == "0"
    interview = before["interviews"][0]["id"]
    assert (
        c.post(f"{API}/interviews/{interview}/restore", json={}).status_code == 404
    )  # not its own
    assert c.post(f"{API}/applications/{app_id}/restore", json={}).status_code == 200
    assert c.get(f"{API}/applications/{app_id}").json() == before


def test_creates_answer_201_with_location(web: Web, app_id: int) -> None:
    c = web.client
    made = {
        "applications": c.post(f"{API}/applications", json={"company": "Initech", "role": "SRE"}),
        "people": c.post(f"{API}/applications/{app_id}/people",
                         json={"name": "Mara Jensen <mara@kitelabs.example>",
                               "role": "recruiter"}),
        "observations": c.post(f"{API}/applications/{app_id}/observations",
                               json={"kind": "salary_discussed"}),
        "goals": c.post(f"{API}/goals", json={"kind": "rest", "title": "Climbing",
                                              "weekly_minutes": 120}),
    }  # fmt: skip
    for collection, res in made.items():
        assert res.status_code == 201, res.text
        location = res.headers["Location"]
        assert location == f"{API}/{collection}/{res.json()['id']}"
        assert c.get(location).status_code == 200
    person = c.get(made["people"].headers["Location"]).json()
    assert (person["name"], person["email"]) == ("Mara Jensen", "mara@kitelabs.example")


def test_lists_are_paged_with_a_total_and_links(web: Web, ws: Workspace) -> None:
    for n in range(5):
        ws.add_application(f"Company {n}", "Engineer")
    c = web.client
    page = c.get(f"{API}/applications", params={"limit": 2, "offset": 2})
    assert [a["company"] for a in page.json()] == ["Company 2", "Company 3"]
    assert page.headers["X-Total-Count"] == "5"
    links = dict(
        (part.split(";")[1].strip(), part.split(";")[0].strip(" <>"))
        for part in page.headers["Link"].split(",")
    )
    assert set(links) == {'rel="first"', 'rel="prev"', 'rel="next"', 'rel="last"'}
    last = c.get(links['rel="last"'])
    assert [a["company"] for a in last.json()] == ["Company 4"]
    assert 'rel="next"' not in last.headers["Link"]
    only = c.get(f"{API}/applications", params={"status": "offer"})
    assert only.headers["X-Total-Count"] == "0" and only.json() == []


def test_enums_are_typed_in_the_openapi_schema(web: Web) -> None:
    spec = web.get(f"{API}/openapi.json").json()
    schemas = spec["components"]["schemas"]
    assert "interviewing" in schemas["Status"]["enum"]
    assert "final" in schemas["Stage"]["enum"]
    assert "notice_period_asked" in schemas["SignalKind"]["enum"]
    outcome = schemas["OutcomeIn"]["properties"]["outcome"]
    assert outcome["enum"] == ["offer", "rejection", "withdrawn", "ghosted", "accepted"]
    assert "/api/v1/{collection}/{record_id}" in spec["paths"]


def test_health_needs_no_sign_in(ws: Workspace, make_client: Any) -> None:
    client = make_client(ws, accounts=True)
    assert client.get(f"{API}/applications").status_code == 401
    health = client.get(f"{API}/health")
    assert health.status_code == 200 and health.json() == {"ok": True}


@pytest.mark.parametrize(
    ("method", "url", "body"),
    [
        ("patch", "/applications/{app}", {"role": None}),
        ("patch", "/applications/{app}", {"company": None}),
        ("patch", "/applications/{app}", {"salary_max": 3_000_000_000}),
        ("post", "/applications", {"company": "Acme", "role": "X", "salary_min": 3_000_000_000}),
        ("post", "/applications", {"company": "Acme", "role": "X", "status": "hired"}),
        ("post", "/applications/{app}/people",
         {"name": "Eve", "role": "recruiter", "email": "eve@x.example\r\nBcc: a@b.example"}),
        ("post", "/applications/{app}/people",
         {"name": "Eve", "role": "recruiter", "email": "eve@x.example?bcc=a@b.example"}),
        ("patch", "/people/{person}", {"email": "eve@x.example?bcc=a@b.example"}),
        ("patch", "/people/{person}", {"name": None}),
        ("patch", "/goals/{goal}", {"title": None}),
        ("patch", "/settings", {"timezone": "Mars/Olympus"}),
        ("delete", "/companies/1", None),
    ],
)  # fmt: skip
def test_schema_valid_or_hostile_input_is_a_4xx_in_one_shape(
    web: Web, ws: Workspace, app_id: int, method: str, url: str, body: Any
) -> None:
    ids = {"app": app_id, "person": ws.people(app_id)[0].id,
           "goal": ws.add_goal("rest", "Climbing", 60)}  # fmt: skip
    before = ws.detail(app_id)
    kwargs = {} if body is None else {"json": body}
    res = getattr(web.client, method)(API + url.format(**ids), **kwargs)
    assert 400 <= res.status_code < 500, res.text
    assert list(res.json()) == ["detail"] and isinstance(res.json()["detail"], str)
    assert ws.detail(app_id) == before


def test_a_second_application_for_the_same_company_on_any_database(
    any_ws: Workspace, make_client: Any
) -> None:
    c = make_client(any_ws)
    for company in ("Škoda Auto", "Škoda Auto", "ŠKODA AUTO"):
        assert (
            c.post(f"{API}/applications", json={"company": company, "role": "QA"}).status_code
            == 201
        )
    apps = c.get(f"{API}/applications").json()
    assert len({a["company_id"] for a in apps}) == 1
    big = c.post(f"{API}/applications", json={"company": "Big", "role": "CEO",
                                               "salary_max": 3_000_000_000})  # fmt: skip
    assert big.status_code == 422


def test_settings_and_drafts(web: Web, app_id: int, ws: Workspace) -> None:
    c = web.client
    saved = c.patch(f"{API}/settings", json={"name": "Sam Doe", "weekly_target": 3})
    assert saved.status_code == 200 and saved.json()["name"] == "Sam Doe"
    assert c.get(f"{API}/settings").json()["weekly_target"] == "3"
    every = {"my_addresses": "sam@home.example", "country": "DE", "cohort_consent": "on",
             "signature": "Sam"}  # fmt: skip
    saved = c.patch(f"{API}/settings", json=every)
    assert saved.status_code == 200, saved.text
    assert {k: saved.json()[k] for k in every} == every
    assert c.patch(f"{API}/settings", json={"cohort_consent": "maybe"}).status_code == 422
    interview = ws.interviews(app_id)[0].id
    draft = c.get(f"{API}/interviews/{interview}/drafts/thank-you")
    assert draft.status_code == 200, draft.text
    assert draft.json()["to"] == "ana@acme.example" and "Sam Doe" in draft.json()["body"]
    follow = c.get(f"{API}/applications/{app_id}/drafts/follow-up")
    assert follow.status_code == 200 and follow.json()["subject"]
