"""The data page: upload, preview (nothing stored), answer stages, import, download."""

from __future__ import annotations

import base64
import csv
import io
import json
import re
from pathlib import Path

from tests.support.webclient import Web

from offerwatch.service import Workspace

DATA = Path(__file__).parent.parent.parent / "data" / "importers"


def upload(web: Web, name: str, data: bytes, fmt: str = "auto") -> object:
    return web.client.post(
        "/data/preview",
        data={"csrf": web.csrf(), "fmt": fmt},
        files={"file": (name, data, "text/csv")},
    )


def hidden(page: str, name: str) -> str:
    found = re.search(rf'name="{name}" value="([^"]*)"', page)
    assert found, page[:2000]
    return found.group(1)


def test_preview_then_import_with_an_answered_stage(ws: Workspace, web: Web) -> None:
    page = upload(web, "huntr.csv", (DATA / "huntr-board.csv").read_bytes())
    assert page.status_code == 200  # type: ignore[attr-defined]
    text = page.text  # type: ignore[attr-defined]
    assert 'data-testid="import-rows"' in text and "Umbrella Corp" in text
    assert "Waiting on referral (line 6)" in text
    assert ws.list_applications() == []  # a preview stores nothing
    content = hidden(text, "content")
    assert base64.b64decode(content) == (DATA / "huntr-board.csv").read_bytes()
    done = web.client.post(
        "/data/import",
        data={
            "csrf": web.csrf(),
            "content": content,
            "fmt": "huntr",
            "name": "huntr.csv",
            "stage:Waiting on referral": "applied",
        },
        files={"none": ("", b"", "application/octet-stream")},
    )
    assert done.status_code == 200, done.text[:500]
    assert "Created 6 application(s)" in done.text
    assert len(ws.list_applications()) == 6
    again = upload(web, "huntr.csv", (DATA / "huntr-board.csv").read_bytes())
    assert "Will create 0 application(s); 5 imported before" in again.text  # type: ignore[attr-defined]


def test_columns_can_be_corrected_in_the_preview(ws: Workspace, web: Web) -> None:
    sheet = b"Firm,Job,Sent\nAcme,Engineer,2026-01-02\n"
    refused = upload(web, "sheet.csv", sheet, fmt="csv")
    assert refused.status_code == 400  # type: ignore[attr-defined]
    assert "No column for the company" in refused.text  # type: ignore[attr-defined]
    content = base64.b64encode(sheet).decode()
    done = web.client.post(
        "/data/import",
        data={
            "csrf": web.csrf(),
            "content": content,
            "fmt": "csv",
            "column:company": "Firm",
            "column:role": "Job",
            "column:applied_on": "Sent",
        },
        files={"none": ("", b"", "application/octet-stream")},
    )
    assert done.status_code == 200, done.text[:500]
    [app] = ws.list_applications()
    assert (app.company, app.role, str(app.applied_on)) == ("Acme", "Engineer", "2026-01-02")
    assert "<td>Fri 2 Jan</td>" in done.text  # the day read from the file, as pages say days


def test_bad_uploads_are_400_and_store_nothing(ws: Workspace, web: Web) -> None:
    for name, data in [
        ("x.json", b'{"format": "offerwatch-export", "vers'),
        ("x.csv", "company,role\nA,B\n".encode("utf-16-le")),
        ("x.csv", b"name,age\nAna,31\n"),
    ]:
        page = upload(web, name, data)
        assert page.status_code == 400, (name, page.text[:300])  # type: ignore[attr-defined]
    assert ws.list_applications() == []


def test_downloads_are_the_users_data(ws: Workspace, web: Web) -> None:
    ws.add_application("=Evil()", "Engineer", notes="+1 trick")
    got = web.get("/data/export.json")
    assert got.status_code == 200 and "attachment" in got.headers["content-disposition"]
    assert json.loads(got.text) == ws.export_document()
    table = web.get("/data/export.csv")
    rows = list(csv.DictReader(io.StringIO(table.content.decode("utf-8-sig"))))
    assert rows[0]["company"] == "'=Evil()" and rows[0]["notes"] == "'+1 trick"
    assert rows[0]["date_applied"] == "2026-03-04"
