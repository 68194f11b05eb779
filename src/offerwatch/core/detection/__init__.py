"""Find the signals of mail-signals.md in one message: labels with their evidence sentence.

`detect(subject, body, sent)` reads only the new text (quoted replies and signatures
stripped by `offerwatch.core.quoting.new_text`), splits it into sentences and applies the
rules of `_rules`; for `timeline_stated` it also gives the latest date implied, counted from
the day the message was sent. Pure: no I/O, no clock. How it works and how well:
docs/detection.md.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime

from offerwatch.core.detection import _prune, _rules_role
from offerwatch.core.detection._context import (
    is_auto_reply,
    is_bulk,
    job_word,
    not_the_readers,
    other_application,
)
from offerwatch.core.detection._grammar import (
    CLAUSE_BREAK,
    CONDITION,
    NEGATION,
    PAST,
    DateWords,
    Rule,
    english_dates,
    lower_case,
    pair_index,
    topic_before,
)
from offerwatch.core.detection._language import language_of
from offerwatch.core.detection._normalise import normalise
from offerwatch.core.detection._prune import BY_LANGUAGE, COMPILED
from offerwatch.core.detection._rules import RULES
from offerwatch.core.detection._rules_role import other_role
from offerwatch.core.detection._sentences import sentences
from offerwatch.core.quoting import new_text
from offerwatch.core.timeline import expected_by

__all__ = [
    "KINDS",
    "READ_LANGUAGES",
    "Detection",
    "detect",
    "detect_both",
    "language_of",
    "message_language",
    "prepare_rules",
]

KINDS: tuple[str, ...] = tuple(dict.fromkeys(rule.kind for rule in RULES))

# A signal beside the point once another is in the message, checked in this order: another
# signal makes an acknowledgement of receipt beside the point; an outcome makes talk of a
# meeting beside the point (a call to walk through an offer, a panel that "would like to
# offer you the position", feedback on a call after a no).
_SUPERSEDED_BY: dict[str, frozenset[str]] = {
    "application_received": frozenset({"rejection", "offer", "interview_request"}),
    "interview_request": frozenset({"rejection", "offer"}),
}
# What a bank, a council or a landlord says of an application for a card, a permit or a flat
# ("received", "a decision within 8 weeks", "references", "we're pleased to offer you a rate").
_OTHER_APPLICATION_KINDS = (
    "application_received",
    "timeline_stated",
    "offer",
    "salary_discussed",
    "references_requested",
    "references_contacted",
)
# What a recruiter writes fits well within these; the rest of a huge body is footers and
# history, and reading it would only cost time.
_MAX_BODY = 200_000
_MAX_TEXT = 30_000
_LANGUAGE_SAMPLE = 800
_REPLY_PREFIX = re.compile(r"^\s*(?:re|fw|fwd|aw|sv|antw|tr|wg)\s*(?:\[\d+\])?\s*:", re.IGNORECASE)


def _new_text(body: str | None) -> str:
    """new_text() of `body`, cut to the lengths worth reading."""
    return _new_text_of((body or "")[:_MAX_BODY])


# One entry: a reader runs detect_both() and then message_language() on the same body, and
# finding the new text is a third of the work.
@functools.lru_cache(maxsize=1)
def _new_text_of(body: str) -> str:
    return new_text(body)[:_MAX_TEXT]


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


# Out of job context, a timeline sentence needs a job word in it or in a sentence either side.
_NEAR = 1
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " "})


# The languages the rules read; mail in any other goes to review, marked with its language.
READ_LANGUAGES = frozenset({"en", *BY_LANGUAGE})


_NEGATION, _PAST, _CONDITION = lower_case(NEGATION), lower_case(PAST), lower_case(CONDITION)
_CLAUSE_BREAK = lower_case(CLAUSE_BREAK)


def _clause_before(sentence: str, start: int) -> str:
    """The words of the clause that `start` is in, up to `start` (lower-case text)."""
    before = sentence[:start]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    return before[breaks[-1].end() :] if breaks else before


def _fires(rule: Rule, sentence: str, lower: str, live: Iterable[int]) -> bool:
    """True if `rule` shows in `sentence` (curly quotes already made straight); `lower` is
    the sentence in lower case; `live` the indexes of the triggers worth trying (those whose
    required words the sentence holds, see _prune.live)."""
    compiled = COMPILED[id(rule)]
    text = sentence if compiled.cased else lower
    order = sorted(live)
    trigger = compiled.trigger
    first = next((n for n, index in enumerate(order) if trigger(index).search(text)), None)
    if first is None:
        return False
    if any(not pattern.search(text) for pattern in compiled.needs):
        return False
    if any(block.search(text) for block in compiled.blocks):
        return False
    quoted = _quoted_spans(text) if '"' in text else []
    # The triggers before the first that matched match nowhere in the sentence.
    for index in order[first:]:
        for match in trigger(index).finditer(text):
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


def _fires_whole(rule: Rule, text: str, lower: str) -> bool:
    """_fires() with every trigger of the rule tried (for a text no first look was taken of)."""
    return _fires(rule, text, lower, range(len(rule.triggers)))


def _timeline(
    rule: Rule,
    sentence_list: list[str],
    lowered: list[str],
    originals: list[str],
    said_on: date,
    dates: DateWords | None,
    tried: Iterator[tuple[int, Iterable[int]]],
    as_written: list[str],
) -> tuple[Detection | None, Detection | None]:
    """The timeline sentence implying the latest date, if any sentence states one: (among
    the sentences with a job word in them or in a sentence either side, among all). Out of
    job context only the first counts: "the decision on the vendor is expected by the end of
    the month" is no timeline of an application. Job words are looked for in the sentences
    `as_written` (lower case, shorthand not spelt out), as the mail screen sees them."""
    near: Detection | None = None
    best: Detection | None = None
    for index, triggers in tried:
        sentence, lower, original = sentence_list[index], lowered[index], originals[index]
        if not _fires(rule, sentence, lower, triggers):
            continue
        english = english_dates(sentence, dates) if dates else sentence
        when = expected_by(english, said_on)
        if when is None or when <= said_on:  # "applied on March 3" is no deadline
            continue
        found = Detection("timeline_stated", original, when)
        if best is None or (best.expected_by is not None and when > best.expected_by):
            best = found
        around = as_written[max(0, index - _NEAR) : index + _NEAR + 1]
        if job_word(" ".join(around)) and (
            near is None or (near.expected_by is not None and when > near.expected_by)
        ):
            near = found
    return near, best


def _normalise_all(sentence_list: list[str]) -> list[str]:
    """normalise() of each sentence, in one pass over them all: what it changes is a word or
    an address, never across a line break, so lines of one text read as sentences alone."""
    joined = "\n".join(sentence_list)
    if joined.count("\n") != len(sentence_list) - 1:  # a sentence with a line break in it
        return [normalise(s) for s in sentence_list]
    return normalise(joined).split("\n") if sentence_list else []


def detect(
    subject: str,
    body: str,
    sent: datetime,
    *,
    headers: Mapping[str, str] | None = None,
    job_context: bool = False,
) -> list[Detection]:
    """The signals in one message (new text only), in the order of mail-signals.md.

    `headers` (name -> value) lets automatic replies be known by their headers.
    `job_context` says the caller knows the message is about a job (its thread, sender or
    company is one of the user's applications, or it comes from a tracking system). A stated
    timeline needs job context: that, another signal in the message, a job word in the
    subject, or one in or beside the sentence that states it."""
    out_of_context, in_context = detect_both(subject, body, sent, headers=headers)
    return in_context if job_context else out_of_context


def detect_both(
    subject: str, body: str, sent: datetime, *, headers: Mapping[str, str] | None = None
) -> tuple[list[Detection], list[Detection]]:
    """detect() out of job context and in it, for the price of one: for a caller (a worker
    process) that does not know yet whether the message is in job context."""
    text = _new_text(body)
    subject = subject or ""
    if is_auto_reply(subject, text, headers) or is_bulk(subject, text, body):
        return [], []
    plain = text.translate(_QUOTES)
    originals = sentences(text)
    body_count = len(originals)  # the subject, appended next, has no sentence before it
    if subject.strip() and not _REPLY_PREFIX.match(subject):
        originals.append(subject.strip())
    # The opening of a message is enough to pick the rule table by.
    sample = f"{subject}\n{text[:_LANGUAGE_SAMPLE]}"
    # A short calendar or phone note ("Se te ha invitado al siguiente evento") has few
    # function words: two, clearly of one language, are enough to pick the rules it is read by.
    language = language_of(sample, least=2)
    table = language if language is not None and language in BY_LANGUAGE else "en"
    rules, dates = BY_LANGUAGE.get(table, (RULES, None))
    # Her own mail, a friend's news, a panel: read with the cues of the table's language.
    if not_the_readers(plain, (language or "en") if dates else "en"):
        return [], []
    # The reader as a parent, a patient, a customer, a member: no step of hers, in any context.
    if other_role(subject, plain, table):
        return [], []
    # Rules read straight quotes and spelt-out (English) shorthand; the evidence quotes the
    # sentence as written.
    straight = [s.translate(_QUOTES) for s in originals]
    found_sentences = straight if dates else _normalise_all(straight)
    lowered = [s.lower() for s in found_sentences]
    # Only the triggers whose required words the message holds are tried: most hold few.
    first_look = _prune.opened(lowered, table)
    found: dict[str, Detection] = {}
    weak: dict[str, Detection] = {}  # found by rules that fire on everyday mail too
    timeline_rules: list[Rule] = []
    for rule in rules:
        if rule.kind in found or not (
            first_look.get(id(rule)) or _prune.ALWAYS[id(rule)] or COMPILED[id(rule)].cased
        ):
            continue
        if rule.kind == "timeline_stated":  # read last: other signals are its context
            timeline_rules.append(rule)
            continue
        if rule.weak and rule.kind in weak:
            continue
        for index, triggers in _prune.live(id(rule), first_look, found_sentences):
            if _fires(rule, found_sentences[index], lowered[index], triggers) and not topic_before(
                rule, lowered, index, body_count
            ):
                (weak if rule.weak else found)[rule.kind] = Detection(rule.kind, originals[index])
                break
        else:  # sentence-pair context (_grammar.pair_index): a rule marked `pair` only
            paired = pair_index(rule, found_sentences, body_count, _fires_whole)
            if paired is not None:
                evidence = f"{originals[paired - 1]} {originals[paired]}"
                (weak if rule.weak else found)[rule.kind] = Detection(rule.kind, evidence)
    # Out of job context, what only weak rules found counts in a message with a job word.
    bare = dict(found)
    if weak.keys() - found.keys() and (job_word(subject) or job_word(plain)):
        bare.update({k: d for k, d in weak.items() if k not in found})
    found.update({k: d for k, d in weak.items() if k not in found})
    # Another signal or a job word in the subject puts the whole message in job context.
    context = bool(bare) or job_word(subject)
    # Job words are looked for as written (English shorthand not spelt out).
    as_written = lowered if dates else [s.lower() for s in straight]
    for rule in timeline_rules:
        near, best = _timeline(
            rule, found_sentences, lowered, originals, sent.date(), dates,
            _prune.live(id(rule), first_look, found_sentences), as_written,
        )  # fmt: skip
        if best is not None and "timeline_stated" not in found:
            found["timeline_stated"] = best
        chosen = best if context else near
        if chosen is not None and "timeline_stated" not in bare:
            bare["timeline_stated"] = chosen
    if dates is None and other_application(subject, text):
        for kinds in (bare, found):
            for kind in _OTHER_APPLICATION_KINDS:
                kinds.pop(kind, None)
    return _ordered(bare), _ordered(found)


def _ordered(found: dict[str, Detection]) -> list[Detection]:
    for kind, by in _SUPERSEDED_BY.items():
        if kind in found and by & found.keys():
            del found[kind]
    return [found[kind] for kind in KINDS if kind in found]


def prepare_rules(language: str = "en") -> None:
    """Compile the rules of `language` now rather than at the first message in it (before
    forking workers, so that they inherit them and none compiles them again)."""
    table = language if language in BY_LANGUAGE else "en"
    _prune.table(table)
    _rules_role.prepare(table)


def message_language(subject: str, body: str) -> str | None:
    """The ISO 639-1 code of the language of a message's new text (subject included), or
    None when it is too short to tell."""
    text = _new_text(body)
    return language_of(f"{subject or ''}\n{text}")
