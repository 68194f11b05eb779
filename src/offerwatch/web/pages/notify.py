"""Reminders on the web: channels (add, remove, test) and quiet hours, shown on the settings
page, and the page every reminder links to (one action: draft, done, snooze)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import Response

from offerwatch.notify.messages import DRAFTED
from offerwatch.notify.targets import with_password
from offerwatch.web.deps import Id, PageWS
from offerwatch.web.pages._render import after_post, flash, refusable, render

router = APIRouter()
BACK = "/settings#reminders"


def reminder_context(ws: Any) -> dict[str, Any]:
    """What the settings page shows about reminders."""
    return {"channels": ws.channels(), "notify": ws.notify_settings()}


def _settings(request: Request, ws: Any) -> Response:
    """The settings page, which holds the reminder forms."""
    from offerwatch.web.pages.settings import show

    return show(request, ws)


@router.post("/notify/channels")
@refusable("channel", _settings, leave_out=("password", "token"))
def add_channel(
    request: Request,
    ws: PageWS,
    kind: Annotated[str, Form(max_length=20)],
    target: Annotated[str, Form(max_length=2000)] = "",
    smtp: Annotated[str, Form(max_length=2000)] = "",
    password: Annotated[str, Form(max_length=500)] = "",
    token: Annotated[str, Form(max_length=500)] = "",
) -> Response:
    """Add a channel; an SMTP password typed in its own field joins the SMTP URL. Refused,
    the settings page shows the form again as typed (passwords and tokens left out)."""
    if kind == "email" and password and smtp:
        smtp = with_password(smtp, password)
    channel = ws.add_channel(kind, target or None, smtp=smtp or None, token=token or None)
    flash(request, f"Added {kind} channel {channel}: send a test to check it")
    return after_post(request, BACK, id=channel)


@router.post("/notify/channels/{channel_id}/remove")
def remove_channel(request: Request, ws: PageWS, channel_id: Id) -> Response:
    ws.remove_channel(channel_id)
    flash(request, f"Removed channel {channel_id}")
    return after_post(request, BACK, id=channel_id)


@router.post("/notify/channels/{channel_id}/test")
def test_channel(request: Request, ws: PageWS, channel_id: Id) -> Response:
    base = str(request.base_url).rstrip("/")
    [result] = ws.try_channels(channel_id, web_url=base)
    flash(request, f"Channel {channel_id}: " + ("test sent" if result.ok else result.error or ""))
    return after_post(request, BACK, id=channel_id, ok=result.ok, error=result.error)


@router.post("/notify/settings")
@refusable("reminders", _settings)
def save_settings(
    request: Request,
    ws: PageWS,
    quiet_hours: Annotated[str, Form(max_length=20)] = "",
    web_url: Annotated[str, Form(max_length=2000)] = "",
) -> Response:
    ws.set_notify_settings(quiet_hours=quiet_hours, web_url=web_url)
    flash(request, "Reminder settings saved")
    return after_post(request, BACK)


@router.get("/actions/{action_id}")
def action_page(request: Request, ws: PageWS, action_id: Id) -> Response:
    """One action, as a reminder's link opens it: what it is, draft, done, snooze."""
    action = ws.action(action_id)
    return render(
        request,
        ws,
        "action.html",
        {"action": action, "drafted": action.kind in DRAFTED, "tz": ws.timezone()},
    )
