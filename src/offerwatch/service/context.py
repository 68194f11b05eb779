"""The plumbing every use case takes: engines, transactions, the current user and the clock."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Self

from sqlalchemy import Connection, Engine, Table, insert, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError

from offerwatch.config import database_url
from offerwatch.core.timeutil import utcnow
from offerwatch.errors import DatabaseBusy, DatabaseUnavailable, NotFound
from offerwatch.store import plan_stamps
from offerwatch.store import tables as t
from offerwatch.store.engine import make_engines
from offerwatch.store.failures import sqlite_file_problem, storage_reason
from offerwatch.store.migrate import upgrade

LOCAL_USERNAME = "local"
BUSY_MESSAGE = (
    "the database is busy: another writer (a mail import or a second offerwatch) held its "
    "write lock for longer than 10 s; try again in a moment"
)


def open_engines(url: str | None = None) -> tuple[Engine, Engine]:
    """Writer and reader engines for `url`, with the schema migrated to the newest revision.

    Raises DatabaseUnavailable, with a one-line reason, when the database cannot be opened
    (a server that does not answer, a folder that cannot be written...)."""
    target = database_url(url)
    try:
        writer, reader = make_engines(target)
        upgrade(writer)
    except (OSError, DBAPIError) as exc:
        raise DatabaseUnavailable(_why_unavailable(target, exc)) from exc
    return writer, reader


def _why_unavailable(url: str, exc: BaseException) -> str:
    """The message: cannot open the database URL: REASON (password hidden, one line)."""
    shown = make_url(url).render_as_string(hide_password=True)
    cause = getattr(exc, "orig", None) or exc
    lines = [line.strip() for line in str(cause).splitlines() if line.strip()]
    reason = storage_reason(exc) or (lines[0] if lines else type(cause).__name__)
    if shown.startswith("sqlite"):
        found = sqlite_file_problem(make_url(url).database)
        if found is not None:
            reason = found
        elif "disk" not in reason:
            reason += " (check that the folder exists and that you may write to it)"
    return f"cannot open the database {shown}: {reason}"


class Context:
    """Holds the engines, the user whose data this is, and the clock.

    Every use case (service/tracking.py, agenda.py...) is a function taking one."""

    def __init__(
        self,
        writer: Engine,
        reader: Engine,
        *,
        user_id: int | None = None,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self._writer = writer
        self._reader = reader
        self.clock = clock
        self.user_id = user_id if user_id is not None else self._local_user()

    def for_user(self, user_id: int) -> Self:
        """The same database seen as another user (server mode)."""
        return type(self)(self._writer, self._reader, user_id=user_id, clock=self.clock)

    @property
    def dialect(self) -> str:
        """The database's SQL dialect: "sqlite" or "postgresql"."""
        return self._writer.dialect.name

    @contextmanager
    def write(self, *, derived: bool = False) -> Iterator[Connection]:
        """A write transaction (BEGIN IMMEDIATE on SQLite): all or nothing.

        Each one marks the user's stored plan as due for derivation again (store/plan_stamps),
        except the derivation's own (`derived`)."""
        try:
            with self._writer.begin() as conn:
                yield conn
                user_id = getattr(self, "user_id", None)
                if not derived and user_id is not None:
                    plan_stamps.touch(conn, user_id)
        except OperationalError as exc:
            if "database is locked" in str(exc.orig):
                raise DatabaseBusy(BUSY_MESSAGE) from exc
            reason = storage_reason(exc)
            if reason is not None:
                raise DatabaseUnavailable(f"could not save: {reason}; nothing was changed") from exc
            raise

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A read transaction: one consistent snapshot."""
        with self._reader.begin() as conn:
            yield conn

    def close(self) -> None:
        """Close the database connections."""
        self._writer.dispose()
        if self._reader is not self._writer:
            self._reader.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _local_user(self) -> int:
        u = t.users
        with self.read() as conn:
            found = conn.execute(select(u.c.id).where(u.c.username == LOCAL_USERNAME)).scalar()
        if found is not None:
            return int(found)
        with self.write() as conn:
            found = conn.execute(select(u.c.id).where(u.c.username == LOCAL_USERNAME)).scalar()
            if found is not None:
                return int(found)
            return int(
                conn.execute(
                    insert(u)
                    .values(username=LOCAL_USERNAME, is_admin=True, created_at=utcnow())
                    .returning(u.c.id)
                ).scalar_one()
            )

    def require(self, conn: Connection, table: Table, ident: int, what: str) -> None:
        """NotFound (`what` `ident`) unless the row `ident` of `table` is the user's."""
        found = conn.execute(
            select(table.c.id).where(table.c.id == ident, table.c.user_id == self.user_id)
        ).scalar()
        if found is None:
            raise NotFound(what, ident)

    # The name the mixins used, kept for one release (use cases written against it).
    _require = require


# The plumbing's name before the facade was split into use-case modules, kept for one release.
WorkspaceBase = Context
