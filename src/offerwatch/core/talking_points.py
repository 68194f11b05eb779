"""Pick what was discussed out of free-form interview notes, for a personal thank-you note.

`talking_points("Discussed the Kafka migration; Ana asked about on-call rota. Hybrid, 2 days")`
-> ["the Kafka migration", "the on-call rota"]. Pure text handling, no I/O.
"""

from __future__ import annotations

import re

# Leading phrases that say "we talked about" rather than what: dropped.
_LEADS = re.compile(
    r"^(?:we\s+|they\s+|she\s+|he\s+|[A-Z][a-z]+\s+)?"
    r"(?:(?:talked|spoke|chatted)\s+(?:a\s+lot\s+)?about|discussed|covered|went\s+through|"
    r"went\s+over|asked\s+(?:me\s+)?about|asked(?:\s+me)?(?=\s+(?:how|what|why|whether)\b)|"
    r"explained|described|mentioned|presented|showed\s+me|walked\s+me\s+through|dug\s+into|"
    r"deep[- ]dive\s+(?:into|on))\s+",
    re.IGNORECASE,
)
_SPLIT = re.compile(r"[\n;]+|(?<=[.!?])\s+|\s+-\s+")
_BULLET = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s*")
# Notes about the candidate's impressions or about terms and logistics, not topics of the
# conversation: never quoted back to the interviewer.
_PRIVATE = re.compile(
    r"\b(nervous|awkward|bad|badly|worried|unsure|bored|tired|frown\w*|distracted|late|"
    r"negative|red flags?|weird|rude|liked|loved|impressed|seemed|seems|felt|feel|think|"
    r"thought|hope|salary|pay|money|band|compensation|bonus|equity|benefits|vacation|"
    r"hybrid|office|commute|relocat\w*|notice|start date|\d+k)\b",
    re.IGNORECASE,
)
# First words that need no article in "our conversation about ...".
_NO_ARTICLE = frozenset(
    """the a an our their your my his her its this that these those some any how why what
    when where whether which who one two three""".split()  # noqa: SIM905
)
_MAX_WORDS = 12


def _clean(fragment: str) -> str:
    text = _BULLET.sub("", fragment).strip().strip(".!?,:").strip()
    text = _LEADS.sub("", text).strip()
    if not text:
        return ""
    head, comma, _ = text.partition(", ")
    if comma and len(head.split()) >= 2:  # "team of 8, mostly Go" -> "team of 8"
        text = head
    first = text.split()[0]
    # Lower-case a capitalised first word unless it looks like a name or an acronym.
    if first[:1].isupper() and first[1:].islower() and first.lower() in _COMMON_STARTS:
        text = text[0].lower() + text[1:]
        first = first.lower()
    # A bare noun phrase reads as "the ...": "accessibility audit" -> "the accessibility audit".
    bare = first.isalpha() and first.islower() and first not in _NO_ARTICLE
    if bare and not first.endswith("ing"):
        text = "the " + text
    return text


# Capitalised only because they start a sentence: lower-cased in the middle of one.
_COMMON_STARTS = frozenset(
    """the a an our their your my how why what when team plans plan roadmap migration next role
    culture scaling growth onboarding hiring product design architecture data testing on-call
    oncall remote projects project work""".split()  # noqa: SIM905
)


def _same(text: str) -> str:
    """A comparison key: "the Kafka migration" and "Kafka migration" are the same topic."""
    return re.sub(r"^(?:the|a|an)\s+", "", text.lower())


def talking_points(notes: str | None, limit: int = 3) -> list[str]:
    """Up to `limit` short topics from `notes`, in the order written, without duplicates.

    Fragments that read as private impressions (nerves, salary, red flags) and long
    sentences are left out: a thank-you note mentions what was discussed, not how it felt.
    """
    if not notes:
        return []
    found: list[str] = []
    for fragment in _SPLIT.split(notes):
        if _PRIVATE.search(fragment):
            continue
        text = _clean(fragment)
        if not text or len(text.split()) > _MAX_WORDS or len(text) < 3:
            continue
        if _same(text) not in (_same(f) for f in found):
            found.append(text)
        if len(found) >= limit:
            break
    return found


def points_for(notes: str | None, first_name: str, limit: int = 2) -> list[str]:
    """Topics for one person: those whose note fragment names them come first."""
    if not notes:
        return []
    mine: list[str] = []
    for fragment in _SPLIT.split(notes):
        if re.search(rf"\b{re.escape(first_name)}\b", fragment, re.IGNORECASE):
            mine.extend(talking_points(fragment, limit=1))
    rest = [p for p in talking_points(notes, limit=limit + len(mine)) if p not in mine]
    return [*mine, *rest][:limit]


def join_words(items: list[str]) -> str:
    """ "a", "a and b", "a, b and c"."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]
