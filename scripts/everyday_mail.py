"""A second, independent everyday-mail generator for the mail benchmarks (not the project's
mail/synth.py): work and life mail written with the common words job mail also uses.

Meetings (with text/calendar parts), team updates, code and document reviews, bookings with
"reference" numbers, account notices, orders, HTML newsletters with tables, replies with
quoted history, legal footers, attachments, base64 and quoted-printable bodies, some German,
French and Spanish. Sentences are drawn from phrase banks and recombined, so few messages are
alike. Job mail, when asked for, is real mail read at run time from ../shared/eval (never
copied) and the repository's labelled corpus, each wrapped in a varied MIME shape.

Usage: python scripts/everyday_mail.py OUT.mbox COUNT [JOB_SHARE] [SEED]
"""

from __future__ import annotations

import csv
import random
import re
import sys
import textwrap
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime, parseaddr
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# ../shared/eval beside the checkout (a worktree sits one level deeper).
REAL_MAIL = next(
    (p / "shared" / "eval" / "real-application-mail.csv" for p in ROOT.parents
     if (p / "shared" / "eval").is_dir()),
    ROOT.parent / "shared" / "eval" / "real-application-mail.csv",
)  # fmt: skip
CORPUS = ROOT / "tests" / "data" / "mail-corpus"

PEOPLE = ("Priya", "Tom", "Lena", "Marco", "Aisha", "Jonas", "Chloé", "Diego", "Mei", "Oskar")
TEAMS = ("platform", "billing", "growth", "infra", "design", "data", "mobile", "support")
OPENERS = ("Hi all,", "Hi team,", "Hey {p},", "Hello,", "Morning {p},", "Dear customer,", "")
BANKS: dict[str, tuple[str, ...]] = {
    "meeting": (
        "Can we move our sync to Thursday at 3pm?",
        "I've booked the large meeting room for the quarterly planning session next week.",
        "Let me know if this time works for you, otherwise pick another slot in my calendar.",
        "Agenda: review of last sprint, roadmap for Q{n}, any other business.",
        "The call will be on Zoom, link below; please join five minutes early.",
        "I'm free after 2pm tomorrow if you want to chat about the migration.",
        "We'll follow up on the action items in the next meeting.",
        "Sorry, I have a conflict on Monday, could we find a time later in the week?",
        "Please accept the invitation so the room stays booked.",
        "The next steps are in the shared doc, I will update it by Friday.",
    ),
    "update": (
        "Quick update on the {t} project: we shipped {n} features this sprint.",
        "The release is delayed by two days while we finish the load tests.",
        "We expect to complete the rollout by the end of the month.",
        "Revenue grew {n}% compared with last quarter, mostly from new accounts.",
        "I'll keep you posted and send another update next week.",
        "Our decision on the vendor will be made after the review on the {n}th.",
        "Feedback from the customer call was positive overall.",
        "We hope to hear back from legal within a few days.",
        "Incident {n} is resolved; the post-mortem follows on Wednesday.",
        "Thanks everyone for the hard work on the launch!",
    ),
    "review": (
        "I reviewed your pull request #{n} and left a few comments.",
        "Could you take another look at the changes to the {t} service?",
        "The design review is scheduled for Tuesday; please add your notes beforehand.",
        "Looks good to me, approved once the tests pass.",
        "Please respond to the open comments before we merge.",
        "The document review process usually takes about a week.",
        "We will get back to you with the results of the security review.",
        "Your annual performance review is due on the {n}th, fill in the self-assessment.",
    ),
    "booking": (
        "Your booking reference is {ref}. Please keep it for your records.",
        "Check-in opens 24 hours before departure on {d}.",
        "Your table for {n} is confirmed for Saturday at 7:30pm.",
        "We look forward to welcoming you; the room will be ready from 3pm.",
        "Free cancellation until {d}, after that the full amount is charged.",
        "Your flight {ref} departs at 06:{n} from terminal 2.",
        "Please present this confirmation and a photo ID at the front desk.",
    ),
    "account": (
        "We noticed a new sign-in to your account from Chrome on Windows.",
        "Your password was changed on {d}. If this wasn't you, contact support.",
        "Your monthly statement is ready to view in the app.",
        "Your subscription renews on {d}; no action is needed.",
        "To verify your email address, enter code {n}{n} within 10 minutes.",
        "We have updated our privacy notice and terms of service.",
        "Your storage is {n}% full; upgrade your plan to get more space.",
    ),
    "order": (
        "Thanks for your order #{ref}! We'll email you when it ships.",
        "Your parcel is out for delivery and should arrive by 8pm.",
        "Estimated delivery: {d}. Track your package with the link below.",
        "Your refund of {n}.99 EUR has been processed.",
        "Rate your recent purchase and help other customers decide.",
        "Items in your basket are selling fast, complete your order now.",
        "Special offer: {n}% off everything this weekend only.",
    ),
    "personal": (
        "Are you coming to the barbecue on Sunday?",
        "Mum says thanks for the flowers, she loved them.",
        "I'll call you tonight after the kids are in bed.",
        "Did you get a chance to look at the holiday photos?",
        "Let me know when you're back in town, drinks are on me.",
        "The plumber is coming on Thursday between 8 and 12.",
    ),
    "foreign": (
        "Hallo zusammen, das Meeting am Donnerstag wird auf 15 Uhr verschoben.",
        "Vielen Dank für Ihre Bestellung, die Lieferung erfolgt in 3 Tagen.",
        "Bonjour, la réunion de l'équipe est reportée à lundi prochain.",
        "Votre commande a été expédiée et arrivera demain.",
        "Hola equipo, la reunión de mañana empieza a las 10.",
        "Su reserva está confirmada para el sábado.",
    ),
}
FOOTERS = (
    "This email and any attachments are confidential and intended solely for the addressee. "
    "If you have received it in error please notify the sender and delete it.",
    "You are receiving this email because you signed up at our website. Unsubscribe or manage "
    "your preferences at any time.",
    "Registered office: 1 High Street, London. Company number {n}.",
)
SUBJECTS = {
    "meeting": ("Sync moved", "Quarterly planning", "Invitation: {t} review @ Thu", "Call?"),
    "update": ("Weekly {t} update", "Status: {t} migration", "Launch recap", "Sprint {n} notes"),
    "review": ("PR #{n}: fix retries", "Review request", "Design doc comments", "Self-review"),
    "booking": ("Booking confirmation {ref}", "Your stay", "Reservation confirmed", "Your trip"),
    "account": ("Security alert", "Your statement", "Verify your email", "Privacy notice"),
    "order": ("Order {ref} shipped", "Out for delivery", "Refund processed", "Weekend offer"),
    "personal": ("Sunday?", "Photos", "Re: holiday", "Plumber"),
    "foreign": ("Besprechung", "Votre commande", "Reunión de mañana", "Bestellung"),
}


def _fill(text: str, rng: random.Random) -> str:
    return text.format(
        p=rng.choice(PEOPLE), t=rng.choice(TEAMS), n=rng.randint(2, 28),
        ref=f"{rng.choice('ABCDEFGHJK')}{rng.randint(100000, 999999)}",
        d=f"{rng.randint(1, 28)} {rng.choice(('March', 'April', 'May', 'June'))}",
    )  # fmt: skip


def _paragraphs(kind: str, rng: random.Random) -> list[str]:
    bank = BANKS[kind]
    out = [_fill(rng.choice(OPENERS), rng)]
    for _ in range(rng.randint(1, 4)):
        sentences = rng.sample(bank, k=min(len(bank), rng.randint(1, 3)))
        out.append(" ".join(_fill(s, rng) for s in sentences))
    out.append(rng.choice(("Thanks,", "Cheers,", "Best,", "Regards,")) + "\n" + rng.choice(PEOPLE))
    if rng.random() < 0.4:
        out.append(_fill(rng.choice(FOOTERS), rng))
    return [p for p in out if p]


def _calendar(rng: random.Random, when: datetime) -> str:
    start = when + timedelta(days=rng.randint(1, 9), hours=rng.randint(0, 6))
    stamp = start.strftime("%Y%m%dT%H%M%SZ")
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Example//Cal//EN\r\nMETHOD:REQUEST\r\n"
        f"BEGIN:VEVENT\r\nUID:{rng.randrange(1 << 40)}@cal.example\r\nDTSTART:{stamp}\r\n"
        f"DTEND:{stamp}\r\nSUMMARY:{rng.choice(TEAMS)} sync\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )


def everyday(rng: random.Random, index: int, when: datetime) -> EmailMessage:
    """One everyday message of a random kind and MIME shape."""
    kind = rng.choice(tuple(BANKS))
    paragraphs = _paragraphs(kind, rng)
    msg = EmailMessage()
    person = rng.choice(PEOPLE)
    domain = rng.choice(("corp.example", "gmail.com", "shop.example", "airline.example"))
    msg["From"] = f"{person} <{person.lower()}@{domain}>"
    msg["To"] = "Sam Doe <sam@home.example>"
    msg["Subject"] = ("Re: " if rng.random() < 0.2 else "") + _fill(rng.choice(SUBJECTS[kind]), rng)
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = f"<day-{index}-{rng.randrange(1 << 32)}@{domain}>"
    if kind in ("order", "account") and rng.random() < 0.5:
        msg["List-Unsubscribe"] = f"<mailto:unsub@{domain}>"
    text = "\n\n".join(textwrap.fill(p, 72) if "\n" not in p else p for p in paragraphs)
    if rng.random() < 0.25:  # a reply with quoted history
        old = "\n".join("> " + line for line in textwrap.fill(" ".join(paragraphs), 70).split("\n"))
        text += f"\n\nOn {format_datetime(when - timedelta(days=1))}, {person} wrote:\n{old}"
    shape = rng.random()
    cte = rng.choice(("7bit", "quoted-printable", "base64"))
    if shape < 0.45:
        msg.set_content(text + "\n", cte="8bit" if cte == "7bit" else cte)
    else:  # HTML alternative, sometimes with a table
        html = "".join(
            f"<p style='margin:0 0 12px'>{p.replace(chr(10), '<br>')}</p>" for p in paragraphs
        )
        if rng.random() < 0.5:
            rows = "".join(
                f"<tr><td>{_fill('{ref}', rng)}</td><td>{rng.randint(1, 99)}.00</td></tr>"
                for _ in range(rng.randint(2, 12))
            )
            html += f"<table border='0' cellpadding='4'>{rows}</table>"
        html = f"<html><head><style>p{{color:#333}}</style></head><body>{html}</body></html>"
        if shape < 0.7:
            msg.set_content(text + "\n", cte="quoted-printable")
            msg.add_alternative(html, subtype="html", cte="quoted-printable")
        else:
            msg.set_content(html, subtype="html", cte="base64" if cte == "base64" else "8bit")
    if kind == "meeting" and rng.random() < 0.6:
        msg.add_attachment(_calendar(rng, when), subtype="calendar", filename="invite.ics")
    elif rng.random() < 0.15:
        msg.add_attachment(rng.randbytes(rng.randint(4_000, 80_000)), maintype="application",
                           subtype="pdf", filename="document.pdf")  # fmt: skip
    return msg


def _real_job_mail() -> list[tuple[str, str, str]]:
    """(sender, subject, body) of real job mail: ../shared/eval rows, then the corpus."""
    found: list[tuple[str, str, str]] = []
    if REAL_MAIL.exists():
        with REAL_MAIL.open(newline="", encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                name, address = parseaddr(row["sender"].replace("\n", " "))
                name = re.sub(r"[^\w .-]", "", name)
                sender = f"{name} <{address if '@' in address else 'jobs@hr.example'}>"
                found.append((sender, row["subject"].replace("\n", " "), row["email_body"]))
    parser = BytesParser(policy=policy.default)
    for path in sorted(CORPUS.glob("*.eml")):
        msg = parser.parsebytes(path.read_bytes())
        body = msg.get_body(preferencelist=("plain", "html"))
        if body is None or str(msg.get("X-Gmail-Labels", "")).lower().find("sent") >= 0:
            continue
        try:
            text = body.get_content()
        except (LookupError, ValueError):
            continue
        found.append((str(msg["From"] or "hr@corp.example"), str(msg["Subject"] or ""), text))
    return found


def job(
    rng: random.Random, index: int, when: datetime, real: list[tuple[str, str, str]]
) -> EmailMessage:
    """One real job message in a random MIME shape (plain, QP, base64, HTML only, both)."""
    sender, subject, body = rng.choice(real)
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "Sam Doe <sam@home.example>"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = f"<job-{index}-{rng.randrange(1 << 32)}@hr.example>"
    shape = rng.randrange(4)
    if shape == 0:
        msg.set_content(body, cte=rng.choice(("8bit", "quoted-printable", "base64")))
    else:
        html = "".join(f"<p>{line}</p>" for line in body.splitlines() if line.strip())
        html = f"<html><body><table><tr><td>{html}</td></tr></table></body></html>"
        if shape == 1:
            msg.set_content(html, subtype="html", cte="base64")
        else:
            msg.set_content(body, cte="quoted-printable")
            msg.add_alternative(html, subtype="html", cte="quoted-printable")
    return msg


def mailbox(count: int, job_share: float = 0.02, seed: int = 5) -> Iterator[tuple[bool, bytes]]:
    """(is job mail, bytes) for `count` messages; every one built afresh (no templates)."""
    rng = random.Random(seed)
    real = _real_job_mail() if job_share > 0 else []
    start = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)
    for index in range(count):
        when = start + timedelta(minutes=23 * index)
        is_job = bool(real) and rng.random() < job_share
        msg = job(rng, index, when, real) if is_job else everyday(rng, index, when)
        yield is_job, msg.as_bytes(policy=policy.SMTP.clone(linesep="\n"))


def write_mbox(path: str, count: int, job_share: float = 0.02, seed: int = 5) -> int:
    """Write an mbox (mboxrd escaping) of `count` messages; returns the job mail count."""
    from offerwatch.mail.synth import write_messages

    return write_messages(path, mailbox(count, job_share, seed), b"sam@home.example")


if __name__ == "__main__":
    share = float(sys.argv[3]) if len(sys.argv) > 3 else 0.02
    seed = int(sys.argv[4]) if len(sys.argv) > 4 else 5
    print(write_mbox(sys.argv[1], int(sys.argv[2]), share, seed))
