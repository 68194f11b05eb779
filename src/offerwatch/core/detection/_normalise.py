"""Spell out the shorthand and fix the typos of hurried mail before the rules read it.

"can u send refs pls" is read as "can you send references please", "by weds" as "by
wednesday", "recieved" as "received". Two mechanisms: a table of the abbreviations people
type on phones and in chat, and a typo-tolerant match of longer words against the small
vocabulary the rules rely on (one edit: a letter dropped, doubled, swapped or changed).
The evidence still quotes the sentence as written; only the rules see the normal form.
"""

from __future__ import annotations

import re
from functools import lru_cache

from offerwatch.core.detection._literals import trie

_ABBREVIATIONS = {
    "refs": "references",
    "ref": "reference",
    "pls": "please",
    "plz": "please",
    "pse": "please",
    "u": "you",
    "ya": "you",
    "ur": "your",
    "yr": "your",
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    "tmw": "tomorrow",
    "tmoz": "tomorrow",
    "tomoz": "tomorrow",
    "2moro": "tomorrow",
    "2morrow": "tomorrow",
    "eow": "end of the week",
    "eod": "end of day",
    "cob": "close of business",
    "asap": "as soon as possible",
    "weds": "wednesday",
    "wed": "wednesday",
    "thurs": "thursday",
    "thur": "thursday",
    "thu": "thursday",
    "tues": "tuesday",
    "tue": "tuesday",
    "mon": "monday",
    "fri": "friday",
    "thx": "thanks",
    "thnx": "thanks",
    "thks": "thanks",
    "sal": "salary",
    "pkg": "package",
    "wk": "week",
    "wks": "weeks",
    "hrs": "hours",
    "mins": "minutes",
    "mgr": "manager",
    "thru": "through",
    "b4": "before",
    "avail": "available",
    "f2f": "face to face",
    "whats": "what's",
    "hows": "how's",
    # Negated contractions spelt out, so that patterns see one form: "won't" is "will not".
    "won't": "will not",
    "can't": "cannot",
    "don't": "do not",
    "doesn't": "does not",
    "didn't": "did not",
    "isn't": "is not",
    "aren't": "are not",
    "wasn't": "was not",
    "weren't": "were not",
    "haven't": "have not",
    "hasn't": "has not",
    "wouldn't": "would not",
    "couldn't": "could not",
    "shouldn't": "should not",
    "dont": "do not",
    "wont": "will not",
    "cant": "cannot",
    "didnt": "did not",
    "isnt": "is not",
    "arent": "are not",
    "havent": "have not",
    "youre": "you're",
    "youll": "you'll",
    "youve": "you've",
    "theyve": "they've",
    "theyre": "they're",
    "theyll": "they'll",
    "weve": "we've",
    "ive": "i've",
    "im": "i'm",
    "ill": "i'll",
}
# Words the rules turn on; a longer word one edit away from one of them is taken for it.
_VOCABULARY = frozenset(
    [
        "received",
        "receive",
        "receiving",
        "receipt",
        "interview",
        "interviews",
        "interviewing",
        "interviewed",
        "references",
        "reference",
        "referees",
        "referee",
        "salary",
        "salaries",
        "schedule",
        "scheduled",
        "scheduling",
        "available",
        "availability",
        "application",
        "applications",
        "applying",
        "unfortunately",
        "successful",
        "unsuccessful",
        "position",
        "opportunity",
        "candidate",
        "candidates",
        "decision",
        "decided",
        "decide",
        "congratulations",
        "congrats",
        "tomorrow",
        "wednesday",
        "thursday",
        "tuesday",
        "saturday",
        "february",
        "feedback",
        "process",
        "forward",
        "proceed",
        "proceeding",
        "progress",
        "progressing",
        "regret",
        "delighted",
        "pleased",
        "experience",
        "appointment",
        "appointed",
        "shortlisted",
        "shortlist",
        "selected",
        "considered",
        "consideration",
        "compensation",
        "expectations",
        "expectation",
        "reviewing",
        "reviewed",
        "currently",
        "definitely",
        "offering",
    ]
)
_BY_KEY: dict[tuple[str, int], tuple[str, ...]] = {}
for _word in _VOCABULARY:
    for _n in (len(_word) - 1, len(_word), len(_word) + 1):
        _BY_KEY[(_word[0], _n)] = (*_BY_KEY.get((_word[0], _n), ()), _word)

_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9']*")
# Addresses carry words and numbers ("online-privacy-notice", "2026/03/12") that say nothing.
_URL = re.compile(r"\b(?:https?://|www\.)\S+|\b[\w.-]+\.(?:com|io|co|org|net|jobs)/\S*", re.I)
_MIN_TYPO_LENGTH = 7


def _one_edit(a: str, b: str) -> bool:
    """True if `a` and `b` differ by one insertion, deletion, substitution or swap of letters
    inside the word. A difference in the last letter is an ending, not a typo: "please"
    is not "pleased", "reviewer" is not "reviewed"."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if i >= min(len(a), len(b)) - 1:
        return False
    if len(a) == len(b):
        if a[i + 1 :] == b[i + 1 :]:
            return True
        return a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :]
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return short[i:] == long_[i + 1 :]


@lru_cache(maxsize=16384)
def _normal_word(word: str) -> str:
    """The normal spelling of one word (lower case in, as-is when nothing applies)."""
    found = _ABBREVIATIONS.get(word)
    if found is not None:
        return found
    if len(word) < _MIN_TYPO_LENGTH or word in _VOCABULARY or not word.isalpha():
        return word
    for candidate in _BY_KEY.get((word[0], len(word)), ()):
        if _one_edit(word, candidate):
            return candidate
    return word


def _replace(match: re.Match[str]) -> str:
    word = match.group(0)
    if len(word) == 1 and word.isupper():  # "U.K.", "Plan U": not "you"
        return word
    lower = word.lower()
    normal = _normal_word(lower)
    return word if normal == lower else normal


# Only these words can change: the abbreviations, and words long enough to be a typo of one
# of the vocabulary (a regex finds them far faster than a call per word would).
# The abbreviations as a trie: it tries the longest first, as a list sorted by length would,
# at a third of the cost.
_CANDIDATES = re.compile(
    rf"\b(?:(?:{trie(sorted(_ABBREVIATIONS))})(?![\w'])|[A-Za-z]{{{_MIN_TYPO_LENGTH},16}}\b)",
    re.IGNORECASE,
)


def normalise(sentence: str) -> str:
    """`sentence` with abbreviations spelt out and near-misses of key words corrected."""
    if "/" in sentence or "www." in sentence:
        sentence = _URL.sub(" link ", sentence)
    return _CANDIDATES.sub(_replace, sentence)
