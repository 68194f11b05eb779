"""Find the signals of mail-signals.md in one message: labels with their evidence sentence.

`detect(subject, body, sent)` reads only the new text (quoted replies and signatures
stripped by `offerwatch.core.quoting.new_text`), splits it into sentences and applies the
rules of `_rules`; for `timeline_stated` it also gives the latest date implied, counted from
the day the message was sent. Pure: no I/O, no clock. How it works and how well:
docs/detection.md.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime

from offerwatch.core.detection import _rules_de, _rules_es, _rules_fr
from offerwatch.core.detection._context import is_auto_reply, is_bulk
from offerwatch.core.detection._grammar import (
    CLAUSE_BREAK,
    CONDITION,
    NEGATION,
    PAST,
    DateWords,
    Rule,
    english_dates,
    lower_case,
    needs_case,
)
from offerwatch.core.detection._language import language_of
from offerwatch.core.detection._literals import required_literals
from offerwatch.core.detection._normalise import normalise
from offerwatch.core.detection._rules import RULES
from offerwatch.core.detection._sentences import sentences
from offerwatch.core.quoting import new_text
from offerwatch.core.timeline import expected_by

__all__ = ["KINDS", "Detection", "detect", "language_of", "message_language"]

KINDS: tuple[str, ...] = tuple(dict.fromkeys(rule.kind for rule in RULES))

# A signal that makes an acknowledgement of receipt beside the point.
_SUPERSEDE_RECEIVED = frozenset({"rejection", "offer", "interview_request"})
# What a recruiter writes fits well within these; the rest of a huge body is footers and
# history, and reading it would only cost time.
_MAX_BODY = 200_000
_MAX_TEXT = 30_000
_LANGUAGE_SAMPLE = 800
_REPLY_PREFIX = re.compile(r"^\s*(?:re|fw|fwd|aw|sv|antw|tr|wg)\s*(?:\[\d+\])?\s*:", re.IGNORECASE)


@dataclass(frozen=True)
class Detection:
    """One signal found in a message: its label, the sentence that shows it, and for
    `timeline_stated` the latest date implied."""

    kind: str
    evidence: str
    expected_by: date | None = None


# Text in double quotes is someone else's words ("we have decided to move forward with
# other candidates", quoted in a newsletter), not what the sender says to the candidate.
_QUOTED = re.compile(r'"[^"]{12,}"')


def _quoted_spans(sentence: str) -> list[tuple[int, int]]:
    return [m.span() for m in _QUOTED.finditer(sentence)]


_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " "})


# The rule tables read, by the language of the new text; English for any other or unknown.
_BY_LANGUAGE: dict[str, tuple[tuple[Rule, ...], DateWords | None]] = {
    "de": (_rules_de.RULES, _rules_de.DATES),
    "fr": (_rules_fr.RULES, _rules_fr.DATES),
    "es": (_rules_es.RULES, _rules_es.DATES),
}


# One alternation per rule: a cheap first look before the trigger-by-trigger checks.
@dataclass(frozen=True)
class _Compiled:
    """A rule ready to run: one alternation of its triggers as a cheap first look, and every
    pattern made for lower-case text unless the rule reads capitals."""

    rule: Rule
    cased: bool
    screen: re.Pattern[str]
    whole: re.Pattern[str]  # the screen for all sentences joined by line breaks
    words: re.Pattern[str] | None  # one of these words is in every match (None: no such words)
    triggers: tuple[re.Pattern[str], ...]
    blocks: tuple[re.Pattern[str], ...]
    needs: tuple[re.Pattern[str], ...]


def _compile(rule: Rule) -> _Compiled:
    cased = needs_case(rule)
    screen = re.compile("|".join(f"(?:{t.pattern})" for t in rule.triggers), re.IGNORECASE)

    def fast(pattern: re.Pattern[str]) -> re.Pattern[str]:
        return pattern if cased else lower_case(pattern)

    needs = (*([rule.needs] if rule.needs else []), *rule.also)
    first = fast(screen)
    triggers = tuple(fast(t) for t in rule.triggers)
    literals = [required_literals(t) for t in triggers]
    words = None
    if not cased and None not in literals:
        union = sorted(set().union(*(w for w in literals if w is not None)))
        words = re.compile("|".join(re.escape(w) for w in union))
    return _Compiled(
        rule,
        cased,
        first,
        re.compile(first.pattern, first.flags | re.MULTILINE),
        words,
        triggers,
        tuple(fast(b) for b in rule.blocks),
        tuple(fast(n) for n in needs),
    )


_COMPILED = {
    id(rule): _compile(rule)
    for table in (RULES, *(rules for rules, _ in _BY_LANGUAGE.values()))
    for rule in table
}
_NEGATION, _PAST, _CONDITION = lower_case(NEGATION), lower_case(PAST), lower_case(CONDITION)
_CLAUSE_BREAK = lower_case(CLAUSE_BREAK)


def _clause_before(sentence: str, start: int) -> str:
    """The words of the clause that `start` is in, up to `start` (lower-case text)."""
    before = sentence[:start]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    return before[breaks[-1].end() :] if breaks else before


def _fires(rule: Rule, sentence: str, lower: str | None = None) -> bool:
    """True if `rule` shows in `sentence` (curly quotes already made straight); `lower` is
    the sentence in lower case, when the caller has it."""
    compiled = _COMPILED[id(rule)]
    lower = sentence.lower() if lower is None else lower
    text = sentence if compiled.cased else lower
    if not compiled.screen.search(text):
        return False
    if any(not pattern.search(text) for pattern in compiled.needs):
        return False
    if any(block.search(text) for block in compiled.blocks):
        return False
    quoted = _quoted_spans(text) if '"' in text else []
    for trigger in compiled.triggers:
        for match in trigger.finditer(text):
            if any(a <= match.start() < b for a, b in quoted):
                continue
            if rule.negatable or rule.past:
                clause = _clause_before(lower, match.start())
                if rule.negatable and _NEGATION.search(clause):
                    continue
                if rule.past and _PAST.search(clause):
                    continue
            if rule.conditional and _CONDITION.search(lower, 0, match.start()):
                continue
            return True
    return False


def _timeline(
    rule: Rule,
    sentence_list: list[str],
    lowered: list[str],
    originals: list[str],
    said_on: date,
    dates: DateWords | None,
) -> Detection | None:
    """The timeline sentence implying the latest date, if any sentence states one."""
    best: Detection | None = None
    for sentence, lower, original in zip(sentence_list, lowered, originals, strict=True):
        if not _fires(rule, sentence, lower):
            continue
        when = expected_by(english_dates(sentence, dates) if dates else sentence, said_on)
        if when is None or when <= said_on:  # "applied on March 3" is no deadline
            continue
        if best is None or (best.expected_by is not None and when > best.expected_by):
            best = Detection("timeline_stated", original, when)
    return best


def detect(
    subject: str, body: str, sent: datetime, *, headers: Mapping[str, str] | None = None
) -> list[Detection]:
    """The signals in one message (new text only), in the order of mail-signals.md."""
    text = new_text((body or "")[:_MAX_BODY])[:_MAX_TEXT]
    subject = subject or ""
    if is_auto_reply(subject, text, headers) or is_bulk(subject, text, body):
        return []
    originals = sentences(text)
    if subject.strip() and not _REPLY_PREFIX.match(subject):
        originals.append(subject.strip())
    # The opening of a message is enough to pick the rule table by.
    language = language_of(f"{subject}\n{text[:_LANGUAGE_SAMPLE]}")
    rules, dates = _BY_LANGUAGE.get(language or "en", (RULES, None))
    # Rules read straight quotes and spelt-out (English) shorthand; the evidence quotes the
    # sentence as written.
    straight = [s.translate(_QUOTES) for s in originals]
    found_sentences = straight if dates else [normalise(s) for s in straight]
    lowered = [s.lower() for s in found_sentences]
    # One look over the whole message first: most rules find nothing anywhere in it.
    whole, whole_lower = "\n".join(found_sentences), "\n".join(lowered)
    found: dict[str, Detection] = {}
    for rule in rules:
        if rule.kind in found:
            continue
        compiled = _COMPILED[id(rule)]
        if compiled.words is not None and not compiled.words.search(whole_lower):
            continue
        if not compiled.whole.search(whole if compiled.cased else whole_lower):
            continue
        if rule.kind == "timeline_stated":
            timeline = _timeline(rule, found_sentences, lowered, originals, sent.date(), dates)
            if timeline is not None:
                found[rule.kind] = timeline
            continue
        for sentence, lower, original in zip(found_sentences, lowered, originals, strict=True):
            if _fires(rule, sentence, lower):
                found[rule.kind] = Detection(rule.kind, original)
                break
    if "application_received" in found and _SUPERSEDE_RECEIVED & found.keys():
        del found["application_received"]
    return [found[kind] for kind in KINDS if kind in found]


def message_language(subject: str, body: str) -> str | None:
    """The ISO 639-1 code of the language of a message's new text (subject included), or
    None when it is too short to tell."""
    text = new_text((body or "")[:_MAX_BODY])[:_MAX_TEXT]
    return language_of(f"{subject or ''}\n{text}")
