"""detect() reads whose process a message is about: the reader's own steps count; the
writer's own application, a colleague's hiring, other kinds of application and news about
something else do not (issue 9, round 4). Each case has a twin that must still fire."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from offerwatch.core.detection import detect
from offerwatch.core.detection._context import not_the_readers, other_application

TUE = datetime(2026, 3, 3, 10, 0, tzinfo=UTC)  # a Tuesday


def kinds(body: str, subject: str = "Re: hello", *, context: bool = True) -> list[str]:
    return [d.kind for d in detect(subject, body, TUE, job_context=context)]


@pytest.mark.parametrize(
    ("body", "theirs"),
    [
        # The candidate's own mail and a friend's news speak of the writer's process.
        (
            "Thank you so much - I'm delighted to accept the offer! I could start on 2 November.",
            True,
        ),
        (
            "I wanted to follow up on my interview on the 29th - when do you expect a decision?",
            True,
        ),
        ("I've got an offer from Fernbank and they said I'd hear back within a week.", True),
        # A colleague who hires speaks of other people's candidacies.
        ("could you sit on the interview panel for the analyst candidate on Thurs 11:00?", True),
        ("feedback for candidate #2 is in greenhouse. can you do the final with #4 thurs?", True),
        ("We're interviewing interns Thursday and need a third interviewer for the panel.", True),
        # The reader's own process, even beside the same words.
        ("We'd like to offer you the role. Please accept the offer by Friday.", False),
        ("Thanks for your application - my interview slots are Tuesday or Wednesday.", False),
        ("Congratulations! I'm delighted you accepted the offer.", False),
    ],
)
def test_whose_process(body: str, theirs: bool) -> None:
    assert not_the_readers(body) is theirs


def test_the_writers_own_process_yields_nothing() -> None:
    own = "Hi Imogen, following up on my interview on the 29th: could we have a call Monday?"
    assert kinds(own) == []
    theirs = "Hi Maya, following up on your application: could we have a call Monday?"
    assert kinds(theirs) == ["interview_request"]


def test_an_outcome_supersedes_talk_of_a_meeting() -> None:
    offer = (
        "The panel would like to offer you the position of Senior Data Engineer. "
        "I'd love to jump on a call tomorrow to walk you through it."
    )
    assert kinds(offer) == ["offer"]
    invite = "The panel would like to meet you again: could you jump on a call tomorrow?"
    assert kinds(invite) == ["interview_request"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # One of two outcomes is neither.
        (
            "We'll be back in touch by 20 March - either to set up a chat or to let you know "
            "it's not a match.",
            ["timeline_stated"],
        ),
        (
            "We'd like to set up a chat with the team next week. Are you free?",
            ["interview_request"],
        ),
        # The meeting waits on something the reader must do first.
        (
            "Before we set up a first interview, could you share your current package?",
            ["salary_discussed"],
        ),
        (
            "Before I head off on leave I wanted to set up your technical interview.",
            ["interview_request"],
        ),
        # A meeting that took place; a meeting noun that is the sentence's subject.
        # (A referee telling the candidate she was called about her: references contacted,
        # as the held-out sets label such mail; still no interview.)
        ("Had a call from someone at Ashgrove about you today.", ["references_contacted"]),
        ("The panel enjoyed meeting you and we'd like to move things forward.", []),
        ("Can we have a call today at 4pm?", ["interview_request"]),
        # "interview" naming a process, a practice session.
        ("We'd love to hear about your experience with our interview process.", []),
        ("Book a free mock interview with a volunteer recruiter today.", []),
    ],
)
def test_meetings_proposed_and_not(body: str, expected: list[str]) -> None:
    assert kinds(body) == expected


@pytest.mark.parametrize(
    ("body", "expected_by"),
    [
        # What comes back must be an answer about the application.
        ("We'll get back to you next week with a quote and a date for the part.", None),
        ("We'll get back to you next week with a decision on the role.", date(2026, 3, 13)),
        ("We'll be in touch with second-stage dates by Wednesday next week.", date(2026, 3, 11)),
        # An answer to the reader's question, or a request for more, is no decision.
        ("If you have questions, reply and we'll get back to you within two working days.", None),
        ("We'll contact you within 6 weeks if we need more information.", None),
        ("You'll hear from us within 6 weeks with the outcome.", date(2026, 4, 14)),
        # The reader owes the answer.
        ("I'm hoping to hear back from you by the end of next week.", None),
        ("We'd appreciate a decision by next Friday.", None),
        ("Complete the review form in Workday by 16 March.", None),
        # A day gone by, a length so far.
        ("Following up on your conversation with Priya last Thursday, I'll update you soon.", None),
        ("No update yet: Mr Munro has been away for two weeks.", None),
        # A decision about something else.
        ("The decision on the vendor is expected by the end of the month.", None),
        ("The decision on the shortlist is expected by the end of the month.", date(2026, 3, 31)),
        ("We'll make a decision on Friday.", date(2026, 3, 6)),
        # Word going to the referees, not to the reader.
        ("I'll be reaching out to them this week.", None),
    ],
)
def test_timelines_for_the_reader(body: str, expected_by: date | None) -> None:
    found = [d for d in detect("Re: your application", body, TUE, job_context=True)]
    dates = [d.expected_by for d in found if d.kind == "timeline_stated"]
    assert dates == ([expected_by] if expected_by else [])


@pytest.mark.parametrize(
    ("subject", "body", "other"),
    [
        (
            "We've received your credit card application",
            "Thank you for applying for the Halden Rewards Credit Card. "
            "We'll get back to you within 5 working days with a decision.",
            True,
        ),
        ("Tenancy", "Thank you for your application for 14 Brunswick Terrace.", True),
        ("Planning application received", "Your reference is 26/04412/FUL.", True),
        ("Application received", "Your application has been successfully submitted.", False),
        (
            "Thanks for applying",
            "Thank you for applying for the Data Analyst position at Brightside.",
            False,
        ),
    ],
)
def test_an_application_for_something_else(subject: str, body: str, other: bool) -> None:
    assert other_application(subject, body) is other
    found = kinds(body, subject)
    assert ("application_received" in found) is (not other)


def test_a_subject_counting_listings_is_an_alert() -> None:
    alert = "Data Platform Engineer - Wise\nYour application will be reviewed within 2 weeks\n"
    assert kinds(alert, "12 new Data Engineer jobs in London") == []
    assert kinds(alert, "Your application to Wise") == ["timeline_stated"]


def test_everyday_decisions_out_of_context() -> None:
    body = "Quick one on the office move. The decision on the vendor is expected by Friday."
    assert kinds(body, "Office move", context=False) == []
    job = "Quick one on your application. A decision on the role is expected by Friday."
    assert kinds(job, "Office move", context=False) == ["timeline_stated"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The reader as an employer, or as an employee of her present company.
        ("Our consultants would love to set up a call to discuss your hiring plans for Q2.", []),
        ("Your mid-year review meeting with Dana is scheduled for Thursday at 2pm.", []),
        ("Can you do a call tomorrow at 10am to go through the Q2 roadmap?", []),
        ("Can you do a call tomorrow at 10am to go through the role?", ["interview_request"]),
        # A recruiter's pool and a group's habits.
        ("Our candidates are typically invited to interview within a week of registering.", []),
        # Feedback is no veto unless the call is about it.
        (
            "Just had feedback from the client and they want to get you in for a second stage.",
            ["interview_request"],
        ),
        ("Happy to talk you through the feedback on a call tomorrow.", []),
        # A phone's "30 mins" is a meeting.
        (
            "Hiring manager liked your cv, can you do 30 mins thurs afternoon?",
            ["interview_request"],
        ),
    ],
)
def test_the_reader_as_employer_or_employee(body: str, expected: list[str]) -> None:
    assert kinds(body) == expected


def test_a_groups_habit_is_no_promise() -> None:
    habit = "Most employers made a final decision within two weeks of the last interview."
    assert kinds(habit) == []
    promise = "We will make a final decision within two weeks of your last interview."
    assert kinds(promise) == ["timeline_stated"]


def test_the_english_cues_of_someone_elses_process_leave_other_languages_alone() -> None:
    # "#2" in an English panel note marks another candidate; in French it is a slot.
    text = "Bonjour, seriez-vous disponible pour un entretien jeudi ? Le créneau #2 nous convient."
    kinds = [d.kind for d in detect("Entretien", text, datetime(2026, 11, 30, tzinfo=UTC))]
    assert kinds == ["interview_request"]
