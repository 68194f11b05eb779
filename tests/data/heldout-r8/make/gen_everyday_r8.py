"""Generate an everyday mailbox (mbox) of the kind a real person's inbox holds, for import benchmarks.

Standard library only, deterministic for a given --seed. Most mail is not about jobs: work threads with
long quoted history, receipts and shipping notices, school and club mail, HTML newsletters (tables,
inline CSS), calendar invitations for ordinary meetings, some German/French/Spanish, base64 and
quoted-printable bodies, attachments and forwarded chains. Job words turn up in ordinary mail at a
realistic rate (a podcast "interview", a shop "offer", a parcel's "position"). A share of the mail
(--job-share) is job mail, in ATS template and human styles.

Usage:
    python gen_everyday_r8.py --count 20000 --job-share 0.02 --seed 8 -o everyday.mbox
    python gen_everyday_r8.py --count 2000 --job-share 1 > all_job.mbox
"""

from __future__ import annotations

import argparse
import base64
import quopri
import random
import sys
from datetime import datetime, timedelta, timezone
from typing import Callable, TextIO

ME_NAME, ME = "Sam Ellery", "sam.ellery@fastmail.com"
FIRST = "Alex Priya Tom Ana Jonas Chloe Ravi Mei Omar Lucy Dev Sofia Liam Grace Kofi Hana Marta Ben Yusuf Elin".split()
LAST = "Walsh Kaur Becker Dubois Okafor Rossi Nguyen Patel Moreno Lindqvist Hughes Tanaka Adeyemi Costa Fischer".split()
WORK = "northbeam.co.uk"
TOPICS = ["Q3 budget reforecast", "supplier contract renewal", "office move", "sprint 42 planning", "ward rota",
          "client workshop follow-up", "data migration", "board pack", "site visit notes", "policy review"]
TZ = [timezone.utc, timezone(timedelta(hours=1)), timezone(timedelta(hours=-5)), timezone(timedelta(hours=5, minutes=30)),
      timezone(timedelta(hours=11)), timezone(timedelta(hours=2))]
TRAPS = [
    "Next steps: I'll circulate the actions and we'll get back to you next week.",
    "Our interview with the author goes out on the podcast on Thursday.",
    "Special offer: 20% off until Sunday.",
    "Your parcel's current position: 6 stops away.",
    "Please update the application to version 4.2 before Monday.",
    "Reviewer 2 asks for more references in section 3.",
    "Parents' evening interviews can be booked from Monday.",
    "Your application for a parking permit has been received.",
    "Pick your role for Saturday's five-a-side: keeper or defence.",
    "Thanks for your time today - the position paper is attached.",
]
COMPANIES = [("Harlow & Finch", "harlowandfinch.co.uk"), ("Kestrel Engineering", "kestreleng.com"),
             ("Clearwater Foundation", "clearwaterfoundation.org"), ("Tidepool", "tidepool.dev"),
             ("Northgate NHS Trust", "nhs.net"), ("Vantora Global", "vantoraglobal.com"), ("Loopwerk", "loopwerk.io")]
ATS = [("Greenhouse", "us.greenhouse-mail.io"), ("Lever", "hire.lever.co"), ("Workday", "myworkday.com"),
       ("iCIMS", "talent.icims.com"), ("SmartRecruiters", "smartrecruiters.com"), ("Ashby", "ashbyhq.com"),
       ("Workable", "workablemail.com"), ("Teamtailor", "teamtailor-mail.com"), ("Personio", "jobs.personio.de")]
ROLES = ["Operations Manager", "Project Engineer", "Ward Manager", "Programme Officer", "Store Manager", "Data Analyst"]


class Gen:
    """Builds raw RFC 5322 messages from one random generator."""

    def __init__(self, rng: random.Random, start: datetime) -> None:
        self.rng, self.now, self.n = rng, start, 0

    def person(self, domain: str | None = None) -> tuple[str, str]:
        """A name and an address at `domain` (or a free-mail one)."""
        f, l = self.rng.choice(FIRST), self.rng.choice(LAST)
        dom = domain or self.rng.choice(["gmail.com", "outlook.com", "yahoo.co.uk", "icloud.com", "web.de"])
        return f"{f} {l}", f"{f.lower()}.{l.lower()}@{dom}"

    def date(self) -> str:
        """The next message's Date header, a few minutes to hours after the last one."""
        self.now += timedelta(minutes=self.rng.randint(1, 90))
        tz = self.rng.choice(TZ)
        return self.now.astimezone(tz).strftime("%a, %d %b %Y %H:%M:%S %z")

    def mid(self, domain: str) -> str:
        """A fresh Message-ID at `domain`."""
        self.n += 1
        return f"<{self.n}.{self.rng.getrandbits(40):x}@{domain}>"

    def trap(self, p: float = 0.06) -> str:
        """A job-word sentence in ordinary mail, at a realistic rate."""
        return ("\n" + self.rng.choice(TRAPS) + "\n") if self.rng.random() < p else ""

    def text_part(self, body: str) -> tuple[str, str]:
        """Headers and encoded body for a text/plain part: 7bit, quoted-printable or base64."""
        r = self.rng.random()
        if r < 0.15:
            enc = base64.encodebytes(body.encode()).decode()
            return 'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: base64\n', enc
        if r < 0.45 or any(ord(c) > 127 for c in body):
            enc = quopri.encodestring(body.encode()).decode()
            return 'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: quoted-printable\n', enc
        return 'Content-Type: text/plain; charset="us-ascii"\nContent-Transfer-Encoding: 7bit\n', body

    def message(self, frm: tuple[str, str], subject: str, body: str, *, to: str | None = None, html: str | None = None,
                ics: str | None = None, attach: str | None = None, extra: str = "") -> str:
        """One whole message, multipart when it carries HTML, a calendar or an attachment."""
        dom = frm[1].split("@")[1]
        head = (f"From: {frm[0]} <{frm[1]}>\nTo: {to or f'{ME_NAME} <{ME}>'}\nSubject: {subject}\nDate: {self.date()}\n"
                f"Message-ID: {self.mid(dom)}\nMIME-Version: 1.0\n{extra}")
        th, tb = self.text_part(body)
        if not (html or ics or attach):
            return head + th + "\n" + tb
        b = f"=_b{self.rng.getrandbits(48):x}"
        parts = [th + "\n" + tb]
        if html:
            parts.append('Content-Type: text/html; charset="utf-8"\nContent-Transfer-Encoding: quoted-printable\n\n'
                         + quopri.encodestring(html.encode()).decode())
        if ics:
            parts.append('Content-Type: text/calendar; charset="utf-8"; method=' + ("CANCEL" if "METHOD:CANCEL" in ics else "REQUEST")
                         + "\nContent-Transfer-Encoding: 7bit\n\n" + ics)
        if attach:
            data = base64.encodebytes(bytes(self.rng.getrandbits(8) for _ in range(self.rng.randint(2000, 12000)))).decode()
            parts.append(f'Content-Type: application/pdf; name="{attach}"\nContent-Disposition: attachment; filename="{attach}"\n'
                         "Content-Transfer-Encoding: base64\n\n" + data)
        kind = "alternative" if html and not (ics or attach) else "mixed"
        return head + f'Content-Type: multipart/{kind}; boundary="{b}"\n\n' + "".join(f"--{b}\n{p}\n" for p in parts) + f"--{b}--\n"

    # ---- everyday kinds ----
    def work_thread(self) -> str:
        topic = self.rng.choice(TOPICS)
        people = [self.person(WORK) for _ in range(self.rng.randint(2, 5))]
        quoted = ""
        for who in people[1:]:
            q = f"Re {topic}: {self.rng.choice(['agreed', 'see comments inline', 'can we push to Thursday?', 'numbers attached'])}.\n" * self.rng.randint(2, 6)
            quoted = f"\nOn {self.now:%a %d %b %Y}, {who[0]} <{who[1]}> wrote:\n" + "".join("> " + line + "\n" for line in (q + quoted).splitlines())
        body = f"Hi all,\n\nFollowing up on the {topic}. I've updated the tracker; comments by Friday please.{self.trap()}\nThanks\n{people[0][0].split()[0]}\n{quoted}"
        return self.message(people[0], f"RE: {topic}", body, attach="notes.pdf" if self.rng.random() < 0.1 else None)

    def receipt(self) -> str:
        shop = self.rng.choice([("Amazon.co.uk", "amazon.co.uk"), ("ASOS", "asos.com"), ("Tesco", "tesco.com"), ("IKEA", "ikea.com")])
        n = self.rng.randint(100000, 999999)
        rows = "".join(f"<tr><td style='padding:4px'>Item {i}</td><td style='text-align:right'>&pound;{self.rng.randint(2, 80)}.99</td></tr>" for i in range(self.rng.randint(1, 5)))
        html = f"<html><body style='font-family:Arial'><h2>Thanks for your order #{n}</h2><table width='100%'>{rows}</table><p>Dispatched today; track your parcel's position in the app.</p></body></html>"
        return self.message(("Orders", f"orders@{shop[1]}"), f"Your {shop[0]} order #{n} has been dispatched", f"Order #{n} dispatched. Arriving in 2-3 days.{self.trap(0.03)}", html=html)

    def school_club(self) -> str:
        frm = self.rng.choice([("St Mary's Primary", "office@stmarys.sch.uk"), ("Hallam Harriers", "committee@hallamharriers.org.uk"),
                               ("Riverside Tennis Club", "secretary@riversidetennis.club")])
        body = f"Dear members/parents,\n\nA reminder about this week's fixtures and the newsletter.{self.trap(0.15)}\nKit orders close Friday.\n\n{frm[0]}"
        return self.message(frm, self.rng.choice(["Weekly newsletter", "Fixtures and results", "Reminder: non-uniform day"]), body)

    def newsletter(self) -> str:
        frm = self.rng.choice([("The Long Read", "hello@longread.news"), ("Monzo", "news@monzo.com"), ("Guardian Weekend", "weekend@theguardian.com")])
        cells = "".join(f"<tr><td style='padding:12px;border-bottom:1px solid #eee'><h3 style='margin:0'>Story {i}</h3><p style='color:#555'>{self.rng.choice(TRAPS) if self.rng.random() < 0.2 else 'Read more inside.'}</p></td></tr>" for i in range(4))
        html = f"<html><body style='margin:0;background:#f6f6f6'><table width='600' align='center' style='background:#fff;font-family:Georgia'>{cells}</table><p style='font-size:10px'>Unsubscribe</p></body></html>"
        return self.message(frm, "This week's picks", "View this email in your browser.", html=html, extra="List-Unsubscribe: <mailto:unsub@example.com>\n")

    def calendar(self) -> str:
        org = self.person(WORK)
        t = self.now + timedelta(days=self.rng.randint(1, 14))
        cancel = self.rng.random() < 0.15
        what = self.rng.choice(["1:1", "Team retro", "Budget review", "Book club", "Dentist", "Quarterly planning"])
        ics = ("BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0//EN\r\nVERSION:2.0\r\nMETHOD:" + ("CANCEL" if cancel else "REQUEST")
               + f"\r\nBEGIN:VEVENT\r\nUID:{self.rng.getrandbits(64):x}\r\nDTSTART:{t:%Y%m%dT%H0000Z}\r\nDTEND:{t + timedelta(hours=1):%Y%m%dT%H0000Z}\r\n"
               f"SUMMARY:{what}\r\nORGANIZER;CN={org[0]}:mailto:{org[1]}\r\nATTENDEE;CN={ME_NAME}:mailto:{ME}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
        return self.message(org, f"{'Cancelled' if cancel else 'Invitation'}: {what}", f"{what} - agenda to follow.{self.trap(0.03)}", ics=ics)

    def foreign(self) -> str:
        who = self.person(self.rng.choice(["web.de", "laposte.net", "gmx.es"]))
        body = self.rng.choice([
            "Hallo Sam,\n\ndanke für die Einladung! Wir kommen gern am Samstag. Angebot: ich bringe Kuchen mit.\n\nLG",
            "Bonjour Sam,\n\nmerci pour les photos ! On se voit dimanche pour l'entretien du jardin ?\n\nBises",
            "Hola Sam,\n\n¿quedamos el viernes? Te mando la solicitud del piso mañana.\n\nUn abrazo"])
        return self.message(who, self.rng.choice(["Samstag", "Dimanche", "Viernes"]), body)

    def forwarded(self) -> str:
        who, orig = self.person(), self.person()
        body = (f"FYI - see below.\n\n---------- Forwarded message ---------\nFrom: {orig[0]} <{orig[1]}>\nSubject: holiday plans\n\n"
                f"Shall we book the cottage for Easter? The owner made us an offer of 10% off.{self.trap(0.05)}\n")
        return self.message(who, "Fwd: holiday plans", body)

    # ---- job mail ----
    def job(self) -> str:
        company, dom = self.rng.choice(COMPANIES)
        role = self.rng.choice(ROLES)
        kind = self.rng.choice(["received", "interview", "rejection", "offer", "timeline", "refs", "alert"])
        if self.rng.random() < 0.5:
            ats, ats_dom = self.rng.choice(ATS)
            frm = (f"{company} Careers", f"no-reply@{ats_dom}")
            body = {"received": f"Hi Sam,\n\nThank you for applying for {role} at {company}. We have received your application and will review it.\n\nSent via {ats}",
                    "interview": f"Hi Sam,\n\nWe'd like to invite you to interview for {role}. Please pick a time: https://app.{ats_dom}/schedule/{self.rng.getrandbits(32):x}",
                    "rejection": f"Hi Sam,\n\nThank you for your interest in {role}. After careful consideration we have decided not to move forward with your application.",
                    "offer": f"Hi Sam,\n\nCongratulations! Your offer for {role} is ready to review in the candidate portal.",
                    "timeline": f"Hi Sam,\n\nThanks for interviewing for {role}. We expect to make a decision within two weeks.",
                    "refs": f"Hi Sam,\n\nPlease add two referees for {role} using the secure link.",
                    "alert": f"New jobs for you: {role} at {company} and 11 more. Manage alerts."}[kind]
            html = f"<html><body><table width='600' style='font-family:Helvetica'><tr><td>{body.replace(chr(10), '<br>')}</td></tr></table></body></html>" if self.rng.random() < 0.5 else None
            return self.message(frm, f"{company}: {role}", body, html=html)
        frm = self.person(dom)
        body = {"received": f"hi sam, got ur application for {role}, will have a look this week", "interview": f"Hi Sam,\n\nWould you be free for a chat about the {role} role on Tuesday or Wednesday?\n\n{frm[0]}",
                "rejection": f"Hi Sam,\n\nI'm sorry to say we've gone with another candidate for {role}.\n\n{frm[0]}",
                "offer": f"Sam - delighted to offer you the {role} job! Salary £{self.rng.randint(35, 70)}k. Letter to follow.",
                "timeline": f"Thanks again Sam, we'll let you know by Friday.", "refs": f"Could you send me details of a couple of referees?",
                "alert": f"Hi Sam, thanks for your time today.\n\n{frm[0]}"}[kind]
        quoted = f"\n\nOn {self.now:%d %b %Y}, {ME_NAME} <{ME}> wrote:\n> Thank you for the update.\n" if self.rng.random() < 0.3 else ""
        return self.message(frm, f"Re: {role}", body + quoted)


def generate(out: TextIO, count: int, job_share: float, seed: int) -> None:
    """Write `count` messages as an mbox to `out`."""
    rng = random.Random(seed)
    g = Gen(rng, datetime(2026, 1, 5, 8, 0, tzinfo=timezone.utc))
    kinds: list[tuple[Callable[[], str], float]] = [(g.work_thread, 0.30), (g.receipt, 0.17), (g.school_club, 0.10), (g.newsletter, 0.17),
                                                    (g.calendar, 0.12), (g.foreign, 0.06), (g.forwarded, 0.08)]
    funcs, weights = zip(*kinds)
    for _ in range(count):
        raw = g.job() if rng.random() < job_share else rng.choices(funcs, weights)[0]()
        sender = raw.split("<", 1)[1].split(">", 1)[0] if "<" in raw.split("\n", 1)[0] else "MAILER-DAEMON"
        out.write(f"From {sender} {g.now:%a %b %d %H:%M:%S %Y}\n")
        for line in raw.splitlines():
            out.write((">" + line if line.lstrip(">").startswith("From ") else line) + "\n")
        out.write("\n")


def main(argv: list[str] | None = None) -> int:
    """Parse arguments and write the mailbox."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--count", type=int, default=20000, help="messages to write (default: %(default)s)")
    ap.add_argument("--job-share", type=float, default=0.02, help="share of job mail, 0..1 (default: %(default)s)")
    ap.add_argument("--seed", type=int, default=8, help="random seed (default: %(default)s)")
    ap.add_argument("-o", "--output", help="mbox file to write (default: stdout)")
    args = ap.parse_args(argv)
    if args.count < 0 or not 0 <= args.job_share <= 1:
        print("error: --count must be >= 0 and --job-share between 0 and 1", file=sys.stderr)
        return 2
    if args.output:
        with open(args.output, "w", encoding="utf-8", newline="\n") as fh:
            generate(fh, args.count, args.job_share, args.seed)
    else:
        generate(sys.stdout, args.count, args.job_share, args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
