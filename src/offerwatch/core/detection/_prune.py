"""The rules ready to run, and the first look that says which triggers are worth trying.

Every rule's patterns are compiled once, for lower-case text unless the rule reads capitals
(see _grammar.lower_case), with the words each trigger needs: a trigger cannot match a
sentence that holds none of them. One scan of a message's text (a trie of all those words)
finds the words it holds and so, per rule and sentence, the triggers worth trying.
"""

from __future__ import annotations

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


COMPILED = {
    id(rule): _compile(rule)
    for table in (RULES, *(rules for rules, _ in BY_LANGUAGE.values()))
    for rule in table
}
_LITERALS = frozenset(w for c in COMPILED.values() for ws in c.words if ws for w in ws)


# Every required word found in a text, at every position (a lookahead, so that overlapping
# words are all seen); a word's shorter prefixes that are words too are added after.
_LITERAL_SCAN = re.compile(f"(?=({trie(sorted(_LITERALS))}))")


def present(text: str) -> set[str]:
    """The required words of any rule that occur in `text` (lower case)."""
    found = set(_LITERAL_SCAN.findall(text))
    return {w[:n] for w in found for n in range(3, len(w) + 1) if w[:n] in _LITERALS}


# Which triggers each required word opens, and the triggers that need no word at all.
_OPENS: dict[str, list[tuple[int, int]]] = {}
ALWAYS: dict[int, frozenset[int]] = {}
for _key, _rule in COMPILED.items():
    ALWAYS[_key] = frozenset(i for i, ws in enumerate(_rule.words) if ws is None)
    for _i, _ws in enumerate(_rule.words):
        for _w in _ws or ():
            _OPENS.setdefault(_w, []).append((_key, _i))
# What each longest word the scan reports opens, with its prefixes that are words too.
_OPENED_BY: dict[str, tuple[tuple[int, int], ...]] = {}


def _opens(found: str) -> tuple[tuple[int, int], ...]:
    opens = _OPENED_BY.get(found)
    if opens is None:
        words = [found[:n] for n in range(3, len(found) + 1) if found[:n] in _LITERALS]
        opens = tuple(hit for word in words for hit in _OPENS[word])
        _OPENED_BY[found] = opens
    return opens


# Per rule: sentence index -> the indexes of the triggers worth trying there (without the
# rule's triggers that need no word, which are worth trying everywhere).
Opened = dict[int, dict[int, set[int]]]


def opened(lowered: list[str]) -> Opened:
    """Per rule, per sentence, the triggers whose required words the sentence holds (a
    trigger cannot match a sentence without one)."""
    out: Opened = {}
    for index, sentence in enumerate(lowered):
        for found in set(_LITERAL_SCAN.findall(sentence)):
            for key, trigger in _opens(found):
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
