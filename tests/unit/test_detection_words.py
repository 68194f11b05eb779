"""The first look's words are made ahead (core/detection/_words.py) and stay right."""

from __future__ import annotations

import re

from offerwatch.core.detection._grammar import Rule, Rx, lower_case
from offerwatch.core.detection._literals import required_literals
from offerwatch.core.detection._prune import Ready, first_look_words, word_key
from offerwatch.core.detection._rules import RULES
from offerwatch.core.detection._words import WORDS


def test_words_module_is_up_to_date() -> None:
    """Run scripts/render_first_look.py after changing a rule table."""
    made = first_look_words()
    assert len(made) > 250
    assert made == {k: None if v is None else tuple(v) for k, v in WORDS.items()}


def test_a_trigger_missing_from_the_module_is_parsed_when_loaded() -> None:
    pattern = Rx(r"\bzebra\s+(?:crossing|stripes)\b")
    assert word_key(pattern, False) not in WORDS
    ready = Ready(Rule("offer", (pattern,)))
    assert ready.words == (required_literals(lower_case(pattern)),)
    assert ready.words == (frozenset({"crossing", "stripes"}),)


def test_patterns_are_compiled_on_first_use() -> None:
    rule = next(r for r in RULES if len(r.triggers) > 1 and r.blocks)
    ready = Ready(rule)  # its triggers are in _words: nothing to parse or compile
    assert ready._triggers == [None] * len(rule.triggers)
    assert ready._blocks is None and ready._needs is None
    assert ready.trigger(1).pattern
    assert ready._triggers[0] is None and ready._triggers[1] is not None
    assert len(ready.blocks) == len(rule.blocks) and ready._blocks is not None


def test_the_key_tells_apart_how_a_trigger_is_read() -> None:
    pattern = Rx(r"\boffer\b")
    assert word_key(pattern, True) != word_key(pattern, False)
    assert word_key(pattern, False) != word_key(Rx(r"\boffer\b", 0), False)
    assert word_key(pattern, False) == word_key(re.compile(r"\boffer\b", re.I), False)
