"""The administrator's page (server mode): accounts, password resets, invitations, sign-up."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import RedirectResponse, Response

from offerwatch.service import Workspace
from offerwatch.web.deps import Id, page_ws
from offerwatch.web.pages._render import flash, render
from offerwatch.web.pages.account import need_accounts

router = APIRouter()


async def admin_ws(request: Request, ws: Annotated[Workspace, Depends(page_ws)]) -> Workspace:
    """The signed-in administrator's workspace; anybody else gets a 403."""
    need_accounts(request)
    if not ws.is_admin():
        raise HTTPException(403, "only an administrator may open this page")
    return ws


AdminWS = Annotated[Workspace, Depends(admin_ws)]


def _page(request: Request, ws: Workspace, **extra: Any) -> Response:
    context = {
        "users": ws.list_users(),
        "me": ws.user_id,
        "signup": ws.signup_mode(),
        "invitation": None,
        **extra,
    }
    response = render(request, ws, "admin.html", context)
    response.headers["Cache-Control"] = "no-store"
    return response


@router.get("/admin")
def admin_page(request: Request, ws: AdminWS) -> Response:
    return _page(request, ws)


@router.post("/admin/signup")
def signup_mode(
    request: Request, ws: AdminWS, mode: Annotated[str, Form(max_length=20)]
) -> Response:
    ws.set_signup_mode(mode)
    flash(request, "Anyone may sign up now." if mode == "open" else "Sign-up needs an invitation.")
    return RedirectResponse("/admin", status_code=303)


@router.post("/admin/invitations")
def invite(request: Request, ws: AdminWS, days: Annotated[int, Form(ge=1, le=90)] = 7) -> Response:
    """The link is shown on this answer only (only a hash of its secret is stored)."""
    secret = ws.create_invitation(days)
    base = str(request.base_url).rstrip("/")
    return _page(request, ws, invitation=f"{base}/signup?invite={secret}", days=days)


@router.post("/admin/users/{user_id}/password")
def reset_password(
    request: Request, ws: AdminWS, user_id: Id, password: Annotated[str, Form(max_length=1000)]
) -> Response:
    name = ws.admin_reset_password(user_id, password)
    flash(request, f"Password of {name} reset.")
    return RedirectResponse("/admin", status_code=303)


@router.post("/admin/users/{user_id}/remove")
def remove(
    request: Request, ws: AdminWS, user_id: Id, confirm: Annotated[str, Form(max_length=200)] = ""
) -> Response:
    """Remove an account and its data; `confirm` must repeat the user name."""
    found = {u.id: u.username for u in ws.list_users()}
    if user_id not in found:
        raise HTTPException(404, f"no user with id {user_id}")
    if confirm.strip() != found[user_id]:
        raise HTTPException(400, "type the user name to confirm: nothing was removed")
    ws.remove_user(found[user_id])
    flash(request, f"{found[user_id]} and all of their data removed.")
    return RedirectResponse("/admin", status_code=303)
