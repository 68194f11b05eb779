"""Your account (server mode): password, API tokens, sharing with a coach and what coaches
looked at, export, and deleting the account with everything in it."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import RedirectResponse, Response

from offerwatch.service import Workspace
from offerwatch.web.deps import Id, PageWS, session, state
from offerwatch.web.pages._render import flash, render

router = APIRouter()
Password = Annotated[str, Form(max_length=1000)]


def need_accounts(request: Request) -> None:
    """These pages exist in server mode only."""
    if not state(request).settings.accounts:
        raise HTTPException(404, "accounts exist in server mode only (offerwatch serve --accounts)")


def _page(request: Request, ws: Workspace, status: int = 200, **extra: Any) -> Response:
    context = {
        "username": ws.username(),
        "tokens": ws.api_tokens(),
        "coaches": ws.my_coaches(),
        "views": ws.coach_views(),
        "new_token": None,
        "error": None,
        **extra,
    }
    return render(request, ws, "account.html", context, status=status)


@router.get("/account")
def account_page(request: Request, ws: PageWS) -> Response:
    need_accounts(request)
    return _page(request, ws)


@router.post("/account/password")
def change_password(request: Request, ws: PageWS, current: Password, new: Password) -> Response:
    need_accounts(request)
    ws.change_password(current, new)  # ends every session of this account...
    max_age = state(request).settings.session_days * 86400
    session(request).login(ws.user_id, ws.start_session(ws.user_id, max_age))  # ...but this one
    flash(request, "Password changed: every other browser signed in as you is signed out.")
    return RedirectResponse("/account", status_code=303)


@router.post("/account/tokens")
def create_token(
    request: Request, ws: PageWS, name: Annotated[str, Form(max_length=100)]
) -> Response:
    """The new token is shown on this answer only: it is not stored, only its hash."""
    need_accounts(request)
    secret = ws.create_api_token(name)
    response = _page(request, ws, new_token=secret)
    response.headers["Cache-Control"] = "no-store"
    return response


@router.post("/account/tokens/{token_id}/revoke")
def revoke_token(request: Request, ws: PageWS, token_id: Id) -> Response:
    need_accounts(request)
    ws.revoke_api_token(token_id)
    flash(request, "Token revoked: scripts using it are refused from now on.")
    return RedirectResponse("/account", status_code=303)


@router.post("/account/shares")
def share(request: Request, ws: PageWS, coach: Annotated[str, Form(max_length=200)]) -> Response:
    need_accounts(request)
    ws.share_with(coach)
    flash(request, f"{coach.strip()} can now read your applications (not change them).")
    return RedirectResponse("/account", status_code=303)


@router.post("/account/shares/{coach_id}/revoke")
def revoke_share(request: Request, ws: PageWS, coach_id: Id) -> Response:
    need_accounts(request)
    ws.revoke_share(coach_id)
    flash(request, "Sharing stopped: that coach sees nothing of yours from now on.")
    return RedirectResponse("/account", status_code=303)


@router.post("/account/delete")
def delete_account(
    request: Request,
    ws: PageWS,
    password: Password,
    confirm: Annotated[str, Form(max_length=100)] = "",
) -> Response:
    """Delete the account and all its data, once the password and the word DELETE say so."""
    need_accounts(request)
    if confirm.strip() != "DELETE":
        return _page(request, ws, status=400, error="type DELETE to confirm: nothing was deleted")
    ws.delete_account(password)
    state(request).cache.forget(ws.user_id)
    session(request).logout()
    return RedirectResponse("/login", status_code=303)
