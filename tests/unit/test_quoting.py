"""new_text(): what the sender wrote now, without quoted history or signature."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from offerwatch.core.quoting import new_text

NEW = "Thanks Ana, we will decide by Friday."


@pytest.mark.parametrize(
    "body",
    [
        f"{NEW}\n\nOn Tue, 3 Mar 2026 at 10:00, Ana Lopez <ana@example.net> wrote:\n> Hi!\n",
        f"{NEW}\n\nOn Tue, 3 Mar 2026 at 10:00, Ana Lopez <ana@example.net>\nwrote:\n> Hi!\n",
        f"{NEW}\n> I can send references.\n> Best, Ana\n",
        f"{NEW}\n\n-----Original Message-----\nFrom: Ana\nSent: Monday\nSubject: x\n\nold text",
        f"{NEW}\n\nFrom: Ana Lopez <ana@example.net>\nSent: Monday, March 2, 2026 10:04 AM\n"
        "To: Jo\nSubject: Re: role\n\nold text",
        f"{NEW}\n\nAm 03.03.2026 um 10:00 schrieb Ana Lopez <ana@example.net>:\n> Hallo",
        f"{NEW}\n\nLe mar. 3 mars 2026 à 10:00, Ana Lopez <ana@example.net> a écrit :\n> Bonjour",
        f"{NEW}\n\nEl mar, 3 mar 2026 a las 10:00, Ana Lopez (<ana@example.net>) escribió:\n> Hola",
        f"{NEW}\n\n---------- Forwarded message ---------\nFrom: Someone\nold text",
        f"{NEW}\n\n-- \nJo Smith\nRecruiter | Acme\n+44 20 7946 0000",
        f"{NEW}\n\nSent from my iPhone",
        f"{NEW}\n\nGet Outlook for Android",
        f"{NEW}\n\nBest regards,\nJo Smith\nTalent Partner, Acme\nwww.acme.example",
        f"{NEW}\n\nKind regards\nJo",
        f"{NEW}\n\nMit freundlichen Grüßen\nJo Schmidt",
    ],
)
def test_history_and_signatures_are_stripped(body: str) -> None:
    assert new_text(body) == NEW


def test_sign_off_followed_by_prose_is_not_a_signature() -> None:
    body = (
        "Thanks!\n\nWe would like to invite you to a second interview with the team, "
        "which will take about an hour and include a short case study.\n"
        "Please let us know which days work for you next week.\n"
    )
    assert "second interview" in new_text(body)
    assert "which days work" in new_text(body)


def test_crlf_and_empty() -> None:
    assert new_text("Hello\r\n\r\n> old\r\n") == "Hello"
    assert new_text("") == ""


@given(st.text(max_size=1000))
def test_new_text_is_never_longer_and_never_raises(body: str) -> None:
    assert len(new_text(body)) <= len(body)


def test_legal_footer_goes_wherever_it_sits() -> None:
    body = (
        f"{NEW}\n\nThis email is confidential and intended for the addressee only. Nothing in "
        "it constitutes an offer of employment. If you received it in error, delete it.\n"
    )
    assert new_text(body) == NEW


def test_a_footer_word_in_a_long_message_keeps_the_message() -> None:
    lines = [f"Line {i} of what we have to say about the role and the team." for i in range(8)]
    body = "\n".join([NEW, *lines, "Privacy notice: do not reply to this unattended mailbox."])
    assert "Line 7" in new_text(body)


def test_signature_notes_after_a_signed_name_go() -> None:
    body = f"{NEW}\n\nCheers,\nLaura\n\nPlease note I'm out of the office on Fridays.\n"
    assert new_text(body) == NEW


def test_forward_kept_when_pointed_to() -> None:
    body = (
        "Passing this on, see below.\n\n---------- Forwarded message ---------\n"
        "From: Mark <m@x.example>\nDate: Tue, 3 Mar 2026\nSubject: Ana\n\n"
        f"{NEW}\n\nOn Mon, 2 Mar 2026, Ana wrote:\n> old"
    )
    assert new_text(body) == f"Passing this on, see below.\n\n{NEW}"
