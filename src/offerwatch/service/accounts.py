"""Use cases for accounts (server mode) and the calendar subscription token."""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import re
import secrets
from typing import TYPE_CHECKING

from offerwatch.errors import BadInput
from offerwatch.service.context import Context
from offerwatch.store import sessions as qs
from offerwatch.store import users as qu

if TYPE_CHECKING:
    from argon2 import PasswordHasher

# Argon2id with OWASP's parameters (Password Storage Cheat Sheet: m=19 MiB, t=2, p=1).
_ARGON2_M, _ARGON2_T, _ARGON2_P = 19 * 1024, 2, 1
USERNAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,99}$")
MIN_PASSWORD = 8


@functools.cache
def _hasher() -> PasswordHasher:
    # Imported and built on first use: CLI commands that check no password pay nothing.
    from argon2 import PasswordHasher

    return PasswordHasher(
        time_cost=_ARGON2_T, memory_cost=_ARGON2_M, parallelism=_ARGON2_P, hash_len=32, salt_len=16
    )


def hash_password(password: str) -> str:
    """A salted Argon2id hash in the PHC format ($argon2id$v=19$m=...,t=...,p=...$salt$hash)."""
    return _hasher().hash(password)


def verify_password(password: str, stored: str | None) -> bool:
    """True when `password` matches the stored hash: Argon2id, or the scrypt hashes of
    earlier versions (scrypt$n$r$p$salt$hash), which `needs_rehash` then reports."""
    if not stored:
        return False
    if stored.startswith("$argon2"):
        from argon2.exceptions import InvalidHashError, VerificationError

        try:
            return _hasher().verify(stored, password)
        except (VerificationError, InvalidHashError):
            return False
    return _verify_scrypt(password, stored)


def needs_rehash(stored: str) -> bool:
    """True for a hash of an older scheme or weaker parameters than today's."""
    return not stored.startswith("$argon2id$") or _hasher().check_needs_rehash(stored)


def _verify_scrypt(password: str, stored: str) -> bool:
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


def _b64(size: int) -> str:
    return base64.b64encode(secrets.token_bytes(size)).decode().rstrip("=")


# Checked against when the user does not exist, so that a login takes as long either way.
# Only its parameters matter (Argon2id runs with them, then compares with random bytes no
# password gives), so it is assembled, not hashed: importing the service costs nothing.
_DUMMY_HASH = f"$argon2id$v=19$m={_ARGON2_M},t={_ARGON2_T},p={_ARGON2_P}${_b64(16)}${_b64(32)}"


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
    if not USERNAME.match(name):
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
    """Change the password of an existing account; its sessions end (every browser)."""
    if len(password) < MIN_PASSWORD:
        raise BadInput(f"the password must have at least {MIN_PASSWORD} characters")
    hashed = hash_password(password)
    with ctx.write() as conn:
        found = qu.find_user(conn, username.strip())
        if found is None:
            raise BadInput(f"no user called {username!r}")
        qu.set_password_hash(conn, found[0], hashed)
        qs.end_all(conn, found[0])


def authenticate(ctx: Context, username: str, password: str) -> int | None:
    """The user id when the name and password match an account, else None. A hash of
    an older scheme (scrypt) is replaced by an Argon2id one at this sign-in."""
    with ctx.read() as conn:
        found = qu.find_user(conn, username.strip())
    if found is None:
        verify_password(password, _DUMMY_HASH)
        return None
    user_id, stored = found
    if stored is None or not verify_password(password, stored):
        return None
    if needs_rehash(stored):
        fresh = hash_password(password)
        with ctx.write(derived=True) as conn:
            # Only if unchanged meanwhile: a password change in between wins.
            qu.replace_password_hash(conn, user_id, stored, fresh)
    return user_id


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
