#!/usr/bin/env python3
"""Generate an everyday mailbox (mbox) of the kind a real person's inbox holds; stdlib only.

Mostly non-job mail: work threads with long quoted history, receipts and shipping, school and
club mail, HTML newsletters (tables, inline CSS), calendar invitations for ordinary meetings,
base64 and quoted-printable bodies, attachments, forwarded chains, some German/French/Spanish,
and job words used in everyday senses at a realistic rate. A share of the messages
(--job-share) is job mail in ATS and human styles.

Examples:
    python3 gen_everyday_r9.py --count 5000 --job-share 0.02 --seed 9 -o inbox.mbox
    python3 gen_everyday_r9.py --count 200 --job-share 1 --seed 1 > jobs.mbox
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

ME = ("Alex Morgan", "alex.morgan@fastmail.com")
FIRST = "Priya Tom Ana Lukas Chloe Omar Sofia Ben Aisha Marco Hannah Yuki Kwame Ines Raj Fiona".split()
LAST = "Shah Becker Dubois Garcia Okafor Lindqvist Rossi Patel Murphy Novak Tanaka Brennan".split()
WORK = "northwind-ops.com"
ZONES = [0, 1, 2, -5, -8, 5.5, 10, 11]
WORDS = ("the quarterly numbers look fine but we should double-check the carrier invoices before "
         "Friday and align with finance on accruals the dashboard refresh failed again overnight "
         "can someone restart the job and update the ticket thanks for pulling this together").split()
TRAPS = [
    "Great interview on the podcast this week - worth a listen.",
    "Special offer: 20% off until Sunday.",
    "Your parcel's current position: out for delivery.",
    "New role unlocked in the guild: Quartermaster.",
    "An update for the application is ready to install.",
    "Next steps: Jo drafts the plan, Sam reviews by Thursday.",
    "Reviewer 2 asks for more references in section 3.",
    "We'll get back to you next week about the boiler.",
]
JOB_ATS = [
    ("Greenhouse", "no-reply@us.greenhouse-mail.io", "Thanks for applying to {co}",
     "Hi {fn},\n\nThanks for applying for {role} at {co}. Our team will review your application."),
    ("Lever", "no-reply@hire.lever.co", "{co} - update on your application",
     "Hi {fn},\n\nThank you for your interest in {role}. Unfortunately we have decided not to move "
     "forward with your application at this time."),
    ("Workday", "{slug}@myworkday.com", "Interview invitation - {role}",
     "Dear {fn},\n\nWe would like to invite you to interview for {role}. Please select a time in "
     "your candidate home."),
    ("Ashby", "no-reply@ashbyhq.com", "Next steps with {co}",
     "Hi {fn},\n\nWe'd love to set up a call with the hiring manager for {role}. Pick a slot: "
     "https://jobs.ashbyhq.com/{slug}/schedule"),
    ("SmartRecruiters", "noreply@smartrecruiters.com", "Your application status has changed",
     "Hi {fn}, your application for {role} at {co} is now: In review."),
]
JOB_HUMAN = [
    "Hi {fn}, the team would like to meet you for {role} - are you free Tuesday or Wednesday?",
    "Hey {fn}, what are you currently on and what's your notice? Client pays well for {role}.",
    "Hi {fn}, could you send two referees before we finalise {role}?",
    "{fn} - delighted to offer you the {role} position. Letter to follow. Congrats!",
    "Thanks {fn}, we'll let you know by the end of next week.",
    "Hi {fn}, sadly we've gone with an internal candidate for {role}. Thanks for your time.",
]
COS = ["Fernhill Freight", "Brightwater Games", "Kestrel Bank", "Oakridge Academy Trust",
       "Medline Hospitals", "Tidewater LLP", "Cobalt Payments", "Harbourline Ports"]
ROLES = ["Operations Analyst", "Producer", "Supply Chain Manager", "Teacher of Maths",
         "Trainee Solicitor", "Payments Ops Lead", "Warehouse Associate"]
INTL = [
    ("de", "Einladung zum Grillfest", "Hallo zusammen, ihr seid herzlich eingeladen! Samstag ab 16 Uhr. "
     "Angebot steht: ich bringe Würstchen mit. Sagt bis Mittwoch Bescheid."),
    ("de", "Ihre Bestellung wurde versandt", "Guten Tag, Ihre Bestellung ist unterwegs. "
     "Voraussichtliche Zustellung: morgen."),
    ("fr", "Entretien de la chaudière", "Bonjour, nous passerons pour l'entretien annuel le 3 "
     "décembre. Offre : -10 % sur le contrat."),
    ("fr", "Réunion de parents", "Chers parents, la réunion aura lieu jeudi à 18h. Merci."),
    ("es", "Oferta de la semana", "¡Ofertas exclusivas! Hasta el 40 % en electrónica."),
    ("es", "Partido del sábado", "Hola familias, convocatoria del sábado a las 10:00."),
]


def person(rng: random.Random, domain: str | None = None) -> tuple[str, str]:
    """A random display name and address (at `domain` or a free-mail one)."""
    fn, ln = rng.choice(FIRST), rng.choice(LAST)
    dom = domain or rng.choice(["gmail.com", "outlook.com", "yahoo.co.uk", "web.de", "orange.fr"])
    return f"{fn} {ln}", f"{fn.lower()}.{ln.lower()}@{dom}"


def chatter(rng: random.Random, n: int) -> str:
    """A few sentences of work-like filler."""
    out = []
    for _ in range(n):
        k = rng.randint(8, 18)
        start = rng.randrange(len(WORDS) - k)
        out.append(" ".join(WORDS[start:start + k]).capitalize() + ".")
    return " ".join(out)


def base(rng: random.Random, when: datetime, frm: tuple[str, str], subj: str) -> EmailMessage:
    """A message with the usual headers."""
    m = EmailMessage()
    m["From"] = f"{frm[0]} <{frm[1]}>"
    m["To"] = f"{ME[0]} <{ME[1]}>"
    m["Date"] = format_datetime(when)
    m["Subject"] = subj
    m["Message-ID"] = f"<{rng.getrandbits(64):x}.{int(when.timestamp())}@{frm[1].split('@')[1]}>"
    return m


def work_thread(rng, when):
    who = person(rng, WORK)
    subj = "RE: " * rng.randint(1, 4) + rng.choice(["Q4 carrier review", "WMS cutover", "budget"])
    body = chatter(rng, rng.randint(1, 3))
    quote = ""
    for depth in range(rng.randint(2, 6)):
        q = person(rng, WORK)
        quote += (f"\n\n-----Original Message-----\nFrom: {q[0]}\nSent: {format_datetime(when - timedelta(hours=depth + 1))}\n"
                  f"Subject: {subj}\n\n" + chatter(rng, rng.randint(2, 6)))
    if rng.random() < 0.15:
        body += " " + rng.choice(TRAPS)
    m = base(rng, when, who, subj)
    m["In-Reply-To"] = f"<thread-{rng.getrandbits(32):x}@{WORK}>"
    m.set_content(body + "\n\n" + who[0].split()[0] + quote, cte=rng.choice(["quoted-printable", "8bit"]))
    return m


def receipt(rng, when):
    shop = rng.choice([("Amazon", "auto-confirm@amazon.co.uk"), ("DPD", "noreply@dpd.co.uk"),
                       ("Evri", "noreply@evri.com"), ("IKEA", "noreply@ikea.com")])
    m = base(rng, when, shop, rng.choice(["Your order has shipped", "Delivery update", "Your receipt"]))
    m.set_content(f"Order {rng.randint(100000, 999999)}: {rng.randint(1, 4)} item(s). "
                  + rng.choice(TRAPS[:3]), cte="base64")
    if rng.random() < 0.4:
        m.add_attachment(b"%PDF-1.4\n% receipt\n" + bytes(rng.getrandbits(8) for _ in range(300)),
                         maintype="application", subtype="pdf", filename="receipt.pdf")
    return m


def newsletter(rng, when):
    src = rng.choice([("The Logistics Weekly", "news@logisticsweekly.com"),
                      ("Hays", "newsletter@hays.co.uk"), ("Kickstarter", "no-reply@kickstarter.com")])
    m = base(rng, when, src, rng.choice(["This week's top stories", "5 interview tips from CEOs",
                                          "Salary guide 2027", "Offers you'll love"]))
    rows = "".join(f"<tr><td style='padding:8px;border-bottom:1px solid #eee'>{chatter(rng, 1)}</td></tr>"
                   for _ in range(rng.randint(3, 8)))
    html = (f"<html><body style='margin:0'><table width='100%' style='font-family:Arial'>{rows}"
            "<tr><td style='font-size:10px;color:#999'>Unsubscribe</td></tr></table></body></html>")
    m.set_content(re.sub("<[^>]+>", " ", html))
    m.add_alternative(html, subtype="html")
    m["List-Unsubscribe"] = f"<mailto:unsub@{src[1].split('@')[1]}>"
    return m


def club(rng, when):
    src = rng.choice([("Oakfield Primary", "office@oakfieldprimary.org.uk"),
                      ("Westside RFC", "secretary@westsiderfc.org"), ("Parkrun", "volunteer@parkrun.com")])
    m = base(rng, when, src, rng.choice(["Newsletter", "Selection for Saturday", "Volunteers needed"]))
    m.set_content("Dear all,\n\n" + chatter(rng, 2) + "\n" + rng.choice(TRAPS + [""] * 8))
    return m


def invite(rng, when):
    who = person(rng, WORK)
    start = when + timedelta(days=rng.randint(1, 10))
    st = start.astimezone(timezone.utc).strftime("%Y%m%dT%H%M00Z")
    en = (start + timedelta(hours=1)).astimezone(timezone.utc).strftime("%Y%m%dT%H%M00Z")
    method = "CANCEL" if rng.random() < 0.15 else "REQUEST"
    topic = rng.choice(["Sprint planning", "1:1", "Team lunch", "Quarterly review", "Dentist"])
    m = base(rng, when, who, ("Canceled: " if method == "CANCEL" else "Invitation: ") + topic)
    m.set_content(f"{topic}\nJoin Microsoft Teams meeting")
    cal = "\r\n".join(["BEGIN:VCALENDAR", "VERSION:2.0", f"METHOD:{method}", "BEGIN:VEVENT",
                       f"UID:{rng.getrandbits(48):x}@{WORK}", f"DTSTART:{st}", f"DTEND:{en}",
                       f"SUMMARY:{topic}", f"ORGANIZER:mailto:{who[1]}", f"ATTENDEE:mailto:{ME[1]}",
                       "END:VEVENT", "END:VCALENDAR", ""])
    m.add_alternative(cal, subtype="calendar", params={"method": method})
    return m


def forward(rng, when):
    who = person(rng)
    inner = person(rng)
    m = base(rng, when, who, "Fwd: Fwd: " + rng.choice(["photos from Sunday", "holiday plans", "flat"]))
    m.set_content(f"see below x\n\n---------- Forwarded message ---------\nFrom: {inner[0]} <{inner[1]}>\n"
                  f"Subject: holiday plans\n\n{chatter(rng, 2)}\n\n> {chatter(rng, 1)}")
    return m


def intl(rng, when):
    lang, subj, body = rng.choice(INTL)
    dom = {"de": "web.de", "fr": "orange.fr", "es": "telefonica.es"}[lang]
    m = base(rng, when, person(rng, dom), subj)
    m.set_content(body, cte="quoted-printable")
    return m


def job(rng, when):
    co, role = rng.choice(COS), rng.choice(ROLES)
    slug = re.sub(r"\W", "", co.lower())
    fn = ME[0].split()[0]
    if rng.random() < 0.5:
        name, addr, subj, body = rng.choice(JOB_ATS)
        m = base(rng, when, (f"{co} via {name}", addr.format(slug=slug)), subj.format(co=co, role=role))
        m.set_content(body.format(fn=fn, co=co, role=role, slug=slug))
    else:
        who = person(rng, slug + ".com")
        m = base(rng, when, who, rng.choice(["Re: ", ""]) + role)
        m.set_content(rng.choice(JOB_HUMAN).format(fn=fn, role=role) + "\n\n" + who[0].split()[0]
                      + ("\nSent from my iPhone" if rng.random() < 0.3 else ""))
    return m


KINDS = [(work_thread, 30), (receipt, 18), (newsletter, 18), (club, 10), (invite, 8),
         (forward, 8), (intl, 8)]


def generate(count: int, job_share: float, seed: int):
    """Yield (from-line date, message) pairs, oldest first."""
    rng = random.Random(seed)
    when = datetime(2026, 1, 5, 8, 0, tzinfo=timezone.utc)
    funcs, weights = zip(*KINDS)
    for _ in range(count):
        when += timedelta(minutes=rng.randint(5, 600))
        zone = timezone(timedelta(hours=rng.choice(ZONES)))
        local = when.astimezone(zone)
        maker = job if rng.random() < job_share else rng.choices(funcs, weights)[0]
        yield when, maker(rng, local)


def main(argv: list[str] | None = None) -> int:
    """Parse arguments and write the mbox."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--count", type=int, default=1000, help="messages to write")
    ap.add_argument("--job-share", type=float, default=0.02, help="share of job mail, 0..1")
    ap.add_argument("--seed", type=int, default=9)
    ap.add_argument("-o", "--output", help="mbox file (default: stdout)")
    a = ap.parse_args(argv)
    if a.count < 0 or not 0 <= a.job_share <= 1:
        print("error: --count must be >= 0 and --job-share in 0..1", file=sys.stderr)
        return 2
    out = open(a.output, "wb") if a.output else sys.stdout.buffer
    try:
        for when, msg in generate(a.count, a.job_share, a.seed):
            raw = msg.as_bytes(policy=SMTP).replace(b"\r\n", b"\n")
            raw = re.sub(rb"(?m)^(>*From )", rb">\1", raw)
            out.write(b"From MAILER-DAEMON " + when.strftime("%a %b %d %H:%M:%S %Y").encode() + b"\n")
            out.write(raw.rstrip(b"\n") + b"\n\n")
    finally:
        if a.output:
            out.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
