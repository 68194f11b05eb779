"""Rendering helpers shared by the pages: the common context, redirects after a post."""

from __future__ import annotations

from typing import Any

from fastapi import Request
from fastapi.responses import JSONResponse, RedirectResponse, Response

from offerwatch.service import Workspace
from offerwatch.web.deps import session, state
from offerwatch.web.features import flags

NAV = (
    ("/", "Today", None),
    ("/pipeline", "Pipeline", None),
    ("/insights", "Insights", None),
    ("/mail", "Mail", "mail"),
    ("/calendar", "Calendar", "calendar"),
)


def render(
    request: Request,
    ws: Workspace | None,
    name: str,
    context: dict[str, Any],
    status: int = 200,
) -> Response:
    """A page from templates/`name`, with what every page needs (navigation, CSRF token)."""
    web = state(request)
    features = flags(ws) if ws is not None else {}
    nav = [(href, label) for href, label, need in NAV if need is None or features.get(need)]
    base = {
        "csrf": session(request).csrf,
        "features": features,
        "accounts": web.settings.accounts,
        "signed_in": ws is not None,
        "nav": nav,
        "path": request.url.path,
        "now": ws.clock() if ws is not None else None,
        "tz": ws.timezone() if ws is not None else None,
    }
    return web.templates.TemplateResponse(request, name, {**base, **context}, status_code=status)


def after_post(request: Request, url: str, **data: Any) -> Response:
    """Where a form post goes next: a redirect (no JS) or a small JSON answer (fetch)."""
    if request.headers.get("x-requested-with") == "fetch":
        return JSONResponse({"ok": True, **data})
    return RedirectResponse(url, status_code=303)


def safe_next(value: str | None, default: str) -> str:
    """A local path to go back to; anything else (other sites, schemes) is ignored."""
    if value and value.startswith("/") and not value.startswith("//") and "\\" not in value:
        return value
    return default
