"""Fixtures for the mail tests: a real Dovecot started for the session."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from tests.support import dovecot


@pytest.fixture(scope="session")
def imap_server() -> Iterator[dovecot.Dovecot]:
    """Dovecot on 127.0.0.1 (IMAPS and STARTTLS); under CI=true its absence is a failure."""
    if not dovecot.available():
        message = f"Dovecot or openssl is missing: {dovecot.INSTALL_HINT}"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    with dovecot.start() as server:
        yield server
