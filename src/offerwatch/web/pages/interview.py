"""The interview form: when, who, the signs seen, notes, the timeline they stated."""

from __future__ import annotations

from dataclasses import replace
from typing import Annotated, Any

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import Response

from offerwatch.core.day_words import short_day
from offerwatch.core.entities import Interview, Stage
from offerwatch.core.timeutil import parse_date, parse_datetime
from offerwatch.errors import BadInput, StaleVersion
from offerwatch.service import Workspace
from offerwatch.web.deps import MAX_ID, Id, PageWS
from offerwatch.web.pages._once import once
from offerwatch.web.pages._render import (
    after_post,
    flash,
    refusable,
    render,
    safe_next,
)
from offerwatch.web.pages._signs import interview_signs, sign_label
from offerwatch.web.pages.edit import Next, changed_meanwhile

router = APIRouter()


@router.get("/applications/{app_id}/interviews/new")
def form(request: Request, ws: PageWS, app_id: Id) -> Response:
    app = ws.application(app_id)
    return render(
        request,
        ws,
        "interview_form.html",
        {"a": app, "stages": list(Stage), "signs": interview_signs(), "people": ws.people(app_id)},
    )


@router.post("/applications/{app_id}/interviews")
@refusable("interview", form)
@once("/pipeline")
def record(
    request: Request,
    ws: PageWS,
    app_id: Id,
    stage: Annotated[str, Form(max_length=20)],
    start: Annotated[str, Form(max_length=40)],
    end: Annotated[str, Form(max_length=40)],
    actual_end: Annotated[str | None, Form(max_length=40)] = None,
    people: Annotated[str | None, Form(max_length=2000)] = None,
    signs: Annotated[list[str] | None, Form()] = None,
    notes: Annotated[str | None, Form(max_length=20_000)] = None,
    timeline: Annotated[str | None, Form(max_length=1000)] = None,
    timeline_date: Annotated[str | None, Form(max_length=20)] = None,
) -> Response:
    """Record the interview and the signs ticked, in one transaction. Refused (end before
    start, a bad date): the form again, as typed, with the reason."""
    met = [p.strip() for p in (people or "").replace("\n", ",").split(",") if p.strip()]
    iid = ws.add_interview(
        app_id,
        stage=stage,
        start=parse_datetime(start, ws.timezone()),
        end=parse_datetime(end, ws.timezone()),
        actual_end=parse_datetime(actual_end, ws.timezone()) if actual_end else None,
        with_=met,
        notes=notes,
        timeline=timeline,
        timeline_date=parse_date(timeline_date) if timeline_date else None,
        signs=signs or [],
    )
    _mention_notes_signs(request, ws, iid, before_applying(ws, iid))
    return after_post(request, f"/applications/{app_id}#odds", id=iid)


def before_applying(ws: Workspace, interview_id: int) -> str:
    """A note when the interview is dated before the day its application says you applied:
    kept as typed (that day is often a guess), but said, so a typo does not go unseen."""
    dates = ws.dated_before_applying(interview_id)
    if dates is None:
        return ""
    day, applied, _ = dates
    today = ws.clock().astimezone(ws.timezone()).date()
    dated, since = short_day(day, today), short_day(applied, today)
    return (f"Saved. Note: the interview is dated {dated}, before the day you applied "
            f"({since}); if one of them is wrong, edit it.")  # fmt: skip


def _mention_notes_signs(request: Request, ws: Workspace, iid: int, saved: str = "") -> None:
    """After an interview was saved: the banner names the signs its notes mention that are
    not recorded yet, and where to record them (nothing is recorded here)."""
    found = [sign_label(s.kind) for s in ws.notes_signs(iid) if not s.recorded]
    if found:
        flash(request, f"{saved} Your notes mention {', '.join(found)}: record them under "
              "“Signs in your notes” when you edit the interview.".strip())  # fmt: skip
    elif saved:
        flash(request, saved)


@router.get("/interviews/{interview_id}/edit")
def edit_form(request: Request, ws: PageWS, interview_id: Id) -> Response:
    """The interview as recorded, with its sign checklist ticked as stored."""
    return render(request, ws, "interview_edit.html", _form(ws, ws.interview(interview_id)))


def _form(ws: Workspace, shown: Interview, ticked: set[str] | None = None) -> dict[str, Any]:
    """What the edit form shows: `shown` (as stored, or as typed), its signs ticked as
    stored unless `ticked` says otherwise."""
    app = ws.application(shown.application_id)
    checklist = interview_signs()
    listed = {s.kind for s in checklist}
    manual = {o.kind for o in ws.observations(app.id)
              if o.interview_id == shown.id and o.source.value == "manual"}  # fmt: skip
    return {
        "a": app,
        "i": shown,
        "stages": list(Stage),
        "people": ws.people(app.id),
        "signs": checklist,
        "ticked": manual if ticked is None else ticked,
        # Manual signs of this interview the checklist does not show: kept as they are.
        "kept": sorted(manual - listed),
        "notes_signs": ws.notes_signs(shown.id),
    }


@router.post("/interviews/{interview_id}")
@refusable("interview", edit_form)
def edit(
    request: Request,
    ws: PageWS,
    interview_id: Id,
    stage: Annotated[str, Form(max_length=20)],
    start: Annotated[str, Form(max_length=40)],
    end: Annotated[str, Form(max_length=40)],
    version: Annotated[int | None, Form(ge=1, le=MAX_ID)] = None,
    actual_end: Annotated[str | None, Form(max_length=40)] = None,
    people: Annotated[str | None, Form(max_length=2000)] = None,
    signs: Annotated[list[str] | None, Form()] = None,
    notes: Annotated[str | None, Form(max_length=20_000)] = None,
    timeline: Annotated[str | None, Form(max_length=1000)] = None,
) -> Response:
    """Save the whole form: an emptied field clears what it held, an unticked sign goes.
    Without `version` (an older form) the signs are left as they are. When the interview
    changed since the form was opened, the form comes back with these changes unsaved;
    refused (end before start, a bad date), it comes back as typed with the reason."""
    met = [p.strip() for p in (people or "").replace("\n", ",").split(",") if p.strip()]
    typed = {"stage": stage, "start": start, "end": end, "actual_end": actual_end,
             "people": people, "signs": signs or [], "notes": notes,
             "timeline": timeline}  # fmt: skip
    return _save_edit(request, ws, interview_id, typed, met, signs, version)


def _save_edit(
    request: Request,
    ws: Workspace,
    interview_id: int,
    typed: dict[str, Any],
    met: list[str],
    signs: list[str] | None,
    version: int | None,
) -> Response:
    """Save the edit form's values (`typed`, as sent); a stale form comes back (409)."""
    zone = ws.timezone()
    stage, actual_end = typed["stage"], typed["actual_end"]
    values: dict[str, Any] = {
        "stage": stage,
        "scheduled_start": parse_datetime(typed["start"], zone),
        "scheduled_end": parse_datetime(typed["end"], zone),
        "actual_end": parse_datetime(actual_end, zone) if actual_end else None,
        "notes": typed["notes"] or None,
        "timeline_text": typed["timeline"] or None,
    }
    try:
        saved = ws.update_interview(
            interview_id,
            stage=stage,
            start=values["scheduled_start"],
            end=values["scheduled_end"],
            actual_end=values["actual_end"],
            with_=met,
            notes=values["notes"],
            timeline=values["timeline_text"],
            signs=(signs or []) if version is not None else None,
            expected_version=version,
        )
    except StaleVersion as exc:
        stored = ws.interview(interview_id)
        values["stage"] = Stage(stage)  # checked by the service before the version
        context = _form(ws, replace(stored, **values), set(signs or []))
        context.update(met=", ".join(met), **changed_meanwhile(stored, values, exc))
        return render(request, ws, "interview_edit.html", context, status=409)
    note = before_applying(ws, saved.id)
    _mention_notes_signs(request, ws, saved.id, note or "Saved the interview.")
    return after_post(request, f"/applications/{saved.application_id}#timeline", id=saved.id)


@router.post("/interviews/{interview_id}/cancel")
def cancel(
    request: Request,
    ws: PageWS,
    interview_id: Id,
    version: Annotated[int | None, Form(ge=1, le=MAX_ID)] = None,
) -> Response:
    """Mark the interview cancelled, with a banner that offers to undo it."""
    saved = ws.cancel_interview(interview_id, expected_version=version)
    flash(request, "Marked the interview cancelled: nothing is planned from it.",
          undo=f"/interviews/{interview_id}/uncancel")  # fmt: skip
    return after_post(request, f"/applications/{saved.application_id}#timeline", id=saved.id)


@router.post("/interviews/{interview_id}/uncancel")
def uncancel(
    request: Request,
    ws: PageWS,
    interview_id: Id,
    version: Annotated[int | None, Form(ge=1, le=MAX_ID)] = None,
) -> Response:
    """Take the cancellation back: the interview counts again."""
    saved = ws.cancel_interview(interview_id, undo=True, expected_version=version)
    flash(request, "The interview is on again.", undo=f"/interviews/{interview_id}/cancel")
    return after_post(request, f"/applications/{saved.application_id}#timeline", id=saved.id)


@router.post("/interviews/{interview_id}/notes-signs")
@refusable("notes-signs", edit_form)
def record_notes_signs(
    request: Request,
    ws: PageWS,
    interview_id: Id,
    kinds: Annotated[list[str] | None, Form(max_length=40)] = None,
) -> Response:
    """Record the signs ticked under "Signs in your notes"; the banner offers Undo."""
    if not kinds:
        raise BadInput("tick at least one sign from your notes to record it")
    done = ws.record_notes_signs(interview_id, kinds[:20])
    back = f"/interviews/{interview_id}/edit#notes-signs"
    if done.added:
        names = ", ".join(sign_label(k) for k in done.added)
        ids = ",".join(str(i) for i in done.added.values())
        flash(request, f"Recorded from your notes: {names}.",
              undo=f"/interviews/{interview_id}/notes-signs/undo?ids={ids}")  # fmt: skip
    else:
        flash(request, "Those signs were recorded already.")
    return after_post(request, back, id=interview_id, added=done.added)


@router.post("/interviews/{interview_id}/notes-signs/undo")
def undo_notes_signs(
    request: Request,
    ws: PageWS,
    interview_id: Id,
    ids: Annotated[str, Query(max_length=300, pattern=r"^\d{1,12}(?:,\d{1,12}){0,19}$")],
    next: Next = None,
) -> Response:
    """Move the signs just recorded from the notes to the trash."""
    moved = ws.unrecord_notes_signs(interview_id, [int(i) for i in ids.split(",")])
    flash(request, f"Undone: {len(moved)} sign{'s' if len(moved) != 1 else ''} "
          "moved to the trash.")  # fmt: skip
    return after_post(request, safe_next(next, f"/interviews/{interview_id}/edit"), id=interview_id)
