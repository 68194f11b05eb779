"""The plain values the mail readers and the parser hand on."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from offerwatch.core.mail_message import MailMessage

__all__ = ["MailMessage", "ParseError", "RawMail"]


class ParseError(ValueError):
    """A message that cannot be understood; the text says why (shown in import summaries)."""


@dataclass(frozen=True, slots=True)
class RawMail:
    """One message as read from a source, before any parsing.

    `where` names it for humans (`inbox.mbox#12`, `imaps://me@host/INBOX;UID=7`);
    `fallback_date` is used when the message has no usable Date header (mbox From_ line,
    file time, IMAP INTERNALDATE); `sent` is True for mail read from a Sent folder;
    `error` says why a message could not be read at all (then `data` is empty).
    """

    where: str
    data: bytes
    fallback_date: datetime | None = None
    sent: bool = False
    folder: str | None = None
    uid: int | None = None
    from_line: bytes = b""
    error: str | None = None

    def fallback(self) -> datetime | None:
        """The date to use when the message has no usable Date header."""
        if self.fallback_date is None and self.from_line:
            from offerwatch.mail.readers import from_line_date

            return from_line_date(self.from_line)
        return self.fallback_date
