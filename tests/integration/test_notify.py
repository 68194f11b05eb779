"""Reminders through the Workspace, sent to real receivers on 127.0.0.1: a webhook and an
ntfy endpoint (an HTTP server in the test), email (aiosmtpd with STARTTLS and with TLS), and
the desktop where there is no desktop session."""

from __future__ import annotations

import json
import stat
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from tests.support.receivers import HttpRecorder, http_recorder, self_signed, smtp_server

from offerwatch.errors import BadInput, NotFound
from offerwatch.notify.messages import Message
from offerwatch.notify.secrets import FILE_NAME
from offerwatch.notify.send import NO_DESKTOP, SendFailed, desktop
from offerwatch.service import Workspace, open_workspace

START = datetime(2026, 3, 4, 14, 0, tzinfo=UTC)  # conftest's clock: 12:00 UTC that day
END = START + timedelta(hours=1)
REMIND = START - timedelta(minutes=30)  # "ask about the timeline" is reminded an hour ahead


@pytest.fixture
def recorder() -> Iterator[HttpRecorder]:
    with http_recorder() as rec:
        yield rec


def _final_interview(ws: Workspace) -> int:
    """A final interview at 14:00 UTC: "ask about the timeline" is due at its start."""
    app_id = ws.add_application("Acme Analytics", "Data Engineer")
    ws.add_person(app_id, "Priya Shah", role="recruiter", email="priya@acme.example")
    ws.add_interview(app_id, stage="final", start=START, end=END, with_=["Ana Lopez"])
    ws.set_weekly_target(0)  # no keep-applying check: the one due action is the timeline
    return app_id


def _reminders(rec: HttpRecorder) -> list[dict[str, object]]:
    """The webhook posts that are reminders (not the day's digest)."""
    bodies = [json.loads(r.body) for r in rec.requests]
    return [b for b in bodies if b["kind"] == "reminder"]


def test_webhook_gets_each_due_reminder_once(any_ws: Workspace, recorder: HttpRecorder) -> None:
    _final_interview(any_ws)
    channel = any_ws.add_channel("webhook", recorder.url + "/hook", token="tok-123")
    any_ws.run_reminders(START - timedelta(hours=2))  # the day's digest only: not due yet
    assert _reminders(recorder) == [] and len(recorder.requests) == 1
    report = any_ws.run_reminders(REMIND, web_url="https://ow.example")
    assert report.sent == 1 and report.failed == 0
    request = recorder.requests[-1]
    assert request.path == "/hook" and request.headers["Authorization"] == "Bearer tok-123"
    body = json.loads(request.body)
    assert body["kind"] == "reminder" and "timeline" in str(body["title"]).lower()
    [action] = [a for a in any_ws.open_actions(REMIND) if a.kind == "ask_timeline"]
    assert body["url"] == f"https://ow.example/actions/{action.id}"
    # Run again, later: the same reminder is not sent twice.
    assert any_ws.run_reminders(START + timedelta(minutes=30)).sent == 0
    assert len(recorder.requests) == 2
    assert [c.id for c in any_ws.channels()] == [channel]


def test_done_and_snoozed_actions_are_not_sent(ws: Workspace, recorder: HttpRecorder) -> None:
    _final_interview(ws)
    ws.add_channel("webhook", recorder.url)
    [action] = [a for a in ws.open_actions(REMIND) if a.kind == "ask_timeline"]
    ws.snooze(action.id, START + timedelta(hours=3))
    ws.run_reminders(REMIND)
    ws.mark_done(action.id)
    ws.run_reminders(START + timedelta(hours=4))
    assert _reminders(recorder) == []


def test_a_failed_send_is_tried_again_at_the_next_run(
    ws: Workspace, recorder: HttpRecorder
) -> None:
    _final_interview(ws)
    ws.add_channel("webhook", recorder.url)
    recorder.status = 500
    report = ws.run_reminders(REMIND)
    assert report.failed == 2 and "500" in (report.deliveries[0].error or "")  # and the digest
    recorder.status = 200
    assert ws.run_reminders(REMIND + timedelta(minutes=2)).sent == 2
    assert len(_reminders(recorder)) == 2  # once refused, once received


def test_ntfy_publish_has_title_priority_and_click(ws: Workspace, recorder: HttpRecorder) -> None:
    _final_interview(ws)
    ws.add_channel("ntfy", recorder.url + "/offerwatch-sam", priority=5)
    ws.set_notify_settings(web_url="https://ow.example/")
    assert ws.run_reminders(REMIND).sent == 2  # and the digest
    [request] = [r for r in recorder.requests if r.headers["Tags"] == "bell"]
    assert request.path == "/offerwatch-sam"
    assert request.headers["Priority"] == "5"
    assert request.headers["Title"].startswith("Due: ")
    assert request.headers["Click"].startswith("https://ow.example/actions/")
    assert "view, open, https://ow.example/actions/" in request.headers["Actions"]
    assert "Due " in request.body.decode()


def test_quiet_hours_hold_reminders(ws: Workspace, recorder: HttpRecorder) -> None:
    _final_interview(ws)  # 14:00 UTC is 15:00 in Berlin (the suite's zone)
    ws.add_channel("webhook", recorder.url)
    ws.set_notify_settings(quiet_hours="14:00-14:45")
    report = ws.run_reminders(REMIND)  # 14:30 in Berlin
    assert report.quiet and recorder.requests == []
    ws.run_reminders(START - timedelta(minutes=10))
    assert len(_reminders(recorder)) == 1


def test_morning_digest_lists_what_is_due_today_once(ws: Workspace, recorder: HttpRecorder) -> None:
    _final_interview(ws)
    ws.add_channel("webhook", recorder.url)
    morning = datetime(2026, 3, 5, 7, 5, tzinfo=UTC)  # 08:05 in Berlin
    ws.run_reminders(REMIND)  # the ask-timeline reminder, and the 4th's digest
    report = ws.run_reminders(morning)
    digests = [json.loads(r.body) for r in recorder.requests if b'"digest"' in r.body]
    assert report.sent == 1 and len(digests) == 2  # one a day
    text = digests[-1]["message"]
    assert "Due today (1)" in text and "Ana Lopez" in text and "Overdue" not in text
    ws.run_reminders(morning + timedelta(hours=2))
    assert len([r for r in recorder.requests if b'"digest"' in r.body]) == 2


def _smtp_case(tmp_path: Path, implicit_tls: bool) -> None:
    cert, key = self_signed(tmp_path)
    password = "s3cret-Pa55word-xyz"
    db = tmp_path / "mail.db"
    with smtp_server(cert, key, implicit_tls=implicit_tls, user="sam", password=password) as box:
        scheme = "smtps" if implicit_tls else "smtp"
        ws = open_workspace(f"sqlite:///{db}", clock=lambda: START - timedelta(hours=2))
        try:
            _final_interview(ws)
            smtp = f"{scheme}://sam:{password}@127.0.0.1:{box.port}?cafile={cert}"
            ws.add_channel("email", "sam@example.org", smtp=smtp)
            [trial] = ws.try_channels()
            assert trial.ok, trial.error
            ws.set_notify_settings(quiet_hours="00:00-14:00")  # Berlin: no digest this day
            assert ws.run_reminders(REMIND).sent == 2  # the reminder, then the digest
            assert ws.channels()[0].has_secret
        finally:
            ws.close()
    assert box.logins == [("sam", password)] * 3
    subjects = [str(m["Subject"]) for m in box.messages]
    assert subjects[0] == "offerwatch: test reminder" and subjects[1].startswith("Due: ")
    assert box.messages[1]["To"] == "sam@example.org"
    assert "/actions/" in box.messages[1].get_payload()
    # The password is in the secret file (0600), never in the database.
    for path in tmp_path.glob("mail.db*"):
        assert password.encode() not in path.read_bytes()
    [secrets_file] = Path(_home()).glob(FILE_NAME)
    assert stat.S_IMODE(secrets_file.stat().st_mode) == 0o600
    assert password in secrets_file.read_text()


def _home() -> str:
    import os

    return os.environ["OFFERWATCH_HOME"]


def test_email_over_starttls_with_login(tmp_path: Path) -> None:
    _smtp_case(tmp_path, implicit_tls=False)


def test_email_over_tls_with_login(tmp_path: Path) -> None:
    _smtp_case(tmp_path, implicit_tls=True)


def test_email_with_a_wrong_password_fails_in_one_line(ws: Workspace, tmp_path: Path) -> None:
    cert, key = self_signed(tmp_path)
    with smtp_server(cert, key, implicit_tls=False, user="sam", password="right") as box:
        ws.add_channel("email", "sam@example.org",
                       smtp=f"smtp://sam:wrong@127.0.0.1:{box.port}?cafile={cert}")  # fmt: skip
        [trial] = ws.try_channels()
    assert not trial.ok and trial.error is not None
    assert "refused the user name or password" in trial.error and "\n" not in trial.error
    assert box.messages == []


def test_desktop_without_a_session_says_so() -> None:
    with pytest.raises(SendFailed) as caught:
        desktop(Message("t", "b"), env={"PATH": "/usr/bin:/bin"})
    assert str(caught.value) == NO_DESKTOP


def test_desktop_channel_test_reports_no_session(ws: Workspace, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    ws.add_channel("desktop")
    [trial] = ws.try_channels()
    assert not trial.ok and trial.error == NO_DESKTOP


def test_removing_a_channel_removes_its_secret(ws: Workspace, recorder: HttpRecorder) -> None:
    channel = ws.add_channel("ntfy", recorder.url + "/t", token="tk_abcdef123")
    secrets_file = Path(_home()) / FILE_NAME
    assert "tk_abcdef123" in secrets_file.read_text()
    ws.remove_channel(channel)
    assert "tk_abcdef123" not in secrets_file.read_text()
    assert ws.channels() == []
    with pytest.raises(NotFound):
        ws.remove_channel(channel)


@pytest.mark.parametrize(
    ("kind", "target", "smtp", "message"),
    [
        ("webhook", "ftp://example.org/x", None, "not a URL"),
        ("webhook", "https://user:pw@example.org/x", None, "no password"),
        ("ntfy", "https://ntfy.sh", None, "needs a topic"),
        ("email", "not-an-address", "smtp://h:587", "not an email address"),
        ("email", "sam@example.org", None, "give the mail server"),
        ("email", "sam@example.org", "http://h", "not an SMTP URL"),
        ("pager", "x", None, "unknown channel kind"),
    ],
)
def test_bad_channels_are_refused(
    ws: Workspace, kind: str, target: str, smtp: str | None, message: str
) -> None:
    with pytest.raises(BadInput, match=message):
        ws.add_channel(kind, target, smtp=smtp)
    assert ws.channels() == []


def test_server_mode_sends_for_each_account(db_url: str, recorder: HttpRecorder) -> None:
    ws = open_workspace(db_url, clock=lambda: START - timedelta(hours=2))
    try:
        other = ws.for_user(ws.add_user("ana", "a-long-password-1"))  # type: ignore[attr-defined]
        for who in (ws, other):
            _final_interview(who)  # type: ignore[arg-type]
            who.add_channel("webhook", f"{recorder.url}/{who.user_id}")  # type: ignore[attr-defined]
        reports = ws.run_reminders_for_everyone(REMIND)
    finally:
        ws.close()
    assert {user: r.sent for user, r in reports.items()} == {ws.user_id: 2, other.user_id: 2}
    assert sorted(r.path for r in recorder.requests) == sorted(
        f"/{u}" for u in (ws.user_id, other.user_id) for _ in range(2)
    )


def test_hostile_titles_cannot_add_headers(recorder: HttpRecorder) -> None:
    from base64 import b64decode

    from offerwatch.notify.send import send

    title = "Danke, Jürgen\r\nX-Evil: 1"
    links = {"open": "https://ow.example/actions/1", "a, b; c": "https://x.example"}
    message = Message(title, "body", "https://ow.example/actions/1", links)
    send("ntfy", recorder.url + "/t", {}, None, message)
    [request] = recorder.requests
    assert "X-Evil" not in request.headers
    encoded = request.headers["Title"]
    assert encoded.startswith("=?UTF-8?B?")
    assert b64decode(encoded[10:-2]).decode() == "Danke, Jürgen X-Evil: 1"
    assert request.headers["Actions"] == "view, open, https://ow.example/actions/1"
