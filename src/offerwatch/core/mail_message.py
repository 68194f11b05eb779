"""The value of one parsed message: decoded headers and its text, plus what came with it."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime


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
    # The headers that mark an automatic reply (Auto-Submitted, X-Autoreply, X-Autorespond,
    # Precedence), lower-case names: detect(headers=...) reads them.
    auto_headers: tuple[tuple[str, str], ...] = ()

    @property
    def headers(self) -> dict[str, str]:
        """The auto-reply headers as a mapping, as detect(headers=...) takes them."""
        return dict(self.auto_headers)

    @property
    def recipients(self) -> tuple[str, ...]:
        """To and Cc addresses, in order, without repeats."""
        return tuple(dict.fromkeys(self.to_addrs + self.cc_addrs))

    @property
    def thread_ids(self) -> tuple[str, ...]:
        """The Message-IDs this message answers: In-Reply-To first, then References newest first."""
        ids = ([self.in_reply_to] if self.in_reply_to else []) + list(reversed(self.references))
        return tuple(dict.fromkeys(ids))

    def without_nul(self) -> MailMessage:
        """The message with NUL characters removed (PostgreSQL text cannot hold them)."""
        if not self.has_nul:
            return self

        def clean(text: str) -> str:
            return text.replace("\x00", "")

        def clean_all(texts: tuple[str, ...]) -> tuple[str, ...]:
            return tuple(clean(t) for t in texts)

        return replace(
            self,
            message_id=clean(self.message_id) if self.message_id else self.message_id,
            in_reply_to=clean(self.in_reply_to) if self.in_reply_to else self.in_reply_to,
            references=clean_all(self.references),
            from_addr=clean(self.from_addr),
            from_name=clean(self.from_name),
            to_addrs=clean_all(self.to_addrs),
            cc_addrs=clean_all(self.cc_addrs),
            subject=clean(self.subject),
            body=clean(self.body),
        )

    @property
    def has_nul(self) -> bool:
        """True when any text of the message holds a NUL character."""
        texts = (
            self.message_id or "", self.in_reply_to or "", self.from_addr, self.from_name,
            self.subject, self.body, *self.references, *self.to_addrs, *self.cc_addrs,
        )  # fmt: skip
        return any("\x00" in t for t in texts)
