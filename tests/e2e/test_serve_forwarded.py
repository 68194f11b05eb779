"""`offerwatch serve --forwarded-allow-ips`: the client address (which the sign-in limiter
counts per) comes from the connection unless the named proxy vouches for X-Forwarded-For."""

from __future__ import annotations

import base64
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest
from tests.support.served import free_port, wait_healthy

from offerwatch.service import open_workspace
from offerwatch.web.throttle import ADDRESS_FAILURES

PASSWORD = "correct horse battery"


@contextmanager
def _served(sqlite_url: str, extra: list[str], env: dict[str, str]) -> Iterator[str]:
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "offerwatch", "--db", sqlite_url, "serve", "--accounts",
         "--port", str(port), *extra],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, **env},
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(proc, base, lambda: proc.stderr.read().decode() if proc.stderr else "")
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def _guess(base: str, name: str, forwarded_for: str) -> int:
    token = base64.b64encode(f"{name}:wrong password".encode()).decode()
    headers = {"Authorization": f"Basic {token}", "X-Forwarded-For": forwarded_for}
    return httpx.get(base + "/api/v1/applications", headers=headers, timeout=30).status_code


def _locked_after_spread_guesses(base: str) -> bool:
    """Guesses at many names, each claiming another address: is the real address locked?"""
    for i in range(ADDRESS_FAILURES):
        assert _guess(base, f"guess{i}", f"203.0.113.{i + 1}") == 401
    return _guess(base, "guess-next", "198.51.100.7") == 429


@pytest.mark.parametrize(
    ("extra", "env", "trusted"),
    [
        ([], {}, False),  # default: no proxy is believed, not even one on 127.0.0.1
        ([], {"FORWARDED_ALLOW_IPS": "*"}, False),  # uvicorn's own setting is not ours
        (["--forwarded-allow-ips", "127.0.0.1"], {}, True),
        ([], {"OFFERWATCH_FORWARDED_ALLOW_IPS": "127.0.0.1"}, True),
        (["--forwarded-allow-ips", "10.0.0.1"], {}, False),  # another proxy is named
    ],
)
def test_forwarded_for_is_believed_only_from_a_named_proxy(
    sqlite_url: str, extra: list[str], env: dict[str, str], trusted: bool
) -> None:
    with open_workspace(sqlite_url) as ws:
        ws.add_user("ana", PASSWORD)
    with _served(sqlite_url, extra, env) as base:
        assert _locked_after_spread_guesses(base) is not trusted
        if trusted:  # the forwarded address is the one counted: it locks by itself
            for i in range(ADDRESS_FAILURES):
                assert _guess(base, f"same{i}", "192.0.2.9") == 401
            assert _guess(base, "other-name", "192.0.2.9") == 429


def test_serve_help_names_the_option() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "offerwatch", "serve", "--help"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    assert "--forwarded-allow-ips" in out
