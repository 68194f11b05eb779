"""The trash: what was deleted in the last 30 days, each restorable with what went with it."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from offerwatch.core.trash import KEEP_DAYS
from offerwatch.web.deps import PageWS
from offerwatch.web.pages._render import render

router = APIRouter()

# How the rows that went with a record are called, for "with 2 interviews, 3 signs".
ROW_WORDS = {
    "interviews": "interview",
    "observations": "sign",
    "status_changes": "status change",
    "actions": "action",
    "application_people": "person link",
    "interview_people": "person met",
    "goal_logs": "time log",
    "messages": "email",
}


def with_words(with_it: dict[str, int]) -> str:
    """{"interviews": 2, "observations": 1} -> "2 interviews, 1 sign"."""
    parts = []
    for table, count in with_it.items():
        if count:
            word = ROW_WORDS.get(table, table.replace("_", " "))
            parts.append(f"{count} {word}{'' if count == 1 else 's'}")
    return ", ".join(parts)


@router.get("/trash")
def trash(request: Request, ws: PageWS) -> Response:
    context = {"items": ws.trash(), "keep_days": KEEP_DAYS, "with_words": with_words}
    return render(request, ws, "trash.html", context)
