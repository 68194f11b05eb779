"""Which status an outcome sign moves an application to: one rule for typed and mailed signs."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from offerwatch.core.entities import Observation, ObservationSource, Status, StatusChange
from offerwatch.core.signals import SignalKind, status_after, still_standing


@pytest.mark.parametrize(
    ("kind", "current", "expected"),
    [
        ("offer", Status.INTERVIEWING, Status.OFFER),
        ("offer", Status.APPLIED, Status.OFFER),
        ("rejection", Status.INTERVIEWING, Status.REJECTED),
        ("rejection", Status.OFFER, Status.REJECTED),  # an offer withdrawn
        ("offer", Status.OFFER, None),  # already there
        ("offer", Status.ACCEPTED, None),  # closed: nothing moves it
        ("rejection", Status.WITHDRAWN, None),
        ("offer", Status.REJECTED, None),
        ("notice_period_asked", Status.INTERVIEWING, None),
        (SignalKind.REJECTION, Status.SCREENING, Status.REJECTED),
        # An interview request moves an application forward, never back or out of an end.
        ("interview_request", Status.APPLIED, Status.INTERVIEWING),
        ("interview_request", Status.SCREENING, Status.INTERVIEWING),
        ("follow_up_interview", Status.INTERESTED, Status.INTERVIEWING),
        ("interview_request", Status.INTERVIEWING, None),
        ("interview_request", Status.OFFER, None),
        ("interview_request", Status.REJECTED, None),
        ("application_received", Status.INTERESTED, None),
    ],
)
def test_status_after(kind: str, current: Status, expected: Status | None) -> None:
    assert status_after(kind, current) is expected


def _obs(oid: int, kind: str, day: int, app_id: int = 1) -> Observation:
    return Observation(
        id=oid, application_id=app_id, kind=kind, source=ObservationSource.MANUAL,
        observed_at=datetime(2026, 3, day, 12, tzinfo=UTC),
    )  # fmt: skip


def _change(status: Status, day: int, app_id: int = 1) -> StatusChange:
    return StatusChange(app_id, status, datetime(2026, 3, day, 12, tzinfo=UTC))


@pytest.mark.parametrize(
    ("history", "kept"),
    [
        # The normal course: interviewing, then rejected. The rejection stands.
        ([_change(Status.INTERVIEWING, 3), _change(Status.REJECTED, 10)], {1, 2, 3}),
        # Moved back to interviewing on the 12th: the rejection of the 10th no longer
        # decides; the new one of the 15th does.
        ([_change(Status.REJECTED, 10), _change(Status.INTERVIEWING, 12)], {1, 3}),
        # In play since before both rejections: both stand.
        ([_change(Status.INTERVIEWING, 5)], {1, 2, 3}),
        # Another application's reopening changes nothing here.
        ([_change(Status.INTERVIEWING, 20, app_id=2)], {1, 2, 3}),
        # An offer is not "back in play": the rejection still stands.
        ([_change(Status.OFFER, 12)], {1, 2, 3}),
    ],
)
def test_outcome_signs_before_a_reopening_no_longer_count(
    history: list[StatusChange], kept: set[int]
) -> None:
    observations = [
        _obs(1, "notice_period_asked", 4),
        _obs(2, "rejection", 10),
        _obs(3, "rejection", 15),
    ]
    assert {o.id for o in still_standing(observations, history)} == kept


@pytest.mark.parametrize(
    ("current", "kept"),
    [
        # Entered on the 12th with the rejection of the 10th: its first status is dated the
        # 12th, yet it is rejected now, so nothing was moved back into play.
        (Status.REJECTED, {1, 2}),
        # Really moved back into play on the 12th: the rejection of the 10th no longer counts.
        (Status.INTERVIEWING, {1}),
    ],
)
def test_the_status_entered_with_an_application_is_not_a_reopening(
    current: Status, kept: set[int]
) -> None:
    observations = [_obs(1, "notice_period_asked", 4), _obs(2, "rejection", 10)]
    history = [_change(Status.INTERVIEWING, 3), _change(Status.APPLIED, 12),
               _change(Status.REJECTED, 10)]  # fmt: skip
    assert {o.id for o in still_standing(observations, history, {1: current})} == kept
