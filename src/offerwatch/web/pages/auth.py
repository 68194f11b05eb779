"""Sign in and out (server mode only; the local mode has no login)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import RedirectResponse, Response

from offerwatch.audit import audit
from offerwatch.web.deps import check_form_csrf, session, state
from offerwatch.web.pages._render import render, safe_next
from offerwatch.web.throttle import TooManyFailures

router = APIRouter()


@router.get("/login")
def login_form(request: Request, next: str | None = None) -> Response:
    if not state(request).settings.accounts:
        return RedirectResponse("/", status_code=303)
    return render(request, None, "login.html", {"next": safe_next(next, "/"), "error": None})


@router.post("/login")
async def login(
    request: Request,
    username: Annotated[str, Form(max_length=200)],
    password: Annotated[str, Form(max_length=1000)],
    next: Annotated[str | None, Form(max_length=500)] = None,
) -> Response:
    web = state(request)
    if not web.settings.accounts:
        raise HTTPException(404, "there is no login in local mode")
    sess = session(request)
    await check_form_csrf(request, sess)
    from starlette.concurrency import run_in_threadpool

    address = request.client.host if request.client else None
    try:
        user_id = await run_in_threadpool(
            web.logins.attempt,
            username,
            address,
            lambda: web.workspace.authenticate(username, password),
        )
    except TooManyFailures as exc:
        audit("signin.locked", username=username, client=address, retry_after=exc.retry_after)
        context = {"next": safe_next(next, "/"), "error": str(exc)}
        response = render(request, None, "login.html", context, status=429)
        response.headers["Retry-After"] = str(exc.retry_after)
        return response
    if user_id is None:
        audit("signin.failed", username=username, client=address)
        context = {"next": safe_next(next, "/"), "error": "wrong user name or password"}
        return render(request, None, "login.html", context, status=401)
    sess.login(user_id)
    audit("signin", username=username, user_id=user_id, client=address)
    return RedirectResponse(safe_next(next, "/"), status_code=303)


@router.post("/logout")
async def logout(request: Request) -> Response:
    sess = session(request)
    await check_form_csrf(request, sess)
    if sess.user_id is not None:
        audit("signout", user_id=sess.user_id)
    sess.logout()
    return RedirectResponse("/login" if state(request).settings.accounts else "/", 303)
