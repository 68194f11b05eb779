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
    ],
)
def test_timeline_said_other_ways(body: str, expected_by: str) -> None:
    found = [d for d in detect("Your application", body, MON, job_context=True)]
    dates = [str(d.expected_by) for d in found if d.kind == "timeline_stated"]
    assert dates == [expected_by]


def test_paperwork_date_is_no_timeline() -> None:
    # Sets disagree on it (r9 labelled one, 2026-11-29 not): the paperwork's date is not read.
    body = "Our People team will send the formal offer letter through DocuSign by tomorrow."
    assert "timeline_stated" not in kinds(body, "Offer")


def test_word_to_former_employers_is_no_timeline() -> None:
    body = "Our vendor will be reaching out to your former employers this week."
    assert "timeline_stated" not in kinds(body, "Background check")


@pytest.mark.parametrize(
    ("body", "subject", "expected"),
    [
        # The sender's side wishes the reader into the organisation: an offer.
        (
            "Hi Jo, I'm pleased to confirm we'd like you to join us as Product Ops Lead, "
            "starting on 5 October.",
            "Good news",
            ["offer"],
        ),
        # Twins: an event after "us"; a role that is no job.
        ("Hi Jo, we'd love you to join us for drinks on Friday after the launch.", "Friday", []),
        (
            "Dear Jo, we're pleased to confirm we'd like you to join us as a speaker at LogiCon "
            "in November.",
            "LogiCon",
            [],
        ),
        ("Great news - the team would love to have you join Meridian.", "Your offer", ["offer"]),
        (
            "After yesterday's final round we would love to welcome you to the team as our new "
            "Head of Content.",
            "Head of Content",
            ["offer"],
        ),
        ("We want you on the team. Everyone who met you said yes.", "the answer", ["offer"]),
        (
            "I am very happy to tell you that the committee has approved your appointment as "
            "Clinical Nurse Educator.",
            "Clinical Nurse Educator",
            ["offer"],
        ),
        # Twin: a dentist's appointment confirmed is no post.
        ("We have confirmed your appointment for Tuesday at 9am.", "Dentist", []),
        ("Great news - the training contract is yours!", "Harbour & Lowe", ["offer"]),
        ("Good news - the landlord accepted and the flat is yours if you want it.", "Flat 3", []),
        (
            "Hi Jo, we're really pleased to offer you the fixed-term (12 month) position of Team "
            "Leader. Your letter of offer is attached.",
            "Letter of offer",
            ["offer"],
        ),
        # A rejection said by who goes where.
        (
            "Hi Jo, I'm sorry to say the client have decided to go another way for this one.",
            "Re: Ops Manager",
            ["rejection"],
        ),
        (
            "Hi all, the landlord has decided to go another way with the refurbishment.",
            "Office move",
            [],
        ),
        (
            "Sadly it's not going to be a yes from us this time - you were a close second.",
            "Editor role",
            ["rejection"],
        ),
        ("It's not a yes or no question, so take your time with the form.", "Form", []),
        (
            "The hiring manager felt your experience doesn't line up, so they won't be taking "
            "you through to the next stage.",
            "Feedback",
            ["rejection"],
        ),
        (
            "The client has decided to promote someone from within, so the role is off the table.",
            "Re: Planning Lead",
            ["rejection"],
        ),
        (
            "The team decided to fill the Logistics Coordinator opening with an internal "
            "candidate, so we're closing out your application.",
            "Thank you",
            ["rejection"],
        ),
        (
            "On this occasion the panel has not been able to offer you the post.",
            "Interview outcome",
            ["rejection"],
        ),
        (
            "We spoke to 40 hiring managers about why they decided to go another way.",
            "This week on Career Compass",
            [],
        ),
    ],
)
def test_outcomes_said_other_ways(body: str, subject: str, expected: list[str]) -> None:
    assert kinds(body, subject) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Sentence pairs: a short proposal inherits the meeting named before it.
        (
            "Hi Jo,\n\nNext step is a conversation with Olu, our CTO. Could you send me a "
            "couple of times that suit next week?\n\nAmira",
            ["interview_request"],
        ),
        (
            "Dear Jo,\n\nThe panel for the final stage will be Ruth, Kwame and me. I've put a "
            "hold in your calendar for Wednesday 16 September at 2pm - please shout if that "
            "doesn't work.\n\nLouise",
            ["interview_request"],
        ),
        # ... and the topic before it: feedback to give, not an interview.
        (
            "Hi Jo,\n\nI have some feedback from the panel that I think you'll find useful. "
            "Free for a call on Tuesday?\n\nNina",
            [],
        ),
        # The proposal and the reader must be in the short sentence itself.
        (
            "Submit your talk by 15 December. Shortlisted speakers will be invited to a short "
            "interview with the programme committee.",
            [],
        ),
        # The reader asked to interview beside the writer, a candidate named: she hires.
        (
            "Hey Jo,\n\nCan you do the interview with me on Thursday? It's the candidate for "
            "the SRE role, 2pm in the big room.\n\nBen",
            [],
        ),
        (
            "Hi Jo,\n\nCan you do the final interview with me and our CEO on Thursday at 2pm?"
            "\n\nMika",
            ["interview_request"],
        ),
        # The calls named before are with her referees, not with her.
        (
            "Quick update: we're doing referee calls today and tomorrow. Assuming nothing "
            "unexpected we'll have sign-off by Tuesday and I'll call you straight away.",
            ["references_contacted", "timeline_stated"],
        ),
        # Her search in general as the topic of a coffee; her review meeting at work.
        ("Fancy a coffee next week to talk about how your interviews are going?", []),
        ("Your manager will contact you to arrange your review meeting.", []),
    ],
)
def test_sentence_pairs_and_whose_meeting(body: str, expected: list[str]) -> None:
    assert kinds(body, "Re: next steps") == expected


@pytest.mark.parametrize(
    ("body", "subject", "expected"),
    [
        (
            "Bonjour Jo,\n\nJ'ai eu Mme Leroy et M. Garnier au téléphone ce matin, tous deux "
            "très élogieux à votre sujet.",
            "Votre candidature",
            ["references_contacted"],
        ),
        (
            "Bonjour Jo,\n\nVotre ancienne responsable, Claire Dubois, m'a dit le plus grand bien "
            "de vous hier.",
            "Votre candidature",
            ["references_contacted"],
        ),
        (
            "Salut Jo,\n\nJ'ai parlé à Sophie pour la fête de l'école, elle a dit beaucoup de "
            "bien de ton gâteau.",
            "Fête",
            [],
        ),
        (
            "Jo,\n\nBonne nouvelle : le poste est à vous si vous le souhaitez !",
            "Bonne nouvelle",
            ["offer"],
        ),
        (
            "Liebe Frau Whitfield,\n\nich habe heute mit Herrn Brandt telefoniert - er hat nur "
            "Gutes über Ihre Zeit bei Hollin erzählt.",
            "Ihre Bewerbung",
            ["references_contacted"],
        ),
        (
            "Guten Tag Frau Whitfield,\n\nich habe mit dem Hersteller telefoniert, er hat nur "
            "Gutes über das Auto gesagt.",
            "Ihr Auto",
            [],
        ),
        (
            "Liebe Frau Whitfield,\n\nwir freuen uns, Ihnen mitteilen zu können, dass wir Sie "
            "gern als Teamleiterin Disposition einstellen möchten.",
            "Gute Nachrichten",
            ["offer"],
        ),
        (
            "Sehr geehrte Frau Whitfield,\n\nleider müssen wir Ihnen mitteilen, dass wir Sie "
            "nicht einstellen können.",
            "Ihre Bewerbung",
            ["rejection"],
        ),
        (
            "Hi Jo,\n\nkannst du am Donnerstag das Vorstellungsgespräch mit mir führen? Der "
            "Kandidat kommt um 14 Uhr.",
            "Donnerstag",
            [],
        ),
    ],
)
def test_named_referees_and_offers_de_fr(body: str, subject: str, expected: list[str]) -> None:
    assert kinds(body, subject) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Before I send your CV over, can you confirm what you're currently on (base + bonus)?",
            ["salary_discussed"],
        ),
        ("Tell me what you're on tonight - pizza or curry?", []),
        ("What to say when a recruiter asks what you're on at the moment", []),
    ],
)
def test_pay_asked_as_reported_question(body: str, expected: list[str]) -> None:
    assert kinds(body, "Supply chain analyst") == expected


def test_advise_candidates_is_a_timeline() -> None:
    body = (
        "The panel is finalising its recommendations and we expect to advise candidates "
        "early next month."
    )
    found = detect("Procurement Officer", body, MON, job_context=True)
    assert [(d.kind, str(d.expected_by)) for d in found] == [("timeline_stated", "2026-10-10")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "I've now spoken to Marcus Tate and left a message for Ruth Adeyemi, as per the "
            "details you provided.",
            ["references_contacted"],
        ),
        ("I've now spoken to Marcus Tate about the budget for the offsite.", []),
        (
            "Helen in particular had a lot to say about your work on the dashboard!",
            ["references_contacted"],
        ),
        ("Helen in particular had a lot to say about the new dashboard.", []),
        (
            "Just came off the phone with James (your old manager at Parcel & Co) - he was great.",
            ["references_contacted"],
        ),
        ("Just came off the phone with James about the van hire - all sorted.", []),
        (
            "Ana replied to our reference questionnaire this morning.",
            ["references_contacted"],
        ),
        ("Ana replied to our survey this morning.", []),
        (
            "Your referees (Kemi Adebayo and James Holt) will each get an email from Certn.",
            ["references_contacted"],
        ),
        ("hey, client came back on refs - all good.", ["references_contacted"]),
        ("hey, client came back on the quote - all good.", []),
        (
            "We've received your references from Kemi and Dr Boateng - both excellent.",
            ["references_contacted"],
        ),
    ],
)
def test_referees_named_more_forms(body: str, expected: list[str]) -> None:
    assert kinds(body, "Quick note") == expected


def test_people_told_they_will_hear_needs_job_context() -> None:
    body = "We've reached out to Grace and Tomás, so they may hear from us this week."
    assert kinds(body, "Re: final step") == ["references_contacted"]
    assert kinds(body, "Party", context=False) == []
