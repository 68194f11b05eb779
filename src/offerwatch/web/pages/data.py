"""Your data: upload another tracker's export (a preview of what will be created and how
the columns were read, then confirm), download everything as JSON or CSV."""

from __future__ import annotations

import base64
import binascii
import csv
import io
import json
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request, UploadFile
from fastapi.responses import Response

from offerwatch import importers
from offerwatch.audit import audit
from offerwatch.core.entities import Status
from offerwatch.core.export_map import load_document
from offerwatch.errors import BadInput
from offerwatch.importers.columns import FIELDS
from offerwatch.importers.text import MAX_BYTES, decode
from offerwatch.web.deps import PageWS
from offerwatch.web.pages._render import render

router = APIRouter()
_CSV_FORMATS = ("csv", "rxresume")


@router.get("/data")
def data_page(request: Request, ws: PageWS) -> Response:
    return render(
        request,
        ws,
        "data.html",
        {"formats": importers.FORMATS, "preview": None, "max_mb": MAX_BYTES // 1048576},
    )


async def _read(upload: UploadFile) -> str:
    data = await upload.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise BadInput(f"the file is larger than {MAX_BYTES // 1048576} MB: not a tracker export")
    return decode(data)


def _answers(form: Any, prefix: str) -> dict[str, str]:
    return {
        key.removeprefix(prefix): str(value)
        for key, value in form.multi_items()
        if key.startswith(prefix) and str(value)
    }


def _stages(answers: dict[str, str]) -> dict[str, Status]:
    try:
        return {name: Status(value) for name, value in answers.items()}
    except ValueError as exc:
        raise BadInput(str(exc)) from None


def _plan(ws: Any, text: str, fmt: str, form: Any, *, dry_run: bool) -> dict[str, Any]:
    """Read the file and import it (or, for the preview, pretend to)."""
    if fmt == "auto":
        fmt = importers.sniff(text)
    if fmt == "json":
        counts = ws.import_document(load_document(text), dry_run=dry_run)
        return {"format": "json", "counts": {k: v for k, v in counts.items() if v}}
    overrides = {k: v for k, v in _answers(form, "column:").items() if k in FIELDS}
    parsed = importers.parse_text(text, fmt, overrides if fmt in _CSV_FORMATS else None)
    report = ws.import_rows(parsed, stages=_stages(_answers(form, "stage:")), dry_run=dry_run)
    return {
        "format": report.format,
        "report": report,
        "headers": parsed.headers,
        "fields": FIELDS if fmt in _CSV_FORMATS else (),
        "statuses": [s.value for s in Status],
    }


@router.post("/data/preview")
async def preview(
    request: Request, ws: PageWS, file: UploadFile, fmt: Annotated[str, Form()] = "auto"
) -> Response:
    """What the upload would create; nothing is stored (the file travels back in the form)."""
    if fmt != "auto" and fmt not in importers.FORMATS:
        raise BadInput(f"unknown format {fmt!r}")
    text = await _read(file)
    plan = _plan(ws, text, fmt, await request.form(), dry_run=True)
    content = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return render(
        request,
        ws,
        "data.html",
        {
            "formats": importers.FORMATS,
            "preview": plan,
            "content": content,
            "name": file.filename or "upload",
            "done": False,
            "max_mb": MAX_BYTES // 1048576,
        },
    )


@router.post("/data/import")
async def confirm(
    request: Request,
    ws: PageWS,
    content: Annotated[str, Form()],
    fmt: Annotated[str, Form(max_length=20)],
    name: Annotated[str, Form(max_length=300)] = "upload",
) -> Response:
    """Import the previewed file, with the stage answers and column corrections given."""
    if fmt not in importers.FORMATS:
        raise BadInput(f"unknown format {fmt!r}")
    try:
        text = base64.b64decode(content, validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        raise BadInput("the form lost the file: upload it again") from None
    if len(text) > MAX_BYTES:
        raise BadInput("the file is too large")
    form = await request.form()
    plan = _plan(ws, text, fmt, form, dry_run=False)
    return render(
        request,
        ws,
        "data.html",
        {
            "formats": importers.FORMATS,
            "preview": plan,
            "content": content,
            "name": name,
            "done": True,
            "max_mb": MAX_BYTES // 1048576,
        },
    )


@router.get("/data/export.json")
def export_json(ws: PageWS) -> Response:
    """Everything of the signed-in user (docs/data.md)."""
    audit("export", user_id=ws.user_id, format="json")
    body = json.dumps(ws.export_document(), indent=1, ensure_ascii=False) + "\n"
    return Response(
        body.encode("utf-8"),
        media_type="application/json",
        headers={
            "Content-Disposition": 'attachment; filename="offerwatch.json"',
            "Cache-Control": "no-store",
        },
    )


@router.get("/data/export.csv")
def export_csv(ws: PageWS) -> Response:
    """The applications, one row each, formula cells neutralised."""
    audit("export", user_id=ws.user_id, format="csv")
    header, rows = ws.export_csv()
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return Response(
        ("\ufeff" + buffer.getvalue()).encode("utf-8"),
        media_type="text/csv",
        headers={
            "Content-Disposition": 'attachment; filename="applications.csv"',
            "Cache-Control": "no-store",
        },
    )
