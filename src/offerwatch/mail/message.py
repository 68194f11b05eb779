"""The plain values the mail readers and the parser hand on."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


class ParseError(ValueError):
    """A message that cannot be understood; the text says why (shown in import summaries)."""


@dataclass(frozen=True, slots=True)
class RawMail:
    """One message as read from a source, before any parsing.

    `where` names it for humans (`inbox.mbox#12`, `imaps://me@host/INBOX;UID=7`);
    `fallback_date` is used when the message has no usable Date header (mbox From_ line,
    file time, IMAP INTERNALDATE); `sent` is True for mail read from a Sent folder.
    """

    where: str
    data: bytes
    fallback_date: datetime | None = None
    sent: bool = False
    folder: str | None = None
    uid: int | None = None
    from_line: bytes = b""

    def fallback(self) -> datetime | None:
        """The date to use when the message has no usable Date header."""
        if self.fallback_date is None and self.from_line:
            from offerwatch.mail.readers import from_line_date

            return from_line_date(self.from_line)
        return self.fallback_date


@dataclass(frozen=True, slots=True)
class MailMessage:
    """A parsed message: decoded headers and the text body (HTML already turned into text)."""

    message_id: str | None
    in_reply_to: str | None
    references: tuple[str, ...]
    from_addr: str
    from_name: str
    to_addrs: tuple[str, ...]
    cc_addrs: tuple[str, ...]
    date: datetime
    subject: str
    body: str
    bulk: bool = False

    @property
    def recipients(self) -> tuple[str, ...]:
        """To and Cc addresses, in order, without repeats."""
        return tuple(dict.fromkeys(self.to_addrs + self.cc_addrs))

    @property
    def thread_ids(self) -> tuple[str, ...]:
        """The Message-IDs this message answers: In-Reply-To first, then References newest first."""
        ids = ([self.in_reply_to] if self.in_reply_to else []) + list(reversed(self.references))
        return tuple(dict.fromkeys(ids))
