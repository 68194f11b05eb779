"""The Mail page keeps the latest imports findable once their own page (?job=) is left:
each with its summary and a link back to what it found; a failed one with its reason;
nobody else's."""

from __future__ import annotations

import html
import re
from datetime import timedelta
from pathlib import Path
from typing import Any

from tests.support.webclient import Web, finished_import_page

from offerwatch.service import Workspace

EML = (
    b"From: Ana Lopez <ana@acme.example>\r\n"
    b"To: me@example.org\r\n"
    b"Subject: Next steps\r\n"
    b"Message-ID: <recent-1@acme.example>\r\n"
    b"Date: Tue, 03 Mar 2026 10:00:00 +0000\r\n\r\n"
    b"Hi, could you tell us your notice period and when you could start?\r\nAna\r\n"
)


def _upload(web: Web, name: str, data: bytes) -> Any:
    return web.client.post("/mail/upload", data={"csrf": web.csrf()},
                           files={"mailbox": (name, data, "application/octet-stream")},
                           follow_redirects=False)  # fmt: skip


def _recent(page: str) -> str:
    found = re.search(r'<ul class="plain" data-testid="recent-imports">(.*?)</ul>', page, re.S)
    assert found, "no recent imports on the page"
    return found.group(1)


def test_the_last_imports_stay_on_the_mail_page(
    web: Web, ws: Workspace, app_id: int, clock: Any
) -> None:
    assert "recent-imports" not in web.get("/mail").text  # nothing imported yet
    first = _upload(web, "next.eml", EML).headers["location"]
    assert "Done: 1 read" in finished_import_page(web.client, first)
    job = first.split("job=")[1]
    # The page left (any other page, then Mail again): the import is still listed.
    recent = _recent(web.get("/mail").text)
    assert f'data-testid="recent-{job}"' in recent
    assert "Done: 1 read, 1 about jobs, 1 matched" in recent
    assert f'href="/mail?job={job}"' in recent
    # Its link shows what it found again.
    again = web.get(f"/mail?job={job}").text
    assert 'data-testid="findings"' in again and "Next steps" in again
    assert f'data-testid="recent-{job}"' not in again  # not listed twice on its own page

    # A second one a minute later, that found nothing new: newest first, both listed.
    clock.now += timedelta(minutes=1)
    second = _upload(web, "next-again.eml", EML).headers["location"]
    finished_import_page(web.client, second)
    recent = _recent(web.get("/mail").text)
    assert recent.index(second.split("job=")[1]) < recent.index(job)
    # It says why nothing is new: the message was imported by the first.
    assert "Done: 1 read, 0 about jobs, 0 matched, 0 new signs, 1 already imported" in recent


def test_a_failed_import_is_listed_with_its_reason(
    ws: Workspace, make_client: Any, tmp_path: Path
) -> None:
    from offerwatch.web.jobs import JobWorker

    gone = tmp_path / "offerwatch-upload-x" / "upload.mbox"
    job = ws.enqueue_job("import", {"path": str(gone)})
    assert JobWorker(lambda: ws).run_once()
    web = Web(make_client(ws, run_jobs=False))
    status = web.get(f"/mail/jobs/{job}").json()["message"]
    assert status.startswith("The upload could not be imported")
    recent = _recent(web.get("/mail").text)
    assert f'data-testid="recent-{job}"' in recent
    assert f'<span class="error">{status}</span>' in recent
    assert f"/mail?job={job}" not in recent  # nothing found to show


def test_nobody_elses_imports_are_listed(ws: Workspace, make_client: Any) -> None:
    ana = ws.for_user(ws.add_user("ana", "a-long-password-1"))  # type: ignore[attr-defined]
    theirs = ana.enqueue_job("import", {"path": "/nowhere/upload.eml"})
    assert [r["id"] for r in ana.recent_imports()] == [theirs]
    assert ws.recent_imports() == []
    web = Web(make_client(ws, run_jobs=False))
    assert theirs not in web.get("/mail").text


def test_what_could_not_be_read_is_said_with_its_reason(web: Web, ws: Workspace) -> None:
    good = EML.replace(b"\r\n", b"\n")
    broken = (b"From: x@broken.example\nSubject: parts\nMessage-ID: <b1@broken.example>\n"
              b"Content-Type: multipart/mixed\n\nno boundary here\n")  # fmt: skip
    mbox = b"".join(b"From x@y Tue Mar  3 10:00:00 2026\n" + m + b"\n" for m in (good, broken))
    res = _upload(web, "two.mbox", mbox)
    page = finished_import_page(web.client, res.headers["location"])
    job = res.headers["location"].split("job=")[1]
    line = web.get(f"/mail/jobs/{job}").json()["message"]
    assert line.startswith("Done: 2 read")
    assert "; 1 not readable (upload.mbox#1: broken MIME" in line
    assert "offerwatch-upload" not in line  # the server's folder is not shown
    assert line in html.unescape(page)
    assert line in html.unescape(_recent(web.get("/mail").text))


def test_an_import_on_the_command_line_is_listed_too(
    any_ws: Workspace, migrated_db_url: str, make_client: Any, tmp_path: Path
) -> None:
    from tests.support.cli import run

    any_ws.add_application("Acme", "Data Engineer")
    folder = tmp_path / "private-folder"
    folder.mkdir()
    (folder / "next.eml").write_bytes(EML)
    (folder / "notes.txt").write_text("not mail at all\n")
    run(migrated_db_url, "mail", "import", str(folder / "next.eml"))
    # A file refused as not mail (exit 2) is not an import to list.
    assert (
        run(migrated_db_url, "mail", "import", str(folder / "notes.txt"), ok=False).returncode == 2
    )
    web = Web(make_client(any_ws))
    recent = _recent(web.get("/mail").text)
    assert recent.count('data-testid="recent-') == 1
    assert "imported on the command line: next.eml" in recent
    assert "private-folder" not in recent  # the file's name, not where it lives
    assert "Done: 1 read, 1 about jobs, 1 matched" in recent
    job = re.search(r'href="/mail\?job=([^"]+)"', recent)
    assert job, "no link to what it found"
    again = web.get(f"/mail?job={job.group(1)}").text
    assert 'data-testid="findings"' in again and "Next steps" in again

    # With --json as well; the newest first.
    again_eml = folder / "again.eml"
    again_eml.write_bytes(EML.replace(b"recent-1@", b"recent-2@").replace(b"Next steps", b"Hello"))
    run(migrated_db_url, "mail", "import", str(again_eml), "--json")
    recent = _recent(web.get("/mail").text)
    assert recent.count('data-testid="recent-') == 2
    assert recent.index("again.eml") < recent.index("next.eml")
