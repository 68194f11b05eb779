"""detect() on the styles real inboxes hold: shorthand, footers, forwards, auto-replies by
their headers, warm rejections, tables, other languages."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from offerwatch.core.detection import detect, language_of, message_language
from offerwatch.core.detection._normalise import normalise
from offerwatch.core.detection.evaluation import read_eml

WED = datetime(2026, 3, 4, 10, 0, tzinfo=UTC)  # a Wednesday


def kinds(body: str, subject: str = "Re: your application", **kw: object) -> list[str]:
    return [d.kind for d in detect(subject, body, WED, **kw)]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("can u send refs pls", "can you send references please"),
        ("We recieved ur CV", "We received your CV"),
        ("answer by weds, or EOW latest", "answer by wednesday, or end of the week latest"),
        ("sucessful interveiw", "successful interview"),
        # Endings are words, not typos; a capital U is not "you".
        (
            "Please note she decides; noticed in the U.K.",
            "Please note she decides; noticed in the U.K.",
        ),
    ],
)
def test_shorthand_and_typos_are_spelt_out(written: str, read: str) -> None:
    assert normalise(written) == read


def test_shorthand_reaches_the_labels() -> None:
    assert kinds("Hi Ana, can u send over 2 refs pls? Thx") == ["references_requested"]
    assert kinds("Thanks, recieved your CV - will read it tonight.") == ["application_received"]
    [found] = detect("Re: role", "MD is back today, will confirm by weds latest.", WED)
    # Said on a Wednesday, "by weds" is the next one.
    assert (found.kind, found.expected_by) == ("timeline_stated", date(2026, 3, 11))


def test_auto_reply_is_known_by_its_headers_not_its_words() -> None:
    body = "Thank you for your message. If this is about an interview, please call us."
    headers = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
    assert kinds(body, subject="Re: Interview", headers=headers) == []
    assert kinds(body, headers={"Precedence": "auto_reply"}) == []
    invite = "We'd like to invite you to interview on Friday at 10am."
    assert kinds(invite, headers={"Auto-Submitted": "no"}) == ["interview_request"]
    assert kinds(invite, headers=headers) == []
    # A person who mentions being away still writes a real message.
    human = (
        "Hi Ana, I'm out of the office today but wanted to get this to you: we'd like to "
        "invite you to a second interview with our CTO. Could you do Friday at 3pm?"
    )
    assert kinds(human) == ["interview_request"]
    signed = (
        "Dear Ana,\n\nI'm sorry to tell you that you have not been shortlisted on this "
        "occasion.\n\nBest wishes,\nJanet\nI work part-time and am out of the office on Fridays."
    )
    assert kinds(signed) == ["rejection"]
    robot = "I am out of the office until 16 March with limited access to email."
    assert kinds(robot) == []


def test_legal_footer_and_quoted_words_are_not_signals() -> None:
    body = (
        "Hi Ana,\n\nWe are seeing two more people tomorrow and will let you know by Friday.\n\n"
        "Greg\n\nThis email is confidential and may be privileged. Nothing in this email "
        "constitutes an offer of employment. If you received it in error please delete it."
    )
    assert kinds(body) == ["timeline_stated"]
    story = (
        'Last year I got the email: "Unfortunately, we have decided to move forward with '
        'other candidates."'
    )
    assert kinds(story, subject="Issue 42") == []


def test_forwarded_message_counts_when_the_sender_points_to_it() -> None:
    forwarded = (
        "Hi Ana, see below from the hiring manager - which slot suits you?\n\n"
        "---------- Forwarded message ---------\nFrom: Mark <mark@acme.example>\n"
        "Date: Wed, 4 Mar 2026\nSubject: next steps\n\n"
        "We'd like to invite Ana to a panel interview on Tuesday at 2pm or Thursday at 10am."
    )
    assert kinds(forwarded) == ["interview_request"]
    unrelated = forwarded.replace(
        "see below from the hiring manager - which slot suits you?", "Thanks."
    )
    assert "interview_request" not in kinds(unrelated)


@pytest.mark.parametrize(
    "sentence",
    [
        "The panel met yesterday; I am writing to let you know that we have made an appointment.",
        "We've gone with an internal candidate who has been covering the role.",
        "We are prioritising candidates with significant insurance experience for the next stage.",
        "The committee has selected a candidate whose experience closely matches our needs.",
        "They've offered the role to someone with more retail experience.",
        "The client has pulled the role after a restructure.",
        "Sadly they won't be taking your application further.",
    ],
)
def test_warm_and_indirect_rejections(sentence: str) -> None:
    assert kinds(f"Hi Ana,\n\nThank you for your time. {sentence}\n\nBest,\nSam") == ["rejection"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Thanks so much for coming in to meet the team on Wednesday.",
        "I'm happy to jump on a call and talk you through the feedback.",
        "The team's availability is patchy this month because of the conference.",
        "Final interviews wrap up next week for everyone on the shortlist.",
        "We never contact referees without your permission.",
    ],
)
def test_triggers_that_must_not_fire(sentence: str) -> None:
    assert kinds(f"Hi Ana,\n\n{sentence}\n\nBest,\nSam") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "They'd like to meet you - could you do Tuesday morning?",
        "Would love to set up a quick intro call. Are you free tomorrow?",
        "Would you be open to a call this week to discuss the role?",
        "Great, Thursday at 2pm is confirmed.",
        "Just confirming you're all set for 10am tomorrow - ask for Priya at reception.",
    ],
)
def test_interview_proposals_in_people_s_words(sentence: str) -> None:
    assert kinds(f"Hi Ana,\n\n{sentence}\n\nThanks,\nGemma") == ["interview_request"]


def test_status_table_of_an_ats_is_read() -> None:
    raw = (
        b"From: Careers <careers@myworkday.com>\nTo: ana@example.net\nSubject: Update\n"
        b"Date: Wed, 04 Mar 2026 10:00:00 +0000\nContent-Type: text/html; charset=utf-8\n\n"
        b"<table><tr><td>Requisition</td><td>R123 Data Engineer</td></tr>"
        b"<tr><td>Status</td><td>Not Selected</td></tr></table>"
    )
    mail = read_eml(raw)
    assert [d.kind for d in detect(mail.subject, mail.body, mail.sent)] == ["rejection"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Thank you for your application, we will be in touch with you about it soon.", "en"),
        ("Vielen Dank für Ihre Bewerbung, wir melden uns in den nächsten Tagen bei Ihnen.", "de"),
        ("Nous avons bien reçu votre candidature et nous reviendrons vers vous.", "fr"),
        (
            "Hemos recibido tu candidatura y nuestro equipo la está revisando con el responsable.",
            "es",
        ),
        (
            "Grazie per la sua candidatura, la abbiamo ricevuta e la valuteremo con attenzione.",
            "it",
        ),
        ("Bedankt voor je sollicitatie, we hebben die ontvangen en nemen contact met je op.", "nl"),
        (
            "Obrigado pela sua candidatura, a nossa equipa vai analisar o seu perfil com atenção.",
            "pt",
        ),
        ("Thanks!", None),
    ],
)
def test_language_of(text: str, code: str | None) -> None:
    assert language_of(text) == code


def test_message_language_reads_the_new_text_only() -> None:
    body = (
        "Danke, wir melden uns bei Ihnen in der nächsten Woche mit einer Antwort.\n\n"
        "On Tue, 3 Mar 2026, Ana wrote:\n> " + "Thank you for the interview, I loved it. " * 20
    )
    assert message_language("AW: Interview", body) == "de"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Liebe Frau Lopez, leider müssen wir Ihnen mitteilen, dass wir uns für eine andere "
            "Kandidatin entschieden haben.",
            [("rejection", None)],
        ),
        (
            "Bonjour Ana, merci pour l'entretien. Nous vous ferons un retour d'ici deux semaines.",
            [("timeline_stated", date(2026, 3, 18))],
        ),
        (
            "Hola Ana: nos gustaría invitarte a una entrevista con el equipo. ¿Tendrías "
            "disponibilidad el jueves?",
            [("interview_request", None)],
        ),
        (
            "Hola Ana: nos complace ofrecerte el puesto de Analista de Datos. Te responderemos "
            "a cualquier duda antes del viernes.",
            [("timeline_stated", date(2026, 3, 6)), ("offer", None)],
        ),
        (
            "Liebe Frau Lopez, wir melden uns bis Ende nächster Woche bei Ihnen mit einer "
            "Entscheidung.",
            [("timeline_stated", date(2026, 3, 13))],
        ),
    ],
)
def test_german_french_spanish(body: str, expected: list[tuple[str, date | None]]) -> None:
    found = detect("", body, WED, job_context=True)
    assert [(d.kind, d.expected_by) for d in found] == expected
