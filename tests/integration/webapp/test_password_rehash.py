"""Passwords hashed with scrypt by earlier versions still sign in, and are replaced by an
Argon2id hash at that sign-in (SQLite and PostgreSQL)."""

from __future__ import annotations

import base64
import hashlib
import secrets

from sqlalchemy import select

from offerwatch.service import Workspace
from offerwatch.service.accounts import needs_rehash, verify_password
from offerwatch.store import tables as t

PASSWORD = "correct horse battery"


def _old_scrypt_hash(password: str) -> str:
    """What offerwatch stored before Argon2id (scrypt$n$r$p$salt$hash)."""
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1, dklen=32)
    b64 = base64.b64encode
    return f"scrypt${2**14}$8$1${b64(salt).decode()}${b64(digest).decode()}"


def _stored(ws: Workspace, user_id: int) -> str:
    with ws.read() as conn:
        u = t.users
        return str(conn.execute(select(u.c.password_hash).where(u.c.id == user_id)).scalar())


def test_an_old_scrypt_hash_is_upgraded_at_sign_in(any_ws: Workspace) -> None:
    ana = any_ws.add_user("ana", "placeholder pass")
    old = _old_scrypt_hash(PASSWORD)
    with any_ws.write() as conn:
        conn.execute(t.users.update().where(t.users.c.id == ana).values(password_hash=old))
    assert needs_rehash(old)
    assert any_ws.authenticate("ana", "wrong password") is None
    assert _stored(any_ws, ana) == old  # a failed sign-in changes nothing
    assert any_ws.authenticate("ana", PASSWORD) == ana
    fresh = _stored(any_ws, ana)
    assert fresh.startswith("$argon2id$") and not needs_rehash(fresh)
    assert verify_password(PASSWORD, fresh) and not verify_password("wrong password", fresh)
    assert any_ws.authenticate("ana", PASSWORD) == ana
    assert _stored(any_ws, ana) == fresh  # rehashed once, not at every sign-in


def test_weaker_argon2_parameters_are_upgraded_too(any_ws: Workspace) -> None:
    from argon2 import PasswordHasher

    ana = any_ws.add_user("ana", "placeholder pass")
    weak = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1).hash(PASSWORD)
    with any_ws.write() as conn:
        conn.execute(t.users.update().where(t.users.c.id == ana).values(password_hash=weak))
    assert any_ws.authenticate("ana", PASSWORD) == ana
    assert "m=19456,t=2,p=1" in _stored(any_ws, ana)
