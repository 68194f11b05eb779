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
from offerwatch.core.detection._context import is_auto_reply, is_bulk
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


def detect_reads_nothing(data: bytes, fields: dict[str, str], subject: str) -> str | None:
    """Why detect() finds nothing in the raw message `data` whatever its words, or None
    (then only the full parse can tell). `fields`: its headers as the screen read them;
    `subject`: its Subject decoded."""
    head, raw_body = split_head(data)
    if len(_SUBJECT.findall(head)) > 1:
        return None  # which Subject the parse reads is left to it
    body = one_part_body(head, raw_body, fields)
    if body is None:
        return None
    text = _new_text(body)
    if is_auto_reply(subject, text):
        return "automatic reply"
    if is_bulk(subject, text, body):
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
