"""The words without which detection finds nothing: a cheap, word-level superset of its rules.

Each condition is a conjunction of alternatives: "a|b & c" holds when the text has a word
starting with a or b, and a word starting with c. `word$` must be the whole word, `~bytes`
is searched as raw bytes (for accented spellings), `#` is any digit. The table was written by
reading every trigger of offerwatch.core.detection (a trigger can only match when one of the
conditions holds); tests check it over the corpus, generated mail and real mail.
"""

from __future__ import annotations

import re
from functools import lru_cache

from offerwatch.core.detection._context import JOB_WORDS, OTHER_JOB_WORDS
from offerwatch.core.intake_relevance import MIN_NAME, STRONG_WORDS, WEAK_KINDS

_TIME = (
    "week|day|month|fortnight|hour|hrs$|hr$|tomorrow|today|tonight|shortly|soon|eod$|eow$|cob$|#|"
    "mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may$|jun|jul|aug|sep|oct|nov|dec|end$|"
    "early|mid|late|couple|few|several"
)
_TIMELINE_TRIGGERS = (
    "hear|back$|touch|reach|contact|update|inform|notif|advis|email|call|revert|let$|news|"
    "answer|respon|reply|feedback|outcome|result|decision|decid|choice|selection|follow|"
    "finish|complet|conclud|wrap|finali|next$|step|expect|review|process|selection|take$|"
    "takes$|taking|last|plan$|aim$|hope|intend"
)
CONDITIONS: tuple[str, ...] = (
    # Words that alone make a message worth a full look.
    "interview|applica|applied|applying|candida|recruit|hiring|vacanc|referee|referen",
    "salary|compensation|remuneration|notice|offer|unfortunately|regret|shortlist|unsuccessful",
    "resum|~r\xc3\xa9sum|~r\xe9sum|cv$|submission|submitting|qualification|ctc$|commitment",
    "obligation|short & list",
    "refs$|ref$|slot|reschedul|calendly",
    # Found missing by the invariant test (tests/unit/mail/test_prefilter.py): the rules
    # turn on these too.
    "decided|decide & against",
    "gone|went & someone|another|other|internal",
    # German, French, Spanish: the rule tables of those languages turn on these words
    "bewerb|gespr|kandidat|vorstellungs|absage|zusage|stelle|angebot|gehalt|frist|"
    "referenz|entretien|candidat|poste$|recrutement|offre|salaire|~pr\xc3\xa9avis|"
    "entrevista|candidatura|puesto|oferta|vacante|proceso|salario|preaviso|referencias|"
    "videollamada|llamada|conocer|reuni|kennenlernen|termin|rendez|appel|visio|coordonn|"
    "~f\xc3\xa9rence|~f\xe9rence",
    # application_received
    "receiv|recieved|got$|registered & applica|resum|cv$|submission|candida|expression|detail|"
    "profile|information|material|referral",
    "tak|took & apply|submit",
    "decided|chose & apply",
    "excited|delighted|happy|pleased|glad|thrilled & interest",
    "forward & review|learning|reading",
    "complet|taken & step",
    "thank & apply|submit|send",
    "receipt & confirm|acknowledg",
    "profile & review|consider",
    "review|assess|consider|look|evaluat & qualification|background|experience|profile|"
    "submission|applications|skill|detail|cv$|resum|~r\xc3\xa9sum|~r\xe9sum",
    # interview_request
    "invit & call|chat|conversation|meet|assessment|site|onsite|panel|video|zoom|teams|discussion",
    "like|love|want|keen|happy|pleased|delighted|excited|glad & schedul|arrang|set$|book|"
    "organi|line$|have$|invite|move|progress|advanc|bring|speak|talk|meet|chat|get$ & call|chat|"
    "conversation|meet|screen|round|stage|visit|site|onsite|panel|discussion|further|more$|next$|"
    "person|team",
    "schedul|arrang|set$|book|organi & interview|screen|call|chat|meeting",
    "availability",
    "available & time|slot|date",
    "available|free & when",
    "what & time|day|date|slot & would|will|work|suit|good|are$",
    "round|stage|step|interview & next|second|final|third|2nd|3rd|technical|onsite|on$ & you$",
    "confirm & call|meeting",
    "forward & speak|meet|talk|seeing",
    "meet & team",
    "speak|talk & you$",
    "pick|choose|select|book & time|slot",
    "find & time|slot & talk|chat|speak|meet|call",
    "around|free|available|able & call|chat|meeting|conversation|screen",
    "extend & position|role$|job$|post$|place$|opportunit|internship|contract|employment",
    # notice_period_asked
    "start|begin|join & date|earliest|possible|potential|expected|likely|preferred|ideal|availab|"
    "when|soon",
    "current & contract",
    # references
    "manager|supervisor|boss & former|previous|past|current & touch|connect",
    "check & background",
    "spoke|spoken|chatted|talked|had$|heard & positive|glowing|lovely|great|good|kind|high|"
    "complimentary|supportive|excellent|strong|warm|manager|referee|reference",
    # salary_discussed
    "pay$|rate$|package|wage & expectation|requirement|range|band|history|level|ask",
    "expected|desired|target|current|preferred|minimum & pay$|rate$|package|base$",
    "what & pay$|rate$|package",
    "expect|looking|hoping|aiming & pay$",
    "pay$|base$|bonus|equity|package|rate$|budget|band$|range$|stipend|wage & #",
    "discuss|talk|go$|cover & pay$|package",
    "earning & current|currently|presently",
    "pays$ & role$|job$|position",
    # rejection
    "decided|chosen|opted|elected|choose|decide|going|need & move|moving|proceed|go$|pursu|"
    "continu|progress|advanc|focus|consider|priorit|fill & other|another|different|candidate|"
    "applicant|internal|someone|individual|those$|others$",
    "moving|forward & those$|others$|individual|people",
    "we$ & filled|closed",
    "qualified & not$|most$",
    "direction & going|go$|went|move|moving|headed",
    "moving|move|proceed|going|pursu & other|another|different|candidate|applicant|someone|"
    "internal",
    "not$|won't|won$|unable|cannot|can't|can$|no$|longer & mov|proceed|progress|advanc|tak|"
    "continu|pursu|consider|accept|review",
    "not$|haven|hasn|weren|wasn & selected|successful|shortlisted|chosen|progressed",
    "position|role$|job$|vacanc|requisition|opening|posting & filled|closed|cancel|withdrawn|"
    "hold|longer",
    "candidate|applicant|individual|profile & pursu|forward|selected|chose|hired|proceed",
    "direction & another|different",
    "not$|won't|won$|don't|don$ & fit$|match$",
    "decided|chosen|opted|elected & not$",
    "will|would & not$ & offering|inviting|extending|progressing|proceeding",
    "congratulation",
)

# Conditions of the rules that fire on everyday mail too (timeline_stated, and the weak
# rules of core.detection: a proposed call, a money figure): out of job context (the only
# case the screen must answer for) they count only with a job word in the message.
TIMELINE = f"{_TIMELINE_TRIGGERS} & {_TIME}"
IN_CONTEXT: tuple[str, ...] = (
    TIMELINE,
    "call|chat|intro|teams|zoom|video|coffee|meet & ~?",
    "jump|hop & call|teams|zoom|video|phone",
    "confirm|set$|remind & tomorrow|today|tonight|am$|pm$|#",
    "~\xc2\xa3|~\xa3|~$|~\xe2\x82\xac|~\x80|~\xe2\x82\xb9|usd|eur|gbp|chf|inr|aud|cad & #",
)

_DIGIT = re.compile(rb"[0-9]")
_MAX_TOKENS = 50_000  # distinct words remembered by _Table.found


def _trie_pattern(words: list[bytes]) -> bytes:
    """A regex alternation shaped as a trie, so the engine tries few branches per position."""
    tree: dict[int, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = tree
        for byte in word:
            node = node.setdefault(byte, {})
        node[-1] = {}

    def emit(node: dict) -> bytes:  # type: ignore[type-arg]
        branches = [re.escape(bytes([b])) + emit(child) for b, child in node.items() if b != -1]
        if not branches:
            return b""
        body = branches[0] if len(branches) == 1 else b"(?:" + b"|".join(branches) + b")"
        return b"(?:" + body + b")?" if -1 in node else body

    return emit(tree)


class _Table:
    """The conditions compiled: one regex finds the words that matter, sets do the rest."""

    def __init__(self, conditions: tuple[str, ...]) -> None:
        self.prefixes: set[bytes] = set()
        self.exact: set[bytes] = set()
        self.raw: set[bytes] = set()
        self.compiled: list[list[frozenset[bytes]]] = []
        for condition in conditions:
            clauses = []
            for clause in condition.split("&"):
                atoms = set()
                for atom in (a.strip() for a in clause.split("|")):
                    if atom.startswith("~"):
                        key = atom[1:].encode("latin-1")
                        self.raw.add(key)
                        atoms.add(b"~" + key)
                    elif atom == "#":
                        atoms.add(b"#")
                    elif atom.endswith("$"):
                        key = atom[:-1].encode("ascii")
                        self.exact.add(key)
                        atoms.add(b"=" + key)
                    else:
                        key = atom.encode("ascii")
                        self.prefixes.add(key)
                        atoms.add(key)
                clauses.append(frozenset(atoms))
            self.compiled.append(clauses)
        self.lengths = sorted({len(p) for p in self.prefixes})
        stems = sorted(self.prefixes | self.exact)
        self.finder = re.compile(rb"(?<![a-z0-9'])" + _trie_pattern(stems) + rb"[a-z0-9']*")
        # token -> the atoms it holds: a mailbox says the same words over and over, and
        # working them out was half of the screen's time on mail that passes it.
        self.atoms_of: dict[bytes, tuple[bytes, ...]] = {}

    def _atoms(self, token: bytes) -> tuple[bytes, ...]:
        atoms: list[bytes] = [b"=" + token] if token in self.exact else []
        for length in self.lengths:
            if length > len(token):
                break
            head = token[:length]
            if head in self.prefixes:
                atoms.append(head)
        if len(self.atoms_of) >= _MAX_TOKENS:  # bounded, whatever the mailbox holds
            self.atoms_of.clear()
        made = self.atoms_of[token] = tuple(atoms)
        return made

    def found(self, text: bytes) -> set[bytes]:
        """The atoms `text` holds."""
        hits: set[bytes] = set()
        atoms_of = self.atoms_of
        for token in set(self.finder.findall(text)):
            atoms = atoms_of.get(token)
            hits.update(self._atoms(token) if atoms is None else atoms)
        if _DIGIT.search(text):
            hits.add(b"#")
        for needle in self.raw:
            if needle in text:
                hits.add(b"~" + needle)
        return hits


_TABLE = _Table((*CONDITIONS, *IN_CONTEXT))


def _as_bytes(pattern: str, lower: bool = False) -> re.Pattern[bytes]:
    """A str pattern made to search raw lower-case bytes in any ASCII-compatible charset:
    each non-ASCII letter stands for any one to four non-ASCII bytes (its encoding in UTF-8,
    Latin-1 or another charset, in either case), so the bytes pattern finds a superset."""
    out = "".join(c if ord(c) < 128 else "\x00" for c in pattern).encode("ascii")
    out = out.replace(b"\x00", rb"[\x80-\xff]{1,4}")
    # str.lower() makes ASCII of two non-ASCII letters: the Kelvin sign (k) and dotted I.
    out = out.replace(b"k", b"(?:k|\xe2\x84\xaa)").replace(b"i", b"(?:i|\xc4\xb0)")
    # A word's start as the ASCII \b sees it (every alternative opens with an ASCII letter);
    # its end is not asked for at all (after a non-ASCII letter the two would differ).
    assert out.startswith(rb"\b(?:") and out.endswith(rb")\b")
    out = rb"(?<![A-Za-z0-9_])" + out[2:-2]
    # `lower`: the pattern is all lower case and is only run on lower-case bytes, where a
    # case-sensitive search finds the same and runs twice as fast.
    assert not lower or re.sub(r"\\[A-Z]", "", pattern).islower()
    return re.compile(out, 0 if lower else re.IGNORECASE)


# detect()'s job words (core.detection._context.JOB_WORDS), read from raw bytes.
_JOB_WORDS = _as_bytes(JOB_WORDS.pattern)
_OTHER_JOB_WORDS = _as_bytes(OTHER_JOB_WORDS.pattern, lower=True)


def _by_first_letter(kinds: list[list[str]]) -> tuple[str, dict[int, int]]:
    """One pattern for every alternative of every kind, grouped by its first letter (so the
    engine tries one letter, then few words, at each word start), and the kind of each of
    its groups."""
    letters: dict[str, dict[int, list[str]]] = {}
    for kind, words in enumerate(kinds):
        for word in words:
            assert word[:1].isascii() and word[:1].isalpha(), word
            letters.setdefault(word[0], {}).setdefault(kind, []).append(word[1:])
    branches, group_kind, group = [], {}, 0
    for letter, by_kind in sorted(letters.items()):
        options = []
        for kind, rests in sorted(by_kind.items()):
            group += 1
            group_kind[group] = kind
            options.append("(" + "|".join(rests) + ")")
        branches.append(letter + "(?:" + "|".join(options) + ")")
    return r"\b(?:" + "|".join(branches) + r")\b", group_kind


# The relevance test of intake (core.intake_relevance), read from raw bytes: one pass finds
# a strong word (kind 0) or a weak one (its kind).
_RELEVANCE_SOURCE, _RELEVANCE_KIND = _by_first_letter(
    [list(STRONG_WORDS), *(list(kind) for kind in WEAK_KINDS)]
)
_RELEVANCE = _as_bytes(_RELEVANCE_SOURCE, lower=True)
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


@lru_cache(maxsize=8)
def _names_pattern(names: frozenset[str]) -> re.Pattern[bytes] | None:
    """Any of `names` (lower case) in raw lower-case bytes, as a superset: a non-ASCII letter
    is any non-ASCII bytes, a space any run of spaces or non-ASCII bytes (a no-break space),
    and no word edges are asked for."""
    alternatives = []
    for name in sorted(names):
        if len(name) < MIN_NAME:
            continue
        words = []
        for word in name.split():
            pieces = _NON_ASCII.split(word)
            words.append(rb"[\x80-\xff]{1,4}".join(re.escape(p.encode()) for p in pieces))
        alternatives.append(rb"(?:\s|[\x80-\xff])+".join(words))
    if not alternatives:
        return None
    return re.compile(b"|".join(alternatives))


def names_in(text: bytes, names: frozenset[str]) -> bool:
    """True when lower-case `text` may name one of `names` (never a miss)."""
    pattern = _names_pattern(names) if names else None
    return pattern is not None and pattern.search(text) is not None


def relevant_bytes(text: bytes) -> bool:
    """True when lower-case `text` may be job mail by intake's relevance test on words (never
    a miss when intake's test, on the parsed message, says it is)."""
    kinds: set[int] = set()
    for hit in _RELEVANCE.finditer(text):
        kind = _RELEVANCE_KIND[hit.lastindex or 0]
        if kind == 0:
            return True
        kinds.add(kind)
        if len(kinds) >= 2:
            return True
    return False


def job_words(text: bytes) -> bool:
    """True when lower-case `text` may hold one of detect()'s job words (never a miss)."""
    return _JOB_WORDS.search(text) is not None


def other_job_words(text: bytes) -> bool:
    """True when lower-case `text` may hold a job word of a language the rules do not read."""
    return _OTHER_JOB_WORDS.search(text) is not None


def could_be_job_mail(text: bytes) -> str | None:
    """The first condition that lower-case `text` meets (so it may be job mail), else None.
    Those of IN_CONTEXT count only with a job word (what detect() asks out of job context)."""
    hits = _TABLE.found(text)
    job: bool | None = None
    for index, (source, clauses) in enumerate(
        zip((*CONDITIONS, *IN_CONTEXT), _TABLE.compiled, strict=True)
    ):
        for clause in clauses:
            if hits.isdisjoint(clause):
                break
        else:
            if index >= len(CONDITIONS):
                job = job_words(text) if job is None else job
                if not job:
                    continue
            return source
    if _OTHER_JOB_WORDS.search(text):
        return "job word in a language the rules do not read"
    return None
