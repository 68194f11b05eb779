"""Names as people type them: company keys, "Name <email>" pastes, the name to greet."""

from __future__ import annotations

import re
import unicodedata
from email.utils import parseaddr

# Honorifics and academic titles that precede a name; never the name to greet someone by.
_TITLES = frozenset({
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "herr", "frau",
    "fr", "hr", "mme", "mlle", "m", "sr", "sra", "srta", "ing", "dipl",
})  # fmt: skip
_ANGLE = re.compile(r"^(?P<name>[^<>]*)<(?P<email>[^<>]*)>\s*$")


def name_key(name: str) -> str:
    """The key two spellings of one company share: NFKC, case-folded, spaces collapsed
    ("ŠKODA  Auto" and "škoda auto" meet; Python's casefold, not the database's lower())."""
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def split_address(text: str) -> tuple[str, str | None]:
    """A pasted "Mara Jensen <mara@kitelabs.example>" as (name, email); plain text is a
    name with no email. Quotes around the name are dropped."""
    match = _ANGLE.match(text.strip())
    if not match:
        return text.strip(), None
    name, email = parseaddr(text.strip())
    name = (name or match.group("name")).strip().strip('"').strip()
    return name, (email or match.group("email")).strip() or None


def greeting_name(name: str) -> str:
    """The word to greet someone by: the first word of the name that is not a title
    ("Dr. Mara Jensen" -> "Mara"); the whole name when it is only titles."""
    words = name.split()
    for word in words:
        if word.rstrip(".").casefold() not in _TITLES:
            return word
    return name.strip()


def person_mentioned(text: str) -> tuple[str, str | None]:
    """Who "Ana Lopez", "ana.lopez@acme.example" or "Ana Lopez <ana@acme.example>" names, as
    (name, email): a bare address gives a name from its local part ("Ana Lopez")."""
    name, email = split_address(text)
    if email is None and "@" in name and " " not in name:
        email = name
        name = ""
    if not name and email:
        name = email.split("@", 1)[0].replace(".", " ").replace("_", " ").title()
    return name, email
