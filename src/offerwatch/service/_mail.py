"""Use cases for mail: import a mailbox, review unmatched job mail, list an application's mail."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection

from offerwatch.core.entities import Message
from offerwatch.errors import BadInput, NotFound
from offerwatch.service._base import WorkspaceBase
from offerwatch.store import tables as t

# The mail readers and the detection rules load in the use cases that need them: importing
# the service for `agenda` or `app list` must not compile every mail pattern.
if TYPE_CHECKING:
    from offerwatch.mail.message import MailMessage, RawMail
    from offerwatch.service._mail_import import Importer, ImportSummary

Progress = Callable[[int, int | None], None]
BATCH = 250  # messages per transaction: a killed import loses at most one batch of work


@dataclass(frozen=True, slots=True)
class ReviewItem:
    """A stored job message that no application claims yet, with what might fit."""

    message: Message
    signals: tuple[str, ...]
    candidates: tuple[int, ...]
    reason: str


def _as_mail(msg: Message) -> MailMessage:
    from offerwatch.mail.message import MailMessage

    return MailMessage(
        message_id=msg.message_id, in_reply_to=msg.in_reply_to, references=msg.references,
        from_addr=msg.from_addr, from_name="", to_addrs=msg.to_addrs, cc_addrs=(),
        date=msg.date, subject=msg.subject, body=msg.body,
    )  # fmt: skip


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
        from offerwatch.service._mail_import import Importer
        from offerwatch.store import messages as qm

        with self.read() as conn:
            ctx = qm.match_context(conn, self.user_id)
            me = qm.self_addresses(conn, self.user_id)
        known = KnownMail(
            message_ids={m for m in ctx.threads if m},
            addresses=set(ctx.people),
            domains=set().union(*ctx.company_domains.values()),
        )
        importer = Importer(self.user_id, self.clock(), ctx, known, me, since)
        if is_imap_url(source):
            self._import_imap(importer, source, password, folders, starttls, cafile, progress)
        else:
            if folders or starttls:
                raise BadInput("--folder and --starttls apply to IMAP sources only")
            path = Path(source).expanduser()
            try:
                total = count(path)
                self._run(importer, read_path(path, source), total, progress)
            except SourceError as exc:
                raise BadInput(str(exc)) from None
        return importer.summary

    def _run(
        self,
        importer: Importer,
        mails: Iterator[RawMail],
        total: int | None,
        progress: Progress | None,
        on_commit: Callable[[Connection, dict[str, int]], None] | None = None,
    ) -> None:
        """Take the messages in batches, one transaction each; `on_commit` records, in the
        same transaction, the highest IMAP UID taken per folder."""
        from offerwatch.store import messages as qm

        examined = 0
        while True:
            last_uid: dict[str, int] = {}
            taken = 0
            with self.write() as conn:
                for raw in islice(mails, BATCH):
                    taken += 1
                    importer.take(conn, raw)
                    if raw.folder is not None and raw.uid is not None:
                        last_uid[raw.folder] = max(last_uid.get(raw.folder, 0), raw.uid)
                    examined += 1
                    if progress is not None:
                        progress(examined, total)
                if importer.me_changed:
                    qm.save_self_addresses(conn, self.user_id, importer.me)
                    importer.me_changed = False
                if on_commit is not None and last_uid:
                    on_commit(conn, last_uid)
            if not taken:
                return

    def _import_imap(
        self,
        importer: Importer,
        url: str,
        password: str | None,
        folders: Sequence[str],
        starttls: bool,
        cafile: str | None,
        progress: Progress | None,
    ) -> None:
        from offerwatch.mail.imap import ImapError, ImapSource, parse_imap_url
        from offerwatch.store import messages as qm

        try:
            account = parse_imap_url(url, folders, starttls)
        except ValueError as exc:
            raise BadInput(str(exc)) from None
        if not password:
            raise BadInput("an IMAP password is needed (prompt or OFFERWATCH_IMAP_PASSWORD)")
        if "@" in account.user and account.user.lower() not in importer.me:
            importer.me.add(account.user.lower())
            importer.me_changed = True
        with self.read() as conn:
            state = qm.sync_state(conn, self.user_id, account.key)
        source = ImapSource(account, password, state, importer.since, cafile)
        try:
            with source:
                total = source.plan()

                def remember(conn: Connection, last_uid: dict[str, int]) -> None:
                    for folder, uid in last_uid.items():
                        qm.save_sync(
                            conn, self.user_id, account.key, folder, source.uidvalidity(folder), uid
                        )

                self._run(importer, source.messages(), total, progress, remember)
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

    def review_list(self) -> list[ReviewItem]:
        """Job mail no application claims yet (none fits, or more than one does)."""
        from offerwatch.mail.match import match_message
        from offerwatch.service._mail_import import detections_for
        from offerwatch.store import messages as qm

        with self.read() as conn:
            pending = qm.pending_messages(conn, self.user_id)
            ctx = qm.match_context(conn, self.user_id)
        items = []
        for msg in pending:
            kinds = tuple(dict.fromkeys(d.kind for d in detections_for(msg, msg.direction)))
            match = match_message(_as_mail(msg), msg.direction, ctx)
            items.append(ReviewItem(msg, kinds, match.candidates, match.reason))
        return items

    def assign_message(self, message_id: int, app_id: int) -> int:
        """Link a stored message to an application, learn the company's domain from it, and
        record its signals; returns how many observations were added."""
        from offerwatch.mail.prefilter import KnownMail
        from offerwatch.service._mail_import import Importer, detections_for, observe
        from offerwatch.store import messages as qm

        with self.write() as conn:
            found = qm.get_message(conn, self.user_id, message_id)
            if found is None:
                raise NotFound("message", message_id)
            self._require(conn, t.applications, app_id, "application")
            msg, _ = found
            qm.set_message_review(conn, self.user_id, message_id, app_id, "matched")
            ctx = qm.match_context(conn, self.user_id)
            importer = Importer(self.user_id, self.clock(), ctx, KnownMail(), set())
            importer.learn(conn, _as_mail(msg), msg.direction, app_id)
            stored = qm.get_message(conn, self.user_id, message_id)
            assert stored is not None
            return observe(
                conn, self.user_id, stored[0], detections_for(msg, msg.direction),
                now=self.clock(),
            )  # fmt: skip

    def dismiss_message(self, message_id: int) -> None:
        """Take a message off the review list: it is not about any application."""
        from offerwatch.store import messages as qm

        with self.write() as conn:
            if qm.get_message(conn, self.user_id, message_id) is None:
                raise NotFound("message", message_id)
            qm.set_message_review(conn, self.user_id, message_id, None, "dismissed")

    def messages(self, app_id: int) -> list[Message]:
        """The mail linked to an application, oldest first."""
        from offerwatch.store import messages as qm

        with self.read() as conn:
            self._require(conn, t.applications, app_id, "application")
            return qm.messages_of(conn, self.user_id, app_id)

    def message(self, message_id: int) -> Message:
        from offerwatch.store import messages as qm

        with self.read() as conn:
            found = qm.get_message(conn, self.user_id, message_id)
        if found is None:
            raise NotFound("message", message_id)
        return found[0]


__all__ = ["MailMixin", "ReviewItem"]
