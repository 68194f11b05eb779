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
)
from offerwatch.core.detection._language import language_of
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
_REPLY_PREFIX = re.compile(r"^\s*(?:re|fw|fwd|aw|sv|antw|tr|wg)\s*(?:\[\d+\])?\s*:", re.IGNORECASE)


@dataclass(frozen=True)
class Detection:
    """One signal found in a message: its label, the sentence that shows it, and for
    `timeline_stated` the latest date implied."""

    kind: str
    evidence: str
    expected_by: date | None = None


def _clause_before(sentence: str, start: int) -> str:
    """The words of the clause that `start` is in, up to `start`."""
    before = sentence[:start]
    breaks = list(CLAUSE_BREAK.finditer(before))
    return before[breaks[-1].end() :] if breaks else before


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
_SCREENS = {
    id(rule): re.compile("|".join(f"(?:{t.pattern})" for t in rule.triggers), re.IGNORECASE)
    for table in (RULES, *(rules for rules, _ in _BY_LANGUAGE.values()))
    for rule in table
}


def _fires(rule: Rule, sentence: str) -> bool:
    """True if `rule` shows in `sentence` (curly quotes already made straight)."""
    if not _SCREENS[id(rule)].search(sentence):
        return False
    if rule.needs is not None and not rule.needs.search(sentence):
        return False
    if any(not pattern.search(sentence) for pattern in rule.also):
        return False
    if any(block.search(sentence) for block in rule.blocks):
        return False
    quoted = _quoted_spans(sentence) if '"' in sentence else []
    for trigger in rule.triggers:
        for match in trigger.finditer(sentence):
            if any(a <= match.start() < b for a, b in quoted):
                continue
            if rule.negatable or rule.past:
                clause = _clause_before(sentence, match.start())
                if rule.negatable and NEGATION.search(clause):
                    continue
                if rule.past and PAST.search(clause):
                    continue
            if rule.conditional and CONDITION.search(sentence, 0, match.start()):
                continue
            return True
    return False


def _timeline(
    rule: Rule,
    sentence_list: list[str],
    originals: list[str],
    said_on: date,
    dates: DateWords | None,
) -> Detection | None:
    """The timeline sentence implying the latest date, if any sentence states one."""
    best: Detection | None = None
    for sentence, original in zip(sentence_list, originals, strict=True):
        if not _fires(rule, sentence):
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
    rules, dates = _BY_LANGUAGE.get(language_of(f"{subject}\n{text}") or "en", (RULES, None))
    # Rules read straight quotes and spelt-out (English) shorthand; the evidence quotes the
    # sentence as written.
    straight = [s.translate(_QUOTES) for s in originals]
    found_sentences = straight if dates else [normalise(s) for s in straight]
    found: dict[str, Detection] = {}
    for rule in rules:
        if rule.kind in found:
            continue
        if rule.kind == "timeline_stated":
            timeline = _timeline(rule, found_sentences, originals, sent.date(), dates)
            if timeline is not None:
                found[rule.kind] = timeline
            continue
        for sentence, original in zip(found_sentences, originals, strict=True):
            if _fires(rule, sentence):
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
