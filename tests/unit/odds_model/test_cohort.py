"""Cohort calibration's pooled fit: folds by person, held-out scores, the minimum of data."""

from __future__ import annotations

import math

from offerwatch.core.calibration import Example, brier, defaults_with_priors, fit, predict
from offerwatch.core.catalogue import PRIORS
from offerwatch.core.cohort import MIN_APPLICATIONS, MIN_USERS, pooled, summary, user_folds
from offerwatch.core.odds_model import Evidence

from .draws import term


def _cohort(users: int, per_user: int, *, flip: int | None = None) -> dict[int, list[Example]]:
    """Final rounds: the notice-period question before exactly the offers, except for user
    `flip`, whose asked ones all failed."""
    out: dict[int, list[Example]] = {}
    next_id = 1
    for u in range(100, 100 + users):
        rows = []
        for i in range(per_user):
            asked = i % 2 == 0
            won = (not asked) if u == flip else asked
            terms = [term("notice_period_asked", None)] if asked else []
            rows.append(Example(next_id, Evidence(PRIORS["final"], terms, None), won))
            next_id += 1
        out[u] = rows
    return out


def test_folds_split_people_not_applications() -> None:
    ids = [7, 3, 11, 5, 2, 13, 17]
    folds = user_folds(ids, 5)
    assert len(folds) == 5
    flat = [u for f in folds for u in f]
    assert sorted(flat) == sorted(ids)  # each person in exactly one fold
    assert user_folds(list(reversed(ids)), 5) == folds  # the same cohort, the same folds
    assert len(user_folds([1, 2, 3], 5)) == 3  # never more folds than people


def test_held_out_predictions_come_from_fits_without_the_persons_own() -> None:
    data = _cohort(6, 6, flip=103)
    result = pooled(data)
    base = defaults_with_priors()
    held = {}
    for group in user_folds(list(data)):
        weights = fit([e for u in data if u not in group for e in data[u]], base)
        held.update({e.application_id: predict(e, weights) for u in group for e in data[u]})
    everyone = [e for u in sorted(data) for e in data[u]]
    expected = brier(everyone, [held[e.application_id] for e in everyone])
    assert result.brier_fitted is not None and math.isclose(result.brier_fitted, expected)
    # A fit that had seen user 103's reversed pattern would have done better on them.
    seen_all = fit(everyone, base)
    own = data[103]
    assert brier(own, [predict(e, seen_all) for e in own]) < brier(
        own, [held[e.application_id] for e in own]
    )


def test_a_strong_pattern_is_recommended_and_raises_its_weight() -> None:
    result = pooled(_cohort(6, 6))
    assert result.ready and result.recommended
    weights = {w["key"]: w for w in summary(result)["weights"]}  # type: ignore[attr-defined]
    assert weights["notice_period_asked"]["fitted"] > weights["notice_period_asked"]["default"]
    assert weights["notice_period_asked"]["change"] > 0


def test_below_the_minimum_only_counts_come_back() -> None:
    few_people = pooled(_cohort(MIN_USERS - 1, 10))
    assert few_people.applications >= MIN_APPLICATIONS and not few_people.ready
    assert few_people.brier_fitted is None and few_people.ratios == []
    assert few_people.missing == [
        f"1 more people with a finished application who agreed to share (have "
        f"{MIN_USERS - 1}, need {MIN_USERS})"
    ]
    few_apps = pooled(_cohort(MIN_USERS, 2))
    assert not few_apps.ready and "more finished applications" in few_apps.missing[0]
    empty = pooled({1: [], 2: []})
    assert (empty.consenting, empty.users, empty.brier_default) == (2, 0, None)
