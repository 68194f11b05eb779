"""Keep only what the sender wrote now: strip quoted replies, forwarded history, signatures.

`new_text(body)` cuts the body at the first line that starts the quoted history (an
"On <date>, <person> wrote:" header in several languages, Outlook's "-----Original
Message-----" or its "From: ... Sent: ..." block, a forwarded-message marker), drops lines
quoted with ">", and drops the signature (a "-- " line, a mobile footer, or a short block
after a sign-off such as "Best regards,"). Pure: text in, text out.
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
    r"^\s*(?:(?:best|kind|warm|warmest|many|with)?\s*(?:regards|wishes)|best|cheers|thanks|"
    r"thank\s+you|many\s+thanks|thanks\s+again|all\s+the\s+best|sincerely|yours\s+sincerely|"
    r"yours\s+truly|yours\s+faithfully|respectfully|talk\s+soon|speak\s+soon|take\s+care|"
    r"mit\s+freundlichen\s+grüßen|viele\s+grüße|beste\s+grüße|cordialement|bien\s+à\s+vous|"
    r"saludos(?:\s+cordiales)?|un\s+saludo|met\s+vriendelijke\s+groet(?:en)?|distinti\s+saluti|"
    r"cordiali\s+saluti|atenciosamente|med\s+vänliga\s+hälsningar)\s*[,.!]?\s*$",
    re.IGNORECASE,
)
# A sign-off ends the message only if little follows it (name, title, phone...).
_MAX_SIGNATURE_LINES = 8


def _history_start(lines: list[str]) -> int:
    """Index of the first line of the quoted history, or len(lines)."""
    for i, line in enumerate(lines):
        if _REPLY_HEADER.match(line):
            return i
        # "On Tue, 3 Mar 2026 at 10:00, Ana Lopez <ana@acme.com>" wrapped before "wrote:".
        if (
            re.match(r"^\s*on\s", line, re.IGNORECASE)
            and i + 1 < len(lines)
            and re.match(r"^\s*(?:\S.{0,120})?\bwrote\s*:\s*$", lines[i + 1], re.IGNORECASE)
        ):
            return i
        if _FROM_LINE.match(line):
            window = lines[i + 1 : i + 5]
            if any(_SENT_LINE.match(w) for w in window):
                return i
    return len(lines)


def _looks_like_signature(line: str) -> bool:
    """A name, title, company, phone number or address line rather than prose."""
    text = line.strip()
    if re.search(r"@|https?://|www\.|\+?\d[\d ()./-]{6,}", text):
        return True
    return len(text.split()) <= 6 and not text.endswith(("?", ":"))


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
    return len(lines)


def new_text(body: str) -> str:
    """The part of `body` its sender wrote now: no quoted reply, history or signature."""
    lines = body.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    lines = lines[: _history_start(lines)]
    lines = [line for line in lines if not line.lstrip().startswith(">")]
    lines = lines[: _signature_start(lines)]
    return "\n".join(lines).strip()
