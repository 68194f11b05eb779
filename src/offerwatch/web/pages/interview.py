"""The interview form: when, who, the signs seen, notes, the timeline they stated."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import Response

from offerwatch.core.entities import Stage
from offerwatch.core.timeutil import parse_date, parse_datetime
from offerwatch.web.deps import MAX_ID, Id, PageWS
from offerwatch.web.pages._render import after_post, flash, render
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


@router.get("/interviews/{interview_id}/edit")
def edit_form(request: Request, ws: PageWS, interview_id: Id) -> Response:
    """The interview as recorded, with its sign checklist ticked as stored."""
    found = ws.interview(interview_id)
    app = ws.application(found.application_id)
    checklist = interview_signs()
    listed = {s.kind for s in checklist}
    manual = {o.kind for o in ws.observations(app.id)
              if o.interview_id == interview_id and o.source.value == "manual"}  # fmt: skip
    context = {
        "a": app,
        "i": found,
        "stages": list(Stage),
        "people": ws.people(app.id),
        "signs": checklist,
        "ticked": manual,
        # Manual signs of this interview the checklist does not show: kept as they are.
        "kept": sorted(manual - listed),
    }
    return render(request, ws, "interview_edit.html", context)


@router.post("/interviews/{interview_id}")
def edit(
    request: Request,
    ws: PageWS,
    interview_id: Id,
    stage: Annotated[str, Form(max_length=20)],
    start: Annotated[str, Form(max_length=40)],
    end: Annotated[str, Form(max_length=40)],
    version: Annotated[int | None, Form(ge=1, le=MAX_ID)] = None,
    actual_end: Annotated[str | None, Form(max_length=40)] = None,
    people: Annotated[str | None, Form(max_length=2000)] = None,
    signs: Annotated[list[str] | None, Form()] = None,
    notes: Annotated[str | None, Form(max_length=20_000)] = None,
    timeline: Annotated[str | None, Form(max_length=1000)] = None,
) -> Response:
    """Save the whole form: an emptied field clears what it held, an unticked sign goes.
    Without `version` (an older form) the signs are left as they are."""
    zone = ws.timezone()
    saved = ws.update_interview(
        interview_id,
        stage=stage,
        start=parse_datetime(start, zone),
        end=parse_datetime(end, zone),
        actual_end=parse_datetime(actual_end, zone) if actual_end else None,
        with_=[p.strip() for p in (people or "").replace("\n", ",").split(",") if p.strip()],
        notes=notes or None,
        timeline=timeline or None,
        signs=(signs or []) if version is not None else None,
        expected_version=version,
    )
    flash(request, "Saved the interview.")
    return after_post(request, f"/applications/{saved.application_id}#timeline", id=saved.id)
