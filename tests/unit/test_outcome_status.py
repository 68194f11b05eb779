"""Which status an outcome sign moves an application to: one rule for typed and mailed signs."""

from __future__ import annotations

import pytest

from offerwatch.core.entities import Status
from offerwatch.core.signals import SignalKind, status_after


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
    ],
)
def test_status_after(kind: str, current: Status, expected: Status | None) -> None:
    assert status_after(kind, current) is expected
