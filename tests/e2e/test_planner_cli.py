"""The planner's commands end to end: agenda --json, done, calendar, drafts, goals."""

from __future__ import annotations

import json
from pathlib import Path

import icalendar
import pytest
from click.testing import CliRunner
from tests.support.cli import offerwatch

from offerwatch.cli.main import cli


@pytest.fixture
def run(sqlite_url: str):  # type: ignore[no-untyped-def]
    runner = CliRunner()

    def invoke(*args: str) -> str:
        result = runner.invoke(cli, ["--db", sqlite_url, *args], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return result.output

    return invoke


@pytest.fixture
def seeded(run) -> None:  # type: ignore[no-untyped-def]
    run("app", "add", "--company", "Acme", "--role", "Data Engineer")
    run("person", "add", "1", "--name", "Priya Shah", "--role", "recruiter",
        "--email", "priya@acme.example")  # fmt: skip
    run("interview", "add", "1", "--stage", "final",
        "--start", "2030-06-04T10:00:00+02:00", "--end", "2030-06-04T11:00:00+02:00",
        "--with", "Ana Lopez", "--with", "bo@acme.example",
        "--notes", "Discussed the Kafka migration; Bo explained the on-call rotation")  # fmt: skip


def test_agenda_json_then_done(run, seeded) -> None:  # type: ignore[no-untyped-def]
    early = json.loads(run("agenda", "--json", "--now", "2030-06-03T09:00:00+02:00", "--days", "3"))
    # Before the interview: ask about the timeline; no thank-you for what has not happened.
    assert sorted(i["kind"] for i in early) == ["ask_timeline", "keep_applying"]
    after = "2030-06-04T12:00:00+02:00"
    items = json.loads(run("agenda", "--json", "--now", after, "--days", "3"))
    assert items, "the agenda is empty"
    for item in items:
        assert set(item) == {"id", "kind", "application_id", "person", "due", "done", "title"}
        assert item["due"][-6] in "+-"  # ISO 8601 with an offset
    kinds = sorted(i["kind"] for i in items)
    assert kinds == ["keep_applying", "thank_you", "thank_you"]
    thanks = [i for i in items if i["kind"] == "thank_you"]
    assert {i["due"] for i in thanks} == {"2030-06-05T11:00:00+02:00"}
    assert {i["person"]["name"] for i in thanks} == {"Ana Lopez", "Bo"}
    assert {i["person"]["email"] for i in thanks} == {None, "bo@acme.example"}
    target = thanks[0]["id"]
    assert "done" in run("done", str(target))
    again = json.loads(run("agenda", "--json", "--now", after, "--days", "3"))
    by_id = {i["id"]: i for i in again}
    assert by_id[target]["done"] is True
    assert [i["done"] for i in again if i["id"] != target] == [False] * (len(again) - 1)
    assert "reopened" in run("done", str(target), "--undo")
    undone = json.loads(run("agenda", "--json", "--now", after))
    assert not any(i["done"] for i in undone)


def test_unknown_action_is_a_one_line_error(sqlite_url: str) -> None:
    result = offerwatch("done", "42", env={"OFFERWATCH_DB": sqlite_url})
    assert result.returncode == 2
    assert result.stderr.strip() == "offerwatch: error: no action with id 42"


def test_calendar_drafts_goals_and_target(run, seeded, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "plan.ics"
    run("calendar", "-o", str(out))
    cal = icalendar.Calendar.from_ical(out.read_bytes())
    uids = {str(e["UID"]) for e in cal.walk("VEVENT")}
    assert "interview-1@offerwatch" in uids and "action-ask_timeline-1@offerwatch" in uids
    eml = tmp_path / "thanks.eml"
    text = run("draft", "thank-you", "1", "--person", "bo@acme.example", "--eml", str(eml))
    assert "Dear Bo," in text and "mailto:bo@acme.example?subject=" in text
    assert b"X-Unsent: 1" in eml.read_bytes()
    follow = json.loads(run("draft", "follow-up", "1", "--json"))
    assert follow["to"] == "priya@acme.example" and "Dear Priya" in follow["body"]
    assert run("goal", "add", "skill", "Kafka course", "--minutes", "90").strip() == "1"
    run("goal", "log", "1", "30", "--note", "chapter 1")
    (goal,) = json.loads(run("goal", "list", "--json"))
    assert goal["minutes_this_week"] == 30 and goal["weekly_minutes"] == 90
    assert "8" in run("target", "8")
    assert json.loads(run("settings", "--json"))["weekly_target"] == "8"
