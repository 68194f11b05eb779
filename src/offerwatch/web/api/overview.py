"""/api/v1 overviews: health (the bare baseline), board, insights, scores and the agenda."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request

from offerwatch.core.agenda import Agenda
from offerwatch.core.insights import Insights
from offerwatch.core.odds import Score
from offerwatch.service.overview import Column
from offerwatch.web.api.jsonable import jsonable
from offerwatch.web.api.models import Ok, SnoozeIn
from offerwatch.web.deps import ApiWS, Id, state

router = APIRouter()


@router.get("/health", response_model=Ok, tags=["meta"])
def health(request: Request) -> Ok:
    """Readiness, without signing in: the database answers (one `SELECT 1`)."""
    return Ok(ok=state(request).workspace.ping())


@router.get("/board", response_model=list[Column], tags=["overview"])
def board(ws: ApiWS, per_column: int = 25) -> list[Column]:
    """The pipeline board: applications by status, untouched longest first."""
    return list(ws.board(per_column=max(1, min(per_column, 500))).values())


@router.get("/insights", response_model=Insights, tags=["overview"])
def insights(ws: ApiWS) -> Insights:
    return ws.insights()


# The answers below are built by `jsonable` (as they always were); `responses` describes
# their shape, which the API's fuzz test holds them to.
@router.get("/applications/{app_id}/score", tags=["score"], responses={200: {"model": Score}})
def score(ws: ApiWS, app_id: Id) -> Any:
    """The chance of an offer and the factors behind it."""
    return jsonable(ws.score(app_id))


@router.get("/scores", tags=["score"], responses={200: {"model": dict[str, Score]}})
def scores(ws: ApiWS) -> Any:
    """Scores of every open application, by application id."""
    return jsonable(ws.scores())


@router.get("/agenda", tags=["agenda"], responses={200: {"model": Agenda}})
def agenda(ws: ApiWS, days: int = 7) -> Any:
    """What to do: overdue, today, upcoming; keep-applying; goals."""
    return jsonable(ws.agenda(days=max(1, min(days, 90))))


@router.post("/actions/{action_id}/done", response_model=Ok, tags=["agenda"])
def done(ws: ApiWS, action_id: Id) -> Ok:
    ws.mark_done(action_id)
    return Ok()


@router.post("/actions/{action_id}/dismiss", response_model=Ok, tags=["agenda"])
def dismiss(ws: ApiWS, action_id: Id) -> Ok:
    ws.dismiss(action_id)
    return Ok()


@router.post("/actions/{action_id}/snooze", response_model=Ok, tags=["agenda"])
def snooze(ws: ApiWS, action_id: Id, body: SnoozeIn) -> Ok:
    ws.snooze(action_id, body.until)
    return Ok()
