"""Apply Alembic migrations when a workspace opens; refuse a database newer than the code."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import DBAPIError

from offerwatch.errors import DatabaseUnavailable
from offerwatch.store.failures import why

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).parent / "migrations"
# The newest revision. Checked against Alembic's scripts by a test; lets an up-to-date
# database open without importing Alembic at all (most CLI runs).
HEAD = "0015"


class DatabaseTooNew(DatabaseUnavailable, RuntimeError):
    """The database was written by a newer offerwatch than this one (cannot be opened)."""


class MigrationFailed(DatabaseUnavailable):
    """The schema could not be brought up to date (disk full, read-only...); rolled back."""


def _config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def current_revisions(engine: Engine) -> set[str]:
    """The revisions recorded in the database (empty for a new database)."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return set(MigrationContext.configure(conn).get_current_heads())


def _recorded_revisions(engine: Engine) -> set[str] | None:
    """The alembic_version rows, read with plain SQL; None when the table does not exist."""
    if not inspect(engine).has_table("alembic_version"):
        return None
    with engine.connect() as conn:
        return {row[0] for row in conn.execute(text("SELECT version_num FROM alembic_version"))}


def upgrade(engine: Engine) -> bool:
    """Bring the schema to the newest revision. Returns True when anything was applied.

    A SQLite database that already holds data is copied to `<file>.bak-<rev>-<time>` first.
    """
    if _recorded_revisions(engine) == {HEAD}:
        return False
    from alembic import command
    from alembic.script import ScriptDirectory

    cfg = _config()
    script = ScriptDirectory.from_config(cfg)
    head = script.get_current_head()
    current = current_revisions(engine)
    known = {rev.revision for rev in script.walk_revisions()}
    if current - known:
        raise DatabaseTooNew(
            "this database was written by a newer offerwatch "
            f"(schema {', '.join(sorted(current))}); upgrade offerwatch to open it"
        )
    if current == {head}:
        return False
    copy = None
    if current and engine.dialect.name == "sqlite":
        copy = _backup_sqlite(engine, "-".join(sorted(current)))
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    except (DBAPIError, OSError) as exc:
        raise MigrationFailed(_why_not_migrated(exc, current, head, copy)) from exc
    return True


def _why_not_migrated(
    exc: BaseException, current: set[str], head: str | None, copy: Path | None
) -> str:
    """One line: the cause, and that the database is as it was (the migration is one
    transaction, rolled back whole)."""
    reason = why(exc)
    was = f"schema {', '.join(sorted(current))}" if current else "empty"
    kept = f"; a copy from before is at {copy}" if copy else ""
    return (
        f"could not update the database to schema {head}: {reason}; nothing was changed "
        f"(it is still {was}){kept}"
    )


def _backup_sqlite(engine: Engine, revision: str) -> Path | None:
    """A copy before migrating (whole or none: store/backup.py); the last few are kept."""
    from offerwatch.store.backup import BackupFailed, backup, prune

    database = engine.url.database
    if not database or database == ":memory:":
        return None
    source = Path(database)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    target = source.with_name(f"{source.name}.bak-{revision}-{stamp}")
    try:
        backup(engine, target)
    except BackupFailed as exc:
        raise DatabaseUnavailable(f"{exc}; the database was not migrated") from None
    prune(source.parent, f"{source.name}.bak-*")
    return target
