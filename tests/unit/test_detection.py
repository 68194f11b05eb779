"""detect(): each label on plain positives, negations, conditionals, adverts and quoted text."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from offerwatch.core.detection import KINDS, Detection, detect, detect_both
from offerwatch.core.signals import SignalKind

SENT = datetime(2026, 3, 4, 10, 0, tzinfo=UTC)  # a Wednesday


def kinds(body: str, subject: str = "Hello") -> set[str]:
    return {d.kind for d in detect(subject, body, SENT)}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # application_received
        ("We have received your application for the Analyst role.", {"application_received"}),
        ("Your application has been successfully submitted.", {"application_received"}),
        (
            "Thanks for applying! Your application is currently under review.",
            {"application_received"},
        ),
        ("We have not received your application yet.", set()),
        # interview_request
        ("We would like to invite you to an interview next week.", {"interview_request"}),
        ("Could we schedule a phone screen on Monday?", {"interview_request"}),
        ("When would you be available for a video call?", {"interview_request"}),
        ("Your interview has been scheduled for Thursday at 10:00.", {"interview_request"}),
        ("If you are shortlisted, we will invite you to an interview.", set()),
        ("We won't be scheduling any interviews until the budget is approved.", set()),
        ("Thank you for taking the time to interview with us today.", set()),
        # notice_period_asked
        ("Could you tell me your notice period?", {"notice_period_asked"}),
        ("What is your earliest start date?", {"notice_period_asked"}),
        ("Notice period: negotiable. Start date: ASAP.", set()),
        # references_requested
        ("Please send us the details of two references.", {"references_requested"}),
        ("There is no need to send references yet.", set()),
        ("You don't need to provide references at this stage.", set()),
        ("Finalist candidates will be asked to provide references.", set()),
        # references_contacted
        ("We have contacted your references.", {"references_contacted"}),
        ("Your reference checks are now under way.", {"references_contacted"}),
        ("We will not contact your references without your permission.", set()),
        # salary_discussed
        ("What are your salary expectations?", {"salary_discussed"}),
        ("The base salary for the role is €68,000 plus equity.", {"salary_discussed"}),
        ("We offer a competitive salary and flexible hours.", set()),
        # offer
        ("We are delighted to offer you the position.", {"offer"}),
        ("Your offer letter is attached.", {"offer"}),
        ("We offer flexible hours and free lunch.", set()),
        ("I'm happy to offer some feedback if useful.", set()),
        # rejection
        ("We have decided to move forward with other candidates.", {"rejection"}),
        ("Unfortunately, the position has been filled.", {"rejection"}),
        ("We regret to inform you that you were not selected.", {"rejection"}),
        ("We have extended an offer to another candidate.", {"rejection"}),
        ("If you are not selected, we will let you know by email.", set()),
        ("If there's not a fit, we promise to let you know.", set()),
        ("Sadly, on this occasion you haven't been successful.", {"rejection"}),
        ("We have chosen not to move ahead with your application.", {"rejection"}),
        # more ways of saying the same things
        ("Let's find a time to chat next week.", {"interview_request"}),
        ("You have been shortlisted for a second interview.", {"interview_request"}),
        ("When are you able to start?", {"notice_period_asked"}),
        ("Are you currently serving notice?", {"notice_period_asked"}),
        ("What are you currently earning?", {"salary_discussed"}),
        ("The role pays £45k plus bonus.", {"salary_discussed"}),
        ("Who could we speak to as a reference?", {"references_requested"}),
    ],
)
def test_labels_of_one_sentence(body: str, expected: set[str]) -> None:
    assert kinds(body) == expected


@pytest.mark.parametrize(
    ("body", "expected_by"),
    [
        ("We will get back to you by the end of next week.", date(2026, 3, 13)),
        ("You will hear from us within two weeks.", date(2026, 3, 18)),
        ("We expect to make a decision early next month.", date(2026, 4, 10)),
        ("We'll be in touch in the next few days.", date(2026, 3, 7)),
        ("We'll have a decision for you by Friday.", date(2026, 3, 6)),
        ("Expect to hear from us in 5 business days.", date(2026, 3, 11)),
    ],
)
def test_timeline_carries_the_latest_date(body: str, expected_by: date) -> None:
    found = detect("Update", body, SENT, job_context=True)
    assert found == [Detection("timeline_stated", body, expected_by)]


@pytest.mark.parametrize(
    "body",
    [
        "We'll be in touch as soon as we can.",  # no date: nothing to plan on
        "Please reply by Friday with your availability.",  # the candidate's deadline
        "I can't give you a firm timeline yet, sorry.",
        "You applied on March 2 for the Analyst role and we will update you.",
    ],
)
def test_no_timeline_without_a_stated_date(body: str) -> None:
    assert "timeline_stated" not in kinds(body)


def test_quoted_and_signature_text_does_not_count() -> None:
    body = (
        "Thanks for the signed copy, see you soon!\n\nPriya\n\n"
        "On Thu, 19 Mar 2026 at 17:30, Priya <priya@lumen.example> wrote:\n"
        "> I'm delighted to offer you the position of Senior Analyst.\n"
    )
    assert kinds(body, "Re: Offer") == set()


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Automatic reply: Interview", "I am out of the office until Monday. We offer help."),
        ("12 new Data Analyst jobs for you", "Data Analyst - £50k - Apply now\nUnsubscribe"),
        (
            "7 tips to ace your next interview",
            "How to answer 'what are your salary expectations?' Read more on the blog.",
        ),
    ],
)
def test_bulk_and_auto_replies_carry_no_signal(subject: str, body: str) -> None:
    assert detect(subject, body, SENT) == []


def test_receipt_gives_way_to_a_rejection_in_the_same_mail() -> None:
    body = "Thank you for applying to Acme. Unfortunately, we will not be moving forward."
    assert kinds(body) == {"rejection"}


def test_several_labels_in_one_message_in_catalogue_order() -> None:
    body = (
        "We'd like to invite you to a second interview. Before then, could you share your "
        "salary expectations and your notice period?"
    )
    found = detect("Next steps", body, SENT)
    assert [d.kind for d in found] == [
        "interview_request",
        "notice_period_asked",
        "salary_discussed",
    ]
    assert list(KINDS).index("interview_request") < list(KINDS).index("salary_discussed")


def test_every_kind_is_a_known_signal() -> None:
    assert {k for k in KINDS} <= {s.value for s in SignalKind}


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@settings(max_examples=300, deadline=None)
@given(
    subject=st.text(max_size=80),
    body=st.text(max_size=2000),
    when=st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2090, 1, 1)),
)
def test_detect_never_raises_and_evidence_comes_from_the_mail(
    subject: str, body: str, when: datetime
) -> None:
    found = detect(subject, body, when.replace(tzinfo=UTC))
    assert len({d.kind for d in found}) == len(found)
    for d in found:
        assert d.kind in KINDS
        assert _squash(d.evidence).strip() in _squash(f"{body} {subject}")
        assert (d.expected_by is not None) == (d.kind == "timeline_stated")
        if d.expected_by is not None:
            assert d.expected_by > when.date()


@settings(max_examples=100, deadline=None)
@given(
    prefix=st.sampled_from(["", "Hi Ana,\n\n", "> quoted\n", "Dear candidate, "]),
    noise=st.text(alphabet=st.characters(codec="utf-8"), max_size=300),
)
def test_rejection_survives_arbitrary_noise_after_it(prefix: str, noise: str) -> None:
    body = f"{prefix}We have decided to move forward with other candidates.\n\n{noise}"
    assert "rejection" in kinds(body) or ">" in prefix


@pytest.mark.parametrize(
    ("subject", "body", "context", "timeline"),
    [
        ("Update", "We will get back to you by the end of next week.", False, False),
        ("Update", "We will get back to you by the end of next week.", True, True),
        ("Your application", "We will get back to you by the end of next week.", False, True),
        ("Update", "Thanks for the interview. We will get back to you next week.", False, True),
        ("Order #1 confirmed", "One item is delayed; we will let you know within 3 days.",
         False, False),
        ("Team update", "The decision on the vendor is expected by the end of the month.",
         False, False),
        ("Team update", "Still interviewing. The decision is expected by the end of the month. "
         "Lunch is on Friday. The kids loved the lake. We met at the cafe.", False, True),
        ("Team update", "Still interviewing. Lunch is on Friday. The kids loved the lake. "
         "The decision is expected by the end of the month.", False, False),
        ("Quick note", "We'd love to invite you to interview. We will get back to you with "
         "a slot by Friday. Lunch was great.", False, True),
    ],
)  # fmt: skip
def test_a_timeline_needs_job_context(
    subject: str, body: str, context: bool, timeline: bool
) -> None:
    """Out of job context (caller's knowledge, another signal, a job word in the subject or
    beside the sentence) a date phrase is everyday mail, not a timeline."""
    found = detect(subject, body, SENT, job_context=context)
    assert ("timeline_stated" in {d.kind for d in found}) is timeline
    outside, inside = detect_both(subject, body, SENT)
    assert detect(subject, body, SENT) == outside
    assert detect(subject, body, SENT, job_context=True) == inside
