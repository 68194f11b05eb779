"""What the rules of every language share: the Rule record, negation, conditions, clauses.

A label fires on a sentence when one of its triggers matches, no block matches, its `needs`
pattern (if any) matches, and the words just before the trigger in the same clause hold no
negation ("no need to send references yet"). Conditionals ("if you are shortlisted we will
invite you to interview") and advert phrasing ("we offer flexible hours") are blocks.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

_I = re.IGNORECASE


class Rx:
    """A rule's pattern, compiled only when it is used as written. The engine compiles most
    rules' patterns for lower-case text instead (see lower_case): compiling each pattern
    twice was a third of the cost of loading the rules."""

    __slots__ = ("_compiled", "flags", "pattern")

    def __init__(self, pattern: str, flags: int = _I) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        """The pattern compiled as written (once)."""
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self.flags)
        return self._compiled

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """re.Pattern.search of the pattern as written."""
        return self.compiled().search(text, pos, endpos)

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        """re.Pattern.finditer of the pattern as written."""
        return self.compiled().finditer(text, pos, endpos)


# A pattern of a rule: as the tables write it, compiled or not yet.
Pattern = re.Pattern[str] | Rx


def compiled(pattern: Pattern) -> re.Pattern[str]:
    """`pattern` compiled as written."""
    return pattern.compiled() if isinstance(pattern, Rx) else pattern


def _rx(*parts: str) -> tuple[Rx, ...]:
    return tuple(Rx(p) for p in parts)


@dataclass(frozen=True)
class Rule:
    """How one label shows in a sentence."""

    kind: str
    triggers: tuple[Pattern, ...]
    blocks: tuple[Pattern, ...] = ()
    needs: Pattern | None = None
    negatable: bool = True
    conditional: bool = True  # an "if ..." before the trigger in the sentence blocks it
    past: bool = False  # "thanks for coming in to meet the team" in the clause blocks it
    also: tuple[Pattern, ...] = ()  # further patterns that must all match the sentence
    # Fires on everyday mail too ("a call on Tuesday?", "£40 for you"): out of job context it
    # counts only in a message with a job word (core.detection._context.JOB_WORDS).
    weak: bool = False
    # Sentence-pair context (see pair_index, topic_before): a short sentence is also read with
    # the one before it ("Next step is a chat with Olu. Could you send me some times?"), and
    # is not read for this rule when the sentence before names this topic ("I have some
    # feedback for you. Free for a call Tue?": the call is the feedback's).
    pair: re.Pattern[str] | None = None  # what the short sentence itself must hold
    topic_before: re.Pattern[str] | None = None


# A sentence this short says what it is about through the sentence before it; one this
# long can still propose (a time, "please shout if that doesn't work") what the one before
# names.
_SHORT_SENTENCE = 14
_PAIRED_SENTENCE = 24


def _short(sentence: str, words: int = _SHORT_SENTENCE) -> bool:
    return len(sentence.split()) <= words


def topic_before(rule: Rule, lowered: list[str], index: int, body: int) -> bool:
    """True if the sentence at `index` (of the `body` sentences of the new text, lower case)
    is short and the one before it names the rule's `topic_before`: it inherits that topic."""
    return (
        rule.topic_before is not None
        and 0 < index < body
        and _short(lowered[index])
        and rule.topic_before.search(lowered[index - 1]) is not None
    )


def pair_index(
    rule: Rule,
    sentence_list: list[str],
    body: int,
    fires: Callable[[Rule, str, str], bool],
) -> int | None:
    """The first of the `body` sentences that shows `rule` only when read with the sentence
    before it, or None: a short sentence that holds the rule's `pair` pattern and its `also`
    (for an interview, a time or a slot and the reader addressed: "Could you send me a couple
    of times that suit?") read with the one before, that names what it proposes ("Next step is
    a conversation with Olu"), unless that one names the rule's `topic_before`. `fires(rule,
    text, lower)` applies the rule to a text."""
    if rule.pair is None:
        return None
    own = (rule.pair, *(compiled(p) for p in rule.also))
    for index in range(1, min(body, len(sentence_list))):
        sentence, before = sentence_list[index], sentence_list[index - 1]
        if not _short(sentence, _PAIRED_SENTENCE) or not all(p.search(sentence) for p in own):
            continue
        # The feedback named before it, or in it ("I should have feedback for you by
        # Friday"): news to come, not a meeting proposed.
        if rule.topic_before is not None and rule.topic_before.search(f"{before} {sentence}"):
            continue
        joined = f"{before} {sentence}"
        if fires(rule, joined, joined.lower()):
            return index
    return None


# Words that, just before a trigger in the same clause, turn it around.
NEGATION = re.compile(
    r"\b(?:no|not|never|nor|without|neither|unable|cannot|n't)\b|n't\b|\bno\s+need\b|"
    r"\bnot\s+(?:yet|required|necessary|needed)\b|\bnothing\b|\bnone\s+of\b",
    _I,
)
# Before a trigger in its clause: the clause is about something that already happened.
PAST = re.compile(
    r"\bthank(?:s|\s+you)(?:\s+(?:so|very)\s+much|\s+again)?\s+for\b|\b(?:it\s+)?was\s+(?:great|"
    r"lovely|good|nice|a\s+pleasure)\s+to\b|\benjoyed\b|\b(?:when|after|since)\s+you\s+\w+ed\b|"
    # "Had a call from someone at Ashgrove about you today": a meeting that took place.
    r"\b(?:i|we|just)?\s*had\s+(?:a|an|our|the|my)\b|"
    # "Jordan, good to meet you today": a greeting after a meeting; "it would be good to meet
    # you" (after "be") proposes one. What breaks it: "Great to meet you on Tuesday then!"
    # confirming a slot reads as past; "nice meeting you" (the trigger itself) is not seen.
    r"(?<!\bbe\s)\b(?:good|great|lovely|nice|a\s+pleasure|wonderful)\s+to\s*$",
    _I,
)
# Opens a condition: what follows it in the sentence is not (yet) a fact.
CONDITION = re.compile(
    r"\b(?:unless|in\s+case|in\s+the\s+event|should\s+(?:you|we|your|there|the|it))\b|"
    # "if" after a verb of asking reports a question: "They've asked if you can come in on
    # Thursday" proposes; "if you can come in, ..." does not.
    r"(?<!\basked\s)(?<!\basking\s)(?<!\bwondering\s)(?<!\bwondered\s)\bif\b|"
    # "whether" after a verb of asking is a question, not a condition: "Could you let me know
    # whether a morning or afternoon slot would suit you?"
    # "or whether" goes on with the same question ("could you let me know whether you could
    # start in January, or whether you'd need to give a full term's notice").
    r"(?<!\bknow\s)(?<!\bconfirm\s)(?<!\btell\s(?:me|us)\s)(?<!\bask\s)(?<!\bcheck\s)(?<!\bor\s)(?<!\band\s)\bwhether\b|"
    # One of two outcomes is no fact: "either to set up a chat or to let you know it's not a match".
    r"\beither\b(?!\s+way)",
    _I,
)
# Where a clause ends, so that a negation earlier in the sentence does not reach a trigger.
CLAUSE_BREAK = re.compile(
    r"[,;:()—–]|\s-\s|\b(?:but|however|and|because|although|as)\b|"
    r"\bso\b(?!\s+(?:much|many|far|glad|pleased|happy|sorry|good|great|keen|kind))",
    _I,
)

# A request or question addressed to the candidate.
_ASKS = re.compile(
    r"\?|\b(?:please|kindly|could\s+you|can\s+you|would\s+you|will\s+you|let\s+(?:me|us)\s+know|"
    r"confirm|advise|share|send\s+(?:me|us|over)|tell\s+(?:me|us)|provide|what\s+(?:is|are|was|"
    r"would)|what's|how\s+(?:much|long|soon)|when\s+(?:could|can|would|will)|need\s+to\s+know|"
    r"(?:like|want)\s+to\s+(?:know|understand|ask|check|confirm)|wondering|curious|grateful\s+if|"
    r"appreciate\s+(?:it\s+)?if|interested\s+to\s+(?:know|hear)|ask(?:ing)?\s+(?:you\s+)?(?:about|for)|"
    r"fill\s+in|complete\s+the|include|indicate|specify|note\s+down|jot\s+down|reply\s+with)\b",
    _I,
)

# "If you are shortlisted ...", "should your profile match ...": not a statement of fact.
_CONDITIONAL = (
    r"\b(?:if|should|once|when|whenever|in\s+case|in\s+the\s+event|where|unless)\b[^.]{0,60}?\b"
    r"(?:selected|shortlisted|short-listed|successful|chosen|a\s+(?:good\s+|strong\s+)?(?:fit|match)|"
    r"match(?:es)?|meet(?:s)?|align(?:s)?|suitable|qualif(?:y|ies|ied)|progress(?:es)?|"
    r"move(?:s)?\s+forward|advance(?:s)?|interested\s+in\s+(?:your|moving)|decide(?:s)?|feel(?:s)?|"
    r"find|determine(?:s)?|believe(?:s)?|think(?:s)?|would\s+like|wish(?:es)?|want(?:s)?|"
    r"there\s+is\s+(?:a|an)\s+(?:match|fit|opportunity|interest))\b"
)
_MAYBE = (
    r"\b(?:may|might|could|can)\s+(?!we\b|i\b|you\b)(?:\w+\s+){0,2}(?:contact|reach\s+out|invite|schedule|be\s+in\s+touch|"
    r"ask|request|call|get\s+in\s+touch)\b"
)
# What a group usually does is no step of the reader's: "most employers made a final decision
# within two weeks", "Recruiters on these roles typically respond within 2 days", "members who
# follow up are 30% more likely to be invited". Blocks interviews (in _THIRD_PARTY) and
# timelines. What breaks it: "our recruiters typically reply within 5 days" is a promise (kept
# by the "our"); a group named by another word ("hirers", "firms").
_GROUP_HABIT = (
    # (Not "people who've managed you", "people who could vouch for you": her referees.)
    r"\b(?:learners|users|members|people|job\s*seekers|graduates|students)\s+who\b(?!(?:'ve|\s+have)?\s+"
    r"(?:\w+\s+)?(?:managed|supervised|line-managed|worked\s+(?:with|for|under))\s+you\b|"
    r"\s+(?:could|can|would|will|might)\s+vouch\s+for\s+you\b)|"
    r"\b(?:most|many|some|the\s+best)\s+(?:employers|companies|recruiters|hiring\s+managers|"
    r"candidates|hosts|teams|ones)\b|(?<!\bour\s)\b(?:employers|companies|recruiters|hosts|hiring\s+"
    r"managers|candidates)\b[^.!?]{0,30}?\b(?:usually|typically|generally|normally|often|tend\s+to|"
    r"on\s+average)\b|\b(?:more|less)\s+likely\b|\bon\s+average\b"
)
_THIRD_PARTY = (
    _GROUP_HABIT + r"|"
    r"\b(?:selected|shortlisted|short-listed|successful|qualified|suitable|chosen|top|potential)\s+"
    r"(?:candidates|applicants|individuals|profiles)\b|\bonly\s+(?:those|candidates|applicants)\b|"
    r"\bcandidates\s+(?:who|whose|that)\b|\bfinalists?\b|\bfinalist\s+candidates\b|"
    # A generic group ("learners who share certificates are more likely to be invited").
    r"\b(?:those|applicants)\s+who\b|"
    # A recruiter's pool: "Our candidates are typically invited to interview within a week".
    r"\b(?:our|their|most|many)\s+(?:candidates|applicants|clients)\b"
)
# A role that is no post: "join us as a speaker", "as a guest", "as our new treasurer".
_NOT_A_POST = (
    r"\bas\s+(?:a|an|our|the)\s+(?:new\s+|guest\s+|keynote\s+)?(?:speaker|panell?ist|guest|volunteer|"
    r"member|judge|mentor|trustee|moderator|host|treasurer|chair|organi[sz]er)\b"
)
_ADVICE = (
    r"\b(?:tips?|how\s+to|ways\s+to|guide|advice|prepare\s+for|preparing\s+for|practice|"
    r"questions\s+to\s+ask|common\s+interview|ace\s+(?:your|the)|webinar|article|blog|podcast|"
    r"course|learn|read\s+more|resources?)\b"
)


DateWords = tuple[tuple[re.Pattern[str], str], ...]


def _words(*pairs: tuple[str, str]) -> DateWords:
    """Compile (pattern, English) pairs; longer phrases are listed first by the caller."""
    return tuple((re.compile(rf"\b{p}\b", _I), english) for p, english in pairs)


def english_dates(sentence: str, words: DateWords) -> str:
    """`sentence` with its time phrases put into English, for `timeline.expected_by`."""
    for pattern, english in words:
        sentence = pattern.sub(english, sentence)
    return sentence


def _lower_literals(pattern: str) -> str:
    """`pattern` with its literal letters in lower case; escapes (\\S, \\W, \\B) kept."""
    out: list[str] = []
    escaped = False
    for char in pattern:
        out.append(char if escaped else char.lower())
        escaped = char == "\\" and not escaped
    return "".join(out)


def lower_case(pattern: Pattern) -> re.Pattern[str]:
    """The same pattern for text already in lower case, without IGNORECASE: Python's regex
    engine is about twice as fast without case folding. Patterns that need case (a "(?-i:"
    group) are returned as they are."""
    if "(?-i:" in pattern.pattern:
        return compiled(pattern)
    return re.compile(_lower_literals(pattern.pattern), pattern.flags & ~re.IGNORECASE)


def needs_case(rule: Rule) -> bool:
    """True if one of the rule's patterns reads capitals (a person's name)."""
    patterns = (*rule.triggers, *rule.blocks, *rule.also, *([rule.needs] if rule.needs else []))
    return any("(?-i:" in p.pattern for p in patterns)


@dataclass(frozen=True)
class Address:
    """One language's pieces for the rules read by the grammar of address (German, French,
    Spanish): each is a pattern (or patterns) of that language; `address_rules` makes them
    into rules of one shape, so the three tables cannot drift apart."""

    address: str  # the reader spoken to: "Sie, Ihnen, du, dich", "vous, tu, t'", "usted, le, te"
    condition: str  # "falls", "si vous", "si tu": what follows is no fact
    advice: str  # articles and tips
    meeting: str  # a kind of meeting, any compound
    proposal: str  # a question, an invitation, a slot
    after: str  # the meeting took place
    invited: str  # a calendar invitation to her
    received: str  # a received-word and an application-word
    not_received: str
    # A short reply that opens with the receipt and addresses nobody ("Recibido, ¡gracias!",
    # "Bien reçu, merci", "Angekommen, danke!"): weak, like the addressed receipt.
    received_note: str
    rejection: tuple[str, ...]  # someone else chosen, the position gone, not continued
    offer: tuple[str, ...]
    not_offer: str  # "wir bieten", a shop's discount
    contacted: tuple[str, ...]  # her referees or former managers spoken to
    not_contacted: str  # not yet: "once", "before", "subject to"
    money: str  # a sum in euros
    pay: str  # the words that make a sum pay: brutto, annuel, anual
    not_pay: str  # a price, a fare, a discount
    timeline: str  # verbs of answering in their inflections
    not_timeline: str  # what she owes: "bitte bis", "merci de répondre"


def address_rules(lang: Address) -> tuple[Rule, ...]:
    """The rules read by the grammar of address, one shape for every language. The rules
    that also fire on everyday mail (a dentist's confirmed slot, a shop's offer for you, an
    insurer's received file, a fare) are weak: out of job context they need a job word.
    None of them is negated or made conditional by the sentence around it: their blocks say
    what undoes them."""

    def rule(label: str, triggers: tuple[Pattern, ...], **parts: Any) -> Rule:
        return Rule(label, triggers, negatable=False, conditional=False, **parts)

    return (
        rule(
            "interview_request",
            _rx(lang.meeting),
            blocks=_rx(lang.condition, lang.advice, lang.after),
            needs=_rx(lang.proposal)[0],
            also=_rx(lang.address),
            weak=True,
        ),
        rule("interview_request", _rx(lang.invited), weak=True),
        rule(
            "application_received",
            _rx(lang.received),
            blocks=_rx(lang.advice, lang.not_received),
            also=_rx(lang.address),
            weak=True,
        ),
        rule(
            "application_received",
            _rx(lang.received_note),
            blocks=_rx(lang.advice, lang.not_received),
            weak=True,
        ),
        rule(
            "rejection",
            _rx(*lang.rejection),
            blocks=_rx(lang.condition, lang.advice),
        ),
        rule(
            "offer",
            _rx(*lang.offer),
            blocks=_rx(lang.condition, lang.advice, lang.not_offer),
            also=_rx(lang.address),
            weak=True,
        ),
        rule(
            "references_contacted",
            _rx(*lang.contacted),
            blocks=_rx(lang.condition, lang.advice, lang.not_contacted),
        ),
        rule(
            "salary_discussed",
            _rx(lang.money),
            blocks=_rx(lang.advice, lang.not_pay),
            needs=_rx(lang.pay)[0],
            weak=True,
        ),
        rule(
            "timeline_stated",
            _rx(lang.timeline),
            blocks=_rx(lang.advice, lang.not_timeline),
        ),
    )
