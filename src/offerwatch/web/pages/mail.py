"""Mail: upload an .eml or mbox file (or sync IMAP) with progress, then review what did not
match an application."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import parse_qs, urlencode, urlsplit

from fastapi import APIRouter, Form, HTTPException, Query, Request, UploadFile
from fastapi.responses import JSONResponse, Response
from starlette.concurrency import run_in_threadpool

from offerwatch.core.timeutil import parse_date
from offerwatch.errors import BadInput
from offerwatch.mail.readers import kind_of_head
from offerwatch.service.jobs import UPLOAD_PREFIX, uploads_root
from offerwatch.service.mail_review import REVIEW_PAGE
from offerwatch.web.deps import MAX_ID, Id, PageWS, state
from offerwatch.web.jobs import job_view, recent_views, wait_for
from offerwatch.web.pages._once import once
from offerwatch.web.pages._render import (
    after_post,
    flash,
    refusable,
    render,
    safe_next,
)

router = APIRouter()
_CHUNK = 1024 * 1024
FINDINGS_SHOWN = 200  # messages of one import listed on the page (the rest: by application)
Next = Annotated[str | None, Form(max_length=500)]
ReviewPage = Annotated[int, Form(ge=1, le=1_000_000)]  # the review page a form was on
JOB_GRACE_SECONDS = 2.0  # how long the Mail page waits for a running import before showing it


@router.get("/mail")
def mail(
    request: Request,
    ws: PageWS,
    job: str | None = None,
    page: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
) -> Response:
    web = state(request)
    if job:
        # A small import ends within moments: show its result without a refresh cycle
        # (this handler runs in a worker thread, not on the event loop).
        wait_for(ws, job, JOB_GRACE_SECONDS)
    finished = job_view(ws, job) if job else None
    review = ws.review_page(page, REVIEW_PAGE)
    found = finished.summary.found if finished and finished.summary else []
    findings = ws.import_findings(found[:FINDINGS_SHOWN])
    drafts = ws.message_drafts([i.message for i in review.items] + [f.message for f in findings])
    return render(
        request,
        ws,
        "mail.html",
        {
            "review": review,
            "apps": [a for a in ws.list_applications() if a.status.is_open],
            "job": finished,
            "job_running": finished is not None and not finished.finished,
            "findings": findings,
            "said": ws.match_reason_words(
                [i.reason for i in review.items] + [f.reason for f in findings]
            ),
            # An import keeps its first messages found and how many it found in all.
            "found_total": getattr(finished and finished.summary, "found_total", len(found)),
            "drafts": drafts,
            "all_apps": ws.list_applications(),
            "here": _here(job, page),
            "max_mb": web.settings.max_upload_bytes // (1024 * 1024),
            "imap_schedule": ws.imap_schedule(),
            "learned": [d for d in ws.learned_domains() if d["state"] == "learned"],
            # The latest imports stay findable once their own page (?job=) is left.
            "recent": [r for r in recent_views(ws) if r.id != job],
        },
    )


@router.post("/mail/upload")
async def upload(request: Request, ws: PageWS, mailbox: UploadFile) -> Response:
    """Store the upload in a private folder under the data directory (size-capped, checked
    to look like mail), then queue its import; the page polls /mail/jobs/ID. Any worker on
    this host may run the job: the file is on its disk."""
    web = state(request)
    path = await _save(mailbox, web.settings.max_upload_bytes)
    try:
        # Queuing writes to the database, which may wait on an import's write (SQLite): not
        # on the event loop.
        return await run_in_threadpool(_queued, request, web, ws, "import", {"path": str(path)})
    except BaseException:
        shutil.rmtree(path.parent, ignore_errors=True)
        raise


@router.post("/mail/sync")
def sync(
    request: Request,
    ws: PageWS,
    url: Annotated[str, Form(max_length=500)],
    password: Annotated[str, Form(max_length=1000)],
    since: Annotated[str | None, Form(max_length=20)] = None,
    every: Annotated[int, Form(ge=0, le=24 * 60)] = 0,
) -> Response:
    """Fetch new mail from an IMAP folder (imaps://USER@HOST[:PORT]/FOLDER) in a job; the
    password waits in the owner-only secret file until the job ends, never in the database.
    With `every` (minutes), the account is kept and synced that often by the server's job
    loop. The worker that runs the job reaches public mail servers only, plus the hosts the
    admin allows (mail/imap_guard.py)."""
    start = parse_date(since) if since else None
    if every:
        ws.save_imap_schedule(url, password, every)
    return _answer(request, state(request), ws.queue_imap_sync(url, password, start))


@router.post("/mail/sync/stop")
def stop_sync(request: Request, ws: PageWS) -> Response:
    """Stop the scheduled IMAP sync; its saved password is removed."""
    ws.forget_imap_schedule()
    return after_post(request, "/mail")


def _here(job: str | None, page: int) -> str:
    """The Mail page showing the import `job` and review page `page`: where a message's
    forms lead back to (their hidden `next`), refused or done."""
    query = {k: v for k, v in (("job", job), ("page", page if page > 1 else None)) if v}
    return "/mail" + (f"?{urlencode(query)}" if query else "")


def _again(request: Request, ws: Any, next: str | None = None, page: int = 1) -> Response:
    """The Mail page a refused form of one message was on: the import and the review page
    its `next` names (`page`: an older form's review page)."""
    query = parse_qs(urlsplit(next or "").query)
    job = query.get("job", [None])[0]
    shown = query.get("page", [""])[0]
    if shown.isdigit() and 1 <= int(shown) <= 1_000_000:
        page = int(shown)
    return mail(request, ws, job=job, page=page)


def _queued(request: Request, web: Any, ws: Any, kind: str, payload: dict[str, Any]) -> Response:
    return _answer(request, web, ws.enqueue_job(kind, payload))


def _answer(request: Request, web: Any, job_id: str) -> Response:
    """Wake this worker's job loop, and answer with the job (never waited for here)."""
    if web.settings.run_jobs:
        web.jobs.kick()  # this worker looks now (any other may take it first)
    # Never waited for here: a large import would hold this request. A plain form post gets
    # the Mail page, which refreshes itself until the import ends.
    if request.headers.get("x-requested-with") == "fetch":
        return JSONResponse({"job": job_id}, status_code=202)
    return after_post(request, f"/mail?job={job_id}")


@router.get("/mail/jobs/{job_id}")
def job_status(request: Request, ws: PageWS, job_id: str) -> Response:
    job = job_view(ws, job_id)
    if job is None:
        raise HTTPException(404, "no such import")
    status = 422 if job.error else 200
    return JSONResponse(
        {
            "done": job.done,
            "total": job.total,
            "finished": job.finished,
            "message": job.message,
            "detail": job.error,
        },
        status_code=status,
    )


@router.post("/mail/messages/{message_id}/assign")
@refusable("assign-{message_id}", _again)
def assign(
    request: Request,
    ws: PageWS,
    message_id: Id,
    app_id: Annotated[int, Form(ge=1, le=MAX_ID)],
    page: ReviewPage = 1,
    next: Next = None,
) -> Response:
    added = ws.assign_message(message_id, app_id)
    flash(request, _filed(ws, message_id, app_id, added))
    return after_post(request, safe_next(next, "/mail"), added=added)


@router.post("/mail/messages/{message_id}/move")
def move(
    request: Request,
    ws: PageWS,
    message_id: Id,
    app_id: Annotated[int, Form(ge=1, le=MAX_ID)],
) -> Response:
    """File a filed message under another application (from the timeline of the one it
    was wrongly filed under); goes to the application it now belongs to."""
    done, added = ws.move_message(message_id, app_id)
    said = [_filed(ws, message_id, app_id, added).rstrip("."), *done.interview_lines()]
    flash(request, "; ".join(said) + ".")
    return after_post(request, f"/applications/{app_id}", id=message_id, added=added)


def _filed(ws: Any, message_id: int, app_id: int, added: int) -> str:
    """What filing a message did: where it went, the signs it added, the domain it taught."""
    app, subject = ws.application(app_id), ws.message(message_id).subject or "(no subject)"
    signs = f"{added} new sign" + ("" if added == 1 else "s")
    said = f"Filed “{subject}” under {app.company} · {app.role} ({signs})"
    taught = [d["domain"] for d in ws.learned_domains()
              if d["message"] == message_id and d["state"] == "learned"]  # fmt: skip
    if taught:
        said += (f"; learned {', '.join(taught)} for {app.company}: later mail from it is "
                 "filed there (undo under Company domains learned on the Mail page)")  # fmt: skip
    return said + "."


@router.post("/mail/domains/{learned_id}/undo")
def undo_domain(request: Request, ws: PageWS, learned_id: Id) -> Response:
    """Forget a company domain import learned: never learned again for that company, and
    the mail it alone filed goes back to review."""
    _, domain = ws.undo_domain(learned_id)
    flash(request, f"Forgot {domain}: the mail it alone filed is back in review.")
    return after_post(request, "/mail#h-learned", id=learned_id)


@router.post("/mail/messages/{message_id}/dismiss")
def dismiss(request: Request, ws: PageWS, message_id: Id, next: Next = None) -> Response:
    ws.dismiss_message(message_id)
    return after_post(request, safe_next(next, "/mail"))


@router.post("/mail/messages/{message_id}/accept")
def accept(request: Request, ws: PageWS, message_id: Id, next: Next = None) -> Response:
    """Confirm that a message is filed under the right application."""
    ws.accept_message(message_id)
    return after_post(request, safe_next(next, "/mail"), id=message_id)


@router.post("/mail/messages/{message_id}/undo")
def undo(request: Request, ws: PageWS, message_id: Id, next: Next = None) -> Response:
    """Send a filed message back to review; the signs it gave are removed."""
    done = ws.unassign_message(message_id)
    subject = ws.message(message_id).subject or "(no subject)"
    flash(request, "; ".join([f"“{subject}” is back in review on the Mail page",
                              *done.interview_lines()]) + ".")  # fmt: skip
    return after_post(request, safe_next(next, "/mail"), id=message_id, removed=done.signs)


@router.post("/mail/messages/{message_id}/application")
@refusable("new-app-{message_id}", _again)
@once("/mail")
def new_application(
    request: Request,
    ws: PageWS,
    message_id: Id,
    company: Annotated[str, Form(max_length=300)],
    role: Annotated[str, Form(max_length=300)],
    page: ReviewPage = 1,
    next: Next = None,
) -> Response:
    """Add an application for a message in review and file the message under it."""
    if not company.strip() or not role.strip():
        raise BadInput("company and role are required")
    app_id = ws.application_from_message(message_id, company, role)
    return after_post(request, f"/applications/{app_id}", id=app_id)


@router.post("/mail/messages/{message_id}/person")
@refusable("person-{message_id}", _again)
def add_sender(
    request: Request,
    ws: PageWS,
    message_id: Id,
    app_id: Annotated[int, Form(ge=1, le=MAX_ID)],
    name: Annotated[str, Form(max_length=200)] = "",
    next: Next = None,
) -> Response:
    """Add the message's sender as a person (recruiter) of an application."""
    person = ws.add_sender(message_id, app_id, name)
    return after_post(request, safe_next(next, "/mail"), id=person)


# An upload folder older than this belongs to no job that will run again (a job ends in a
# few attempts; its folder is removed then): one whose job was given up is removed here.
STALE_UPLOAD_SECONDS = 6 * 3600


def remove_stale_uploads(now: float, root: Path | None = None) -> list[Path]:
    """Delete upload folders left behind (older than STALE_UPLOAD_SECONDS at `now`, a POSIX
    time); returns what was removed."""
    removed = []
    for folder in (root or uploads_root()).glob(f"{UPLOAD_PREFIX}*"):
        try:
            if folder.is_dir() and now - folder.stat().st_mtime > STALE_UPLOAD_SECONDS:
                shutil.rmtree(folder)
                removed.append(folder)
        except OSError:
            continue  # another process removed it, or it is not ours to remove
    return removed


async def _save(upload: UploadFile, limit: int) -> Path:
    """Copy the upload into a new private folder; 413 over `limit`, 400 if not mail."""
    root = uploads_root()
    root.mkdir(mode=0o700, parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix=UPLOAD_PREFIX, dir=root))
    os.chmod(folder, 0o700)
    head = await upload.read(4096)
    kind = kind_of_head(head)
    if kind is None:
        folder.rmdir()
        raise BadInput("that file is not an .eml message or an mbox mailbox")
    path = folder / f"upload{kind}"
    size = len(head)
    try:
        with path.open("wb") as out:
            out.write(head)
            while chunk := await upload.read(_CHUNK):
                size += len(chunk)
                if size > limit:
                    raise HTTPException(413, f"the file is larger than {limit // (1024 * 1024)} MB")
                out.write(chunk)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return path
