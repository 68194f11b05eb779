"""The follow-up draft says the stated timeline in words that read naturally."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from offerwatch.service import Workspace


@pytest.mark.parametrize(
    ("timeline", "expected"),
    [
        # The README's own tour records a sentence; pasted after "decide" it read
        # "you expected to decide we will decide by 2026-03-10".
        ("we will decide by 2026-03-10", "you expected to decide by Tuesday, 10 March,"),
        ("by 2026-03-10", "you expected to decide by Tuesday, 10 March,"),
        ("within a week", "you expected to decide within a week,"),
        ("By Friday.", "you expected to decide by Friday,"),
    ],
)
def test_the_stated_timeline_reads_naturally(ws: Workspace, timeline: str, expected: str) -> None:
    app_id = ws.add_application("Acme", "Data Engineer")
    ws.add_person(app_id, "Ana Lopez", role="recruiter", email="ana@acme.example")
    ws.add_interview(
        app_id,
        stage="final",
        start=datetime(2026, 3, 3, 9, tzinfo=UTC),
        end=datetime(2026, 3, 3, 10, tzinfo=UTC),
        with_=["Ana Lopez"],
        timeline=timeline,
    )
    body = ws.draft_follow_up(app_id).body
    assert expected in body
    assert "decide we" not in body and "2026-03-10" not in body
