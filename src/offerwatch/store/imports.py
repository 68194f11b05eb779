"""Queries for imports from other trackers: the stable keys of rows already imported, and
an imported application written with its history."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, time

from sqlalchemy import Connection, insert, select

from offerwatch.core.entities import Status
from offerwatch.importers.model import SourceRow
from offerwatch.store import queries as q
from offerwatch.store import tables as t
from offerwatch.store.messages import add_company_domain


def known_keys(conn: Connection, user_id: int, source: str, keys: Iterable[str]) -> set[str]:
    """Those of `keys` already imported from `source` by the user."""
    k = t.import_keys
    wanted = list(keys)
    found: set[str] = set()
    for i in range(0, len(wanted), 500):  # stay under SQLite's bound-parameter limit
        chunk = wanted[i : i + 500]
        found.update(
            conn.execute(
                select(k.c.key).where(
                    k.c.user_id == user_id, k.c.source == source, k.c.key.in_(chunk)
                )
            ).scalars()
        )
    return found


def remember_key(conn: Connection, user_id: int, source: str, key: str, now: datetime) -> None:
    """Note that `key` was imported from `source` (an import not tied to one application)."""
    conn.execute(
        insert(t.import_keys).values(
            user_id=user_id, source=source, key=key, application_id=None, created_at=now
        )
    )


def insert_imported(
    conn: Connection, user_id: int, source: str, row: SourceRow, status: Status, now: datetime
) -> int:
    """Write one imported application, its history, its company's domains and its key."""
    created = min(row.created_at or now, now)
    app_id = q.insert_application(
        conn,
        user_id,
        company=row.company,
        role=row.role,
        status=Status.INTERESTED if status is Status.INTERESTED else Status.APPLIED,
        now=created,
        applied_on=row.applied_on,
        url=row.url,
        source=row.source,
        salary_min=row.salary_min,
        salary_max=row.salary_max,
        notes=row.notes,
    )
    a = t.applications
    conn.execute(
        a.update()
        .where(a.c.id == app_id)
        .values(
            salary_currency=row.salary_currency, updated_at=max(created, row.moved_at or created)
        )
    )
    if status not in (Status.INTERESTED, Status.APPLIED):
        applied_at = created
        if row.applied_on is not None:
            applied_at = datetime.combine(row.applied_on, time(12), tzinfo=UTC)
        moved = row.moved_at or now
        q.update_status(conn, user_id, app_id, status, max(min(moved, now), applied_at, created))
    company_id = q.company_id_for(conn, user_id, row.company)
    for domain in row.domains:
        add_company_domain(conn, user_id, company_id, domain)
    conn.execute(
        insert(t.import_keys).values(
            user_id=user_id, source=source, key=row.key, application_id=app_id, created_at=now
        )
    )
    return app_id
