"""Signs suggested from a candidate's own interview notes (core.notes_signs)."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from offerwatch.core.notes_signs import signs_in_notes

ROOT = Path(__file__).resolve().parents[2]
TUESDAY = date(2026, 3, 3)


def kinds(notes: str, on: date = TUESDAY) -> set[str]:
    return {s.kind for s in signs_in_notes(notes, on)}


@pytest.mark.parametrize(
    ("notes", "expected"),
    [
        ("ran ~20 min over, showed me round the office, met 2 devs",
         {"ran_over_time", "met_other_employees"}),
        ("lots of follow-ups on my k8s project", {"attentive_interviewer"}),
        ("asked my notice period", {"notice_period_asked"}),
        ("we talked salary - they asked expectations", {"salary_discussed"}),
        ("she seemed distracted, kept checking her phone", {"negative_body_language"}),
        ("cut short after 25 mins", {"ended_early"}),
        ("he explained next steps: final round w/ CTO + references",
         {"next_steps_reviewed", "references_requested"}),
        ("They asked me to come back next week to meet the wider team.",
         {"follow_up_interview", "next_steps_reviewed"}),
    ],
)  # fmt: skip
def test_terse_first_person_notes_suggest_their_signs(notes: str, expected: set[str]) -> None:
    assert kinds(notes) == expected


@pytest.mark.parametrize(
    "notes",
    [
        "Didn't discuss salary at all.",
        "No tour either.",
        "Nobody else joined, just me and the hiring manager.",
        "Salary didn't come up.",
        "We didn't talk about next steps.",
        "No references needed at this stage.",
    ],
)
def test_negated_cues_suggest_nothing(notes: str) -> None:
    assert kinds(notes) == set()


def test_a_negation_reaches_the_items_of_its_list_not_the_next_fragment() -> None:
    assert kinds("Didn't discuss notice, salary, or references.") == set()
    assert kinds("No mention of salary, notice or refs.") == set()
    assert kinds("no tour, lots of smiles") == {"positive_body_language"}
    assert kinds("no tour, but met the team") == {"met_other_employees"}


def test_what_is_still_to_come_is_not_yet_a_sign() -> None:
    assert kinds("Told me to expect a call from HR about salary and start date.") == {
        "next_steps_reviewed"
    }


def test_a_negated_positive_cue_is_the_opposite_sign() -> None:
    assert kinds("He didn't smile once, no eye contact.") == {"negative_body_language"}
    assert kinds("Great eye contact, lots of smiles.") == {"positive_body_language"}


@pytest.mark.parametrize(
    "notes",
    [
        "Not sure if he was bored or just tired tbh.",
        "Hopefully they'll show me the office next time.",
        "Maybe they'll ask for references?",
        "I wish they'd told me more about next steps.",
        "Did they mention salary?",
    ],
)
def test_hedges_wishes_and_open_questions_suggest_nothing(notes: str) -> None:
    assert kinds(notes) == set()


def test_the_candidates_own_question_needs_an_answer() -> None:
    assert kinds("I asked about next steps but she wasn't sure yet.") == set()
    assert kinds("I asked about next steps - she said a take-home then a panel.") == {
        "next_steps_reviewed"
    }
    assert kinds("I tried to ask about salary but he said that's for HR later.") == set()
    assert kinds("I brought up compensation and he shared the range, 95-110k.") == {
        "salary_discussed"
    }


def test_what_the_candidate_did_is_not_the_interviewers_sign() -> None:
    assert kinds("I mentioned my notice is 3 months.") == set()
    assert kinds("I smiled a lot and nodded.") == set()
    assert kinds("I was asked about my notice period.") == {"notice_period_asked"}
    assert kinds("I asked about hobbies and she smiled") == {"positive_body_language"}


def test_british_and_american_spelling_typos_and_shorthand() -> None:
    assert kinds("She organised a tour of the lab.") == {"met_other_employees"}
    assert kinds("He organized a quick tour of the floor.") == {"met_other_employees"}
    assert kinds("interveiw went long, about 20 mins over the slot") == {"ran_over_time"}
    assert kinds("They'd like to check my refrences first.") == {"references_requested"}
    assert kinds("discussed salry briefly, they seemed ok w/ 60k") == {"salary_discussed"}
    assert kinds("she smilled a lot") == {"positive_body_language"}
    assert kinds("asked my notcie period") == {"notice_period_asked"}
    assert kinds("intorduced me to the team") == {"met_other_employees"}
    # One letter changed in a short word is another word, not a typo of a cue.
    assert kinds("we ended up talking about sailing") == set()


def test_lengths_named_twice_are_compared() -> None:
    assert kinds("Went long - booked for 45, we did nearly 90 minutes.") == {"ran_over_time"}
    assert kinds("Done in 20 minutes for a 1hr slot.") == {"ended_early"}
    assert kinds("The interview lasted exactly the scheduled 60 mins.") == set()
    assert kinds("Interviewer was 10 min late so we only had 35 mins.") == set()


def test_a_stated_decision_date_is_counted_from_the_interview_date() -> None:
    (sign,) = signs_in_notes("decision by end of next week", TUESDAY)
    assert sign.kind == "timeline_stated"
    assert sign.expected_by == date(2026, 3, 13)
    (later,) = signs_in_notes("decision by end of next week", date(2026, 3, 10))
    assert later.expected_by == date(2026, 3, 20)
    # A date for something else is no decision date.
    assert "timeline_stated" not in kinds("Second round booked for Thursday with the VP.")
    assert "timeline_stated" not in kinds(
        "They need referees, recruiter will chase them next week."
    )


def test_each_sign_quotes_the_words_that_carry_it() -> None:
    found = {s.kind: s.quote for s in signs_in_notes(
        "Great chat overall. She asked my notice period, then showed me round the office.",
        TUESDAY)}  # fmt: skip
    assert "notice period" in found["notice_period_asked"]
    assert "showed me round" in found["met_other_employees"]
    assert "office" not in found["notice_period_asked"]


def test_empty_and_hostile_text_is_read_safely() -> None:
    assert signs_in_notes("", TUESDAY) == []
    assert signs_in_notes("x" * 30_000, TUESDAY) == []
    found = signs_in_notes("<script>alert('salary')</script> we discussed salary", TUESDAY)
    assert [s.kind for s in found] == ["salary_discussed"]


def test_the_eval_script_scores_the_development_set(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "eval_notes.py"), "--json",
         "--root", str(ROOT / "tests" / "data" / "notes-dev")],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    result = json.loads(out.stdout)
    items = json.loads((ROOT / "tests/data/notes-dev/notes.json").read_text())
    assert result["notes"] == len(items) >= 80
    labelled = {k for i in items for k in i["labels"]}
    assert labelled <= set(result["per_sign"])
    assert result["macro_f1"] >= 0.9
    # A wrong label costs: the same notes with one label moved score lower.
    items[0]["labels"] = ["offer"]
    (tmp_path / "notes.json").write_text(json.dumps(items))
    worse = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "eval_notes.py"), "--json", "--root",
         str(tmp_path)], capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert json.loads(worse.stdout)["macro_f1"] < result["macro_f1"]


def test_the_eval_script_refuses_a_missing_file(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "eval_notes.py"), "--root", str(tmp_path)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert out.returncode == 2
    assert "cannot read" in out.stderr
