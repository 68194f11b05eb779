"""The email package's compat32 tree of a message, the same tree built in a quarter the time.

`BytesParser(policy=compat32).parsebytes(data)` reads a message line by line in Python,
and in a multipart message tests every body line against every enclosing boundary: most of
the cost of parsing mail. Here the email package parses the headers of the message and of
each part (`headersonly`, the same code as a full parse), and a multipart body is cut at
its boundary lines by one regular expression. What comes out is what the full parse gives
(headers, payloads, preamble, epilogue, defects), and tests compare the two on every
message we have. Anything that the full parse treats specially or that the cut could read
otherwise - a message/* part, a digest, a bare CR line end, a missing boundary, a missing
first or closing boundary line, two boundary lines in a row, deep nesting - is parsed the
full way instead.
"""

from __future__ import annotations

import re
from email import errors
from email.message import Message
from email.parser import BytesParser, Parser
from email.policy import compat32
from itertools import pairwise

_BYTES = BytesParser(policy=compat32)
_TEXT = Parser(policy=compat32)
# The header lines at the start of a text, as the feedparser reads them (its headerRE, line
# by line): the first line that is none ends them.
_HEAD = re.compile(r"(?:(?:From |[\041-\071\073-\176]*:|[\t ])[^\n]*\n)*")
MAX_DEPTH = 8


class _Unsure(Exception):
    """The cut could differ from the full parse here: parse the full way."""


def message_tree(data: bytes) -> Message:
    """The compat32 tree of `data`, as `BytesParser(policy=compat32).parsebytes` makes it."""
    text = data.decode("ascii", "surrogateescape")  # as BytesParser reads bytes
    if "\r" in text and text.count("\r") != text.count("\r\n"):  # a bare CR ends a line too
        return _BYTES.parsebytes(data)
    msg = _headers_first(text)
    maintype = msg.get_content_maintype()
    if maintype == "message":
        return _BYTES.parsebytes(data)
    if maintype == "multipart":
        try:
            _split(msg, 0)
        except _Unsure:
            return _BYTES.parsebytes(data)
    return msg


def _headers_first(text: str) -> Message:
    """`_TEXT.parsestr(text, headersonly=True)`: the headers parsed by the email package,
    the rest (after the blank line) set as the payload without reading it line by line."""
    end = _HEAD.match(text).end()  # type: ignore[union-attr]  # it matches the empty text
    if text.startswith("\n", end):
        body = text[end + 1 :]
    elif text.startswith("\r\n", end):
        body = text[end + 2 :]
    else:  # no blank line after the headers: the email package decides where they end
        return _TEXT.parsestr(text, headersonly=True)
    msg = _TEXT.parsestr(text[:end], headersonly=True)
    msg._payload = body  # type: ignore[attr-defined]
    return msg


def _without_eol(text: str) -> str:
    """`text` without its last line end (feedparser's NLCRE_eol)."""
    if text.endswith("\r\n"):
        return text[:-2]
    return text[:-1] if text.endswith(("\n", "\r")) else text


def _boundary_lines(body: str, boundary: str) -> list[tuple[int, int, bool]]:
    """(start, end, closing) of each boundary line of `body` up to the closing one, as the
    feedparser's boundaryre matches lines: "--" boundary, "--" when it closes, blanks, the
    line end (or the end of the text)."""
    marks: list[tuple[int, int, bool]] = []
    separator = "--" + boundary
    at = body.find(separator)
    while at >= 0:
        if at == 0 or body[at - 1] == "\n":
            end = at + len(separator)
            closing = body.startswith("--", end)
            end += 2 if closing else 0
            while body.startswith((" ", "\t"), end):
                end += 1
            eol = 2 if body.startswith("\r\n", end) else 1 if body.startswith("\n", end) else 0
            if eol or end == len(body):  # else some other line ("--boundary-x")
                marks.append((at, end + eol, closing))
                if closing:  # what follows is epilogue, whatever it holds
                    break
        at = body.find(separator, at + 1)
    return marks


def _split(msg: Message, depth: int) -> None:
    """Replace the body text of multipart `msg` (read headers-only) by its parts."""
    boundary = msg.get_boundary()
    body = msg._payload  # type: ignore[attr-defined]  # get_payload() may re-decode it
    if boundary is None or not isinstance(body, str) or depth >= MAX_DEPTH:
        raise _Unsure
    if msg.get_content_type() == "multipart/digest":  # its parts default to message/rfc822
        raise _Unsure
    marks = _boundary_lines(body, boundary)
    if len(marks) < 2 or marks[0][2] or not marks[-1][2]:
        raise _Unsure  # no first boundary line, no part or no closing line
    if str(msg.get("content-transfer-encoding", "8bit")).lower() not in ("7bit", "8bit", "binary"):
        msg.defects.append(errors.InvalidMultipartContentTransferEncodingDefect())
    parts: list[Message | str] = []
    for (_, end, _), (start, _, _) in pairwise(marks):
        if start == end:  # the full parse skips a run of boundary lines
            raise _Unsure
        part = _headers_first(body[end:start])
        maintype = part.get_content_maintype()
        if maintype == "message":
            raise _Unsure
        if maintype == "multipart":
            _split(part, depth + 1)
            # The line end before a boundary line belongs to it, not to the epilogue.
            epilogue = part.epilogue
            part.epilogue = None if epilogue == "" else _without_eol(epilogue or "")
        else:
            part._payload = _without_eol(part._payload)  # type: ignore[attr-defined]
        parts.append(part)
    if marks[0][0]:
        msg.preamble = _without_eol(body[: marks[0][0]])
    msg.epilogue = body[marks[-1][1] :]
    msg.set_payload(parts)
