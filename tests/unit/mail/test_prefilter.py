"""The pre-filter never drops mail that import would act on (file, or send to review)."""

from __future__ import annotations

import csv
import random
import re
from email.message import EmailMessage
from email.utils import parseaddr
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.support.mailbuild import mail

from offerwatch.core.intake import relevance_text, take_batch
from offerwatch.core.intake_relevance import relevant, search_names
from offerwatch.core.intake_values import Known, Parsed
from offerwatch.core.mail_match import AppRef, MatchContext
from offerwatch.mail import synth
from offerwatch.mail.invitations import invitations_in
from offerwatch.mail.message import ParseError
from offerwatch.mail.parse import parse_message
from offerwatch.mail.prefilter import KnownMail, recheck, screen

ROOT = Path(__file__).resolve().parents[3]
CORPUS = ROOT / "tests" / "data" / "mail-corpus"
# The shared data sit beside the main checkout (/work/shared), also seen from a worktree.
REAL_MAIL = next(
    (
        p / "shared" / "eval" / "real-application-mail.csv"
        for p in (ROOT.parent, ROOT.parent.parent)
        if (p / "shared" / "eval" / "real-application-mail.csv").exists()
    ),
    ROOT.parent / "shared" / "eval" / "real-application-mail.csv",
)


def acted_on(data: bytes, ctx: MatchContext | None = None) -> bool:
    """Whether import would file `data` (matched or to review) when nothing about its
    sender, thread or domain is known; `ctx` may hold the user's applications (their company
    names and role titles count for the relevance test)."""
    try:
        msg = parse_message(data)
    except ParseError:
        return False
    msg = msg.without_nul() if msg.has_nul else msg  # as the reader hands it to intake
    parsed = Parsed(msg, msg.message_id or "<x@y>", "test", invitations=invitations_in(data))
    return bool(take_batch([parsed], Known(ctx=ctx or MatchContext())).filed)


def assert_never_dropped(messages: list[bytes]) -> int:
    """Every message import acts on passes the screen; returns how many did."""
    known = KnownMail()
    found = 0
    for data in messages:
        if acted_on(data):
            found += 1
            verdict = screen(data, known)
            assert verdict.passed, (verdict.reason, data[:400])
    return found


def test_corpus_job_mail_always_passes() -> None:
    files = sorted(CORPUS.glob("*.eml"))
    if not files:
        pytest.fail(f"the labelled corpus is missing: {CORPUS}")
    assert assert_never_dropped([f.read_bytes() for f in files]) > len(files) // 2


def test_generated_job_mail_always_passes_and_most_other_mail_is_dropped() -> None:
    messages = [data for _, data in synth.mailbox(3000, job_share=0.1, seed=11)]
    assert assert_never_dropped(messages) > 100
    known = KnownMail()
    everyday = [d for is_job, d in synth.mailbox(2000, job_share=0.0, seed=12) if not is_job]
    passed = sum(screen(d, known).passed for d in everyday)
    assert passed < len(everyday) * 0.3


def _shapes(subject: str, sender: str, body: str, when: str) -> list[bytes]:
    """The same real message as quoted-printable plain text and as base64 HTML-only."""
    out = []
    for shape in ("qp", "html"):
        msg = EmailMessage()
        msg["From"] = sender
        msg["To"] = "me@example.net"
        msg["Subject"] = subject
        msg["Date"] = when
        if shape == "html":
            paragraphs = "".join(f"<p>{line}</p>" for line in body.splitlines() if line.strip())
            msg.set_content(f"<html><body>{paragraphs}</body></html>", subtype="html",
                            cte="base64")  # fmt: skip
        else:
            cte = {"plain": "8bit", "qp": "quoted-printable", "b64": "base64"}[shape]
            msg.set_content(body, cte=cte)
        out.append(msg.as_bytes())
    return out


def test_real_application_mail_always_passes() -> None:
    """The 497 real messages of ../shared/eval (read at run time, never copied)."""
    if not REAL_MAIL.exists():
        pytest.skip(f"the evaluation mail is not on this machine: {REAL_MAIL}")
    messages: list[bytes] = []
    with REAL_MAIL.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            name, address = parseaddr(row["sender"].replace("\n", " "))
            name = re.sub(r"[^\w .-]", "", name)
            sender = f"{name} <{address if '@' in address else 'x@example.com'}>"
            messages += _shapes(row["subject"].replace("\n", " "), sender, row["email_body"],
                                "Wed, 04 Mar 2026 10:00:00 +0000")  # fmt: skip
    assert assert_never_dropped(messages) > 500


SENTENCES = [
    "We have received your application for the Analyst role.",
    "Could we schedule a call next Tuesday?",
    "What is your notice period?",
    "Please send us two references.",
    "We are now contacting your referees.",
    "What are your salary expectations?",
    "We will get back to you within a week.",
    "We are delighted to offer you the position!",
    "Unfortunately we will not be moving forward with your application.",
    "The kids loved the lake.",
    "Your parcel ships on Friday.",
    "Our weekly update: 10 new recipes.",
]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=4),
    st.sampled_from(["8bit", "quoted-printable", "base64"]),
    st.booleans(),
)
def test_any_mix_of_sentences_and_encodings(picked: list[str], cte: str, html: bool) -> None:
    data = mail("Hello", " ".join(picked), cte=cte, html=html)
    if acted_on(data):
        assert screen(data, KnownMail()).passed


@pytest.mark.parametrize(
    ("known", "data", "reason"),
    [
        (KnownMail(message_ids={"<t@x>"}), mail("Re: lunch", "ok", in_reply_to="<t@x>"),
         "thread"),
        (KnownMail(addresses={"ana@acme.example"}), mail("lunch", "ok"), "person"),
        (KnownMail(addresses={"sam@example.net"}), mail("lunch", "ok"), "person"),
        (KnownMail(domains={"acme.example"}), mail("lunch", "ok", sender="x@jobs.acme.example"),
         "company domain"),
        (KnownMail(), mail("lunch", "ok", sender="x@greenhouse.io"), "applicant tracking"),
    ],
)  # fmt: skip
def test_known_threads_people_and_domains_always_pass(
    known: KnownMail, data: bytes, reason: str
) -> None:
    verdict = screen(data, known)
    assert verdict.passed and verdict.reason == reason


def test_everyday_mail_is_dropped() -> None:
    rng = random.Random(3)
    known = KnownMail()
    for maker in synth.KINDS:
        msg = maker(rng, 1, synth.datetime(2026, 3, 4, tzinfo=synth.UTC))
        if maker is not synth.newsletter:
            assert not screen(msg.as_bytes(), known).passed, maker.__name__


def test_unscannable_text_goes_to_the_full_parse() -> None:
    data = mail("x", "Wir laden Sie ein.", charset="utf-16")
    assert screen(data, KnownMail()).passed


CORPUS2 = ROOT / "tests" / "data" / "mail-corpus-2"


def test_screened_out_mail_is_never_acted_on() -> None:
    """The invariant, on both dev corpora (every file, all languages) and generated mail
    with 10% job mail: screen() False implies intake files nothing (with no thread, person
    or domain known)."""
    files = sorted(CORPUS.glob("*.eml")) + sorted(CORPUS2.glob("*.eml"))
    assert len(files) > 400
    messages = [f.read_bytes() for f in files]
    messages += [data for _, data in synth.mailbox(1500, job_share=0.1, seed=21)]
    known = KnownMail()
    acted = 0
    for data in messages:
        if acted_on(data):
            acted += 1
            verdict = screen(data, known)
            assert verdict.passed, (verdict.reason, data[:400])
    assert acted > 300


@pytest.mark.parametrize(
    "body",
    [
        "Gentile Ana, la invitiamo a un colloquio per la posizione di analista.",
        "Beste Ana, bedankt voor je sollicitatie voor de functie van analist bij ons.",
        "Olá Ana, obrigado pela sua candidatura para a vaga de analista.",
    ],
)
def test_job_mail_in_languages_the_rules_do_not_read_passes(body: str) -> None:
    data = mail("Ciao", body + " " + body)
    assert acted_on(data)
    assert screen(data, KnownMail()).passed


def test_a_date_phrase_with_no_job_word_is_screened_out_and_not_acted_on() -> None:
    data = mail("Order 12 confirmed", "One item is delayed; we will let you know within 3 days.")
    assert not acted_on(data)
    assert not screen(data, KnownMail()).passed
    with_role = mail("Order 12", "About the role you applied for: we will let you know within 3 "
                     "days.")  # fmt: skip
    assert screen(with_role, KnownMail()).passed


def test_a_domain_that_spells_a_company_passes() -> None:
    data = mail("lunch", "ok", sender="x@acme-corp.com")
    assert screen(data, KnownMail(companies={"Acme Corp"})).passed
    assert not screen(data, KnownMail()).passed


def test_screened_out_everyday_mail_is_never_acted_on() -> None:
    """The invariant on both everyday generators (gen_everyday_mailbox.py: 2% and all job
    mail, the worst case; everyday_mail.py: 2% and all job mail), written to defeat a word
    screen, calendar invitations read as import reads them."""
    from tests.support.detect_inputs import generated_mail

    known = KnownMail()
    acted = dropped = 0
    for _, data in generated_mail(200, seed=31):
        verdict = screen(data, known)
        dropped += not verdict.passed
        if acted_on(data):
            acted += 1
            assert verdict.passed, (verdict.reason, data[:400])
    # Enough job mail to mean something: about 93 without ../shared/eval, 100+ with it.
    assert acted > 60 and dropped > 10


def _everything() -> list[bytes]:
    """Every message of both dev corpora, the intake scenario, the spent held-out sets, both
    everyday generators and generated mail: what the screen and intake must agree on."""
    from tests.support.detect_inputs import corpus_mail, generated_mail

    messages = [data for _, data in corpus_mail()]
    for held in ("heldout-2026-11-29", "heldout-2026-11-30", "heldout-r3"):
        messages += [
            p.read_bytes() for p in sorted((ROOT / "tests" / "data" / held).rglob("*.eml"))
        ]
    messages += [data for _, data in generated_mail(150, seed=41)]
    return messages


def test_the_screen_reads_the_relevance_test_as_intake_does() -> None:
    """Raw bytes in any MIME shape or charset: whenever intake's relevance test keeps the
    parsed message, the screen's run over the raw text keeps it too."""
    known = KnownMail()
    kept = 0
    for data in _everything():
        try:
            msg = parse_message(data)
        except ParseError:
            continue
        if relevant(relevance_text(msg)):
            kept += 1
            verdict = screen(data, known)
            assert verdict.reason != "not job mail (relevance test)", data[:400]
    assert kept > 1000


ACME = MatchContext(apps={1: AppRef(1, 10, "Kestrel Energy Ltd", True, role="Data Engineer")})


@pytest.mark.parametrize("cte", ["8bit", "quoted-printable", "base64"])
def test_a_company_or_role_of_the_user_counts_as_job_context(cte: str) -> None:
    for text in (
        "Kestrel Energy: we will get back to you by Friday.",
        "About the data engineer opening: we will get back to you by Friday.",
    ):
        data = mail("Hello", text, sender="sam@stranger.example", cte=cte, html=cte == "base64")
        assert acted_on(data, ACME) and not acted_on(data)
        assert screen(data, KnownMail(names=search_names(ACME))).passed
        assert not screen(data, KnownMail()).passed


def test_a_strangers_everyday_mail_is_not_acted_on_even_with_a_signal() -> None:
    """A timeline, a proposed call or a sum of money from a stranger, with at most one
    everyday job word, is no job mail: no review item, and screened out."""
    for subject, body in (
        ("Your sofa", "We will let you know within 3 days when the sofa ships."),
        ("Board", "About the role of the board: we will get back to you by Friday."),
        ("Quarterly", "Could we schedule a call next Tuesday to go over the numbers?"),
    ):
        data = mail(subject, body, sender="shop@store.example")
        assert not acted_on(data)
        assert not screen(data, KnownMail()).passed
    job = mail("Hello", "About the role you applied for: we will get back to you by Friday.",
               sender="shop@store.example")  # fmt: skip
    assert acted_on(job) and screen(job, KnownMail()).passed


def test_a_nul_byte_inside_a_word_is_read_as_intake_reads_it() -> None:
    data = mail("Hello", "Your inter\x00view is on Friday at 10:00. Can you make it?",
                sender="sam@stranger.example")  # fmt: skip
    assert acted_on(data) and screen(data, KnownMail()).passed


def _calendar_mail(summary: str, *, method: str = "REQUEST", sequence: int = 0,
                   as_file: bool = False, uid: str = "evt-1@cal.example") -> bytes:  # fmt: skip
    """A stranger's message whose only words are in its calendar part (folded, base64)."""
    title = f"SUMMARY:{summary}"
    folded = "\r\n ".join(title[i : i + 40] for i in range(0, len(title), 40))
    ics = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:" + method + "\r\nBEGIN:VEVENT\r\n"
        f"UID:{uid}\r\nSEQUENCE:{sequence}\r\nDTSTART:20261113T100000Z\r\n"
        f"DTEND:20261113T110000Z\r\n{folded}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    msg = EmailMessage()
    msg["From"], msg["To"] = "Cal <noreply@cal.example>", "me@example.net"
    msg["Subject"], msg["Date"] = "Event", "Wed, 04 Mar 2026 10:00:00 +0000"
    msg["Message-ID"] = f"<{uid}.{method}.{sequence}.{as_file}@cal.example>"
    msg.set_content("See the attached event.")
    if as_file:
        msg.add_attachment(ics.encode(), maintype="application", subtype="octet-stream",
                           filename="invite.ics")  # fmt: skip
    else:
        msg.add_alternative(ics.encode(), maintype="text", subtype="calendar", cte="base64")
    return msg.as_bytes()


@pytest.mark.parametrize("as_file", [False, True])
def test_calendar_mail_passes_when_intake_could_act_on_it(as_file: bool) -> None:
    """A stranger's team meeting is screened out; an event titled as an interview (words
    only in the folded, encoded calendar part), an update, a cancellation, or an event on
    file pass, as intake acts on them."""
    meeting = _calendar_mail("Quarterly planning with the platform team", as_file=as_file)
    assert not acted_on(meeting) and not screen(meeting, KnownMail()).passed
    interview = _calendar_mail("Second interview with Brightpath", as_file=as_file)
    assert acted_on(interview) and screen(interview, KnownMail()).passed
    for update in (
        _calendar_mail("Quarterly planning", method="CANCEL", as_file=as_file),
        _calendar_mail("Quarterly planning", sequence=2, as_file=as_file),
    ):
        assert screen(update, KnownMail()).passed
    on_file = KnownMail(uids={"evt-1@cal.example"})
    assert screen(meeting, on_file).passed
    learned = screen(meeting, KnownMail())  # screened before the event was learned
    assert recheck(learned, on_file).passed and not recheck(learned, KnownMail()).passed


def test_the_screen_reads_sender_recipients_and_list_mail_as_the_parse_does() -> None:
    data = mail(
        "Comment on the doc", "Looks good.",
        sender='"ana@x.org via Docs" <comments-noreply@docs.example>',
        to='Sam <sam@own.example>, "Lee, Kim" <kim@own.example>',
        headers={"List-Id": "<team.lists.example>"},
    )  # fmt: skip
    verdict = screen(data, KnownMail())
    parsed = parse_message(data)
    assert verdict.sender == parsed.from_addr == "comments-noreply@docs.example"
    assert verdict.recipients == parsed.recipients == ("sam@own.example", "kim@own.example")
    assert verdict.bulk and parsed.bulk
    assert not screen(mail("Hi", "Hello."), KnownMail()).bulk


def test_worker_copies_know_the_calendar_events_on_file() -> None:
    # A stranger's booking screened in a worker must not pass later as "an event learned
    # since" only because the worker's copy lacked the events already on file.
    booking = mail("Your dental appointment", "See you then.", sender="desk@dentist.example",
                   headers={"Content-Type": "text/calendar; method=REQUEST"})  # fmt: skip
    known = KnownMail(uids={"event-1@acme.example"})
    in_worker = screen(booking, known.copy())
    assert not in_worker.passed
    assert not recheck(in_worker, known).passed
