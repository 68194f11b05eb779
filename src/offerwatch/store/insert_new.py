"""An insert that does nothing when the row's unique key is taken, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Table
from sqlalchemy.dialects import postgresql, sqlite


def insert_new(
    conn: Connection, table: Table, values: Mapping[str, Any], key: Sequence[str]
) -> bool:
    """Insert `values` into `table` unless a row with the same `key` columns exists, in one
    atomic statement (two writers racing for one key: one inserts, the other does nothing).
    True when this call inserted the row."""
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    stmt = dialect.insert(table).values(**values).on_conflict_do_nothing(index_elements=list(key))
    # RETURNING, not rowcount: psycopg reports no count for an INSERT ... ON CONFLICT.
    first = next(iter(table.primary_key.columns))
    return conn.execute(stmt.returning(first)).first() is not None
