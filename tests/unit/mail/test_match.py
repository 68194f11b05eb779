"""Matching a message to an application: a table of scenarios over plain values."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from offerwatch.core.entities import Direction
from offerwatch.core.mail_domains import (
    company_key,
    domain_names_company,
    is_free_mail,
    registrable,
)
from offerwatch.core.mail_match import AppRef, MatchContext, learnable_domain, match_message
from offerwatch.core.mail_message import MailMessage

# Applications: 1 Acme (open), 2 Globex (open), 3 Globex (open, another role),
# 4 Initech (rejected), 5 Initech (open), 6 Hooli Inc. (open).
CTX = MatchContext(
    apps={
        1: AppRef(1, 10, "Acme", True),
        2: AppRef(2, 20, "Globex", True),
        3: AppRef(3, 20, "Globex", True),
        4: AppRef(4, 30, "Initech", False),
        5: AppRef(5, 30, "Initech", True),
        6: AppRef(6, 40, "Hooli Inc.", True),
    },
    company_domains={10: {"acme-corp.com"}},
    people={"ana@gmail.com": {1}, "bo@globex.example": {2, 3}},
    threads={"<t1@x>": 2, "<pending@x>": None},
)


def msg(
    sender: str = "someone@nowhere.example",
    *,
    to: tuple[str, ...] = ("sam@example.net",),
    subject: str = "Hello",
    body: str = "",
    name: str = "",
    in_reply_to: str | None = None,
    references: tuple[str, ...] = (),
) -> MailMessage:
    return MailMessage(
        message_id="<m@x>", in_reply_to=in_reply_to, references=references,
        from_addr=sender, from_name=name, to_addrs=to, cc_addrs=(),
        date=datetime(2026, 3, 4, tzinfo=UTC), subject=subject, body=body,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("message", "direction", "app_id", "how", "candidates"),
    [
        # Thread wins over everything, even a different company's domain.
        (msg("x@acme-corp.com", in_reply_to="<t1@x>"), Direction.IN, 2, "thread", (2,)),
        (msg("x@other.example", references=("<t1@x>",)), Direction.IN, 2, "thread", (2,)),
        # A reply to a message still waiting for review gives no thread match.
        (msg("x@other.example", in_reply_to="<pending@x>"), Direction.IN, None, "none", ()),
        # A known person, even on free mail.
        (msg("ana@gmail.com"), Direction.IN, 1, "person", (1,)),
        # A known person on two applications: no guess.
        (msg("bo@globex.example"), Direction.IN, None, "person", (2, 3)),
        # Sent mail is matched by its recipients.
        (msg("sam@example.net", to=("ana@gmail.com",)), Direction.OUT, 1, "person", (1,)),
        # Learned domain, and its sub-domains.
        (msg("jobs@mail.acme-corp.com"), Direction.IN, 1, "domain", (1,)),
        # A domain that spells the company name (legal suffix ignored).
        (msg("talent@hooli.com"), Direction.IN, 6, "domain", (6,)),
        (msg("hr@initech.co.uk"), Direction.IN, 5, "domain", (5,)),  # only the open one fits
        (msg("hr@globex.example"), Direction.IN, None, "domain", (2, 3)),
        # Free mail never identifies a company, whatever the local part.
        (msg("acme@gmail.com", subject="Acme interview"), Direction.IN, None, "none", ()),
        # Tracking systems: the company named in subject, sender name or body.
        (msg("no-reply@greenhouse.io", subject="Your application to Acme"), Direction.IN, 1,
         "ats", (1,)),
        (msg("noreply@hire.lever.co", name="Hooli Recruiting"), Direction.IN, 6, "ats", (6,)),
        (msg("x@myworkday.com", body="Thank you for applying to Initech."), Direction.IN, 5,
         "ats", (5,)),
        (msg("x@myworkday.com", body="Thanks for applying to Globex."), Direction.IN, None, "ats",
         (2, 3)),
        (msg("x@ashbyhq.com", subject="Acme and Hooli"), Direction.IN, None, "ats", (1, 6)),
        (msg("x@smartrecruiters.com", subject="Your application"), Direction.IN, None, "none",
         ()),
        # Word boundaries: "Acmeville" is not Acme.
        (msg("x@icims.com", subject="Acmeville Library"), Direction.IN, None, "none", ()),
        # Nothing fits.
        (msg("friend@family.example"), Direction.IN, None, "none", ()),
    ],
)  # fmt: skip
def test_match_table(
    message: MailMessage,
    direction: Direction,
    app_id: int | None,
    how: str,
    candidates: tuple[int, ...],
) -> None:
    found = match_message(message, direction, CTX)
    assert (found.app_id, found.how, found.candidates) == (app_id, how, candidates)
    if app_id is None:
        assert found.reason


@pytest.mark.parametrize(
    ("message", "direction", "learned"),
    [
        (msg("ana@jobs.acme.example"), Direction.IN, "acme.example"),
        (msg("ana@gmail.com"), Direction.IN, None),
        (msg("x@greenhouse.io"), Direction.IN, None),
        (msg("sam@example.net", to=("a@hooli.com", "b@hooli.com")), Direction.OUT, "hooli.com"),
        (msg("sam@example.net", to=("a@hooli.com", "b@acme.com")), Direction.OUT, None),
    ],
)
def test_learnable_domain(message: MailMessage, direction: Direction, learned: str | None) -> None:
    assert learnable_domain(message, direction) == learned


@pytest.mark.parametrize(
    ("domain", "company", "expected"),
    [
        ("acme.com", "Acme", True),
        ("acme-corp.com", "Acme Corp", True),
        ("careers.acme.co.uk", "ACME Ltd", True),
        ("gmail.com", "Gmail", False),
        ("greenhouse.io", "Greenhouse", False),
        ("acmeville.com", "Acme", False),
        ("ab.com", "AB", False),  # too short to tell
    ],
)
def test_domain_names_company(domain: str, company: str, expected: bool) -> None:
    assert domain_names_company(domain, company) is expected


def test_domain_helpers() -> None:
    assert registrable("a.b.acme.co.uk") == "acme.co.uk"
    assert registrable("mail.acme.com") == "acme.com"
    assert is_free_mail("outlook.com") and is_free_mail("mail.yahoo.co.uk")
    assert not is_free_mail("acme.com")
    assert company_key("Acme Corp, Inc.") == "acme"


_DOMAINS = ["gmail.com", "acme.com", "globex.example", "greenhouse.io", "agency.example"]
_NAMES = ["Acme", "Globex", "Initech"]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(_NAMES), st.booleans()), min_size=1, max_size=5),
    st.sampled_from(_DOMAINS),
    st.sampled_from(["", "Acme", "Globex and Initech", "Initech"]),
    st.dictionaries(st.sampled_from(["ana@acme.com", "bo@gmail.com"]),
                    st.sets(st.integers(1, 5), max_size=2), max_size=2),
)  # fmt: skip
def test_match_invariants(
    apps: list[tuple[str, bool]], domain: str, subject: str, people: dict[str, set[int]]
) -> None:
    ids = {name: 10 * (i + 1) for i, name in enumerate(_NAMES)}
    ctx = MatchContext(
        apps={i + 1: AppRef(i + 1, ids[n], n, is_open) for i, (n, is_open) in enumerate(apps)},
        people=people,
    )
    for local in ("ana", "bo", "jobs"):
        found = match_message(msg(f"{local}@{domain}", subject=subject), Direction.IN, ctx)
        assert found.candidates == tuple(sorted(set(found.candidates)))
        assert set(found.candidates) <= set(ctx.apps)
        if found.app_id is not None:
            assert found.candidates == (found.app_id,)
        else:
            assert len(found.candidates) != 1 and found.reason
        if found.how == "domain":
            assert not is_free_mail(domain)
        if len(found.candidates) > 1:
            open_ones = [c for c in found.candidates if ctx.apps[c].is_open]
            assert open_ones == list(found.candidates) or not open_ones


def test_an_old_message_goes_to_the_application_that_existed_then() -> None:
    # Applied to Initech in January (rejected) and again in June: Initech's rejection
    # from February belongs to the first application, not the open one (mail import would
    # otherwise mark the new application rejected).
    from datetime import date

    ctx = MatchContext(
        apps={
            1: AppRef(1, 30, "Initech", False, since=date(2026, 1, 10)),
            2: AppRef(2, 30, "Initech", True, since=date(2026, 6, 1)),
        }
    )
    old = msg("hr@initech.com")  # sent 2026-03-04
    assert match_message(old, Direction.IN, ctx).app_id == 1
    recent = replace(old, date=datetime(2026, 6, 20, tzinfo=UTC))
    assert match_message(recent, Direction.IN, ctx).app_id == 2  # the open one, as before
    # A recruiter writing a few days before the application was recorded still fits it.
    early = replace(old, date=datetime(2026, 5, 28, tzinfo=UTC))
    assert match_message(early, Direction.IN, ctx).app_id == 2
    # Both begun after the message: no date says which, the usual rule decides.
    ctx.apps[1] = AppRef(1, 30, "Initech", False, since=date(2026, 4, 1))
    assert match_message(old, Direction.IN, ctx).app_id == 2
