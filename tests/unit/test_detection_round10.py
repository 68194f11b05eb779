"""detect() round 10 (issue 9): English recall on mail written apart. Referees named without a
reference word (a person the sender spoke to about the reader, that person's verdict on her,
her former employers contacted); referees asked for by what they can say of her. Each case
has a twin that must not fire, so a rule that fires on everything or on nothing fails here."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from offerwatch.core.detection import detect

MON = datetime(2026, 9, 7, 10, 0, tzinfo=UTC)  # a Monday


def kinds(body: str, subject: str = "Update", *, context: bool = True) -> list[str]:
    return [d.kind for d in detect(subject, body, MON, job_context=context)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A named person spoken to, and her past work as the topic or praise.
        (
            "Hi Jo, I spoke to Marcus yesterday and he couldn't have been more positive about "
            "your time at Hollin.",
            ["references_contacted"],
        ),
        # Twin: a colleague spoke to someone about something else.
        (
            "Hi Jo, I spoke to Marcus yesterday about the hiring budget for Q4 - two roles, "
            "not three.",
            [],
        ),
        (
            "Dear Jo, I had a great conversation with Dr. Alvarez this morning about your time "
            "at Lincoln Middle.",
            ["references_contacted"],
        ),
        # Twin: a client told about her CV, who wants to meet her: an interview, no referee.
        (
            "Hi Jo, I spoke to Sarah Reid this morning about your CV and she'd love to meet you "
            "on Thursday at 2pm.",
            ["interview_request"],
        ),
        # A named person's verdict on the reader.
        (
            "Hi Jo, Priya said lovely things about how you ran the billing migration.",
            ["references_contacted"],
        ),
        # Twin: the verdict is on a talk, not on her; a pronoun is no name.
        ("Hi Jo, Priya said lovely things about it and wants you back in spring.", []),
        (
            "Hi Jo, They said lovely things about your presentation and the panel was impressed.",
            [],
        ),
        # Someone at her workplace heard from.
        (
            "Hi Jo, we've heard back from Gillian at your current firm, thank you.",
            ["references_contacted"],
        ),
        ("Hi Jo, we've heard back from Gillian at the bank about the mortgage, thank you.", []),
        # Her former employers contacted by a vendor.
        (
            "Jo, our vendor Sterling will be reaching out to your former employers as part of "
            "the background check. Nothing needed from you.",
            ["references_contacted"],
        ),
        # Twin: only maybe.
        ("Jo, we may contact your former employers at a later stage.", []),
        # References asked of named people.
        (
            "Dear Jo, we have requested your references from Mrs Hale and Mr Dunn.",
            ["references_contacted"],
        ),
        # Someone else's referee (the colleague's new hire): no step of hers.
        (
            "Hi Jo, thanks for your help on the panel. I spoke to her old manager yesterday, "
            "who was very positive.",
            [],
        ),
        # Not yet: once the call has happened.
        ("Hi Jo, once I've spoken to Marcus about your time at Hollin I'll come back to you.", []),
    ],
)
def test_referees_named(body: str, expected: list[str]) -> None:
    assert kinds(body) == expected


def test_referee_named_needs_a_job_word_out_of_context() -> None:
    body = "Hi Jo, I rang Tom Ellis and he spoke warmly about your time at Veritas."
    assert kinds(body, "Hello", context=False) == []
    assert kinds(body, "Your application", context=False) == ["references_contacted"]


def test_referee_school_mail_is_not_a_parents_letter() -> None:
    # "Year 9" reads as a parent's letter unless something names her candidacy: her current head.
    body = (
        "Dear Jordan, I have now spoken to your current head, Mr Fenwick, and Priya said lovely "
        "things about your work with the Year 9 team."
    )
    assert kinds(body, "RE: Assistant Headteacher") == ["references_contacted"]
    assert kinds("Dear Jordan, Priya said the Year 9 trip was lovely.", "Trip") == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Could you send over two people we can speak to - ideally your current line "
            "manager and one other?",
            ["references_requested"],
        ),
        ("We can speak to people in the finance team next week about the budget.", []),
        (
            "hey jo - who'd be happy to vouch for you? a couple of names and we're done.",
            ["references_requested"],
        ),
        (
            "Kindly share the names and contact details of two persons who can speak about "
            "your work.",
            ["references_requested"],
        ),
        (
            "The second person has left - could you give us someone else who supervised you "
            "on audits?",
            ["references_requested"],
        ),
        # A request verb and "references" in two clauses: "refs are just a formality".
        ("Carrie will send the paperwork; references are just a formality.", []),
        (
            "Please confirm your notice period and whether it's negotiable, and send two "
            "referee contacts.",
            ["notice_period_asked", "references_requested"],
        ),
    ],
)
def test_referees_asked(body: str, expected: list[str]) -> None:
    assert kinds(body, "Next steps") == expected


@pytest.mark.parametrize(
    ("body", "expected_by"),
    [
        ("Governors meet on Monday and I will ring you on Tuesday 15th either way.", "2026-09-15"),
        ("We'll have the written offer to you by next Friday at the latest.", "2026-09-18"),
    ],
)
def test_timeline_said_other_ways(body: str, expected_by: str) -> None:
    found = [d for d in detect("Your application", body, MON, job_context=True)]
    dates = [str(d.expected_by) for d in found if d.kind == "timeline_stated"]
    assert dates == [expected_by]


def test_word_to_former_employers_is_no_timeline() -> None:
    body = "Our vendor will be reaching out to your former employers this week."
    assert "timeline_stated" not in kinds(body, "Background check")
