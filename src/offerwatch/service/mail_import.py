"""Use case: import a mailbox (a file, a folder, an IMAP account) in batches, safe to repeat."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection

from offerwatch.errors import BadInput
from offerwatch.service.context import Context
from offerwatch.store import messages as qm

# Mail reading (the readers, the detection rules, intake) loads in the use cases that need it:
# importing the service for `agenda` or `app list` must not compile every mail pattern.
if TYPE_CHECKING:
    from offerwatch.core.intake_values import Known
    from offerwatch.mail.imap_guard import TargetPolicy
    from offerwatch.mail.message import RawMail
    from offerwatch.service.mail_reader import ImportSummary, Progress, Reader

BATCH = 250  # messages per transaction: a killed import loses at most one batch of work
# Between two writes the lock stays free at least this long, so that other writers waiting
# for it (the web app, a second command) get it between batches instead of timing out. The
# time spent reading the next batch counts: the import waits only for what is left, and
# never after its last write.
LOCK_PAUSE = 0.05


@dataclass
class _Run:
    """One import: what intake knows, the reader, and the summary."""

    known: Known
    reader: Reader

    @property
    def summary(self) -> ImportSummary:
        return self.reader.summary


def import_mail(
    ctx: Context,
    source: str,
    *,
    since: date | None = None,
    password: str | None = None,
    progress: Progress | None = None,
    folders: Sequence[str] = (),
    starttls: bool = False,
    cafile: str | None = None,
    imap_policy: TargetPolicy | None = None,
) -> ImportSummary:
    """Import a .eml file, an mbox file, a Maildir folder or an IMAP folder
    (imaps://USER@HOST[:PORT]/FOLDER). Safe to repeat: known messages are skipped; work
    is committed in batches, so an interrupted run picks up where it stopped."""
    from offerwatch.core.intake_relevance import search_names
    from offerwatch.mail.imap import is_imap_url
    from offerwatch.mail.prefilter import KnownMail
    from offerwatch.mail.readers import SourceError, check_mail_file, count, read_path
    from offerwatch.service.mail_reader import ImportSummary, Reader
    from offerwatch.store import intake as qi

    with ctx.read() as conn:
        known = qi.knowledge(conn, ctx.user_id)
    screen = KnownMail(
        message_ids={m for m in known.ctx.threads if m},
        addresses=set(known.ctx.people),
        domains=set().union(*known.ctx.company_domains.values()),
        companies=set(known.ctx.companies().values()),
        names=search_names(known.ctx),
        uids={uid.lower() for uid in known.invitations},
    )
    run = _Run(known, Reader(screen, ImportSummary(), since))
    if is_imap_url(source):
        _import_imap(ctx, run, source, password, folders, starttls, cafile, progress, imap_policy)
    else:
        if folders or starttls:
            raise BadInput("--folder and --starttls apply to IMAP sources only")
        path = Path(source).expanduser()
        try:
            check_mail_file(path)
            total = count(path)
            _run(ctx, run, read_path(path, source), total, progress)
        except SourceError as exc:
            raise BadInput(str(exc)) from None
    return run.summary


def _run(
    ctx: Context,
    run: _Run,
    mails: Iterator[RawMail],
    total: int | None,
    progress: Progress | None,
    on_commit: Callable[[Connection, dict[str, int]], None] | None = None,
) -> None:
    """Parse the job-mail candidates among the next BATCH raw messages outside any
    transaction, let core.intake decide what they mean, and apply that in one write
    transaction (held only for the writing); `on_commit` records, in the same
    transaction, the highest IMAP UID read per folder."""
    from offerwatch.core.intake import count_people, take_batch
    from offerwatch.store import intake as qi

    run.reader.progress, run.reader.total = progress, total
    stream = run.reader.items(mails)  # screened, parsed and read in worker processes
    last_write = -LOCK_PAUSE  # time.monotonic() when the last write released the lock
    while True:
        before = run.reader.examined
        batch = [p for _, p in islice(stream, BATCH) if p is not None]
        last_uid = run.reader.take_uids()
        count_people(run.known, run.reader.unparsed_people)  # the user's addresses show there too
        run.reader.unparsed_people.clear()
        intake = take_batch(batch, run.known)
        if intake.writes or (on_commit is not None and last_uid):
            time.sleep(max(0.0, last_write + LOCK_PAUSE - time.monotonic()))
            with ctx.write() as conn:
                qi.apply(conn, ctx.user_id, intake, run.known, ctx.clock())
                if on_commit is not None and last_uid:
                    on_commit(conn, last_uid)
            last_write = time.monotonic()
            run.reader.learned(intake)
        run.summary.add(intake)
        if run.reader.examined - before < BATCH:
            return


def _import_imap(
    ctx: Context,
    run: _Run,
    url: str,
    password: str | None,
    folders: Sequence[str],
    starttls: bool,
    cafile: str | None,
    progress: Progress | None,
    policy: TargetPolicy | None = None,
) -> None:
    from offerwatch.mail.imap import ImapError, ImapSource, parse_imap_url

    try:
        account = parse_imap_url(url, folders, starttls)
    except ValueError as exc:
        raise BadInput(str(exc)) from None
    if not password:
        raise BadInput("an IMAP password is needed (prompt or OFFERWATCH_IMAP_PASSWORD)")
    if "@" in account.user and account.user.lower() not in run.known.me:
        with ctx.write() as conn:  # the account's own address is the user's
            me = qm.self_addresses(conn, ctx.user_id) | {account.user.lower()}
            qm.save_self_addresses(conn, ctx.user_id, me)
        run.known.me.add(account.user.lower())
        run.summary.my_addresses.append(account.user.lower())
    with ctx.read() as conn:
        state = qm.sync_state(conn, ctx.user_id, account.key)
    source = ImapSource(account, password, state, run.reader.since, cafile, policy=policy)
    try:
        with source:
            total = source.plan()

            def remember(conn: Connection, last_uid: dict[str, int]) -> None:
                for folder, uid in last_uid.items():
                    qm.save_sync(
                        conn, ctx.user_id, account.key, folder, source.uidvalidity(folder), uid
                    )

            _run(ctx, run, source.messages(), total, progress, remember)
            with ctx.write() as conn:  # folders with nothing new still get their state
                for plan in source.plans:
                    fresh = state.get(plan.name, (None, 0))[0] != plan.uidvalidity
                    if fresh and not plan.uids:
                        qm.save_sync(conn, ctx.user_id, account.key, plan.name, plan.uidvalidity, 0)
    except ImapError as exc:
        raise BadInput(str(exc)) from None
