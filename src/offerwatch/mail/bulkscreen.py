"""The screen's second stage: mail that detect() reads nothing in, known without a full parse.

detect() (core.detection.detect_both) gives nothing for an automatic reply or for bulk mail
(a job alert, a newsletter, a shop's offer with a list footer), whatever its sentences say;
for a stranger's message that means intake files nothing. Those tests read the subject, the
body and its new text. For a message that is one text part (most bulk mail: one HTML part),
the body is read here as the parse reads it (mail.parse.body_text: the payload decoded, HTML
made text by mail.htmltext) without the email package's parse of the whole message, and
detect()'s own tests (core.detection._context.is_auto_reply and is_bulk) are made on it.
Nothing here is tuned to any mail: it is detect()'s decision, made earlier on the same text.
"""

from __future__ import annotations

import binascii
import quopri
import re

from offerwatch.core.detection import _new_text
from offerwatch.core.detection._context import (
    _ALERT_SUBJECT,
    _AUTO_REPLY_SUBJECT,
    _BULK_SUBJECT,
    is_auto_reply,
    is_bulk,
)
from offerwatch.mail.decode import decode_bytes
from offerwatch.mail.htmltext import html_to_text
from offerwatch.mail.parse import MAX_BODY_CHARS
from offerwatch.mail.quickscan import split_head

_CHARSET = re.compile(r'charset\s*=\s*"?([^";\s]+)', re.IGNORECASE)
_SUBJECT = re.compile(rb"^subject[ \t]*:", re.IGNORECASE | re.MULTILINE)
# A header block the email package reads as this one does: every line a field or a
# continuation (a stray line ends its header block early, and the body with it).
_HEAD_LINE = re.compile(rb"[\x21-\x39\x3b-\x7e]+[ \t]*:|[ \t]")
_PLAIN = ("", "7bit", "8bit", "binary")
# Words of core.detection._context's list footers and absences, in lower-case bytes.
_CUES = (
    b"subscri", b"preferences", b"receiving this", b"abmelden", b"sabonner", b"sinscri",
    b"de baja", b"suchauftrag", b"read the full", b"continue reading", b"out of the office",
    b"out of office", b"away from", b"leave", b"holiday", b"vacation", b"automatic reply",
    b"limited access", b"travel",
)  # fmt: skip


def may_be_bulk(subject: str, text: bytes) -> bool:
    """Whether a message may be an automatic reply or list mail by the cues detect() looks
    for: its `subject`, or the words of a list footer or an absence in `text` (every text
    part, lower case). Only a first look, to spare the exact test most mail: a message it
    passes over is left to the full parse (adverts with no list footer among them)."""
    if _AUTO_REPLY_SUBJECT.search(subject) or _ALERT_SUBJECT.search(subject):
        return True
    if _BULK_SUBJECT.search(subject):
        return True
    return any(cue in text for cue in _CUES)


def detect_reads_nothing(
    data: bytes, fields: dict[str, str], subject: str, text: bytes
) -> str | None:
    """Why detect() finds nothing in the raw message `data` whatever its words, or None
    (then only the full parse can tell). `fields`: its headers as the screen read them;
    `subject`: its Subject decoded; `text`: every text part, lower case."""
    if not may_be_bulk(subject, text):
        return None  # the common case: no cue at all, and no need to read the body
    head, raw_body = split_head(data)
    if len(_SUBJECT.findall(head)) > 1:
        return None  # which Subject the parse reads is left to it
    body = one_part_body(head, raw_body, fields)
    if body is None:
        return None
    new = _new_text(body)
    if is_auto_reply(subject, new):
        return "automatic reply"
    if is_bulk(subject, new, body):
        return "bulk mail: a list, an alert or an advert"
    return None


def one_part_body(head: bytes, raw_body: bytes, fields: dict[str, str]) -> str | None:
    """The body of a message that is one text/plain or text/html part (not an attachment),
    as mail.parse.body_text reads it; None for any other message or any doubt."""
    if any(line and not _HEAD_LINE.match(line) for line in head.splitlines()[1:]):
        return None
    ctype = fields.get("content-type", "")
    kind = ctype.split(";", 1)[0].strip().lower() or "text/plain"
    if kind not in ("text/plain", "text/html") or ", " in ctype:
        return None
    if fields.get("content-disposition", "").split(";", 1)[0].strip().lower() == "attachment":
        return None
    found = _CHARSET.search(ctype)
    if found is None and "charset" in ctype.lower():
        return None
    charset = found.group(1).lower() if found else None
    encoding = fields.get("content-transfer-encoding", "").strip().lower()
    try:
        if encoding == "base64":
            payload = binascii.a2b_base64(raw_body, strict_mode=True)
        elif encoding == "quoted-printable":
            payload = quopri.decodestring(raw_body)
        elif encoding in _PLAIN:
            payload = raw_body
        else:
            return None
    except (binascii.Error, ValueError):
        return None
    text = decode_bytes(payload, charset)
    if "\x00" in text:
        return None  # intake reads it without its NUL bytes, and warns
    if kind == "text/plain":
        body = text.strip("\n").replace("\r\n", "\n") if text.strip() else ""
    else:
        body = html_to_text(text)
    return body[:MAX_BODY_CHARS]
