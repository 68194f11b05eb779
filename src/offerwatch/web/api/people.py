"""/api/v1/people/{id}: read and change one person (delete and restore: api/trash.py)."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from offerwatch.core.entities import Person
from offerwatch.core.trash import TrashKind
from offerwatch.errors import BadInput
from offerwatch.service.validate import KEEP
from offerwatch.web.api.conventions import expected_version, read_tagged, tagged
from offerwatch.web.api.models import PersonPatch
from offerwatch.web.deps import ApiWS, Id

router = APIRouter(tags=["people"])
PERSON = TrashKind.PERSON


@router.get("/people/{person_id}", response_model=Person)
def get_person(ws: ApiWS, person_id: Id, request: Request, response: Response) -> Person | Response:
    person = ws.person(person_id)
    return read_tagged(request, response, PERSON, person_id, person, person.version)


@router.patch("/people/{person_id}", response_model=Person)
def patch_person(
    ws: ApiWS, person_id: Id, body: PersonPatch, request: Request, response: Response
) -> Person:
    """Change the fields sent ("email": null clears it); If-Match refuses a stale write."""
    sent = body.model_fields_set
    for required in ("name", "role"):
        if required in sent and getattr(body, required) is None:
            raise BadInput(f"{required} is required (null cannot clear it)")
    saved = ws.update_person(
        person_id,
        name=body.name,
        email=body.email if "email" in sent else KEEP,
        role=body.role,
        expected_version=expected_version(request, PERSON, person_id),
    )
    tagged(request, response, PERSON, person_id, saved.version)
    return saved
