"""Readable names and descriptions of the signs, for checklists and charts."""

from __future__ import annotations

from dataclasses import dataclass

from offerwatch.core.catalogue import CATALOGUE, Phase
from offerwatch.web.filters import words


@dataclass(frozen=True, slots=True)
class Sign:
    kind: str
    label: str
    description: str | None


def sign_label(kind: str) -> str:
    """A short readable name for a sign id."""
    return words(kind)


def interview_signs() -> list[Sign]:
    """The checklist for the interview form: the signs one can see during an interview, in
    the catalogue's plain words."""
    signs = []
    for kind, entry in CATALOGUE.items():
        if entry.phase is Phase.DURING and entry.recordable:
            hint = " (also worked out from when it really ended)" if entry.derived else ""
            signs.append(Sign(kind, sign_label(kind), entry.looks_like + hint))
    return signs
