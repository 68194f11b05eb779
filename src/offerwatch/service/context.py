"""The plumbing every use case takes: engines, transactions, the current user and the clock."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Self

from sqlalchemy import Connection, Engine, Table

from offerwatch.config import database_url
from offerwatch.core.timeutil import utcnow
from offerwatch.errors import NotFound
from offerwatch.store import engine as store_engine
from offerwatch.store import plan_stamps
from offerwatch.store import users as qu


def open_engines(url: str | None = None) -> tuple[Engine, Engine]:
    """Writer and reader engines for `url` (default: --db / $OFFERWATCH_DB / the data
    directory's SQLite file), the schema migrated; DatabaseUnavailable when it cannot be."""
    return store_engine.open_engines(database_url(url))


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

    @property
    def writer_engine(self) -> Engine:
        """The engine writes go through (a backup copies the database through it)."""
        return self._writer

    @property
    def reader_engine(self) -> Engine:
        """The engine reads go through (what is kept per database is kept per it)."""
        return self._reader

    @contextmanager
    def write(self, *, derived: bool = False) -> Iterator[Connection]:
        """A write transaction (BEGIN IMMEDIATE on SQLite): all or nothing.

        Each one marks the user's stored plan as due for derivation again (store/plan_stamps),
        except the derivation's own (`derived`)."""
        with store_engine.transaction(self._writer) as conn:
            yield conn
            user_id = getattr(self, "user_id", None)  # unset while the local user is made
            if not derived and user_id is not None:
                plan_stamps.touch(conn, user_id)

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
        """The implicit local user's id, created on first open."""
        with self.read() as conn:
            found = qu.local_user(conn)
        if found is not None:
            return found
        with self.write() as conn:
            found = qu.local_user(conn)
            return found if found is not None else qu.insert_local_user(conn, utcnow())

    def require(self, conn: Connection, table: Table, ident: int, what: str) -> None:
        """NotFound (`what` `ident`) unless the row `ident` of `table` is the user's."""
        if not qu.owns(conn, table, self.user_id, ident):
            raise NotFound(what, ident)
