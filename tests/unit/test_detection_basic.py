"""A first table for detect(): each label fires on a plain positive and not on its negation."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from offerwatch.core.detection import KINDS, Detection, detect

SENT = datetime(2026, 3, 4, 10, 0, tzinfo=UTC)  # a Wednesday


@pytest.mark.parametrize(
    ("body", "kinds"),
    [
        ("We have received your application for the Analyst role.", {"application_received"}),
        ("We would like to invite you to an interview next week.", {"interview_request"}),
        ("Could you tell me your notice period?", {"notice_period_asked"}),
        ("Please send us the details of two references.", {"references_requested"}),
        ("There is no need to send references yet.", set()),
        ("We have contacted your references.", {"references_contacted"}),
        ("What are your salary expectations?", {"salary_discussed"}),
        ("We are delighted to offer you the position.", {"offer"}),
        ("We offer flexible hours and free lunch.", set()),
        ("We have decided to move forward with other candidates.", {"rejection"}),
    ],
)
def test_kinds(body: str, kinds: set[str]) -> None:
    assert {d.kind for d in detect("Hello", body, SENT)} == kinds


def test_timeline_carries_the_date() -> None:
    found = detect("Update", "We will get back to you by the end of next week.", SENT)
    assert found == [
        Detection(
            "timeline_stated",
            "We will get back to you by the end of next week.",
            date(2026, 3, 13),
        )
    ]
    assert set(KINDS) >= {d.kind for d in found}
