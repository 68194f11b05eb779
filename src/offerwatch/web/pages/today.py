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
from offerwatch.web.deps import Id, PageWS
from offerwatch.web.features import has_planning
from offerwatch.web.pages._render import after_post, render

router = APIRouter()

SNOOZE_CHOICES = {"1d": timedelta(days=1), "3d": timedelta(days=3), "7d": timedelta(days=7)}


SHOWN = 12  # actions per section before "show all": the page stays light with long lists


@router.get("/")
def today(request: Request, ws: PageWS, all: bool = False) -> Response:
    now = ws.clock()
    cache = request.app.state.web.cache
    agenda: Any = cache.get(ws.user_id, "agenda", ws.agenda) if has_planning(ws) else None
    keep = getattr(agenda, "keep_applying", None)
    keep_chart = None
    if keep is not None and keep.active:
        keep_chart = gauge(keep.applied_this_week, keep.target, "New applications this week")
    cap = None if all else SHOWN
    sections = []
    done = 0
    if agenda is not None:
        for title, listed, late in (("Overdue", agenda.overdue, True),
                                    ("Today", agenda.today, False),
                                    ("Coming up", agenda.upcoming, False)):  # fmt: skip
            items = [i for i in listed if not i.done]
            done += len(listed) - len(items)
            if items:
                sections.append((title, items[:cap], late, len(items)))
    shown = [i for _, items, _, _ in sections for i in items]
    return render(
        request,
        ws,
        "today.html",
        {
            "agenda": agenda,
            "sections": sections,
            "done": done,
            "keep": keep,
            "keep_chart": keep_chart,
            "interviews": ws.upcoming_interviews(now),
            "apps": ws.applications_by_id(i.application_id for i in shown if i.application_id),
        },
    )


@router.post("/actions/{action_id}/done")
def done(request: Request, ws: PageWS, action_id: Id) -> Response:
    _planner(ws).mark_done(action_id)
    return after_post(request, "/", id=action_id)


@router.post("/actions/{action_id}/dismiss")
def dismiss(request: Request, ws: PageWS, action_id: Id) -> Response:
    _planner(ws).dismiss(action_id)
    return after_post(request, "/", id=action_id)


@router.post("/actions/{action_id}/snooze")
def snooze(
    request: Request,
    ws: PageWS,
    action_id: Id,
    until: Annotated[str, Form(max_length=40)] = "1d",
) -> Response:
    now = ws.clock()
    when = (
        now + SNOOZE_CHOICES[until]
        if until in SNOOZE_CHOICES
        else parse_datetime(until, ws.timezone())
    )
    if when <= now:
        raise BadInput("snooze until a time in the future")
    _planner(ws).snooze(action_id, when)
    return after_post(request, "/", id=action_id)


def _planner(ws: Any) -> Any:
    if not has_planning(ws):
        raise BadInput("planning is not available in this version")
    return ws


@router.post("/goals")
def add_goal(
    request: Request,
    ws: PageWS,
    kind: Annotated[str, Form(max_length=10)],
    title: Annotated[str, Form(max_length=300)],
    weekly_minutes: Annotated[int, Form(ge=1, le=10_080)],
) -> Response:
    gid = _planner(ws).add_goal(kind, title, weekly_minutes)
    return after_post(request, "/#plan", id=gid)


@router.post("/goals/{goal_id}/log")
def log_goal(
    request: Request,
    ws: PageWS,
    goal_id: Id,
    minutes: Annotated[int, Form(ge=1, le=1440)],
) -> Response:
    _planner(ws).log_goal(goal_id, minutes)
    return after_post(request, "/#plan", id=goal_id)


@router.get("/actions/{action_id}/draft")
def draft(request: Request, ws: PageWS, action_id: Id) -> Response:
    """The thank-you or follow-up email for an action, ready to copy or open."""
    found = _draft(ws, action_id)
    return render(request, ws, "draft.html", {"draft": found, "action_id": action_id})


@router.get("/actions/{action_id}/draft.eml")
def draft_eml(request: Request, ws: PageWS, action_id: Id) -> Response:
    found = _draft(ws, action_id)
    return Response(
        found.eml,
        media_type="message/rfc822",
        headers={"Content-Disposition": f'attachment; filename="draft-{action_id}.eml"'},
    )


def _draft(ws: Any, action_id: Id) -> Any:
    """Thank-you actions draft to the person they name; follow-ups to the main contact."""
    planner = _planner(ws)
    action = planner.action(action_id)
    if action.kind == "thank_you" and action.interview_id is not None:
        email = None
        if action.person_id is not None:
            email = planner.person(action.person_id).email
        return planner.draft_thank_you(action.interview_id, email)
    if action.kind == "follow_up" and action.application_id is not None:
        return planner.draft_follow_up(action.application_id)
    raise BadInput(f"there is no email to draft for a {action.kind.replace('_', ' ')} action")
