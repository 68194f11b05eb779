"""An update of one of the user's rows that bumps its version (the API's ETag, the web
forms' "changed meanwhile"): the one way the editable records are changed."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Table, update


def update_row(conn: Connection, table: Table, user_id: int, row_id: int, **values: Any) -> None:
    """Set `values` on the user's row `row_id` of `table` and add one to its version."""
    conn.execute(
        update(table)
        .where(table.c.id == row_id, table.c.user_id == user_id)
        .values(version=table.c.version + 1, **values)
    )
