"""Parse the bytes of one message into a MailMessage (headers decoded, text body extracted)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime
from email import errors as email_errors
from email.message import Message
from email.utils import getaddresses, parsedate_to_datetime
from functools import lru_cache

from offerwatch.mail.decode import decode_bytes, decode_header_value, unsurrogate
from offerwatch.mail.htmltext import html_to_text
from offerwatch.mail.message import MailMessage, ParseError
from offerwatch.mail.mimetree import message_tree
from offerwatch.mail.quickscan import is_list_mail

MAX_BODY_CHARS = 200_000  # longer text is cut: no job mail needs more, and detection stays fast
# RFC 5322 caps a line at 998 characters: a longer Message-ID or address is not one (and
# would not fit the store's columns), so it is ignored as if missing.
MAX_ID_CHARS = 998
_MSGID = re.compile(rf"<[^<>\s]{{1,{MAX_ID_CHARS - 2}}}>")
_BROKEN = (email_errors.NoBoundaryInMultipartDefect, email_errors.StartBoundaryNotFoundDefect)
# The headers an automatic reply carries (RFC 3834 and common practice), handed to detect().
AUTO_HEADERS = ("auto-submitted", "x-autoreply", "x-autorespond", "x-autoresponder", "precedence")


Fallback = datetime | Callable[[], datetime | None] | None


def parse_message(data: bytes, fallback_date: Fallback = None) -> MailMessage:
    """Parse one RFC 5322 message. Raises ParseError (with the reason) when it is not mail or
    its MIME structure is broken; tolerates bad charsets, bad encodings and odd headers.
    `fallback_date` (or a function giving it, called only when needed) stands in for a
    missing Date header."""
    return parse_tree(data, fallback_date)[0]


def parse_tree(data: bytes, fallback_date: Fallback = None) -> tuple[MailMessage, Message]:
    """parse_message(), with the email package's tree of the message (for its other parts:
    calendar invitations), so that nothing parses the message twice."""
    if not data.strip():
        raise ParseError("empty message")
    try:
        msg = message_tree(data)
    except Exception as exc:  # the email package should not raise, but never trust it
        raise ParseError(f"unreadable message: {exc}") from None
    raw = _raw_headers(msg)

    def first(name: str) -> str:
        values = raw.get(name)
        return values[0] if values else ""

    if not any(first(name) for name in ("from", "date", "subject", "message-id", "to")):
        raise ParseError("not a mail message: no From, To, Date, Subject or Message-ID header")
    for part in msg.walk():
        for defect in part.defects:
            if isinstance(defect, _BROKEN):
                raise ParseError(f"broken MIME: {type(defect).__name__} ({defect})")
    date = _date(first("date")) or _received_date(raw.get("received", []))
    if date is None:
        date = fallback_date() if callable(fallback_date) else fallback_date
    if date is None:
        raise ParseError("no usable Date header")
    from_pairs = _addresses(raw.get("from", []))
    from_name, from_addr = from_pairs[0] if from_pairs else ("", "")
    if len(from_addr) > MAX_ID_CHARS:
        from_addr = ""
    in_reply_to = _MSGID.findall(first("in-reply-to"))
    parsed = MailMessage(
        message_id=message_id_of(first("message-id")),
        in_reply_to=in_reply_to[0] if in_reply_to else None,
        references=tuple(dict.fromkeys(_MSGID.findall(first("references")))),
        from_addr=from_addr,
        from_name=from_name,
        to_addrs=tuple(a for _, a in _addresses(raw.get("to", []))),
        cc_addrs=tuple(a for _, a in _addresses(raw.get("cc", []))),
        date=date,
        subject=decode_header_value(first("subject")),
        body=body_text(msg)[:MAX_BODY_CHARS],
        bulk=is_bulk(msg),
        auto_headers=tuple(
            (name, unsurrogate(raw[name][0]).strip()) for name in AUTO_HEADERS if raw.get(name)
        ),
    )
    return parsed, msg


def message_id_of(value: str) -> str | None:
    """The `<id@host>` in a Message-ID header (or the bare value if it lacks brackets)."""
    value = unsurrogate(value).strip()
    if not value:
        return None
    found = _MSGID.search(value)
    if found:
        return found.group(0)
    bare = f"<{value.split()[0].strip('<>')}>"
    return bare if len(bare) <= MAX_ID_CHARS else None


def is_bulk(msg: Message) -> bool:
    """Mailing lists, newsletters and other bulk mail say so in their headers."""
    return is_list_mail(msg.get)


def _date(value: object) -> datetime | None:
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(unsurrogate(str(value)).strip())
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if parsed.tzinfo is None:  # "-0000" or no zone: RFC 5322 says the zone is unknown; use UTC
        parsed = parsed.replace(tzinfo=UTC)
    return parsed


def _raw_headers(msg: Message) -> dict[str, list[str]]:
    """Header values as sent (raw 8-bit bytes kept as surrogate escapes, not replaced)."""
    out: dict[str, list[str]] = {}
    for name, value in msg.raw_items():
        out.setdefault(name.lower(), []).append(str(value))
    return out


def _received_date(values: list[str]) -> datetime | None:
    for received in values:
        _, _, when = str(received).rpartition(";")
        found = _date(when)
        if found is not None:
            return found
    return None


def _addresses(values: list[str]) -> tuple[tuple[str, str], ...]:
    return _addresses_of(tuple(str(v) for v in values))


# A mailbox holds the same few From, To and Cc lines over and over; reading one with the
# email package's address parser costs about as much as the rest of the headers together.
@lru_cache(maxsize=2048)
def _addresses_of(values: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    decoded = [decode_header_value(v) for v in values]
    out: list[tuple[str, str]] = []
    for name, addr in getaddresses(decoded):
        addr = addr.strip().lower()
        if "@" in addr:
            out.append((name.strip(), addr))
    return tuple(out)


def _payload_text(part: Message) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    return decode_bytes(payload, part.get_content_charset())


def _is_attachment(part: Message) -> bool:
    disposition = str(part.get("content-disposition", "")).split(";", 1)[0].strip().lower()
    return disposition == "attachment"


def body_text(msg: Message) -> str:
    """The text of a message: its inline text/plain parts, else its HTML parts as text."""
    plain: list[str] = []
    html: list[str] = []
    for part in msg.walk():
        if part.is_multipart() or _is_attachment(part):
            continue
        ctype = part.get_content_type()
        if ctype == "text/plain":
            plain.append(_payload_text(part))
        elif ctype == "text/html":
            html.append(_payload_text(part))
    if any(p.strip() for p in plain):
        return "\n\n".join(p.strip("\n") for p in plain).replace("\r\n", "\n")
    return "\n\n".join(html_to_text(h) for h in html)
