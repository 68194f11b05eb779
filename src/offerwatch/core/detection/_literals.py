"""Words a pattern cannot match without: a first look that costs a substring search.

`required_literals(pattern)` reads the parsed form of a regular expression and returns a set
of literal strings such that every match contains at least one of them, or None when no such
set exists (a pattern that can match with no fixed text). Checking `any(w in text ...)` is
many times cheaper than running the pattern, and most rules find none of their words in most
messages. Only the standard library's own parser is used; nothing is guessed.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

_parser: Any = importlib.import_module("re._parser")  # the parser re itself uses
_constants: Any = importlib.import_module("re._constants")

_MIN_LENGTH = 3  # shorter literals ("a", "to") are in every text: no use as a first look


def _best(options: list[frozenset[str]]) -> frozenset[str] | None:
    """Of several sets each of which is required, the most selective one."""
    usable = [o for o in options if all(len(w) >= _MIN_LENGTH for w in o)]
    if not usable:
        return None
    return max(usable, key=lambda o: (min(len(w) for w in o), -len(o)))


def _sequence(items: Any) -> frozenset[str] | None:
    """Required literals of a sequence: its literal runs and what its parts require."""
    options: list[frozenset[str]] = []
    run: list[str] = []
    for op, arg in [*list(items), (None, None)]:
        if op is _constants.LITERAL:
            run.append(chr(arg))
            continue
        if run:
            options.append(frozenset({"".join(run)}))
            run = []
        if op is None:
            continue
        found = _node(op, arg)
        if found is not None:
            options.append(found)
    return _best(options)


def _node(op: Any, arg: Any) -> frozenset[str] | None:
    if op is _constants.SUBPATTERN:
        return _sequence(arg[-1])
    if op is _constants.BRANCH:
        union: set[str] = set()
        for branch in arg[1]:
            found = _sequence(branch)
            if found is None:
                return None
            union |= found
        return frozenset(union)
    if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT):
        low, _high, item = arg
        return _sequence(item) if low >= 1 else None
    if op is _constants.ATOMIC_GROUP:
        return _sequence(arg)
    return None


def required_literals(pattern: re.Pattern[str], fold: bool = False) -> frozenset[str] | None:
    """Literal strings one of which every match of `pattern` contains, or None. Only for
    patterns without IGNORECASE (the strings are compared as they are), unless `fold`: then
    the strings are in lower case, to be looked for in the lower-cased text, and hold only
    for ASCII text (IGNORECASE also pairs some non-ASCII letters with ASCII ones: "ſ", "K")."""
    if pattern.flags & re.IGNORECASE and not fold:
        return None
    found = _sequence(_parser.parse(pattern.pattern, pattern.flags))
    if found is None or not fold:
        return found
    if not all(w.isascii() for w in found):
        return None
    return frozenset(w.lower() for w in found)


_DIGITS = frozenset(map(ord, "0123456789"))


def _digit_item(op: Any, arg: Any) -> bool:
    """True if the character set item (of an IN) matches decimal digits only."""
    if op is _constants.CATEGORY:
        return arg is _constants.CATEGORY_DIGIT or arg is _constants.CATEGORY_UNI_DIGIT
    if op is _constants.LITERAL:
        return arg in _DIGITS
    if op is _constants.RANGE:
        return arg[0] in _DIGITS and arg[1] in _DIGITS
    return False


def _digit_sequence(items: Any) -> bool:
    return any(_digit_node(op, arg) for op, arg in items)


def _digit_node(op: Any, arg: Any) -> bool:
    if op is _constants.LITERAL:
        return arg in _DIGITS
    if op is _constants.IN:
        return bool(arg) and all(_digit_item(o, a) for o, a in arg)
    if op is _constants.SUBPATTERN:
        return _digit_sequence(arg[-1])
    if op is _constants.BRANCH:
        return all(_digit_sequence(branch) for branch in arg[1])
    if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT):
        return arg[0] >= 1 and _digit_sequence(arg[2])
    if op is _constants.ATOMIC_GROUP:
        return _digit_sequence(arg)
    return False


def needs_digit(pattern: re.Pattern[str]) -> bool:
    """True if every match of `pattern` holds a decimal digit (one `\\d` finds in the text):
    the first look of a trigger with no required word, such as a sum of money."""
    return _digit_sequence(_parser.parse(pattern.pattern, pattern.flags))


def trie(words: list[str]) -> str:
    """A regex alternation shaped as a trie, so the engine tries few branches per position."""
    tree: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:  # type: ignore[type-arg]
        branches = [re.escape(c) + emit(child) for c, child in node.items() if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(tree)
