"""The starting chance of an offer by the furthest stage reached, with its source and the
range it is known within (docs/domain.md, "Facts for priors and defaults")."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Prior:
    """The starting probability for the furthest stage reached, with where it comes from and
    the range it is known within (the ends of the plausible range with no signs)."""

    stage: str
    probability: float
    label: str
    source: str
    low: float
    high: float


PRIORS: dict[str, Prior] = {
    "applied": Prior(
        "applied", 0.05, "applied, no interview yet",
        "heuristic: most applications never reach an interview", 0.02, 0.10,
    ),
    "phone_screen": Prior(
        "phone_screen", 0.12, "phone screen reached",
        "heuristic: below the interview rate, since many are screened out", 0.06, 0.20,
    ),
    "interview": Prior(
        "interview", 0.25, "interviewed",
        "Jobvite Recruiting Benchmark: 17-28% of interviews lead to an offer (2015-2017, via "
        "huntscanlon.com 2018); about 1 in 3.5 interviewed candidates is hired (Jobvite 2018)",
        0.17, 0.28,
    ),
    "final": Prior(
        "final", 0.40, "final round reached",
        "heuristic: final rounds are usually 2-3 candidates, above the 17-28% interview rate",
        0.30, 0.50,
    ),
}  # fmt: skip
