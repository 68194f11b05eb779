"""Edit and delete from the pages: versions guard every form, deletes go to the trash with an
Undo, the trash page restores; the interview's sign checklist can be unticked."""

from __future__ import annotations

import re
from datetime import date

from tests.support.webclient import Web

from offerwatch.service import Workspace


def _version(html: str) -> str:
    found = re.search(r'name="version" value="(\d+)"', html)
    assert found, html[:300]
    return found.group(1)


def test_edit_an_application_with_its_version(web: Web, ws: Workspace, app_id: int) -> None:
    form = web.get(f"/applications/{app_id}/edit").text
    version = _version(form)
    fields = {"version": version, "company": "Acme GmbH", "role": "Senior Data Engineer",
              "applied_on": "2026-02-27", "location": "Berlin", "salary_min": "70000",
              "salary_max": "", "url": "", "source": "", "notes": ""}  # fmt: skip
    res = web.post_form(f"/applications/{app_id}/edit", fields)
    assert res.status_code == 303 and res.headers["location"] == f"/applications/{app_id}"
    a = ws.application(app_id)
    assert (a.company, a.role, a.location) == ("Acme GmbH", "Senior Data Engineer", "Berlin")
    assert a.applied_on == date(2026, 2, 27) and a.salary_min == 70000 and a.source is None
    page = web.get(f"/applications/{app_id}").text
    assert "Saved." in page and "Berlin" in page and "salary 70,000" in page
    # The same (now stale) form again: refused, nothing overwritten.
    stale = web.post_form(f"/applications/{app_id}/edit", {**fields, "role": "Old title"})
    assert stale.status_code == 409 and "Changed meanwhile" in stale.text
    assert "nothing was overwritten" in stale.text and "not saved yet" in stale.text
    assert ws.application(app_id).role == "Senior Data Engineer"
    # The form comes back with what was typed, the stored role listed, the new version.
    assert 'name="role" required maxlength="300" value="Old title"' in stale.text
    assert "<li>Role: Senior Data Engineer</li>" in stale.text
    again = web.post_form(
        f"/applications/{app_id}/edit",
        {**fields, "role": "Old title", "version": _version(stale.text)},
    )
    assert again.status_code == 303 and ws.application(app_id).role == "Old title"


def test_bad_edits_are_400_and_change_nothing(web: Web, ws: Workspace, app_id: int) -> None:
    version = _version(web.get(f"/applications/{app_id}/edit").text)
    base = {"version": version, "company": "Acme", "role": "Data Engineer"}
    for bad in ({"role": " "}, {"url": "javascript:alert(1)"}, {"applied_on": "soon"},
                {"salary_min": "9", "salary_max": "1"}):  # fmt: skip
        res = web.post_form(f"/applications/{app_id}/edit", {**base, **bad})
        assert res.status_code == 400, bad
    after = ws.application(app_id)
    assert after.role == "Data Engineer" and after.version == int(version)


def test_delete_an_application_then_undo_from_the_banner(
    web: Web, ws: Workspace, app_id: int
) -> None:
    version = _version(web.get(f"/applications/{app_id}/edit").text)
    res = web.post_form(f"/applications/{app_id}/delete", {"version": version, "next": "/pipeline"})
    assert res.status_code == 303 and res.headers["location"] == "/pipeline"
    assert ws.list_applications() == []
    board = web.get("/pipeline").text
    assert "Deleted application “Acme: Data Engineer”" in board
    undo = re.search(r'<form method="post" action="([^"]+)" class="inline">', board)
    assert undo and undo.group(1) == f"/trash/application/{app_id}/restore"
    web.post_form(undo.group(1), {"next": "/pipeline"})
    assert [a.id for a in ws.list_applications()] == [app_id]
    detail = ws.detail(app_id)  # everything that hung from it came back
    assert len(detail.interviews) == 1 and detail.people and detail.observations


def test_trash_page_lists_and_restores(web: Web, ws: Workspace, app_id: int) -> None:
    person = ws.people(app_id)[0]
    web.post_form(f"/people/{person.id}/delete", {"version": str(person.version)})
    assert ws.people(app_id) == []
    page = web.get("/trash").text
    assert "Ana Lopez" in page and f'action="/trash/person/{person.id}/restore"' in page
    # What went with it, in words ("1 person link, 1 person met" read as jargon).
    assert "with 1 place on an application, 1 interview they were met at" in page
    web.post_form(f"/trash/person/{person.id}/restore", {"next": "/trash"})
    assert [p.name for p in ws.people(app_id)] == ["Ana Lopez"]
    assert "The trash is empty." in web.get("/trash").text
    assert web.post_form(f"/trash/person/{person.id}/restore").status_code == 404
    assert web.post_form("/trash/planet/1/restore").status_code == 400
    assert web.post_form("/planets/1/delete", {"version": "1"}).status_code == 400
    interview = ws.interviews(app_id)[0]
    web.post_form(f"/interviews/{interview.id}/delete", {"version": str(interview.version)})
    assert "final at Acme, Mon 2 Mar 2026" in web.get("/trash").text  # a day as pages say it
    web.post_form(f"/trash/interview/{interview.id}/restore", {"next": "/trash"})
    app = ws.application(app_id)
    web.post_form(f"/applications/{app_id}/delete", {"version": str(app.version)})
    gone = web.get("/trash").text
    assert "1 interview, " in gone and "1 person on it, 1 person met" in gone
    assert "person met" in gone and "person mets" not in gone


def test_edit_a_person_splits_a_pasted_address(web: Web, ws: Workspace, app_id: int) -> None:
    person = ws.people(app_id)[0]
    form = web.get(f"/people/{person.id}/edit?app={app_id}").text
    assert f'value="/applications/{app_id}#people"' in form
    res = web.post_form(
        f"/people/{person.id}/edit",
        {"version": _version(form), "name": "Mara Jensen <mara@kitelabs.example>",
         "email": "", "role": "hiring_manager", "next": f"/applications/{app_id}#people"},
    )  # fmt: skip
    assert res.status_code == 303
    saved = ws.person(person.id)
    assert (saved.name, saved.email, saved.role.value) == (
        "Mara Jensen", "mara@kitelabs.example", "hiring_manager")  # fmt: skip
    bad = web.post_form(
        f"/people/{person.id}/edit",
        {"version": str(saved.version), "name": "X", "email": "a@b.example?bcc=c@d.example",
         "role": "recruiter"},
    )  # fmt: skip
    assert bad.status_code == 400 and ws.person(person.id).name == "Mara Jensen"


def test_untick_a_sign_on_the_interview_form(web: Web, ws: Workspace, app_id: int) -> None:
    interview = ws.detail(app_id).interviews[0]
    form = web.get(f"/interviews/{interview.id}/edit").text
    assert re.search(r'value="personal_interest" checked', form)
    fields = {"version": _version(form), "stage": "final", "start": "2026-03-02T11:00",
              "end": "2026-03-02T12:00", "people": "Ana Lopez",
              "signs": ["attentive_interviewer"]}  # fmt: skip
    assert web.post_form(f"/interviews/{interview.id}", fields).status_code == 303
    kinds = {o.kind for o in ws.observations(app_id) if o.interview_id == interview.id}
    assert "personal_interest" not in kinds and "attentive_interviewer" in kinds
    assert web.post_form(f"/interviews/{interview.id}", fields).status_code == 409


def test_edit_and_delete_a_sign_and_a_goal(web: Web, ws: Workspace, app_id: int) -> None:
    sign = next(o for o in ws.observations(app_id) if o.kind == "notice_period_asked")
    page = web.get(f"/applications/{app_id}").text
    assert f'href="/signals/{sign.id}/edit"' in page
    form = web.get(f"/signals/{sign.id}/edit").text
    web.post_form(
        f"/signals/{sign.id}/edit",
        {"version": _version(form), "kind": "references_contacted", "at": "2026-03-03T09:30",
         "note": "they called Bo"},
    )  # fmt: skip
    assert ws.signal(sign.id).kind == "references_contacted"
    assert "after now" not in web.get(f"/applications/{app_id}").text
    # Dated after now (a mistyped year): kept, and said, with what it means for the odds.
    form = web.get(f"/signals/{sign.id}/edit").text
    web.post_form(f"/signals/{sign.id}/edit", {"version": _version(form),
                  "kind": "references_contacted", "at": "2027-03-03T09:30"})  # fmt: skip
    note = "Note: it is dated Wed 3 Mar 2027, 09:30, after now: the odds count it from then on."
    assert note in web.get(f"/applications/{app_id}").text
    web.post_form(f"/applications/{app_id}/signals",
                  {"kind": "personal_interest", "at": "2026-03-05T10:00"})  # fmt: skip
    assert "dated Thu 5 Mar, 10:00, after now" in web.get(f"/applications/{app_id}").text
    web.post_form(f"/signals/{sign.id}/delete", {"version": str(ws.signal(sign.id).version)})
    assert all(o.id != sign.id for o in ws.observations(app_id))
    goal = ws.add_goal("skill", "SQL course", 120)
    form = web.get(f"/goals/{goal}/edit").text
    web.post_form(
        f"/goals/{goal}/edit",
        {"version": _version(form), "kind": "rest", "title": "Walks", "weekly_minutes": "90"},
    )
    assert (ws.goal(goal).title, ws.goal(goal).weekly_minutes) == ("Walks", 90)
    res = web.post_form(f"/goals/{goal}/delete", {"version": "1"})  # it is at version 2 now
    assert res.status_code == 409 and ws.goal(goal).title == "Walks"
    stale = web.post_form(
        f"/goals/{goal}/edit",
        {"version": "1", "kind": "skill", "title": "Naps", "weekly_minutes": "30"},
    )
    assert (
        stale.status_code == 409
        and 'value="Naps"' in stale.text
        and "<li>Title: Walks</li>" in stale.text
    )
    assert ws.goal(goal).title == "Walks"


def test_notes_from_an_old_page_do_not_overwrite_newer_notes(
    web: Web, ws: Workspace, app_id: int
) -> None:
    page = web.get(f"/applications/{app_id}").text
    version = re.search(r'name="version" value="(\d+)">\s*<label class="visually-hidden" '
                        r'for="notes-text"', page)  # fmt: skip
    assert version
    ws.update_application(app_id, notes="typed in the CLI")
    res = web.post_form(f"/applications/{app_id}/notes",
                        {"notes": "typed in an old tab", "version": version.group(1)})  # fmt: skip
    assert res.status_code == 409 and ws.application(app_id).notes == "typed in the CLI"
