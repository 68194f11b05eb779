"""A message filed under the wrong application is moved to the right one from the
timeline (one step, one transaction): its signs go with it; the pages say what each
filing did; bad moves are refused and change nothing."""

from __future__ import annotations

import html

from tests.support.webclient import Web, finished_import_page

from offerwatch.service import Workspace

EML = (
    b"From: Ana Lopez <ana@acme.example>\r\n"
    b"To: me@example.org\r\n"
    b"Subject: Next steps\r\n"
    b"Message-ID: <move-1@acme.example>\r\n"
    b"Date: Tue, 03 Mar 2026 10:00:00 +0000\r\n\r\n"
    b"Hi, could you tell us your notice period and when you could start?\r\nAna\r\n"
)


def _import(web: Web) -> None:
    res = web.client.post("/mail/upload", data={"csrf": web.csrf()},
                          files={"mailbox": ("next.eml", EML, "message/rfc822")},
                          follow_redirects=False)  # fmt: skip
    assert res.status_code == 303
    finished_import_page(web.client, res.headers["location"])


def _mail_signs(ws: Workspace, app_id: int) -> set[str]:
    return {o.kind for o in ws.observations(app_id) if o.source.value == "email"}


def _filed(ws: Workspace, app_id: int) -> list[str]:
    return [m.subject for m in ws.messages(app_id)]  # type: ignore[attr-defined]


def test_move_a_message_to_the_right_application(web: Web, ws: Workspace, app_id: int) -> None:
    right = ws.add_application("Globex", "Analyst")
    _import(web)
    assert _filed(ws, app_id) == ["Next steps"]
    assert "notice_period_asked" in _mail_signs(ws, app_id)
    message = ws.messages(app_id)[0].id  # type: ignore[attr-defined]

    page = web.get(f"/applications/{app_id}").text
    assert f'data-testid="move-{message}"' in page
    assert f'action="/mail/messages/{message}/move"' in page
    assert "filed here: " in page and "filed here by" not in page

    res = web.post_form(f"/mail/messages/{message}/move", {"app_id": right})
    assert res.status_code == 303
    assert res.headers["location"] == f"/applications/{right}"  # its banner on top
    assert _filed(ws, app_id) == [] and _filed(ws, right) == ["Next steps"]
    assert "notice_period_asked" not in _mail_signs(ws, app_id)
    assert "notice_period_asked" in _mail_signs(ws, right)
    shown = html.unescape(web.get(f"/applications/{right}").text)
    assert "Filed “Next steps” under Globex · Analyst (1 new sign)" in shown
    assert "filed here: assigned by you" in shown


def test_bad_moves_are_refused_and_change_nothing(web: Web, ws: Workspace, app_id: int) -> None:
    _import(web)
    message = ws.messages(app_id)[0].id  # type: ignore[attr-defined]
    before = (_filed(ws, app_id), _mail_signs(ws, app_id))
    assert web.post_form(f"/mail/messages/{message}/move", {"app_id": 999}).status_code == 404
    assert web.post_form(f"/mail/messages/{message}/move", {"app_id": app_id}).status_code == 400
    assert web.post_form(f"/mail/messages/{message}/move", {"app_id": "x"}).status_code in (
        400,
        422,
    )
    assert web.post_form("/mail/messages/999/move", {"app_id": app_id}).status_code == 404
    assert (_filed(ws, app_id), _mail_signs(ws, app_id)) == before
    # Sent back to review from the timeline: said where it went; then it cannot be moved.
    back = web.post_form(f"/mail/messages/{message}/undo",
                         {"next": f"/applications/{app_id}#timeline"})  # fmt: skip
    assert back.headers["location"] == f"/applications/{app_id}#timeline"
    said = html.unescape(web.get(f"/applications/{app_id}").text)
    assert "“Next steps” is back in review on the Mail page." in said
    other = ws.add_application("Globex", "Analyst")
    assert web.post_form(f"/mail/messages/{message}/move", {"app_id": other}).status_code == 400
    assert _filed(ws, other) == []


def test_assigning_from_review_says_where_and_what_it_taught(web: Web, ws: Workspace) -> None:
    stray = EML.replace(b"acme.example", b"talentbridge.example")
    target = ws.add_application("Initrode", "Engineer")
    res = web.client.post("/mail/upload", data={"csrf": web.csrf()},
                          files={"mailbox": ("stray.eml", stray, "message/rfc822")},
                          follow_redirects=False)  # fmt: skip
    finished_import_page(web.client, res.headers["location"])
    review = ws.review_page(1, 50).items  # type: ignore[attr-defined]
    assert len(review) == 1  # no company of that domain: to review
    message = review[0].message.id
    done = web.post_form(f"/mail/messages/{message}/assign", {"app_id": target, "next": "/mail"})
    assert done.status_code == 303
    page = html.unescape(web.get("/mail").text)
    assert "Filed “Next steps” under Initrode · Engineer (1 new sign)" in page
    assert "learned talentbridge.example for Initrode" in page
