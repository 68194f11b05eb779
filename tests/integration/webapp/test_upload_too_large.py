"""An upload over the limit is refused before it is read, in the words the Mail page uses
("up to 1 MB"): JSON for a script, a page for a browser's plain form post; nothing stored."""

from __future__ import annotations

from typing import Any

from tests.support.webclient import Web

from offerwatch.service import Workspace

MB = 1024 * 1024


def _post(web: Web, headers: dict[str, str]) -> Any:
    big = b"From x@y Tue Mar  3 10:00:00 2026\nSubject: big\n\n" + b"a" * (2 * MB)
    return web.client.post("/mail/upload", data={"csrf": web.csrf()},
                           files={"mailbox": ("big.mbox", big, "application/mbox")},
                           headers=headers, follow_redirects=False)  # fmt: skip


def test_too_large_is_said_as_the_page_states_the_limit(ws: Workspace, make_client: Any) -> None:
    web = Web(make_client(ws, max_upload_bytes=MB))
    assert "up to 1 MB" in web.get("/mail").text
    script = _post(web, {"X-Requested-With": "fetch", "Accept": "*/*"})
    assert script.status_code == 413
    assert script.json() == {"detail": "the file is larger than 1 MB"}
    form = _post(web, {"Accept": "text/html,application/xhtml+xml"})
    assert form.status_code == 413 and form.headers["content-type"].startswith("text/html")
    assert "The file is larger than 1 MB." in form.text and "<script" not in form.text
    assert ws.recent_imports() == []
    # Any other body keeps its own limit and words.
    json_body = web.client.post("/api/v1/applications", content=b"x" * (2 * MB),
                                headers={"Content-Type": "application/json"})  # fmt: skip
    assert json_body.status_code == 413 and "KB" in json_body.json()["detail"]
