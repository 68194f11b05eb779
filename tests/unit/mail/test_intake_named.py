"""core.intake, pure: mail filed by the application its subject names (an agency recruiter,
the user's reply to one) and by a domain that runs the company's first words together."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from offerwatch.core.entities import Status
from offerwatch.core.intake import take_batch
from offerwatch.core.intake_values import Known, Parsed
from offerwatch.core.mail_domains import company_words, domain_names_company
from offerwatch.core.mail_match import AppRef, MatchContext, weak_threads
from offerwatch.core.mail_message import MailMessage

D = datetime(2026, 11, 2, 9, tzinfo=UTC)
ME = "sam@own.example"
AGENT = "callum@brightpath-talent.example"
_ids = iter(range(1, 10_000))


def message(
    sender: str, to: str, *, subject: str, body: str, hours: float = 0,
    bulk: bool = False,
) -> Parsed:  # fmt: skip
    mid = f"<n{next(_ids)}@test>"
    msg = MailMessage(
        message_id=mid, in_reply_to=None, references=(), from_addr=sender, from_name="",
        to_addrs=(to,), cc_addrs=(), date=D + timedelta(hours=hours), subject=subject,
        body=body, bulk=bulk,
    )  # fmt: skip
    return Parsed(msg, mid, f"box#{mid}")


def known() -> Known:
    ctx = MatchContext(
        apps={
            1: AppRef(1, 10, "Quayside Bank", True, role="Operations Analyst"),
            2: AppRef(2, 20, "St Margaret's Hospital", True, role="Supply Chain Lead"),
            3: AppRef(3, 30, "Blue Widgets", True, role="Data Engineer"),
        }
    )
    k = Known(ctx=ctx, status={1: Status.APPLIED, 2: Status.APPLIED, 3: Status.APPLIED})
    k.me = {ME}
    return k


def filed(batch: list[Parsed], k: Known | None = None) -> list[tuple[int | None, str]]:
    intake = take_batch(batch, k or known())
    by_id = {f.parsed.message_id: (f.app_id, f.how) for f in intake.filed}
    return [by_id.get(p.message_id, (None, "not stored")) for p in batch]


INVITE = "Nora, the hiring manager, would like to invite you to an interview next Tuesday."


def test_an_agency_recruiter_naming_the_company_files_under_it_and_teaches_nothing() -> None:
    k = known()
    batch = [
        message(AGENT, ME, subject="Operations Analyst at Quayside Bank", body=INVITE),
        message(AGENT, ME, subject="Quayside - they'd like to meet you", body=INVITE),
    ]
    intake = take_batch(batch, k)
    assert [(f.app_id, f.how) for f in intake.filed] == [(1, "named"), (1, "named")]
    assert intake.filed[0].reason == "the subject names Quayside Bank"
    assert intake.domains == []  # the agency's domain is never Quayside's
    assert k.status[1] is Status.INTERVIEWING  # an interview request moves it forward


def test_the_first_word_alone_needs_job_signs_and_a_capital() -> None:
    chat = "See you at the pub later?"
    assert filed([message(AGENT, ME, subject="Quayside drinks", body=chat)]) == [
        (None, "not stored")
    ]
    assert filed([message(AGENT, ME, subject="quayside - next steps", body=INVITE)])[0] != (
        1,
        "named",
    )
    # "Blue" is too short a first word to name Blue Widgets.
    assert filed([message(AGENT, ME, subject="Blue - interview", body=INVITE)])[0][1] != "named"


def test_a_role_title_alone_names_no_application() -> None:
    """An agency pitches the same title for other clients: filing it under the user's one
    application with that title would put another company's interview there."""
    got = filed([message(AGENT, ME, subject="Supply Chain Lead - video call", body=INVITE)])
    assert got == [(None, "none")]  # to review


def test_the_user_s_reply_to_an_agency_is_filed_but_not_her_mail_to_a_friend() -> None:
    to_agent = message(ME, AGENT, subject="Re: New role - Quayside Bank", body="Yes please.")
    to_friend = message(ME, "tolu@gmail.com", subject="Quayside Bank!", body="Got an interview")
    assert filed([to_agent, to_friend]) == [(1, "named"), (None, "not stored")]


def test_a_newsletter_naming_the_company_is_not_filed() -> None:
    news = message(
        "news@markets.example", ME, subject="Quayside Bank shares rise after interview",
        body="Read more. Unsubscribe.", bulk=True,
    )  # fmt: skip
    assert filed([news]) == [(None, "not stored")]


def test_two_applications_named_go_to_review() -> None:
    k = known()
    k.ctx.apps[4] = AppRef(4, 10, "Quayside Bank", True, role="Risk Analyst")
    k.status[4] = Status.APPLIED
    [item] = take_batch([message(AGENT, ME, subject="Quayside Bank", body=INVITE)], k).filed
    assert (item.app_id, item.review, item.candidates) == (None, "pending", (1, 4))


@pytest.mark.parametrize(
    ("domain", "company", "expected"),
    [
        ("stmargarets.com.sg", "St Margaret's Hospital", True),
        ("st-margarets.org.uk", "St. Margaret's Hospital", True),
        ("northwindtrading.com", "Northwind Trading Company Ltd", True),
        ("general.com", "General Electric Works", False),  # one common first word
        ("stmargaretshosp.com", "St Margaret's Hospital", False),
        ("gmail.com", "G Mail Services", False),
    ],
)
def test_a_domain_of_the_company_s_first_words(domain: str, company: str, expected: bool) -> None:
    assert domain_names_company(domain, company) is expected


def test_company_words() -> None:
    assert company_words("St Margaret\u2019s Hospital Ltd") == ["st", "margarets", "hospital"]


def test_a_reply_in_a_thread_filed_by_a_name_teaches_no_domain() -> None:
    """Her "Reference for Quayside Bank?" to a former manager is about Quayside; his reply
    is filed with it, but his university is not Quayside's domain: his next message, an
    alumni interview, must not be filed there."""
    k = known()
    ask = message(ME, "tom@uni.example", subject="Reference for Quayside Bank?", body="Hi Tom.")
    reply = message("tom@uni.example", ME, subject="Re: Reference for Quayside Bank?",
                    body="Of course, happy to help.", hours=2)  # fmt: skip
    reply = Parsed(
        replace(reply.msg, in_reply_to=ask.message_id, references=(ask.message_id,)),
        reply.message_id,
        reply.where,
    )
    alumni = message(
        "alumni@uni.example", ME, subject="Would you like to be interviewed for our spotlight?",
        body="We would love to interview you about your career.", hours=30,
    )  # fmt: skip
    intake = take_batch([ask, reply, alumni], k)
    assert [(f.app_id, f.how) for f in intake.filed][:2] == [(1, "named"), (1, "thread")]
    assert intake.domains == []
    assert all(f.app_id is None for f in intake.filed[2:])


def test_weak_threads_from_stored_reasons() -> None:
    rows = [
        ("<a@x>", "named: the subject names Quayside Bank"),
        ("<b@x>", "confirmed by you (named: the subject names Quayside Bank)"),
        ("<c@x>", "person: a known person's address (ana@acme.example)"),
        (None, "named: the subject names Acme"),
    ]
    assert weak_threads(rows) == {"<a@x>"}
