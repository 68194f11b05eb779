"""German, French and Spanish mail read by the grammar of address (Sie/du, vous/tu,
usted/tú) and by inflection, not by fixed phrases (issue 9, round 4): each label in both
forms of address, and the twins that must not fire (a meeting that took place, a dentist's
appointment out of job context, a fare, a shop's offer)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from offerwatch.core.detection import detect, language_of

TUE = datetime(2026, 3, 3, 10, 0, tzinfo=UTC)  # a Tuesday


def found(
    body: str, subject: str = "Re: Bewerbung", *, context: bool = True
) -> dict[str, date | None]:
    return {d.kind: d.expected_by for d in detect(subject, body, TUE, job_context=context)}


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        # German, Sie and du.
        (
            "Guten Tag, wir möchten Sie gerne zu einem Zweitgespräch am Freitag einladen.",
            "interview_request",
        ),
        (
            "Hallo Sam, hast du Lust auf einen kurzen Kennenlern-Call mit unserem Teamlead?",
            "interview_request",
        ),
        (
            "Sehr geehrte Frau Rivera, Ihre Unterlagen sind vollständig bei uns eingegangen.",
            "application_received",
        ),
        (
            "Hallo Sam, dein Lebenslauf ist gut bei uns angekommen, danke dir!",
            "application_received",
        ),
        (
            "Wir haben uns für eine andere Kandidatin entschieden, deren Profil besser passt.",
            "rejection",
        ),
        ("Leider ist die Stelle inzwischen anderweitig besetzt worden, sorry dir!", "rejection"),
        ("Wir würden dich sehr gerne ins Team holen und dir ein Angebot machen.", "offer"),
        # French, vous and tu.
        (
            "Madame, nous avons le plaisir de vous convier à un entretien mardi à 14h.",
            "interview_request",
        ),
        (
            "Salut Sam, tu serais dispo pour un premier échange en visio jeudi ?",
            "interview_request",
        ),
        ("Bien reçu ton CV, merci ! Je le transmets à l'équipe.", "application_received"),
        ("Nous avons finalement retenu un autre profil pour ce poste, merci à vous.", "rejection"),
        ("Le poste pour lequel vous avez postulé a été pourvu entre-temps.", "rejection"),
        ("Nous avons le plaisir de te faire une proposition pour rejoindre l'équipe !", "offer"),
        # Spanish, usted and tú.
        (
            "Estimada Sra. Rivera: nos gustaría invitarle a una entrevista con el equipo.",
            "interview_request",
        ),
        (
            "¡Hola Sam! ¿Te viene bien una llamada rápida el jueves por la tarde?",
            "interview_request",
        ),
        (
            "Le confirmamos la recepción de su currículum para el puesto de Analista.",
            "application_received",
        ),
        ("Al final hemos optado por otra persona con más experiencia en Spark.", "rejection"),
        ("Le comunicamos que la vacante de Analista ya ha sido cubierta.", "rejection"),
        (
            "¡Enhorabuena! Te queremos en el equipo y mañana te mando la oferta por escrito.",
            "offer",
        ),
    ],
)
def test_each_label_by_address(body: str, kind: str) -> None:
    assert kind in found(body)


@pytest.mark.parametrize(
    "body",
    [
        # The meeting that took place.
        "Vielen Dank für das angenehme Gespräch mit Ihnen gestern, wir haben uns sehr gefreut.",
        "Merci encore pour cet échange très agréable avec vous hier.",
        "Muchas gracias por la entrevista de esta mañana, nos gustó mucho conocerte.",
        # A job board's "vous" in an alert.
        "Découvrez les offres de la semaine. Se désabonner",
    ],
)
def test_no_meeting_proposed(body: str) -> None:
    assert "interview_request" not in found(body)


def test_everyday_mail_needs_a_job_word_out_of_context() -> None:
    dentist = (
        "Guten Tag, Ihr Zahnarzttermin am Donnerstag um 10 Uhr ist hiermit bestätigt. "
        "Hätten Sie Fragen?"
    )
    assert found(dentist, "Ihr Termin", context=False) == {}
    interview = "Guten Tag, Ihr Vorstellungsgespräch am Donnerstag um 10 Uhr ist hiermit bestätigt."
    assert "interview_request" in found(interview, "Ihr Termin", context=False)


@pytest.mark.parametrize(
    ("body", "pay"),
    [
        ("Wir möchten dir ein Angebot machen: 68.000 € brutto im Jahr, Start am 1. Mai.", True),
        ("Ihr persönliches Angebot für Sie: Sparpreis ab 17,99 €, nur bis Freitag.", False),
        ("Nous vous proposons le poste avec une rémunération de 62 000 € bruts par an.", True),
        ("Banque Lemaire SA, capital social de 45 000 000 EUR, RCS Paris.", False),
        ("Le ofrecemos el puesto con un salario bruto anual de 52.000 €.", True),
        ("Tienes un descuento de 20 € en tu próxima compra.", False),
    ],
)
def test_a_sum_is_pay_when_its_sentence_says_so(body: str, pay: bool) -> None:
    assert ("salary_discussed" in found(body)) is pay


@pytest.mark.parametrize(
    ("subject", "body", "expected_by"),
    [
        (
            "Ihre Bewerbung",
            "Wir geben Ihnen bis spätestens Ende nächster Woche Bescheid.",
            date(2026, 3, 13),
        ),
        (
            "Votre candidature",
            "Nous vous répondrons dans un délai de deux semaines.",
            date(2026, 3, 17),
        ),
        ("Votre candidature", "Je reviens vers vous au plus tard le 20 mars.", date(2026, 3, 20)),
        (
            "Tu candidatura",
            "Hola Sam, gracias por tu interés. Te contestaremos en un plazo de quince días.",
            date(2026, 3, 18),
        ),
        (
            "Tu candidatura",
            "Te daremos una respuesta antes del viernes 13 de marzo.",
            date(2026, 3, 13),
        ),
    ],
)
def test_timelines_read_in_their_language(subject: str, body: str, expected_by: date) -> None:
    assert found(body, subject).get("timeline_stated") == expected_by


def test_shared_function_words_count_less() -> None:
    # "de", "la", "le", "en", "se" are French and Spanish alike: the words only one of them
    # uses decide ("nous", "avons", "vous"; "hemos", "usted").
    french = "Nous avons le grand plaisir de te proposer le poste de Data Engineer, en CDI."
    assert language_of(french) == "fr"
    spanish = "Se te ha invitado al siguiente evento: entrevista técnica con el equipo."
    assert language_of(spanish, least=2) == "es"
    # Web addresses are no language ("meet.google.com" is not Portuguese "com").
    assert language_of("Unirse con Google Meet: https://meet.google.com/abc y de la com") != "pt"
