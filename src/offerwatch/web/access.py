"""The access log: one "offerwatch.access" record per request (method, path, status, time
taken, client, user), written as a JSON line by `offerwatch serve` (logs.py)."""

from __future__ import annotations

import logging
import time

from starlette.types import ASGIApp, Message, Receive, Scope, Send

LOGGER = logging.getLogger("offerwatch.access")


class AccessLogMiddleware:
    """Log each HTTP request once it is answered (nothing when INFO is off)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not LOGGER.isEnabledFor(logging.INFO):
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500  # what the client sees when the app fails before answering

        async def watch(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        try:
            await self.app(scope, receive, watch)
        finally:
            session = scope.get("state", {}).get("session")
            client = scope.get("client")
            fields = {
                "event": "access",
                "method": scope["method"],
                "path": scope["path"],
                "status": status,
                "ms": round((time.perf_counter() - started) * 1000, 1),
                "client": client[0] if client else None,
                "user_id": getattr(session, "user_id", None),
            }
            LOGGER.info(
                "%s %s %s", scope["method"], scope["path"], status, extra={"fields": fields}
            )
