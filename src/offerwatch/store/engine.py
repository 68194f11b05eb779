"""Engines for a database URL: SQLite tuned for safe local use, or PostgreSQL via psycopg 3."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.pool import QueuePool

from offerwatch.errors import DatabaseBusy, DatabaseUnavailable
from offerwatch.store.failures import sqlite_file_problem, storage_reason, why
from offerwatch.store.migrate import upgrade

BUSY_TIMEOUT_MS = 10_000
BUSY_MESSAGE = (
    "the database is busy: another writer (a mail import or a second offerwatch) held its "
    "write lock for longer than 10 s; try again in a moment"
)
T = TypeVar("T")


class BadDatabaseURL(ValueError):
    """The database URL names no database we can use."""


def normalise_url(url: str) -> str:
    """Accept plain `postgresql://` and `sqlite:///path`; select psycopg 3 for PostgreSQL."""
    try:
        parsed = make_url(url)
    except Exception as exc:
        raise BadDatabaseURL(f"not a database URL: {url!r}") from exc
    backend = parsed.get_backend_name()
    if backend == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    elif backend != "sqlite":
        raise BadDatabaseURL(f"unsupported database {backend!r}: use sqlite:/// or postgresql://")
    return parsed.render_as_string(hide_password=False)


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event, not the driver, decide how transactions start.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def make_engines(url: str) -> tuple[Engine, Engine]:
    """Return (writer, reader) engines.

    SQLite gets one writer connection whose transactions begin IMMEDIATE (the write lock is
    taken up front, so two writers never deadlock on upgrade), and a small pool of readers.
    PostgreSQL uses one engine for both.
    """
    url = normalise_url(url)
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        engine = create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20)
        return engine, engine
    if parsed.database and parsed.database != ":memory:":
        Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    args = {"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000}
    writer = create_engine(
        url, connect_args=args, poolclass=QueuePool, pool_size=1, max_overflow=0, pool_timeout=60
    )
    reader = create_engine(
        url, connect_args=args, poolclass=QueuePool, pool_size=4, max_overflow=28
    )
    for engine, begin in ((writer, "BEGIN IMMEDIATE"), (reader, "BEGIN")):
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _make_begin(begin))
    return writer, reader


def _make_begin(statement: str) -> Any:
    def do_begin(conn: Any) -> None:
        conn.exec_driver_sql(statement)

    return do_begin


def open_engines(url: str) -> tuple[Engine, Engine]:
    """Writer and reader engines for `url`, with the schema migrated to the newest revision.

    Raises DatabaseUnavailable, with a one-line reason, when the database cannot be opened
    (a server that does not answer, a folder that cannot be written...)."""
    try:
        writer, reader = make_engines(url)
        upgrade(writer)
    except (OSError, DBAPIError) as exc:
        raise DatabaseUnavailable(_why_unavailable(url, exc)) from exc
    return writer, reader


def _why_unavailable(url: str, exc: BaseException) -> str:
    """The message: cannot open the database URL: REASON (password hidden, one line)."""
    shown = make_url(url).render_as_string(hide_password=True)
    reason = why(exc)
    if shown.startswith("sqlite"):
        found = sqlite_file_problem(make_url(url).database)
        if found is not None:
            reason = found
        elif "disk" not in reason:
            reason += " (check that the folder exists and that you may write to it)"
    return f"cannot open the database {shown}: {reason}"


@contextmanager
def transaction(engine: Engine) -> Iterator[Connection]:
    """A transaction on `engine`: committed at the end, rolled back on an error. A SQLite
    write lock held by another writer past the busy timeout raises DatabaseBusy."""
    try:
        with engine.begin() as conn:
            yield conn
    except OperationalError as exc:
        if "database is locked" in str(exc.orig):
            raise DatabaseBusy(BUSY_MESSAGE) from exc
        reason = storage_reason(exc)
        if reason is not None:
            raise DatabaseUnavailable(f"could not save: {reason}; nothing was changed") from exc
        raise


def once_more_on_conflict(run: Callable[[], T]) -> T:
    """`run()` (one transaction), run a second time when it failed on a unique key that a
    concurrent transaction took first (the second run then finds that row)."""
    try:
        return run()
    except IntegrityError:
        return run()
