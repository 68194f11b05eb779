"""Refuse request bodies that are too large before they are read (or while they stream)."""

from __future__ import annotations

import html
import json

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

SMALL_BODY = 1024 * 1024  # forms and JSON: far more than any real one needs


class TooLarge(HTTPException):
    """Raised while the body streams in; FastAPI passes HTTP exceptions through as they are."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"request body larger than {limit // 1024} KB")


def _too_large(upload_limit: int | None, limit: int) -> str:
    """What the person is told: an upload's limit as the Mail page states it ("up to 50
    MB"), any other body's in KB."""
    if upload_limit is not None:
        return f"the file is larger than {upload_limit // (1024 * 1024)} MB"
    return f"request body larger than {limit // 1024} KB"


class BodyLimitMiddleware:
    """413 for a body over the limit: `upload_limit` for multipart uploads, 1 MB otherwise.
    Checked against Content-Length first, and counted as it streams (chunked bodies)."""

    def __init__(self, app: ASGIApp, upload_limit: int) -> None:
        self.app = app
        self.upload_limit = upload_limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers", []))
        ctype = headers.get(b"content-type", b"")
        upload = ctype.startswith(b"multipart/")
        limit = self.upload_limit + 65536 if upload else SMALL_BODY
        said = _too_large(self.upload_limit if upload else None, limit)
        # A browser's plain form post (no script) gets a page, not JSON.
        page = b"text/html" in headers.get(b"accept", b"") and (
            headers.get(b"x-requested-with") != b"fetch")  # fmt: skip
        length = headers.get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > limit):
            await _refuse(send, said, page)
            return
        seen = 0
        started = False

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise TooLarge(limit)
            return message

        async def tracked(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counted, tracked)
        except TooLarge:
            if not started:
                await _refuse(send, said, page)


async def _refuse(send: Send, said: str, page: bool) -> None:
    if page:
        text = html.escape(said[:1].upper() + said[1:])
        body = (
            '<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" '
            'content="width=device-width, initial-scale=1"><title>Too large · offerwatch</title>'
            f'<h1>That did not work</h1><p data-testid="error">{text}.</p>'
            "<p>Go back and choose a smaller file.</p></html>"
        ).encode()
        ctype = b"text/html; charset=utf-8"
    else:
        body, ctype = json.dumps({"detail": said}).encode(), b"application/json"
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [(b"content-type", ctype), (b"connection", b"close")],
        }
    )
    await send({"type": "http.response.body", "body": body})
