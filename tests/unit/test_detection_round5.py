"""detect() round 5 (issue 9): whose meeting, whose habit, the referees' side, and German,
French and Spanish mail the candidate writes herself. Each case has a twin that must still
fire, so a rule that stops everything fails here."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from offerwatch.core.detection import _rules_de, _rules_es, _rules_fr, detect
from offerwatch.core.detection._context import not_the_readers

TUE = datetime(2026, 3, 3, 10, 0, tzinfo=UTC)  # a Tuesday


def kinds(body: str, subject: str = "Re: hello", *, context: bool = True) -> list[str]:
    return [d.kind for d in detect(subject, body, TUE, job_context=context)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A greeting after a meeting; the same words after "be" propose one.
        ("Jordan, good to meet you today.", []),
        (
            "It would be good to meet you in person next week - does Tuesday work?",
            ["interview_request"],
        ),
        # A meeting as a point in time, not what is proposed.
        ("Following your chat with the hiring manager yesterday, they'd like to progress.", []),
        ("They'd like to have a chat with you on Thursday at 2pm.", ["interview_request"]),
        # The reader is asked to ring; the twin proposes a call with her.
        ("Call me when you're free, I'm around till 7.", []),
        ("Are you free for a call with the hiring manager tomorrow?", ["interview_request"]),
        # Someone else's meeting, the present job's meeting.
        ("Please book a 10-minute interview slot with your child's class teacher.", []),
        ("Your exit interview is booked for Friday at 3pm.", []),
        ("Your second interview is booked for Friday at 3pm.", ["interview_request"]),
        # A page, not a meeting.
        ("While you wait, meet the team at brightlane.com/people.", []),
        ("We'd love for you to come in and meet the team next week.", ["interview_request"]),
    ],
)
def test_whose_meeting(body: str, expected: list[str]) -> None:
    assert kinds(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # What a group usually does is no promise to the reader.
        ("Candidates who follow up within 48 hours are 30% more likely to get an interview.", []),
        ("Recruiters on these roles typically respond within 2 days.", []),
        ("Our recruiters will get back to you within 2 days.", ["timeline_stated"]),
        # A booking's own date.
        ("Event Date/Time: 11:00am Thursday, March 12, 2026. Harriet will call you.", []),
    ],
)
def test_whose_habit(body: str, expected: list[str]) -> None:
    assert kinds(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("References have been requested from the referees named on your form.", True),
        ("I've left messages for both of your referees this morning.", True),
        ("Both your references are back and they're really positive.", True),
        ("Your referees, Dr Anita Patel and Tom Wright, have been contacted today.", True),
        ("Just had a call from Bec at Saltbush about you - I sang your praises.", True),
        # Not yet, and a request to the reader.
        ("I'll send the contract as soon as references are back.", False),
        ("Could you send me two references by Friday?", False),
    ],
)
def test_references_contacted(body: str, expected: bool) -> None:
    assert ("references_contacted" in kinds(body)) is expected


def test_money_that_is_not_pay() -> None:
    assert kinds("We're pleased to offer you a renewal premium of £412.16.") == []
    assert kinds("They can offer you a base of £62,000 plus bonus.") == ["salary_discussed"]


@pytest.mark.parametrize(
    ("body", "language", "theirs"),
    [
        # Her own acceptance, withdrawal and news, in each language.
        ("Vielen Dank für Ihr Angebot. Ich nehme die Stelle sehr gerne an.", "de", True),
        ("Hiermit möchte ich meine Bewerbung zurückziehen.", "de", True),
        ("Je vous remercie pour votre proposition. J'accepte l'offre avec plaisir.", "fr", True),
        ("Je souhaite retirer ma candidature au poste d'analyste.", "fr", True),
        ("Muchas gracias por su oferta. Acepto con mucho gusto el puesto.", "es", True),
        ("Quería comentarte que retiro mi candidatura al puesto.", "es", True),
        # The reader's own process beside the same words.
        ("Vielen Dank für Ihre Bewerbung. Ich nehme an, Sie haben Zeit?", "de", False),
        ("Merci pour votre candidature, j'accepte volontiers de décaler l'entretien.", "fr", False),
        ("Gracias por tu candidatura: nos gustaría invitarte a una entrevista.", "es", False),
    ],
)
def test_whose_process_in_other_languages(body: str, language: str, theirs: bool) -> None:
    assert not_the_readers(body, language) is theirs


def test_own_acceptance_in_german_carries_no_signal() -> None:
    body = (
        "Sehr geehrte Frau Weber,\n\nvielen Dank für Ihr Angebot vom 3. April. Ich nehme die "
        "Stelle als Data Analyst sehr gerne an und schicke Ihnen den Vertrag bis Freitag zurück."
        "\n\nMit freundlichen Grüßen\nSam Rivera"
    )
    assert kinds(body, "Ihr Angebot") == []
    offer = (
        "Sehr geehrte Frau Rivera,\n\nwir möchten Ihnen gerne ein Angebot für die Stelle als "
        "Data Analyst machen.\n\nMit freundlichen Grüßen\nKatrin Weber"
    )
    assert kinds(offer, "Ihr Angebot") == ["offer"]


def test_german_address_is_read_in_lower_case() -> None:
    body = "hallo sam,\n\ndanke für deine bewerbung! hättest du lust auf ein kennenlerngespräch?"
    assert "interview_request" in kinds(body)
    body = "guten tag,\n\nvielen dank für ihre bewerbung. wir haben ihre unterlagen erhalten."
    assert "application_received" in kinds(body)


def test_the_three_address_tables_have_one_shape() -> None:
    def shape(rules: tuple[object, ...]) -> list[tuple[object, ...]]:
        return [
            (r.kind, r.weak, bool(r.also), r.needs is not None)  # type: ignore[attr-defined]
            for r in rules
        ]

    assert shape(_rules_de.ADDRESSED) == shape(_rules_fr.ADDRESSED) == shape(_rules_es.ADDRESSED)
    # No rule reads capitals: every German, French and Spanish pattern runs on lower case.
    for table in (_rules_de, _rules_fr, _rules_es):
        for rule in table.RULES:
            for pattern in (*rule.triggers, *rule.blocks, *rule.also):
                assert "(?-i:" not in pattern.pattern


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "whether" after a verb of asking is a question; as a condition it still blocks.
        (
            "Could you let me know whether a morning or afternoon interview slot suits you?",
            ["interview_request"],
        ),
        ("Whether we invite you to interview depends on the shortlist.", []),
        # "let's" proposes.
        ("So let's move you to the onsite - does next week work?", ["interview_request"]),
        # The answer promised to all candidates; an event's date alone is none.
        ("We'll let all candidates know by Friday the 6th.", ["timeline_stated"]),
        (
            "Shortlisting will take place on 10 March and all applicants will be notified by "
            "20 March.",
            ["timeline_stated"],
        ),
        ("The interviews will take place on 10 March.", []),
        # Her words reported back are no promise to her.
        ("You'd mentioned you expected to let candidates know within a week.", []),
        # Something else submitted.
        ("Thank you for submitting your manuscript to the journal.", []),
        ("Thank you for submitting your application to Finch.", ["application_received"]),
    ],
)
def test_questions_promises_and_other_submissions(body: str, expected: list[str]) -> None:
    assert kinds(body) == expected


def test_an_offer_of_something_else() -> None:
    mortgage = "Good news - your mortgage offer has been issued. Please find your offer attached."
    assert kinds(mortgage, "Your mortgage offer is ready") == []
    job = "Good news - we are delighted to offer you the Analyst role."
    assert kinds(job, "Your offer") == ["offer"]


@pytest.mark.parametrize(
    ("body", "kind", "fires"),
    [
        # A trial shift or a drop-in, proposed to her; a wish to pass a good weekend is none.
        (
            "Danke für Ihre Bewerbung! Hätten Sie Lust, zum Probearbeiten vorbeizukommen?",
            "interview_request",
            True,
        ),
        (
            "Pourriez-vous passer jeudi vers 15h pour qu'on discute un peu ?",
            "interview_request",
            True,
        ),
        ("Je vous souhaite de passer un bon week-end.", "interview_request", False),
        ("¿Podrías pasarte el viernes a las 12 para hacer una prueba?", "interview_request", True),
        # An offer attached; a shop's attached offer is no job offer.
        ("Hallo Lena, anbei wie besprochen unser Angebot für dich.", "offer", True),
        ("Anbei unser Angebot für Sie: 20 % Rabatt auf alles.", "offer", False),
        ("Lucía, te adjunto la carta oferta para el puesto.", "offer", True),
        # Not continued with her, in an inflected verb; someone else chosen.
        ("Nous ne donnerons pas suite à votre candidature pour ce poste.", "rejection", True),
        ("Nous avons choisi de poursuivre avec un profil plus expérimenté.", "rejection", True),
        ("Nous souhaitons poursuivre avec votre candidature.", "rejection", False),
        # Receipt of a "postulación".
        ("Confirmamos la recepción de su postulación a la vacante.", "application_received", True),
    ],
)
def test_other_languages_more_ways(body: str, kind: str, fires: bool) -> None:
    assert (kind in kinds(body, "Re: Bewerbung")) is fires
