"""The app of one worker process of `offerwatch serve --workers N` (uvicorn imports it by
name: `offerwatch.web.worker:create`). The parent resolved the settings and migrated the
database; it hands the settings over in $OFFERWATCH_SERVE_RESOLVED."""

from __future__ import annotations

import dataclasses
import os
import secrets

from fastapi import FastAPI

from offerwatch.server_config import LOOPBACK, RESOLVED_ENV, ServeConfig
from offerwatch.web.settings import WebSettings


def web_settings(config: ServeConfig) -> WebSettings:
    """The app's settings for `config`."""
    from offerwatch.config import data_dir
    from offerwatch.mail.imap_guard import parse_hosts
    from offerwatch.web.settings import load_secret

    local = config.host in LOOPBACK
    # Server mode keeps its secret so that sessions survive a restart, and so do several
    # workers (each must accept the others' cookies); one local process needs one only for
    # the CSRF token, so a fresh one each run is enough.
    shared = config.accounts or config.workers > 1
    hosts = config.allowed_hosts
    if hosts is None and local and not config.accounts:
        hosts = ("127.0.0.1", "localhost", "::1", "[::1]")  # DNS rebinding guard
    settings = WebSettings(
        db_url=config.db,
        accounts=config.accounts,
        secret=load_secret(data_dir()) if shared else secrets.token_bytes(32),
        allowed_hosts=hosts,
        secure_cookies=config.secure_cookies,
        forwarded_allow_ips=config.forwarded_allow_ips or None,
        imap_allowed_hosts=parse_hosts(config.imap_allowed_hosts),
        remind_every=config.remind_every,
        web_url=served_url(config),
    )
    if config.cache_seconds is not None:
        settings = dataclasses.replace(settings, cache_seconds=config.cache_seconds)
    return settings


def served_url(config: ServeConfig) -> str:
    """The address the server answers at (reminders link there unless the user set theirs)."""
    shown = f"[{config.host}]" if ":" in config.host else config.host
    return f"http://{shown}:{config.port or 8000}{config.root_path}"


def create() -> FastAPI:
    """Build this worker's app; its workspace opens on the first request."""
    from offerwatch.web import create_app

    return create_app(web_settings(ServeConfig.from_json(os.environ[RESOLVED_ENV])))
