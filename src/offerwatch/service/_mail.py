"""Use cases for mail: import a mailbox, review unmatched job mail, list an application's mail."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection

from offerwatch.core.entities import Direction, Message
from offerwatch.errors import BadInput, NotFound
from offerwatch.service._base import WorkspaceBase
from offerwatch.store import messages as qm
from offerwatch.store import tables as t

# Mail reading (the readers, the detection rules, intake) loads in the use cases that need it:
# importing the service for `agenda` or `app list` must not compile every mail pattern.
if TYPE_CHECKING:
    from offerwatch.core.intake_values import Known
    from offerwatch.core.mail_message import MailMessage
    from offerwatch.mail.message import RawMail
    from offerwatch.service._mail_import import ImportSummary, Progress, Reader

BATCH = 250  # messages per transaction: a killed import loses at most one batch of work
# After each write the import pauses this long, so that other writers waiting for the lock
# (the web app, a second command) get it between batches instead of timing out.
LOCK_PAUSE = 0.05
REVIEW_PAGE = 50  # review messages per page (web and CLI default)
MAX_PAGE = 500


@dataclass(frozen=True, slots=True)
class ReviewItem:
    """A stored job message that no application claims yet, with what might fit and why."""

    message: Message
    signals: tuple[str, ...]
    candidates: tuple[int, ...]
    reason: str
    language: str | None = None


@dataclass(frozen=True, slots=True)
class ReviewPage:
    """One page of the review list: its items, the whole list's length, where it is."""

    items: tuple[ReviewItem, ...]
    total: int
    page: int
    limit: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.limit))

    @property
    def has_next(self) -> bool:
        return self.page < self.pages

    @property
    def has_previous(self) -> bool:
        return self.page > 1


def _as_mail(msg: Message) -> MailMessage:
    from offerwatch.core.mail_message import MailMessage

    return MailMessage(
        message_id=msg.message_id, in_reply_to=msg.in_reply_to, references=msg.references,
        from_addr=msg.from_addr, from_name="", to_addrs=msg.to_addrs, cc_addrs=(),
        date=msg.date, subject=msg.subject, body=msg.body,
    )  # fmt: skip


@dataclass
class _Run:
    """One import: what intake knows, the reader, and the summary."""

    known: Known
    reader: Reader

    @property
    def summary(self) -> ImportSummary:
        return self.reader.summary


class MailMixin(WorkspaceBase):
    """Import mail, match it to applications, turn what it says into observations."""

    def import_mail(
        self,
        source: str,
        *,
        since: date | None = None,
        password: str | None = None,
        progress: Progress | None = None,
        folders: Sequence[str] = (),
        starttls: bool = False,
        cafile: str | None = None,
    ) -> ImportSummary:
        """Import a .eml file, an mbox file, a Maildir folder or an IMAP folder
        (imaps://USER@HOST[:PORT]/FOLDER). Safe to repeat: known messages are skipped; work
        is committed in batches, so an interrupted run picks up where it stopped."""
        from offerwatch.mail.imap import is_imap_url
        from offerwatch.mail.prefilter import KnownMail
        from offerwatch.mail.readers import SourceError, count, read_path
        from offerwatch.service._mail_import import ImportSummary, Reader
        from offerwatch.store import intake as qi

        with self.read() as conn:
            known = qi.knowledge(conn, self.user_id)
        screen = KnownMail(
            message_ids={m for m in known.ctx.threads if m},
            addresses=set(known.ctx.people),
            domains=set().union(*known.ctx.company_domains.values()),
            companies=set(known.ctx.companies().values()),
        )
        run = _Run(known, Reader(screen, ImportSummary(), since))
        if is_imap_url(source):
            self._import_imap(run, source, password, folders, starttls, cafile, progress)
        else:
            if folders or starttls:
                raise BadInput("--folder and --starttls apply to IMAP sources only")
            path = Path(source).expanduser()
            try:
                total = count(path)
                self._run(run, read_path(path, source), total, progress)
            except SourceError as exc:
                raise BadInput(str(exc)) from None
        return run.summary

    def _run(
        self,
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
        from offerwatch.core.intake import take_batch
        from offerwatch.store import intake as qi

        run.reader.progress, run.reader.total = progress, total
        stream = run.reader.items(mails)
        while True:
            before = run.reader.examined
            batch = [p for _, p in islice(stream, BATCH) if p is not None]
            last_uid = run.reader.take_uids()
            intake = take_batch(batch, run.known)
            if intake.writes or (on_commit is not None and last_uid):
                with self.write() as conn:
                    qi.apply(conn, self.user_id, intake, run.known, self.clock())
                    if on_commit is not None and last_uid:
                        on_commit(conn, last_uid)
                run.reader.learned(intake)
                time.sleep(LOCK_PAUSE)
            run.summary.add(intake)
            if run.reader.examined - before < BATCH:
                return

    def _import_imap(
        self,
        run: _Run,
        url: str,
        password: str | None,
        folders: Sequence[str],
        starttls: bool,
        cafile: str | None,
        progress: Progress | None,
    ) -> None:
        from offerwatch.mail.imap import ImapError, ImapSource, parse_imap_url

        try:
            account = parse_imap_url(url, folders, starttls)
        except ValueError as exc:
            raise BadInput(str(exc)) from None
        if not password:
            raise BadInput("an IMAP password is needed (prompt or OFFERWATCH_IMAP_PASSWORD)")
        if "@" in account.user and account.user.lower() not in run.known.me:
            with self.write() as conn:  # the account's own address is the user's
                me = qm.self_addresses(conn, self.user_id) | {account.user.lower()}
                qm.save_self_addresses(conn, self.user_id, me)
            run.known.me.add(account.user.lower())
            run.summary.my_addresses.append(account.user.lower())
        with self.read() as conn:
            state = qm.sync_state(conn, self.user_id, account.key)
        source = ImapSource(account, password, state, run.reader.since, cafile)
        try:
            with source:
                total = source.plan()

                def remember(conn: Connection, last_uid: dict[str, int]) -> None:
                    for folder, uid in last_uid.items():
                        qm.save_sync(
                            conn, self.user_id, account.key, folder, source.uidvalidity(folder), uid
                        )

                self._run(run, source.messages(), total, progress, remember)
                with self.write() as conn:  # folders with nothing new still get their state
                    for plan in source.plans:
                        fresh = state.get(plan.name, (None, 0))[0] != plan.uidvalidity
                        if fresh and not plan.uids:
                            qm.save_sync(
                                conn, self.user_id, account.key, plan.name, plan.uidvalidity, 0
                            )
        except ImapError as exc:
            raise BadInput(str(exc)) from None

    # Review -----------------------------------------------------------------------------

    def review_list(self, *, limit: int | None = None, offset: int = 0) -> list[ReviewItem]:
        """Job mail no application claims yet (none fits, more than one does, or its
        language is one the rules do not read), with the reason it was not filed; oldest
        first, `limit` messages from `offset` when given."""
        from offerwatch.core.detection import detect
        from offerwatch.core.mail_match import match_message

        if (limit is not None and limit < 1) or offset < 0:
            raise BadInput("the page size must be at least 1 and the offset not negative")
        with self.read() as conn:
            pending = qm.pending_messages(conn, self.user_id, limit=limit, offset=offset)
            ctx = qm.match_context(conn, self.user_id)
        items = []
        for msg in pending:
            kinds: tuple[str, ...] = ()
            if msg.direction is Direction.IN and msg.language is None:
                found = detect(msg.subject, msg.body, msg.date)
                kinds = tuple(dict.fromkeys(d.kind for d in found))
            match = match_message(_as_mail(msg), msg.direction, ctx)
            reason = msg.match_reason or match.reason
            items.append(ReviewItem(msg, kinds, match.candidates, reason, msg.language))
        return items

    def review_page(self, page: int = 1, limit: int = REVIEW_PAGE) -> ReviewPage:
        """One page (numbered from 1) of the review list, with the total to page through."""
        if page < 1 or limit < 1 or limit > MAX_PAGE:
            raise BadInput(f"the page must be at least 1 and the page size 1 to {MAX_PAGE}")
        with self.read() as conn:
            total = qm.count_pending(conn, self.user_id)
        items = self.review_list(limit=limit, offset=(page - 1) * limit)
        return ReviewPage(tuple(items), total, page, limit)

    def assign_message(self, message_id: int, app_id: int) -> int:
        """Link a stored message to an application and record its signals; returns how
        many observations were added."""
        from offerwatch.core.detection import detect
        from offerwatch.core.intake import learn_domain, observe
        from offerwatch.core.intake_values import Intake
        from offerwatch.store import intake as qi

        with self.write() as conn:
            found = qm.get_message(conn, self.user_id, message_id)
            if found is None:
                raise NotFound("message", message_id)
            self._require(conn, t.applications, app_id, "application")
            msg, _ = found
            qm.set_message_review(conn, self.user_id, message_id, app_id, "matched")
            qm.set_match_reason(conn, self.user_id, message_id, "assigned by you")
            if msg.direction is not Direction.IN or not msg.message_id:
                return 0
            known = qi.knowledge(conn, self.user_id)
            intake = Intake()
            have = qm.observation_kinds(conn, self.user_id, message_id)
            found_signs = detect(msg.subject, msg.body, msg.date)
            learn_domain(_as_mail(msg), msg.message_id, app_id, known, intake)
            observe(msg.message_id, msg.date, app_id, found_signs, known, intake, have)
            qi.apply(conn, self.user_id, intake, known, self.clock())
            return len(intake.observations)

    def my_addresses(self) -> list[str]:
        """The user's own addresses: the my_addresses setting and those import inferred
        (Sent folders, drafts, the address nearly every message is delivered to)."""
        from offerwatch.store import intake as qi

        with self.read() as conn:
            return sorted(qi.my_addresses(conn, self.user_id))

    def learned_domains(self) -> list[dict[str, Any]]:
        """The company domains import learned, each with the message it came from."""
        from offerwatch.store import intake as qi

        with self.read() as conn:
            return qi.learned_domains(conn, self.user_id)

    def undo_domain(self, learned_id: int) -> tuple[int, str]:
        """Forget a learned domain (never learned again for that company); the mail it
        filed goes back to review. Returns (company id, domain)."""
        from offerwatch.store import intake as qi

        with self.write() as conn:
            done = qi.undo_domain(conn, self.user_id, learned_id)
        if done is None:
            raise NotFound("learned domain", learned_id)
        return done

    def dismiss_message(self, message_id: int) -> None:
        """Take a message off the review list: it is not about any application."""
        with self.write() as conn:
            if qm.get_message(conn, self.user_id, message_id) is None:
                raise NotFound("message", message_id)
            qm.set_message_review(conn, self.user_id, message_id, None, "dismissed")

    def messages(self, app_id: int) -> list[Message]:
        """The mail linked to an application, oldest first."""
        with self.read() as conn:
            self._require(conn, t.applications, app_id, "application")
            return qm.messages_of(conn, self.user_id, app_id)

    def message(self, message_id: int) -> Message:
        with self.read() as conn:
            found = qm.get_message(conn, self.user_id, message_id)
        if found is None:
            raise NotFound("message", message_id)
        return found[0]


__all__ = ["MailMixin", "ReviewItem", "ReviewPage"]
