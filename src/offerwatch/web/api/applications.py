"""/api/v1/applications: list, create, read, change, move, outcome; people of one."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response

from offerwatch.core.entities import Application, Person, Status, StatusChange
from offerwatch.core.trash import TrashKind
from offerwatch.service.tracking import ApplicationDetail
from offerwatch.web.api.conventions import created, expected_version, paged, read_tagged, tagged
from offerwatch.web.api.models import (
    ApplicationIn,
    ApplicationPatch,
    Created,
    Ok,
    OutcomeIn,
    PersonIn,
    StatusIn,
)
from offerwatch.web.deps import ApiWS, Id, Limit, Offset

router = APIRouter(tags=["applications"])
APP = TrashKind.APPLICATION


@router.get("/applications", response_model=list[Application])
def list_applications(
    ws: ApiWS,
    request: Request,
    response: Response,
    status: Annotated[list[Status] | None, Query()] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> list[Application]:
    """Applications, oldest first, one page at a time (X-Total-Count and Link headers)."""
    paged(request, response, ws.count_applications(status), limit, offset)
    return ws.page_applications(status, limit=limit, offset=offset)


@router.post("/applications", status_code=201, response_model=Created)
def create_application(ws: ApiWS, body: ApplicationIn, response: Response) -> Created:
    app_id = ws.add_application(**body.model_dump())
    created(response, "applications", app_id)
    return Created(id=app_id)


@router.get("/applications/{app_id}", response_model=ApplicationDetail)
def get_application(
    ws: ApiWS, app_id: Id, request: Request, response: Response
) -> ApplicationDetail | Response:
    """The application with its people, interviews, signals and status history (ETag: the
    application's version)."""
    detail = ws.detail(app_id)
    return read_tagged(request, response, APP, app_id, detail, detail.application.version)


@router.patch("/applications/{app_id}", response_model=Application)
def patch_application(
    ws: ApiWS, app_id: Id, body: ApplicationPatch, request: Request, response: Response
) -> Application:
    """Change the fields sent; If-Match with the ETag read refuses a stale write (412)."""
    saved = ws.update_application(
        app_id,
        expected_version=expected_version(request, APP, app_id),
        **body.model_dump(exclude_unset=True),
    )
    tagged(request, response, APP, app_id, saved.version)
    return saved


@router.post("/applications/{app_id}/status", response_model=Application)
def move_application(ws: ApiWS, app_id: Id, body: StatusIn) -> Application:
    ws.set_status(app_id, body.status, body.at)
    return ws.application(app_id)


@router.get("/applications/{app_id}/history", response_model=list[StatusChange])
def history(ws: ApiWS, app_id: Id) -> list[StatusChange]:
    return ws.status_history(app_id)


@router.post("/applications/{app_id}/outcome", response_model=Ok)
def outcome(ws: ApiWS, app_id: Id, body: OutcomeIn) -> Ok:
    ws.record_outcome(app_id, body.outcome, body.at)
    return Ok()


@router.get("/applications/{app_id}/people", response_model=list[Person], tags=["people"])
def people_of(ws: ApiWS, app_id: Id) -> list[Person]:
    return ws.people(app_id)


@router.post(
    "/applications/{app_id}/people", status_code=201, response_model=Created, tags=["people"]
)
def add_person(ws: ApiWS, app_id: Id, body: PersonIn, response: Response) -> Created:
    pid = ws.add_person(app_id, body.name, role=body.role, email=body.email)
    created(response, "people", pid)
    return Created(id=pid)
