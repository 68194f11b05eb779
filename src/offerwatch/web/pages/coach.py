"""The coach's pages (server mode): everyone who shares with them on one dashboard, and one
person's applications. Read only: there is no form here, and the coach's own session writes
only into the coach's own data. Every look is logged for the person (Account page)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from offerwatch.web.deps import Id, PageWS
from offerwatch.web.pages._render import render
from offerwatch.web.pages.account import need_accounts

router = APIRouter()


@router.get("/coach")
def dashboard(request: Request, ws: PageWS) -> Response:
    need_accounts(request)
    summaries = ws.coach_dashboard()
    response = render(request, ws, "coach.html", {"summaries": summaries})
    response.headers["Cache-Control"] = "no-store"
    return response


@router.get("/coach/{seeker_id}")
def seeker_page(request: Request, ws: PageWS, seeker_id: Id) -> Response:
    """One person's summary and applications; 404 when they do not share with you."""
    need_accounts(request)
    from offerwatch.service.coaching import summary

    seeker = ws.coach_seeker(seeker_id, "applications")
    shared = {s.user_id: s for s in ws.my_seekers()}[seeker_id]
    context = {
        "s": summary(seeker, shared.display_name or shared.username),
        "applications": seeker.list_applications(),
    }
    response = render(request, ws, "coach_seeker.html", context)
    response.headers["Cache-Control"] = "no-store"
    return response
