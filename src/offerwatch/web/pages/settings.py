"""Settings: your name and signature for drafts, your own addresses, time zone, weekly
target and country."""

from __future__ import annotations

from typing import Annotated
from zoneinfo import available_timezones

from fastapi import APIRouter, Form, Request
from fastapi.responses import Response

from offerwatch.service.cohort import CONSENT_WORDS
from offerwatch.web.deps import PageWS
from offerwatch.web.pages._render import after_post, refusable, render
from offerwatch.web.pages.notify import reminder_context

router = APIRouter()

# The fields of the form, in the order shown; each is one setting of the service.
FIELDS = ("name", "signature", "pitch", "my_addresses", "timezone", "weekly_target", "country")


@router.get("/settings")
def show(request: Request, ws: PageWS, saved: bool = False) -> Response:
    return render(
        request,
        ws,
        "settings.html",
        {
            "values": ws.settings(),
            "zones": sorted(available_timezones()),
            "current_zone": str(ws.timezone()),
            "saved": saved,
            "cohort_words": CONSENT_WORDS,
            **reminder_context(ws),
        },
    )


@router.post("/settings")
@refusable("settings", show)
def save(
    request: Request,
    ws: PageWS,
    name: Annotated[str, Form(max_length=2000)] = "",
    signature: Annotated[str, Form(max_length=2000)] = "",
    pitch: Annotated[str, Form(max_length=2000)] = "",
    my_addresses: Annotated[str, Form(max_length=2000)] = "",
    timezone: Annotated[str, Form(max_length=100)] = "",
    weekly_target: Annotated[str, Form(max_length=10)] = "",
    country: Annotated[str, Form(max_length=10)] = "",
) -> Response:
    """Save the whole form in one go; an emptied field goes back to its default."""
    given = {
        "name": name,
        "signature": signature.replace("\r\n", "\n"),
        "pitch": pitch,
        "my_addresses": my_addresses,
        "timezone": timezone,
        "weekly_target": weekly_target,
        "country": country,
    }
    ws.set_settings({key: value if value.strip() else None for key, value in given.items()})
    return after_post(request, "/settings?saved=1")
