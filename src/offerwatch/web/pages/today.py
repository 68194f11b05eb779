"""Today: what to do now (actions, when planning has landed), interviews coming up, who has
been silent longest, and the waiting plan."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import Response

from offerwatch.core.timeutil import parse_datetime
from offerwatch.errors import BadInput
from offerwatch.web.charts import gauge
from offerwatch.web.deps import PageWS
from offerwatch.web.features import has_planning
from offerwatch.web.pages._render import after_post, render

router = APIRouter()

SNOOZE_CHOICES = {"1d": timedelta(days=1), "3d": timedelta(days=3), "7d": timedelta(days=7)}


@router.get("/")
def today(request: Request, ws: PageWS) -> Response:
    now = ws.clock()
    agenda: Any = ws.agenda(now) if has_planning(ws) else None  # type: ignore[attr-defined]
    keep = getattr(agenda, "keep_applying", None)
    keep_chart = None
    if keep is not None and hasattr(keep, "target") and hasattr(keep, "this_week"):
        keep_chart = gauge(keep.this_week, keep.target, "New applications this week")
    return render(
        request,
        ws,
        "today.html",
        {
            "agenda": agenda,
            "keep": keep,
            "keep_chart": keep_chart,
            "interviews": ws.upcoming_interviews(now),
            "apps": {a.id: a for a in ws.list_applications()} if agenda else {},
        },
    )


@router.post("/actions/{action_id}/done")
def done(request: Request, ws: PageWS, action_id: int) -> Response:
    _planner(ws).mark_done(action_id)
    return after_post(request, "/", id=action_id)


@router.post("/actions/{action_id}/dismiss")
def dismiss(request: Request, ws: PageWS, action_id: int) -> Response:
    _planner(ws).dismiss(action_id)
    return after_post(request, "/", id=action_id)


@router.post("/actions/{action_id}/snooze")
def snooze(
    request: Request,
    ws: PageWS,
    action_id: int,
    until: Annotated[str, Form(max_length=40)] = "1d",
) -> Response:
    now = ws.clock()
    when = now + SNOOZE_CHOICES[until] if until in SNOOZE_CHOICES else parse_datetime(until)
    if when <= now:
        raise BadInput("snooze until a time in the future")
    _planner(ws).snooze(action_id, when)
    return after_post(request, "/", id=action_id)


def _planner(ws: Any) -> Any:
    if not has_planning(ws):
        raise BadInput("planning is not available in this version")
    return ws
