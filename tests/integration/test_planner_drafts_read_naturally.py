"""Drafts for real-looking interviews read naturally: no template seams, whole sentences."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from offerwatch.service import Workspace

START = datetime(2026, 3, 3, 9, 0, tzinfo=UTC)
END = datetime(2026, 3, 3, 10, 0, tzinfo=UTC)

# (company, role, stage, people met as (name, email, role), notes)
INTERVIEWS = [
    ("Northwind Logistics", "Senior Data Engineer", "final",
     [("Ana Lopez", "ana@northwind.example", "hiring_manager"),
      ("Tomas Berg", "tomas@northwind.example", "interviewer")],
     "Ana described the move of the route-planning data from nightly batches to streaming; "
     "Tomas asked how I would test dbt models. I was nervous at first."),
    ("Helio Health", "Product Designer", "interview",
     [("Mei Tanaka", "mei@helio.example", "interviewer")],
     "- Walked me through the patient onboarding flow\n- accessibility audit planned for Q3\n"
     "- they liked my portfolio case study"),
    ("Kestrel Bank", "Backend Engineer (Go)", "phone_screen",
     [("Jordan Ellis", "jordan@kestrel.example", "recruiter")],
     "Salary band 70-85k. Team of 8, mostly Go and Postgres. Hybrid, two days in the office."),
    ("Acme", "Analyst", "follow_up", [("Sam Lee", None, "team_member")], None),
]  # fmt: skip


def _reads_naturally(text: str) -> None:
    assert "{{" not in text and "{%" not in text and "None" not in text
    assert not re.search(r"[ \t]+$", text, re.MULTILINE), "trailing spaces"
    assert "  " not in text and " ." not in text and " ," not in text and ".." not in text
    assert "\n\n\n" not in text
    assert not re.search(r"\b(\w+) \1\b", text, re.IGNORECASE), "a doubled word"
    paragraphs = [p for p in text.strip().split("\n\n")]
    assert re.fullmatch(r"Dear [A-Z][\w-]*( [\w ]+)?,", paragraphs[0])
    for paragraph in paragraphs[1:-1]:
        assert paragraph[0].isupper() and paragraph.rstrip()[-1] in ".?!", paragraph
    assert paragraphs[-1].startswith("Best regards,")


@pytest.mark.parametrize("case", INTERVIEWS, ids=[c[0] for c in INTERVIEWS])
def test_drafts_read_naturally(ws: Workspace, case: tuple) -> None:  # type: ignore[type-arg]
    company, role, stage, people, notes = case
    app_id = ws.add_application(company, role)
    for name, email, person_role in people:
        ws.add_person(app_id, name, role=person_role, email=email)
    interview_id = ws.add_interview(
        app_id, stage=stage, start=START, end=END, with_=[p[0] for p in people], notes=notes
    )
    ws.set_setting("name", "Sam Rivera")
    for name, email, _ in people:
        draft = (
            ws.draft_thank_you(interview_id, email) if email else ws.draft_thank_you(interview_id)
        )
        _reads_naturally(draft.body)
        assert f"Dear {name.split()[0]}," in draft.body
        assert company in draft.body and role in draft.body and "Sam Rivera" in draft.body
        assert "nervous" not in draft.body and "70-85k" not in draft.body
        assert draft.subject and "\n" not in draft.subject
    follow = ws.draft_follow_up(app_id)
    _reads_naturally(follow.body)
    assert "decision" in follow.body or "timing" in follow.body
