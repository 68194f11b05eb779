"""`offerwatch notify ...` in a real subprocess, against a real HTTP receiver: add, list,
test, run (once per reminder), remove, install; bad input is one line and exit 2."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from tests.support.cli import offerwatch
from tests.support.receivers import HttpRecorder, http_recorder


def run(db: str, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return offerwatch("--db", db, *args, env=env)


def ok(db: str, *args: str, env: dict[str, str] | None = None) -> str:
    proc = run(db, *args, env=env)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def one_line_error(proc: subprocess.CompletedProcess[str]) -> str:
    assert proc.returncode == 2, (proc.returncode, proc.stderr)
    lines = proc.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("offerwatch: error: "), proc.stderr
    return lines[0]


@pytest.fixture
def recorder() -> Iterator[HttpRecorder]:
    with http_recorder() as rec:
        yield rec


@pytest.fixture
def db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'cli.db'}"


def test_add_run_list_test_remove(db: str, recorder: HttpRecorder) -> None:
    ok(db, "app", "add", "--company", "Acme", "--role", "Data Engineer")
    day = (datetime.now(ZoneInfo("Europe/Berlin")) + timedelta(days=1)).date().isoformat()
    ok(db, "interview", "add", "1", "--stage", "final", "--start", f"{day} 10:00",
       "--end", f"{day} 11:00", "--with", "Ana Lopez")  # fmt: skip
    ok(db, "target", "0")
    channel = json.loads(ok(db, "notify", "add", "webhook", recorder.url + "/h", "--json"))["id"]
    listed = json.loads(ok(db, "notify", "list", "--json"))
    assert [c["target"] for c in listed["channels"]] == [recorder.url + "/h"]
    # 09:30 Berlin (the suite's zone): "ask about the timeline", due at 10:00, is reminded
    # an hour ahead.
    first = json.loads(ok(db, "notify", "run", "--now", f"{day} 09:30", "--json"))
    kinds = sorted(json.loads(r.body)["kind"] for r in recorder.requests)
    assert first["sent"] == 2 and kinds == ["digest", "reminder"]
    again = json.loads(ok(db, "notify", "run", "--now", f"{day} 09:40", "--json"))
    assert again["sent"] == 0 and len(recorder.requests) == 2  # never twice
    assert "sent" in ok(db, "notify", "test", str(channel))
    assert json.loads(recorder.requests[-1].body)["kind"] == "test"
    ok(db, "notify", "remove", str(channel))
    assert json.loads(ok(db, "notify", "list", "--json"))["channels"] == []


def test_a_failing_channel_exits_1_with_the_reason(db: str, recorder: HttpRecorder) -> None:
    ok(db, "notify", "add", "ntfy", recorder.url + "/topic")
    recorder.status = 403
    proc = run(db, "notify", "test")
    assert proc.returncode == 1 and "answered 403" in proc.stdout


@pytest.mark.parametrize(
    "args",
    [
        ("notify", "add", "webhook", "not a url"),
        ("notify", "add", "ntfy", "https://ntfy.sh"),
        ("notify", "add", "email", "sam@example.org"),
        ("notify", "add", "email", "sam@example.org", "--smtp", "imap://x"),
        ("notify", "remove", "42"),
        ("notify", "test", "42"),
        ("notify", "remove", "x"),
        ("notify", "settings", "--quiet-hours", "late"),
        ("notify", "run", "--now", "someday"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(db: str, args: tuple[str, ...]) -> None:
    one_line_error(run(db, *args))


def test_test_without_channels_says_how_to_add_one(db: str) -> None:
    assert "notify add" in one_line_error(run(db, "notify", "test"))


def test_quiet_hours_setting(db: str) -> None:
    ok(db, "notify", "settings", "--quiet-hours", "22:00-7:00")
    assert json.loads(ok(db, "notify", "settings", "--json"))["quiet_hours"] == "22:00-07:00"


def test_install_prints_the_cron_line_without_systemd(db: str) -> None:
    out = ok(db, "notify", "install", "--scheduler", "cron", "--every", "10")
    line = out.splitlines()[-1]
    assert line.startswith("*/10 * * * * ") and line.endswith("notify run >/dev/null 2>&1")
    assert f"--db {db}" in line


def test_install_writes_systemd_user_units(db: str, tmp_path: Path) -> None:
    env = {"XDG_CONFIG_HOME": str(tmp_path / "config")}
    shown = ok(db, "notify", "install", "--scheduler", "systemd", "--print", env=env)
    folder = tmp_path / "config" / "systemd" / "user"
    assert "OnUnitActiveSec=5min" in shown and not folder.exists()  # --print writes nothing
    out = ok(db, "notify", "install", "--scheduler", "systemd", env=env)
    service = (folder / "offerwatch-notify.service").read_text()
    timer = (folder / "offerwatch-notify.timer").read_text()
    assert "ExecStart=" in service and "notify run" in service and f"--db {db}" in service
    assert "OFFERWATCH_HOME=" in service  # the timer finds the same data and secrets
    assert "WantedBy=timers.target" in timer and "wrote" in out


def test_serve_sends_due_reminders_while_it_runs(
    db: str, recorder: HttpRecorder, tmp_path: Path
) -> None:
    """A server started now sends the reminder of an interview starting within the hour,
    once, with a link to the action on this server."""
    import socket

    soon = datetime.now(ZoneInfo("Europe/Berlin")) + timedelta(minutes=40)
    ok(db, "app", "add", "--company", "Acme", "--role", "Data Engineer")
    ok(db, "interview", "add", "1", "--stage", "final", "--start", f"{soon:%Y-%m-%d %H:%M}",
       "--end", f"{soon + timedelta(hours=1):%Y-%m-%d %H:%M}")  # fmt: skip
    ok(db, "target", "0")  # no keep-applying check: the one due action is the timeline
    ok(db, "notify", "add", "webhook", recorder.url)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    proc = subprocess.Popen(
        [sys.executable, "-m", "offerwatch", "--db", db, "serve", "--port", str(port),
         "--remind-every", "0.5"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )  # fmt: skip
    try:
        # Waits end as soon as what they wait for happened; the deadlines only bound a
        # failure (serve starts slowly on a busy machine: over a minute was seen).
        deadline = time.monotonic() + 240
        while not _reminders(recorder) and time.monotonic() < deadline:
            assert proc.poll() is None, proc.communicate()[1][-2000:]
            time.sleep(0.2)
        # Three more reminder runs, whatever the time they take: nothing is sent twice.
        runs = _reminder_runs(db) + 3
        while _reminder_runs(db) < runs and time.monotonic() < deadline + 120:
            time.sleep(0.2)
        assert _reminder_runs(db) >= runs, "the server stopped running reminders"
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    titles = [r["title"] for r in _reminders(recorder)]
    assert len(titles) == 1, titles
    [reminder] = _reminders(recorder)
    assert "timeline" in str(reminder["title"]).lower()
    assert str(reminder["url"]).startswith(f"http://127.0.0.1:{port}/actions/")


def _reminder_runs(db: str) -> int:
    """How many reminder runs the server's job loop finished (kept for an hour)."""
    import sqlite3

    with contextlib.closing(sqlite3.connect(db.removeprefix("sqlite:///"), timeout=30)) as conn:
        found = conn.execute(
            "SELECT count(*) FROM jobs WHERE kind = 'reminders' AND state = 'done'"
        ).fetchone()
    return int(found[0])


def _reminders(rec: HttpRecorder) -> list[dict[str, object]]:
    bodies = [json.loads(r.body) for r in rec.requests]
    return [b for b in bodies if b["kind"] == "reminder"]


def test_ask_password_keeps_it_out_of_the_database(db: str, tmp_path: Path) -> None:
    password = "typed-at-the-prompt-7Q"
    proc = subprocess.run(
        [sys.executable, "-m", "offerwatch", "--db", db, "notify", "add", "email",
         "sam@example.org", "--smtp", "smtps://sam@example.org@smtp.example.org:465",
         "--ask-password"],
        input=password + "\n", capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    [channel] = json.loads(ok(db, "notify", "list", "--json"))["channels"]
    assert (
        channel["has_secret"]
        and channel["detail"] == "smtps://sam%40example.org@smtp.example.org:465"
    )
    assert password not in ok(db, "notify", "list")
    for path in tmp_path.glob("cli.db*"):
        assert password.encode() not in path.read_bytes()
    secrets = Path(os.environ["OFFERWATCH_HOME"]) / "notify-secrets.json"
    assert password in json.loads(secrets.read_text()).values()
    assert "--ask-password goes with" in one_line_error(
        run(db, "notify", "add", "webhook", "https://h.example", "--ask-password")
    )
