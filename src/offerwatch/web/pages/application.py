"""One application: the odds and why, the timeline, people, actions, notes."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import Response

from offerwatch.core.entities import PersonRole, Status
from offerwatch.core.signals import SignalKind
from offerwatch.core.timeutil import parse_datetime
from offerwatch.web.charts import factor_bars
from offerwatch.web.deps import MAX_ID, Id, PageWS
from offerwatch.web.pages._once import once
from offerwatch.web.pages._render import after_post, flash, refusable, render
from offerwatch.web.pages._signs import sign_label
from offerwatch.web.pages._timeline import timeline
from offerwatch.web.pages.pipeline import seen_later

router = APIRouter()

OUTCOMES = ("offer", "rejection", "withdrawn", "ghosted", "accepted")


@router.get("/applications/{app_id}")
def show(request: Request, ws: PageWS, app_id: Id) -> Response:
    detail = ws.detail(app_id)
    score = ws.score(app_id)
    chart = None
    if score is not None and score.factors:
        chart = factor_bars(
            [(sign_label(f.signal), f.likelihood_ratio) for f in score.factors],
            "What moves the odds",
        )
    messages = ws.messages(app_id)
    zone = ws.timezone()
    actions = _actions(ws, app_id, request.app.state.web.cache)
    follow_up = next((i for i in actions or [] if i.kind == "follow_up" and not i.done), None)
    return render(
        request,
        ws,
        "application.html",
        {
            "d": detail,
            "a": detail.application,
            "score": score,
            "chart": chart,
            "entries": timeline(
                detail,
                messages,
                zone=zone,
                today=ws.clock().astimezone(zone).date(),
                reasons=ws.match_reason_words(m.match_reason for m in messages),
            ),
            "actions": actions,
            "follow_up": follow_up,
            "statuses": list(Status),
            "roles": list(PersonRole),
            "kinds": list(SignalKind),
            "outcomes": OUTCOMES,
            "sign_label": sign_label,
            "others": [a for a in ws.list_applications() if a.id != app_id],
        },
    )


def _actions(ws: Any, app_id: int, cache: Any) -> list[Any] | None:
    """This application's open actions whenever they are due (a follow-up planned weeks
    ahead included), then the ones done lately, shown as done."""
    agenda = cache.get(ws.user_id, "agenda", ws.agenda, ws.facts_version)
    open_ = [i for i in cache.get(ws.user_id, "open_actions", ws.open_actions, ws.facts_version)
             if i.application_id == app_id]  # fmt: skip
    done = [i for i in agenda.items if i.application_id == app_id and i.done]
    return [*open_, *done]


@router.post("/applications/{app_id}/people")
@refusable("person", show)
@once("/pipeline")
def add_person(
    request: Request,
    ws: PageWS,
    app_id: Id,
    name: Annotated[str, Form(max_length=300)],
    role: Annotated[str, Form(max_length=20)],
    email: Annotated[str | None, Form(max_length=320)] = None,
) -> Response:
    pid = ws.add_person(app_id, name, role=role, email=email or None)
    return after_post(request, f"/applications/{app_id}#people", id=pid)


@router.post("/applications/{app_id}/notes")
@refusable("notes", show)
def save_notes(
    request: Request,
    ws: PageWS,
    app_id: Id,
    notes: Annotated[str, Form(max_length=20_000)] = "",
    version: Annotated[int | None, Form(ge=1, le=MAX_ID)] = None,
) -> Response:
    """Save the notes; with the page's version, refused when the application changed
    since the page was opened (notes typed elsewhere are not overwritten)."""
    ws.update_application(app_id, notes=notes.strip() or None, expected_version=version)
    return after_post(request, f"/applications/{app_id}#notes")


@router.post("/applications/{app_id}/signals")
@refusable("sign", show)
@once("/pipeline")
def add_signal(
    request: Request,
    ws: PageWS,
    app_id: Id,
    kind: Annotated[str, Form(max_length=40)],
    note: Annotated[str | None, Form(max_length=5000)] = None,
    at: Annotated[str | None, Form(max_length=40)] = None,
) -> Response:
    when = parse_datetime(at, ws.timezone()) if at else None
    oid = ws.add_signal(app_id, kind, note=note, at=when)
    note_later = seen_later(ws, when)
    if note_later:
        flash(request, f"Saved the sign “{sign_label(kind)}”." + note_later)
    return after_post(request, f"/applications/{app_id}#timeline", id=oid)


@router.post("/applications/{app_id}/withdraw-others")
def withdraw_others(request: Request, ws: PageWS, app_id: Id) -> Response:
    """After an accepted offer: every other open application withdrawn at once."""
    ws.withdraw_others(app_id)
    return after_post(request, f"/applications/{app_id}")


@router.post("/applications/{app_id}/outcome")
@refusable("outcome", show)
def outcome(
    request: Request,
    ws: PageWS,
    app_id: Id,
    outcome: Annotated[str, Form(max_length=20)],
) -> Response:
    ws.record_outcome(app_id, outcome)
    return after_post(request, f"/applications/{app_id}")
