"""The web app's settings: one small explicit object, built by the CLI or by tests."""

from __future__ import annotations

import os
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

# Uploads above this size are refused before they are parsed (a year of job mail as mbox is
# typically a few MB; 50 MB leaves room without letting one request fill the disk).
MAX_UPLOAD_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class WebSettings:
    """How the app runs.

    accounts: server mode (login required, each user sees only their own rows); without it
    every request acts as the implicit local user.
    secret: signs session cookies; a random one per process when not given (sessions then
    end when the server restarts).
    allowed_hosts: Host headers accepted (guards a local server against DNS rebinding);
    None accepts any.
    login_clock: wall-clock seconds for the sign-in limiter, whose counts every worker shares
    in the database (tests pass their own).
    forwarded_allow_ips: the proxies (comma-separated addresses or networks, "*" for any)
    whose X-Forwarded-For and X-Forwarded-Proto are believed (uvicorn's ProxyHeadersMiddleware);
    None: the client address is the connection's, whatever the headers say.
    imap_allowed_hosts: IMAP hosts the web's mail sync may reach besides public addresses
    (loopback, private and link-local ones are refused otherwise).
    cache_seconds: how long the plan and the odds shown on Today and the board are reused
    (any write by the same user through the app drops them at once); 0 turns this off.
    run_jobs: run a job loop in this app (web/jobs.py), claiming the queue's jobs;
    remind_every: seconds between the reminder jobs it queues (0: none), whose links lead
    to `web_url` unless the user set their own; job_lease_seconds: how long a job whose
    worker died waits before another worker takes it over.
    """

    db_url: str | None = None
    accounts: bool = False
    secret: bytes = field(default_factory=lambda: secrets.token_bytes(32))
    allowed_hosts: tuple[str, ...] | None = None
    max_upload_bytes: int = MAX_UPLOAD_BYTES
    session_days: int = 14
    secure_cookies: bool = False
    page_size: int = 12
    cache_seconds: float = 30.0
    login_clock: Callable[[], float] = field(default=time.time)
    forwarded_allow_ips: str | None = None
    imap_allowed_hosts: tuple[str, ...] = ()
    run_jobs: bool = True
    remind_every: float = 0.0
    web_url: str | None = None
    job_lease_seconds: float = 30.0


def load_secret(data_dir: Path) -> bytes:
    """$OFFERWATCH_SECRET, else a secret kept in the data directory (created on first use,
    readable by the owner only), so that sessions survive a restart in server mode."""
    env = os.environ.get("OFFERWATCH_SECRET")
    if env:
        return env.encode()
    path = data_dir / "web-secret"
    if path.exists():
        return path.read_bytes()
    data_dir.mkdir(parents=True, exist_ok=True)
    value = secrets.token_bytes(32)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(value)
    return value
