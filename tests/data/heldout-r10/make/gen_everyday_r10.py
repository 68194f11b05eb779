"""Generate an everyday mailbox (mbox) of the kind a real person's inbox holds (stdlib only).

Mostly not about jobs: work mail with long quoted threads, receipts and shipping, school and club
mail, HTML newsletters (tables, inline CSS), calendar invitations for ordinary meetings, base64 and
quoted-printable bodies, attachments, forwarded chains, some German/French/Spanish, and job words
used in other senses ("interview" in a podcast, "offer" in a shop, "position" of a parcel) at a
realistic rate. A share of the mail (--job-share) is job mail, in ATS and human styles.

Usage:
    python gen_everyday_r10.py --count 20000 --job-share 0.02 --seed 7 -o inbox.mbox
    python gen_everyday_r10.py --count 500 --job-share 1 > jobs.mbox      # all job mail
"""

from __future__ import annotations

import argparse
import random
import sys
from datetime import datetime, timedelta, timezone
from email.generator import BytesGenerator
from email.message import EmailMessage
from email.utils import format_datetime
from typing import BinaryIO, Callable

ME = ("Robin Hale", "robin.hale@fastmail.com")
FIRST = ["Alex", "Priya", "Tom", "Aisha", "Marek", "Chloe", "Kwame", "Sofia", "Liam", "Mei", "Oren",
         "Fatima", "Jonas", "Ines", "Ravi", "Harriet", "Diego", "Nkechi", "Ewan", "Yuki"]
LAST = ["Shaw", "Patel", "Moreau", "Okoro", "Nowak", "Jensen", "Garcia", "Byrne", "Chen", "Haddad",
        "Fischer", "Lopes", "Iyer", "Walsh", "Novak", "Adeyemi", "Rossi", "Kaur", "Murray", "Sato"]
WORK_DOM = "larchfield-eng.co.uk"
COMPANIES = [("Brightwater Homes", "brightwaterhomes.com"), ("Corvid Pharma", "corvidpharma.com"),
             ("Atlas Rail", "atlasrail.co.uk"), ("Helix Charity", "helixcharity.org"),
             ("Northwind Air", "northwindair.com"), ("Saltmarsh Hotels", "saltmarsh-hotels.co.uk"),
             ("Pennant Civils", "pennantcivils.co.uk"), ("Orchard Retail", "orchardretail.com")]
ATS = [("Greenhouse", "us.greenhouse-mail.io"), ("Lever", "hire.lever.co"), ("Workday", "myworkday.com"),
       ("iCIMS", "talent.icims.com"), ("SmartRecruiters", "smartrecruiters.com"), ("Ashby", "ashbyhq.com"),
       ("Teamtailor", "teamtailor-mail.com"), ("Workable", "workablemail.com"), ("Personio", "personio.de")]
TOPICS = ["drainage survey", "Q3 budget", "site access", "culvert redesign", "client workshop",
          "tender pack", "risk register", "handover docs", "CDM file", "planning condition 7"]
TRAPS = [
    "Next steps: I'll update the risk register and we review position on Friday.",
    "The supplier made an offer of 5% off if we order before the 20th.",
    "Great interview with the minister on the radio this morning, worth a listen.",
    "Reviewer 2 wants more references in section 4.",
    "The app update is an application of the new security policy.",
    "We'll get back to you next week once the landlord confirms.",
    "Can you take the role of note-taker at Thursday's meeting?",
    "Shortlisted designs for the logo are attached.",
]
FOREIGN = [
    ("de", "Elternabend am Donnerstag", "Liebe Eltern,\n\nder Elternabend findet am Donnerstag um 19 Uhr "
     "statt. Wir suchen noch Freiwillige für das Angebot beim Adventsbasar.\n\nViele Grüße\nFrau Becker"),
    ("de", "Ihre Bestellung wurde versandt", "Guten Tag,\n\nIhre Bestellung 40-221 ist unterwegs. "
     "Aktuelle Position: Paketzentrum Hamburg.\n\nIhr Shop-Team"),
    ("fr", "Réunion du club de randonnée", "Bonjour à tous,\n\nProchaine sortie dimanche. Les candidatures "
     "pour le poste de trésorier sont ouvertes.\n\nLe bureau"),
    ("fr", "Votre commande est expédiée", "Bonjour,\n\nVotre commande 88213 est en cours de livraison. "
     "Offre spéciale : -10 % sur votre prochain achat.\n\nL'équipe"),
    ("es", "Cena del viernes", "¡Hola! ¿Vienes a la cena del viernes? Tenemos una oferta en el restaurante "
     "de la esquina. Besos, Carmen"),
    ("es", "Tu pedido ha sido enviado", "Hola,\n\nTu pedido 55120 está en camino. Posición actual: "
     "centro logístico de Madrid.\n\nGracias por tu compra"),
]


class Gen:
    """Draws messages from one seeded random source."""

    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        self.start = datetime(2026, 1, 5, 8, 0, tzinfo=timezone.utc)
        self.n = 0

    def person(self, dom: str | None = None) -> tuple[str, str]:
        first, last = self.r.choice(FIRST), self.r.choice(LAST)
        return f"{first} {last}", f"{first.lower()}.{last.lower()}@{dom or self.r.choice(['gmail.com', 'outlook.com', 'yahoo.co.uk'])}"

    def when(self) -> datetime:
        tz = timezone(timedelta(hours=self.r.choice([0, 0, 0, 1, -5, 5.5, 10])))
        return (self.start + timedelta(minutes=self.r.randrange(0, 330 * 24 * 60))).astimezone(tz)

    def base(self, frm: tuple[str, str], subj: str, to: tuple[str, str] = ME) -> EmailMessage:
        self.n += 1
        m = EmailMessage()
        m["From"] = f"{frm[0]} <{frm[1]}>"
        m["To"] = f"{to[0]} <{to[1]}>"
        m["Date"] = format_datetime(self.when())
        m["Subject"] = subj
        m["Message-ID"] = f"<ev10-{self.n}-{self.r.randrange(10**9)}@{frm[1].split('@')[1]}>"
        return m

    def trap(self) -> str:
        return ("\n" + self.r.choice(TRAPS)) if self.r.random() < 0.12 else ""

    def cte(self) -> str:
        return self.r.choice(["quoted-printable", "base64", "8bit", "8bit"])

    # --- everyday kinds ---
    def work_thread(self) -> EmailMessage:
        topic = self.r.choice(TOPICS)
        people = [self.person(WORK_DOM) for _ in range(self.r.randint(2, 5))]
        body = f"Hi Robin,\n\nUpdated {topic} attached - shout if anything looks off.{self.trap()}\n\n{people[0][0].split()[0]}\n"
        for p in people[1:]:
            body += (f"\nOn {format_datetime(self.when())}, {p[0]} <{p[1]}> wrote:\n"
                     + "".join(f"> {line}\n" for line in
                               [f"Re the {topic}: we still need sign-off from the client.",
                                "I've looped in the design team.", "", "Thanks,", p[0].split()[0]]))
        m = self.base(people[0], f"RE: RE: {topic}", (ME[0], f"robin.hale@{WORK_DOM}"))
        m["Cc"] = ", ".join(f"{p[0]} <{p[1]}>" for p in people[1:])
        m.set_content(body, cte=self.r.choice(["7bit", "quoted-printable"]))
        if self.r.random() < 0.3:
            m.add_attachment(self.r.randbytes(self.r.randint(2000, 20000)), maintype="application",
                             subtype="pdf", filename=f"{topic.replace(' ', '_')}_rev{self.r.choice('ABCD')}.pdf")
        return m

    def receipt(self) -> EmailMessage:
        shop = self.r.choice([("Argos", "argos.co.uk"), ("John Lewis", "johnlewis.co.uk"),
                              ("Tesco", "tesco.com"), ("Evri", "evri.com"), ("DPD", "dpd.co.uk")])
        n = self.r.randrange(10**7, 10**8)
        m = self.base((shop[0], f"no-reply@{shop[1]}"), self.r.choice(
            [f"Your order {n} is confirmed", f"Your parcel {n} is on its way", "Receipt for your purchase"]))
        m.set_content(f"Thanks Robin,\n\nOrder {n}: £{self.r.randint(5, 300)}.{self.r.randint(10, 99)}\n"
                      f"Current position of your parcel: {self.r.choice(['depot', 'out for delivery', 'hub'])}.\n"
                      f"Members get an exclusive offer on their next order.\n\n{shop[0]}", cte=self.cte())
        return m

    def school_club(self) -> EmailMessage:
        frm = self.r.choice([("St Anne's Primary", "office@stannes-primary.org.uk"),
                             ("Harbour Rowing Club", "secretary@harbourrc.org.uk"),
                             ("Choir Committee", "choir@gmail.com")])
        m = self.base(frm, self.r.choice(["Newsletter", "Fixtures this weekend", "Volunteers needed",
                                          "Committee roles for next season"]))
        m.set_content(f"Dear all,\n\nA reminder about this week's events. We are still looking for someone to "
                      f"take on the treasurer role - applications by Friday please!{self.trap()}\n\n{frm[0]}",
                      cte=self.cte())
        return m

    def newsletter(self) -> EmailMessage:
        frm = self.r.choice([("The Weekly Dispatch", "news@weeklydispatch.com"), ("Gardeners' Corner", "hello@gardenerscorner.co.uk"),
                             ("TechRadar Deals", "deals@techradar-mail.com"), ("Podcast Picks", "picks@podpicks.fm")])
        rows = "".join(f"<tr><td style='padding:8px;border-bottom:1px solid #eee'><b>{t}</b></td>"
                       f"<td style='color:#c00'>£{self.r.randint(5, 99)}</td></tr>"
                       for t in self.r.sample(["Interview: the chef behind the menu", "Offer of the week",
                                               "Shortlisted for the garden prize", "Position your sofa right",
                                               "Role-playing games we love", "Next steps for your garden"], 3))
        html = (f"<html><body style='margin:0;font-family:Helvetica'><table width='600' align='center' "
                f"style='background:#fafafa'><tr><td><h1 style='font-size:22px'>{frm[0]}</h1></td></tr>{rows}"
                f"<tr><td style='font-size:10px;color:#999'>Unsubscribe | View in browser</td></tr></table></body></html>")
        m = self.base(frm, f"{frm[0]}: this week's picks")
        m.set_content("This week's picks - view in your browser.", cte="7bit")
        m.add_alternative(html, subtype="html", cte=self.r.choice(["quoted-printable", "base64"]))
        return m

    def calendar(self) -> EmailMessage:
        org = self.person(WORK_DOM)
        start = self.when().astimezone(timezone.utc).replace(minute=0, second=0)
        what = self.r.choice(["Sprint review", "Dentist", "Design crit", "1:1", "Team lunch", "Board prep"])
        ics = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Microsoft Corporation//Outlook 16.0//EN\r\n"
               f"METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:{self.r.randrange(10**12)}@{WORK_DOM}\r\n"
               f"DTSTART:{start:%Y%m%dT%H%M%SZ}\r\nDTEND:{start + timedelta(hours=1):%Y%m%dT%H%M%SZ}\r\n"
               f"SUMMARY:{what}\r\nORGANIZER;CN={org[0]}:mailto:{org[1]}\r\n"
               f"ATTENDEE;CN={ME[0]}:mailto:robin.hale@{WORK_DOM}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
        m = self.base(org, f"Invitation: {what} @ {start:%a %d %b %Y %H:%M}", (ME[0], f"robin.hale@{WORK_DOM}"))
        m.set_content(f"{org[0]} has invited you to {what}.")
        m.add_alternative(ics, subtype="calendar", params={"method": "REQUEST"})
        return m

    def forward(self) -> EmailMessage:
        fr = self.person()
        inner = self.person()
        m = self.base(fr, "Fwd: " + self.r.choice(["holiday photos", "the flat", "5-a-side", "birthday plans"]))
        m.set_content(f"see below x{self.trap()}\n\n---------- Forwarded message ---------\nFrom: {inner[0]} <{inner[1]}>\n"
                      f"Date: {format_datetime(self.when())}\nSubject: plans\n\nAre we still on for Saturday? "
                      "Let me know by Thursday.\n", cte=self.cte())
        return m

    def foreign(self) -> EmailMessage:
        _lang, subj, body = self.r.choice(FOREIGN)
        m = self.base(self.person(self.r.choice(["gmx.de", "orange.fr", "gmail.com"])), subj)
        m.set_content(body, cte=self.r.choice(["quoted-printable", "base64", "8bit"]))
        return m

    # --- job mail ---
    def job_ats(self) -> EmailMessage:
        (co, dom), (ats, adom) = self.r.choice(COMPANIES), self.r.choice(ATS)
        role = self.r.choice(["Project Engineer", "Store Manager", "CRA II", "Cabin Crew", "Policy Officer"])
        kind = self.r.choice(["received", "received", "rejected", "interview"])
        text = {"received": f"Thank you for applying for {role} at {co}. We have received your application.",
                "rejected": f"Thank you for your interest in {role}. After careful consideration we will not be "
                            "moving forward with your application.",
                "interview": f"We'd like to invite you to interview for {role}. Please choose a slot using the link below."}[kind]
        m = self.base((co, f"no-reply@{adom}"), f"Your application to {co}")
        m.set_content(f"Hi Robin,\n\n{text}\n\n{co} Talent Team\nPowered by {ats}", cte=self.cte())
        return m

    def job_human(self) -> EmailMessage:
        co, dom = self.r.choice(COMPANIES)
        who = self.person(dom)
        text = self.r.choice([
            "lovely to chat earlier - the team would like to meet you, are you free Thurs or Fri?",
            "could you send me two referees? we'd like to move quickly",
            "what's your notice period and salary expectation?",
            "we'd love to have you on board - paperwork to follow early next week",
            "the panel felt another candidate was a closer match this time, happy to give feedback",
            "we'll be in touch by the end of next week",
        ])
        m = self.base(who, self.r.choice(["quick one", f"{co} - next steps", "Re: our chat", "update"]))
        m.set_content(f"Hi Robin,\n\n{text}\n\n{who[0].split()[0]}\nSent from my phone", cte=self.cte())
        return m

    def one(self, job_share: float) -> EmailMessage:
        if self.r.random() < job_share:
            return self.r.choice([self.job_ats, self.job_human])()
        kinds: list[tuple[float, Callable[[], EmailMessage]]] = [
            (0.26, self.work_thread), (0.20, self.receipt), (0.10, self.school_club), (0.18, self.newsletter),
            (0.08, self.calendar), (0.10, self.forward), (0.08, self.foreign)]
        x = self.r.random() * sum(w for w, _ in kinds)
        for w, f in kinds:
            x -= w
            if x <= 0:
                return f()
        return kinds[-1][1]()


def write(out: BinaryIO, count: int, job_share: float, seed: int) -> None:
    """Write `count` messages to `out` in mbox form (From_ lines, '>From ' mangling)."""
    g = Gen(seed)
    gen = BytesGenerator(out, mangle_from_=True)
    for _ in range(count):
        msg = g.one(job_share)
        sender = msg["From"].split("<")[-1].rstrip(">")
        out.write(f"From {sender} {datetime(2026, 1, 1):%a %b %d %H:%M:%S %Y}\n".encode())
        gen.flatten(msg, unixfrom=False)
        out.write(b"\n")


def main(argv: list[str] | None = None) -> int:
    """Parse arguments and write the mailbox."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--count", type=int, default=1000, help="number of messages (default 1000)")
    ap.add_argument("--job-share", type=float, default=0.02, help="share of job mail, 0..1 (default 0.02)")
    ap.add_argument("--seed", type=int, default=10, help="random seed (default 10)")
    ap.add_argument("-o", "--output", help="write here instead of stdout")
    a = ap.parse_args(argv)
    if a.count < 0 or not 0 <= a.job_share <= 1:
        print("error: --count must be >= 0 and --job-share between 0 and 1", file=sys.stderr)
        return 2
    if a.output:
        with open(a.output, "wb") as fh:
            write(fh, a.count, a.job_share, a.seed)
    else:
        write(sys.stdout.buffer, a.count, a.job_share, a.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
