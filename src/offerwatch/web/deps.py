"""Request dependencies: who is asking (their Workspace), CSRF and origin checks."""

from __future__ import annotations

import base64
import binascii
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated

from fastapi import Depends, HTTPException, Path, Query, Request
from starlette.concurrency import run_in_threadpool

from offerwatch.audit import audit
from offerwatch.service import Workspace
from offerwatch.web.session import Session
from offerwatch.web.state import WebState
from offerwatch.web.throttle import TooManyFailures

UNSAFE = {"POST", "PUT", "PATCH", "DELETE"}


class LoginRequired(Exception):
    """A page needs a signed-in user (server mode): the app redirects to /login."""


def state(request: Request) -> WebState:
    found: WebState = request.app.state.web
    return found


def session(request: Request) -> Session:
    found: Session = request.state.session
    return found


def _origin_ok(request: Request) -> bool:
    """A browser names the page that sent an unsafe request; it must be one of ours."""
    origin = request.headers.get("origin")
    if origin is None or origin == "null":
        return origin is None
    host = request.headers.get("host", "")
    return origin.split("://", 1)[-1] == host


async def page_ws(request: Request) -> AsyncIterator[Workspace]:
    """The signed-in user's workspace for a page; form posts must carry the CSRF token."""
    web = state(request)
    sess = session(request)
    if request.method in UNSAFE:
        await check_form_csrf(request, sess)
    if not web.settings.accounts:
        ws = web.workspace
    elif sess.user_id is None:
        raise LoginRequired()
    else:
        user_id = await run_in_threadpool(live_user, web, sess)
        if user_id is None:
            sess.logout()  # ended elsewhere (logout, password change): the cookie goes too
            raise LoginRequired()
        ws = web.for_user(user_id)
    async with _writes_forget(request, web, ws):
        yield ws


@asynccontextmanager
async def _writes_forget(request: Request, web: WebState, ws: Workspace) -> AsyncIterator[None]:
    """Cached reads of a user are dropped before and after each of their writes."""
    unsafe = request.method in UNSAFE
    if unsafe:
        web.cache.forget(ws.user_id)
    try:
        yield
    finally:
        if unsafe:
            web.cache.forget(ws.user_id)


def live_user(web: WebState, sess: Session) -> int | None:
    """The cookie's user when its server-side session is still live (database), else None."""
    if sess.user_id is None:
        return None
    found = web.workspace.session_user(sess.token)
    return found if found == sess.user_id else None


async def check_form_csrf(request: Request, sess: Session) -> None:
    if not _origin_ok(request):
        raise HTTPException(403, "cross-site request refused")
    token = request.headers.get("x-csrf-token")
    if token is None:
        ctype = request.headers.get("content-type", "")
        if ctype.startswith(("application/x-www-form-urlencoded", "multipart/form-data")):
            form = await request.form()
            value = form.get("csrf")
            token = value if isinstance(value, str) else None
    if not sess.csrf_ok(token):
        raise HTTPException(403, "the form expired or came from elsewhere: reload and retry")


async def api_ws(request: Request) -> AsyncIterator[Workspace]:
    """See `_api_ws`; writes drop the user's cached reads."""
    web = state(request)
    # Only server mode may check a password (Argon2id: slow), so only it leaves the loop.
    ws = await run_in_threadpool(_api_ws, request) if web.settings.accounts else _api_ws(request)
    async with _writes_forget(request, web, ws):
        yield ws


def _api_ws(request: Request) -> Workspace:
    """The caller's workspace for the JSON API: the local user, a signed-in session, or HTTP
    Basic credentials (server mode). Unsafe methods must be JSON or carry the CSRF header,
    so that a plain HTML form on another site cannot trigger them."""
    web = state(request)
    sess = session(request)
    if request.method in UNSAFE:
        if not _origin_ok(request):
            raise HTTPException(403, "cross-site request refused")
        ctype = request.headers.get("content-type", "")
        header = request.headers.get("x-csrf-token")
        # No HTML form can send DELETE (nor a cross-site script without a CORS preflight),
        # and it carries no body: it needs no JSON content type. Nor can a form send an
        # `Authorization: Bearer` header (a browser never adds one by itself, unlike Basic
        # credentials): a script's bodyless POST with its API token is no cross-site write.
        bodyless = request.method == "DELETE"
        scripted = request.headers.get("authorization", "").lower().startswith("bearer ")
        if (
            not (bodyless or scripted)
            and not ctype.startswith("application/json")
            and not sess.csrf_ok(header)
        ):
            raise HTTPException(415, "send JSON (Content-Type: application/json)")
    if not web.settings.accounts:
        return web.workspace
    if sess.user_id is not None:
        live = live_user(web, sess)
        if live is not None:
            return web.for_user(live)
        sess.logout()
    bearer = _bearer_user(request, web)
    if bearer is not None:
        return web.for_user(bearer)
    user_id = _basic_user(request, web)
    if user_id is None:
        raise HTTPException(
            401, "sign in: HTTP Basic credentials required", {"WWW-Authenticate": "Basic"}
        )
    return web.for_user(user_id)


def _bearer_user(request: Request, web: WebState) -> int | None:
    """The owner of an API token (`Authorization: Bearer ow_...`); a token that is unknown
    or revoked is a 401, not a fall-back to other credentials."""
    header = request.headers.get("authorization", "")
    if not header.lower().startswith("bearer "):
        return None
    user_id = web.workspace.user_for_api_token(header[7:].strip())
    if user_id is None:
        raise HTTPException(401, "unknown or revoked API token", {"WWW-Authenticate": "Bearer"})
    return user_id


def _basic_user(request: Request, web: WebState) -> int | None:
    header = request.headers.get("authorization", "")
    if not header.lower().startswith("basic "):
        return None
    try:
        decoded = base64.b64decode(header[6:], validate=True).decode()
    except (binascii.Error, UnicodeDecodeError):
        return None
    name, _, password = decoded.partition(":")
    address = request.client.host if request.client else None
    try:
        return web.logins.attempt(name, address, lambda: web.workspace.authenticate(name, password))
    except TooManyFailures as exc:
        audit("signin.locked", username=name, client=address, via="basic")
        raise HTTPException(429, str(exc), {"Retry-After": str(exc.retry_after)}) from exc


PageWS = Annotated[Workspace, Depends(page_ws)]
ApiWS = Annotated[Workspace, Depends(api_ws)]

# Row ids are 32-bit integers in both databases: anything else is bad input, not a crash.
MAX_ID = 2_147_483_647
Id = Annotated[int, Path(ge=1, le=MAX_ID)]
OptionalId = Annotated[int | None, Query(ge=1, le=MAX_ID)]
# Paging of the API's lists: an offset past any row count is bad input too.
Limit = Annotated[int, Query(ge=1, le=500)]
Offset = Annotated[int, Query(ge=0, le=MAX_ID)]
