"""Signed session cookies: round trip, tampering, expiry."""

from __future__ import annotations

import time

from offerwatch.web.session import Session, new_session, sign, unsign

SECRET = b"k" * 32


def test_round_trip() -> None:
    s = new_session()
    s.login(7)
    back = unsign(sign(s, SECRET), SECRET, 3600)
    assert back is not None and back.user_id == 7 and back.csrf == s.csrf


def test_tampered_or_foreign_cookies_are_rejected() -> None:
    value = sign(Session(7, "tok", int(time.time())), SECRET)
    payload, mac = value.split(".")
    assert unsign(value, b"other" * 8, 3600) is None
    assert unsign(payload + "." + mac[:-2] + "AA", SECRET, 3600) is None
    assert unsign("garbage", SECRET, 3600) is None
    assert unsign("", SECRET, 3600) is None


def test_a_signature_in_another_base64_spelling_is_rejected() -> None:
    import base64

    value = sign(Session(7, "tok", int(time.time())), SECRET)
    payload, mac = value.split(".")
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    # The last of 43 characters carries 2 unused bits: this spelling decodes to the same bytes.
    twin = mac[:-1] + alphabet[alphabet.index(mac[-1]) ^ 1]
    assert base64.urlsafe_b64decode(twin + "=") == base64.urlsafe_b64decode(mac + "=")
    assert unsign(payload + "." + twin, SECRET, 3600) is None
    assert unsign(payload + "." + mac + "A", SECRET, 3600) is None
    assert unsign(value, SECRET, 3600) is not None


def test_expired_sessions_are_rejected() -> None:
    old = Session(7, "tok", int(time.time()) - 7200)
    assert unsign(sign(old, SECRET), SECRET, 3600) is None


def test_csrf_check_is_exact() -> None:
    s = Session(None, "abc", 0)
    assert s.csrf_ok("abc") and not s.csrf_ok("abd") and not s.csrf_ok(None)
