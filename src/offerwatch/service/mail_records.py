"""Use cases on stored mail: an application's messages, the user's own addresses, the
company domains import learned, why a message was filed in words."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from offerwatch.core.entities import Message
from offerwatch.core.match_words import Replied, reason_words, replied_to
from offerwatch.errors import NotFound
from offerwatch.service.context import Context
from offerwatch.store import mail_addresses as qa
from offerwatch.store import messages as qm
from offerwatch.store import tables as t


def my_addresses(ctx: Context) -> list[str]:
    """The user's own addresses: the my_addresses setting and those import inferred
    (Sent folders, drafts, the address nearly every message is delivered to)."""

    with ctx.read() as conn:
        return sorted(qa.my_addresses(conn, ctx.user_id))


def learned_domains(ctx: Context) -> list[dict[str, Any]]:
    """The company domains import learned, each with the message it came from."""

    with ctx.read() as conn:
        return qa.learned_domains(conn, ctx.user_id)


def undo_domain(ctx: Context, learned_id: int) -> tuple[int, str]:
    """Forget a learned domain (never learned again for that company); the mail it
    filed goes back to review. Returns (company id, domain)."""

    with ctx.write() as conn:
        done = qa.undo_domain(conn, ctx.user_id, learned_id)
    if done is None:
        raise NotFound("learned domain", learned_id)
    return done


def messages(ctx: Context, app_id: int) -> list[Message]:
    """The mail linked to an application, oldest first."""
    with ctx.read() as conn:
        ctx.require(conn, t.applications, app_id, "application")
        return qm.messages_of(conn, ctx.user_id, app_id)


def message(ctx: Context, message_id: int) -> Message:
    """One stored message; NotFound when it is not the user's."""
    with ctx.read() as conn:
        found = qm.get_message(conn, ctx.user_id, message_id)
    if found is None:
        raise NotFound("message", message_id)
    return found[0]


def match_reason_words(ctx: Context, reasons: Iterable[str | None]) -> dict[str, str]:
    """Each match reason given -> the same in words a person reads: a thread match names
    the message it answers by subject and day, not by its Message-ID (the stored reason,
    and --json, keep the id)."""
    from offerwatch.service import settings

    given = [r for r in dict.fromkeys(reasons) if r]
    refs = [ref for r in given for ref in replied_to(r)]
    if not refs:
        return {r: r for r in given}
    with ctx.read() as conn:
        stored = qm.subjects_and_dates(conn, ctx.user_id, refs)
    zone = settings.timezone(ctx)
    replied = {
        mid: Replied(subject, at.astimezone(zone).date()) for mid, (subject, at) in stored.items()
    }
    today = ctx.clock().astimezone(zone).date()
    return {r: reason_words(r, replied, today) for r in given}


def record_import(ctx: Context, source: str, summary: Any) -> str:
    """Keep an import run on the command line with its summary, for the Mail page's Recent
    imports (as an upload's job keeps its own): one row, forgotten a day after it as the
    uploads are. `source` is what it read (a file's name, an IMAP address). Its job id."""
    import json
    import secrets

    from offerwatch.service import jobs
    from offerwatch.store import jobs as qj

    job_id, now = secrets.token_urlsafe(12), ctx.clock()
    kept = json.dumps(jobs.summary_json(summary))
    # derived=True: bookkeeping, none of the user's facts.
    with ctx.write(derived=True) as conn:
        qj.purge(conn, before=now - jobs.KEEP, scheduled_before=now - jobs.KEEP_SCHEDULED)
        qj.record_done(conn, job_id, jobs.CLI_IMPORT, ctx.user_id, json.dumps({"source": source}),
                       summary=kept, read=summary.read, now=now)  # fmt: skip
    return job_id
