"""Suggest the signs of an interview from the candidate's own notes about it.

Notes are terse and first person ("ran ~20 min over, showed me round, met 2 devs"). Each
sentence is cut into clauses at commas, semicolons and dashes; a sign's cue words
(`core.notes_cues`) found in a clause suggest it unless the words around them say
otherwise:
- a negation shortly before the cue in its clause ("didn't discuss salary", "no tour",
  "nobody else joined") or just after it ("salary didn't come up");
- a hedge, a wish or an open question in the clause ("not sure if he was bored",
  "hopefully they'll show me round", "maybe they'll ask for references?");
- the candidate as the actor: "I mentioned my notice period" is not their question, and "I
  asked about next steps" is a next step reviewed only if they answered ("... she said a
  panel next"; "... she wasn't sure" is no answer).
A negated cue can mean the opposite sign ("no eye contact"). A length named twice ("booked
for 45, we did 90 minutes") is compared. A decision date is read with `core.timeline`
against the interview's date. Pure: no clock, no I/O; suggestions only, nothing is recorded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from offerwatch.core.detection._grammar import CLAUSE_BREAK, NEGATION
from offerwatch.core.detection._normalise import _one_edit, normalise
from offerwatch.core.detection._sentences import sentences
from offerwatch.core.notes_cues import (
    CUES,
    DECISION_WORDS,
    FOLLOW_UP_INTERVIEW,
    TYPO_TARGETS,
    Cue,
)
from offerwatch.core.timeline import expected_by

NEXT_STEPS = "next_steps_reviewed"
TIMELINE = "timeline_stated"
ENDED_EARLY = "ended_early"
RAN_OVER = "ran_over_time"

# Where a note's sentence splits into clauses; the separators survive normalising.
_SEGMENT = re.compile(r"\s*[;,:()]\s*|\s+[-–—]+\s+|\s*[–—]\s*|\s+/\s+")
# Notes shorthand the mail normaliser does not know.
_SHORTHAND = (
    (re.compile(r"\bw/o\b", re.I), "without"),
    (re.compile(r"\bw/(?=\s|\w)", re.I), "with "),
    (re.compile(r"\s\+\s|\s&\s"), " and "),
    (re.compile(r"~\s*"), "about "),
    (re.compile(r"\bhm\b", re.I), "hiring manager"),
    (re.compile(r"\bconvo\b", re.I), "conversation"),
    (re.compile(r"\bppl\b", re.I), "people"),
    (re.compile(r"\bv\b(?=\s+\w)", re.I), "very"),
    (re.compile(r"\b(they|you)d\b", re.I), r"\1'd"),
    (re.compile(r"\bf/u\b", re.I), "follow up"),
    (re.compile(r"\bb/c\b|\bbc\b", re.I), "because"),
    (re.compile(r"\babt\b", re.I), "about"),
    (re.compile(r"\bnxt\b", re.I), "next"),
    (re.compile(r"\bapprox\.?(?=\s)", re.I), "about"),
    (re.compile(r"\b(?-i:NP)\b"), "notice period"),
    (re.compile(r"\b(?-i:TC|OTE)\b"), "total compensation"),
    (re.compile(r"[‘’]"), "'"),
)
# More ways notes say no than mail does.
_NEGATION_EXTRA = re.compile(
    r"\b(?:nobody|no\s+one|noone|none|neither|nor|barely|hardly|rarely|seldom|little|zero|"
    r"avoid(?:ed|ing|s)?|lack(?:ed|ing)?|forgot|skipped|instead\s+of|not\s+much)\b"
)
# After the cue in its clause: "salary didn't come up", "references weren't mentioned".
_NEGATED_AFTER = re.compile(
    r"^\W*(?:\w+\s+){0,3}?(?:did\s+not|was\s+not|were\s+not|has\s+not|have\s+not|never|not)\s+"
    r"(?:\w+\s+)?(?:come|came|mention\w*|discuss\w*|raise\w*|cover\w*|br[io]\w*|talk\w*|ask\w*|"
    r"happen\w*|get|got|bring|asked)\b"
)
_NEGATION_WINDOW = 6  # words before a cue that a negation reaches
# What negates a whole list after it ("never mentioned salary, notice"); a bare "no X" is one
# fragment of terse notes ("no tour, lots of smiles"), not the head of a list.
_LIST_NEGATION = re.compile(
    r"\b(?:not|never|nor|neither|nobody|no\s+one|nothing\s+(?:about|on)|no\s+(?:mention|talk|"
    r"discussion|word|questions?)\s+(?:of|about|on))\b"
)
_NOT_IN_LIST = (
    r"(?:i|she|he|they|we|it|you|but|though|although|however|yet|was|were|is|did|had|met|got|"
    r"saw|took|gave|went|came|ran|made|said|told|showed|asked|\w+ed)\b"
)
# A clause that is only a few words of a list, no subject or verb: "salary or references".
_LIST_ITEM = re.compile(
    r"(?:(?:and|or|nor|even|also)\s+)?(?!" + _NOT_IN_LIST + r")[a-z0-9'-]+"
    r"(?:\s+(?!" + _NOT_IN_LIST + r")[a-z0-9'-]+){0,3}"
)
_HEDGE = re.compile(
    r"\b(?:not\s+sure|unsure|maybe|perhaps|possibly|hopefully|i\s+hope|i(?:'m|\s+am)\s+hoping|wish|"
    r"would\s+have\s+(?:liked|loved)|no\s+idea|hard\s+to\s+(?:tell|say|read)|cannot\s+tell|"
    r"do\s+not\s+know\s+(?:if|whether)|wonder(?:ing)?\s+(?:if|whether)|might|may\s+(?:have|be|ask|"
    r"want|need)|could\s+have\s+been|should\s+have|did\s+they|will\s+they|would\s+they)\b"
)
_FUTURE = re.compile(r"\b(?:will|'ll|going\s+to|next\s+time|would|'d\s+like|want\s+to|plan\s+to)\b")
# A clause with its own plan in the future ("recruiter will chase them next week"): its date
# is not the decision's.
_OWN_PLAN = re.compile(
    r"\b(?:will|'ll|going\s+to|shall)\s+(?!(?:decide|let|get|be\s+in|hear|know|come))\w+"
)
# Something still to come about a cue: "HR will call about salary", "expect a call about".
_LATER = re.compile(
    r"\b(?:will|'ll|going\s+to|next\s+(?:time|round|stage)|expect\s+(?:a|an|the)\s+(?:call|email|"
    r"message))\b"
)
_ASKED = re.compile(r"\b(?:asked|ask|asking|wanted\s+to\s+know|wondered)\b")
# The candidate as the subject at the start of a clause, not as the one asked or shown.
_LEAD_IN = r"^(?:(?:then|so|also|and|but|honestly|tbh|at\s+the\s+end|afterwards|later|when)\s+)*"
_I_SUBJECT = re.compile(
    _LEAD_IN + r"i\s+(?!(?:was|got|were)\s+(?:asked|told|shown|introduced|given|taken|invited)|"
    r"had\s+to|need(?:ed)?\s+to|have\s+to)"
)
_I_ASKED = re.compile(
    r"\bi\s+(?!(?:was|got|were|have\s+been|had\s+been)\s+asked)(?:\w+\s+){0,2}?(?:asked|ask|"
    r"enquired|inquired|queried|brought\s+up|raised|wanted\s+to\s+know|pushed|pressed|"
    r"questioned|mentioned)\b"
)
# "Asked them what the next stage looks like": the subject left out, the asked named.
_ASKED_THEM = re.compile(
    r"^(?:then\s+|also\s+)?asked\s+(?:them|him|her|the\s+\w+)\s+(?:about|what|when|if|whether|how)\b"
)
_THEY_ASKED = re.compile(
    r"\b(?:she|he|they|interviewer|recruiter|manager|panel|cto|ceo)\s+(?:\w+\s+)?(?:asked|wanted)\b"
)
_ANSWER = re.compile(
    r"\b(?:said|says|explained|told\s+(?:me|us)|answered|replied|shared|outlined|confirmed|"
    r"gave\s+(?:me\s+)?(?:a|an|the)|described|walked\s+me)\b"
)
_NO_ANSWER = re.compile(
    r"\b(?:not\s+sure|unsure|no\s+(?:clear\s+)?(?:answer|idea|details|info)|dodged|deflected|"
    r"avoided|vague|did\s+not\s+(?:say|know|answer)|could\s+not\s+say|would\s+not\s+say|tbc|"
    r"later|in\s+touch|conversation\s+for|depends|not\s+(?:yet\s+)?(?:decided|clear|known|sure)|"
    r"competitive|would\s+not\s+(?:say|tell|share|give)|said\s+no\b|no\s+need|not\s+needed)\b"
)
# Two lengths in one sentence: what was booked and what it took.
_AMOUNT = r"(\d+(?:\.\d+)?|an?|one|half\s+an)\s*(minutes?|mins?|min|hours?|hrs?|hr|h)?\b"
_BOOKED = re.compile(
    r"\b(?:booked|scheduled|planned|slotted|meant\s+to\s+be|supposed\s+to\s+be|set)\s+(?:for\s+)?"
    r"(?:an?\s+)?" + _AMOUNT + r"|\b(?:for\s+)?(?:an?\s+)?(\d+)\s*-?\s*(minutes?|mins?|min|hours?|"
    r"hrs?|hr|h)\s+(?:slot|call|interview|session|booking)\b"
)
_TOOK = re.compile(
    r"\b(?:did|lasted|took|done\s+in|over\s+in|went\s+on\s+for|ran\s+for|finished\s+after|"
    r"(?:finished|ended|wrapped\s+up)\s+in|"
    r"ended\s+after|after|ended\s+up\s+(?:being|at|lasting|taking)|came\s+to|stretched\s+to)\s+(?:nearly\s+|almost\s+|about\s+|around\s+|over\s+|just\s+|only\s+)?"
    + _AMOUNT
)

# "25 mins of a planned 45": what it took, out of what was booked.
_OF_PLANNED = re.compile(
    r"\b(\d+)\s*(minutes?|mins?|min|m|hours?|hrs?|hr|h)?\s+(?:out\s+)?of\s+(?:a|an|the)\s+"
    r"(?:planned|scheduled|booked|allotted)\s+(\d+)\s*(minutes?|mins?|min|m|hours?|hrs?|hr|h)?\b"
)


@dataclass(frozen=True, slots=True)
class NoteSign:
    """A sign the notes suggest, with the words that carry it."""

    kind: str
    quote: str
    expected_by: date | None = None  # for timeline_stated: the decision date it names


@dataclass(frozen=True, slots=True)
class _Clause:
    raw: str
    text: str  # lower case, shorthand spelt out


# The words the cues turn on; a word one slip away from one of them is taken for it (the
# mail normaliser's vocabulary is mail's: "smilled", "distarcted", "notcie" are notes').
_CUE_WORDS = frozenset(TYPO_TARGETS.split())
_LONG_WORD = 9  # from this length one changed letter is taken for a typo too
_TYPO_CANDIDATE = re.compile(r"\b[a-z]{6,16}\b")


def _fix(match: re.Match[str]) -> str:
    word = match.group(0)
    if word in _CUE_WORDS:
        return word
    for known in _CUE_WORDS:
        if known[0] == word[0] and _one_edit(word, known) and _slip(word, known):
            return known
    return word


def _slip(word: str, known: str) -> bool:
    """True for the slips of a hurried typist (a letter dropped, doubled or two swapped);
    one letter changed in a short word is more often another word ("sailing", "smiling")."""
    if len(word) != len(known) or len(word) >= _LONG_WORD:
        return True
    return sorted(word) == sorted(known)


def _clean(raw: str) -> str:
    for pattern, replacement in _SHORTHAND:
        raw = pattern.sub(replacement, raw)
    return _TYPO_CANDIDATE.sub(_fix, normalise(raw).lower())


def _clauses(sentence: str) -> list[_Clause]:
    parts = [p for p in _SEGMENT.split(sentence) if p and p.strip()]
    return [_Clause(p.strip(), _clean(p.strip())) for p in parts]


def _negated_before(prefix: str) -> bool:
    """True if the last words before a cue, in its clause, turn it around."""
    breaks = list(CLAUSE_BREAK.finditer(prefix))
    if breaks:
        prefix = prefix[breaks[-1].end() :]
    window = " ".join(prefix.split()[-_NEGATION_WINDOW:])
    return bool(NEGATION.search(window) or _NEGATION_EXTRA.search(window))


def _clause_start(prefix: str) -> str:
    """The words of the clause before a cue (after the last and, but, because...)."""
    breaks = list(CLAUSE_BREAK.finditer(prefix))
    return (prefix[breaks[-1].end() :] if breaks else prefix).strip()


def _by_me(prefix: str) -> bool:
    """True if the clause of a cue has the candidate as its subject, or has none of its own
    after an "and" that joins it to a clause that has ("I smiled and nodded")."""
    pieces = [(m.group(0).strip(), m.end()) for m in CLAUSE_BREAK.finditer(prefix)]
    starts = [0] + [end for _, end in pieces]
    for n in range(len(starts) - 1, -1, -1):
        piece = prefix[starts[n] : starts[n + 1] if n + 1 < len(starts) else len(prefix)]
        piece = CLAUSE_BREAK.sub(" ", piece).strip() if n + 1 < len(starts) else piece.strip()
        if _I_SUBJECT.match(piece + " "):
            return True
        if piece or n == 0 or pieces[n - 1][0] != "and":
            return False
    return False


def _clause_end(after: str) -> str:
    """The words of the clause after a cue (up to the next and, but, because...)."""
    first = CLAUSE_BREAK.search(after)
    return after[: first.start()] if first else after


def _candidate_asked(prefix: str) -> bool:
    """True if the words before a cue are the candidate's own question about it."""
    mine = list(_I_ASKED.finditer(prefix)) or list(_ASKED_THEM.finditer(prefix))
    return bool(mine) and not _THEY_ASKED.search(prefix[mine[-1].end() :])


def _answered(after: str) -> bool:
    """True if what follows a candidate's question reports an answer to it."""
    return bool(_ANSWER.search(after)) and not _NO_ANSWER.search(after)


def _minutes(number: str, unit: str | None, fallback: str | None) -> float:
    words = {"a": 1.0, "an": 1.0, "one": 1.0, "half an": 0.5}
    amount = words.get(number) or float(number)
    unit = unit or fallback or "min"
    return amount * 60 if unit.startswith("h") else amount


def _lengths(text: str) -> str | None:
    """ran_over_time or ended_early when a sentence names the booked and the real length."""
    share = _OF_PLANNED.search(text)
    if share:
        t_num, t_unit, b_num, b_unit = share.group(1, 2, 3, 4)
        return _compare(_minutes(b_num, b_unit, t_unit), _minutes(t_num, t_unit, b_unit))
    booked, took = _BOOKED.search(text), _TOOK.search(text)
    if not booked or not took:
        return None
    b_num, b_unit = (booked.group(1), booked.group(2)) if booked.group(1) else booked.group(3, 4)
    t_num, t_unit = took.group(1), took.group(2)
    return _compare(_minutes(b_num, b_unit, t_unit), _minutes(t_num, t_unit, b_unit))


def _compare(planned: float, real: float) -> str | None:
    if real > planned * 1.1:
        return RAN_OVER
    if real < planned * 0.8:
        return ENDED_EARLY
    return None


def _cue_holds(
    cue: Cue, clauses: list[_Clause], i: int, m: re.Match[str], sentence: str
) -> str | None:
    """The sign a cue match stands for after reading the words around it, or None."""
    clause = clauses[i].text
    prefix, after = clause[: m.start()], clause[m.end() :]
    later = " ".join(c.text for c in clauses[i + 1 :])
    if cue.framing is not None and not cue.framing.search(sentence):
        return None
    if _HEDGE.search(clause) or (clauses[i].raw.endswith("?") and not _ASKED.search(clause)):
        return None
    if (cue.past_only and _FUTURE.search(prefix)) or (cue.later and _LATER.search(prefix)):
        return None
    asked = _candidate_asked(_clause_start(prefix))
    mine = (cue.theirs and _by_me(prefix)) or (asked and (cue.theirs or cue.answerable))
    if mine and not (cue.answerable and asked and _answered(after + " " + later)):
        return None
    if _negated_before(prefix) or _NEGATED_AFTER.search(_clause_end(after)):
        return cue.negated_as
    if _list_negated(clauses, i):
        return cue.negated_as
    return cue.kind


def _list_negated(clauses: list[_Clause], i: int) -> bool:
    """True if clause `i` is an item of a list that a negation opened in an earlier clause:
    "didn't discuss notice, salary or references"."""
    while i > 0 and _LIST_ITEM.fullmatch(clauses[i].text.rstrip(".!")):
        i -= 1
        head = clauses[i].text
        if len(head.split()) <= _NEGATION_WINDOW and _LIST_NEGATION.search(head):
            return True
    return False


def _quote(clauses: list[_Clause], i: int, raw_sentence: str) -> str:
    """The words to quote: the clause, or the sentence when the clause says too little."""
    raw = clauses[i].raw
    return raw if len(raw.split()) >= 3 else raw_sentence


def _sentence_signs(raw_sentence: str, interview_date: date) -> dict[str, NoteSign]:
    clauses = _clauses(raw_sentence)
    text = " , ".join(c.text for c in clauses)
    found: dict[str, NoteSign] = {}
    for i, clause in enumerate(clauses):
        for cue in CUES:
            for m in _matches(cue, clause.text):
                kind = _cue_holds(cue, clauses, i, m, text)
                if kind is None or kind in found:
                    continue
                found[kind] = NoteSign(kind, _quote(clauses, i, raw_sentence))
                if cue is FOLLOW_UP_INTERVIEW and NEXT_STEPS not in found:
                    # Asking for another interview is telling the candidate what comes next.
                    found[NEXT_STEPS] = replace(found[kind], kind=NEXT_STEPS)
    length = _lengths(text)
    if length and length not in found:
        found[length] = NoteSign(length, raw_sentence)
    timeline = _timeline(clauses, text, raw_sentence, interview_date)
    if timeline is not None:
        found[TIMELINE] = timeline
    return found


def _matches(cue: Cue, text: str) -> list[re.Match[str]]:
    return [m for p in cue.patterns for m in p.finditer(text)]


def _timeline(
    clauses: list[_Clause], text: str, raw_sentence: str, interview_date: date
) -> NoteSign | None:
    """timeline_stated when a sentence names a decision and a date for it."""
    for i, clause in enumerate(clauses):
        m = DECISION_WORDS.search(clause.text)
        if m is None:
            continue
        prefix = clause.text[: m.start()]
        if _HEDGE.search(clause.text) or _negated_before(prefix):
            continue
        later = " ".join(c.text for c in clauses[i + 1 :])
        if _candidate_asked(prefix) and not _answered(clause.text[m.end() :] + " " + later):
            continue
        when = expected_by(clause.text, interview_date)
        if when is None and i + 1 < len(clauses) and not _OWN_PLAN.search(clauses[i + 1].text):
            # "I asked when they'd decide - she said within a fortnight": the answer follows.
            when = expected_by(clauses[i + 1].text, interview_date)
        if when is not None:
            return NoteSign(TIMELINE, raw_sentence, when)
    return None


def signs_in_notes(notes: str, interview_date: date) -> list[NoteSign]:
    """The signs `notes` suggest, one per kind (its first mention), in catalogue order.
    `interview_date` is the day the interview took place: a stated decision date ("by end of
    next week") is counted from it."""
    found: dict[str, NoteSign] = {}
    for sentence in sentences(notes or ""):
        for kind, sign in _sentence_signs(sentence, interview_date).items():
            found.setdefault(kind, sign)
    order = [c.kind for c in CUES] + [TIMELINE]
    return sorted(found.values(), key=lambda s: order.index(s.kind) if s.kind in order else 99)
