"""The trash: what was deleted in the last 30 days, each restorable with what went with it."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from offerwatch.core.trash import KEEP_DAYS
from offerwatch.web.deps import PageWS
from offerwatch.web.pages._render import render

router = APIRouter()

# How the rows that went with a record are called, one and many, for "with 2 interviews,
# 3 signs, 2 people met" (never "2 person mets").
ROW_WORDS = {
    "interviews": ("interview", "interviews"),
    "observations": ("sign", "signs"),
    "status_changes": ("status change", "status changes"),
    "actions": ("planned action", "planned actions"),
    "application_people": ("person on it", "people on it"),
    "interview_people": ("person met", "people met"),
    "goal_logs": ("time log", "time logs"),
    "messages": ("email", "emails"),
}
# A deleted person takes their links the other way round: the applications they were on,
# the interviews where they were met.
PERSON_ROW_WORDS = {
    "application_people": ("place on an application", "places on applications"),
    "interview_people": ("interview they were met at", "interviews they were met at"),
}


def with_words(with_it: dict[str, int], kind: str = "") -> str:
    """{"interviews": 2, "observations": 1} -> "2 interviews, 1 sign" (`kind`: the deleted
    record's, which says how its links read)."""
    words = {**ROW_WORDS, **PERSON_ROW_WORDS} if kind == "person" else ROW_WORDS
    parts = []
    for table, count in with_it.items():
        if count:
            plain = table.replace("_", " ")
            one, many = words.get(table, (plain, plain))
            parts.append(f"{count} {one if count == 1 else many}")
    return ", ".join(parts)


@router.get("/trash")
def trash(request: Request, ws: PageWS) -> Response:
    context = {"items": ws.trash(), "keep_days": KEEP_DAYS, "with_words": with_words}
    return render(request, ws, "trash.html", context)
