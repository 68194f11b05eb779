"""`offerwatch serve`: start the web app (local mode by default, accounts for a server)."""

from __future__ import annotations

import secrets
import socket

import click

LOOPBACK = ("127.0.0.1", "localhost", "::1")


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


def run_server(
    db_url: str | None,
    host: str,
    port: int,
    *,
    accounts: bool = False,
    open_browser: bool = False,
    explicit_port: bool = False,
    secure_cookies: bool = False,
    cache_seconds: float | None = None,
    remind_every: float = 60.0,
) -> None:
    """Print the URL and serve until interrupted; the due reminders go out meanwhile."""
    import dataclasses

    import uvicorn

    from offerwatch.config import data_dir
    from offerwatch.service import open_workspace
    from offerwatch.web import WebSettings, create_app
    from offerwatch.web.settings import load_secret

    ws = open_workspace(db_url)  # opened (and migrated) now: errors show before serving
    local = host in LOOPBACK
    if not local and not accounts:
        click.echo(
            "offerwatch: warning: serving on a non-loopback address without --accounts: "
            "anyone who can reach it sees your data",
            err=True,
        )
    settings = WebSettings(
        db_url=db_url,
        accounts=accounts,
        # Server mode keeps its secret so that sessions survive a restart; the local mode
        # only needs one for the CSRF token, so a fresh one each run is enough.
        secret=load_secret(data_dir()) if accounts else secrets.token_bytes(32),
        allowed_hosts=("127.0.0.1", "localhost", "::1", "[::1]") if local else None,
        secure_cookies=secure_cookies,
    )
    if cache_seconds is not None:
        settings = dataclasses.replace(settings, cache_seconds=cache_seconds)
    app = create_app(settings, open_workspace=lambda: ws)
    port = pick_port(host, port, explicit_port)
    shown = f"[{host}]" if ":" in host else host
    url = f"http://{shown}:{port}/"
    mode = "server mode: sign in with an account" if accounts else "local mode"
    click.echo(f"offerwatch is running at {url}  ({mode}; Ctrl+C stops it)", err=False)
    if open_browser:
        import threading
        import webbrowser

        threading.Timer(1.0, webbrowser.open, args=(url,)).start()
    runner = None
    if remind_every > 0:
        from offerwatch.notify.runner import ReminderRunner

        # Links in reminders lead here unless the user set the address they reach it by.
        runner = ReminderRunner(ws, url.rstrip("/"), remind_every)
        runner.start()
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)
    finally:
        if runner is not None:
            runner.stop()


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=None,
              help="Port (default 8000, or the next free one).")  # fmt: skip
@click.option("--db", "db_flag", metavar="URL", help="Database URL (overrides the global --db).")
@click.option("--accounts", is_flag=True,
              help="Server mode: require sign-in; each user sees only their own data.")  # fmt: skip
@click.option("--open", "open_browser", is_flag=True, help="Open the app in your browser.")
@click.option("--secure-cookies", is_flag=True,
              help="HTTPS-only session cookies (behind an HTTPS proxy).")  # fmt: skip
@click.option("--cache-seconds", type=click.FloatRange(0), default=None,
              help="Reuse the plan and the odds shown this long (default 30; 0: off).")  # fmt: skip
@click.option("--remind-every", type=click.FloatRange(0), default=60, show_default=True,
              metavar="SECONDS", help="Send due reminders this often (0: off).")  # fmt: skip
@click.pass_context
def serve(
    ctx: click.Context,
    host: str,
    port: int | None,
    db_flag: str | None,
    accounts: bool,
    open_browser: bool,
    secure_cookies: bool,
    cache_seconds: float | None,
    remind_every: float,
) -> None:
    """Start the web app and print its URL. While it runs, it sends the due reminders
    (offerwatch notify) of every account.

    \b
    Examples:
      offerwatch serve --open
      offerwatch serve --host 0.0.0.0 --port 8080 --accounts \\
          --db postgresql://offerwatch@localhost/offerwatch
      offerwatch user add ana      # create an account for server mode
    """
    root = ctx.find_root().obj or {}
    db = db_flag or root.get("db")
    run_server(db, host, 8000 if port is None else port, accounts=accounts,
               open_browser=open_browser, explicit_port=port is not None,
               secure_cookies=secure_cookies, cache_seconds=cache_seconds,
               remind_every=remind_every)  # fmt: skip
