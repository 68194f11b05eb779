"""Readable names and descriptions of the signs, for checklists and charts."""

from __future__ import annotations

from dataclasses import dataclass

from offerwatch.core.signals import SignalKind
from offerwatch.web.features import catalogue
from offerwatch.web.filters import words

# The signs a candidate can see during an interview (docs/domain.md, first table).
DURING_INTERVIEW = (
    SignalKind.POSITIVE_BODY_LANGUAGE,
    SignalKind.NEGATIVE_BODY_LANGUAGE,
    SignalKind.ATTENTIVE_INTERVIEWER,
    SignalKind.PERSONAL_INTEREST,
    SignalKind.NEXT_STEPS_REVIEWED,
    SignalKind.MET_OTHER_EMPLOYEES,
    SignalKind.SALARY_DISCUSSED,
    SignalKind.RAN_OVER_TIME,
    SignalKind.ENDED_EARLY,
)


@dataclass(frozen=True, slots=True)
class Sign:
    kind: str
    label: str
    description: str | None


def sign_label(kind: str) -> str:
    """A short readable name for a sign id."""
    return words(kind)


def interview_signs() -> list[Sign]:
    """The checklist for the interview form, described in plain words by the catalogue."""
    if catalogue() is None:
        return [Sign(k.value, sign_label(k.value), None) for k in DURING_INTERVIEW]
    from offerwatch.core.catalogue import CATALOGUE, Phase

    signs = []
    for kind, entry in CATALOGUE.items():
        if entry.phase is Phase.DURING and entry.recordable:
            hint = " (also worked out from when it really ended)" if entry.derived else ""
            signs.append(Sign(kind, sign_label(kind), entry.looks_like + hint))
    return signs
