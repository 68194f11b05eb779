"""Prefill guesses from a message: company from the sender, role from the subject, a name."""

from __future__ import annotations

import pytest

from offerwatch.core.mail_guess import company_from_sender, person_from_address, role_from_subject


@pytest.mark.parametrize(
    ("addr", "name", "company"),
    [
        ("ana@acme.example", "", "Acme"),
        ("jobs@mail.acme-corp.co.uk", "", "Acme Corp"),
        ("no-reply@greenhouse.io", "Initech via Greenhouse", "Initech"),
        ("bob@gmail.com", "Bob at Globex", "Globex"),
        ("bob@gmail.com", "", ""),
    ],
)
def test_company_from_sender(addr: str, name: str, company: str) -> None:
    assert company_from_sender(addr, name) == company


@pytest.mark.parametrize(
    ("subject", "role"),
    [
        ("Re: Your application for Backend Developer at Initech", "Backend Developer"),
        ("FW: RE: Interview for the Data Engineer role - Acme", "Data Engineer"),
        ("Data Engineer role at Northwind", "Data Engineer"),
        ("Data Engineer opportunity - fintech", "Data Engineer"),
        ("Research engineer post", "Research engineer"),
        ("The Senior Nurse vacancy", "Senior Nurse"),
        ("Update on your role", "Update on your role"),  # a sentence, not a title: as written
        ("Position: Role Model Coach", "Role Model Coach"),
        ("Application: Senior Analyst (London)", "Senior Analyst"),
        ("Next steps", "Next steps"),
        ("  Re:  ", ""),
        ("x" * 1000, "x" * 300),
    ],
)
def test_role_from_subject(subject: str, role: str) -> None:
    assert role_from_subject(subject) == role


def test_person_from_address() -> None:
    assert person_from_address("ana.lopez@acme.example") == "Ana Lopez"
    assert person_from_address("x@y", "  Bill   Lumbergh ") == "Bill Lumbergh"
    assert person_from_address("no-reply@acme.example") == ""
    assert person_from_address("jobs@acme.example") == ""


def test_the_screen_lets_a_domain_with_the_company_s_first_word_through() -> None:
    from offerwatch.core.mail_domains import domain_may_name_company

    assert domain_may_name_company("driftwood.studio", "Driftwood Studios")
    assert domain_may_name_company("mail.acme.com", "Acme")
    assert not domain_may_name_company("the.com", "The Bank")  # too short a word to tell
    assert not domain_may_name_company("gmail.com", "Gmail Studios")  # free mail
    assert not domain_may_name_company("greenhouse-mail.io", "Greenhouse Foods")  # ATS
