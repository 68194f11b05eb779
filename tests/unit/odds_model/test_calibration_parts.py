"""The parts personal and cohort calibration share: an example's features, the counts of
seen signs and offers, the starting values, and the bootstrap that resamples whole units."""

from __future__ import annotations

import math
import random
import re
from dataclasses import replace
from pathlib import Path

import pytest

from offerwatch.core.calibration import (
    Example,
    base_values,
    bootstrap,
    brier,
    calibrate,
    defaults_with_priors,
    features,
    fit,
    predict,
    tally,
)
from offerwatch.core.catalogue import CATALOGUE, PRIORS, Phase
from offerwatch.core.cohort import pooled, user_folds
from offerwatch.core.odds_fit import PARAMETERS
from offerwatch.core.odds_model import PRIOR_KEY, Evidence

from .draws import draw, evidence, term


def _final(i: int, signs: list[str], won: bool) -> Example:
    return Example(i, Evidence(PRIORS["final"], [term(k, None) for k in signs], None), won)


def test_an_examples_features_are_its_evidence_s_worked_out_once() -> None:
    rng = random.Random(3)
    for i in range(30):
        ev = evidence(rng)
        ex = Example(i, ev, i % 2 == 0)
        assert ex.features == features(ev)
        assert ex.features is ex.features  # a stored value, not one made on each read
    ex = _final(1, ["notice_period_asked"], True)
    other = replace(ex, evidence=Evidence(PRIORS["interview"], [], None))
    assert other.features == {"prior@interview": 1.0}  # a changed copy works them out again
    assert ex == _final(1, ["notice_period_asked"], True)  # compared by what they hold


def test_tally_counts_seen_keys_and_their_offers_as_one_scan_per_key_would() -> None:
    data = draw(random.Random(11), 60, defaults_with_priors())
    seen, offers = tally(data)
    keys = {k for e in data for k in e.features}
    assert keys >= set(seen) and seen
    for k in keys:
        assert seen.get(k, 0) == sum(1 for e in data if e.features.get(k))
        assert offers.get(k, 0) == sum(1 for e in data if e.features.get(k) and e.outcome)


def test_base_values_add_unknown_keys_at_no_effect_and_keep_given_defaults() -> None:
    data = [_final(1, ["notice_period_asked"], True)]
    assert base_values(data) == defaults_with_priors()
    given = {"notice_period_asked": 0.5}
    assert base_values(data, given) == {"notice_period_asked": 0.5, "prior@final": 0.0}
    assert given == {"notice_period_asked": 0.5}  # the caller's mapping is not changed


def test_bootstrap_by_units_of_one_is_the_plain_resampling_of_applications() -> None:
    rng = random.Random(5)
    diffs = [rng.uniform(-0.2, 0.1) for _ in range(25)]
    low, high = bootstrap([(d, 1) for d in diffs])
    mean = math.fsum(diffs) / len(diffs)
    assert low < mean < high
    # A person counts once, however many applications: all alike per application, no spread.
    same = bootstrap([(3 * -0.05, 3), (5 * -0.05, 5), (-0.05, 1)])
    assert same == pytest.approx((-0.05, -0.05))


def test_resampling_people_is_wider_than_resampling_their_applications() -> None:
    """Two people, each consistent within: their applications are not independent units."""
    by_person = bootstrap([(-0.5, 10), (0.5, 10), (-0.4, 10), (0.6, 10), (-0.3, 10)])
    units = [(-0.05, 1)] * 10 + [(0.05, 1)] * 10 + [(-0.04, 1)] * 10 + [(0.06, 1)] * 10
    by_application = bootstrap(units + [(-0.03, 1)] * 10)
    assert by_person[1] - by_person[0] > 2 * (by_application[1] - by_application[0])


def test_personal_and_cohort_intervals_come_from_the_same_bootstrap() -> None:
    data = [_final(i, ["notice_period_asked"] if i % 2 else [], i % 2 == 1) for i in range(16)]
    base = defaults_with_priors()
    cal = calibrate(data)
    everything = fit(data, base)
    held = [predict(e, fit(data[:i] + data[i + 1 :], base, start=everything))
            for i, e in enumerate(data)]  # fmt: skip
    default = [predict(e, base) for e in data]
    assert cal.brier_calibrated == pytest.approx(brier(data, held))
    diffs = [((h - e.outcome) ** 2 - (d - e.outcome) ** 2, 1)
             for e, h, d in zip(data, held, default, strict=True)]  # fmt: skip
    assert cal.diff_interval == pytest.approx(bootstrap(diffs), abs=1e-9)

    by_user = {u: [replace(e, application_id=u * 100 + e.application_id) for e in data[:6]]
               for u in range(1, 7)}  # fmt: skip
    cohort = pooled(by_user)
    weights: dict[int, dict[str, float]] = {}
    for group in user_folds(list(by_user)):
        found = fit([e for u in by_user if u not in group for e in by_user[u]], base)
        weights.update({u: found for u in group})
    per_user = [
        (math.fsum((predict(e, weights[u]) - e.outcome) ** 2 - (predict(e, base) - e.outcome) ** 2
                   for e in by_user[u]), len(by_user[u]))
        for u in sorted(by_user)
    ]  # fmt: skip
    assert cohort.diff_interval == pytest.approx(bootstrap(per_user), abs=1e-9)


def _docs_section(title: str) -> str:
    text = (Path(__file__).resolve().parents[3] / "docs" / "model.md").read_text()
    return text.split(f"## {title}\n", 1)[1].split("\n## ", 1)[0]


def test_the_fitted_values_are_one_table_the_fit_the_report_and_the_docs_agree_on() -> None:
    fitted_signs = {p.sign for p in PARAMETERS.values() if p.sign is not None}
    starts = {k for k, p in PARAMETERS.items() if p.sign is None}
    assert starts == {PRIOR_KEY + stage for stage in PRIORS}
    # docs/model.md's table of signs: those of a group, not the anchor nor silence, are fitted.
    rows = [line.split(" | ") for line in _docs_section("Every sign and its effect").splitlines()
            if line.startswith("| `")]  # fmt: skip
    documented = {r[0].strip("| `") for r in rows
                  if r[2] not in ("-", "silence") and not r[4].startswith("an anchor")}  # fmt: skip
    assert documented == fitted_signs
    # ... and its calibration section names the signs outside every group, fitted for none.
    section = _docs_section("Fitting the model to you")
    named = section.split("Signs outside every group (", 1)[1].split(")", 1)[0]
    neutral = {s.id for s in CATALOGUE.values() if not s.group and s.phase is not Phase.OUTCOME}
    assert set(re.findall(r"`(\w+)`", named)) == neutral and not neutral & fitted_signs
    # The report lists exactly the fitted values; the fit starts from their defaults.
    data = [_final(i, ["notice_period_asked", "timeline_stated"], i % 3 == 0) for i in range(15)]
    assert {r.key for r in calibrate(data).ratios} == set(PARAMETERS)
    assert defaults_with_priors() == {k: p.default for k, p in PARAMETERS.items()}


def test_a_fitted_sign_stays_on_its_defaults_side_and_a_start_moves_either_way() -> None:
    base = defaults_with_priors()
    good = [_final(i, ["notice_period_asked"], False) for i in range(30)]
    found = fit(good + [_final(100 + i, [], i < 20) for i in range(30)], base, penalty=0.01)
    low, high = PARAMETERS["notice_period_asked"].bounds
    assert (low, high) == (0.0, math.inf) and found["notice_period_asked"] == low
    assert PARAMETERS["prior@final"].bounds == (-math.inf, math.inf)
    assert found["prior@final"] != 0.0
