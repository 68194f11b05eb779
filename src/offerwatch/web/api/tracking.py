"""/api/v1 interviews and observations (signals)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from offerwatch.core.entities import Interview, Observation
from offerwatch.web.api.models import Created, InterviewIn, InterviewPatch, ObservationIn
from offerwatch.web.deps import ApiWS, Id, Limit, Offset, OptionalId

router = APIRouter()


@router.get("/interviews", response_model=list[Interview], tags=["interviews"])
def list_interviews(
    ws: ApiWS, application_id: OptionalId = None, limit: Limit = 50, offset: Offset = 0
) -> list[Interview]:
    """Interviews, earliest first (of one application with ?application_id=)."""
    return ws.page_interviews(application_id, limit=limit, offset=offset)


@router.post(
    "/applications/{app_id}/interviews",
    status_code=201,
    response_model=Created,
    tags=["interviews"],
)
def add_interview(ws: ApiWS, app_id: Id, body: InterviewIn) -> Created:
    """Record an interview, the people met and the signs seen, in one go."""
    iid = ws.add_interview(
        app_id,
        stage=body.stage,
        start=body.start,
        end=body.end,
        actual_end=body.actual_end,
        with_=body.people,
        notes=body.notes,
        timeline=body.timeline,
        timeline_date=body.timeline_date,
        signs=body.signs,
    )
    return Created(id=iid)


@router.get("/interviews/{interview_id}", response_model=Interview, tags=["interviews"])
def get_interview(ws: ApiWS, interview_id: Id) -> Interview:
    return ws.interview(interview_id)


@router.patch("/interviews/{interview_id}", response_model=Interview, tags=["interviews"])
def update_interview(ws: ApiWS, interview_id: Id, body: InterviewPatch) -> Interview:
    """Change the fields sent (null clears actual_end, notes or timeline); returns it saved."""
    sent = body.model_fields_set
    clearable: dict[str, Any] = {
        name: getattr(body, name) for name in ("actual_end", "notes", "timeline") if name in sent
    }
    return ws.update_interview(
        interview_id,
        stage=body.stage,
        start=body.start,
        end=body.end,
        with_=body.people,
        **clearable,
    )


@router.get("/observations", response_model=list[Observation], tags=["observations"])
def list_observations(
    ws: ApiWS, application_id: OptionalId = None, limit: Limit = 50, offset: Offset = 0
) -> list[Observation]:
    """Signals seen, in the order recorded (of one application with ?application_id=)."""
    return ws.page_observations(application_id, limit=limit, offset=offset)


@router.post(
    "/applications/{app_id}/observations",
    status_code=201,
    response_model=Created,
    tags=["observations"],
)
def add_observation(ws: ApiWS, app_id: Id, body: ObservationIn) -> Created:
    oid = ws.add_signal(
        app_id,
        body.kind,
        interview_id=body.interview_id,
        at=body.at,
        note=body.note,
        expected=body.expected_by,
    )
    return Created(id=oid)
