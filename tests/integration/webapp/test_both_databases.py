"""The web app on SQLite and on a real PostgreSQL: server mode with two accounts, pages,
the API, and a move on the board."""

from __future__ import annotations

from typing import Any

from tests.support.webclient import CSRF, Web

from offerwatch.service import Workspace

PASSWORD = "a long enough password"


def _signed_in(make_client: Any, ws: Workspace, name: str) -> Web:
    client = make_client(ws, accounts=True)
    token = CSRF.search(client.get("/login").text)
    assert token
    res = client.post("/login", data={"csrf": token.group(1), "username": name,
                                      "password": PASSWORD}, follow_redirects=False)  # fmt: skip
    assert res.status_code == 303
    return Web(client)


def test_two_accounts_on_one_server(any_ws: Workspace, make_client: Any) -> None:
    any_ws.add_user("ana", PASSWORD)
    any_ws.add_user("bo", PASSWORD)
    ana, bo = _signed_in(make_client, any_ws, "ana"), _signed_in(make_client, any_ws, "bo")
    made = ana.client.post("/api/v1/applications", json={"company": "Acme", "role": "SRE"})
    app_id = made.json()["id"]
    ana.client.post(f"/api/v1/applications/{app_id}/interviews", json={
        "stage": "final", "start": "2026-03-02T10:00:00Z", "end": "2026-03-02T11:00:00Z",
        "people": ["Ana Lopez"], "signs": ["next_steps_reviewed"]})  # fmt: skip
    assert "Acme" in ana.get("/pipeline").text and "Acme" not in bo.get("/pipeline").text
    assert bo.get(f"/applications/{app_id}").status_code == 404
    assert bo.client.get("/api/v1/applications").json() == []
    assert ana.post_form(f"/applications/{app_id}/status", {"status": "offer"}).status_code == 303
    page = ana.get(f"/applications/{app_id}").text
    assert "Final interview with Ana Lopez" in page and "Offer" in page
    assert ana.get("/").status_code == 200 and ana.get("/insights").status_code == 200
