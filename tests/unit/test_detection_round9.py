"""detect() round 9 (issue 9): the reader in another role (a parent, a patient, a customer, a
member, a tenant) yields no job signal even in job context; referees named and their verdict;
pay asked as what she is on; the post given in so many words; the reader as interviewer; in
German, French and Spanish compounds of the application and meeting words, the formal
enclitic ("citarla"), "nicht weiter berücksichtigen", maintenance that is no interview. Each
case has a twin, so a rule that fires on everything or on nothing fails here."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from offerwatch.core.detection import detect

MON = datetime(2026, 6, 1, 10, 0, tzinfo=UTC)  # a Monday


def kinds(body: str, subject: str = "Hello", *, context: bool = True) -> list[str]:
    return [d.kind for d in detect(subject, body, MON, job_context=context)]


@pytest.mark.parametrize(
    ("body", "subject", "expected"),
    [
        # A parent, a patient, a customer: no step of hers, even when import files it as job mail.
        (
            "Dear Parents,\n\nPlease book your preferred slot for the Year 5 consultations by "
            "Thursday. We'll confirm your time within two days.",
            "Consultations",
            [],
        ),
        (
            "Dear Sam,\n\nPlease book your preferred slot for the second interview for the Data "
            "Analyst role by Thursday. We'll confirm your time within two days.",
            "Interview",
            ["interview_request", "timeline_stated"],
        ),
        (
            "Hi Sam, your dog's bloods are back. Could you call to book a follow-up next week?",
            "Results",
            [],
        ),
        (
            "Hemos recibido su solicitud para el piso de la calle Sol. Le responderemos en una "
            "semana.",
            "Piso",
            [],
        ),
        (
            "Hemos recibido su candidatura para el puesto de analista. Le responderemos en una "
            "semana.",
            "Candidatura",
            ["application_received", "timeline_stated"],
        ),
        (
            "Liebe Eltern, wir möchten Sie herzlich zum Gespräch am Dienstag einladen. Passt "
            "Ihnen 16 Uhr?",
            "Elternsprechtag",
            [],
        ),
        (
            "Sehr geehrte Frau Okafor, wir möchten Sie herzlich zum Gespräch am Dienstag "
            "einladen. Passt Ihnen 16 Uhr?",
            "Ihre Bewerbung",
            ["interview_request"],
        ),
        # A new starter's induction is no gym's: the notice asked names her candidacy.
        (
            "Could you let me know what notice you are required to give your current employer, "
            "so that we can plan the team's induction?",
            "Re: Insight Analyst application",
            ["notice_period_asked"],
        ),
        (
            "Thank you for applying to volunteer with us! We'd love to invite you to an informal "
            "induction session on Saturday at 10am.",
            "Your volunteer application",
            [],
        ),
        # Maintenance, not an interview; an interview named by its date still is one.
        ("Bonjour, on se voit samedi pour l'entretien de la haie ?", "Samedi", []),
        (
            "Bonjour, pouvez-vous confirmer l'entretien du 12 juin pour le poste de chef de "
            "projet ?",
            "Entretien du 12 juin",
            ["interview_request"],
        ),
    ],
)
def test_reader_in_another_role(body: str, subject: str, expected: list[str]) -> None:
    assert kinds(body, subject) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "I spoke with Tariq and Jen this morning - both great conversations.",
            ["references_contacted"],
        ),
        ("I spoke with Tariq and Jen this morning about the roadmap.", []),
        (
            "I caught up with your old boss at Pennant yesterday and it went well.",
            ["references_contacted"],
        ),
        ("I caught up with your recruiter yesterday and it went well.", []),
        ("We've now had both of your references back.", ["references_contacted"]),
        ("We've now had your signed contract back.", []),
        (
            "Elif from Tarn rang me today about you - said only good things.",
            ["references_contacted"],
        ),
        ("Elif from Tarn rang me today about the invoice.", []),
        (
            "I spoke to Rosa and Ben yesterday evening. Both had great things to say about "
            "your time at Cardew.",
            ["references_contacted"],
        ),
        ("I spoke to Rosa and Ben yesterday evening. Both interviewers are free on Monday.", []),
    ],
)
def test_referees_named(body: str, expected: list[str]) -> None:
    assert kinds(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Before I put you forward, what are you currently on, base plus bonus?",
            ["salary_discussed"],
        ),
        ("What are you currently on for your mobile plan?", []),
        ("Roughly what are you looking for package-wise?", ["salary_discussed"]),
        ("Roughly what are you looking for location-wise?", []),
        ("Great news - the job's yours if you want it!", ["offer"]),
        ("We are pleased to make you a provisional offer of appointment.", ["offer"]),
        ("We are pleased to make you a provisional booking for the venue.", []),
        (
            "Could you send me the numbers of two people who could vouch for you?",
            ["references_requested"],
        ),
        ("People who could vouch for the venue are welcome to write in.", []),
        ("The role is yours to shape from day one.", []),
        ("Could you sit in on the technical interview with me on Thursday at 10?", []),
        (
            "Could you come in for a technical interview with me on Thursday at 10?",
            ["interview_request"],
        ),
        ("Reminder: the scorecard for your interview with Priya is due today.", []),
        ("When would you be free to join them, realistically?", ["notice_period_asked"]),
        ("Team wants you back for round 2 - Thursday at 11am ok?", ["interview_request"]),
        ("They liked your CV and want a 30 min chat with the GM.", ["interview_request"]),
        ("They liked your CV and want a copy of your portfolio.", []),
        ("When would you realistically be able to start?", ["notice_period_asked"]),
        ("When would you realistically be able to send the portfolio?", []),
    ],
)
def test_english_mechanisms(body: str, expected: list[str]) -> None:
    assert kinds(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Ihre Bewerbungsunterlagen sind vollständig bei uns eingegangen.",
            ["application_received"],
        ),
        ("Ihre Bewerbungsunterlagen sind noch nicht bei uns eingegangen.", []),
        (
            "Gerne möchten wir Sie zu einem Vorstellungstermin am Dienstag um 10 Uhr einladen.",
            ["interview_request"],
        ),
        ("Vielen Dank für den Vorstellungstermin am Dienstag.", []),
        (
            "Leider haben wir entschieden, Ihre Bewerbung nicht weiter zu berücksichtigen.",
            ["rejection"],
        ),
        ("Wir werden Ihre Bewerbung bei der Auswahl berücksichtigen.", []),
        (
            "Estimada Sra. Okafor: nos complace citarla para una entrevista el martes a las 10:00.",
            ["interview_request"],
        ),
        ("Estimada Sra. Okafor: la entrevista del martes fue muy interesante.", []),
        (
            "Salut Sam, merci pour ta candidature ! Tu peux réserver un créneau avec moi ici.",
            ["interview_request"],
        ),
        (
            "Madame, vous êtes conviée à un entretien le mardi 7 avril à 9h30.",
            ["interview_request"],
        ),
        ("Madame, vous êtes conviée au pot de départ de Julie mardi.", []),
        # The reader conducts the interview with the writer.
        ("Salut Sam, tu peux faire le deuxième entretien avec moi jeudi ?", []),
        (
            "Madame, votre candidature a été retenue et nous vous proposons une prise de poste "
            "le 4 janvier.",
            ["offer"],
        ),
    ],
)
def test_german_french_spanish(body: str, expected: list[str]) -> None:
    assert kinds(body, "Hallo") == expected


def test_french_fortnight_and_the_act_of_writing() -> None:
    fortnight = detect(
        "Candidature", "Nous reviendrons vers vous sous quinze jours.", MON, job_context=True
    )
    assert [(d.kind, str(d.expected_by)) for d in fortnight] == [("timeline_stated", "2026-06-15")]
    writing = "Je me permets de revenir vers vous : mon client souhaiterait vous rencontrer lundi."
    assert "timeline_stated" not in kinds(writing, "Poste de DAF")
    promise = "Je reviens vers vous lundi au plus tard."
    assert kinds(promise, "Suite de votre entretien") == ["timeline_stated"]


def test_end_of_month_in_french_and_spanish() -> None:
    fr = detect(
        "Candidature", "Nous reviendrons vers vous d'ici la fin du mois.", MON, job_context=True
    )
    es = detect(
        "Entrevista",
        "Muchas gracias por su entrevista de esta mañana. Le comunicaremos nuestra decisión antes "
        "de fin de mes.",
        MON,
        job_context=True,
    )
    assert [(d.kind, str(d.expected_by)) for d in fr] == [("timeline_stated", "2026-06-30")]
    assert [(d.kind, str(d.expected_by)) for d in es] == [("timeline_stated", "2026-06-30")]
