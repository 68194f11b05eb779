"""Stage names of other trackers mapped onto offerwatch's statuses (never guessed)."""

from __future__ import annotations

import re
from collections.abc import Mapping

from offerwatch.core.entities import Status

# Names as trackers and spreadsheets spell them (JobSync, Huntr, Reactive Resume,
# career-ops, hand-made sheets), reduced by `stage_key`. A name not listed here is asked
# about: "Declined", for one, may be the company's decision or the candidate's.
_NAMES: dict[Status, tuple[str, ...]] = {
    Status.INTERESTED: (
        "interested", "wishlist", "wish list", "draft", "saved", "bookmarked", "to apply",
        "want to apply", "evaluated", "evaluating", "researching", "lead", "prospect",
    ),
    Status.APPLIED: (
        "applied", "application sent", "submitted", "sent", "application submitted",
        "in review", "under review", "pending",
    ),
    Status.SCREENING: (
        "screening", "screen", "phone screen", "recruiter screen", "recruiter call",
        "hr screen", "hr call", "initial call", "intro call", "responded",
    ),
    Status.INTERVIEWING: (
        "interview", "interviewing", "interviews", "technical interview", "onsite",
        "on site", "final interview", "final round", "assessment", "take home",
        "case study",
    ),
    Status.OFFER: ("offer", "offered", "offer received", "negotiating", "negotiation"),
    Status.ACCEPTED: ("accepted", "offer accepted", "hired", "signed"),
    Status.REJECTED: ("rejected", "rejection", "not selected", "unsuccessful", "no offer"),
    Status.WITHDRAWN: ("withdrawn", "withdrew", "withdraw", "discarded", "skip", "skipped"),
    Status.GHOSTED: ("ghosted", "no response", "no answer", "no reply"),
}  # fmt: skip

_SEPARATORS = re.compile(r"[\s_\-/.]+")
_DECOR = re.compile(r"[^\w\s\-/.]+", re.UNICODE)


def stage_key(name: str) -> str:
    """A stage name reduced for lookup: '  Phone-Screen ' -> 'phone screen', emoji dropped."""
    return _SEPARATORS.sub(" ", _DECOR.sub(" ", name.casefold())).strip()


KNOWN_STAGES: dict[str, Status] = {
    stage_key(name): status for status, names in _NAMES.items() for name in names
}


def map_stage(name: str, extra: Mapping[str, Status] | None = None) -> Status | None:
    """The status a stage name stands for; None when it is not known (ask the user).

    `extra` holds the user's own answers (stage name -> status), looked up first."""
    key = stage_key(name)
    if extra:
        for given, status in extra.items():
            if stage_key(given) == key:
                return status
    return KNOWN_STAGES.get(key)
