"""The rules ready to run, and the first look that says which triggers are worth trying.

Each trigger has words it needs: it cannot match a sentence that holds none of them (a sum of
money needs no word, but a digit: see DIGIT). One
scan of a message's text (a trie of all the words of its language's rules) finds the words
it holds and so, per rule and sentence, the triggers worth trying. The words come from
`_words.WORDS` (made by scripts/render_first_look.py from the rules, kept up to date by a
test), so loading a table parses and compiles nothing but the scan; a pattern missing there
(a rule changed since) is parsed when its table loads. Each pattern is compiled on first
use, for lower-case text unless its rule reads capitals (see _grammar.lower_case): a
trigger when the first look opens it, a rule's blocks and needs when one of its triggers
matched. A language's table is made when the first message in it is read.
"""

from __future__ import annotations

import functools
import hashlib
import importlib
import re
from collections.abc import Iterable, Iterator, Mapping
from types import ModuleType

from offerwatch.core.detection._grammar import DateWords, Pattern, Rule, compiled, lower_case
from offerwatch.core.detection._grammar import needs_case as _needs_case
from offerwatch.core.detection._literals import needs_digit, required_literals, trie
from offerwatch.core.detection._rules import RULES
from offerwatch.core.detection._words import WORDS

_TABLES = {"de": "_rules_de", "fr": "_rules_fr", "es": "_rules_es"}


class _ByLanguage(Mapping[str, tuple[tuple[Rule, ...], DateWords | None]]):
    """The rule tables read, by the language of the new text (English for any other or
    unknown): the German, French and Spanish modules load on first look-up."""

    def __getitem__(self, language: str) -> tuple[tuple[Rule, ...], DateWords | None]:
        module = _table_module(_TABLES[language])
        return module.RULES, module.DATES

    def __iter__(self) -> Iterator[str]:
        return iter(_TABLES)

    def __len__(self) -> int:
        return len(_TABLES)

    def __contains__(self, language: object) -> bool:
        return language in _TABLES


@functools.cache
def _table_module(name: str) -> ModuleType:
    return importlib.import_module(f"offerwatch.core.detection.{name}")


BY_LANGUAGE = _ByLanguage()

# The word of a trigger that needs no word but a digit (a sum of money): a sentence holds it
# when `\d` finds a digit in it. Too short to be a prefix of a real word (see _opens).
DIGIT = "\\d"
_DIGIT = re.compile(r"\d")


def _words_of(trigger: re.Pattern[str], cased: bool) -> frozenset[str] | None:
    """The words one of which every match of `trigger` holds (DIGIT for a digit), or None."""
    words = required_literals(trigger, fold=cased)
    if words is None and needs_digit(trigger):
        return frozenset({DIGIT})
    return words


def word_key(pattern: Pattern, cased: bool) -> str:
    """The key of a trigger in _words.WORDS: its text, its flags and how it is read."""
    flags = pattern.flags & ~re.UNICODE  # compiling a str pattern adds UNICODE
    text = f"{int(cased)}\0{flags}\0{pattern.pattern}"
    return hashlib.blake2b(text.encode(), digest_size=8).hexdigest()


class Ready:
    """A rule ready to run: its patterns compiled on first use (for lower-case text unless
    the rule reads capitals) and the words each trigger needs (the first look)."""

    __slots__ = ("_blocks", "_needs", "_triggers", "cased", "rule", "words")

    def __init__(self, rule: Rule) -> None:
        self.rule = rule
        self.cased = _needs_case(rule)
        self._triggers: list[re.Pattern[str] | None] = [None] * len(rule.triggers)
        self._blocks: tuple[re.Pattern[str], ...] | None = None
        self._needs: tuple[re.Pattern[str], ...] | None = None
        # A rule that reads capitals runs its IGNORECASE triggers on the sentence as written:
        # their words, lower-cased, hold for ASCII sentences only (see live).
        words: list[frozenset[str] | None] = []
        for index, pattern in enumerate(rule.triggers):
            key = word_key(pattern, self.cased)
            if key not in WORDS:  # a pattern changed since _words was made
                words.append(_words_of(self.trigger(index), self.cased))
            else:
                known = WORDS[key]
                words.append(None if known is None else frozenset(known))
        self.words: tuple[frozenset[str] | None, ...] = tuple(words)

    def _fast(self, pattern: Pattern) -> re.Pattern[str]:
        return compiled(pattern) if self.cased else lower_case(pattern)

    def trigger(self, index: int) -> re.Pattern[str]:
        """Trigger `index`, compiled."""
        made = self._triggers[index]
        if made is None:
            made = self._triggers[index] = self._fast(self.rule.triggers[index])
        return made

    @property
    def triggers(self) -> tuple[re.Pattern[str], ...]:
        """Every trigger, compiled."""
        return tuple(self.trigger(i) for i in range(len(self._triggers)))

    @property
    def needs(self) -> tuple[re.Pattern[str], ...]:
        """The patterns that must all match too (the rule's needs and also), compiled."""
        if self._needs is None:
            rule = self.rule
            self._needs = tuple(
                self._fast(n) for n in (*([rule.needs] if rule.needs else []), *rule.also)
            )
        return self._needs

    @property
    def blocks(self) -> tuple[re.Pattern[str], ...]:
        """The patterns any of which undoes a match, compiled."""
        if self._blocks is None:
            self._blocks = tuple(self._fast(b) for b in self.rule.blocks)
        return self._blocks


# The rules made ready so far, by id(rule), with the indexes of each one's triggers that
# need no word; a language's table is made when a message in it is first read (see table):
# most mailboxes hold no German, French or Spanish mail.
COMPILED: dict[int, Ready] = {}
ALWAYS: dict[int, frozenset[int]] = {}


class Table:
    """One language's rules ready for the first look: every word one of their triggers
    needs, one scan that finds them all, and which triggers each word opens."""

    __slots__ = ("digit", "literals", "opened_by", "opens", "scan")

    def __init__(self, opens: dict[str, list[tuple[int, int]]]) -> None:
        self.opens = opens
        self.literals = frozenset(opens) - {DIGIT}
        # What a digit in a sentence opens: the triggers that need no word but a digit.
        self.digit = tuple(opens.get(DIGIT, ()))
        # Every required word found in a text, at every position (a lookahead, so that
        # overlapping words are all seen); a word's shorter prefixes that are words too are
        # added after.
        self.scan = re.compile(f"(?=({trie(sorted(self.literals))}))")
        # What each longest word the scan reports opens, with its prefixes that are words too:
        # (rule, its triggers) pairs.
        self.opened_by: dict[str, tuple[tuple[int, frozenset[int]], ...]] = {}


def rules_of(language: str) -> tuple[Rule, ...]:
    """The rules read for `language` (de, fr, es; English for any other)."""
    return BY_LANGUAGE[language][0] if language in BY_LANGUAGE else RULES


@functools.cache
def table(language: str) -> Table:
    """The table of `language` (de, fr, es; "en" for English and any other), its rules made
    ready into COMPILED and ALWAYS on first use."""
    opens: dict[str, list[tuple[int, int]]] = {}
    for rule in rules_of(language):
        key = id(rule)
        made = COMPILED.get(key) or Ready(rule)
        COMPILED[key] = made
        ALWAYS[key] = frozenset(i for i, ws in enumerate(made.words) if ws is None)
        for index, words in enumerate(made.words):
            for word in words or ():
                opens.setdefault(word, []).append((key, index))
    return Table(opens)


LANGUAGES = ("en", *_TABLES)


def compile_all() -> dict[int, Ready]:
    """Every table made ready (for tests and tools that look at all rules): COMPILED."""
    for language in LANGUAGES:
        table(language)
    return COMPILED


def first_look_words() -> dict[str, tuple[str, ...] | None]:
    """What _words.WORDS holds: the words each trigger of every language needs, read from
    the patterns by the regex parser (scripts/render_first_look.py writes them)."""
    out: dict[str, tuple[str, ...] | None] = {}
    for language in LANGUAGES:
        for rule in rules_of(language):
            cased = _needs_case(rule)
            fast = compiled if cased else lower_case
            for pattern in rule.triggers:
                key = word_key(pattern, cased)
                if key not in out:
                    words = _words_of(fast(pattern), cased)
                    out[key] = None if words is None else tuple(sorted(words))
    return out


def present(text: str, language: str = "en") -> set[str]:
    """The required words of `language`'s rules that occur in `text` (lower case)."""
    words = table(language)
    found = set(words.scan.findall(text))
    return {w[:n] for w in found for n in range(3, len(w) + 1) if w[:n] in words.literals}


def _opens(words: Table, found: str) -> tuple[tuple[int, frozenset[int]], ...]:
    """(rule, its triggers) that the word `found` opens, with its prefixes that are words."""
    opens = words.opened_by.get(found)
    if opens is None:
        prefixes = [found[:n] for n in range(3, len(found) + 1) if found[:n] in words.literals]
        by_rule: dict[int, set[int]] = {}
        for word in prefixes:
            for key, trigger in words.opens[word]:
                by_rule.setdefault(key, set()).add(trigger)
        opens = tuple((key, frozenset(triggers)) for key, triggers in by_rule.items())
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
    opened_by, scan = words.opened_by, words.scan
    for index, sentence in enumerate(lowered):
        for found in set(scan.findall(sentence)):
            opens = opened_by.get(found)
            for key, triggers in _opens(words, found) if opens is None else opens:
                by_sentence = out.get(key)
                if by_sentence is None:
                    out[key] = {index: set(triggers)}
                elif index in by_sentence:
                    by_sentence[index] |= triggers
                else:
                    by_sentence[index] = set(triggers)
        if words.digit and _DIGIT.search(sentence):
            for key, trigger in words.digit:
                out.setdefault(key, {}).setdefault(index, set()).add(trigger)
    return out


def live(key: int, opened: Opened, sentence_list: list[str]) -> Iterator[tuple[int, Iterable[int]]]:
    """(sentence index, triggers worth trying) for rule `key`, in sentence order."""
    by_sentence = opened.get(key, {})
    always = ALWAYS[key]
    count = len(sentence_list)
    made = COMPILED[key]
    if made.cased:  # its words hold for ASCII sentences only
        every = range(len(made.words))
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
