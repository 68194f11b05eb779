"""Decoding bytes and headers from real-world mail, tolerating wrong or missing charsets."""

from __future__ import annotations

import codecs
import re
from email.header import decode_header

# Charsets that mail clients name wrongly, mapped to what they really mean.
_ALIASES = {
    "unknown-8bit": "cp1252",
    "x-unknown": "cp1252",
    "iso-8859-1": "cp1252",  # Windows clients label cp1252 text as Latin-1
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "us-ascii": "utf-8",
    "ascii": "utf-8",
    "ansi_x3.4-1968": "utf-8",
    "utf8": "utf-8",
    "ks_c_5601-1987": "cp949",
    "gb2312": "gb18030",
    "gbk": "gb18030",
}
_ENCODED_WORD = re.compile(r"=\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=")


def _codec(charset: str | None) -> str | None:
    if not charset:
        return None
    name = charset.strip().strip('"').lower()
    name = _ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_bytes(data: bytes, charset: str | None = None) -> str:
    """Text from `data`: the declared charset if it works, else UTF-8, else cp1252.

    Never raises: a charset that is unknown or wrong falls back, and bytes that fit no
    charset are replaced (cp1252 leaves a few bytes undefined; latin-1 is the last resort).
    """
    tried: list[str] = []
    for name in (_codec(charset), "utf-8", "cp1252"):
        if name is None or name in tried:
            continue
        tried.append(name)
        try:
            return data.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("latin-1")


def unsurrogate(value: str) -> str:
    """Undo the surrogate escapes the email package leaves for raw 8-bit header bytes."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return decode_bytes(value.encode("ascii", "surrogateescape"))
    return value


def decode_header_value(value: str | None) -> str:
    """A header as text: encoded words (RFC 2047) decoded, raw 8-bit bytes guessed, folded
    lines joined."""
    if not value:
        return ""
    text = unsurrogate(str(value))
    if "=?" in text and _ENCODED_WORD.search(text):
        try:
            pieces = decode_header(text)
        except (ValueError, LookupError, AssertionError):
            pieces = [(text, None)]
        out: list[str] = []
        for chunk, charset in pieces:
            if isinstance(chunk, bytes):
                out.append(decode_bytes(chunk, charset))
            else:
                out.append(chunk)
        text = "".join(out)
    return " ".join(text.split())
