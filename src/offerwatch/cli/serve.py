"""`offerwatch serve`: start the web app (local mode by default, accounts for a server)."""

from __future__ import annotations

import dataclasses
import os
import socket
from typing import Any

import click

from offerwatch.server_config import LOOPBACK, ServeConfig


def _free(host: str, port: int) -> bool:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        try:
            sock.bind((host, port))
        except OSError:
            return False
    return True


def pick_port(host: str, wanted: int, explicit: bool) -> int:
    """`wanted` if it is free; if it was only the default, the next free port after it."""
    if wanted == 0 or _free(host, wanted):
        return wanted
    if explicit:
        raise click.ClickException(f"port {wanted} on {host} is in use: pick another --port")
    for port in range(wanted + 1, wanted + 50):
        if _free(host, port):
            return port
    raise click.ClickException("no free port found: pick one with --port")


def _needs_postgres(config: ServeConfig) -> None:
    """Several workers are several writer processes: SQLite allows one."""
    from sqlalchemy.engine import make_url

    from offerwatch.config import database_url
    from offerwatch.errors import BadInput

    if config.workers > 1 and make_url(database_url(config.db)).get_backend_name() != "postgresql":
        raise BadInput(
            f"--workers {config.workers} needs a PostgreSQL database (--db postgresql://...); "
            "SQLite serves one worker"
        )


def run_server(config: ServeConfig, *, open_browser: bool = False) -> None:
    """Print the URL and serve until interrupted."""
    import uvicorn

    from offerwatch.logs import log_config
    from offerwatch.server_config import RESOLVED_ENV, effective_log_level
    from offerwatch.service import open_workspace
    from offerwatch.web import create_app
    from offerwatch.web.worker import web_settings

    _needs_postgres(config)
    ws = open_workspace(config.db)  # opened (and migrated) now: errors show before serving
    if config.host not in LOOPBACK and not config.accounts:
        click.echo(
            "offerwatch: warning: serving on a non-loopback address without --accounts: "
            "anyone who can reach it sees your data",
            err=True,
        )
    port = pick_port(config.host, 8000 if config.port is None else config.port,
                     config.port is not None)  # fmt: skip
    level = effective_log_level(config)
    shown = f"[{config.host}]" if ":" in config.host else config.host
    url = f"http://{shown}:{port}{config.root_path}/"
    mode = "server mode: sign in with an account" if config.accounts else "local mode"
    workers = f", {config.workers} workers" if config.workers > 1 else ""
    click.echo(f"offerwatch is running at {url}  ({mode}{workers}; Ctrl+C stops it)")
    if open_browser:
        import threading
        import webbrowser

        threading.Timer(1.0, webbrowser.open, args=(url,)).start()
    # Reminders, scheduled IMAP syncs and mail imports are jobs in the database that the
    # job loop of every worker claims (web/jobs.py): one run per due time, whichever worker.
    config = dataclasses.replace(config, port=port)
    common: dict[str, Any] = {
        "host": config.host,
        "port": port,
        "log_level": level,
        "log_config": log_config(level),
        "access_log": False,  # offerwatch.access logs each request (web/access.py)
        "root_path": config.root_path,
        # uvicorn would otherwise believe X-Forwarded-For from 127.0.0.1; the app applies
        # --forwarded-allow-ips itself (web/app.py).
        "proxy_headers": False,
    }
    if config.workers == 1:
        app = create_app(web_settings(config), open_workspace=lambda: ws)
        uvicorn.run(app, **common)
        return
    ws.close()  # each worker opens its own
    web_settings(config)  # creates the shared secret file now, not in N racing workers
    os.environ[RESOLVED_ENV] = config.to_json()
    uvicorn.run("offerwatch.web.worker:create", factory=True, workers=config.workers, **common)


@click.command()
@click.option("--host", default=None, help="Address to listen on (default 127.0.0.1).")
@click.option("--port", type=click.IntRange(0, 65535), default=None,
              help="Port (default 8000, or the next free one).")  # fmt: skip
@click.option("--db", "db_flag", metavar="URL", help="Database URL (overrides the global --db).")
@click.option("--accounts", is_flag=True, default=None,
              help="Server mode: require sign-in; each user sees only their own data.")  # fmt: skip
@click.option("--workers", type=click.IntRange(1, 64), default=None,
              help="Worker processes (default 1; more than 1 needs PostgreSQL).")  # fmt: skip
@click.option("--root-path", default=None, metavar="PATH",
              help="The path prefix a proxy serves the app under, e.g. /offerwatch.")  # fmt: skip
@click.option("--log-level", type=click.Choice(["debug", "info", "warning", "error"]),
              default=None, help="JSON-lines log detail (default: info with --accounts, "
              "else warning).")  # fmt: skip
@click.option("--config", "config_path", metavar="FILE",
              help="A TOML config file ([serve] table; default $OFFERWATCH_CONFIG).")  # fmt: skip
@click.option("--open", "open_browser", is_flag=True, help="Open the app in your browser.")
@click.option("--secure-cookies", is_flag=True, default=None,
              help="HTTPS-only session cookies (behind an HTTPS proxy).")  # fmt: skip
@click.option("--cache-seconds", type=click.FloatRange(0), default=None,
              help="Reuse the plan and the odds shown this long (default 30; 0: off).")  # fmt: skip
@click.option("--forwarded-allow-ips", default=None, metavar="IPS",
              help="Proxies (comma-separated) whose X-Forwarded-For names the client.")  # fmt: skip
@click.option("--imap-allowed-hosts", default=None, metavar="HOSTS",
              help="IMAP hosts (comma-separated) the web's mail sync may reach besides public "
                   "ones.")  # fmt: skip
@click.option("--remind-every", type=click.FloatRange(0), default=None, metavar="SECONDS",
              help="Send due reminders this often (default 60; 0: off).")  # fmt: skip
@click.pass_context
def serve(
    ctx: click.Context,
    /,
    db_flag: str | None,
    config_path: str | None,
    open_browser: bool,
    **flags: Any,
) -> None:
    """Start the web app and print its URL. While it runs, it sends the due reminders
    (offerwatch notify) of every account; reminders, mail imports and scheduled IMAP syncs
    are jobs in the database that any of its workers runs (docs/deploy.md).

    Settings come from the flags, then OFFERWATCH_* environment variables (OFFERWATCH_WORKERS,
    OFFERWATCH_DB...), then the [serve] table of a TOML config file (docs/deploy.md).

    \b
    Examples:
      offerwatch serve --open
      offerwatch serve --host 0.0.0.0 --port 8080 --accounts \\
          --db postgresql://offerwatch@localhost/offerwatch
      offerwatch serve --accounts --workers 4 --log-level info \\
          --db postgresql://offerwatch@localhost/offerwatch
      offerwatch user add ana --admin   # the first account of server mode
    """
    from offerwatch.server_config import resolve

    root = ctx.find_root().obj or {}
    flags["db"] = db_flag or root.get("db")
    run_server(resolve(flags, config=config_path), open_browser=open_browser)
