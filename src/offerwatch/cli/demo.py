"""`offerwatch demo`: a separate database with a realistic search, to look around."""

from __future__ import annotations

import click


@click.command()
@click.option("--serve", "then_serve", is_flag=True, help="Start the web app on it afterwards.")
@click.option("--port", type=click.IntRange(0, 65535), default=None, help="Port for --serve.")
@click.option("--open", "open_browser", is_flag=True, help="With --serve: open your browser.")
def demo(then_serve: bool, port: int | None, open_browser: bool) -> None:
    """Fill demo.db in your data directory with a sample search (your own data is not
    touched); it is rebuilt, dated from today, each time.

    \b
    Examples:
      offerwatch demo --serve --open
      offerwatch --db sqlite:///$HOME/.local/share/offerwatch/demo.db app list
    """
    from offerwatch.config import data_dir
    from offerwatch.core.timeutil import utcnow
    from offerwatch.demo import build
    from offerwatch.service import open_workspace

    path = data_dir() / "demo.db"
    for stale in (path, path.with_name("demo.db-wal"), path.with_name("demo.db-shm")):
        stale.unlink(missing_ok=True)
    url = f"sqlite:///{path}"
    ids = build(url, utcnow(), open_workspace)
    click.echo(f"demo database with {len(ids)} applications: {path}")
    if then_serve:
        from offerwatch.cli.serve import run_server
        from offerwatch.server_config import ServeConfig

        run_server(ServeConfig(db=url, port=port), open_browser=open_browser)
