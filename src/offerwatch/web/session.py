"""Signed session cookies (HMAC-SHA256, standard library only) and CSRF tokens.

The cookie holds {"u": user id or null, "s": session token, "c": csrf token, "t": issued at};
the signature stops a client from forging another user id. In server mode the session token
must also name a live row in the database (service/sessions.py, checked in web/deps.py), so
that logout, a password change or "sign out everywhere" end a session in every worker. It is
carried by a tiny ASGI middleware that puts the session in `request.state.session` and sets
the cookie when it changed.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import time
from dataclasses import dataclass
from http.cookies import SimpleCookie
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

COOKIE = "ow_session"
# Sent with every response: our own scripts, styles and images only (no inline script), no
# framing by other sites, no MIME sniffing, no full URLs leaked to other sites.
SECURITY_HEADERS = [
    (b"content-security-policy", b"default-src 'self'; img-src 'self' data:; "
     b"style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
]  # fmt: skip


@dataclass
class Session:
    """What the browser's cookie says about who this is."""

    user_id: int | None
    csrf: str
    issued: int
    changed: bool = False
    token: str | None = None

    def login(self, user_id: int, token: str | None = None) -> None:
        """Attach a user (and their server-side session token) and rotate the CSRF token
        (no session fixation)."""
        self.user_id = user_id
        self.token = token
        self.csrf = secrets.token_urlsafe(24)
        self.issued = int(time.time())
        self.changed = True

    def logout(self) -> None:
        self.user_id = None
        self.token = None
        self.csrf = secrets.token_urlsafe(24)
        self.changed = True

    def csrf_ok(self, token: str | None) -> bool:
        return bool(token) and hmac.compare_digest(str(token), self.csrf)


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def sign(session: Session, secret: bytes) -> str:
    data = {"u": session.user_id, "s": session.token, "c": session.csrf, "t": session.issued}
    payload = _b64(json.dumps(data, separators=(",", ":")).encode())
    mac = hmac.new(secret, payload.encode(), hashlib.sha256).digest()
    return f"{payload}.{_b64(mac)}"


def unsign(value: str, secret: bytes, max_age: int) -> Session | None:
    """The session in a cookie value, or None when forged, malformed or expired."""
    try:
        payload, mac = value.split(".", 1)
        expected = _b64(hmac.new(secret, payload.encode(), hashlib.sha256).digest())
        # Compared as text: base64 decoding tolerates extra or non-canonical characters, so
        # comparing decoded bytes accepted a tampered signature now and then.
        if not hmac.compare_digest(mac.encode(), expected.encode()):
            return None
        data = json.loads(_unb64(payload))
        user_id, csrf, issued = data["u"], data["c"], int(data["t"])
        token = data.get("s")
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
    if time.time() - issued > max_age or not isinstance(csrf, str):
        return None
    if user_id is not None and not isinstance(user_id, int):
        return None
    if token is not None and not isinstance(token, str):
        return None
    return Session(user_id, csrf, issued, token=token)


def new_session() -> Session:
    return Session(None, secrets.token_urlsafe(24), int(time.time()), changed=True)


class SessionMiddleware:
    """Load the signed session cookie into `scope["state"]["session"]`; write it back when
    it changed."""

    def __init__(self, app: ASGIApp, secret: bytes, max_age: int, secure: bool) -> None:
        self.app = app
        self.secret = secret
        self.max_age = max_age
        self.secure = secure

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        session = self._load(scope) or new_session()
        scope.setdefault("state", {})["session"] = session

        async def send_with_cookie(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers += SECURITY_HEADERS
                if session.changed:
                    headers.append((b"set-cookie", self._cookie(session).encode("latin-1")))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_cookie)

    def _load(self, scope: Scope) -> Session | None:
        for name, value in scope.get("headers", []):
            if name == b"cookie":
                jar: SimpleCookie = SimpleCookie()
                try:
                    jar.load(value.decode("latin-1"))
                except Exception:
                    return None
                morsel = jar.get(COOKIE)
                if morsel is not None:
                    return unsign(morsel.value, self.secret, self.max_age)
        return None

    def _cookie(self, session: Session) -> str:
        parts: list[Any] = [
            f"{COOKIE}={sign(session, self.secret)}",
            "Path=/",
            "HttpOnly",
            "SameSite=Lax",
            f"Max-Age={self.max_age}",
        ]
        if self.secure:
            parts.append("Secure")
        return "; ".join(parts)
