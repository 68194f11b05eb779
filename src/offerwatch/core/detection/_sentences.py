"""Split message text into sentences, rejoining lines that plain-text mail wrapped."""

from __future__ import annotations

import re

_BULLET = re.compile(r"^\s*(?:[-*•·▪◦]|\d{1,2}[.)])\s+")
_BOUNDARY = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])")
_SPACES = re.compile(r"[ \t\u00a0\u200b]+")
_MAX_SENTENCE = 400
_WRAP_WIDTH = 55  # a line at least this long that ends mid-sentence was wrapped


def _paragraph_lines(text: str) -> list[str]:
    """Join wrapped lines; keep headings, list items and short lines apart."""
    out: list[str] = []
    for raw in text.split("\n"):
        line = _SPACES.sub(" ", raw).strip()
        if not line:
            out.append("")
            continue
        if out and out[-1] and not _BULLET.match(line):
            previous = out[-1]
            wrapped = len(previous) >= _WRAP_WIDTH and not previous.endswith((".", "!", "?", ":"))
            continues = line[0].islower() and not previous.endswith((".", "!", "?"))
            if wrapped or continues:
                out[-1] = f"{previous} {line}"
                continue
        out.append(line)
    return [line for line in out if line]


def sentences(text: str) -> list[str]:
    """The sentences of `text`, whitespace collapsed, each at most a few hundred characters."""
    found: list[str] = []
    for line in _paragraph_lines(text):
        for part in _BOUNDARY.split(line):
            part = part.strip()
            if not part:
                continue
            while len(part) > _MAX_SENTENCE:
                cut = part.rfind(" ", 0, _MAX_SENTENCE)
                cut = cut if cut > 0 else _MAX_SENTENCE
                found.append(part[:cut].strip())
                part = part[cut:].strip()
            if part:
                found.append(part)
    return found
