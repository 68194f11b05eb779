"""core.intake, pure: whose mail it is, what is learned, thank-you pairing, language routing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from offerwatch.core.detection import language_of
from offerwatch.core.entities import Stage, Status
from offerwatch.core.intake import OWNER_MIN_MESSAGES, looks_like_thanks, take_batch
from offerwatch.core.intake_language import unread_language
from offerwatch.core.intake_values import InterviewRef, Known, Parsed
from offerwatch.core.mail_domains import own_addresses
from offerwatch.core.mail_match import AppRef, MatchContext
from offerwatch.core.mail_message import MailMessage

D = datetime(2026, 11, 2, 9, tzinfo=UTC)
ME = "sam@own.example"
ANA = "ana@acme.example"
_ids = iter(range(1, 10_000))


def message(
    sender: str, to: str, *, hours: float = 0, subject: str = "Hello", body: str = "Hi.",
    reply_to: str | None = None,
) -> Parsed:  # fmt: skip
    mid = f"<m{next(_ids)}@test>"
    msg = MailMessage(
        message_id=mid, in_reply_to=reply_to, references=(reply_to,) if reply_to else (),
        from_addr=sender, from_name="", to_addrs=(to,), cc_addrs=(),
        date=D + timedelta(hours=hours), subject=subject, body=body,
    )  # fmt: skip
    return Parsed(msg, mid, f"box#{mid}")


def known(**people: int) -> Known:
    ctx = MatchContext(
        apps={1: AppRef(1, 10, "Acme", True), 2: AppRef(2, 20, "Globex", True)},
        people={address: {app} for address, app in people.items()},
    )
    return Known(ctx=ctx, status={1: Status.APPLIED, 2: Status.APPLIED})


def test_owner_is_the_address_nearly_every_message_goes_to() -> None:
    k = known(**{ANA: 1})
    batch = [message(f"r{i}@corp{i}.example", ME, body="Hi Sam.") for i in range(9)]
    batch.append(message(ME, ANA, subject="Re: next steps", body="Sounds good."))
    intake = take_batch(batch, k)
    assert intake.me_added == {ME}
    [mine] = [f for f in intake.filed if f.parsed.msg.from_addr == ME]
    assert mine.direction.value == "out" and mine.app_id == 1


def test_too_few_messages_infer_no_owner_and_a_known_recruiter_is_never_the_owner() -> None:
    few = [message(ANA, ME) for _ in range(OWNER_MIN_MESSAGES - 1)]
    assert take_batch(few, known()).me_added == set()
    # Sam forwards everything to Ana: Ana is in every message's recipients, yet on file.
    many = [message(f"x{i}@corp.example", ANA) for i in range(OWNER_MIN_MESSAGES + 2)]
    assert take_batch(many, known(**{ANA: 1})).me_added == set()


def test_domains_learned_only_from_strong_matches_and_never_free_own_or_referee() -> None:
    k = known(**{ANA: 1, "rec@gmail.com": 2, "ref@uni.example": 1})
    k.me = {ME}
    k.referee_domains = {"uni.example"}
    batch = [
        message(ANA, ME, body="What is your notice period?"),
        message("rec@gmail.com", ME, body="What is your notice period?"),
        message("ref@uni.example", ME, body="Happy to be your referee."),
        message(ME, ANA, body="A month."),
    ]
    intake = take_batch(batch, k)
    assert [(d.company_id, d.domain) for d in intake.domains] == [(10, "acme.example")]
    assert [f.app_id for f in intake.filed] == [1, 2, 1, 1]


def test_a_domain_another_company_s_people_write_from_is_not_learned() -> None:
    """Mail from Ana (Acme's recruiter on file) assigned by the user to Globex files there,
    but does not teach acme.example as Globex's: it would pull Acme's mail after it."""
    from offerwatch.core.intake import take_assigned

    k = known(**{ANA: 1})
    intake = take_assigned(message(ANA, ME, body="What is your notice period?"), 2, k, set())
    assert intake.domains == []
    assert 20 not in k.ctx.company_domains
    # A colleague of hers at the same organisation counts the same (mail.acme.example too).
    sub = message("bo@mail.acme.example", ME, body="What is your notice period?")
    assert take_assigned(sub, 2, k, set()).domains == []
    # Her own company still learns it.
    assert [d.domain for d in take_assigned(sub, 1, k, set()).domains] == ["acme.example"]


def test_an_undone_domain_is_not_learned_again() -> None:
    k = known(**{ANA: 1})
    k.undone = {(10, "acme.example")}
    intake = take_batch([message(ANA, ME, body="What is your notice period?")], k)
    assert intake.domains == []


def test_quick_reply_only_to_a_thank_you_after_an_interview() -> None:
    def run(interview_end: datetime | None, cancelled: bool = False) -> list[str]:
        k = known(**{ANA: 1})
        k.me = {ME}
        if interview_end is not None:
            ref = InterviewRef(
                5, Stage.INTERVIEW, interview_end - timedelta(hours=1), interview_end, cancelled
            )
            k.interviews = {1: [ref]}
        thanks = message(ME, ANA, hours=2, subject="Thank you", body="Thank you for today!")
        reply = message(ANA, ME, hours=4, subject="Re: Thank you", body="Lovely to meet you.",
                        reply_to=thanks.message_id)  # fmt: skip
        intake = take_batch([reply, thanks], k)  # the reply may be read first
        return [o.kind for o in intake.observations]

    assert run(D) == ["thank_you_quick_reply"]
    assert run(None) == []  # no interview yet
    assert run(D + timedelta(hours=3)) == []  # the interview came after the thank-you
    assert run(D, cancelled=True) == []  # a cancelled interview did not take place


def test_a_sign_off_is_not_a_thank_you() -> None:
    assert looks_like_thanks("Thank you", "Hi")
    assert looks_like_thanks("Re: hello", "Hi Ana,\n\nThank you so much for your time today.")
    assert not looks_like_thanks("References", "Hi Helen,\n\nCould you...?\n\nMany thanks,\nSam")
    assert not looks_like_thanks("Re: slots", "Tuesday works.\n\nThanks!\nSam")


def test_a_truncated_message_is_filed_with_a_warning_and_no_conclusion() -> None:
    k = known(**{ANA: 1})
    cut = message(ANA, ME, body="Unfortunately we have decided not to")
    cut = Parsed(cut.msg, cut.message_id, cut.where, truncated=True)
    intake = take_batch([cut], k)
    [filed] = intake.filed
    assert filed.app_id == 1 and filed.warning == "truncated: no conclusion drawn from it"
    assert intake.observations == [] and intake.statuses == []


def test_language_routing() -> None:
    german = (
        "Sehr geehrte Frau Okafor, vielen Dank für Ihre Bewerbung. Leider müssen wir Ihnen "
        "mitteilen, dass wir uns für eine andere Kandidatin entschieden haben. Mit "
        "freundlichen Grüßen"
    )
    french = (
        "Bonjour, nous vous remercions pour votre candidature. Nous avons le plaisir de vous "
        "inviter à un entretien avec notre équipe dans nos locaux. Cordialement"
    )
    english = "Thank you for your application. We would like to invite you to an interview."
    assert (language_of(german), language_of(french), language_of(english)) == ("de", "fr", "en")
    italian = (
        "Gentile candidata, la ringraziamo per la sua candidatura. Siamo lieti di invitarla a "
        "un colloquio con il nostro team nella nostra sede. Cordiali saluti"
    )
    assert unread_language("Ihre Bewerbung", german) is None  # the rules read German
    assert unread_language("Candidatura", italian) == "it"
    assert unread_language("Next steps", english) is None
    assert unread_language("", "Danke!") is None  # too little text to tell: read as English
    k = known(**{ANA: 1})
    intake = take_batch([message(ANA, ME, subject="Candidatura", body=italian)], k)
    [filed] = intake.filed
    assert (filed.review, filed.app_id, filed.language) == ("pending", None, "it")
    assert filed.candidates == (1,)


def test_own_addresses_setting_parsing() -> None:
    assert own_addresses(" A@x.org, b@y.co.uk;c@z.io  a@x.org") == [
        "a@x.org",
        "b@y.co.uk",
        "c@z.io",
    ]
    for bad in ("a@x.org, nonsense", "a@", "@x.org"):
        try:
            own_addresses(bad)
        except ValueError as exc:
            assert "not a mail address" in str(exc)
        else:
            raise AssertionError(bad)


def _invited(sender: str, subject: str, summary: str, body: str = "") -> Parsed:
    from offerwatch.core.intake_values import Invitation

    plain = message(sender, ME, subject=subject, body=body or "You have been invited.")
    event = Invitation(f"uid-{plain.message_id}", "REQUEST", D + timedelta(days=2),
                       D + timedelta(days=2, hours=1), summary, (sender, ME))  # fmt: skip
    return Parsed(plain.msg, plain.message_id, plain.where, invitations=(event,))


def test_an_everyday_invitation_from_a_stranger_is_not_an_interview_request() -> None:
    everyday = [
        _invited("lead@corp.example", "Invitation: Sprint planning", "Sprint planning"),
        _invited("dentist@smile.example", "Your appointment", "Check-up with Dr Olsen"),
        _invited("pta@school.example", "Invitation: Bake sale setup", "Bake sale"),
    ]
    job = [
        _invited("talent@globex.example", "Invitation: Interview with Globex", "Interview"),
        _invited(
            "jo@newco.example", "Invitation: Chat", "Intro call",
            body="Looking forward to talking about the Data Engineer role.",
        ),
    ]  # fmt: skip
    intake = take_batch([*everyday, *job], known())
    filed = {f.parsed.msg.from_addr: f for f in intake.filed}
    assert set(filed) == {"talent@globex.example", "jo@newco.example"}
    assert all("interview_request" in f.signals for f in filed.values())
    # From a sender import knows, any invitation counts (the context is the match).
    catch_up = _invited(ANA, "Invitation: Catch-up", "Catch-up")
    known_sender = take_batch([catch_up], known(**{ANA: 1}))
    [kept] = known_sender.filed
    assert kept.app_id == 1 and "interview_request" in kept.signals


GMAIL = "sam.lee@gmail.example"


def test_owner_with_two_addresses_neither_alone_nearly_everywhere() -> None:
    # Mail reaches Sam at two addresses, neither in 60% of the messages, and Sam writes
    # from both: together they are in every message, so both are Sam's.
    k = known()
    batch = [message(f"r{i}@corp{i}.example", ME) for i in range(7)]
    batch += [message(f"q{i}@firm{i}.example", GMAIL) for i in range(6)]
    batch += [message(ME, "r1@corp1.example"), message(GMAIL, "q2@firm2.example")]
    intake = take_batch(batch, k)
    assert intake.me_added == {ME, GMAIL}
    outgoing = {f.parsed.msg.from_addr for f in intake.filed if f.direction.value == "out"}
    assert outgoing <= {ME, GMAIL}


def test_a_frequent_correspondent_is_not_the_second_address() -> None:
    # Sam writes to Ana (not on file) in a third of the mail: Ana receives mail, but only
    # from Sam, so she is someone Sam writes to, not Sam.
    k = known()
    batch = [message(f"r{i}@corp{i}.example", ME) for i in range(10)]
    batch += [message(ME, ANA, hours=i) for i in range(6)]
    intake = take_batch(batch, k)
    assert intake.me_added == {ME}


def test_a_second_address_needs_its_own_share_of_the_mail() -> None:
    # Two stray messages to another address (a Bcc'd list copy) do not make it Sam's.
    k = known()
    batch = [message(f"r{i}@corp{i}.example", ME) for i in range(14)]
    batch += [message(f"n{i}@news{i}.example", "list@club.example") for i in range(2)]
    intake = take_batch(batch, k)
    assert intake.me_added == {ME}
