"""Cheap looks at raw message bytes without a full MIME parse: a few headers, and the text
parts decoded just enough to search them for words."""

from __future__ import annotations

import binascii
import re
from collections.abc import Callable
from functools import lru_cache
from html import unescape

_FOLD = re.compile(rb"\r?\n[ \t]+")
_BOUNDARY = re.compile(rb'boundary\s*=\s*(?:"([^"]+)"|([^\s;]+))', re.IGNORECASE)
_TAG = re.compile(rb"<[^>]{0,2000}>")
_BLOCK_TAG = re.compile(
    rb"</?(?:p|div|br|li|ul|ol|tr|td|th|table|tbody|thead|h[1-6]|hr|blockquote|section|article|"
    rb"header|footer|pre|dd|dt|dl|address|aside|nav|main|form|fieldset|figure|figcaption)\b[^>]{0,2000}>"
)
_ADDRESS = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+")
_MSGID = re.compile(r"<[^<>\s]+>")
MAX_DEPTH = 6
_NOT_TEXT = (b"image/", b"audio/", b"video/", b"application/", b"font/", b"model/")
_KNOWN_ENCODINGS = frozenset({"", "7bit", "8bit", "binary", "base64", "quoted-printable"})


def split_head(data: bytes) -> tuple[bytes, bytes]:
    """(header block, body) of a raw message."""
    cut = data.find(b"\n\n")
    crlf = data.find(b"\r\n\r\n")
    if crlf >= 0 and (cut < 0 or crlf < cut):
        return data[:crlf], data[crlf + 4 :]
    if cut < 0:
        return data, b""
    return data[:cut], data[cut + 2 :]


@lru_cache(maxsize=32)
def _header_pattern(wanted: frozenset[str]) -> re.Pattern[bytes]:
    names = b"|".join(re.escape(n.encode()) for n in sorted(wanted))
    return re.compile(rb"^(" + names + rb")[ \t]*:(.*(?:\r?\n[ \t].*)*)", re.M | re.I)


def headers(block: bytes, wanted: frozenset[str]) -> dict[str, str]:
    """The `wanted` headers (lower-case names) of a header block, unfolded; repeated headers
    (To, Cc, Received...) are joined with ", "."""
    found: dict[str, str] = {}
    for hit in _header_pattern(wanted).finditer(block):
        key = hit.group(1).lower().decode("latin-1")
        value = hit.group(2)
        if b"\n" in value:
            value = _FOLD.sub(b" ", value)
        text = value.strip().decode("utf-8", "replace")
        found[key] = f"{found[key]}, {text}" if key in found else text
    return found


def is_list_mail(get: Callable[[str], object]) -> bool:
    """Mailing lists, newsletters and other bulk mail say so in their headers; `get` reads
    a header by its lower-case name (empty or None when absent)."""
    precedence = str(get("precedence") or "").strip().lower()
    return bool(get("list-id") or get("list-unsubscribe")) or precedence in {
        "bulk",
        "list",
        "junk",
    }


def addresses(value: str) -> list[str]:
    """Email addresses in a header value, lower case."""
    return [a.lower() for a in _ADDRESS.findall(value)]


def message_ids(value: str) -> list[str]:
    """The <id> tokens in a Message-ID, In-Reply-To or References value."""
    return _MSGID.findall(value)


def _param(ctype: bytes, name: bytes) -> bytes:
    found = re.search(name + rb'\s*=\s*"?([^";\s]+)', ctype, re.IGNORECASE)
    return found.group(1).lower() if found else b""


def text_for_scan(data: bytes, top: dict[str, str] | None = None) -> bytes | None:
    """Lower-case bytes holding all text a full parse could show (every text/* part, decoded
    from base64 or quoted-printable, HTML tags removed) and every calendar part (unfolded and
    unescaped, as icalendar reads it); None when that cannot be done
    cheaply and safely (UTF-16 text, undecodable parts), so the caller must fully parse.
    `top` may hold the message's Content-Type and Content-Transfer-Encoding already read."""
    head, body = split_head(data)
    out: list[bytes] = []
    if not _collect(head, body, out, 0, top):
        return None
    text = b"\n".join(out)
    # The parse removes NUL bytes (intake reads the message without them): so does the scan.
    return text.replace(b"\x00", b"") if b"\x00" in text else text


_PART_HEADERS = frozenset({"content-type", "content-transfer-encoding", "content-disposition"})
_ICS_UNFOLD = re.compile(rb"\r?\n[ \t]")
_ICS_ESCAPE = re.compile(rb"\\([nN,;\\])")


def _ics_text(text: bytes) -> bytes:
    """iCalendar text as icalendar reads it: folded lines joined, escapes undone."""
    text = _ICS_UNFOLD.sub(b"", text)
    return _ICS_ESCAPE.sub(lambda m: b"\n" if m.group(1) in b"nN" else m.group(1), text)


def _is_calendar(ctype: bytes, fields: dict[str, str]) -> bool:
    """A calendar part, as mail.invitations finds them: text/calendar, application/ics, or
    a file named *.ics."""
    if ctype.startswith((b"text/calendar", b"application/ics")):
        return True
    return b".ics" in ctype or ".ics" in fields.get("content-disposition", "").lower()


def _collect(
    head: bytes, body: bytes, out: list[bytes], depth: int, known: dict[str, str] | None = None
) -> bool:
    fields = known if known is not None else headers(head, _PART_HEADERS)
    ctype = fields.get("content-type", "text/plain").encode("latin-1", "replace").lower()
    encoding = fields.get("content-transfer-encoding", "").strip().lower()
    if ctype.startswith(b"multipart/"):
        found = _BOUNDARY.search(ctype)
        if not found or depth >= MAX_DEPTH:
            return False
        # Boundaries are case-sensitive: find the original spelling in the header.
        raw_type = fields["content-type"].encode("latin-1", "replace")
        original = _BOUNDARY.search(raw_type)
        boundary = (original.group(1) or original.group(2)) if original else b""
        marker = b"--" + boundary
        for piece in body.split(marker)[1:]:
            if piece.startswith(b"--"):
                break
            sub_head, sub_body = split_head(piece.lstrip(b"\r\n") if piece else piece)
            if not _collect(sub_head, sub_body, out, depth + 1):
                return False
        return True
    if ctype.startswith(b"message/rfc822"):
        if depth >= MAX_DEPTH:
            return False
        sub_head, sub_body = split_head(body)
        out.append(sub_head.lower())
        return _collect(sub_head, sub_body, out, depth + 1)
    calendar = _is_calendar(ctype, fields)
    if ctype.startswith(_NOT_TEXT) and not calendar:
        return True  # images, PDFs...: never part of the text a parse shows
    if encoding not in _KNOWN_ENCODINGS:
        return False  # uuencode and other rarities: let the full parse decide
    charset = _param(ctype, b"charset")
    if b"utf-16" in charset or b"utf-32" in charset or b"utf-7" in charset:
        return False
    text = body
    try:
        if encoding == "base64":
            text = binascii.a2b_base64(body)
        elif encoding == "quoted-printable":
            text = binascii.a2b_qp(body)
    except (binascii.Error, ValueError):
        return False
    text = text.lower()
    if calendar:
        text = _ics_text(text)
    if ctype.startswith(b"text/html"):
        text = _TAG.sub(b"", _BLOCK_TAG.sub(b"\n", text))
        if b"&" in text:  # "&#73;" is a capital I: lower case again after
            text = unescape(text.decode("utf-8", "replace")).encode("utf-8", "replace").lower()
    out.append(text)
    return True
