"""Sign up (server mode): with an administrator's one-time link, or by anyone when the
administrator opened sign-up."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from offerwatch.errors import BadInput, Forbidden
from offerwatch.web.deps import check_form_csrf, session, state
from offerwatch.web.pages._render import render
from offerwatch.web.pages.account import need_accounts

router = APIRouter()
CLOSED = "sign-up needs an invitation link that is not used or expired: ask your administrator"


def _allowed(request: Request, invite: str | None) -> bool:
    ws = state(request).workspace
    return ws.signup_mode() == "open" or ws.invitation_open(invite)


@router.get("/signup")
def signup_form(request: Request, invite: str | None = None) -> Response:
    need_accounts(request)
    if not _allowed(request, invite):
        raise HTTPException(403, CLOSED)
    return render(request, None, "signup.html", {"invite": invite or "", "error": None})


@router.post("/signup")
async def signup(
    request: Request,
    username: Annotated[str, Form(max_length=200)],
    password: Annotated[str, Form(max_length=1000)],
    invite: Annotated[str, Form(max_length=200)] = "",
) -> Response:
    need_accounts(request)
    sess = session(request)
    await check_form_csrf(request, sess)
    ws = state(request).workspace
    try:
        user_id = await run_in_threadpool(ws.sign_up, username, password, invite or None)
    except (BadInput, Forbidden) as exc:
        status = 403 if isinstance(exc, Forbidden) else 400
        context = {"invite": invite, "error": str(exc)}
        return render(request, None, "signup.html", context, status=status)
    sess.login(user_id)
    return RedirectResponse("/", status_code=303)
