"""The screen's second stage reads a one-part message's body as the parse does, and drops
only mail that detect() reads nothing in."""

from __future__ import annotations

from email.message import EmailMessage

from tests.support.mailbuild import mail

from offerwatch.core.detection import detect_both
from offerwatch.mail.bulkscreen import detect_reads_nothing, one_part_body
from offerwatch.mail.message import ParseError
from offerwatch.mail.parse import parse_message
from offerwatch.mail.prefilter import SCREEN_HEADERS, KnownMail, screen
from offerwatch.mail.quickscan import headers, split_head


def _all_mail() -> list[bytes]:
    from tests.support.detect_inputs import corpus_mail, generated_mail

    return [data for _, data in corpus_mail()] + [data for _, data in generated_mail(150, seed=43)]


def _body(data: bytes) -> str | None:
    head, raw_body = split_head(data)
    return one_part_body(head, raw_body, headers(head, SCREEN_HEADERS))


def test_a_one_part_body_is_the_parsed_body() -> None:
    """On every corpus and generated message: when the stage reads a body, it is the one the
    parse reads (any MIME shape, charset and transfer encoding the inputs hold)."""
    compared = 0
    for data in _all_mail():
        body = _body(data)
        if body is None:
            continue
        try:
            msg = parse_message(data)
        except ParseError:
            continue
        assert body == msg.body, data[:300]
        compared += 1
    assert compared > 500


def test_what_the_stage_drops_detect_reads_nothing_in() -> None:
    dropped = 0
    for data in _all_mail():
        head, _ = split_head(data)
        fields = headers(head, SCREEN_HEADERS)
        try:
            msg = parse_message(data)
        except ParseError:
            continue
        if detect_reads_nothing(data, fields, msg.subject) is None:
            continue
        dropped += 1
        assert detect_both(msg.subject, msg.body, msg.date, headers=msg.headers) == ([], [])
    assert dropped > 20


def _newsletter(extra: str = "") -> bytes:
    msg = EmailMessage()
    msg["From"] = "Paperlane <news@paperlane.example>"
    msg["To"] = "me@home.example"
    msg["Subject"] = "Paperlane: what is new this month"
    msg["Date"] = "Wed, 04 Mar 2026 10:00:00 +0000"
    html = (
        "<html><head><style>p { margin: 0 }</style></head><body>"
        "<p>An interview with the founders, and an offer on the new role of the team.</p>"
        f"<p>{extra}</p><p>You are receiving this because you subscribed. "
        "<a href='https://paperlane.example/u'>Unsubscribe</a></p></body></html>"
    )
    msg.set_content(html, subtype="html", cte="quoted-printable")
    return msg.as_bytes()


def test_a_strangers_list_mail_with_job_words_is_screened_out() -> None:
    verdict = screen(_newsletter(), KnownMail())
    assert not verdict.passed
    assert verdict.reason.startswith("bulk mail")


def test_list_mail_that_speaks_of_the_readers_application_passes() -> None:
    data = _newsletter("We have received your application for the Data Engineer role.")
    assert screen(data, KnownMail()).passed


def test_an_automatic_reply_is_screened_out_only_by_what_detect_reads() -> None:
    data = mail("Out of office: re your application", "I am away until Monday.")
    verdict = screen(data, KnownMail())
    assert not verdict.passed and verdict.reason == "automatic reply"
    # A person who is away but writes about the interview is read by the full parse.
    human = mail("Your interview", "I'm out of the office today but wanted to invite you to "
                 "an interview next week.")  # fmt: skip
    assert screen(human, KnownMail()).passed


def test_messages_the_stage_cannot_read_exactly_go_to_the_full_parse() -> None:
    multipart = EmailMessage()
    multipart["Subject"] = "Weekly digest: interviews"
    multipart.set_content("Unsubscribe here. Our interview series.")
    multipart.add_alternative("<p>Unsubscribe</p>", subtype="html")
    assert _body(multipart.as_bytes()) is None
    two_subjects = b"Subject: Weekly digest\nSubject: Your interview\n\nUnsubscribe\n"
    head, _ = split_head(two_subjects)
    assert detect_reads_nothing(two_subjects, headers(head, SCREEN_HEADERS), "x") is None
    assert _body(mail("x", "a body with a NUL \x00 byte")) is None
