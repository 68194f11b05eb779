"""The API says what the web page and the CLI say when an interview is dated before the day
its application says you applied: both kept as sent, the note in the answer."""

from __future__ import annotations

from datetime import date

from tests.support.webclient import Web

from offerwatch.service import Workspace

API = "/api/v1"


def _interview(start: str) -> dict[str, object]:
    return {"stage": "interview", "start": start, "end": start.replace("T10", "T11")}


def test_post_and_patch_say_the_interview_is_dated_before_applying(web: Web, ws: Workspace) -> None:
    c = web.client
    app_id = ws.add_application("Initech", "SRE", applied_on=date(2026, 3, 10))
    res = c.post(f"{API}/applications/{app_id}/interviews", json=_interview("2026-03-02T10:00Z"))
    assert res.status_code == 201, res.text
    body = res.json()
    iid = body["id"]
    note = body["before_applying"]
    assert (note["day"], note["applied"]) == ("2026-03-02", "2026-03-10")
    assert "before the day you applied" in note["message"]
    assert f"/api/v1/interviews/{iid}" in note["message"]
    # Kept as sent: the note does not change what was stored.
    assert ws.interview(iid).scheduled_start.date() == date(2026, 3, 2)
    assert ws.application(app_id).applied_on == date(2026, 3, 10)

    # Moved after the day applied: no note; the rest of the interview as before.
    moved = c.patch(f"{API}/interviews/{iid}", json=_interview("2026-03-12T10:00Z"))
    assert moved.status_code == 200
    assert moved.json()["before_applying"] is None
    assert moved.json()["scheduled_start"].startswith("2026-03-12")
    # Moved back before it: said again, with the interview's fields as saved.
    back = c.patch(f"{API}/interviews/{iid}", json={"start": "2026-03-09T10:00Z"}).json()
    assert back["before_applying"]["day"] == "2026-03-09"
    assert back["id"] == iid and back["stage"] == "interview"
    assert c.get(f"{API}/interviews/{iid}").json()["version"] == back["version"]


def test_no_note_when_applied_on_is_unknown_or_earlier(web: Web, ws: Workspace) -> None:
    c = web.client
    later = ws.add_application("Hooli", "SRE", applied_on=date(2026, 3, 1))
    body = c.post(f"{API}/applications/{later}/interviews", json=_interview("2026-03-02T10:00Z"))
    assert body.status_code == 201 and body.json()["before_applying"] is None
    spec = c.get(f"{API}/openapi.json").json()
    created = spec["paths"]["/api/v1/applications/{app_id}/interviews"]["post"]["responses"]
    assert "InterviewCreated" in str(created["201"])
