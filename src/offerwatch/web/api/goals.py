"""/api/v1/goals: the waiting plan's goals, their time logs; settings; drafts."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, Request, Response

from offerwatch.core.goals import Goal, GoalProgress
from offerwatch.core.trash import TrashKind
from offerwatch.errors import BadInput
from offerwatch.web.api.conventions import created, expected_version, paged, read_tagged, tagged
from offerwatch.web.api.jsonable import jsonable
from offerwatch.web.api.models import Created, GoalIn, GoalLogIn, GoalPatch, SettingsPatch
from offerwatch.web.deps import ApiWS, Id, Limit, Offset

router = APIRouter()
GOAL = TrashKind.GOAL


@router.get("/goals", response_model=list[GoalProgress], tags=["goals"])
def list_goals(
    ws: ApiWS, request: Request, response: Response, limit: Limit = 50, offset: Offset = 0
) -> list[GoalProgress]:
    """Active goals with the minutes logged this week, paged."""
    goals = ws.goals()
    paged(request, response, len(goals), limit, offset)
    return goals[offset : offset + limit]


@router.post("/goals", status_code=201, response_model=Created, tags=["goals"])
def create_goal(ws: ApiWS, body: GoalIn, response: Response) -> Created:
    goal_id = ws.add_goal(body.kind, body.title, body.weekly_minutes)
    created(response, "goals", goal_id)
    return Created(id=goal_id)


@router.get("/goals/{goal_id}", response_model=Goal, tags=["goals"])
def get_goal(ws: ApiWS, goal_id: Id, request: Request, response: Response) -> Goal | Response:
    goal = ws.goal(goal_id)
    return read_tagged(request, response, GOAL, goal_id, goal, goal.version)


@router.patch("/goals/{goal_id}", response_model=Goal, tags=["goals"])
def patch_goal(
    ws: ApiWS, goal_id: Id, body: GoalPatch, request: Request, response: Response
) -> Goal:
    """Change the fields sent; none of them can be cleared (null is refused)."""
    for name in body.model_fields_set:
        if getattr(body, name) is None:
            raise BadInput(f"{name} is required (null cannot clear it)")
    saved = ws.update_goal(
        goal_id,
        kind=body.kind,
        title=body.title,
        weekly_minutes=body.weekly_minutes,
        expected_version=expected_version(request, GOAL, goal_id),
    )
    tagged(request, response, GOAL, goal_id, saved.version)
    return saved


@router.post("/goals/{goal_id}/log", status_code=201, response_model=Created, tags=["goals"])
def log_goal(ws: ApiWS, goal_id: Id, body: GoalLogIn) -> Created:
    """Record time spent on a goal."""
    return Created(id=ws.log_goal(goal_id, body.minutes, body.note, body.at))


@router.get("/settings", tags=["settings"])
def get_settings(ws: ApiWS) -> dict[str, str | None]:
    """Every setting with its value (the default where unset)."""
    return ws.settings()


@router.patch("/settings", tags=["settings"])
def patch_settings(ws: ApiWS, body: SettingsPatch) -> dict[str, str | None]:
    """Change the settings sent, all or none; null restores a default."""
    values = body.model_dump(exclude_unset=True)
    return ws.set_settings({k: None if v is None else str(v) for k, v in values.items()})


def _draft(draft: Any) -> dict[str, Any]:
    """A draft without its .eml bytes (fetch those from the web page)."""
    out: dict[str, Any] = jsonable(draft)
    out.pop("eml", None)
    return out


@router.get("/interviews/{interview_id}/drafts/thank-you", tags=["drafts"])
def thank_you_draft(
    ws: ApiWS, interview_id: Id, to: str | None = Query(None, max_length=320)
) -> dict[str, Any]:
    """A thank-you note to one person met (?to=their email; default: the hiring manager)."""
    return _draft(ws.draft_thank_you(interview_id, to))


@router.get("/applications/{app_id}/drafts/follow-up", tags=["drafts"])
def follow_up_draft(ws: ApiWS, app_id: Id) -> dict[str, Any]:
    """A polite follow-up about timing to the main contact."""
    return _draft(ws.draft_follow_up(app_id))
