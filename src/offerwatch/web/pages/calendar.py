"""The calendar subscription: a secret per-user URL serving the agenda as iCalendar."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import Response

from offerwatch.web.deps import PageWS, state
from offerwatch.web.pages._render import after_post, render

router = APIRouter()


@router.get("/calendar")
def calendar(request: Request, ws: PageWS) -> Response:
    token = ws.calendar_token()
    url = str(request.url_for("feed", token=token)) if token else None
    host = request.url.hostname or ""
    # Google, iCloud and Outlook fetch a subscription from their own servers: a loopback or
    # private address (or plain http) cannot be reached or is refused by them.
    local = host in ("127.0.0.1", "localhost", "::1") or host.endswith((".local", ".lan"))
    reachable = request.url.scheme == "https" and not local
    return render(request, ws, "calendar.html", {"url": url, "reachable": reachable})


@router.get("/calendar.ics", name="download")
def download(request: Request, ws: PageWS) -> Response:
    """The plan as a file, once: import it into any calendar (no address to reach)."""
    return Response(
        ws.calendar_ics(),
        media_type="text/calendar; charset=utf-8",
        headers={
            "Content-Disposition": 'attachment; filename="offerwatch.ics"',
            "Cache-Control": "no-store",
        },
    )


@router.post("/calendar/token")
def new_token(request: Request, ws: PageWS) -> Response:
    ws.new_calendar_token()
    return after_post(request, "/calendar")


@router.post("/calendar/revoke")
def revoke(request: Request, ws: PageWS) -> Response:
    ws.revoke_calendar_token()
    return after_post(request, "/calendar")


@router.get("/calendar/{token}.ics", name="feed")
def feed(request: Request, token: str) -> Response:
    """The iCalendar feed; the token in the URL is the only credential (revocable)."""
    web = state(request)
    user_id = web.workspace.user_for_calendar_token(token)
    if user_id is None:
        raise HTTPException(404, "no such calendar (the link may have been revoked)")
    body: bytes = web.for_user(user_id).calendar_ics()
    return Response(
        body,
        media_type="text/calendar; charset=utf-8",
        headers={"Cache-Control": "private, max-age=300"},
    )
