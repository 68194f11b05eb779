"""The catalogue covers the whole vocabulary, and every entry is complete and consistent."""

from __future__ import annotations

import math

import pytest

from offerwatch.core.anchors import GROUPS
from offerwatch.core.catalogue import (
    CATALOGUE,
    PRIORS,
    Lean,
    Phase,
    default_log_ratios,
    is_sourced,
)
from offerwatch.core.entities import Stage
from offerwatch.core.signals import TERMINAL_KINDS, SignalKind


def test_every_signal_kind_has_an_entry() -> None:
    assert {k.value for k in SignalKind} <= set(CATALOGUE)


@pytest.mark.parametrize("entry", CATALOGUE.values(), ids=lambda e: e.id)
def test_entry_is_complete(entry: object) -> None:
    from offerwatch.core.catalogue import Sign

    assert isinstance(entry, Sign)
    assert entry.looks_like.strip() and entry.reason.strip() and entry.source.strip()
    if entry.phase is Phase.OUTCOME:
        assert entry.id in TERMINAL_KINDS
        return
    if entry.anchor is not None or entry.group == "silence":
        # A chance (the anchor) or a ratio computed from facts (silence), not a fixed ratio.
        assert entry.ratio(None) == 1 and (entry.anchor is not None or entry.derived)
        assert entry.anchor is None or 0.5 < entry.anchor < 1
        return
    assert entry.group in GROUPS or entry.lean is Lean.NEUTRAL
    for stage in [None, *Stage]:
        ratio = entry.ratio(stage)
        assert 0 < ratio < math.inf
        if entry.lean is Lean.POSITIVE:
            assert ratio > 1
        elif entry.lean is Lean.NEGATIVE:
            assert ratio < 1
        elif entry.lean is Lean.NEUTRAL:
            assert ratio == 1
        elif entry.lean is Lean.STAGE_DEPENDENT:
            assert ratio >= 1


@pytest.mark.parametrize(
    ("stage", "expected"),
    [(Stage.PHONE_SCREEN, "neutral"), (Stage.INTERVIEW, "positive"), (Stage.FINAL, "positive")],
)
def test_salary_depends_on_the_stage(stage: Stage, expected: str) -> None:
    ratio = CATALOGUE[SignalKind.SALARY_DISCUSSED].ratio(stage)
    assert (ratio == 1) if expected == "neutral" else (ratio > 1)
    assert CATALOGUE[SignalKind.SALARY_DISCUSSED].ratio(Stage.FINAL) > CATALOGUE[
        SignalKind.SALARY_DISCUSSED
    ].ratio(Stage.PHONE_SCREEN)


def test_strong_signs_outweigh_weak_ones() -> None:
    """domain.md: references_contacted is strong (an anchor: about two in three go on after a
    check), references_requested weak."""
    contacted = CATALOGUE[SignalKind.REFERENCES_CONTACTED].anchor
    requested = CATALOGUE[SignalKind.REFERENCES_REQUESTED].likelihood_ratio
    notice = CATALOGUE[SignalKind.NOTICE_PERIOD_ASKED].likelihood_ratio
    body = CATALOGUE[SignalKind.POSITIVE_BODY_LANGUAGE].likelihood_ratio
    assert contacted == pytest.approx(0.96 * 0.66 + 0.04, abs=0.005)  # SHRM x Accountemps
    assert requested > 1
    assert notice > body > 1


def test_sources_are_labelled() -> None:
    sourced = [e.id for e in CATALOGUE.values() if is_sourced(e.source)]
    # Only the reference-check ratio has a figure behind it; the rest must say "heuristic".
    assert SignalKind.REFERENCES_CONTACTED in sourced
    assert CATALOGUE[SignalKind.NOTICE_PERIOD_ASKED].source == "heuristic"
    assert is_sourced(PRIORS["interview"].source)
    assert not is_sourced(PRIORS["final"].source)


def test_priors_rise_with_the_stage() -> None:
    order = ["applied", "phone_screen", "interview", "final"]
    values = [PRIORS[s].probability for s in order]
    assert values == sorted(values)
    assert all(0 < v < 1 for v in values)


def test_default_log_ratios_cover_every_stage_variant() -> None:
    logs = default_log_ratios()
    assert logs["salary_discussed@phone_screen"] == 0.0
    assert logs["salary_discussed@final"] > 0
    assert "offer" not in logs and "rejection" not in logs
    # Silence and the reference anchor are not ratios to refit.
    assert "silence_past_timeline" not in logs and "references_contacted" not in logs


def test_docs_list_every_sign_with_its_ratio() -> None:
    from pathlib import Path

    doc = (Path(__file__).resolve().parents[3] / "docs" / "model.md").read_text(encoding="utf-8")
    rows = {line.split("|")[1].strip(): line for line in doc.splitlines() if line.startswith("| `")}
    for entry in CATALOGUE.values():
        row = next((line for key, line in rows.items() if f"`{entry.id}`" in key), None)
        assert row is not None, f"docs/model.md has no row for {entry.id}"
        if entry.phase is Phase.OUTCOME:
            continue
        if entry.anchor is not None:
            assert f"{entry.anchor:.0%}" in row
            continue
        if entry.group == "silence":
            assert "grows" in row
            continue
        for stage, ratio in entry.by_stage.items() or [(None, entry.likelihood_ratio)]:
            assert f"x{ratio:g}" in row, f"{entry.id} ({stage}): x{ratio:g} not in docs"
