"""The interview page's "Signs in your notes": suggestions, recording the ticked ones, Undo."""

from __future__ import annotations

import html
from datetime import UTC, datetime

from tests.support.webclient import Web

from offerwatch.service import Workspace

NOTES = "He didn't discuss salary. She asked my notice period and showed me round the office."


def _interview(ws: Workspace, notes: str | None = NOTES) -> tuple[int, int]:
    app = ws.add_application("Acme", "Data Engineer")
    iid = ws.add_interview(app, stage="final", start=datetime(2026, 3, 2, 10, tzinfo=UTC),
                           end=datetime(2026, 3, 2, 11, tzinfo=UTC), notes=notes)  # fmt: skip
    return app, iid


def test_the_page_lists_the_signs_with_a_checkbox_each(web: Web, ws: Workspace) -> None:
    _, iid = _interview(ws)
    page = web.get(f"/interviews/{iid}/edit").text
    assert "Signs in your notes" in page
    assert f'action="/interviews/{iid}/notes-signs"' in page
    assert 'name="kinds" value="notice_period_asked"' in page
    assert 'name="kinds" value="met_other_employees"' in page
    assert 'value="salary_discussed"' not in page.split("Signs in your notes")[1]
    assert "showed me round the office" in html.unescape(page)


def test_recording_the_ticked_signs_and_undoing_them(web: Web, ws: Workspace) -> None:
    app, iid = _interview(ws)
    before = ws.score(app).probability
    res = web.post_form(f"/interviews/{iid}/notes-signs", {"kinds": ["notice_period_asked"]})
    assert res.status_code == 303
    assert res.headers["location"] == f"/interviews/{iid}/edit#notes-signs"
    stored = ws.observations(app)
    assert [(o.kind, o.source.value) for o in stored] == [("notice_period_asked", "note")]
    assert ws.score(app).probability > before
    page = web.get(f"/interviews/{iid}/edit").text
    assert "Recorded from your notes" in page
    undo = f"/interviews/{iid}/notes-signs/undo?ids={stored[0].id}"
    assert html.escape(undo) in page or undo in page
    assert 'value="notice_period_asked" checked disabled' in page
    assert web.post_form(undo, {}).status_code == 303
    assert ws.observations(app) == []
    assert [t.kind.value for t in ws.trash()] == ["signal"]


def test_bad_posts_are_4xx_and_record_nothing(web: Web, ws: Workspace) -> None:
    app, iid = _interview(ws)
    # Nothing ticked: the interview's page again, the reason above its notes' signs (not a
    # bare error page to go back from).
    none = web.post_form(f"/interviews/{iid}/notes-signs", {})
    assert none.status_code == 400 and "Edit an interview" in none.text
    section = none.text.split('id="notes-signs"')[1]
    assert 'data-testid="refused">Tick at least one sign' in section
    bad = web.post_form(f"/interviews/{iid}/notes-signs", {"kinds": ["salary_discussed"]})
    assert bad.status_code == 400 and "do not suggest" in bad.text
    gone = web.post_form("/interviews/99999/notes-signs", {"kinds": ["notice_period_asked"]})
    assert gone.status_code == 404
    assert web.post_form(f"/interviews/{iid}/notes-signs/undo?ids=abc", {}).status_code == 400
    hand = ws.add_signal(app, "personal_interest", interview_id=iid)
    res = web.post_form(f"/interviews/{iid}/notes-signs/undo?ids={hand}", {})
    assert res.status_code == 404
    assert [o.kind for o in ws.observations(app)] == ["personal_interest"]


def test_without_notes_the_section_says_how_it_works(web: Web, ws: Workspace) -> None:
    _, iid = _interview(ws, notes=None)
    page = web.get(f"/interviews/{iid}/edit").text
    assert "Write notes above and save" in page
    assert f'action="/interviews/{iid}/notes-signs"' not in page


def test_saving_notes_names_the_signs_without_recording_them(web: Web, ws: Workspace) -> None:
    app = ws.add_application("Acme", "Data Engineer")
    res = web.post_form(f"/applications/{app}/interviews", {
        "stage": "final", "start": "2026-03-02T10:00", "end": "2026-03-02T11:00",
        "notes": "They asked for two references.",
    })  # fmt: skip
    assert res.status_code == 303
    shown = html.unescape(web.get(res.headers["location"]).text)
    assert "Your notes mention References requested" in shown
    assert ws.observations(app) == []
