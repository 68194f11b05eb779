"""Keep only what the sender wrote now: strip quoted replies, forwarded history, signatures.

`new_text(body)` cuts the body at the first line that starts the quoted history (an
"On <date>, <person> wrote:" header in several languages, Outlook's "-----Original
Message-----" or its "From: ... Sent: ..." block, a forwarded-message marker), drops lines
quoted with ">", drops legal and confidentiality footers (paragraphs recognised by their
vocabulary, wherever they sit), and drops the signature (a "-- " line, a mobile footer, or
what follows a sign-off such as "Best regards," with a name under it). A forwarded message
that the sender points to ("see below", "passing this on") is kept: it is what they send.
Pure: text in, text out.
"""

from __future__ import annotations

import re

# A line that opens the quoted history; everything from it on is old text.
_REPLY_HEADERS = [
    # English, as Gmail/Apple Mail/Thunderbird write it (may wrap over two lines).
    r"on\s.{4,200}?\bwrote\s*:",
    r".{2,120}\bwrote\s*:\s*$",
    # German, French, Spanish, Italian, Dutch, Portuguese, Swedish/Danish/Norwegian.
    r"am\s.{4,200}?\bschrieb\b.{0,120}:",
    r"le\s.{4,200}?\ba\s+écrit\s*:",
    r"el\s.{4,200}?\bescribió\s*:",
    r"il\s.{4,200}?\bha\s+scritto\s*:",
    r"op\s.{4,200}?\bschreef\b.{0,120}:",
    r"em\s.{4,200}?\bescreveu\s*:",
    r".{4,200}?\b(?:skrev|kirjoitti)\b.{0,120}:",
    # Outlook and friends.
    r"-{2,}\s*original\s+message\s*-{2,}",
    r"-{2,}\s*(?:ursprüngliche\s+nachricht|message\s+d'origine|mensaje\s+original)\s*-{2,}",
    r"_{10,}\s*$",
    r"-{2,}\s*forwarded\s+message\s*-{2,}",
    r"begin\s+forwarded\s+message\s*:",
]
_REPLY_HEADER = re.compile(r"^\s*(?:" + "|".join(_REPLY_HEADERS) + r")", re.IGNORECASE)

_FORWARD = re.compile(
    r"^\s*(?:-{2,}\s*(?:forwarded\s+message|weitergeleitete\s+nachricht|message\s+transféré|"
    r"mensaje\s+reenviado)\s*-{2,}|begin\s+forwarded\s+message\s*:)",
    re.IGNORECASE,
)
# The sender's own words point at the forwarded message below them.
_POINTS_BELOW = re.compile(
    r"\b(?:below|forward(?:ed|ing)?|passing\s+(?:this|it)\s+on|fyi|see\s+(?:the\s+)?"
    r"(?:note|message|email|mail)|weitergeleitet|ci-dessous|abajo)\b",
    re.IGNORECASE,
)
_HEADER_LINE = re.compile(
    r"^\s*\**(?:from|date|sent|subject|to|cc|von|datum|betreff|an|de|objet|à|asunto|para|"
    r"fecha|enviado)\s*:",
    re.IGNORECASE,
)
# Legal, confidentiality and registration footers: recognised by their vocabulary.
_LEGAL = re.compile(
    r"\b(?:confidential(?:ity)?|privileged|intended\s+(?:solely\s+)?(?:for\s+the\s+)?"
    r"(?:recipient|addressee)|(?:received|receive)\s+(?:this|it|this\s+e-?mail|this\s+message)\s+"
    r"in\s+error|registered\s+(?:in|office|number|no)|company\s+(?:number|no)|disclaimer|"
    r"authori[sz]ed\s+and\s+regulated|viruses|equal\s+opportunit(?:y|ies)\s+employer|"
    r"privacy\s+(?:notice|policy)|unsubscribe|do\s+not\s+reply|unattended\s+mailbox|"
    r"(?:not|cannot)\s+be\s+(?:read|monitored)|delete\s+(?:it|this)|liability|"
    r"without\s+regard\s+to|(?:race|religion),\s|consider\s+the\s+environment)",
    re.IGNORECASE,
)

# An "On <date>, <person>" line wrapped before "wrote:".
_ON_LINE = re.compile(r"^\s*on\s", re.IGNORECASE)
_WROTE_LINE = re.compile(r"^\s*(?:\S.{0,120})?\bwrote\s*:\s*$", re.IGNORECASE)

# Outlook's header block: "From: ..." followed within a few lines by "Sent:"/"Date:".
_FROM_LINE = re.compile(r"^\s*\**(?:from|von|de|van|da)\s*:\**\s*\S", re.IGNORECASE)
_SENT_LINE = re.compile(
    r"^\s*\**(?:sent|date|gesendet|datum|envoyé|enviado|verzonden|inviato)\s*:", re.IGNORECASE
)

# Signatures: the standard delimiter, mobile footers, and sign-off lines.
_SIG_DELIMITER = re.compile(r"^(?:--|—|__)\s*$")
_MOBILE_FOOTER = re.compile(
    r"^\s*(?:sent\s+from\s+(?:my\s+)?(?:iphone|ipad|android|mobile|samsung|galaxy|phone|"
    r"blackberry|outlook\s+for\s+(?:ios|android))|get\s+outlook\s+for\s+(?:ios|android)|"
    r"von\s+meinem\s+(?:iphone|smartphone|handy)\s+gesendet|envoyé\s+de\s+mon\s+(?:iphone|"
    r"téléphone)|enviado\s+desde\s+mi\s+(?:iphone|móvil))",
    re.IGNORECASE,
)
_SIGN_OFF = re.compile(
    r"^\s*(?:(?:best|kind|warm|warmest|many|with)?\s*(?:regards|wishes)|best|cheers|thanks|thx|ta|"
    r"rgds|br|kr|"
    r"thank\s+you|many\s+thanks|thanks\s+again|all\s+the\s+best|sincerely|yours\s+sincerely|"
    r"yours\s+truly|yours\s+faithfully|respectfully|talk\s+soon|speak\s+soon|take\s+care|"
    r"mit\s+freundlichen\s+grüßen|viele\s+grüße|beste\s+grüße|cordialement|bien\s+à\s+vous|"
    r"saludos(?:\s+cordiales)?|un\s+saludo|met\s+vriendelijke\s+groet(?:en)?|distinti\s+saluti|"
    r"cordiali\s+saluti|atenciosamente|med\s+vänliga\s+hälsningar)\s*[,.!]?\s*$",
    re.IGNORECASE,
)
_POSTSCRIPT = re.compile(r"^\s*p\.?\s?s\b", re.IGNORECASE)
# A sign-off ends the message only if little follows it (name, title, phone...).
_MAX_SIGNATURE_LINES = 8


def _forwarded(lines: list[str], start: int) -> list[str] | None:
    """The forwarded message's own lines when the history opens with a forward marker that
    the sender's words point to; None otherwise."""
    if not _FORWARD.match(lines[start]):
        return None
    above = " ".join(lines[:start])
    if above.strip() and not _POINTS_BELOW.search(above):
        return None
    rest = lines[start + 1 :]
    i = 0
    while i < len(rest) and (_HEADER_LINE.match(rest[i]) or not rest[i].strip()):
        i += 1
    rest = rest[i:]
    return rest[: _history_start(rest)]


_FORWARD_ANYWHERE = re.compile(_FORWARD.pattern, re.IGNORECASE | re.MULTILINE)
_AN_ADDRESS = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
_FORWARD_SCAN = 20_000  # a forward marker sits near the top of the text


def forwarded_sender(body: str) -> str | None:
    """The address in the From line of the first forwarded message in `body` (lower case),
    or None: "---------- Forwarded message ---------" then "From: Ana <ana@acme.com>"."""
    marker = _FORWARD_ANYWHERE.search(body, 0, _FORWARD_SCAN)
    if marker is None:
        return None
    for line in body[marker.end() : marker.end() + 600].splitlines()[1:7]:
        if _FROM_LINE.match(line):
            found = _AN_ADDRESS.search(line)
            return found.group(0).lower() if found else None
    return None


def _history_start(lines: list[str]) -> int:
    """Index of the first line of the quoted history, or len(lines)."""
    for i, line in enumerate(lines):
        if _REPLY_HEADER.match(line):
            return i
        # "On Tue, 3 Mar 2026 at 10:00, Ana Lopez <ana@acme.com>" wrapped before "wrote:".
        if _ON_LINE.match(line) and i + 1 < len(lines) and _WROTE_LINE.match(lines[i + 1]):
            return i
        if _FROM_LINE.match(line):
            window = lines[i + 1 : i + 5]
            if any(_SENT_LINE.match(w) for w in window):
                return i
    return len(lines)


_CONTACT = re.compile(r"@|https?://|www\.|\+?\d[\d ()./-]{6,}")


def _looks_like_signature(line: str) -> bool:
    """A name, title, company, phone number or address line rather than prose."""
    text = line.strip()
    if _CONTACT.search(text):
        return True
    return len(text.split()) <= 6 and not text.endswith(("?", ":"))


def _without_legal(lines: list[str]) -> list[str]:
    """Lines without the paragraphs (or single lines) that two legal cues mark as a footer."""
    if not _LEGAL.search("\n".join(lines)):
        return lines
    out: list[str] = []
    paragraph: list[str] = []
    for line in [*lines, ""]:
        if line.strip():
            paragraph.append(line)
            continue
        marked = sum(1 for x in paragraph if _LEGAL.search(x))
        if len(_LEGAL.findall(" ".join(paragraph))) < 2 or marked * 3 < len(paragraph):
            out.extend(x for x in paragraph if len(_LEGAL.findall(x)) < 2 or len(x) < 40)
        out.append(line)
        paragraph = []
    return out[:-1]


def _is_name(line: str) -> bool:
    """A short line that could be the sender's name or initials under a sign-off."""
    text = line.strip()
    return 0 < len(text.split()) <= 4 and not text.endswith((".", "?", "!", ":", ","))


def _signature_start(lines: list[str]) -> int:
    """Index of the first signature line, or len(lines)."""
    for i, line in enumerate(lines):
        if _SIG_DELIMITER.match(line) or _MOBILE_FOOTER.match(line):
            return i
    for i in range(len(lines) - 1, -1, -1):
        if _SIGN_OFF.match(lines[i]):
            rest = [x for x in lines[i + 1 :] if x.strip()]
            if len(rest) <= _MAX_SIGNATURE_LINES and all(_looks_like_signature(x) for x in rest):
                return i
            break
    # A sign-off with a name under it: what follows is signature, notes and footers, unless
    # it is a postscript.
    for i, line in enumerate(lines[:-1]):
        if (
            i > 0
            and _SIGN_OFF.match(line)
            and _is_name(lines[i + 1])
            and not any(_POSTSCRIPT.match(x) for x in lines[i + 2 :])
        ):
            return i
    return len(lines)


def _own_words(lines: list[str]) -> list[str]:
    """`lines` without quoted lines, legal footers and the signature."""
    lines = _without_legal([line for line in lines if not line.lstrip().startswith(">")])
    return lines[: _signature_start(lines)]


def new_text(body: str) -> str:
    """The part of `body` its sender wrote now: no quoted reply, history or signature."""
    lines = body.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    start = _history_start(lines)
    forwarded = _forwarded(lines, start) if start < len(lines) else None
    kept = _own_words(lines[:start])
    if forwarded:
        kept += [""] if kept and kept[-1].strip() else []
        kept += _own_words(forwarded)
    return "\n".join(kept).strip()
