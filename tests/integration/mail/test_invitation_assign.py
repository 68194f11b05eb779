"""An invitation from a sender import does not know goes to review; assigning it on the web
review page applies what it carries, as a match at import would have: the interview from its
calendar part (start, end, attendees on file as the people met) and its signs. Real .eml
files in the shapes Google Calendar, Outlook/Exchange and Calendly send; SQLite and
PostgreSQL. Then a cancelled interview on the web: timeline, edit page, API, undo."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple

import pytest
from tests.support.webclient import Web, app_client

from offerwatch.service import Workspace

DATA = Path(__file__).resolve().parents[2] / "data" / "invitations"


class Shape(NamedTuple):
    file: str
    company: str
    met: str  # the attendee on file for the application
    email: str
    start: datetime
    end: datetime


SHAPES = [
    Shape("google-request.eml", "Northwind", "Marcus Lee", "marcus.lee@northwind.io",
          datetime(2026, 11, 13, 10, tzinfo=UTC), datetime(2026, 11, 13, 11, tzinfo=UTC)),
    # Outlook: 14:00 in "W. Europe Standard Time" (a Windows zone name, CET in November).
    Shape("outlook-request.eml", "Kranich Logistik", "Anna Berg", "anna.berg@kranich-logistik.de",
          datetime(2026, 11, 18, 13, tzinfo=UTC), datetime(2026, 11, 18, 14, tzinfo=UTC)),
    Shape("calendly-request.eml", "Helio Health", "Lena Fischer", "lena.fischer@heliohealth.com",
          datetime(2026, 11, 17, 15, tzinfo=UTC), datetime(2026, 11, 17, 15, 30, tzinfo=UTC)),
]  # fmt: skip


@pytest.fixture
def web(any_ws: Workspace) -> Iterator[Web]:
    with app_client(any_ws) as client:
        yield Web(client)


@pytest.mark.parametrize("shape", SHAPES, ids=lambda s: s.file.split("-")[0])
def test_assigning_an_invitation_on_the_review_page_creates_the_interview(
    any_ws: Workspace, web: Web, shape: Shape
) -> None:
    ws = any_ws
    app = ws.add_application(shape.company, "Data Engineer")
    ws.add_person(app, shape.met, role="hiring_manager", email=shape.email)
    decoy = ws.add_application("Umbrella", "Analyst")  # assigning picks the one chosen
    ws.import_mail(str(DATA / shape.file))
    assert ws.interviews() == []  # its sender is unknown: to review, nothing applied
    [item] = ws.review_list()
    assert "interview_request" in item.signals
    res = web.post_form(f"/mail/messages/{item.message.id}/assign", {"app_id": app})
    assert res.status_code == 303, res.text

    [made] = ws.interviews(app)
    assert (made.scheduled_start, made.scheduled_end) == (shape.start, shape.end)
    assert [p.name for p in made.people] == [shape.met]
    assert "calendar invitation" in (made.notes or "") and not made.cancelled
    assert "interview_request" in {o.kind for o in ws.observations(app)}
    assert ws.interviews(decoy) == [] and ws.review_list() == []
    page = web.get(f"/applications/{app}").text
    assert f"with {shape.met}" in page
    # The undo takes the interview back with the message; assigning it again applies it
    # once: never doubled.
    web.post_form(f"/mail/messages/{item.message.id}/undo")
    assert ws.interviews(app) == []
    web.post_form(f"/mail/messages/{item.message.id}/assign", {"app_id": app})
    [again] = ws.interviews(app)
    assert (again.scheduled_start, again.scheduled_end) == (shape.start, shape.end)
    web.post_form(f"/mail/messages/{item.message.id}/assign", {"app_id": app})
    assert [i.id for i in ws.interviews(app)] == [again.id]


def test_a_cancelled_interview_on_the_web_and_the_api(any_ws: Workspace, web: Web) -> None:
    ws = any_ws
    app = ws.add_application("Acme", "Data Engineer")
    start = datetime(2026, 3, 3, 10, tzinfo=UTC)
    end = datetime(2026, 3, 3, 11, tzinfo=UTC)
    iid = ws.add_interview(app, stage="final", start=start, end=end, with_=["Ana Lopez"])
    edit = web.get(f"/interviews/{iid}/edit").text
    assert "Mark it cancelled" in edit
    res = web.post_form(f"/interviews/{iid}/cancel", {"version": 1})
    assert res.status_code == 303 and ws.interview(iid).cancelled
    page = web.get(f"/applications/{app}").text  # the banner offers the undo
    assert f'action="/interviews/{iid}/uncancel"' in page
    assert '<span class="tag tag-cancelled">cancelled</span> Final interview with Ana Lopez' in page
    assert "Cancelled</strong> on" in web.get(f"/interviews/{iid}/edit").text
    stale = web.post_form(f"/interviews/{iid}/uncancel", {"version": 1})
    assert stale.status_code == 409 and ws.interview(iid).cancelled  # changed meanwhile
    assert web.post_form(f"/interviews/{iid}/uncancel").status_code == 303
    assert not ws.interview(iid).cancelled

    api = web.client
    listed = api.get("/api/v1/interviews", params={"application_id": app}).json()
    assert [i["cancelled_at"] for i in listed] == [None]
    res = api.patch(f"/api/v1/interviews/{iid}", json={"cancelled": True})
    assert res.status_code == 200 and res.json()["cancelled_at"] is not None
    assert api.get(f"/api/v1/interviews/{iid}").json()["cancelled_at"] is not None
    assert api.patch(f"/api/v1/interviews/{iid}", json={"cancelled": "maybe"}).status_code == 422
    assert ws.interview(iid).cancelled  # a refused patch changed nothing
