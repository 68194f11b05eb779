"""detect()'s speed-ups change nothing it decides: with every trigger of every rule tried on
every sentence (no required-word gating), each message of the dev corpora, the intake
scenario, the real mail of ../shared/eval and both everyday generators gets the same labels,
evidence and dates."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.support.detect_inputs import (
    Case,
    corpus_mail,
    generated_mail,
    parsed_cases,
    real_cases,
)

from offerwatch.core.detection import _prune, detect_both
from offerwatch.core.detection._context import (
    _ADVERT_CUES,
    _BULK_SUBJECT,
    _LIST_MAIL,
    _PERSONAL_CUES,
    is_bulk,
)
from offerwatch.core.detection._literals import required_literals


@pytest.fixture(scope="module")
def cases() -> list[tuple[str, Case]]:
    return [
        *parsed_cases(corpus_mail()),
        *real_cases(),
        *parsed_cases(generated_mail(240, seed=29)),
    ]


def test_gating_changes_no_finding(
    cases: list[tuple[str, Case]], monkeypatch: pytest.MonkeyPatch
) -> None:
    sets = {name for name, _ in cases}
    assert {"mail-corpus", "mail-corpus-2", "intake-scenario"} <= sets
    assert sum(name.startswith("everyday_mail") for name in sets) == 2
    assert sum(name.startswith("gen_everyday_mailbox") for name in sets) == 3
    fast = [detect_both(s, b, d, headers=h) for _, (s, b, d, h) in cases]
    # The reference: every trigger of every rule is worth trying on every sentence.
    every = {key: frozenset(range(len(c.triggers))) for key, c in _prune.compile_all().items()}
    monkeypatch.setattr(_prune, "ALWAYS", every)
    monkeypatch.setattr(_prune, "opened", lambda lowered, language="en": {})
    slow = [detect_both(s, b, d, headers=h) for _, (s, b, d, h) in cases]
    assert sum(bool(found[1]) for found in slow) > 500
    for (name, case), one, other in zip(cases, fast, slow, strict=True):
        assert one == other, (name, case[0], one, other)


def _old_is_bulk(subject: str, text: str, body: str = "") -> bool:
    """is_bulk as it was written before it stopped at the first personal cue."""
    personal = len(_PERSONAL_CUES.findall(text))
    if _BULK_SUBJECT.search(subject) and personal == 0:
        return True
    if personal == 0 and _LIST_MAIL.search(body[-4000:] if body else text):
        return True
    adverts = len(_ADVERT_CUES.findall(text))
    return adverts >= 3 and personal == 0


def test_is_bulk_reads_as_before(cases: list[tuple[str, Case]]) -> None:
    checked = 0
    for _, (subject, body, _, _) in cases:
        assert is_bulk(subject, body, body) == _old_is_bulk(subject, body, body)
        checked += is_bulk(subject, body, body)
    assert checked > 10


_CASED = [c for c in _prune.compile_all().values() if c.cased]


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ ,.'", max_size=80))
def test_folded_words_hold_for_ascii_text(text: str) -> None:
    """A rule that reads capitals runs IGNORECASE triggers: on ASCII text, each match holds
    one of the trigger's words in lower case."""
    for compiled in _CASED:
        for trigger, words in zip(compiled.triggers, compiled.words, strict=True):
            match = trigger.search(text)
            if match and words is not None:
                assert any(w in match.group(0).lower() for w in words)


def test_folded_words_are_ascii_only() -> None:
    assert required_literals(re.compile("ſtart", re.IGNORECASE), fold=True) is None
    assert required_literals(re.compile("Contact", re.IGNORECASE), fold=True) == {"contact"}
    assert _CASED and any(w is not None for c in _CASED for w in c.words)
