"""Use cases for server-side web sessions: start one at sign-in, check it on each request,
end it at logout, end all of a user's at a password change or "sign out everywhere"; and
the per-user facts version that keys the web's result cache (what a worker must check with
the database on each request)."""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from offerwatch.errors import BadInput
from offerwatch.service.context import Context
from offerwatch.store import plan_stamps
from offerwatch.store import sessions as qs
from offerwatch.store import users as qu


def _hash(token: str) -> str:
    # A stolen database does not give working cookies: only the token's hash is stored.
    return hashlib.sha256(token.encode()).hexdigest()


def start_session(ws: Context, user_id: int, max_age_seconds: int) -> str:
    """A new session for the user; returns the token the cookie carries."""
    token = secrets.token_urlsafe(32)
    now = ws.clock()
    # derived=True: a sign-in changes none of the user's facts (their plan stays valid).
    with ws.write(derived=True) as conn:
        qs.purge_expired(conn, now=now)
        qs.add(conn, _hash(token), user_id, now=now, until=now + timedelta(seconds=max_age_seconds))
    return token


def session_user(ws: Context, token: str | None) -> int | None:
    """The user whose live session `token` is, or None (ended, expired, unknown)."""
    if not token or len(token) > 200:
        return None
    with ws.read() as conn:
        return qs.user_of(conn, _hash(token), now=ws.clock())


def end_session(ws: Context, token: str | None) -> None:
    """End one session (logout); unknown tokens are ignored."""
    if not token or len(token) > 200:
        return
    with ws.write(derived=True) as conn:
        qs.end(conn, _hash(token))


def end_all_sessions(ws: Context, username: str) -> int:
    """Sign the user called `username` out everywhere; returns how many sessions ended."""
    with ws.write(derived=True) as conn:
        found = qu.find_user(conn, username.strip())
        if found is None:
            raise BadInput(f"no user called {username!r}")
        return qs.end_all(conn, found[0])


def end_my_sessions(ws: Context) -> int:
    """Sign the current user out on every browser, this one included."""
    with ws.write(derived=True) as conn:
        return qs.end_all(conn, ws.user_id)


def facts_version(ws: Context) -> int | None:
    """The user's facts version (store/plan_stamps), read by the web's result cache."""
    with ws.read() as conn:
        return plan_stamps.facts_version(conn, ws.user_id)
