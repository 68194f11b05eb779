"""Importing other trackers' exports through the service, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select
from tests.conftest import Clock
from tests.support.mailbuild import mail, write_mbox

from offerwatch import importers
from offerwatch.core.entities import Status
from offerwatch.service import Workspace
from offerwatch.store import tables as t

DATA = Path(__file__).parent.parent / "data" / "importers"
SAMPLES = sorted(p.name for p in DATA.iterdir())


@pytest.fixture(autouse=True)
def _after_the_samples(clock: Clock) -> None:
    """The samples date from 2026: read them on a day after all of it."""
    clock.now = datetime(2026, 12, 1, 12, tzinfo=UTC)


def parsed(name: str) -> importers.Parsed:
    text = importers.read_text(DATA / name)
    return importers.parse_text(text, importers.sniff(text))


def counts(ws: Workspace) -> dict[str, int]:
    with ws.read() as conn:
        return {
            table.name: conn.execute(select(func.count()).select_from(table)).scalar_one()
            for table in (t.applications, t.companies, t.status_changes, t.import_keys)
        }


def test_every_sample_twice_adds_nothing_the_second_time(any_ws: Workspace) -> None:
    first_total = 0
    for name in SAMPLES:
        report = any_ws.import_rows(parsed(name))
        assert report.created and not report.already
        first_total += len(report.created)
    after_first = counts(any_ws)
    assert after_first["applications"] == first_total == after_first["import_keys"]
    for name in SAMPLES:
        again = any_ws.import_rows(parsed(name))
        assert again.created == [] and again.application_ids == []
        assert len(again.already) == len(parsed(name).rows) - sum(
            map(len, again.unknown_stages.values())
        )
    assert counts(any_ws) == after_first


def test_statuses_history_salary_and_unknown_stages(any_ws: Workspace) -> None:
    report = any_ws.import_rows(parsed("huntr-board.csv"))
    assert report.unknown_stages == {"Waiting on referral": [6]}
    ids = dict(zip([p.row.company for p in report.created], report.application_ids, strict=True))
    globex = any_ws.detail(ids["Globex"])
    assert globex.application.status is Status.INTERVIEWING
    assert [(h.status, h.changed_at.date().isoformat()) for h in globex.history] == [
        (Status.APPLIED, "2026-08-02"),
        (Status.INTERVIEWING, "2026-08-20"),  # lastMovedAt
    ]
    assert (globex.application.salary_min, globex.application.salary_max) == (70000, 85000)
    # The user says what the unknown stage means: only that row is added now.
    answered = any_ws.import_rows(
        parsed("huntr-board.csv"), stages={"waiting on referral": Status.APPLIED}
    )
    assert [p.row.company for p in answered.created] == ["Pied Piper"]
    assert answered.unknown_stages == {}
    assert any_ws.application(answered.application_ids[0]).status is Status.APPLIED


def test_dry_run_changes_nothing(any_ws: Workspace) -> None:
    before = counts(any_ws)
    report = any_ws.import_rows(parsed("jobsync-2026-11-01.csv"), dry_run=True)
    assert len(report.created) == 5 and report.application_ids == []
    assert counts(any_ws) == before
    real = any_ws.import_rows(parsed("jobsync-2026-11-01.csv"))
    assert [p.row.line for p in real.created] == [p.row.line for p in report.created]


def test_a_bad_row_in_the_service_leaves_the_rest(any_ws: Workspace) -> None:
    text = "company,role,status\nAcme,Engineer,applied\nBeta,Ana\x07lyst,applied\n"
    report = any_ws.import_rows(importers.parse_text(text, "csv"))
    assert [p.row.company for p in report.created] == ["Acme"]
    assert [(e.line, e.reason) for e in report.errors] == [
        (3, "role must not contain control characters")
    ]


def test_company_domains_feed_mail_matching(ws: Workspace, tmp_path: Path) -> None:
    report = ws.import_rows(parsed("huntr-board.csv"))
    acme = report.application_ids[[p.row.company for p in report.created].index("Acme Analytics")]
    box = write_mbox(
        tmp_path / "inbox.mbox",
        [
            mail(
                "Your application",
                "Thanks for applying. What is your notice period?",
                sender="Jo Recruiter <jo@acme.com>",
                date="Wed, 02 Sep 2026 10:00:00 +0000",
            )
        ],
    )
    summary = ws.import_mail(str(box))
    assert summary.matched == 1
    assert [m.from_addr for m in ws.messages(acme)] == ["jo@acme.com"]


@pytest.mark.parametrize("name", SAMPLES)
def test_imported_text_round_trips_exactly(ws: Workspace, name: str) -> None:
    source = parsed(name)
    report = ws.import_rows(source)
    for planned, app_id in zip(report.created, report.application_ids, strict=True):
        app = ws.application(app_id)
        assert (app.company, app.role, app.applied_on, app.notes) == (
            planned.row.company,
            planned.row.role,
            planned.row.applied_on,
            planned.row.notes,
        )
