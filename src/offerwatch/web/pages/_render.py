"""Rendering helpers shared by the pages: the common context, redirects after a post."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar, cast

from fastapi import Request
from fastapi.responses import JSONResponse, RedirectResponse, Response

from offerwatch.core.timeutil import BadDate
from offerwatch.errors import BadInput
from offerwatch.service import Workspace
from offerwatch.web.deps import session, state
from offerwatch.web.flash import Flash

NAV = (
    ("/", "Today"),
    ("/pipeline", "Pipeline"),
    ("/insights", "Insights"),
    ("/mail", "Mail"),
    ("/calendar", "Calendar"),
    ("/data", "Import & export"),
    ("/settings", "Settings"),
    ("/trash", "Trash"),
)


@dataclass(frozen=True)
class Refused:
    """A form post the service refused: which form (its key), the one-line reason, and
    what was typed, for the page to show the form again filled as it was sent."""

    form: str = ""
    message: str = ""
    values: Mapping[str, Any] = field(default_factory=dict)

    def value(self, form: str, name: str, default: Any = "") -> Any:
        """What was typed into `name` of `form` when that form was refused, else `default`."""
        if form != self.form or name not in self.values:
            return default
        typed = self.values[name]
        return "" if typed is None else typed

    def is_(self, form: str) -> bool:
        return bool(self.form) and form == self.form


Handler = TypeVar("Handler", bound=Callable[..., Response])
NOT_REFUSED = Refused()
# What a form post can be refused for and shown again: a value the service or a date
# parser would not take. An unknown id (404) or a stale version (409) keeps its own page.
REFUSALS = (BadInput, BadDate)


def refusable(
    form: str, page: Callable[..., Response], *, leave_out: tuple[str, ...] = ()
) -> Callable[[Handler], Handler]:
    """A form post's one way to be refused: when the handler raises one of REFUSALS, the
    page holding the form (`page`) is shown again, status 400, with the one-line reason
    above the form and every field as typed (save those in `leave_out`: passwords and
    tokens are never sent back). `form` is the form's key, formatted with the handler's
    arguments ("assign-{message_id}"); `page` is called with the request, the workspace and
    those of its other parameters the handler also has, by name. The page's own script
    (fetch) gets the JSON error as before."""

    wanted = [name for name in inspect.signature(page).parameters if name not in ("request", "ws")]

    def wrap(handler: Handler) -> Handler:
        @functools.wraps(handler)
        def run(**given: Any) -> Response:
            try:
                return handler(**given)
            except REFUSALS as exc:
                request = given["request"]
                if is_fetch(request):
                    raise
                typed = {k: v for k, v in given.items()
                         if k not in ("request", "ws", *leave_out)}  # fmt: skip
                request.state.refused = Refused(form.format(**given), str(exc), typed)
                again = {name: given[name] for name in wanted if name in given}
                return page(request, given["ws"], **again)

        return cast(Handler, run)

    return wrap


def render(
    request: Request,
    ws: Workspace | None,
    name: str,
    context: dict[str, Any],
    status: int = 200,
) -> Response:
    """A page from templates/`name`, with what every page needs (navigation, CSRF token)."""
    web = state(request)
    sess = session(request)
    refused = getattr(request.state, "refused", NOT_REFUSED)
    if refused.form and status == 200:
        status = 400
    now = ws.clock() if ws is not None else None
    tz = ws.timezone() if ws is not None else None
    nav = list(NAV)
    if web.settings.accounts and ws is not None:
        nav += account_nav(ws)
    base = {
        "csrf": sess.csrf,
        "flash": web.flashes.pop(sess.csrf) if request.method == "GET" else None,
        "accounts": web.settings.accounts,
        "signed_in": ws is not None,
        "nav": nav,
        "path": request.url.path,
        "now": now,
        "tz": tz,
        "today": now.astimezone(tz).date().isoformat() if now and tz else "",
        "refused": refused,
    }
    return web.templates.TemplateResponse(request, name, {**base, **context}, status_code=status)


def account_nav(ws: Workspace) -> list[tuple[str, str]]:
    """Server mode's own pages: your account, the people you coach, and the admin's page."""
    nav = [("/account", "Account"), ("/coach", "Coach")]
    if ws.is_admin():
        nav.append(("/admin", "Admin"))
    return nav


def error_context(request: Request) -> dict[str, Any]:
    """What an error page shows around its message: the navigation (when signed in) and
    where "Go back" leads without a script (the page that sent the visitor here)."""
    web = state(request)
    sess = session(request)
    signed_in = not web.settings.accounts or sess.user_id is not None
    referrer = request.headers.get("referer", "")
    host = request.headers.get("host", "")
    back = "/"
    for scheme in ("http://", "https://"):
        if host and referrer.startswith(f"{scheme}{host}/"):
            back = safe_next(referrer[len(scheme) + len(host) :], "/")
    return {
        "csrf": sess.csrf,
        "accounts": web.settings.accounts,
        "signed_in": signed_in,
        "nav": NAV,
        "path": request.url.path,
        "back": back,
    }


def is_fetch(request: Request) -> bool:
    """The page's own script posted this (it shows the outcome itself)."""
    return request.headers.get("x-requested-with") == "fetch"


def flash(request: Request, message: str, *, undo: str | None = None) -> None:
    """A banner for the next page this browser opens, with an Undo button posting to
    `undo`. Not for the page's own script: it shows the outcome in place."""
    if not is_fetch(request):
        state(request).flashes.put(session(request).csrf, Flash(message, undo))


def after_post(request: Request, url: str, **data: Any) -> Response:
    """Where a form post goes next: a redirect (no JS) or a small JSON answer (fetch)."""
    if is_fetch(request):
        return JSONResponse({"ok": True, **data})
    return RedirectResponse(url, status_code=303)


def safe_next(value: str | None, default: str) -> str:
    """A local path to go back to; anything else (other sites, schemes) is ignored."""
    if value and value.startswith("/") and not value.startswith("//") and "\\" not in value:
        return value
    return default
