"""The CLI as typed every day: completion, suggestions, forgiving choices and dates, one-line
errors, rows in a pipe and a table on a terminal. Commands run in this process
(tests.support.cli); the completion script and the terminal in a real subprocess."""

from __future__ import annotations

import json
import os
import pty
import re
import subprocess
import sys
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from tests.support.cli import offerwatch

BERLIN = ZoneInfo("Europe/Berlin")  # conftest pins OFFERWATCH_TZ


def run(
    db: str | None, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return offerwatch(*(["--db", db] if db else []), *args, env=env)


def ok(db: str, *args: str, env: dict[str, str] | None = None) -> str:
    proc = run(db, *args, env=env)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def one_line_error(proc: subprocess.CompletedProcess[str]) -> str:
    assert proc.returncode == 2, (proc.returncode, proc.stderr)
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("offerwatch: error: ")
    assert "Usage:" not in proc.stderr and "Traceback" not in proc.stderr
    return lines[0]


def complete(*words: str) -> list[str]:
    """What bash completion offers for the last word of `offerwatch WORDS`."""
    env = {
        "_OFFERWATCH_COMPLETE": "bash_complete",
        "COMP_WORDS": " ".join(("offerwatch", *words)),
        "COMP_CWORD": str(len(words)),
    }
    proc = run(None, env=env)
    assert proc.returncode == 0, proc.stderr
    return [line.split(",", 1)[1] for line in proc.stdout.splitlines() if "," in line]


def today_in_berlin() -> datetime:
    return datetime.now(BERLIN)


def test_shell_completion_offers_commands_subcommands_and_choices() -> None:
    assert complete("ag") == ["agenda"]
    assert set(complete("")) >= {"agenda", "app", "interview", "mail", "draft"}
    assert complete("app", "") == ["add", "delete", "list", "restore", "set", "show"]
    assert complete("interview", "add", "1", "--stage", "") == [
        "phone_screen", "interview", "final", "follow_up",
    ]  # fmt: skip


def test_the_completion_script_is_served_not_the_help() -> None:
    # The real entry point: its fast path serves `--help` without click, but not this.
    env = {**os.environ, "_OFFERWATCH_COMPLETE": "bash_source"}
    proc = subprocess.run([sys.executable, "-m", "offerwatch"], capture_output=True, text=True,
                          timeout=60, env=env)  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert "_offerwatch_completion" in proc.stdout
    assert "Usage:" not in proc.stdout


def test_a_mistyped_top_level_command_gets_a_suggestion(sqlite_url: str) -> None:
    line = one_line_error(run(sqlite_url, "agnda"))
    assert "No such command 'agnda'" in line
    assert "'agenda'" in line
    assert "'app'" in one_line_error(run(sqlite_url, "ap"))
    assert "Did you mean" not in one_line_error(run(sqlite_url, "zzzzzz"))


def test_choices_ignore_case_and_are_stored_as_spelled(sqlite_url: str) -> None:
    ok(sqlite_url, "app", "add", "--company", "Acme", "--role", "Analyst", "--status", "Applied")
    ok(sqlite_url, "interview", "add", "1", "--stage", "Final", "--start", "2026-03-03 10:00",
       "--end", "2026-03-03 11:00", "--with", "Ana Lopez")  # fmt: skip
    ok(sqlite_url, "App", "Set", "1", "--status", "INTERVIEWING")
    shown = json.loads(ok(sqlite_url, "app", "show", "1", "--json"))
    assert shown["interviews"][0]["stage"] == "final"
    assert shown["application"]["status"] == "interviewing"
    line = one_line_error(run(sqlite_url, "app", "set", "1", "--status", "Hired"))
    assert "'Hired' is not one of" in line


def test_a_missing_option_is_one_line(sqlite_url: str) -> None:
    line = one_line_error(run(sqlite_url, "app", "add", "--role", "Analyst"))
    assert "Missing option '--company'" in line
    line = one_line_error(run(sqlite_url, "interview", "add", "1", "--stage", "final"))
    assert "Missing option" in line


def test_dates_as_people_type_them(sqlite_url: str) -> None:
    before = today_in_berlin().date()
    ok(sqlite_url, "app", "add", "--company", "Acme", "--role", "Analyst", "--applied",
       "yesterday")  # fmt: skip
    ok(sqlite_url, "interview", "add", "1", "--stage", "interview", "--start", "tomorrow 10:00",
       "--end", "tomorrow 11:30am", "--with", "Ana Lopez")  # fmt: skip
    after = today_in_berlin().date()
    shown = json.loads(ok(sqlite_url, "app", "show", "1", "--json"))
    applied = shown["application"]["applied_on"]
    assert applied in {(d - timedelta(days=1)).isoformat() for d in (before, after)}
    start = datetime.fromisoformat(shown["interviews"][0]["scheduled_start"]).astimezone(BERLIN)
    end = datetime.fromisoformat(shown["interviews"][0]["scheduled_end"]).astimezone(BERLIN)
    assert start.date() in {before + timedelta(days=1), after + timedelta(days=1)}
    assert (start.hour, start.minute, end.hour, end.minute) == (10, 0, 11, 30)


@pytest.mark.parametrize(
    ("locale", "expected"),
    [("en_US.UTF-8", "2026-03-10"), ("en_GB.UTF-8", "2026-10-03"), ("de_DE.UTF-8", "2026-10-03")],
)
def test_numeric_dates_follow_the_locale(sqlite_url: str, locale: str, expected: str) -> None:
    env = {"LC_ALL": locale}
    ok(sqlite_url, "app", "add", "--company", "Acme", "--role", "Analyst", "--applied",
       "3/10/2026", env=env)  # fmt: skip
    [row] = json.loads(ok(sqlite_url, "app", "list", "--json"))
    assert row["applied_on"] == expected


def test_an_ambiguous_date_without_a_locale_is_one_line_and_stores_nothing(
    sqlite_url: str,
) -> None:
    env = {"LC_ALL": "C.UTF-8"}
    proc = run(sqlite_url, "app", "add", "--company", "Acme", "--role", "Analyst", "--applied",
               "3/10/2026", env=env)  # fmt: skip
    line = one_line_error(proc)
    assert "October 3" in line and "March 10" in line
    assert json.loads(ok(sqlite_url, "app", "list", "--json")) == []
    # Unambiguous forms need no locale.
    ok(sqlite_url, "app", "add", "--company", "Acme", "--role", "Analyst", "--applied",
       "25/3/2026", env=env)  # fmt: skip
    assert json.loads(ok(sqlite_url, "app", "list", "--json"))[0]["applied_on"] == "2026-03-25"


def test_words_that_name_no_date_are_one_line(sqlite_url: str) -> None:
    ok(sqlite_url, "app", "add", "--company", "Acme", "--role", "Analyst")
    line = one_line_error(run(sqlite_url, "snooze", "1", "--until", "the tuesday after easter"))
    assert "not a date or time" in line and "tomorrow 10:00" in line


def test_a_list_in_a_pipe_is_tab_separated_rows(sqlite_url: str) -> None:
    for company in ("Acme", "Beta Corp"):
        ok(sqlite_url, "app", "add", "--company", company, "--role", "Data\tEngineer")
    out = ok(sqlite_url, "app", "list")
    lines = out.splitlines()
    assert lines[0].split("\t") == [
        "id", "company", "role", "status", "chance", "applied", "last change",
    ]  # fmt: skip
    rows = [line.split("\t") for line in lines[1:]]
    assert [r[1] for r in rows] == ["Acme", "Beta Corp"]
    assert all(len(r) == 7 and r[2] == "Data Engineer" for r in rows)  # a tab inside is a space
    assert not set("─│┃┏━┡└") & set(out)


def on_terminal(db: str, *args: str) -> str:
    """What `offerwatch ARGS` shows when its output is a terminal (a pseudo-terminal)."""
    leader, follower = pty.openpty()
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "offerwatch", "--db", db, *args],
            stdout=follower, stderr=subprocess.PIPE, timeout=60,
            env={**os.environ, "COLUMNS": "120"},
        )  # fmt: skip
        os.close(follower)
        follower = -1
        chunks: list[bytes] = []
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the terminal closed: everything was read
                break
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(leader)
        if follower != -1:
            os.close(follower)
    assert proc.returncode == 0, proc.stderr
    return b"".join(chunks).decode()


def test_a_list_on_a_terminal_is_a_table(sqlite_url: str) -> None:
    ok(sqlite_url, "app", "add", "--company", "Acme", "--role", "Analyst")
    screen = on_terminal(sqlite_url, "app", "list")
    assert "Applications" in screen and "Acme" in screen
    assert "┃" in screen or "│" in screen
    assert "\t" not in screen


def test_text_that_looks_like_markup_is_shown_as_typed(sqlite_url: str) -> None:
    # "[/x]" used to end Rich markup that was never opened: the table failed as a whole.
    ok(sqlite_url, "app", "add", "--company", "[red]Acme", "--role", "Data [/engineer]")
    screen = on_terminal(sqlite_url, "app", "list")
    assert "[red]Acme" in screen and "[/engineer]" in screen
    scored = re.sub(r"\x1b\[[0-9;]*m", "", on_terminal(sqlite_url, "score", "1"))
    assert "#1 Data [/engineer] at [red]Acme" in scored


def test_draft_person_by_the_name_the_agenda_shows(sqlite_url: str) -> None:
    ok(sqlite_url, "app", "add", "--company", "Acme", "--role", "Analyst")
    ok(sqlite_url, "person", "add", "1", "--name", "Ana Lopez", "--email", "ana@acme.example",
       "--role", "recruiter")  # fmt: skip
    ok(sqlite_url, "person", "add", "1", "--name", "Bo Chen", "--role", "hiring_manager")
    ok(sqlite_url, "interview", "add", "1", "--stage", "interview", "--start", "2026-03-03 10:00",
       "--end", "2026-03-03 11:00", "--with", "ana@acme.example", "--with", "Bo Chen")  # fmt: skip
    items: list[dict[str, Any]] = json.loads(
        ok(sqlite_url, "agenda", "--now", "2026-03-03 12:00", "--json")
    )
    shown = {i["person"]["name"] for i in items if i["person"]}
    assert "Bo Chen" in shown
    by_name = json.loads(ok(sqlite_url, "draft", "thank-you", "1", "--person", "bo  chen",
                            "--json"))  # fmt: skip
    assert "Bo" in by_name["body"] and by_name["to"] in (None, "")
    by_both = json.loads(ok(sqlite_url, "draft", "thank-you", "1", "--person",
                            "Ana Lopez <ANA@acme.example>", "--json"))  # fmt: skip
    assert by_both["to"] == "ana@acme.example"
    line = one_line_error(run(sqlite_url, "draft", "thank-you", "1", "--person", "Cy Diaz"))
    assert "was not met at interview 1" in line
