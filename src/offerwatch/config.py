"""Where offerwatch keeps its data. Precedence: flag, environment, default."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "offerwatch"


def data_dir() -> Path:
    """$OFFERWATCH_HOME, else the platform's user data directory (platformdirs)."""
    home = os.environ.get("OFFERWATCH_HOME")
    if home:
        return Path(home).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def database_url(flag: str | None = None) -> str:
    """--db, then $OFFERWATCH_DB, then an SQLite file in the data directory."""
    if flag:
        return flag
    env = os.environ.get("OFFERWATCH_DB")
    if env:
        return env
    return f"sqlite:///{data_dir() / 'offerwatch.db'}"
