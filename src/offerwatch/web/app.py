"""The app factory: FastAPI with server-rendered pages, static assets and /api/v1."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from offerwatch.core.timeutil import BadDate
from offerwatch.errors import BadInput, DatabaseBusy, Forbidden, NotFound, StaleVersion
from offerwatch.web import filters
from offerwatch.web.access import AccessLogMiddleware
from offerwatch.web.deps import LoginRequired
from offerwatch.web.head import HeadMiddleware
from offerwatch.web.limits import BodyLimitMiddleware
from offerwatch.web.prefix import PrefixMiddleware
from offerwatch.web.session import SessionMiddleware
from offerwatch.web.settings import WebSettings
from offerwatch.web.state import WebState

if TYPE_CHECKING:
    from offerwatch.service import Workspace

HERE = Path(__file__).parent


def create_app(
    settings: WebSettings | None = None,
    *,
    open_workspace: Callable[[], Workspace] | None = None,
) -> FastAPI:
    """Build the app. Nothing is opened here: the workspace opens on the first request,
    through `open_workspace` (default: the database of `settings.db_url`)."""
    settings = settings or WebSettings()
    if open_workspace is None:

        def open_workspace() -> Workspace:
            from offerwatch.service import open_workspace as opener

            return opener(settings.db_url)

    templates = Jinja2Templates(directory=str(HERE / "templates"))
    filters.install(templates.env)
    templates.env.trim_blocks = True  # no blank lines left by {% %} tags: smaller pages
    templates.env.lstrip_blocks = True
    web = WebState(settings, open_workspace, templates)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        import asyncio
        import time

        from offerwatch.web.pages.mail import remove_stale_uploads

        remove_stale_uploads(time.time())  # left long ago by jobs that never ended
        if settings.run_jobs:
            web.jobs.start()
        yield
        # The running job stops at its next message and goes back to the queue; the loop
        # stays free meanwhile (a worker thread waits).
        await asyncio.to_thread(web.jobs.stop, 5.0)
        web.close()

    app = FastAPI(
        title="offerwatch",
        version="1",
        openapi_url="/api/v1/openapi.json",
        docs_url=None,  # the interactive docs page loads its assets from a CDN: not here
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.web = web
    app.add_middleware(
        SessionMiddleware,
        secret=settings.secret,
        max_age=settings.session_days * 86400,
        secure=settings.secure_cookies,
    )
    app.add_middleware(BodyLimitMiddleware, upload_limit=settings.max_upload_bytes)
    if settings.allowed_hosts is not None:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(settings.allowed_hosts))
    app.add_middleware(PrefixMiddleware)  # above the cookie: its Path gets the prefix too
    if settings.forwarded_allow_ips:
        from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

        # Only the named proxies may say who the client is (the limiter keys on it).
        app.add_middleware(ProxyHeadersMiddleware, trusted_hosts=settings.forwarded_allow_ips)
    app.add_middleware(HeadMiddleware)  # every layer below sees a GET
    app.add_middleware(AccessLogMiddleware)  # outermost: times the whole answer
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    _errors(app, templates)

    from offerwatch.web.api import router as api_router
    from offerwatch.web.api.errors import document_errors
    from offerwatch.web.pages import router as pages_router

    app.include_router(api_router)
    app.include_router(pages_router)
    document_errors(app)
    return app


def _wants_json(request: Request) -> bool:
    """The API, and the pages' own scripts (fetch), get errors as JSON."""
    return (
        request.url.path.startswith("/api/") or request.headers.get("x-requested-with") == "fetch"
    )


def _errors(app: FastAPI, templates: Jinja2Templates) -> None:
    """BadInput -> 422 (API) / 400 (pages), NotFound -> 404; always one plain message."""

    def reply(request: Request, status: int, message: str) -> Response:
        if _wants_json(request):
            return JSONResponse({"detail": message}, status_code=status)
        from offerwatch.web.pages._render import error_context

        context = {**error_context(request), "status": status, "message": message}
        return templates.TemplateResponse(request, "error.html", context, status_code=status)

    @app.exception_handler(BadInput)
    async def bad_input(request: Request, exc: BadInput) -> Response:
        return reply(request, 422 if _wants_json(request) else 400, str(exc))

    @app.exception_handler(BadDate)
    async def bad_date(request: Request, exc: BadDate) -> Response:
        return reply(request, 422 if _wants_json(request) else 400, str(exc))

    @app.exception_handler(DatabaseBusy)
    async def busy(request: Request, exc: DatabaseBusy) -> Response:
        response = reply(request, 503, str(exc))
        response.headers["Retry-After"] = str(exc.retry_after)
        return response

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound) -> Response:
        return reply(request, 404, str(exc))

    @app.exception_handler(Forbidden)
    async def forbidden(request: Request, exc: Forbidden) -> Response:
        return reply(request, 403, str(exc))

    @app.exception_handler(StaleVersion)
    async def stale(request: Request, exc: StaleVersion) -> Response:
        # API: If-Match named an older version (412); pages: the form is out of date (409).
        return reply(request, 412 if request.url.path.startswith("/api/") else 409, str(exc))

    @app.exception_handler(LoginRequired)
    async def login_required(request: Request, exc: LoginRequired) -> Response:
        return RedirectResponse(f"/login?next={request.url.path}", status_code=303)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        path_errors = [e for e in exc.errors() if tuple(e.get("loc", ()))[:1] == ("path",)]
        if path_errors and not _wants_json(request):
            # A page address with no record in it (/signals/abc/edit): not found, in words.
            given = path_errors[0].get("input")
            return reply(request, 404, f"nothing here: {given!r} is not the number of a record")
        parts = []
        for err in exc.errors()[:3]:
            where = ".".join(str(p) for p in err.get("loc", ()) if p not in ("body", "query"))
            parts.append(f"{where}: {err.get('msg', 'invalid')}" if where else err.get("msg"))
        message = "; ".join(str(p) for p in parts) or "invalid request"
        return reply(request, 422 if _wants_json(request) else 400, message)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = str(exc.detail)
        if exc.status_code == 404 and message == "Not Found" and not _wants_json(request):
            # No route at all (a mistyped address): say so in words, as a missing record is.
            message = f"there is no page at {request.url.path[:200]}"
        response = reply(request, exc.status_code, message)
        if exc.headers:
            response.headers.update(exc.headers)
        return response
