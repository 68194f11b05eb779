"""One time zone for everything the CLI reads and shows: the `timezone` setting when set."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.support.cli import offerwatch


def run(db: str, *args: str) -> str:
    proc = offerwatch("--db", db, *args)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def run_json(db: str, *args: str) -> Any:
    return json.loads(run(db, *args, "--json"))


def test_the_timezone_setting_governs_typed_shown_and_planned_times(tmp_path: Path) -> None:
    # The machine says Berlin (conftest sets OFFERWATCH_TZ); the user set New York. Typed
    # times used to be read in Berlin, tables shown in Berlin, due times planned in New York:
    # "10:00" became a 04:00 interview and a 05:00 thank-you reminder.
    db = f"sqlite:///{tmp_path / 'offerwatch.db'}"
    run(db, "settings", "--set", "timezone=America/New_York")
    run(db, "app", "add", "--company", "Acme", "--role", "Data Engineer")
    run(db, "interview", "add", "1", "--stage", "final", "--start", "2026-03-06 10:00",
        "--end", "2026-03-06 11:00", "--with", "Ana Lopez")  # fmt: skip
    [interview] = run_json(db, "app", "show", "1")["interviews"]
    assert interview["scheduled_start"] == "2026-03-06T15:00:00+00:00"  # 10:00 EST
    assert "2026-03-06 10:00" in run(db, "interview", "list")
    # Thank-you due 24 h after the end: 11:00 on Saturday, in New York, everywhere.
    items = run_json(db, "agenda", "--now", "2026-03-06 12:00", "--days", "14")
    [thanks] = [i for i in items if i["kind"] == "thank_you"]
    assert thanks["due"] == "2026-03-07T11:00:00-05:00"
    table = run(db, "agenda", "--now", "2026-03-06 12:00", "--days", "14")
    assert "2026-03-07 11:00" in table
    # Across the change to summer time (8 March): 14 days later, still 11:00 local.
    [follow] = [
        i for i in run_json(db, "agenda", "--now", "2026-03-19 12:00", "--days", "14")
        if i["kind"] == "follow_up"
    ]  # fmt: skip
    assert follow["due"] == "2026-03-20T11:00:00-04:00"
