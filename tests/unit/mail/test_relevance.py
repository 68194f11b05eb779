"""The relevance test for a stranger's mail: strong job words alone, weak ones in pairs of
different kinds, and the names of the user's job search."""

from __future__ import annotations

import pytest

from offerwatch.core.intake_relevance import relevant, search_names
from offerwatch.core.mail_match import AppRef, MatchContext


@pytest.mark.parametrize(
    "text",
    [
        "Your interview is on Friday.",
        "We are recruiting for our Leeds office.",
        "Please send your CV by Monday.",
        "Thank you for your candidacy.",
        "Vielen Dank für Ihre Bewerbung.",
        "Nous vous proposons un entretien mardi.",
        "Queremos invitarte a una entrevista.",
        "The role you applied for is still open.",
        "We would like to offer you the position.",
        "What notice period do you have with your current employer?",
    ],
)
def test_job_mail_is_relevant(text: str) -> None:
    assert relevant(text)


@pytest.mark.parametrize(
    "text",
    [
        "We will let you know within 3 days when the sofa ships.",
        "A special offer for you: 20% off this weekend.",
        "The cron job failed again last night.",
        "Her role in the play was small.",
        "Could we schedule a call next Tuesday?",
        "Position the shelf against the wall.",
    ],
)
def test_everyday_mail_with_at_most_one_weak_word_is_not(text: str) -> None:
    assert relevant(text) is None


def test_the_same_weak_word_twice_is_still_one_kind() -> None:
    assert relevant("Special offer! Our offers end on Friday, offer code SAVE.") is None
    assert relevant("A special offer on jobs boards") is not None


def test_names_of_the_users_applications_count() -> None:
    ctx = MatchContext(apps={1: AppRef(1, 10, "Kestrel Energy Ltd", True, role="Data Engineer")})
    names = search_names(ctx)
    assert {"kestrel energy ltd", "kestrel energy", "data engineer"} <= names
    assert relevant("Lunch with the Kestrel Energy folks?", names)
    assert relevant("Lunch with the Kestrel Energy folks?") is None
    assert relevant("Lunch at Kestrel Energyhub?", names) is None  # whole words only


def test_a_one_word_title_is_no_name_and_names_are_read_as_matching_reads_them() -> None:
    ctx = MatchContext(apps={1: AppRef(1, 10, "Acme", True, role="Engineer")})
    names = search_names(ctx)
    assert "engineer" not in names  # in every newsletter
    assert relevant("A note for our engineer friends", names) is None
    assert relevant("Coffee with Acme on Friday?", names)
    assert relevant("Coffee at Acme-Labs on Friday?", names) is None  # another name
