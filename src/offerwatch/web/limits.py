"""Refuse request bodies that are too large before they are read (or while they stream)."""

from __future__ import annotations

import json

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

SMALL_BODY = 1024 * 1024  # forms and JSON: far more than any real one needs


class TooLarge(HTTPException):
    """Raised while the body streams in; FastAPI passes HTTP exceptions through as they are."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"request body larger than {limit // 1024} KB")


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
        limit = self.upload_limit + 65536 if ctype.startswith(b"multipart/") else SMALL_BODY
        length = headers.get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > limit):
            await _refuse(send, limit)
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
                await _refuse(send, limit)


async def _refuse(send: Send, limit: int) -> None:
    body = json.dumps({"detail": f"request body larger than {limit // 1024} KB"}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [(b"content-type", b"application/json"), (b"connection", b"close")],
        }
    )
    await send({"type": "http.response.body", "body": body})
