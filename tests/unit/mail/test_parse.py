"""Parsing real-world mail: MIME shapes, encodings, charsets, broken messages."""

from __future__ import annotations

import base64
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.support.mailbuild import mail

from offerwatch.mail.htmltext import html_to_text
from offerwatch.mail.message import ParseError
from offerwatch.mail.parse import parse_message

MULTIPART = b"""From: =?utf-8?q?Ana_L=C3=B3pez?= <Ana@Acme.Example>
To: Sam <sam@example.net>, "Lee, Bo" <bo@example.net>
Cc: hr@acme.example
Subject: =?utf-8?b?TmV4dCBzdGVwcyDinJM=?= for the =?iso-8859-1?q?r=F4le?=
Date: Tue, 3 Mar 2026 16:05:00 +0100
Message-ID: <abc@acme.example>
In-Reply-To: <thanks-1@example.net>
References: <first@example.net>
 <thanks-1@example.net>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="MIX"

--MIX
Content-Type: multipart/alternative; boundary="ALT"

--ALT
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Hi Sam, we=E2=80=99d like to invite you to a final interview. Could you share =
your availability?

--ALT
Content-Type: text/html; charset="utf-8"

<p>HTML version that must not win</p>
--ALT--

--MIX
Content-Type: application/pdf; name="schedule.pdf"
Content-Disposition: attachment; filename="schedule.pdf"
Content-Transfer-Encoding: base64

JVBERi0xLjQKJcfsj6IK
--MIX--
"""


def test_multipart_prefers_plain_text_and_decodes_headers() -> None:
    msg = parse_message(MULTIPART)
    assert msg.subject == "Next steps ✓ for the rôle"
    assert msg.from_addr == "ana@acme.example"
    assert msg.from_name == "Ana López"
    assert msg.to_addrs == ("sam@example.net", "bo@example.net")
    assert msg.cc_addrs == ("hr@acme.example",)
    assert msg.message_id == "<abc@acme.example>"
    assert msg.in_reply_to == "<thanks-1@example.net>"
    assert msg.references == ("<first@example.net>", "<thanks-1@example.net>")
    assert msg.thread_ids == ("<thanks-1@example.net>", "<first@example.net>")
    assert msg.date == datetime(2026, 3, 3, 15, 5, tzinfo=UTC)
    assert "we’d like to invite you to a final interview. Could you share your" in msg.body
    assert "HTML version" not in msg.body
    assert "JVBER" not in msg.body


def test_html_only_becomes_text_without_scripts_or_styles() -> None:
    html = (
        "<html><head><style>p {color: red}</style><title>t</title></head><body>"
        "<script>alert('x')</script><p>Dear Sam,</p><p>We are delighted&nbsp;to offer you "
        "the <b>Data&nbsp;Engineer</b> role &amp; a start in April.</p>"
        "<ul><li>Salary: 70k</li><li>Remote</li></ul><img src='https://tracker.example/p.png'>"
        "</body></html>"
    )
    data = mail("Offer", html, html=True)
    data = data.replace(b"<html><body><p>", b"").replace(b"</p></body></html>", b"")
    msg = parse_message(data)
    assert "We are delighted to offer you the Data Engineer role & a start in April." in msg.body
    assert "- Salary: 70k" in msg.body.splitlines()
    assert "alert" not in msg.body and "color" not in msg.body and "tracker" not in msg.body


@pytest.mark.parametrize("cte", ["base64", "quoted-printable", "8bit"])
def test_transfer_encodings_are_decoded(cte: str) -> None:
    text = "Grüße! We’ll get back to you within a week.\n" + "long line " * 40
    msg = parse_message(mail("Update", text, cte=cte))
    assert msg.body.startswith("Grüße! We’ll get back to you within a week.")
    assert msg.body.count("long line") == 40


def test_wrong_declared_charset_falls_back() -> None:
    raw = (
        b"From: a@acme.example\nSubject: Caf\xe9\nDate: Wed, 04 Mar 2026 10:00:00 +0000\n"
        b"Content-Type: text/plain; charset=utf-8\n\nWe\x92ll call you \x96 soon. Caf\xe9\n"
    )
    msg = parse_message(raw)
    assert msg.body.strip() == "We’ll call you – soon. Café"
    assert msg.subject == "Café"


def test_unknown_charset_and_raw_utf8_headers() -> None:
    raw = (
        "From: Zoë <zoe@acme.example>\nSubject: Entretien confirmé\n"
        "Date: Wed, 04 Mar 2026 10:00:00 +0000\nContent-Type: text/plain; charset=x-nonsense\n\n"
        "Votre entretien est confirmé.\n"
    ).encode()
    msg = parse_message(raw)
    assert msg.subject == "Entretien confirmé"
    assert msg.from_name == "Zoë"
    assert msg.body.strip() == "Votre entretien est confirmé."


def test_base64_with_garbage_is_tolerated() -> None:
    good = base64.b64encode(b"Thank you for applying to Acme.").decode()
    raw = (
        "From: a@acme.example\nDate: Wed, 04 Mar 2026 10:00:00 +0000\n"
        f"Content-Transfer-Encoding: base64\n\n{good}!!%%\n"
    ).encode()
    assert parse_message(raw).body.startswith("Thank you for applying to Acme.")


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"", "empty message"),
        (b"\x00\x01 just some binary\n\nbytes", "not a mail message"),
        (
            b"From: a@b.example\nDate: Wed, 04 Mar 2026 10:00:00 +0000\n"
            b"Content-Type: multipart/mixed\n\n--x\nContent-Type: text/plain\n\nhello\n--x--\n",
            "broken MIME",
        ),
        (
            b"From: a@b.example\nDate: Wed, 04 Mar 2026 10:00:00 +0000\n"
            b'Content-Type: multipart/mixed; boundary="nowhere"\n\nplain text, no parts\n',
            "broken MIME",
        ),
        (b"From: a@b.example\nSubject: no date\n\nbody\n", "no usable Date"),
    ],
)
def test_broken_messages_raise_a_clear_parse_error(raw: bytes, reason: str) -> None:
    with pytest.raises(ParseError, match=reason):
        parse_message(raw)


def test_dates_fall_back_and_are_always_aware() -> None:
    fallback = datetime(2026, 2, 1, 9, 0, tzinfo=UTC)
    no_date = b"From: a@b.example\nSubject: hi\n\nbody\n"
    assert parse_message(no_date, fallback).date == fallback
    received = b"Received: from mx by mx.example; Mon, 2 Mar 2026 08:00:00 +0200\n" + no_date
    assert parse_message(received).date == datetime(2026, 3, 2, 6, 0, tzinfo=UTC)
    naive = b"From: a@b.example\nDate: Mon, 2 Mar 2026 08:00:00 -0000\n\nbody\n"
    assert parse_message(naive).date.tzinfo is not None


def test_bulk_headers_and_missing_message_id() -> None:
    msg = parse_message(mail("News", "hello", msgid="", headers={"List-Id": "<n.example>"}))
    assert msg.bulk and msg.message_id is None
    assert not parse_message(mail("Hi", "hello")).bulk


def test_html_to_text_keeps_block_structure() -> None:
    text = html_to_text("<div>One</div><div>Two<br>Three</div><table><tr><td>a</td></tr></table>")
    assert text.splitlines() == ["One", "Two", "Three", "", "a"] or text.split() == [
        "One", "Two", "Three", "a"
    ]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=600))
def test_any_bytes_give_a_message_or_a_parse_error(data: bytes) -> None:
    try:
        msg = parse_message(data, datetime(2026, 1, 1, tzinfo=UTC))
    except ParseError:
        return
    assert msg.date.tzinfo is not None
    assert isinstance(msg.body, str) and isinstance(msg.subject, str)
