"""Use cases of the job queue: queue work (a mail upload, a scheduled IMAP sync, reminders),
claim it from any worker, keep its lease, end it, and run it.

The queue is a table (store/jobs.py) on whichever database the app uses, so one SQLite
process and many PostgreSQL workers run the same code. The loop that claims and runs jobs
is web/jobs.py's; what each kind of job does is here."""

from __future__ import annotations

import json
import secrets
import shutil
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from offerwatch.errors import BadInput
from offerwatch.store import jobs as qj
from offerwatch.store import plan_queries as pq

if TYPE_CHECKING:
    from offerwatch.mail.imap_guard import TargetPolicy
    from offerwatch.service import Workspace
    from offerwatch.service.mail_reader import Progress

KEEP = timedelta(days=1)  # ended jobs are forgotten after this (their result is in the data)
SKIPPED_KEPT = 20  # (where, why) of messages not read, kept with an import's summary
RECENT_SHOWN = 5  # latest imports listed on the Mail page
KEEP_SCHEDULED = timedelta(hours=1)  # ended scheduled jobs (reminders: many a day)
MAX_ATTEMPTS = 3  # claims of one job before it is failed for good
KINDS = ("import", "imap_sync", "reminders")
# An import run on the command line: kept as an ended job (never queued, never claimed) so
# the Mail page lists it with the uploads and syncs (service/mail_records.record_import).
CLI_IMPORT = "cli_import"
FOUND_KEPT = 200  # (where, Message-ID) pairs kept with an import's summary: as many as shown
# Saved IMAP account for the scheduled sync: settings rows of their own (not in the form).
SYNC_URL_KEY, SYNC_SECRET_KEY, SYNC_MINUTES_KEY = (
    "imap_sync_url",
    "imap_sync_secret",
    "imap_sync_minutes",
)


# Uploads wait for their import in folders of their own, named UPLOAD_PREFIX + a random
# part, directly in the data directory's UPLOADS folder (shared by the workers of a host).
UPLOAD_PREFIX = "offerwatch-upload-"
UPLOADS = "uploads"
# Reason codes of a job failed for good, for the pages to word the failure by (the error
# itself stays the one line the user reads).
UPLOAD_GONE = "upload_gone"  # the upload's file was gone before it was read


class JobRefused(BadInput):
    """A job that would fail the same way however often it ran, with its reason code."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Claimed:
    """A job a worker took: what to run, for whom, and how many times it was taken."""

    id: str
    kind: str
    user_id: int
    payload: dict[str, Any]
    attempts: int


def enqueue_job(
    ws: Workspace,
    kind: str,
    payload: dict[str, Any],
    *,
    unique_key: str | None = None,
    run_after: datetime | None = None,
) -> str | None:
    """Queue a job of the current user; its id, or None when `unique_key` was queued before."""
    if kind not in KINDS:
        raise BadInput(f"unknown job kind {kind!r}")
    job_id = secrets.token_urlsafe(12)
    now = ws.clock()
    # derived=True: a job's bookkeeping changes none of the user's facts.
    with ws.write(derived=True) as conn:
        made = qj.enqueue(
            conn,
            job_id,
            kind,
            ws.user_id,
            json.dumps(payload),
            now=now,
            run_after=run_after,
            unique_key=unique_key,
        )
    return job_id if made else None


def claim_job(ws: Workspace, worker: str, lease: timedelta) -> Claimed | None:
    """Take the next due job of any user for `worker` (failing first those out of attempts)."""
    now = ws.clock()
    with ws.read() as conn:
        if not qj.any_due(conn, now=now):
            return None  # the usual answer of an idle worker: no write lock taken
    with ws.write(derived=True) as conn:
        given_up = qj.give_up_lapsed(conn, now=now, max_attempts=MAX_ATTEMPTS)
        row = qj.claim(conn, worker, now=now, lease=lease, max_attempts=MAX_ATTEMPTS)
    for job in given_up:  # failed for good: its upload is not kept for the 6-hour sweep
        job_ended(_claimed(job))
    return None if row is None else _claimed(row)


def _claimed(row: Mapping[str, Any]) -> Claimed:
    """A claimed job's row (id, kind, user_id, payload, attempts) as a Claimed."""
    return Claimed(
        row["id"], row["kind"], row["user_id"], _payload(row["payload"]), row["attempts"]
    )


def renew_job(
    ws: Workspace,
    job_id: str,
    worker: str,
    lease: timedelta,
    progress: tuple[int, int | None] | None = None,
) -> bool:
    """Extend the lease (and record the progress); False when the job is no longer ours."""
    with ws.write(derived=True) as conn:
        return qj.renew(conn, job_id, worker, now=ws.clock(), lease=lease, progress=progress)


def finish_job(
    ws: Workspace,
    job_id: str,
    worker: str,
    summary: dict[str, Any] | None,
    error: str | None,
    reason: str | None = None,
) -> bool:
    """Record how a job ended: its summary (JSON-able), or one line of error and its reason
    code if it has one (kept as a failed job's summary, {"reason": ...})."""
    if error is not None:
        summary = {"reason": reason} if reason else None
    text = json.dumps(summary) if summary is not None else None
    now = ws.clock()
    with ws.write(derived=True) as conn:
        qj.purge(conn, before=now - KEEP, scheduled_before=now - KEEP_SCHEDULED)
        return qj.finish(conn, job_id, worker, summary=text, error=error, now=now)


def requeue_job(
    ws: Workspace,
    job_id: str,
    worker: str,
    *,
    delay: float = 0.0,
    error: str | None = None,
    count_attempt: bool = True,
) -> bool:
    """Put a job back in the queue (after `delay` seconds): to try again after `error`, or handed
    back by a stopping worker (`count_attempt=False`)."""
    now = ws.clock()
    with ws.write(derived=True) as conn:
        return qj.requeue(
            conn,
            job_id,
            worker,
            now=now,
            run_after=now + timedelta(seconds=delay),
            error=error,
            count_attempt=count_attempt,
        )


def job_counts(ws: Workspace) -> dict[str, int]:
    """How many jobs (of every user) are in each state."""
    with ws.read() as conn:
        return qj.counts(conn)


def import_job(ws: Workspace, job_id: str) -> dict[str, Any] | None:
    """The current user's job (summary decoded; `now` added; a failed job's `reason` code,
    or None), or None."""
    if not job_id or len(job_id) > 32:
        return None
    with ws.read() as conn:
        found = qj.get(conn, ws.user_id, job_id)
    return None if found is None else _decoded(found, ws.clock())


def recent_imports(ws: Workspace, limit: int = RECENT_SHOWN) -> list[dict[str, Any]]:
    """The user's latest uploads, IMAP syncs and command-line imports still kept (a day
    once ended), newest first, decoded as import_job does: where an import's summary stays
    findable once its own page is left."""
    with ws.read() as conn:
        found = qj.recent(conn, ws.user_id, ("import", "imap_sync", CLI_IMPORT), limit)
    now = ws.clock()
    return [_decoded(row, now) for row in found]


def _decoded(found: dict[str, Any], now: datetime) -> dict[str, Any]:
    summary = _payload(found["summary"]) if found["summary"] else None
    found["reason"] = None
    if found["state"] == "failed":  # its summary holds only the reason code, if any
        found["reason"], summary = (summary or {}).get("reason"), None
    found["summary"] = summary
    found["now"] = now
    # What a command-line import read (a file's name, an IMAP address); an upload's payload
    # is the server's private copy, never shown.
    found["source"] = (
        _payload(found["payload"]).get("source") if found["kind"] == CLI_IMPORT else None
    )
    return found


# Scheduled work ----------------------------------------------------------------------------


def schedule_due(ws: Workspace, *, remind_every: float, web_url: str | None) -> int:
    """Queue this moment's scheduled jobs: reminders for every user with a channel (each
    `remind_every` seconds; 0: none), the IMAP sync of every user who saved an account (at
    their interval). Each is keyed by its due slot, so however many workers call this, one
    job per due time is queued. Returns how many this call queued."""
    now = ws.clock()
    wanted: list[tuple[int, str, dict[str, Any], str]] = []
    with ws.read() as conn:
        if remind_every > 0:
            slot = int(now.timestamp() // remind_every)
            for user in qj.users_with_channels(conn):
                wanted.append((user, "reminders", {"web_url": web_url}, f"reminders:{user}:{slot}"))
        for user, minutes in qj.users_with_setting(conn, SYNC_MINUTES_KEY):
            every = max(5, int(minutes)) * 60 if minutes.isdigit() else 0
            if every:
                slot = int(now.timestamp() // every)
                wanted.append((user, "imap_sync", {}, f"imap_sync:{user}:{every}:{slot}"))
    made = 0
    for user, kind, payload, key in wanted:
        made += enqueue_job(ws.for_user(user), kind, payload, unique_key=key) is not None
    return made


def queue_imap_sync(ws: Workspace, url: str, password: str, since: date | None) -> str:
    """Queue one IMAP sync of the current user; its job id. The password waits in the
    owner-only secret file until the job ends (job_ended), never in the database."""
    from offerwatch.notify.secrets import SecretStore

    _check_imap_url(url)
    store = SecretStore()
    ref = store.put(password)
    payload = {"url": url, "secret": ref, "since": since.isoformat() if since else None}
    try:
        job_id = enqueue_job(ws, "imap_sync", payload)
    except BaseException:
        store.delete(ref)
        raise
    assert job_id is not None  # no unique key: always queued
    return job_id


def _check_imap_url(url: str) -> None:
    """A one-line error now for an address the job could never read."""
    from offerwatch.mail.imap import is_imap_url, parse_imap_url

    if not is_imap_url(url):
        raise BadInput("the IMAP address must look like imaps://USER@HOST/FOLDER")
    try:
        parse_imap_url(url)
    except ValueError as exc:
        raise BadInput(str(exc)) from None


def save_imap_schedule(ws: Workspace, url: str, password: str, minutes: int) -> None:
    """Keep an IMAP account (the password in the secret file, never in the database) and
    sync it every `minutes` (at least 5) on the server."""
    from offerwatch.notify.secrets import SecretStore

    _check_imap_url(url)
    if minutes < 5:
        raise BadInput("sync at most every 5 minutes")
    forget_imap_schedule(ws)
    ref = SecretStore().put(password)
    with ws.write(derived=True) as conn:
        pq.set_setting(conn, ws.user_id, SYNC_URL_KEY, url)
        pq.set_setting(conn, ws.user_id, SYNC_SECRET_KEY, ref)
        pq.set_setting(conn, ws.user_id, SYNC_MINUTES_KEY, str(minutes))


def imap_schedule(ws: Workspace) -> dict[str, Any] | None:
    """The saved IMAP account ({"url", "minutes"}; never its password), or None."""
    with ws.read() as conn:
        stored = pq.settings(conn, ws.user_id)
    if not stored.get(SYNC_URL_KEY):
        return None
    return {"url": stored[SYNC_URL_KEY], "minutes": int(stored.get(SYNC_MINUTES_KEY) or 0)}


def forget_imap_schedule(ws: Workspace) -> None:
    """Stop the scheduled sync and remove its saved password."""
    from offerwatch.notify.secrets import SecretStore

    with ws.read() as conn:
        ref = pq.settings(conn, ws.user_id).get(SYNC_SECRET_KEY)
    with ws.write(derived=True) as conn:
        for key in (SYNC_URL_KEY, SYNC_SECRET_KEY, SYNC_MINUTES_KEY):
            pq.set_setting(conn, ws.user_id, key, None)
    SecretStore().delete(ref)


# Running a job -----------------------------------------------------------------------------


def run_job(
    ws: Workspace,
    job: Claimed,
    progress: Progress,
    *,
    imap_policy: TargetPolicy | None = None,
) -> dict[str, Any] | None:
    """Do `job` as its user; the summary to keep (JSON-able) or None. Raises what failed.

    An import is safe to run again (messages are keyed by Message-ID), so a job taken over
    from a worker that died reads its file again without duplicating anything."""
    mine = ws.for_user(job.user_id) if job.user_id != ws.user_id else ws
    if job.kind == "import":
        path = Path(job.payload["path"])
        if not path.is_file():
            raise JobRefused(
                "the uploaded file is gone (removed before it was read): upload it again",
                UPLOAD_GONE,
            )
        return summary_json(mine.import_mail(str(path), progress=progress))
    if job.kind == "imap_sync":
        from offerwatch.core.timeutil import parse_date
        from offerwatch.notify.secrets import SecretStore

        # One sync asked for on the web carries its address (its password waits in the
        # secret file until the job ends); a scheduled one reads the saved account.
        with mine.read() as conn:
            stored = pq.settings(conn, mine.user_id)
        url = job.payload.get("url") or stored.get(SYNC_URL_KEY)
        ref = job.payload.get("secret") or stored.get(SYNC_SECRET_KEY)
        if not url or not ref:
            return None  # the account was forgotten after the job was queued
        since = parse_date(job.payload["since"]) if job.payload.get("since") else None
        summary = mine.import_mail(
            url,
            since=since,
            password=SecretStore().get(ref),
            progress=progress,
            imap_policy=imap_policy,
        )
        return summary_json(summary)
    if job.kind == "reminders":
        report = mine.run_reminders(web_url=job.payload.get("web_url"))
        failed = [f"channel {d.channel_id}: {d.error}" for d in report.deliveries if not d.ok]
        if failed:
            raise RuntimeError("reminders not sent: " + "; ".join(failed))
        return {"sent": report.sent, "quiet": report.quiet}
    raise BadInput(f"unknown job kind {job.kind!r}")


def _payload(stored: str) -> dict[str, Any]:
    try:
        found = json.loads(stored)
    except ValueError:
        return {}
    return found if isinstance(found, dict) else {}


def uploads_root() -> Path:
    """Where uploads wait for their import: shared by every worker of this host."""
    from offerwatch.config import data_dir

    return data_dir() / UPLOADS


def upload_folder(path: str) -> Path | None:
    """The upload folder holding the file `path`, if it is one: directly in the uploads
    root (symbolic links and '..' resolved) and named as uploads are. None otherwise, so a
    job's cleanup never removes anything else, whatever path its payload holds."""
    try:
        folder = Path(path).parent.resolve()
        root = uploads_root().resolve()
    except (OSError, RuntimeError, ValueError):
        return None
    if folder.parent != root or not folder.name.startswith(UPLOAD_PREFIX):
        return None
    return folder


def job_ended(job: Claimed) -> None:
    """Clean up after a job that will not run again: an upload's private copy (its upload
    folder only), the password of a one-off sync."""
    path = job.payload.get("path") if job.kind == "import" else None
    folder = upload_folder(path) if isinstance(path, str) and path else None
    if folder is not None:
        shutil.rmtree(folder, ignore_errors=True)
    if job.kind == "imap_sync" and job.payload.get("secret"):
        from offerwatch.notify.secrets import SecretStore

        SecretStore().delete(job.payload["secret"])


def summary_json(summary: Any) -> dict[str, Any]:
    """An import's summary as kept with its job (JSON-able): the counts, the first messages
    found (the page lists no more; a 200,000-message import does not keep them all) and
    how many were found in all."""
    from dataclasses import asdict

    data = asdict(summary)
    keep = ("read", "job_mail", "matched", "new_observations", "already_imported")
    kept = {k: data[k] for k in keep}
    kept["found"] = [list(pair) for pair in data["found"][:FOUND_KEPT]]
    kept["found_total"] = len(data["found"])
    # What was not read, and why (the CLI lists it too): a few, and how many in all.
    kept["skipped"] = [list(pair) for pair in data["skipped"][:SKIPPED_KEPT]]
    kept["skipped_total"] = len(data["skipped"])
    return kept
