"""Readable names and descriptions of the signs, for checklists and charts."""

from __future__ import annotations

from dataclasses import dataclass

from offerwatch.core.signals import SignalKind
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
    """The checklist for the interview form."""
    return [Sign(k.value, sign_label(k.value), None) for k in DURING_INTERVIEW]
