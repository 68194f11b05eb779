"""required_literals(): the first look at a rule never hides a match of that rule."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from offerwatch.core.detection._literals import needs_digit, required_literals
from offerwatch.core.detection._prune import DIGIT, compile_all, opened
from offerwatch.core.detection._prune import present as _present
from offerwatch.core.detection._rules import RULES
from offerwatch.core.detection.evaluation import read_eml

_COMPILED = compile_all()


def _holds(found: str, words: frozenset[str]) -> bool:
    """True if `found` holds one of a trigger's words (DIGIT: a decimal digit, as \\d sees)."""
    if DIGIT in words and any(c.isdecimal() for c in found):
        return True
    return any(w in found for w in words if w != DIGIT)


DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\bnotice\s+period\b", {"notice"}),
        (r"\b(?:send|provide)\s+references", {"references"}),
        (r"\b(?:offer|offered)\s+you", {"offer"}),  # the parser factors out "offer"
        (r"\b(?:send|give)\s+you", {"send", "give"}),
        (r"\b(?:a|to)\s+\w+", None),  # only short words: no use
        (r"(?:[$£]\d+|\d+k)", None),  # no fixed text at all
        (r"\bdecision(?:s)?\b", {"decision"}),
    ],
)
def test_required_literals(pattern: str, expected: set[str] | None) -> None:
    found = required_literals(re.compile(pattern))
    assert (None if found is None else set(found)) == expected


def test_present_sees_overlapping_and_prefix_words() -> None:
    found = _present("we have offered you the interviews")
    assert {"offer", "interview"} <= found


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"[$£]\s?\d+|\b(?:usd|eur)\s?\d", True),
        (r"\b\d{2,3}\s?k\b", True),
        (r"[0-9]+(?:k|m)", True),
        (r"(?:\d|x)", False),
        (r"\d?k", False),
        (r"[^0-9]", False),
        (r"[0-9a]", False),
        (r"(?=\d)\w", False),
        (r"offer", False),
    ],
)
def test_needs_digit(pattern: str, expected: bool) -> None:
    assert needs_digit(re.compile(pattern)) is expected


def test_a_sum_of_money_is_opened_by_a_digit_only() -> None:
    gated = [
        (made, i) for made in _COMPILED.values() for i, w in enumerate(made.words) if w == {DIGIT}
    ]
    assert gated and all(made.rule.kind == "salary_discussed" for made, _ in gated)
    made, index = gated[0]
    assert made.trigger(index).search("£45,000")
    assert index in opened(["a salary of £45,000", "no sum here"]).get(id(made.rule), {}).get(0)
    assert 1 not in opened(["a salary of £45,000", "no sum here"]).get(id(made.rule), {})


def test_ignorecase_patterns_are_not_gated() -> None:
    assert required_literals(re.compile("offer", re.IGNORECASE)) is None


def _corpus_text() -> list[str]:
    texts = []
    for folder in ("mail-corpus", "mail-corpus-2"):
        for path in sorted((DATA / folder).glob("*.eml"))[::3]:
            mail = read_eml(path.read_bytes())
            texts.append(f"{mail.subject}\n{mail.body}".lower())
    return texts


def test_every_trigger_match_in_the_corpora_holds_a_required_word() -> None:
    checked = 0
    for text in _corpus_text():
        for rule in RULES:
            compiled = _COMPILED[id(rule)]
            for trigger, words in zip(compiled.triggers, compiled.words, strict=True):
                if words is None:
                    continue
                for match in trigger.finditer(text):
                    assert _holds(match.group(0), words), (rule.kind, match.group(0))
                    checked += 1
    assert checked > 100


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz ,.'", min_size=0, max_size=60))
def test_random_text_matches_imply_required_words(text: str) -> None:
    for rule in RULES:
        compiled = _COMPILED[id(rule)]
        for trigger, words in zip(compiled.triggers, compiled.words, strict=True):
            match = trigger.search(text)
            if match and words is not None:
                assert _holds(match.group(0), words)
