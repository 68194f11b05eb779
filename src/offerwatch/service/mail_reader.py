"""One mail import run: raw mail in, parsed messages out (screen, parse, clean), and the
summary; core.intake decides what a batch means, store.intake applies it."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date

from offerwatch.core.intake_values import Intake, Parsed
from offerwatch.mail.message import RawMail
from offerwatch.mail.pipeline import Prepared, parse_one, prepare_many
from offerwatch.mail.prefilter import KnownMail, recheck
from offerwatch.mail.quickscan import headers, split_head

Progress = Callable[[int, int | None], None]

_DRAFTS = re.compile(r"(^|[./\\])(drafts?|entw(u|ü)rfe|brouillons|borradores)$", re.IGNORECASE)
_DRAFT_HEADERS = frozenset({"x-mozilla-draft-info", "x-gmail-labels", "x-uniform-type-identifier"})


@dataclass
class ImportSummary:
    """What an import did. `skipped` lists (where, reason) for messages that were not read;
    `warnings` (where, what) for messages read with a fault (a NUL byte, a truncated end)."""

    read: int = 0
    job_mail: int = 0
    matched: int = 0
    new_observations: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    already_imported: int = 0
    to_review: int = 0
    parsed: int = 0  # messages the pre-filter let through to the full parse
    warnings: list[tuple[str, str]] = field(default_factory=list)
    learned_domains: list[str] = field(default_factory=list)  # "domain -> company id"
    my_addresses: list[str] = field(default_factory=list)  # learned as the user's own
    interviews: int = 0  # created, moved or cancelled by calendar invitations
    found: list[tuple[str, str]] = field(default_factory=list)  # (where, Message-ID) stored

    def add(self, intake: Intake) -> None:
        """Count what one applied batch did."""
        self.job_mail += len(intake.filed)
        self.matched += sum(1 for f in intake.filed if f.app_id is not None)
        self.to_review += sum(1 for f in intake.filed if f.review == "pending")
        self.new_observations += len(intake.observations)
        self.warnings += intake.warnings
        self.learned_domains += [f"{d.domain} -> company {d.company_id}" for d in intake.domains]
        self.my_addresses += sorted(intake.me_added)
        self.interviews += len(intake.interviews)
        self.found += [(f.parsed.where, f.parsed.message_id) for f in intake.filed]


def synthetic_id(data: bytes) -> str:
    """A stable Message-ID for a message that has none (so re-imports still find it)."""
    return f"<{hashlib.sha256(data).hexdigest()[:32]}@no-message-id.offerwatch>"


def is_draft(raw: RawMail) -> bool:
    """One of the user's drafts: from a Drafts folder, or marked as a draft by the client."""
    folder = raw.folder or raw.where.rpartition("#")[0] or raw.where
    if _DRAFTS.search(folder.rstrip("/\\")):
        return True
    head = split_head(raw.data)[0]
    if b"raft" not in head:  # cheap: nearly every message says nothing of drafts
        return False
    found = headers(head, _DRAFT_HEADERS)
    return bool(
        found.get("x-mozilla-draft-info")
        or "draft" in found.get("x-gmail-labels", "").lower()
        or "draft" in found.get("x-uniform-type-identifier", "").lower()
    )


def is_truncated(raw: RawMail) -> bool:
    """An mbox message that stops mid-line: the file ended before the message did."""
    return bool(raw.from_line) and not raw.data.endswith(b"\n")


@dataclass
class Reader:
    """Turns raw mail into parsed messages for intake: screened, parsed, cleaned, deduped."""

    known: KnownMail
    summary: ImportSummary
    since: date | None = None
    seen: set[str] = field(default_factory=set)  # Message-IDs taken in this run
    progress: Progress | None = None
    total: int | None = None
    examined: int = 0
    last_uid: dict[str, int] = field(default_factory=dict)  # IMAP folder -> highest UID read
    workers: int | None = None  # processes to screen, parse and detect in (None: default)
    # (From, To and Cc) of screened-out mail, for intake's count of the user's addresses
    unparsed_people: list[tuple[str, frozenset[str]]] = field(default_factory=list)

    def parse(self, raws: Iterable[RawMail]) -> Iterator[Parsed]:
        """The job-mail candidates among `raws`, parsed, in order (the rest is counted or
        skipped)."""
        for _, parsed in self.items(raws):
            if parsed is not None:
                yield parsed

    def items(self, raws: Iterable[RawMail]) -> Iterator[tuple[RawMail, Parsed | None]]:
        """One item per raw message, in order: it with its parsed form for intake, or None.
        This plain iterator is the interface between the readers and intake: screening,
        parsing and detection run in worker processes (mail.pipeline) when it pays, and
        `last_uid` is recorded only for raw mail already yielded."""
        pairs = ((raw, raw.sent or (raw.error is None and is_draft(raw))) for raw in raws)
        for raw, prepared in prepare_many(
            pairs, self.known, since=self.since, workers=self.workers
        ):
            parsed = self.take(raw, prepared)
            if raw.folder is not None and raw.uid is not None:
                self.last_uid[raw.folder] = max(self.last_uid.get(raw.folder, 0), raw.uid)
            self.examined += 1
            if self.progress is not None:
                self.progress(self.examined, self.total)
            yield raw, parsed

    def take_uids(self) -> dict[str, int]:
        """The IMAP UIDs read since the last call (saved with the batch that holds them)."""
        taken, self.last_uid = self.last_uid, {}
        return taken

    def take(self, raw: RawMail, prepared: Prepared) -> Parsed | None:
        """Count one prepared message and finish it with what is known now; None when it is
        not for intake."""
        if raw.error is not None or prepared.verdict is None:
            self.summary.read += 1
            self.summary.skipped.append((raw.where, raw.error or "unreadable"))
            return None
        if prepared.old:
            return None
        self.summary.read += 1
        verdict = recheck(prepared.verdict, self.known)
        if verdict.message_id and verdict.message_id in self.known.message_ids:
            self.summary.already_imported += 1
            return None
        draft = is_draft(raw)
        if not verdict.passed and not draft and not raw.sent:
            if not verdict.bulk:
                self.unparsed_people.append((verdict.sender, frozenset(verdict.recipients)))
            return None
        self.summary.parsed += 1
        if not prepared.parsed:  # passes only with what this import learned since
            prepared = parse_one(raw, verdict)
        if prepared.message is None:
            self.summary.skipped.append((raw.where, prepared.error or "not parsed"))
            return None
        msg = prepared.message
        warnings: list[str] = []
        if msg.has_nul:
            msg = msg.without_nul()
            warnings.append("NUL bytes removed")
        message_id = msg.message_id or synthetic_id(raw.data)
        if message_id in self.known.message_ids or message_id in self.seen:
            self.summary.already_imported += 1
            return None
        self.seen.add(message_id)
        # Replies to it pass the screen from now on, also within this batch (whose threads
        # `learned` would add only after the whole batch).
        self.known.message_ids.add(message_id)
        return Parsed(
            msg=msg,
            message_id=message_id,
            where=raw.where,
            sent=raw.sent or verdict.sent_label,
            draft=draft,
            truncated=is_truncated(raw),
            warnings=tuple(warnings),
            invitations=prepared.invitations,
            signs=prepared.signs if not warnings else None,
            language=prepared.language if not warnings else None,
        )

    def learned(self, intake: Intake) -> None:
        """Let the screen know what the batch taught: its threads, domains and calendar
        events."""
        self.known.message_ids.update(f.parsed.message_id for f in intake.filed)
        self.known.domains.update(d.domain for d in intake.domains)
        self.known.uids.update(c.uid.lower() for c in intake.interviews)
