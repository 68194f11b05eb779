"""Sign in and out (server mode only; the local mode has no login)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from offerwatch.audit import audit
from offerwatch.web.deps import check_form_csrf, live_user, session, state
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
    max_age = web.settings.session_days * 86400
    token = await run_in_threadpool(web.workspace.start_session, user_id, max_age)
    sess.login(user_id, token)
    audit("signin", username=username, user_id=user_id, client=address)
    return RedirectResponse(safe_next(next, "/"), status_code=303)


@router.post("/logout")
async def logout(request: Request) -> Response:
    """End this browser's session (in every worker: its database row goes)."""
    sess = session(request)
    await check_form_csrf(request, sess)
    web = state(request)
    if web.settings.accounts and sess.token is not None:
        await run_in_threadpool(web.workspace.end_session, sess.token)
    if sess.user_id is not None:
        audit("signout", user_id=sess.user_id)
    sess.logout()
    return RedirectResponse("/login" if web.settings.accounts else "/", 303)


@router.post("/logout/everywhere")
async def logout_everywhere(request: Request) -> Response:
    """End every session of the signed-in user (a lost laptop, a shared computer)."""
    sess = session(request)
    await check_form_csrf(request, sess)
    web = state(request)
    if not web.settings.accounts:
        raise HTTPException(404, "there is no login in local mode")
    user_id = await run_in_threadpool(live_user, web, sess)
    if user_id is not None:
        await run_in_threadpool(lambda: web.for_user(user_id).end_my_sessions())
    sess.logout()
    return RedirectResponse("/login", 303)
