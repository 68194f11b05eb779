"""The pipeline board: applications by status, moved by drag or by a select and a button."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import Response
from markupsafe import Markup, escape

from offerwatch.core.day_words import day_and_time, short_day
from offerwatch.core.entities import Status
from offerwatch.core.money import parse_amount
from offerwatch.core.timeutil import parse_date
from offerwatch.errors import BadInput
from offerwatch.service.validate import enum_value
from offerwatch.web.deps import Id, PageWS, session
from offerwatch.web.filters import words
from offerwatch.web.pages._once import once
from offerwatch.web.pages._render import after_post, flash, refusable, render, safe_next
from offerwatch.web.pages.today import today

router = APIRouter()

OPEN_COLUMNS = [s for s in Status if s.is_open]
CLOSED_COLUMNS = [s for s in Status if not s.is_open]


@router.get("/pipeline")
def pipeline(
    request: Request,
    ws: PageWS,
    status: Annotated[str | None, Query(max_length=40)] = None,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
) -> Response:
    """The board; with ?status=, one column in full (paged). An unknown status is refused
    in one line naming the statuses (400), not shown as the whole board: the visitor asked
    for one column and would take the board for it."""
    one = enum_value(Status, status, "status") if status else None
    size = request.app.state.web.settings.page_size
    # Closed columns matter less day to day: a few cards and a link to the rest.
    columns = ws.board(per_column=size, status=one, offset=offset,
                       closed_per_column=max(1, size // 3))  # fmt: skip
    # The odds matter while an application is open; closed ones show their outcome.
    ids = [c.application.id for col in columns.values() for c in col.cards
           if c.application.status.is_open]  # fmt: skip
    return render(
        request,
        ws,
        "pipeline.html",
        {
            "columns": list(columns.values()),
            "statuses": list(Status),
            "options": OPTIONS,
            "hidden": _hidden(request, one),
            "closed": set(CLOSED_COLUMNS),
            "one": one,
            "empty": one is None and not any(col.total for col in columns.values()),
            "size": size,
            "scores": request.app.state.web.cache.get(
                ws.user_id, ("scores", tuple(ids)), lambda: _scores(ws, ids), ws.facts_version
            ),
        },
    )


# The status <option>s of a card's select, one pre-rendered variant per current status: the
# board has many cards, and this is most of each card's markup.
OPTIONS = {
    current: Markup("".join(
        f'<option value="{s.value}"{" selected" if s is current else ""}>{words(s)}</option>'
        for s in Status
    ))
    for current in Status
}  # fmt: skip


def amount(value: str | None, what: str) -> int | None:
    """A salary as typed into the form's text field (core.money: 60000, 60,000 or 60k)."""
    return parse_amount(value, what)


def _hidden(request: Request, status: Status | None) -> Markup:
    """The hidden fields of every move form: the CSRF token, and where to come back to."""
    html = f'<input type="hidden" name="csrf" value="{escape(session(request).csrf)}">'
    if status is not None:
        html += f'<input type="hidden" name="next" value="/pipeline?status={status.value}">'
    return Markup(html)


def _scores(ws: Any, ids: list[int]) -> dict[int, Any]:
    if not ids:
        return {}
    found: dict[int, Any] = ws.scores(ids)
    return found


@router.post("/applications/{app_id}/status")
def move(
    request: Request,
    ws: PageWS,
    app_id: Id,
    status: Annotated[str, Form(max_length=20)],
    next: Annotated[str | None, Form(max_length=500)] = None,
) -> Response:
    """Move a card (drag and drop posts here too)."""
    ws.set_status(app_id, status)
    return after_post(request, safe_next(next, "/pipeline"), id=app_id, status=status)


def _form_page(request: Request, ws: Any, page: str | None) -> Response:
    """The page that holds the add form: Today (the first-day panel) or the board."""
    if page == "/":
        return today(request, ws)
    return pipeline(request, ws, status=None, offset=0)


@router.post("/applications")
@refusable("application", _form_page)
@once("/pipeline")
def add(
    request: Request,
    ws: PageWS,
    company: Annotated[str, Form(max_length=300)],
    role: Annotated[str, Form(max_length=300)],
    status: Annotated[str, Form(max_length=20)] = "applied",
    applied_on: Annotated[str | None, Form(max_length=40)] = None,
    url: Annotated[str | None, Form(max_length=2000)] = None,
    source: Annotated[str | None, Form(max_length=200)] = None,
    salary_min: Annotated[str | None, Form(max_length=20)] = None,
    salary_max: Annotated[str | None, Form(max_length=20)] = None,
    location: Annotated[str | None, Form(max_length=200)] = None,
    page: Annotated[str | None, Form(max_length=20)] = None,
) -> Response:
    """Add an application and open its page. An empty applied date means today (or none,
    for one you are only interested in). Refused, the page the form was on shows it again
    (`page`: "/" for Today, else the board)."""
    if not company.strip() or not role.strip():
        raise BadInput("company and role are required")
    applied = parse_date(applied_on) if applied_on and applied_on.strip() else None
    app_id = ws.add_application(
        company,
        role,
        status=status,
        applied_on=applied,
        url=url or None,
        source=source or None,
        salary_min=amount(salary_min, "salary from"),
        salary_max=amount(salary_max, "salary to"),
        location=location or None,
    )
    note = applied_later(ws, applied)
    if note:
        flash(request, "Added." + note)
    return after_post(request, f"/applications/{app_id}", id=app_id)


def applied_later(ws: Any, applied_on: date | None) -> str:
    """A note when the day applied is after today: kept as typed (a date planned ahead is
    allowed), but said, so a mistyped month or year does not go unseen."""
    today = ws.clock().astimezone(ws.timezone()).date()
    if applied_on is None or applied_on <= today:
        return ""
    return (f" Note: the day you applied, {short_day(applied_on, today)}, is after today; "
            "if it is wrong, edit it.")  # fmt: skip


def seen_later(ws: Any, at: datetime | None) -> str:
    """A note when a sign is dated after now: kept (it counts once that moment comes), but
    said, so a mistyped year does not leave the odds quietly without it."""
    now = ws.clock()
    if at is None or at <= now:
        return ""
    zone = ws.timezone()
    when = day_and_time(at, zone, now.astimezone(zone).date())
    return f" Note: it is dated {when}, after now: the odds count it from then on."
