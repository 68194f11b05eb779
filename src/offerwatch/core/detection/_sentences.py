"""Split message text into sentences, rejoining lines that plain-text mail wrapped."""

from __future__ import annotations

import re

_BULLET = re.compile(r"^\s*(?:[-*•·▪◦]|\d{1,2}[.)])\s+")
_BOUNDARY = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[]?[A-Za-z0-9])")
# A full stop after these is no sentence end, whatever follows it.
_ABBREVIATION = re.compile(
    r"(?:\b(?:e\.g|i\.e|etc|approx|vs|mr|mrs|ms|dr|st|no|inc|ltd|co|dept|ref|min|hrs?)\.|\b[A-Za-z]\.)$",
    re.IGNORECASE,
)
_SPACES = re.compile(r"[ \t\u00a0\u200b]+")
_MAX_SENTENCE = 400
_WRAP_WIDTH = 55  # a line at least this long that ends mid-sentence was wrapped


# The left column of a status or booking table (HTML cells come out one per line).
_FIELD = re.compile(
    r"^(?:status|stage|reason|outcome|decision|result|interview|interviewers?|date|time|when|"
    r"where|location|format|with|task|due|position|role|job\s+title|(?:job\s+)?requisition|"
    r"action|last\s+updated|event\s+type|venue|duration)$",
    re.IGNORECASE,
)


def _join_fields(lines: list[str]) -> list[str]:
    """ "Status" followed by "Not Selected" becomes "Status: Not Selected"."""
    for i, line in enumerate(lines):
        if not _FIELD.match(line):
            continue
        j = i + 1
        while j < len(lines) and not lines[j]:
            j += 1
        if j < len(lines) and len(lines[j].split()) <= 12 and not _FIELD.match(lines[j]):
            lines[i] = f"{line}: {lines[j]}"
            lines[j] = ""
    return lines


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
    return [line for line in _join_fields(out) if line]


def sentences(text: str) -> list[str]:
    """The sentences of `text`, whitespace collapsed, each at most a few hundred characters."""
    found: list[str] = []
    for line in _paragraph_lines(text):
        parts: list[str] = []
        for part in _BOUNDARY.split(line):
            if parts and _ABBREVIATION.search(parts[-1]):
                parts[-1] = f"{parts[-1]} {part}"
            else:
                parts.append(part)
        for part in parts:
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
