"""The names of the signs offerwatch knows (ids from docs/domain.md and mail-signals.md).

The full catalogue (what each looks like, direction, strength, stage dependence) lives in
`offerwatch.core.catalogue`; this module only fixes the vocabulary so that every layer
validates kinds the same way.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from enum import StrEnum

from offerwatch.core.entities import Observation, Status, StatusChange


class SignalKind(StrEnum):
    # During an interview (recorded per interview).
    POSITIVE_BODY_LANGUAGE = "positive_body_language"
    NEGATIVE_BODY_LANGUAGE = "negative_body_language"
    RAN_OVER_TIME = "ran_over_time"
    ENDED_EARLY = "ended_early"
    ATTENTIVE_INTERVIEWER = "attentive_interviewer"
    PERSONAL_INTEREST = "personal_interest"
    NEXT_STEPS_REVIEWED = "next_steps_reviewed"
    MET_OTHER_EMPLOYEES = "met_other_employees"
    SALARY_DISCUSSED = "salary_discussed"
    # After an interview (often by mail).
    THANK_YOU_QUICK_REPLY = "thank_you_quick_reply"
    NOTICE_PERIOD_ASKED = "notice_period_asked"
    FOLLOW_UP_INTERVIEW = "follow_up_interview"
    REFERENCES_REQUESTED = "references_requested"
    REFERENCES_CONTACTED = "references_contacted"
    TIMELINE_STATED = "timeline_stated"
    # Mail-only labels (mail-signals.md) that also matter to the plan.
    APPLICATION_RECEIVED = "application_received"
    INTERVIEW_REQUEST = "interview_request"
    # Outcomes: terminal.
    OFFER = "offer"
    REJECTION = "rejection"


TERMINAL_KINDS = frozenset({SignalKind.OFFER, SignalKind.REJECTION})
_OUTCOME_STATUS: dict[str, Status] = {
    SignalKind.OFFER.value: Status.OFFER,
    SignalKind.REJECTION.value: Status.REJECTED,
}


def status_after(kind: str, current: Status) -> Status | None:
    """The status a sign moves an application to, or None: an offer or a rejection ends it;
    an interview request (or a follow-up round) moves one not yet interviewing forward.

    Only an application still open moves, and never to the status it already has, nor
    back: the same rule whether the sign was typed in or read from mail, so that the status
    and the score (terminal on an outcome) always agree."""
    key = str(kind)
    target = _OUTCOME_STATUS.get(key)
    if target is None and key in _FORWARD_KINDS and current in _BEFORE_INTERVIEWS:
        target = Status.INTERVIEWING
    if target is None or not current.is_open or current is target:
        return None
    return target


def parse_kind(text: str) -> SignalKind:
    """The kind named by `text` (case and dashes forgiven); ValueError lists the valid ones."""
    key = text.strip().lower().replace("-", "_").replace(" ", "_")
    try:
        return SignalKind(key)
    except ValueError:
        valid = ", ".join(k.value for k in SignalKind)
        raise ValueError(f"unknown signal kind {text!r}; one of: {valid}") from None


# Statuses an application can be moved back to after an outcome: it is in play again.
_REOPENED = frozenset({Status.INTERESTED, Status.APPLIED, Status.SCREENING, Status.INTERVIEWING})

_FORWARD_KINDS = frozenset(
    {SignalKind.INTERVIEW_REQUEST.value, SignalKind.FOLLOW_UP_INTERVIEW.value}
)
_BEFORE_INTERVIEWS = frozenset({Status.INTERESTED, Status.APPLIED, Status.SCREENING})


def still_standing(
    observations: Sequence[Observation],
    history: Sequence[StatusChange],
    current: Mapping[int, Status] | None = None,
) -> list[Observation]:
    """`observations` without the offers and rejections that one application was moved
    back into play after (its status set to applied...interviewing later than the sign):
    the sign was recorded by mistake, misread from mail, or the company came back. The
    score and the plan then treat the application as open, as its status says.

    `current` (application id -> status): an application whose status is not in play now
    keeps its signs. Its first status is dated when it was entered, so a search entered
    today with yesterday's rejection would otherwise read as "moved back into play" today,
    and the rejection (with its "ask for feedback") would be lost."""
    reopened: dict[int, datetime] = {}
    for change in history:
        if current is not None and current.get(change.application_id) not in _REOPENED:
            continue
        if change.status in _REOPENED:
            last = reopened.get(change.application_id)
            if last is None or change.changed_at > last:
                reopened[change.application_id] = change.changed_at
    return [
        o
        for o in observations
        if o.kind not in TERMINAL_KINDS
        or o.application_id not in reopened
        or o.observed_at >= reopened[o.application_id]
    ]
