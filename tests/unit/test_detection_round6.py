"""detect() round 6 (issue 9): recall where it failed. A start asked in passing, referees
described or spoken of without the word, the role gone elsewhere said warmly, a phone or
platform message that proposes a meeting, a booking that names its meeting, stretches that
are no wait; in German, French and Spanish a meeting that frames the sentence, verb-last
answers, an offer of a named role. Each case has a twin, so a rule that fires on everything
or on nothing fails here."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from offerwatch.core.detection import detect
from offerwatch.core.timeline import expected_by

MON = datetime(2026, 5, 4, 10, 0, tzinfo=UTC)  # a Monday


def kinds(body: str, subject: str = "Re: hello", *, context: bool = True) -> list[str]:
    return [d.kind for d in detect(subject, body, MON, job_context=context)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A start asked about with a time, in passing.
        ("And practically, what is the earliest you could start?", ["notice_period_asked"]),
        ("Could you start on the 1st of June if it all goes ahead?", ["notice_period_asked"]),
        ("Could you start on the take-home exercise this week?", []),
        # "or whether" goes on with the question; "whether" alone is still a condition.
        (
            "Could you let me know whether you could start in July, or whether you'd need to "
            "give three months' notice?",
            ["notice_period_asked"],
        ),
    ],
)
def test_notice_asked_in_passing(body: str, expected: list[str]) -> None:
    assert kinds(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Referees described by what they were to her.
        (
            "Could you send me names and emails for two people who have managed you?",
            ["references_requested"],
        ),
        ("People who have managed teams are more likely to be promoted.", []),
        ("Please add your referees in the candidate portal.", ["references_requested"]),
        ("Reviewer 2 asks that you add references to the recent literature.", []),
        # Taking up references is contacting them; wanting to take them up asks for them.
        ("The client is taking up your references this week.", ["references_contacted"]),
        ("We now have both references in hand.", ["references_contacted"]),
        # The referee's side.
        (
            "Their HR rang me and I spent ages telling them how brilliant you are.",
            ["references_contacted"],
        ),
        ("I told them you are free on Thursday.", []),
    ],
)
def test_references_without_the_word(body: str, expected: list[str]) -> None:
    assert kinds(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Sadly we offered it to someone with more retail experience.", ["rejection"]),
        ("We offered it to you because you were the strongest.", []),
        (
            "The directors decided to appoint a candidate who already knows the sector.",
            ["rejection"],
        ),
        ("The committee has now made an appointment to this post.", ["rejection"]),
        ("The board has taken the decision to withdraw the Data Lead vacancy.", ["rejection"]),
        # A founder's offer in plain words.
        ("We'd love you to join Fernway as our first analyst.", ["offer"]),
        ("We'd love you to join us for a coffee on Friday?", ["interview_request"]),
        # Congratulations on a step passed is no offer.
        (
            "Congratulations on successfully completing the assessment. We would like to invite "
            "you to a final interview.",
            ["interview_request"],
        ),
    ],
)
def test_outcomes_said_warmly(body: str, expected: list[str]) -> None:
    assert kinds(body) == expected


@pytest.mark.parametrize(
    ("body", "subject", "expected"),
    [
        ("Good news, the client wants to see you.", "Re: role", ["interview_request"]),
        ("Good news, see you soon at the open day.", "Re: role", []),
        ("Can you do tomorrow 3pm with our CTO? Quick one.", "Re: role", ["interview_request"]),
        (
            "They want you back for a final interview with the COO.",
            "Re: role",
            ["interview_request"],
        ),
        ("Thurs 2pm works. I'll send a zoom link. Speak then!", "Re: times", ["interview_request"]),
        ("Monday works best for me.", "Re: times", []),
        # A title that holds "planning" is no planning meeting.
        (
            "I'm pleased to confirm your first interview for Network Planning Manager.",
            "Interview",
            ["interview_request"],
        ),
        ("I'm pleased to confirm your quarterly planning session for Q3.", "Planning", []),
        # A person's message relayed by a platform is no newsletter.
        (
            "I'd love to set up a quick call with you and our design lead next week.\n\n"
            "You are receiving InMail notification emails. Unsubscribe",
            "Maya Okafor sent you a message",
            ["interview_request"],
        ),
        (
            "I'd love to set up a quick call with you and our design lead next week.\n\n"
            "You are receiving this email because you subscribed. Unsubscribe",
            "Our weekly newsletter",
            [],
        ),
    ],
)
def test_meetings_proposed(body: str, subject: str, expected: list[str]) -> None:
    assert kinds(body, subject) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Your event has been scheduled.\nEvent Type: Intro call - Data search",
            ["interview_request"],
        ),
        ("Your event has been scheduled.\nEvent Type: Free 30 minute dental consultation", []),
    ],
)
def test_bookings_name_their_meeting(body: str, expected: list[str]) -> None:
    assert kinds(body, "Confirmed") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sorry this has taken two weeks, feedback by Friday", date(2026, 5, 8)),
        ("we lost two weeks to the funding round", None),
        ("a 6-month contract, reviewed after 3 months, 3 days a week", None),
        ("we will decide after two weeks", date(2026, 5, 18)),
        ("Your application will be reviewed within 2 weeks", date(2026, 5, 18)),
        ("I'm away for two weeks", None),
        ("please use Python 3.12 and Postgres 16.2", None),
        ("we will let you know on 3.12", date(2026, 12, 3)),
        ("a decision by month end", date(2026, 5, 31)),
        ("in touch over the coming fortnight", date(2026, 5, 18)),
        ("decisions w/c 11th May", date(2026, 5, 15)),
        ("decisions by 11th May", date(2026, 5, 11)),
        ("an answer by friday 15.", date(2026, 5, 15)),
        ("a call on friday 2pm", date(2026, 5, 8)),
    ],
)
def test_stretches_that_are_no_wait(text: str, expected: date | None) -> None:
    assert expected_by(text, MON.date()) == expected


def test_the_writers_own_whereabouts_are_no_timeline() -> None:
    assert kinds("I'm travelling until next week, so forgive an email.", "Re: Analyst") == []
    assert kinds("We will let you know by next week.", "Re: Analyst") == ["timeline_stated"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A meeting that frames the sentence is a point in time; the twin proposes one.
        (
            "Avant notre rencontre de lundi, pourriez-vous m'indiquer la durée de votre préavis ?",
            ["notice_period_asked"],
        ),
        (
            "Pourriez-vous m'indiquer vos disponibilités pour un échange téléphonique cette "
            "semaine, avant le premier entretien ?",
            ["interview_request"],
        ),
        (
            "Hola Jo: antes de la entrevista del martes, ¿podrías indicarme cuánto preaviso tienes "
            "que dar en tu empresa actual?",
            ["notice_period_asked"],
        ),
        (
            "Hola Jo, ¿te vendría bien una entrevista el martes por la tarde?",
            ["interview_request"],
        ),
        # A board is no advice.
        (
            "Je t'écris pour te dire que le poste a été pourvu et le conseil d'administration a "
            "validé ce choix.",
            ["rejection"],
        ),
        # Spanish offers of a named role; a meeting offered is no offer.
        ("Hola Jo, el cliente quiere ofrecerte la dirección de operaciones.", ["offer"]),
        (
            "Hola Jo, nos gustaría ofrecerte una entrevista el martes, ¿te viene bien?",
            ["interview_request"],
        ),
        (
            "Estimada Jo: nos complace comunicarle que ha sido seleccionada para el puesto.",
            ["offer"],
        ),
        (
            "Estimada Jo: lamentamos comunicarle que no ha sido seleccionada para el puesto.",
            ["rejection"],
        ),
    ],
)
def test_french_and_spanish(body: str, expected: list[str]) -> None:
    assert kinds(body) == expected


def test_german_verb_last_answers_and_a_slot_accepted() -> None:
    found = detect(
        "Ihr Besuch",
        "Sehr geehrte Frau Hartley,\n\nwir werden uns bis Ende nächster Woche bei Ihnen melden.",
        MON,
        job_context=True,
    )
    assert [(d.kind, d.expected_by) for d in found] == [("timeline_stated", date(2026, 5, 15))]
    assert kinds("Hallo Jo,\n\num 11 Uhr bei uns im Büro passt perfekt. Bis dann!") == [
        "interview_request"
    ]
    assert kinds("Hallo Jo,\n\ndas Paket kommt um 11 Uhr, das passt schon so.") == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Candidates counted for a post: the reader's team is hiring, not her process.
        (
            "Hallo Jo,\n\nwir haben am Montag zwei Kandidaten für die Data-Stelle im Gespräch. "
            "Kannst du beim zweiten Gespräch um 10 Uhr dabei sein?",
            [],
        ),
        (
            "Hallo Jo,\n\nwir würden dich gern zu einem zweiten Gespräch einladen. Passt dir "
            "Montag um 10 Uhr?",
            ["interview_request"],
        ),
        (
            "Salut Jo,\n\nnous recevons trois candidats pour le poste de développeur lundi. Tu "
            "peux faire le deuxième entretien avec moi ?",
            [],
        ),
        (
            "Hola Jo,\n\nel lunes entrevistamos a tres candidatas para el puesto de datos. "
            "¿Puedes estar en la entrevista técnica a las 10?",
            [],
        ),
        # Someone chosen over her is still a rejection.
        (
            "Estimada Jo: lamentamos comunicarle que hemos elegido a una candidata para el "
            "puesto con más experiencia.",
            ["rejection"],
        ),
        # A receipt that addresses nobody, the post named.
        (
            "Hola:\n\nHemos recibido la candidatura para el puesto de Analista y la revisaremos "
            "con atención.",
            ["application_received"],
        ),
        ("Hola:\n\nHemos recibido la factura del mes de mayo, muchas gracias.", []),
        # Referees spoken to by name, and their praise.
        (
            "Bonjour Jo,\n\nj'ai pu parler avec Claire et Marc ce matin, des retours très "
            "positifs de leur part.",
            ["references_contacted"],
        ),
        ("Bonjour Jo,\n\nj'ai pu parler avec Claire et Marc ce matin du budget.", []),
        (
            "Hola Jo,\n\nhablé ayer con Marta y con Luis, y los dos me dijeron cosas excelentes "
            "de ti.",
            ["references_contacted"],
        ),
        (
            "Guten Tag Frau Hartley,\n\nwir haben heute mit Herrn Brandt und Frau Ostrowski "
            "telefoniert.",
            ["references_contacted"],
        ),
        (
            "Guten Tag Frau Hartley,\n\nwir haben heute mit Herrn Brandt und Frau Ostrowski "
            "über die Räume telefoniert.",
            [],
        ),
    ],
)
def test_colleagues_hiring_receipts_and_referees(body: str, expected: list[str]) -> None:
    assert kinds(body) == expected
