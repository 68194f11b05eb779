"""/api/v1 signs read from an interview's notes: list the suggestions, record chosen ones."""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import Field

from offerwatch.core.signals import SignalKind
from offerwatch.service.notes_signs import NotesSign, Recorded
from offerwatch.web.api.models import Body
from offerwatch.web.deps import ApiWS, Id

router = APIRouter()


class NotesSignsIn(Body):
    """The suggested kinds to record; null records every suggestion."""

    kinds: list[SignalKind] | None = Field(None, min_length=1, max_length=20)


@router.get(
    "/interviews/{interview_id}/notes-signs", response_model=list[NotesSign], tags=["interviews"]
)
def notes_signs(ws: ApiWS, interview_id: Id) -> list[NotesSign]:
    """The signs the interview's notes suggest, each marked when already recorded."""
    return ws.notes_signs(interview_id)


@router.post("/interviews/{interview_id}/notes-signs", response_model=Recorded, tags=["interviews"])
def record_notes_signs(ws: ApiWS, interview_id: Id, body: NotesSignsIn) -> Recorded:
    """Record suggested signs as observations of the interview (source "note"); a kind the
    notes do not suggest is refused (400) and nothing is recorded."""
    kinds = None if body.kinds is None else [k.value for k in body.kinds]
    return ws.record_notes_signs(interview_id, kinds)
