"""Read the signs in mail files without storing anything (`offerwatch mail detect`): each
message of each file (.eml, mbox, Maildir) parsed, its language told, its signs detected."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from offerwatch.mail.message import ParseError
from offerwatch.mail.parse import parse_message
from offerwatch.mail.quickscan import headers, message_ids, split_head
from offerwatch.mail.readers import SourceError, read_path, walk_sources

if TYPE_CHECKING:
    from offerwatch.core.detection import Detection


@dataclass(frozen=True, slots=True)
class FileMessage:
    """One message read from a file: where (the path, plus #N inside an mbox or Maildir),
    its Message-ID, language and signs; `error` says why it could not be parsed."""

    source: str
    message_id: str | None
    language: str | None = None
    signs: tuple[Detection, ...] = field(default=())
    error: str | None = None


@dataclass(frozen=True, slots=True)
class Unreadable:
    """A path that is not a mail file, folder or mailbox that can be read."""

    reason: str


def detect_files(
    paths: Sequence[str], *, job_context: bool = True
) -> Iterator[FileMessage | Unreadable]:
    """The messages of `paths` with their signs, one at a time, in the order read; an
    unreadable path gives an Unreadable and the next path is read. `job_context`: read each
    message as mail about an application (as import does once it has matched it); without
    it, rules that also fire on everyday mail need a job word in the message."""
    from offerwatch.core.detection import detect, message_language  # compiles the patterns

    for label, path in walk_sources(list(paths)):
        try:
            for raw in read_path(path, label):
                try:
                    msg = parse_message(raw.data, raw.fallback())
                except ParseError as exc:
                    head = headers(split_head(raw.data)[0], frozenset({"message-id"}))
                    found = message_ids(head.get("message-id", ""))
                    yield FileMessage(raw.where, found[0] if found else None, error=str(exc))
                    continue
                yield FileMessage(
                    raw.where,
                    msg.message_id,
                    message_language(msg.subject, msg.body),
                    tuple(
                        detect(
                            msg.subject,
                            msg.body,
                            msg.date,
                            headers=msg.headers,
                            job_context=job_context,
                        )
                    ),
                )
        except SourceError as exc:
            yield Unreadable(str(exc))
