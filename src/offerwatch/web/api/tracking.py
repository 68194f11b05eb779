"""/api/v1 interviews and observations (signals)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from fastapi import APIRouter, Request, Response

from offerwatch.core.entities import Interview, Observation
from offerwatch.core.trash import TrashKind
from offerwatch.errors import BadInput
from offerwatch.service.validate import KEEP
from offerwatch.web.api.conventions import created, expected_version, paged, read_tagged, tagged
from offerwatch.web.api.models import (
    BeforeApplying,
    Created,
    InterviewCreated,
    InterviewIn,
    InterviewPatch,
    ObservationIn,
    ObservationPatch,
    SavedInterview,
)
from offerwatch.web.deps import ApiWS, Id, Limit, Offset, OptionalId

if TYPE_CHECKING:
    from offerwatch.service import Workspace

router = APIRouter()
INTERVIEW, SIGNAL = TrashKind.INTERVIEW, TrashKind.SIGNAL


@router.get("/interviews", response_model=list[Interview], tags=["interviews"])
def list_interviews(
    ws: ApiWS,
    request: Request,
    response: Response,
    application_id: OptionalId = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> list[Interview]:
    """Interviews, earliest first (of one application with ?application_id=), paged."""
    page = ws.page_interviews(application_id, limit=limit, offset=offset)
    paged(request, response, ws.count_interviews(application_id), limit, offset)
    return page


@router.post(
    "/applications/{app_id}/interviews",
    status_code=201,
    response_model=InterviewCreated,
    tags=["interviews"],
)
def add_interview(ws: ApiWS, app_id: Id, body: InterviewIn, response: Response) -> InterviewCreated:
    """Record an interview, the people met and the signs seen, in one go; `before_applying`
    says when it is dated before the day the application says you applied (kept as sent)."""
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
    created(response, "interviews", iid)
    return InterviewCreated(id=iid, before_applying=_before_applying(ws, iid))


def _before_applying(ws: Workspace, interview_id: int) -> BeforeApplying | None:
    """The note the web page and the CLI give when an interview is dated before the day
    its application says you applied."""
    dates = ws.dated_before_applying(interview_id)
    if dates is None:
        return None
    day, applied, app_id = dates
    return BeforeApplying(
        day=day,
        applied=applied,
        message=f"the interview is dated {day}, before the day you applied ({applied}); "
        f"both are kept: if one is wrong, PATCH /api/v1/interviews/{interview_id} or "
        f"/api/v1/applications/{app_id}",
    )


@router.get("/interviews/{interview_id}", response_model=Interview, tags=["interviews"])
def get_interview(
    ws: ApiWS, interview_id: Id, request: Request, response: Response
) -> Interview | Response:
    found = ws.interview(interview_id)
    return read_tagged(request, response, INTERVIEW, interview_id, found, found.version)


@router.patch("/interviews/{interview_id}", response_model=SavedInterview, tags=["interviews"])
def update_interview(
    ws: ApiWS, interview_id: Id, body: InterviewPatch, request: Request, response: Response
) -> SavedInterview:
    """Change the fields sent (null clears actual_end, notes or timeline; `cancelled`
    marks it called off or takes that back); returns it saved, with `before_applying` when
    it is dated before the day its application says you applied.
    If-Match with the ETag read refuses a stale write (412)."""
    sent = body.model_fields_set
    clearable: dict[str, Any] = {
        name: getattr(body, name) for name in ("actual_end", "notes", "timeline") if name in sent
    }
    saved = ws.update_interview(
        interview_id,
        stage=body.stage,
        start=body.start,
        end=body.end,
        with_=body.people,
        signs=body.signs,
        cancelled=body.cancelled,
        expected_version=expected_version(request, INTERVIEW, interview_id),
        **clearable,
    )
    tagged(request, response, INTERVIEW, interview_id, saved.version)
    return SavedInterview.of(saved, _before_applying(ws, interview_id))


@router.get("/observations", response_model=list[Observation], tags=["observations"])
def list_observations(
    ws: ApiWS,
    request: Request,
    response: Response,
    application_id: OptionalId = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> list[Observation]:
    """Signals seen, in the order recorded (of one application with ?application_id=)."""
    page = ws.page_observations(application_id, limit=limit, offset=offset)
    paged(request, response, ws.count_observations(application_id), limit, offset)
    return page


@router.post(
    "/applications/{app_id}/observations",
    status_code=201,
    response_model=Created,
    tags=["observations"],
)
def add_observation(ws: ApiWS, app_id: Id, body: ObservationIn, response: Response) -> Created:
    oid = ws.add_signal(
        app_id,
        body.kind,
        interview_id=body.interview_id,
        at=body.at,
        note=body.note,
        expected=body.expected_by,
    )
    created(response, "observations", oid)
    return Created(id=oid)


@router.get("/observations/{obs_id}", response_model=Observation, tags=["observations"])
def get_observation(
    ws: ApiWS, obs_id: Id, request: Request, response: Response
) -> Observation | Response:
    found = ws.signal(obs_id)
    return read_tagged(request, response, SIGNAL, obs_id, found, found.version)


@router.patch("/observations/{obs_id}", response_model=Observation, tags=["observations"])
def patch_observation(
    ws: ApiWS, obs_id: Id, body: ObservationPatch, request: Request, response: Response
) -> Observation:
    """Change the fields sent (null clears note, interview_id, expected_by)."""
    sent = body.model_fields_set
    for required in ("kind", "at"):
        if required in sent and getattr(body, required) is None:
            raise BadInput(f"{required} is required (null cannot clear it)")
    saved = ws.update_signal(
        obs_id,
        kind=body.kind,
        at=body.at,
        note=body.note if "note" in sent else KEEP,
        interview_id=body.interview_id if "interview_id" in sent else KEEP,
        expected=body.expected_by if "expected_by" in sent else KEEP,
        expected_version=expected_version(request, SIGNAL, obs_id),
    )
    tagged(request, response, SIGNAL, obs_id, saved.version)
    return saved
