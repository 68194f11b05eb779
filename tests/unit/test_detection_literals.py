"""required_literals(): the first look at a rule never hides a match of that rule."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from offerwatch.core.detection._literals import required_literals
from offerwatch.core.detection._prune import compile_all
from offerwatch.core.detection._prune import present as _present
from offerwatch.core.detection._rules import RULES
from offerwatch.core.detection.evaluation import read_eml

_COMPILED = compile_all()

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
                    assert any(w in match.group(0) for w in words), (rule.kind, match.group(0))
                    checked += 1
    assert checked > 100


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz ,.'", min_size=0, max_size=60))
def test_random_text_matches_imply_required_words(text: str) -> None:
    for rule in RULES:
        compiled = _COMPILED[id(rule)]
        for trigger, words in zip(compiled.triggers, compiled.words, strict=True):
            match = trigger.search(text)
            if match and words is not None:
                assert any(w in match.group(0) for w in words)
