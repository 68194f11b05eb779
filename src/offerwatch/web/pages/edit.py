"""Edit and delete: applications, people, signs and goals (interviews: pages/interview.py).

Every form carries the version it was rendered from; the service refuses a save or a delete
when the record changed since (the app answers 409: "changed meanwhile"), so nothing is
overwritten silently. A delete leaves a banner with Undo (a restore from the trash).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Annotated, Any

from fastapi import APIRouter, Form, Path, Request
from fastapi.responses import Response

from offerwatch.core.entities import PersonRole
from offerwatch.core.goals import GoalKind
from offerwatch.core.signals import SignalKind
from offerwatch.core.timeutil import parse_date, parse_datetime
from offerwatch.core.trash import parse_kind
from offerwatch.errors import BadInput, StaleVersion
from offerwatch.web.deps import MAX_ID, Id, OptionalId, PageWS
from offerwatch.web.filters import words
from offerwatch.web.pages._render import (
    after_post,
    flash,
    refusable,
    render,
    safe_next,
)
from offerwatch.web.pages._signs import sign_label
from offerwatch.web.pages.pipeline import amount, applied_later, seen_later

router = APIRouter()

Version = Annotated[int, Form(ge=1, le=MAX_ID)]
Next = Annotated[str | None, Form(max_length=500)]
Text = Annotated[str, Form(max_length=300)]
# The URL's collection for each kind of record, as the API names them.
COLLECTIONS = {"applications": "application", "people": "person", "interviews": "interview",
               "signals": "signal", "goals": "goal"}  # fmt: skip


def _optional(value: str | None) -> str | None:
    return value.strip() if value and value.strip() else None


def changed_meanwhile(stored: Any, mine: dict[str, Any], exc: StaleVersion) -> dict[str, Any]:
    """What a form shows when its record changed meanwhile: the message, and the stored
    value of each field where the form differs (the form keeps what was typed, unsaved,
    with the new version: saving again is a choice made knowing what is stored)."""
    differ = [
        (words(key), getattr(stored, key))
        for key, value in mine.items()
        if getattr(stored, key) != value
    ]
    return {"stale": exc.what, "stored": differ}


# Applications ------------------------------------------------------------------------------


@router.get("/applications/{app_id}/edit")
def application_form(request: Request, ws: PageWS, app_id: Id) -> Response:
    return render(request, ws, "edit_application.html", {"a": ws.application(app_id)})


@router.post("/applications/{app_id}/edit")
@refusable("application", application_form)
def save_application(
    request: Request,
    ws: PageWS,
    app_id: Id,
    version: Version,
    company: Text,
    role: Text,
    applied_on: Annotated[str | None, Form(max_length=40)] = None,
    location: Annotated[str | None, Form(max_length=200)] = None,
    salary_min: Annotated[str | None, Form(max_length=20)] = None,
    salary_max: Annotated[str | None, Form(max_length=20)] = None,
    url: Annotated[str | None, Form(max_length=2000)] = None,
    source: Annotated[str | None, Form(max_length=200)] = None,
    notes: Annotated[str | None, Form(max_length=20_000)] = None,
) -> Response:
    """Save the whole form: an emptied field clears what it held. When the application
    changed since the form was opened, the form comes back with these changes unsaved;
    refused (a bad date or amount), it comes back as typed with the reason."""
    values: dict[str, Any] = {
        "company": company,
        "role": role,
        "applied_on": parse_date(applied_on) if applied_on and applied_on.strip() else None,
        "location": _optional(location),
        "salary_min": amount(salary_min, "salary from"),
        "salary_max": amount(salary_max, "salary to"),
        "url": _optional(url),
        "source": _optional(source),
        "notes": _optional(notes),
    }
    try:
        ws.update_application(app_id, expected_version=version, **values)
    except StaleVersion as exc:
        stored = ws.application(app_id)
        context = {"a": replace(stored, **values), **changed_meanwhile(stored, values, exc)}
        return render(request, ws, "edit_application.html", context, status=409)
    flash(request, "Saved." + applied_later(ws, values["applied_on"]))
    return after_post(request, f"/applications/{app_id}", id=app_id)


# People ------------------------------------------------------------------------------------


@router.get("/people/{person_id}/edit")
def person_form(request: Request, ws: PageWS, person_id: Id, app: OptionalId = None) -> Response:
    back = f"/applications/{app}#people" if app else "/pipeline"
    return _person_page(request, ws, person_id, back)


def _person_page(request: Request, ws: Any, person_id: int, next: str | None) -> Response:
    """The person's edit form; `next`: where Back and a save lead."""
    context = {"p": ws.person(person_id), "roles": list(PersonRole),
               "back": safe_next(next, "/pipeline")}  # fmt: skip
    return render(request, ws, "edit_person.html", context)


@router.post("/people/{person_id}/edit")
@refusable("person", _person_page)
def save_person(
    request: Request,
    ws: PageWS,
    person_id: Id,
    version: Version,
    name: Text,
    role: Annotated[str, Form(max_length=20)],
    email: Annotated[str | None, Form(max_length=320)] = None,
    next: Next = None,
) -> Response:
    values: dict[str, Any] = {"name": name.strip(), "email": _optional(email), "role": role}
    try:
        saved = ws.update_person(person_id, **values, expected_version=version)
    except StaleVersion as exc:
        stored = ws.person(person_id)
        context = {
            "p": replace(stored, **values),
            "roles": list(PersonRole),
            "back": safe_next(next, "/pipeline"),
            **changed_meanwhile(stored, values, exc),
        }
        return render(request, ws, "edit_person.html", context, status=409)
    flash(request, f"Saved {saved.name}.")
    return after_post(request, safe_next(next, "/pipeline"), id=person_id)


# Signs -------------------------------------------------------------------------------------


@router.get("/signals/{obs_id}/edit")
def signal_form(request: Request, ws: PageWS, obs_id: Id) -> Response:
    found = ws.signal(obs_id)
    context = {
        "o": found,
        "a": ws.application(found.application_id),
        "kinds": list(SignalKind),
        "sign_label": sign_label,
    }
    return render(request, ws, "edit_signal.html", context)


@router.post("/signals/{obs_id}/edit")
@refusable("sign", signal_form)
def save_signal(
    request: Request,
    ws: PageWS,
    obs_id: Id,
    version: Version,
    kind: Annotated[str, Form(max_length=40)],
    at: Annotated[str, Form(max_length=40)],
    note: Annotated[str | None, Form(max_length=5000)] = None,
) -> Response:
    when = parse_datetime(at, ws.timezone())
    try:
        saved = ws.update_signal(
            obs_id, kind=kind, at=when, note=_optional(note), expected_version=version
        )
    except StaleVersion as exc:
        stored = ws.signal(obs_id)
        values: dict[str, Any] = {"kind": kind, "observed_at": when, "evidence": _optional(note)}
        context = {"o": replace(stored, **values), "a": ws.application(stored.application_id),
                   "kinds": list(SignalKind), "sign_label": sign_label,
                   **changed_meanwhile(stored, values, exc)}  # fmt: skip
        return render(request, ws, "edit_signal.html", context, status=409)
    flash(request, f"Saved the sign “{sign_label(saved.kind)}”." + seen_later(ws, when))
    return after_post(request, f"/applications/{saved.application_id}#timeline", id=obs_id)


# Goals -------------------------------------------------------------------------------------


@router.get("/goals/{goal_id}/edit")
def goal_form(request: Request, ws: PageWS, goal_id: Id) -> Response:
    context = {"g": ws.goal(goal_id), "kinds": list(GoalKind)}
    return render(request, ws, "edit_goal.html", context)


@router.post("/goals/{goal_id}/edit")
@refusable("goal", goal_form)
def save_goal(
    request: Request,
    ws: PageWS,
    goal_id: Id,
    version: Version,
    kind: Annotated[str, Form(max_length=10)],
    title: Text,
    weekly_minutes: Annotated[int, Form(ge=1, le=10_080)],
) -> Response:
    values: dict[str, Any] = {"kind": kind, "title": title, "weekly_minutes": weekly_minutes}
    try:
        ws.update_goal(goal_id, **values, expected_version=version)
    except StaleVersion as exc:
        stored = ws.goal(goal_id)
        context = {"g": replace(stored, **values), "kinds": list(GoalKind),
                   **changed_meanwhile(stored, values, exc)}  # fmt: skip
        return render(request, ws, "edit_goal.html", context, status=409)
    flash(request, "Saved the goal.")
    return after_post(request, "/#plan", id=goal_id)


# Delete (any kind) and restore -------------------------------------------------------------


@router.post("/{collection}/{record_id}/delete")
def delete(
    request: Request,
    ws: PageWS,
    collection: Annotated[str, Path(max_length=20)],
    record_id: Id,
    version: Version,
    next: Next = None,
) -> Response:
    """Move a record (and what hangs from it) to the trash; the banner offers Undo."""
    kind = COLLECTIONS.get(collection)
    if kind is None:
        raise BadInput(f"nothing called {collection!r} can be deleted")
    item = ws.delete(kind, record_id, expected_version=version)
    flash(request, f"Deleted {kind} “{item.label}”.", undo=f"/trash/{kind}/{record_id}/restore")
    return after_post(request, safe_next(next, "/"), id=record_id)


@router.post("/trash/{kind}/{record_id}/restore")
def restore(
    request: Request,
    ws: PageWS,
    kind: Annotated[str, Path(max_length=20)],
    record_id: Id,
    next: Next = None,
) -> Response:
    """Bring a record back from the trash with everything deleted with it."""
    try:
        what = parse_kind(kind)
    except ValueError as exc:
        raise BadInput(str(exc)) from None
    item = ws.restore(what, record_id)
    flash(request, f"Restored {what.value} “{item.label}”.")
    default = f"/applications/{item.record_id}" if what.value == "application" else "/trash"
    return after_post(request, safe_next(next, default), id=item.record_id)
