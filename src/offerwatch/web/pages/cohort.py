"""Cohort calibration on the web (server mode): the administrator's page (fit, adopt,
revert) and each user's consent on their settings page. The admin sees aggregates only."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response

from offerwatch.web.deps import PageWS, state
from offerwatch.web.pages._render import flash, render
from offerwatch.web.pages.account import need_accounts
from offerwatch.web.pages.admin import AdminWS

router = APIRouter()

PAGE = "/admin/calibration"


def _weights_json(ws: AdminWS) -> dict[str, object] | None:
    found = ws.cohort_weights()
    if found is None:
        return None
    return {
        "version": found.id,
        "fitted_at": found.fitted_at.isoformat(),
        "users": found.users,
        "applications": found.applications,
        "ratios": found.ratios,
    }


def _kept_fit(request: Request, ws: AdminWS, refit: bool = False) -> tuple[Any, datetime]:
    """The cohort fit of the data as it stands and when it was made: the last one while
    what it learns from is unchanged (a fit takes seconds on thousands of applications);
    made again when it changed, or when `refit` asks."""
    web = state(request)
    with web.cohort_lock:  # one fit at a time: a second page waits for the first one's
        web.cohort_fit = ws.kept_cohort_fit(web.cohort_fit, refit=refit)
        return web.cohort_fit.fit, web.cohort_fit.fitted_at


@router.get(PAGE)
def page(request: Request, ws: AdminWS) -> Response:
    """The fit on every consenting user's finished applications, against the defaults."""
    result, fitted_at = _kept_fit(request, ws)
    response = render(
        request,
        ws,
        "cohort.html",
        {"fit": result, "fitted_at": fitted_at, "in_use": ws.cohort_weights(),
         "versions": ws.cohort_versions()},
    )  # fmt: skip
    response.headers["Cache-Control"] = "no-store"
    return response


@router.get(PAGE + ".json")
def page_json(request: Request, ws: AdminWS) -> Response:
    """The same, as JSON (aggregates only)."""
    from offerwatch.core.cohort import summary

    result, fitted_at = _kept_fit(request, ws)
    body = {**summary(result), "fitted_at": fitted_at.isoformat(), "in_use": _weights_json(ws)}
    return JSONResponse(body, headers={"Cache-Control": "no-store"})


@router.post(PAGE + "/refit")
def refit(request: Request, ws: AdminWS) -> Response:
    """Fit again now, on the data as it stands."""
    _kept_fit(request, ws, refit=True)
    return RedirectResponse(PAGE, status_code=303)


@router.post(PAGE + "/adopt")
def adopt(
    request: Request, ws: AdminWS, force: Annotated[str, Form(max_length=10)] = ""
) -> Response:
    found = ws.adopt_cohort(force=force == "yes")
    flash(
        request,
        f"Cohort weights version {found.id} adopted: every user without a personal "
        "calibration is scored with them now.",
        undo=PAGE + "/revert",
    )
    return RedirectResponse(PAGE, status_code=303)


@router.post(PAGE + "/revert")
def revert(request: Request, ws: AdminWS) -> Response:
    found = ws.revert_cohort()
    flash(
        request,
        "The published default weights are in use again."
        if found is None
        else f"Cohort weights version {found.id} are in use again.",
    )
    return RedirectResponse(PAGE, status_code=303)


@router.post("/settings/cohort")
def consent(
    request: Request, ws: PageWS, agree: Annotated[str, Form(max_length=10)] = ""
) -> Response:
    """A user agrees to take part in the cohort calibration, or withdraws."""
    need_accounts(request)
    ws.set_cohort_consent(agree == "yes")
    flash(
        request,
        "Thank you: your finished applications will count in the next cohort fit."
        if agree == "yes"
        else "Withdrawn: the next cohort fit leaves your applications out.",
    )
    return RedirectResponse("/settings#cohort", status_code=303)
