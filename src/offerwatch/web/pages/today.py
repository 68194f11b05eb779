"""Today: what to do now (actions, when planning has landed), interviews coming up, who has
been silent longest, and the waiting plan."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Form, Path, Request
from fastapi.responses import Response

from offerwatch.core.day_words import day_and_time
from offerwatch.core.entities import Status
from offerwatch.core.timeutil import parse_datetime
from offerwatch.drafts.render import eml_bytes
from offerwatch.errors import BadInput
from offerwatch.web.charts import gauge
from offerwatch.web.deps import Id, PageWS
from offerwatch.web.pages._once import once
from offerwatch.web.pages._render import (
    after_post,
    flash,
    refusable,
    render,
    safe_next,
)

router = APIRouter()

SNOOZE_CHOICES = {"1d": timedelta(days=1), "3d": timedelta(days=3), "7d": timedelta(days=7)}


SHOWN = 12  # actions per section before "show all": the page stays light with long lists


@router.get("/")
def today(request: Request, ws: PageWS, all: bool = False) -> Response:
    now = ws.clock()
    cache = request.app.state.web.cache
    agenda: Any = cache.get(ws.user_id, "agenda", ws.agenda, ws.facts_version)
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
    interviews = ws.upcoming_interviews(now)
    counts = {title: total for title, _, _, total in sections}
    empty = not ws.page_applications(limit=1)
    if empty:  # the first-day panel says what to do: no "keep applying" nag beside it
        sections, keep_chart = [], None
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
            "interviews": interviews,
            "empty": empty,
            "statuses": list(Status),
            "summary": summary_line(len(interviews), counts),
            "apps": ws.applications_by_id(i.application_id for i in shown if i.application_id),
        },
    )


Next = Annotated[str | None, Form(max_length=500)]
Mark = Annotated[str, Path(max_length=10)]


def summary_line(interviews: int, counts: dict[str, int]) -> str:
    """Today in one line, interviews first: "1 interview in the next two weeks · 2 overdue,
    1 due today, 3 coming up"."""
    parts = []
    if interviews:
        parts.append(
            f"{interviews} interview{'s' if interviews != 1 else ''} in the next two weeks"
        )
    todo = [f"{counts[title]} {label}" for title, label in
            (("Overdue", "overdue"), ("Today", "due today"), ("Coming up", "coming up"))
            if counts.get(title)]  # fmt: skip
    parts.append(", ".join(todo) if todo else "nothing to do right now")
    line = " · ".join(parts)
    return line[:1].upper() + line[1:]


@router.post("/actions/{action_id}/done")
def done(request: Request, ws: PageWS, action_id: Id, next: Next = None) -> Response:
    ws.mark_done(action_id)
    return _after_mark(request, ws, action_id, next, "Marked done")


@router.post("/actions/{action_id}/sent")
def sent(request: Request, ws: PageWS, action_id: Id, next: Next = None) -> Response:
    """The draft went out: the action is done."""
    ws.mark_done(action_id)
    return _after_mark(request, ws, action_id, next, "Marked as sent")


@router.post("/actions/{action_id}/dismiss")
def dismiss(request: Request, ws: PageWS, action_id: Id, next: Next = None) -> Response:
    ws.dismiss(action_id)
    return _after_mark(request, ws, action_id, next, "Dismissed", "dismiss")


@router.post("/actions/{action_id}/undo/{mark}")
def undo(request: Request, ws: PageWS, action_id: Id, mark: Mark, next: Next = None) -> Response:
    """Undo one mark (done, dismiss or snooze): the action is back as it was."""
    ws.undo_mark(action_id, mark)
    return after_post(request, safe_next(next, "/"), id=action_id)


def _after_mark(
    request: Request, ws: Any, action_id: int, next: str | None, what: str, mark: str = "done"
) -> Response:
    """Back to the page, with a banner that offers to undo the mark."""
    title = ws.action(action_id).title
    url = f"/actions/{action_id}/undo/{mark}"
    flash(request, f"{what}: {title}", undo=url)
    return after_post(request, safe_next(next, "/"), id=action_id, undo=url)


@router.post("/actions/{action_id}/snooze")
def snooze(
    request: Request,
    ws: PageWS,
    action_id: Id,
    until: Annotated[str, Form(max_length=40)] = "1d",
    next: Next = None,
) -> Response:
    now = ws.clock()
    when = (
        now + SNOOZE_CHOICES[until]
        if until in SNOOZE_CHOICES
        else parse_datetime(until, ws.timezone())
    )
    if when <= now:
        raise BadInput("snooze until a time in the future")
    ws.snooze(action_id, when)
    zone = ws.timezone()
    flash(request, f"Snoozed until {day_and_time(when, zone, now.astimezone(zone).date())}: "
          f"{ws.action(action_id).title}", undo=f"/actions/{action_id}/undo/snooze")  # fmt: skip
    return after_post(request, safe_next(next, "/"), id=action_id)


@router.post("/goals")
@refusable("goal", today)
@once("/#plan")
def add_goal(
    request: Request,
    ws: PageWS,
    kind: Annotated[str, Form(max_length=10)],
    title: Annotated[str, Form(max_length=300)],
    weekly_minutes: Annotated[int, Form(ge=1, le=10_080)],
) -> Response:
    gid = ws.add_goal(kind, title, weekly_minutes)
    return after_post(request, "/#plan", id=gid)


@router.post("/goals/{goal_id}/log")
def log_goal(
    request: Request,
    ws: PageWS,
    goal_id: Id,
    minutes: Annotated[int, Form(ge=1, le=1440)],
) -> Response:
    ws.log_goal(goal_id, minutes)
    return after_post(request, "/#plan", id=goal_id)


@router.get("/actions/{action_id}/draft")
def draft(request: Request, ws: PageWS, action_id: Id) -> Response:
    """The thank-you or follow-up email for an action: edit it, copy it or open it, then
    mark it as sent."""
    found = ws.draft_for_action(action_id)
    return render(request, ws, "draft.html", {"draft": found, "action_id": action_id})


@router.get("/actions/{action_id}/draft.eml")
def draft_eml(request: Request, ws: PageWS, action_id: Id) -> Response:
    found = ws.draft_for_action(action_id)
    return _eml(found.to, found.subject, found.body, action_id)


@router.post("/actions/{action_id}/draft.eml")
def edited_eml(
    request: Request,
    ws: PageWS,
    action_id: Id,
    subject: Annotated[str, Form(max_length=1000)],
    body: Annotated[str, Form(max_length=50_000)],
) -> Response:
    """The draft as edited on the page, as an .eml file (addressed as the action says)."""
    found = ws.draft_for_action(action_id)
    if "\n" in subject or "\r" in subject:
        raise BadInput("the subject must be one line")
    return _eml(found.to, subject.strip() or found.subject, body.replace("\r\n", "\n"), action_id)


def _eml(to: str | None, subject: str, body: str, action_id: int) -> Response:
    return Response(
        eml_bytes(to, subject, body),
        media_type="message/rfc822",
        headers={"Content-Disposition": f'attachment; filename="draft-{action_id}.eml"'},
    )
