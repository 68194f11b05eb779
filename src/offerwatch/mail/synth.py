"""Generate realistic synthetic mailboxes (for the benchmark and the pre-filter tests).

Mostly everyday mail (newsletters, receipts, personal mail with attachments, HTML marketing),
with a share of job mail in every shape real mail takes: plain, HTML-only, quoted-printable,
base64, encoded-word subjects, Latin-1 text. Deterministic for a given seed.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Protocol

COMPANIES = ("Acme", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay", "Stark", "Wayne")
FIRST = ("Ana", "Bo", "Chen", "Dara", "Eli", "Farah", "Gus", "Hana", "Ivo", "Jun")
NEWSLETTER_TOPICS = (
    "Ten recipes for a rainy weekend", "Your weekly reading list", "Product update: dark mode",
    "The state of open source in 2026", "Garden tips for March", "Members-only sale ends soon",
)  # fmt: skip
JOB_LINES = (
    "Thank you for applying to the {role} position at {company}. We have received your "
    "application and our team is reviewing it.",
    "We would like to invite you to an interview for the {role} role. Could you share your "
    "availability for next week?",
    "Thanks for your time today. We will get back to you within a week with a decision.",
    "Before we move on, what is your notice period, and when could you start?",
    "Could you please send us the contact details of two references?",
    "We have now contacted your references and they spoke highly of you.",
    "What are your salary expectations for this role?",
    "We are delighted to offer you the position of {role} at {company}! Your offer letter is "
    "attached.",
    "Unfortunately, we have decided not to proceed with your application for the {role} role.",
    "After careful consideration we have decided to move forward with other candidates.",
)
ROLES = ("Data Engineer", "Product Analyst", "Backend Developer", "UX Researcher")


class Maker(Protocol):
    def __call__(self, rng: random.Random, index: int, when: datetime) -> EmailMessage: ...


def _person(rng: random.Random, domain: str) -> str:
    name = rng.choice(FIRST)
    return f"{name} <{name.lower()}@{domain}>"


def _base(
    rng: random.Random, index: int, when: datetime, sender: str, subject: str
) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "Sam Candidate <sam@example.net>"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = f"<synth-{index}-{rng.randrange(1 << 30)}@mail.example>"
    return msg


def newsletter(rng: random.Random, index: int, when: datetime) -> EmailMessage:
    topic = rng.choice(NEWSLETTER_TOPICS)
    msg = _base(rng, index, when, "The Weekly <news@weekly.example>", topic)
    msg["List-Unsubscribe"] = "<mailto:unsubscribe@weekly.example>"
    paragraphs = "".join(
        f"<p style='font-family:sans-serif'>{topic}: paragraph {i} with <a href="
        f"'https://weekly.example/a/{i}'>a link</a> and an image <img src='https://weekly."
        f"example/i/{i}.png'> about gardens, cooking, and sunny weekends.</p>"
        for i in range(rng.randint(5, 20))
    )
    msg.set_content(f"{topic}\n\nRead it online at https://weekly.example\n")
    msg.add_alternative(f"<html><body><h1>{topic}</h1>{paragraphs}</body></html>", subtype="html")
    return msg


def receipt(rng: random.Random, index: int, when: datetime) -> EmailMessage:
    total = rng.randint(5, 500)
    msg = _base(
        rng, index, when, "Shop <orders@shop.example>", f"Your order #{index} is on its way"
    )
    rows = "\n".join(f"  item {i}: {rng.randint(1, 50)}.99 EUR" for i in range(rng.randint(1, 8)))
    msg.set_content(
        f"Thanks for shopping with us.\n\n{rows}\n\nTotal: {total}.00 EUR\n", cte="quoted-printable"
    )
    return msg


def personal(rng: random.Random, index: int, when: datetime) -> EmailMessage:
    sender = _person(rng, rng.choice(("gmail.com", "outlook.com", "family.example")))
    msg = _base(
        rng, index, when, sender, rng.choice(("Photos from Sunday", "Dinner?", "Re: the trip"))
    )
    msg.set_content(
        "Hi Sam,\n\nHere are the photos from the picnic. The kids loved the lake.\nSee you soon!\n"
    )
    if rng.random() < 0.3:
        msg.add_attachment(rng.randbytes(rng.randint(8_000, 60_000)), maintype="image",
                           subtype="jpeg", filename="picnic.jpg")  # fmt: skip
    return msg


def marketing(rng: random.Random, index: int, when: datetime) -> EmailMessage:
    subject = "=?utf-8?q?Spring_deals_=E2=9C=BF_up_to_40=25_off?="
    msg = _base(rng, index, when, "Deals <deals@store.example>", "Spring deals")
    msg.replace_header("Subject", subject)
    msg["Precedence"] = "bulk"
    body = (
        "<table>"
        + "".join(
            f"<tr><td><b>Sofa model {i}</b></td><td>only {rng.randint(100, 900)} EUR</td></tr>"
            for i in range(rng.randint(5, 30))
        )
        + "</table>"
    )
    msg.set_content(f"<html><body>{body}</body></html>", subtype="html", cte="base64")
    return msg


def job_mail(rng: random.Random, index: int, when: datetime) -> EmailMessage:
    company = rng.choice(COMPANIES)
    role = rng.choice(ROLES)
    line = rng.choice(JOB_LINES).format(company=company, role=role)
    sender = rng.choice((
        f"{rng.choice(FIRST)} at {company} <talent@{company.lower()}.example>",
        f"{company} Hiring Team <no-reply@greenhouse.io>",
        f"{rng.choice(FIRST)} <{rng.choice(FIRST).lower()}.recruiter@gmail.com>",
    ))  # fmt: skip
    subject = rng.choice((f"Your application to {company}", f"{role} at {company}", "Next steps"))
    msg = _base(rng, index, when, sender, subject)
    text = f"Hi Sam,\n\n{line}\n\nBest regards,\n{company} Talent Team\n"
    shape = rng.randrange(5)
    if shape == 0:
        msg.set_content(text)
    elif shape == 1:
        msg.set_content(text, cte="quoted-printable")
    elif shape == 2:
        html = f"<html><body><p>Hi Sam,</p><p>{line}</p><p>Best,<br>{company}</p></body></html>"
        msg.set_content(html, subtype="html", cte="base64")
    elif shape == 3:
        msg.replace_header("Subject", f"=?utf-8?b?{_b64(subject + ' ✓')}?=")
        msg.set_content(text, charset="utf-8", cte="base64")
    else:
        msg.set_content(text.replace("Hi Sam", "Grüß dich Sam"), charset="latin-1", cte="8bit")
    return msg


def _b64(text: str) -> str:
    import base64

    return base64.b64encode(text.encode()).decode()


KINDS = (newsletter, receipt, personal, marketing)
_ID = b"<synth-id>"
_DATE = "Mon, 05 Jan 2026 08:00:00 +0000"


def _templates(rng: random.Random, makers: tuple[Maker, ...], n: int) -> list[bytes]:
    start = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)
    out = []
    for i in range(n):
        msg = makers[i % len(makers)](rng, i, start)
        msg.replace_header("Message-ID", _ID.decode())
        out.append(msg.as_bytes())
    return out


def mailbox(
    count: int, job_share: float = 0.02, seed: int = 7, variants: int = 400
) -> Iterator[tuple[bool, bytes]]:
    """(is job mail by construction, message bytes) for `count` messages, built from
    `variants` distinct templates per kind, each with its own Message-ID and Date."""
    rng = random.Random(seed)
    everyday = _templates(rng, KINDS, variants)
    jobs = _templates(rng, (job_mail,), max(20, variants // 4))
    start = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)
    for index in range(count):
        is_job = rng.random() < job_share
        data = rng.choice(jobs if is_job else everyday)
        when = format_datetime(start + timedelta(minutes=37 * index)).encode()
        data = data.replace(_ID, f"<synth-{seed}-{index}@mail.example>".encode(), 1)
        yield is_job, data.replace(_DATE.encode(), when, 1)


def write_mbox(path: str, count: int, job_share: float = 0.02, seed: int = 7) -> int:
    """Write an mbox (mboxrd escaping) of `count` synthetic messages; returns job mail count."""
    return write_messages(path, mailbox(count, job_share, seed), b"synth@mail.example")


def write_messages(path: str, messages: Iterable[tuple[bool, bytes]], sender: bytes) -> int:
    """Write (is_job, message) pairs as an mbox with mboxrd escaping; returns the job count."""
    jobs = 0
    with open(path, "wb") as out:
        for is_job, data in messages:
            jobs += is_job
            out.write(b"From " + sender + b" Mon Jan  5 08:00:00 2026\n")
            for line in data.removesuffix(b"\n").split(b"\n"):
                stripped = line.lstrip(b">")
                out.write(b">" + line if stripped.startswith(b"From ") else line)
                out.write(b"\n")
            out.write(b"\n")
    return jobs
