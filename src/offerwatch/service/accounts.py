"""Use cases for accounts (server mode) and the calendar subscription token."""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets

from offerwatch.errors import BadInput
from offerwatch.service.context import Context
from offerwatch.store import users as qu

# scrypt cost: n=2**14, r=8, p=1 is the interactive-login setting recommended by the
# scrypt paper (Percival 2009, section 7) and used by Python's own docs example.
_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2**14, 8, 1
_USERNAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,99}$")
MIN_PASSWORD = 8


def hash_password(password: str) -> str:
    """A salted scrypt hash, self-describing: scrypt$n$r$p$salt$hash (base64)."""
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(
        password.encode(), salt=salt, n=_SCRYPT_N, r=_SCRYPT_R, p=_SCRYPT_P, dklen=32
    )
    b64 = base64.b64encode
    return f"scrypt${_SCRYPT_N}${_SCRYPT_R}${_SCRYPT_P}${b64(salt).decode()}${b64(digest).decode()}"


def verify_password(password: str, stored: str | None) -> bool:
    """True when `password` matches the stored hash (constant-time comparison)."""
    if not stored:
        return False
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        got = hashlib.scrypt(
            password.encode(),
            salt=base64.b64decode(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            dklen=len(expected),
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, expected)


# Checked against when the user does not exist, so that a login takes as long either way.
# Only its cost parameters matter (verify_password runs scrypt with them, then compares with
# random bytes no password gives), so it is assembled, not hashed: importing the service
# costs no scrypt, and the first unknown name is not slower than the next.
_DUMMY_HASH = "$".join(
    ["scrypt", str(_SCRYPT_N), str(_SCRYPT_R), str(_SCRYPT_P)]
    + [base64.b64encode(secrets.token_bytes(size)).decode() for size in (16, 32)]
)


def add_user(
    ctx: Context,
    username: str,
    password: str,
    *,
    display_name: str | None = None,
    is_admin: bool = False,
) -> int:
    """Create an account for server mode; returns its id."""
    name = username.strip()
    if not _USERNAME.match(name):
        raise BadInput(f"not a valid user name: {username!r} (letters, digits, . _ @ -; up to 100)")
    if len(password) < MIN_PASSWORD:
        raise BadInput(f"the password must have at least {MIN_PASSWORD} characters")
    hashed = hash_password(password)
    with ctx.write() as conn:
        if qu.find_user(conn, name) is not None:
            raise BadInput(f"a user called {name!r} already exists")
        return qu.insert_user(
            conn,
            name,
            password_hash=hashed,
            display_name=display_name,
            is_admin=is_admin,
            now=ctx.clock(),
        )


def set_password(ctx: Context, username: str, password: str) -> None:
    """Change the password of an existing account."""
    if len(password) < MIN_PASSWORD:
        raise BadInput(f"the password must have at least {MIN_PASSWORD} characters")
    hashed = hash_password(password)
    with ctx.write() as conn:
        found = qu.find_user(conn, username.strip())
        if found is None:
            raise BadInput(f"no user called {username!r}")
        qu.set_password_hash(conn, found[0], hashed)


def authenticate(ctx: Context, username: str, password: str) -> int | None:
    """The user id when the name and password match an account, else None."""
    with ctx.read() as conn:
        found = qu.find_user(conn, username.strip())
    if found is None:
        verify_password(password, _DUMMY_HASH)
        return None
    return found[0] if verify_password(password, found[1]) else None


def username(ctx: Context) -> str:
    """The name of the current user."""
    with ctx.read() as conn:
        return qu.username_of(conn, ctx.user_id) or ""


def calendar_token(ctx: Context) -> str | None:
    """The current user's calendar subscription secret, if one is active."""
    with ctx.read() as conn:
        return qu.calendar_token_of(conn, ctx.user_id)


def new_calendar_token(ctx: Context) -> str:
    """Create (or replace, revoking the old one) the calendar subscription secret."""
    token = secrets.token_urlsafe(24)
    with ctx.write() as conn:
        qu.set_calendar_token(conn, ctx.user_id, token)
    return token


def revoke_calendar_token(ctx: Context) -> None:
    """Stop the calendar subscription: the old URL answers 404 from now on."""
    with ctx.write() as conn:
        qu.set_calendar_token(conn, ctx.user_id, None)


def user_for_calendar_token(ctx: Context, token: str) -> int | None:
    """The user whose calendar secret is `token`, or None."""
    if not token or len(token) > 100:
        return None
    with ctx.read() as conn:
        return qu.user_for_calendar_token(conn, token)
