"""The interview form: when, who, the signs seen, notes, the timeline they stated."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import Response

from offerwatch.core.entities import Stage
from offerwatch.core.timeutil import parse_date, parse_datetime
from offerwatch.web.deps import Id, PageWS
from offerwatch.web.pages._render import after_post, render
from offerwatch.web.pages._signs import interview_signs

router = APIRouter()


@router.get("/applications/{app_id}/interviews/new")
def form(request: Request, ws: PageWS, app_id: Id) -> Response:
    app = ws.application(app_id)
    return render(
        request,
        ws,
        "interview_form.html",
        {"a": app, "stages": list(Stage), "signs": interview_signs(), "people": ws.people(app_id)},
    )


@router.post("/applications/{app_id}/interviews")
def record(
    request: Request,
    ws: PageWS,
    app_id: Id,
    stage: Annotated[str, Form(max_length=20)],
    start: Annotated[str, Form(max_length=40)],
    end: Annotated[str, Form(max_length=40)],
    actual_end: Annotated[str | None, Form(max_length=40)] = None,
    people: Annotated[str | None, Form(max_length=2000)] = None,
    signs: Annotated[list[str] | None, Form()] = None,
    notes: Annotated[str | None, Form(max_length=20_000)] = None,
    timeline: Annotated[str | None, Form(max_length=1000)] = None,
    timeline_date: Annotated[str | None, Form(max_length=20)] = None,
) -> Response:
    """Record the interview and the signs ticked, in one transaction."""
    met = [p.strip() for p in (people or "").replace("\n", ",").split(",") if p.strip()]
    iid = ws.add_interview(
        app_id,
        stage=stage,
        start=parse_datetime(start, ws.timezone()),
        end=parse_datetime(end, ws.timezone()),
        actual_end=parse_datetime(actual_end, ws.timezone()) if actual_end else None,
        with_=met,
        notes=notes,
        timeline=timeline,
        timeline_date=parse_date(timeline_date) if timeline_date else None,
        signs=signs or [],
    )
    return after_post(request, f"/applications/{app_id}#odds", id=iid)
