"""Migrations keep every row: a database at each earlier schema version, filled with data
in that version's tables, upgraded on SQLite and PostgreSQL, compared row by row."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, MetaData, Table, insert, inspect, select
from tests.support.mailbuild import mail, write_mbox

from offerwatch.service import open_workspace
from offerwatch.store import tables as t
from offerwatch.store.engine import make_engines
from offerwatch.store.migrate import HEAD, _config, current_revisions

NOW = datetime(2026, 3, 4, 12, 0, tzinfo=UTC)
EARLIER = ["0001", "0002", "0003", "0004"]
ORDER = ["users", "companies", "applications", "status_changes", "people",
         "application_people", "interviews", "interview_people", "messages", "observations",
         "actions", "goals", "goal_logs", "settings", "mail_sync", "plan_stamps",
         "import_keys"]  # fmt: skip


def sample_rows(tmp_path: Path) -> dict[str, list[dict[str, Any]]]:
    """Rows of every table, made through the service as a user would make them."""
    url = f"sqlite:///{tmp_path / 'source.db'}"
    with open_workspace(url, clock=lambda: NOW) as ws:
        app = ws.add_application("Acme", "Data Engineer", source="referral", notes="ünïcode")
        ws.add_application("Globex", "Analyst", status="interested")
        ws.add_person(app, "Ana Lopez", role="recruiter", email="ana@acme.example")
        start = NOW - timedelta(days=2)
        ws.add_interview(app, stage="final", start=start, end=start + timedelta(hours=1),
                         with_=["Ana Lopez", "bo@acme.example"], timeline="by 2026-03-10",
                         signs=["positive_body_language"])  # fmt: skip
        ws.add_signal(app, "notice_period_asked", note="asked")
        box = write_mbox(tmp_path / "in.mbox", [mail("Next steps", "Can you send references?",
                         date="Tue, 03 Mar 2026 10:00:00 +0000")])  # fmt: skip
        ws.import_mail(str(box))
        goal = ws.add_goal("skill", "dbt course", 120)
        ws.log_goal(goal, 45, note="module 3", at=NOW - timedelta(days=1))
        ws.set_setting("name", "Sam")
        items = ws.open_actions(NOW)
        ws.mark_done(items[0].id)
        with ws.write() as conn:
            conn.execute(insert(t.mail_sync).values(user_id=ws.user_id, account="me@x",
                         folder="INBOX", uidvalidity=2**31 - 1, last_uid=2**31 - 2))  # fmt: skip
            conn.execute(insert(t.import_keys).values(user_id=ws.user_id, source="huntr",
                         key="k1", application_id=app, created_at=NOW))  # fmt: skip
        with ws.read() as conn:
            return {
                name: [dict(r._mapping) for r in conn.execute(select(t.metadata.tables[name]))]
                for name in ORDER
            }


def _upgrade_to(engine: Engine, revision: str) -> None:
    from alembic import command

    cfg = _config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def _columns(engine: Engine, names: list[str]) -> dict[str, list[str]]:
    """The columns each table has in the database as it is (an earlier version has fewer)."""
    inspector = inspect(engine)
    return {name: [c["name"] for c in inspector.get_columns(name)] for name in names}


def _everything(engine: Engine, columns: dict[str, list[str]]) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of each table, in the given columns (those the earlier version had)."""
    meta = MetaData()
    out = {}
    with engine.connect() as conn:
        for name, names in columns.items():
            table = Table(name, meta, autoload_with=conn)
            rows = conn.execute(select(*(table.c[c] for c in names))).all()
            out[name] = sorted((tuple(r) for r in rows), key=repr)
    return out


@pytest.mark.parametrize("revision", EARLIER)
def test_upgrade_from_every_earlier_version_keeps_every_row(
    db_url: str, tmp_path: Path, revision: str
) -> None:
    rows = sample_rows(tmp_path)
    assert all(rows[name] for name in ORDER), [n for n in ORDER if not rows[n]]
    writer, reader = make_engines(db_url)
    _upgrade_to(writer, revision)
    present = [n for n in ORDER if inspect(writer).has_table(n)]
    assert ("plan_stamps" in present) == (revision >= "0004")
    columns = _columns(writer, present)
    with writer.begin() as conn:
        for name in present:  # the rows as that version's tables hold them
            kept = [{c: row[c] for c in columns[name]} for row in rows[name]]
            conn.execute(insert(t.metadata.tables[name]), kept)
        if conn.dialect.name == "postgresql":  # ids were given: move the sequences past them
            for name in present:
                if "id" in t.metadata.tables[name].c:
                    conn.exec_driver_sql(
                        f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                        f"(SELECT MAX(id) FROM {name}))"
                    )
    before = _everything(writer, columns)
    writer.dispose()
    reader.dispose()
    open_workspace(db_url, clock=lambda: NOW).close()  # migrates to the newest version
    writer, reader = make_engines(db_url)
    assert current_revisions(writer) == {HEAD}
    after = _everything(writer, columns)
    writer.dispose()
    reader.dispose()
    for name in present:
        assert after[name] == before[name], name
    with open_workspace(db_url, clock=lambda: NOW) as ws:  # and it takes new rows
        assert len(ws.list_applications()) == 2
        ws.add_application("Initech", "Developer")
        assert len(ws.list_applications()) == 3
