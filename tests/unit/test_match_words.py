"""A match reason in words (core/match_words.py)."""

from __future__ import annotations

from datetime import date

from offerwatch.core.match_words import Replied, reason_words, replied_to

REASON = "thread: reply in the thread of <CAF+x@mail.gmail.com>"


def test_the_ids_a_reason_names() -> None:
    assert replied_to(REASON) == ["<CAF+x@mail.gmail.com>"]
    assert replied_to("written in de, which the rules do not read; " + REASON[8:]) == [
        "<CAF+x@mail.gmail.com>"
    ]
    assert replied_to("domain: acme.io is the mail domain of Acme") == []


def test_a_reply_is_named_by_subject_and_day() -> None:
    replied = {"<CAF+x@mail.gmail.com>": Replied("Interview  next\nsteps", date(2026, 11, 3))}
    assert reason_words(REASON, replied, date(2026, 11, 30)) == (
        "a reply to “Interview next steps” of Tue 3 Nov"
    )
    assert reason_words(REASON, replied, date(2027, 1, 4)).endswith("of Tue 3 Nov 2026")
    other = "person: a known person's address (ana@acme.example)"
    assert reason_words(other, replied, None) == other


def test_a_long_or_empty_subject() -> None:
    long = {"<CAF+x@mail.gmail.com>": Replied("x" * 200, date(2026, 11, 3))}
    said = reason_words(REASON, long, date(2026, 11, 30))
    assert "x" * 69 + "…”" in said and "x" * 70 not in said
    empty = {"<CAF+x@mail.gmail.com>": Replied("", date(2026, 11, 3))}
    assert "“(no subject)”" in reason_words(REASON, empty, date(2026, 11, 30))
