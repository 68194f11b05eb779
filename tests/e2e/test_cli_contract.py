"""The CLI contract end to end, on SQLite and PostgreSQL: in this process (tests.support.cli),
and through the real entry point (`python -m offerwatch`) where the process is the point."""

from __future__ import annotations

import subprocess
import sys

import pytest
from tests.support.cli import run, run_json


def test_contract_end_to_end(db_url: str) -> None:
    app_id = run_json(db_url, "app", "add", "--company", "Acme", "--role", "Data Engineer",
                      "--applied", "2026-03-01", "--source", "referral")["id"]  # fmt: skip
    assert isinstance(app_id, int)
    plain = run(db_url, "app", "add", "--company", "Beta", "--role", "Analyst").stdout.strip()
    assert plain.isdigit() and int(plain) != app_id

    run(db_url, "person", "add", str(app_id), "--name", "Ana Lopez", "--email",
        "ana@acme.example", "--role", "recruiter")  # fmt: skip
    iid = run_json(db_url, "interview", "add", str(app_id), "--stage", "final", "--start",
                   "2026-03-03 10:00", "--end", "2026-03-03 11:00", "--actual-end",
                   "2026-03-03T11:25:00+01:00", "--with", "Ana Lopez", "--with",
                   "bo@acme.example", "--timeline", "by 2026-03-10")["id"]  # fmt: skip
    run(db_url, "signal", "add", str(app_id), "next_steps_reviewed", "--interview", str(iid),
        "--at", "2026-03-03 11:00")  # fmt: skip
    run(db_url, "app", "set", str(app_id), "--status", "interviewing", "--at", "2026-03-03")
    run(db_url, "outcome", str(app_id), "offer", "--at", "2026-03-09 09:00")

    shown = run_json(db_url, "app", "show", str(app_id))
    assert shown["application"]["status"] == "offer"
    assert shown["application"]["applied_on"] == "2026-03-01"
    [interview] = shown["interviews"]
    assert interview["stage"] == "final"
    assert interview["actual_end"] == "2026-03-03T10:25:00+00:00"
    assert interview["timeline_date"] == "2026-03-10"
    assert sorted(p["name"] for p in interview["people"]) == ["Ana Lopez", "Bo"]
    assert [o["kind"] for o in shown["observations"]] == ["next_steps_reviewed", "offer"]
    assert [h["status"] for h in shown["history"]][-1] == "offer"

    listed = run_json(db_url, "app", "list")
    assert [a["company"] for a in listed] == ["Acme", "Beta"]
    assert [a["id"] for a in run_json(db_url, "app", "list", "--status", "offer")] == [app_id]
    people = run_json(db_url, "person", "list", str(app_id))
    assert {p["email"] for p in people} == {"ana@acme.example", "bo@acme.example"}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["app", "show", "42"], "no application with id 42"),
        (["app", "set", "42", "--status", "offer"], "no application with id 42"),
        (["signal", "add", "1", "vibes"], "unknown signal kind"),
        (["app", "add", "--company", "A", "--role", "B", "--applied", "someday"], "not a date"),
        (
            [
                "interview",
                "add",
                "1",
                "--stage",
                "final",
                "--start",
                "2026-03-03 10:00",
                "--end",
                "soon",
            ],
            "not a date or time",
        ),
        (["app", "set", "1", "--status", "hired"], "hired"),
    ],
)
def test_bad_input_exits_2_with_one_line(sqlite_url: str, args: list[str], message: str) -> None:
    run(sqlite_url, "app", "add", "--company", "Acme", "--role", "Analyst")
    proc = run(sqlite_url, *args, ok=False)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert message in lines[0]
    assert "Traceback" not in proc.stderr


def test_bad_database_url_is_a_clear_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # The real entry point: exit status 2 and one line on stderr from the process itself.
    proc = subprocess.run([sys.executable, "-m", "offerwatch", "--db", "mysql://nobody@localhost/x",
                           "app", "list"], capture_output=True, text=True, timeout=60)  # fmt: skip
    assert proc.returncode == 2
    assert "unsupported database" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1 and "Traceback" not in proc.stderr


def test_db_from_environment_and_home(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("OFFERWATCH_HOME", str(tmp_path / "home"))
    proc = subprocess.run([sys.executable, "-m", "offerwatch", "app", "add", "--company", "A",
                           "--role", "B"], capture_output=True, text=True, timeout=60)  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "home" / "offerwatch.db").exists()


def test_help_does_not_import_heavy_modules() -> None:
    code = (
        "import sys; from offerwatch.cli.main import cli\n"
        "try:\n    cli.main(['--help'], standalone_mode=False)\nexcept SystemExit: pass\n"
        "heavy = [m for m in ('sqlalchemy', 'fastapi', 'rich', 'alembic', 'jinja2') "
        "if m in sys.modules]\nprint('HEAVY=' + ','.join(heavy))"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().splitlines()[-1] == "HEAVY="


def test_every_command_has_help_with_an_example() -> None:
    import click

    from offerwatch.cli.main import COMMANDS, cli

    ctx = click.Context(cli)
    missing = []
    for name in COMMANDS:
        command = cli.get_command(ctx, name)
        assert command is not None
        commands = (
            [command.get_command(ctx, sub) for sub in command.list_commands(ctx)]
            if isinstance(command, click.Group) else [command]
        )  # fmt: skip
        missing += [f"{name} {c.name}" for c in commands if c and "Example" not in (c.help or "")]
    assert missing == []


def test_fast_top_level_help_matches_click() -> None:
    from scripts.render_help import render

    proc = subprocess.run([sys.executable, "-m", "offerwatch", "--help"], capture_output=True,
                          text=True, timeout=60)  # fmt: skip
    assert proc.returncode == 0
    assert proc.stdout == render(), "stale help: run `python scripts/render_help.py`"
