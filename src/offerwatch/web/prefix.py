"""Serving under a path prefix (`offerwatch serve --root-path /offerwatch` behind a proxy that
strips it): the pages and redirects name the app's own paths as "/pipeline"; this middleware
writes the prefix in front of them on the way out (links and forms of HTML pages, Location
headers, the cookie's Path). Without a root path it passes everything through untouched."""

from __future__ import annotations

import re

from starlette.types import ASGIApp, Message, Receive, Scope, Send

_ATTRIBUTES = ("href", "action", "src", "formaction")


def _prefixer(prefix: str) -> re.Pattern[str]:
    # A local absolute path ("/x", not "//host") not prefixed already.
    segment = re.escape(prefix.lstrip("/"))
    return re.compile(rf'(\s(?:{"|".join(_ATTRIBUTES)})=")/(?!/|{segment}(?:/|"|\?))')


def prefixed(location: str, prefix: str) -> str:
    """A local path with the prefix in front (other sites' URLs and prefixed paths kept)."""
    if not location.startswith("/") or location.startswith("//"):
        return location
    if location == prefix or location.startswith((prefix + "/", prefix + "?")):
        return location
    return prefix + location


class PrefixMiddleware:
    """Add scope["root_path"] to the app's own paths in what it answers."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        prefix = scope.get("root_path", "") if scope["type"] == "http" else ""
        if not prefix:
            await self.app(scope, receive, send)
            return
        pattern = _prefixer(prefix)
        start: Message | None = None
        chunks: list[bytes] = []

        async def rewrite(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                headers = []
                html = False
                for name, value in message.get("headers", []):
                    if name == b"location":
                        value = prefixed(value.decode("latin-1"), prefix).encode("latin-1")
                    elif name == b"set-cookie":
                        value = value.replace(b"Path=/;", f"Path={prefix}/;".encode())
                    elif name == b"content-type":
                        html = value.startswith(b"text/html")
                    headers.append((name, value))
                message = {**message, "headers": headers}
                if not html:
                    await send(message)
                    return
                start = message  # held until the whole page is here: its length changes
                return
            if start is None or message["type"] != "http.response.body":
                await send(message)
                return
            chunks.append(message.get("body", b""))
            if message.get("more_body", False):
                return
            text = b"".join(chunks).decode("utf-8")
            body = pattern.sub(rf"\g<1>{prefix}/", text).encode("utf-8")
            headers = [(n, v) for n, v in start["headers"] if n != b"content-length"]
            headers.append((b"content-length", str(len(body)).encode()))
            await send({**start, "headers": headers})
            await send({"type": "http.response.body", "body": body})

        await self.app(scope, receive, rewrite)
