"""The rules ready to run, and the first look that says which triggers are worth trying.

Every rule's patterns are compiled once, for lower-case text unless the rule reads capitals
(see _grammar.lower_case), with the words each trigger needs: a trigger cannot match a
sentence that holds none of them. One scan of a message's text (a trie of all the words of
its language's rules) finds the words it holds and so, per rule and sentence, the triggers
worth trying. A language's rules are compiled when the first message in it is read.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from offerwatch.core.detection import _rules_de, _rules_es, _rules_fr
from offerwatch.core.detection._grammar import DateWords, Rule, compiled, lower_case, needs_case
from offerwatch.core.detection._literals import required_literals, trie
from offerwatch.core.detection._rules import RULES

# The rule tables read, by the language of the new text; English for any other or unknown.
BY_LANGUAGE: dict[str, tuple[tuple[Rule, ...], DateWords | None]] = {
    "de": (_rules_de.RULES, _rules_de.DATES),
    "fr": (_rules_fr.RULES, _rules_fr.DATES),
    "es": (_rules_es.RULES, _rules_es.DATES),
}


@dataclass(frozen=True)
class Compiled:
    """A rule ready to run: every pattern made for lower-case text unless the rule reads
    capitals, and the words each trigger needs (the first look, see opened)."""

    rule: Rule
    cased: bool
    words: tuple[frozenset[str] | None, ...]  # per trigger: one is in every match, or None
    triggers: tuple[re.Pattern[str], ...]
    blocks: tuple[re.Pattern[str], ...]
    needs: tuple[re.Pattern[str], ...]


def _compile(rule: Rule) -> Compiled:
    cased = needs_case(rule)
    fast = compiled if cased else lower_case
    needs = (*([rule.needs] if rule.needs else []), *rule.also)
    triggers = tuple(fast(t) for t in rule.triggers)
    # A rule that reads capitals runs its IGNORECASE triggers on the sentence as written:
    # their words, lower-cased, hold for ASCII sentences only (see live).
    words = tuple(required_literals(t, fold=cased) for t in triggers)
    return Compiled(
        rule,
        cased,
        words,
        triggers,
        tuple(fast(b) for b in rule.blocks),
        tuple(fast(n) for n in needs),
    )


# The rules compiled so far, by id(rule), with the indexes of each one's triggers that
# need no word; a language's table is compiled when a message in it is first read
# (see table): most mailboxes hold no German, French or Spanish mail, and compiling is
# most of what loading detection costs.
COMPILED: dict[int, Compiled] = {}
ALWAYS: dict[int, frozenset[int]] = {}


@dataclass(frozen=True)
class Table:
    """One language's rules ready for the first look: every word one of their triggers
    needs, one scan that finds them all, and which triggers each word opens."""

    literals: frozenset[str]
    # Every required word found in a text, at every position (a lookahead, so that
    # overlapping words are all seen); a word's shorter prefixes that are words too are
    # added after.
    scan: re.Pattern[str]
    opens: dict[str, list[tuple[int, int]]]
    # What each longest word the scan reports opens, with its prefixes that are words too.
    opened_by: dict[str, tuple[tuple[int, int], ...]]


@functools.cache
def table(language: str) -> Table:
    """The table of `language` (de, fr, es; "en" for English and any other), its rules
    compiled into COMPILED and ALWAYS on first use."""
    rules = BY_LANGUAGE[language][0] if language in BY_LANGUAGE else RULES
    opens: dict[str, list[tuple[int, int]]] = {}
    for rule in rules:
        key = id(rule)
        made = COMPILED.get(key) or _compile(rule)
        COMPILED[key] = made
        ALWAYS[key] = frozenset(i for i, ws in enumerate(made.words) if ws is None)
        for index, words in enumerate(made.words):
            for word in words or ():
                opens.setdefault(word, []).append((key, index))
    literals = frozenset(opens)
    scan = re.compile(f"(?=({trie(sorted(literals))}))")
    return Table(literals, scan, opens, {})


LANGUAGES = ("en", *BY_LANGUAGE)


def compile_all() -> dict[int, Compiled]:
    """Every table compiled (for tests and tools that look at all rules): COMPILED."""
    for language in LANGUAGES:
        table(language)
    return COMPILED


def present(text: str, language: str = "en") -> set[str]:
    """The required words of `language`'s rules that occur in `text` (lower case)."""
    words = table(language)
    found = set(words.scan.findall(text))
    return {w[:n] for w in found for n in range(3, len(w) + 1) if w[:n] in words.literals}


def _opens(words: Table, found: str) -> tuple[tuple[int, int], ...]:
    opens = words.opened_by.get(found)
    if opens is None:
        prefixes = [found[:n] for n in range(3, len(found) + 1) if found[:n] in words.literals]
        opens = tuple(hit for word in prefixes for hit in words.opens[word])
        words.opened_by[found] = opens
    return opens


# Per rule: sentence index -> the indexes of the triggers worth trying there (without the
# rule's triggers that need no word, which are worth trying everywhere).
Opened = dict[int, dict[int, set[int]]]


def opened(lowered: list[str], language: str = "en") -> Opened:
    """Per rule of `language`'s table, per sentence, the triggers whose required words the
    sentence holds (a trigger cannot match a sentence without one)."""
    out: Opened = {}
    words = table(language)
    for index, sentence in enumerate(lowered):
        for found in set(words.scan.findall(sentence)):
            for key, trigger in _opens(words, found):
                out.setdefault(key, {}).setdefault(index, set()).add(trigger)
    return out


def live(key: int, opened: Opened, sentence_list: list[str]) -> Iterator[tuple[int, Iterable[int]]]:
    """(sentence index, triggers worth trying) for rule `key`, in sentence order."""
    by_sentence = opened.get(key, {})
    always = ALWAYS[key]
    count = len(sentence_list)
    if COMPILED[key].cased:  # its words hold for ASCII sentences only
        every = range(len(COMPILED[key].triggers))
        for index in range(count):
            if not sentence_list[index].isascii():
                yield index, every
            elif index in by_sentence or always:
                yield index, always | by_sentence.get(index, set())
        return
    if not always:
        for index in sorted(by_sentence):
            yield index, by_sentence[index]
        return
    for index in range(count):
        extra = by_sentence.get(index)
        yield index, always | extra if extra else always
