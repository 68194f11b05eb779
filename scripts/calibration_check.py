"""Measure cohort and personal calibration on data drawn from a known truth.

Each round draws a TRUTH the defaults get wrong: every sign's log-ratio and every starting
chance's log-odds moved by a random amount (normal, sd SD, seeded by the round; a sign may
even turn), then finished applications (random stage, signs, references, silence) whose
outcomes are drawn from the full model under that truth. The fit never sees the truth. It
prints, as ratios to the published defaults measured in the same round:

- held-out Brier: the score calibration reports (by-person folds for a cohort,
  leave-one-out for a person), fitted over default;
- distance to the truth: mean squared difference between the fitted model's chance and the
  true chance on 2000 fresh applications, fitted over default (the honest figure: the
  Brier score also holds the outcomes' own noise);
- how often the fit was recommended (its 90% interval below zero);
- and with the defaults as the truth (pure noise): how often a fit was recommended anyway.

Runs against any checkout (the examples are built for either Example layout):

    .venv/bin/python scripts/calibration_check.py [ROUNDS [truth|noise]]
    PYTHONPATH=/tmp/base/src .venv/bin/python scripts/calibration_check.py [ROUNDS ...]
"""

from __future__ import annotations

import math
import random
import statistics
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "unit" / "odds_model"))

from draws import evidence, truth_chance

from offerwatch.core import calibration
from offerwatch.core.catalogue import PRIORS, default_log_ratios
from offerwatch.core.cohort import pooled
from offerwatch.core.odds_model import PRIOR_KEY, Evidence, logit

SD = 0.5
FRESH = 2000


def make(i: int, ev: Evidence, won: bool) -> Any:
    """An Example in whichever layout this checkout has (the linear view before the full
    model was fitted kept an offset and features)."""
    if "offset" in calibration.Example.__dataclass_fields__:
        fixed = math.fsum(t.fixed[1] for t in ev.terms if t.fixed is not None)
        offset = logit(ev.prior.probability) + fixed
        return calibration.Example(i, offset, calibration.features(ev), won, ev)  # type: ignore[call-arg]
    return calibration.Example(i, ev, won)


def published() -> dict[str, float]:
    """Every published log value, the neutral signs' too (they move no chance, but a truth
    is drawn over all of them, in the catalogue's order: the same seed, the same truth, for
    checkouts that fitted them and ones that do not)."""
    out = dict(default_log_ratios())
    out.update({PRIOR_KEY + stage: 0.0 for stage in PRIORS})
    return out


def truth_of(seed: int) -> dict[str, float]:
    rng = random.Random(seed)
    return {k: v + rng.gauss(0.0, SD) for k, v in published().items()}


def drawn(rng: random.Random, n: int, truth: dict[str, float], first: int) -> list[Any]:
    out = []
    for i in range(n):
        ev = evidence(rng)
        out.append(make(first + i, ev, rng.random() < truth_chance(ev, truth)))
    return out


def distance(fitted: dict[str, float], truth: dict[str, float], seed: int) -> float:
    """Mean squared difference from the true chance on fresh applications."""
    rng = random.Random(seed)
    fresh = [evidence(rng) for _ in range(FRESH)]
    ratios = {k: math.exp(v) for k, v in fitted.items()}
    from offerwatch.core.odds_model import ends

    return statistics.fmean((ends(e, ratios).central - truth_chance(e, truth)) ** 2 for e in fresh)


def cohort_round(seed: int, users: int, per_user: int, truth: dict[str, float]) -> tuple:
    rng = random.Random(seed)
    by_user = {u: drawn(rng, per_user, truth, 1 + u * per_user) for u in range(users)}
    result = pooled(by_user)
    fitted = {**calibration.defaults_with_priors(),
              **{r.key: math.log(r.calibrated) for r in result.ratios}}  # fmt: skip
    base = calibration.defaults_with_priors()
    ratio = (result.brier_fitted or 0) / (result.brier_default or 1)
    return (
        ratio,
        distance(fitted, truth, seed + 7),
        distance(base, truth, seed + 7),
        (result.recommended),
    )


def person_round(seed: int, n: int, truth: dict[str, float]) -> tuple:
    cal = calibration.calibrate(drawn(random.Random(seed), n, truth, 1))
    fitted = {**calibration.defaults_with_priors(),
              **{r.key: math.log(r.calibrated) for r in cal.ratios}}  # fmt: skip
    base = calibration.defaults_with_priors()
    ratio = (cal.brier_calibrated or 0) / (cal.brier_default or 1)
    return (
        ratio,
        distance(fitted, truth, seed + 7),
        distance(base, truth, seed + 7),
        (cal.recommended),
    )


def report(name: str, rows: list[tuple]) -> None:
    briers = [r[0] for r in rows]
    if all(r[2] > 0 for r in rows):
        far = [r[1] / r[2] for r in rows]
        away = (f"distance to truth fitted/default median {statistics.median(far):.3f} "
                f"(range {min(far):.3f}-{max(far):.3f})")  # fmt: skip
    else:  # the defaults are the truth: how far the fit strayed, as a typical difference
        away = (
            f"fitted chance off the truth by {math.sqrt(statistics.fmean(r[1] for r in rows)):.3f}"
        )
    print(f"{name}: held-out Brier fitted/default median {statistics.median(briers):.3f} "
          f"(range {min(briers):.3f}-{max(briers):.3f}); {away}; "
          f"recommended {sum(r[3] for r in rows)}/{len(rows)}", flush=True)  # fmt: skip


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    only = sys.argv[2] if len(sys.argv) > 2 else ""  # "truth" or "noise": one half
    seeds = [5000 + 17 * r for r in range(rounds)]
    noise = calibration.defaults_with_priors()
    if only != "noise":
        report("cohort 10 people x 30, truth off",
               [cohort_round(s, 10, 30, truth_of(s)) for s in seeds])  # fmt: skip
        report("person 40, truth off", [person_round(s, 40, truth_of(s)) for s in seeds])
    if only != "truth":
        report("cohort 5 people x 6, noise", [cohort_round(s, 5, 6, noise) for s in seeds])
        report("cohort 10 people x 30, noise", [cohort_round(s, 10, 30, noise) for s in seeds])
        report("person 15, noise", [person_round(s, 15, noise) for s in seeds])


if __name__ == "__main__":
    main()
