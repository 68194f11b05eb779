"""`offerwatch score`, `signals`, `calibrate` and the chance column of `app list`, end to end."""

from __future__ import annotations

import json

from click.testing import CliRunner
from tests.support.cli import run

from offerwatch.cli.main import cli


def _run(url: str, *args: str) -> str:
    result = CliRunner().invoke(cli, ["--db", url, *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def _story(url: str) -> str:
    app_id = _run(url, "app", "add", "--company", "Acme", "--role", "Data Engineer").strip()
    _run(url, "interview", "add", app_id, "--stage", "final",
         "--start", "2026-03-03T10:00+01:00", "--end", "2026-03-03T11:00+01:00",
         "--actual-end", "2026-03-03T11:30+01:00", "--with", "Ana Lopez")  # fmt: skip
    return app_id


def test_score_json_moves_with_a_notice_period_question(sqlite_url: str) -> None:
    app_id = _story(sqlite_url)
    now = ["--now", "2026-03-04T12:00+01:00"]
    before = json.loads(_run(sqlite_url, "score", app_id, "--json", *now))
    assert set(before) >= {"application_id", "probability", "range", "factors", "prior", "basis"}
    assert before["application_id"] == int(app_id)
    assert 0 < before["range"][0] <= before["probability"] <= before["range"][1] < 1
    assert {f["signal"] for f in before["factors"]} == {"ran_over_time", "no_next_steps_in_final"}
    for factor in before["factors"]:
        assert set(factor) >= {"signal", "likelihood_ratio", "reason"} and factor["reason"]
    _run(sqlite_url, "signal", "add", app_id, "notice_period_asked",
         "--at", "2026-03-04T09:00+01:00", "--note", "When could you start?")  # fmt: skip
    after = json.loads(_run(sqlite_url, "score", app_id, "--json", *now))
    assert after["probability"] > before["probability"]
    assert after["factors"][0]["signal"] == "notice_period_asked"
    assert "notice period" in after["factors"][0]["reason"]


def test_human_output_explains(sqlite_url: str) -> None:
    app_id = _story(sqlite_url)
    out = _run(sqlite_url, "score", app_id, "--now", "2026-03-04T12:00+01:00")
    assert "Chance of an offer" in out and "ran_over_time" in out and "plausible range" in out


def test_app_list_shows_the_chance_of_open_applications(sqlite_url: str) -> None:
    app_id = _story(sqlite_url)
    closed = _run(sqlite_url, "app", "add", "--company", "Globex", "--role", "Analyst").strip()
    _run(sqlite_url, "outcome", closed, "rejection")
    rows = {r["id"]: r for r in json.loads(_run(sqlite_url, "app", "list", "--json"))}
    assert 0 < rows[int(app_id)]["probability"] < 1
    assert rows[int(closed)]["probability"] is None
    assert "chance" in _run(sqlite_url, "app", "list")


def test_signals_lists_the_catalogue(sqlite_url: str) -> None:
    entries = json.loads(_run(sqlite_url, "signals", "--json"))
    ids = {e["id"] for e in entries}
    assert {"notice_period_asked", "salary_discussed", "silence_past_timeline"} <= ids
    salary = next(e for e in entries if e["id"] == "salary_discussed")
    assert salary["by_stage"]["phone_screen"] == 1.0 and salary["by_stage"]["final"] > 1
    assert all(e["source"] for e in entries)
    assert "notice_period_asked" in _run(sqlite_url, "signals")


def test_calibrate_reports_what_is_missing(sqlite_url: str) -> None:
    report = json.loads(_run(sqlite_url, "calibrate", "--json"))
    assert report["finished"] == 0 and report["ready"] is False
    assert "needed: 15" in _run(sqlite_url, "calibrate")


def test_unknown_application_is_a_one_line_error(sqlite_url: str) -> None:
    proc = run(sqlite_url, "score", "42", "--json", ok=False)
    assert proc.returncode == 2
    assert proc.stderr.strip() == "offerwatch: error: no application with id 42"
    assert proc.stdout == ""


def test_withdraw_others_after_an_accepted_offer(sqlite_url: str) -> None:
    won, other = _story(sqlite_url), _story(sqlite_url)
    bad = run(sqlite_url, "withdraw", "--all-but", won, ok=False)
    assert bad.returncode == 2 and "no accepted offer" in bad.stderr
    _run(sqlite_url, "outcome", won, "accepted")
    out = json.loads(_run(sqlite_url, "withdraw", "--all-but", won, "--json"))
    assert out == {"accepted": int(won), "withdrawn": [int(other)]}
    assert "no other open application" in _run(sqlite_url, "withdraw", "--all-but", won)
