"""The iCalendar export (read back by icalendar and vobject) and the draft emails."""

from __future__ import annotations

import email
import email.policy
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import icalendar
import pytest
import vobject

from offerwatch.config import data_dir
from offerwatch.errors import BadInput
from offerwatch.service import Workspace

START = datetime(2026, 3, 4, 14, 0, tzinfo=UTC)
END = datetime(2026, 3, 4, 15, 0, tzinfo=UTC)
NOTES = (
    "Discussed the migration of the billing pipeline from cron jobs to Airflow; "
    "Bo walked me through the on-call rotation. Felt nervous at the start."
)


@pytest.fixture
def acme(ws: Workspace) -> dict[str, int]:
    app_id = ws.add_application("Acme Analytics", "Senior Data Engineer")
    ws.add_person(app_id, "Priya Shah", role="recruiter", email="priya@acme.example")
    ws.add_person(app_id, "Ana Lopez", role="hiring_manager", email="ana@acme.example")
    interview_id = ws.add_interview(
        app_id, stage="final", start=START, end=END,
        with_=["Ana Lopez", "bo.chen@acme.example"], notes=NOTES,
        timeline="within a week", timeline_date=datetime(2026, 3, 11).date(),
    )  # fmt: skip
    ws.set_setting("name", "Sam Rivera")
    return {"app": app_id, "interview": interview_id}


def _icalendar_events(data: bytes) -> dict[str, icalendar.Event]:
    cal = icalendar.Calendar.from_ical(data)
    return {str(e["UID"]): e for e in cal.walk("VEVENT")}


def _vobject_events(data: bytes) -> dict[str, object]:
    cal = vobject.readOne(data.decode("utf-8"))
    return {e.uid.value: e for e in cal.vevent_list}


def test_the_calendar_round_trips_through_two_parsers(ws: Workspace, acme: dict[str, int]) -> None:
    open_items = ws.open_actions()
    data = ws.calendar_ics()
    ical, vobj = _icalendar_events(data), _vobject_events(data)
    assert set(ical) == set(vobj)
    assert len(ical) == len(open_items) + 1  # every open action and the one interview
    interview = f"interview-{acme['interview']}@offerwatch"
    for events, start in ((ical, lambda e: e.decoded("DTSTART")),
                          (vobj, lambda e: e.dtstart.value)):  # fmt: skip
        assert start(events[interview]) == START
    assert "Final interview" in str(ical[interview]["SUMMARY"])
    assert "Ana Lopez" in vobj[interview].description.value  # type: ignore[attr-defined]
    for item in open_items:
        uid = f"action-{item.key.replace(':', '-')}@offerwatch"
        event = ical[uid]
        assert event.decoded("DTSTART") == item.due
        assert str(event["SUMMARY"]) == item.title
        (alarm,) = event.walk("VALARM")
        assert alarm.decoded("TRIGGER") == -timedelta(hours=1)
        assert vobj[uid].valarm.trigger.value == -timedelta(hours=1)  # type: ignore[attr-defined]
        assert vobj[uid].summary.value == item.title  # type: ignore[attr-defined]
        assert int(event["SEQUENCE"]) >= 0
        assert event.decoded("DTSTAMP") == datetime(2026, 3, 4, 12, tzinfo=UTC)


def test_re_exports_keep_uids_and_drop_done_actions(
    ws: Workspace, acme: dict[str, int], clock: object
) -> None:
    first = _icalendar_events(ws.calendar_ics())
    done = ws.open_actions()[0]
    ws.mark_done(done.id)
    clock.now = datetime(2026, 3, 4, 12, 30, tzinfo=UTC)  # type: ignore[attr-defined]
    second = _icalendar_events(ws.calendar_ics())
    removed = f"action-{done.key.replace(':', '-')}@offerwatch"
    assert set(first) - set(second) == {removed}
    assert set(second) <= set(first)
    for uid in second:
        assert int(second[uid]["SEQUENCE"]) > int(first[uid]["SEQUENCE"])


def _text_of(eml: bytes) -> email.message.EmailMessage:
    parsed = email.message_from_bytes(eml, policy=email.policy.default)
    assert isinstance(parsed, email.message.EmailMessage)
    return parsed


def test_a_thank_you_draft_is_personal(ws: Workspace, acme: dict[str, int]) -> None:
    draft = ws.draft_thank_you(acme["interview"], "bo.chen@acme.example")
    assert draft.to == "bo.chen@acme.example"
    assert draft.body.startswith("Dear Bo,\n")
    assert "Senior Data Engineer role at Acme Analytics" in draft.body
    assert "on-call rotation" in draft.body  # the note that names Bo
    assert "nervous" not in draft.body  # private impressions stay private
    assert "enthusiastic" in draft.body
    assert "contribution to the migration of the billing pipeline" in draft.body
    assert "thanks to Ana Lopez" in draft.body
    assert draft.body.rstrip().endswith("Sam Rivera")
    assert "Wednesday, 4 March" in draft.body
    # The hiring manager is thanked by default, with her role.
    default = ws.draft_thank_you(acme["interview"])
    assert default.to == "ana@acme.example" and "first-hand how you see the team" in default.body


def test_drafts_as_eml_and_mailto(ws: Workspace, acme: dict[str, int]) -> None:
    draft = ws.draft_follow_up(acme["app"])
    assert draft.to == "priya@acme.example"
    assert "Dear Priya," in draft.body
    assert "decide within a week" in draft.body and "timing" in draft.body
    message = _text_of(draft.eml)
    assert message["To"] == "priya@acme.example"
    assert message["Subject"] == draft.subject
    assert message["X-Unsent"] == "1"
    assert message.get_content().replace("\r\n", "\n") == draft.body
    link = urlsplit(draft.mailto)
    assert link.scheme == "mailto" and unquote(link.path) == "priya@acme.example"
    assert " " not in draft.mailto and "\n" not in draft.mailto and "+" not in draft.mailto
    query = parse_qs(link.query)
    assert query["subject"] == [draft.subject]
    assert query["body"] == [draft.body.replace("\n", "\r\n")]


def test_a_second_follow_up_checks_in_again(ws: Workspace, acme: dict[str, int]) -> None:
    ws.sync_actions(datetime(2026, 3, 16, 9, tzinfo=UTC))
    first = next(i for i in ws.open_actions() if i.kind == "follow_up")
    ws.mark_done(first.id)
    draft = ws.draft_follow_up(acme["app"])
    assert draft.subject.startswith("Checking in again")


def test_templates_can_be_overridden_in_the_data_directory(
    ws: Workspace, acme: dict[str, int]
) -> None:
    folder = data_dir() / "templates"
    folder.mkdir(parents=True)
    (folder / "thank_you.txt.j2").write_text(
        "Subject: Cheers {{ person.first_name }}\n\nThanks for {{ meeting }} at {{ company }}!\n"
    )
    draft = ws.draft_thank_you(acme["interview"], "bo.chen@acme.example")
    assert draft.subject == "Cheers Bo"
    assert draft.body == "Thanks for the final interview at Acme Analytics!\n"
    (folder / "thank_you.txt.j2").write_text("Subject: {{ nope }}\n\nHi\n")
    with pytest.raises(BadInput, match=r"thank_you\.txt\.j2"):
        ws.draft_thank_you(acme["interview"])
    (folder / "thank_you.txt.j2").write_text("Hello {{ person.name }}\n")
    with pytest.raises(BadInput, match="Subject"):
        ws.draft_thank_you(acme["interview"])


def test_every_shipped_template_renders_without_optional_facts(ws: Workspace) -> None:
    app_id = ws.add_application("Initech", "Analyst")
    interview_id = ws.add_interview(
        app_id, stage="phone_screen", start=START, end=END, with_=["Sam Lee"]
    )
    thanks = ws.draft_thank_you(interview_id)
    assert thanks.to is None and thanks.body.startswith("Dear Sam,")
    assert "our call" in thanks.subject
    follow = ws.draft_follow_up(app_id)
    assert follow.to is None and "Dear Initech hiring team," in follow.body
    assert Path(follow.mailto.split("?")[0]).name == "mailto:"
