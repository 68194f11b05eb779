"""Write an everyday mailbox (mbox) with a chosen share of job mail, for import benchmarks.

Round-4 generator, written by heldout4 without looking at the project's own generators or
rules. Standard library only and deterministic: the same --count/--job-share/--seed give the
same bytes.

    python gen_everyday_r4.py --count 20000 --job-share 0.02 --seed 7 --out everyday.mbox
    python gen_everyday_r4.py --count 2000 --job-share 1.0 --seed 7 --out jobs.mbox

The mail is that of an ordinary working person: meeting invitations with text/calendar parts,
team threads with quoted history, HTML newsletters with tables, shop orders, bank and travel
mail, school and sport clubs, GitHub and Jira notifications, some German, French and Spanish;
bodies in 7bit, quoted-printable and base64; small PDF and image attachments and a few large
ones (200 KB+). Job mail (receipts, interview invitations, rejections, offers, timelines, in
ATS and human styles) makes up --job-share of the messages.
"""

from __future__ import annotations

import argparse
import base64
import random
import sys
from datetime import datetime, timedelta, timezone
from email import policy, utils
from email.generator import BytesGenerator
from email.message import EmailMessage

POLICY = policy.default.clone(linesep="\n")

FIRST = ("Amara Ben Chloe Dev Elena Farid Grace Hugo Isla Jonah Kemi Lars Maya Nikhil Olga Pedro "
         "Qian Rosa Sami Tara Umar Vera Wes Xenia Yusuf Zoe Aoife Bilal Carmen Dmitri Esther Felix "
         "Gwen Hiro Ines Joel Kavya Lena Marek Noor").split()
LAST = ("Adeyemi Brennan Castillo Dubois Eriksen Fischer Gupta Hassan Ito Jansen Kowalski Lindqvist "
        "Moreau Nakamura Okafor Petrov Quinn Rossi Schmidt Tanaka Ueda Varga Walsh Xu Young Zimmer "
        "Achterberg Bianchi Costa Delgado").split()
WORK_DOMAINS = ["northwind-logistics.com", "bluepeak.io", "harrowgate.co.uk", "veltra.de"]
FREEMAIL = ["gmail.com", "outlook.com", "yahoo.co.uk", "icloud.com", "proton.me", "gmx.de"]
ZONES = [0, 0, 0, 60, 60, 60, -300, -240, 330, 600, 120, -480]
TOPICS = ["Q3 roadmap", "billing migration", "data retention policy", "offsite planning",
          "incident 4471 follow-up", "vendor review", "hiring plan for next year", "onboarding docs",
          "API deprecation", "budget forecast", "customer escalation - Acme", "release 5.2",
          "security training", "office move", "quarterly business review"]
SENTENCES = [
    "Thanks for pulling this together so quickly.",
    "I've added my comments to the doc, mostly small wording changes.",
    "Can we move the sync to Thursday? Tuesday is packed for me.",
    "The numbers look right to me, but let's double-check the March figures.",
    "Next steps: Priya drafts the proposal, I review it, and we share it with the wider team.",
    "I spoke to finance and they're happy with the revised estimate.",
    "We should get back to the vendor by Friday with a decision.",
    "The position of the legal team is that we need a DPA before any data moves.",
    "Let's park the second option for now and revisit in the new year.",
    "I interviewed three customers last week and they all mentioned onboarding.",
    "Their offer is cheaper but the support terms are weaker.",
    "The application crashed twice during the demo, so we need to look at memory.",
    "Please review the references in section 4, some links are broken.",
    "Happy to take the action on the runbook.",
    "We'll get back to you within a week with the final numbers.",
    "Rejected the first draft of the design because it doesn't handle retries.",
    "My role in this is mostly to unblock the team, so shout if you're stuck.",
    "The deadline for the first milestone is the end of next month.",
    "Great work everyone, this was a big push.",
    "I'm out on Friday, so Marek will cover the standup.",
    "The contract renewal is due in early March.",
    "Can someone confirm the availability of the staging environment next week?",
    "Agreed, let's go with the simpler approach and measure.",
    "Attached the slides from the all-hands in case you missed it.",
]
SHOPS = [("Hartley & Finch", "orders@hartleyandfinch.co.uk"), ("Nordic Nest", "order@nordicnest.com"),
         ("Wiggle", "orders@wiggle.co.uk"), ("Zalando", "info@service-mail.zalando.de"),
         ("Boots", "orders@boots.com"), ("IKEA", "noreply@order.ikea.com")]
ITEMS = ["wool socks (3 pack)", "USB-C charger 65W", "cast iron pan", "running jacket",
         "children's raincoat", "paperback: The Offer", "desk lamp", "coffee beans 1kg",
         "board game: Role Call", "notebook A5", "bike lights", "linen shirt"]
COMPANIES = ["Ledgerline", "Corvid Analytics", "Brightmoor Health", "Tessaract Labs", "Kinfolk Bank",
             "Moorgate Insurance", "Sable Robotics", "Wrenfield Council", "Ostara Energy",
             "Pinecrest University", "Juniper Retail", "Halcyon Games"]
ROLES = ["Data Engineer", "Senior Analyst", "Product Manager", "Backend Developer",
         "Research Associate", "BI Developer", "Platform Engineer", "Policy Officer"]
ATS = [("Greenhouse", "no-reply@us.greenhouse-mail.io"), ("Lever", "no-reply@hire.lever.co"),
       ("Workday", "{slug}@myworkday.com"), ("iCIMS", "{slug}-careers@icims.com"),
       ("SmartRecruiters", "noreply@smartrecruiters.com"), ("Ashby", "no-reply@ashbyhq.com"),
       ("Taleo", "do-not-reply@taleo.net"), ("Personio", "noreply@mail.personio.de"),
       ("Teamtailor", "no-reply@teamtailor.com"), ("Workable", "noreply@candidates.workablemail.com"),
       ("JazzHR", "no-reply@applytojob.com"), ("BambooHR", "notifications@app.bamboohr.com"),
       ("Recruitee", "no-reply@recruitee.com")]


FOOTERS = [
    "This email and any files transmitted with it are confidential and intended solely for the use of the "
    "individual or entity to whom they are addressed. If you have received this email in error please notify "
    "the system manager. This message contains confidential information and is intended only for the "
    "individual named. If you are not the named addressee you should not disseminate, distribute or copy "
    "this e-mail. Please notify the sender immediately by e-mail if you have received this e-mail by mistake "
    "and delete this e-mail from your system.",
    "Registered in England and Wales, company number 04412339. Registered office: 1 Canal Wharf, Leeds LS11 "
    "5PS. We will never ask you to change bank details by email. Think before you print.",
    "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren "
    "Sie bitte sofort den Absender und vernichten Sie diese Mail.",
    "Ce message et ses pièces jointes sont confidentiels. Si vous avez reçu ce message par erreur, merci de le "
    "détruire et d'en avertir l'expéditeur.",
]
STYLE = ("<style><!-- @font-face {font-family:'Cambria Math';panose-1:2 4 5 3 5 4 6 3 2 4;} "
         "@font-face {font-family:Calibri;panose-1:2 15 5 2 2 2 4 3 2 4;} "
         "p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:'Calibri',sans-serif;} "
         "a:link, span.MsoHyperlink {mso-style-priority:99;color:#0563C1;text-decoration:underline;} "
         "span.EmailStyle17 {mso-style-type:personal-compose;font-family:'Calibri',sans-serif;color:windowtext;} "
         ".MsoChpDefault {mso-style-type:export-only;font-family:'Calibri',sans-serif;} "
         "@page WordSection1 {size:612.0pt 792.0pt;margin:72.0pt 72.0pt 72.0pt 72.0pt;} "
         "div.WordSection1 {page:WordSection1;} --></style>")


class Gen:
    """State for one mailbox: the owner, the clock, open threads."""

    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        first, last = self.r.choice(FIRST), self.r.choice(LAST)
        self.work_domain = self.r.choice(WORK_DOMAINS)
        self.me = f"{first} {last} <{first.lower()}.{last.lower()}@{self.r.choice(FREEMAIL)}>"
        self.me_work = f"{first} {last} <{first.lower()}@{self.work_domain}>"
        self.first = first
        self.now = datetime(2025, 1, 6, 7, 0, tzinfo=timezone.utc)
        self.threads: list[tuple[str, str, str, str]] = []  # (msgid, subject, from, text)
        self.n = 0
        self.pending_trace = ""

    # --- small helpers -------------------------------------------------------------------
    def person(self, domain: str | None = None) -> tuple[str, str]:
        """A random (display, address) at `domain` or a free-mail domain."""
        f, la = self.r.choice(FIRST), self.r.choice(LAST)
        dom = domain or self.r.choice(FREEMAIL)
        return f"{f} {la}", f"{f} {la} <{f.lower()}.{la.lower()}@{dom}>"

    def tick(self) -> datetime:
        """Advance the clock by a few minutes to a few hours."""
        self.now += timedelta(minutes=self.r.choice([3, 11, 25, 40, 70, 130, 300]))
        return self.now

    def para(self, k: int) -> str:
        return " ".join(self.r.choice(SENTENCES) for _ in range(k))

    def base(self, frm: str, to: str, subject: str, domain: str) -> EmailMessage:
        self.n += 1
        m = EmailMessage(policy=POLICY)
        m["From"], m["To"], m["Subject"] = frm, to, subject
        tz = timezone(timedelta(minutes=self.r.choice(ZONES)))
        m["Date"] = utils.format_datetime(self.tick().astimezone(tz))
        self.pending_trace = self.trace(domain)
        m["Message-ID"] = f"<{self.n:07d}.{self.r.getrandbits(40):010x}@{domain}>"
        return m

    def trace(self, domain: str) -> str:
        """Transport headers as real mailboxes carry them (Received chain, DKIM, ARC), pre-folded.

        Written as raw lines ahead of the generated headers: parsing and refolding them through
        the email package would cost more than everything else put together.
        """
        r = self.r
        ip = lambda: f"{r.randint(2, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"  # noqa: E731
        stamp = utils.format_datetime(self.now + timedelta(seconds=r.randint(1, 90)))
        t = int(self.now.timestamp())
        lines = []
        for h in range(r.randint(2, 6)):
            lines.append(f"Received: from mail-{r.choice(['sor', 'out', 'relay', 'smtp'])}{r.randint(1, 99)}.{domain} "
                         f"([{ip()}])\n\tby mx{h}.mail.example.net with ESMTPS id {r.getrandbits(60):x}\n\t"
                         f"(version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n\t{stamp}")
        lines.append(f"Authentication-Results: mx.mail.example.net;\n\tdkim=pass header.i=@{domain} header.s=s1 "
                     f"header.b={r.getrandbits(48):x};\n\tspf=pass (domain of {domain} designates {ip()} as "
                     f"permitted sender) smtp.mailfrom={domain};\n\tdmarc=pass (p=NONE) header.from={domain}")
        sig = base64.b64encode(r.randbytes(r.choice([129, 258]))).decode()
        folded = "\n\t".join(sig[i:i + 70] for i in range(0, len(sig), 70))
        lines.append(f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={domain}; s=s1;\n\tt={t}; "
                     f"h=from:to:subject:date:message-id:mime-version;\n\tbh={sig[:43]}=;\n\tb={folded}")
        if r.random() < 0.4:
            lines.append(f"ARC-Seal: i=1; a=rsa-sha256; t={t}; cv=none; d=example.net; s=arc;\n\tb=" + "\n\t".join(sig[::-1][i:i + 70] for i in range(0, len(sig), 70)))
            lines.append(f"ARC-Authentication-Results: i=1; mx.mail.example.net; dkim=pass header.d={domain}")
        if r.random() < 0.3:
            lines.append("X-MS-Exchange-Organization-SCL: 1")
            lines.append(f"X-MS-Exchange-CrossTenant-Id: {r.getrandbits(128):032x}")
            lines.append("X-Forefront-Antispam-Report: CIP:255.255.255.255;CTRY:;LANG:en;SCL:1;SRV:;\n\t"
                         "IPV:NLI;SFV:NSPM;H:mail.example.net;PTR:;CAT:NONE;SFS:(13230031);DIR:INB;")
        return "\n".join(lines) + "\n"

    def footer(self) -> str:
        return "\n\n--\n" + self.r.choice(FOOTERS) if self.r.random() < 0.5 else ""

    def outlook_html(self, text: str) -> str:
        """An Outlook-style HTML rendering of a plain text body."""
        paras = "".join(f"<p class=MsoNormal>{ln or '&nbsp;'}<o:p></o:p></p>" for ln in text.splitlines())
        return (f"<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><meta http-equiv=Content-Type "
                f"content=\"text/html; charset=utf-8\">{STYLE}</head><body lang=EN-GB link=\"#0563C1\"><div "
                f"class=WordSection1>{paras}</div></body></html>")

    def cte(self) -> dict[str, str]:
        """Mix transfer encodings the way real senders do."""
        # None lets the library pick (7bit for plain ASCII).
        cte = self.r.choice([None, "quoted-printable", "quoted-printable", "base64"])
        return {"cte": cte} if cte else {}

    def attach_blob(self, m: EmailMessage, big: bool) -> None:
        """A small PDF or image, or a large one (200 KB+)."""
        size = self.r.randint(210_000, 420_000) if big else self.r.randint(3_000, 30_000)
        blob = self.r.randbytes(size)
        if self.r.random() < 0.5:
            data = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + blob + b"\n%%EOF\n"
            m.add_attachment(data, maintype="application", subtype="pdf",
                             filename=self.r.choice(["minutes.pdf", "invoice.pdf", "slides.pdf", "scan.pdf"]))
        else:
            data = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + blob + b"\xff\xd9"
            m.add_attachment(data, maintype="image", subtype="jpeg",
                             filename=self.r.choice(["IMG_2231.jpg", "photo.jpg", "whiteboard.jpg"]))

    # --- everyday kinds ------------------------------------------------------------------
    def team_thread(self) -> EmailMessage:
        name, frm = self.person(self.work_domain)
        if self.threads and self.r.random() < 0.6:
            pid, subj, pfrom, ptext = self.r.choice(self.threads[-20:])
            subject = subj if subj.startswith("RE:") else "RE: " + subj
            body = f"{self.para(self.r.randint(1, 4))}\n\n{name.split()[0]}\n\n"
            body += f"On {utils.format_datetime(self.now - timedelta(hours=3))}, {pfrom} wrote:\n"
            body += "\n".join("> " + ln for ln in ptext.splitlines())
            m = self.base(frm, self.me_work, subject, self.work_domain)
            m["In-Reply-To"], m["References"] = pid, pid
        else:
            subject = self.r.choice(TOPICS)
            body = f"Hi all,\n\n{self.para(self.r.randint(2, 8))}\n\n{self.para(self.r.randint(1, 5))}\n\n{name.split()[0]}\n"
            m = self.base(frm, f"Team <team@{self.work_domain}>", subject, self.work_domain)
            m["Cc"] = self.me_work
        body += self.footer()
        m.set_content(body, **self.cte())
        if self.r.random() < 0.6:
            m.add_alternative(self.outlook_html(body), subtype="html", **self.cte())
        if self.r.random() < 0.12:
            self.attach_blob(m, big=self.r.random() < 0.15)
        self.threads.append((m["Message-ID"], subject, frm, body[:1200]))
        return m

    def meeting(self) -> EmailMessage:
        name, frm = self.person(self.work_domain)
        topic = self.r.choice(TOPICS)
        start = self.now + timedelta(days=self.r.randint(1, 14), hours=self.r.randint(1, 8))
        end = start + timedelta(minutes=self.r.choice([30, 45, 60, 90]))
        cancel = self.r.random() < 0.1
        subject = ("Cancelled: " if cancel else "Invitation: ") + f"{topic} @ {start:%a %d %b %Y %H:%M}"
        m = self.base(frm, self.me_work, subject, self.work_domain)
        m.set_content(f"{name} has invited you to: {topic}\nWhen: {start:%A %d %B %Y %H:%M} UTC\n"
                      f"Where: Teams / Room {self.r.randint(1, 9)}.{self.r.randint(1, 30)}\n\n{self.para(2)}\n")
        uid = f"{self.r.getrandbits(64):016x}@{self.work_domain}"
        method = "CANCEL" if cancel else "REQUEST"
        cal = "\r\n".join([
            "BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
            "VERSION:2.0", f"METHOD:{method}", "BEGIN:VEVENT",
            f"DTSTART:{start:%Y%m%dT%H%M%SZ}", f"DTEND:{end:%Y%m%dT%H%M%SZ}",
            f"DTSTAMP:{self.now:%Y%m%dT%H%M%SZ}", f"UID:{uid}",
            f"ORGANIZER;CN={name}:mailto:{utils.parseaddr(frm)[1]}",
            f"ATTENDEE;CN={self.first};RSVP=TRUE:mailto:{utils.parseaddr(self.me_work)[1]}",
            f"SUMMARY:{topic}", f"STATUS:{'CANCELLED' if cancel else 'CONFIRMED'}",
            "END:VEVENT", "END:VCALENDAR", ""])
        m.add_alternative(cal, subtype="calendar", params={"method": method})
        return m

    def newsletter(self) -> EmailMessage:
        brand, dom = self.r.choice([("The Weekend Edit", "weekendedit.news"), ("Morning Brew", "morningbrew.com"),
                                    ("Product Hunt Daily", "producthunt.com"), ("Runner's World", "runnersworld.co.uk"),
                                    ("Guardian Long Read", "theguardian.com"), ("Hacker Newsletter", "hackernewsletter.com")])
        heads = ["An interview with a founder who said no to a $1bn offer", "Why the application of AI to "
                 "recruiting is harder than it looks", "Ten things to do this weekend", "What a rejected "
                 "patent taught us", "The role of sleep in training", "Markets: the position after the Fed",
                 "Next steps for the EU AI Act", "Podcast: the salary conversation nobody has"]
        rows = "".join(f"<tr><td style='padding:8px'><b>{self.r.choice(heads)}</b><br>{self.para(2)}</td>"
                       f"<td><img src='https://{dom}/i/{self.r.getrandbits(32):x}.jpg' width='120'></td></tr>"
                       for _ in range(self.r.randint(4, 30)))
        html = (f"<html><body><table width='640' align='center' style='font-family:Georgia'><tr><td colspan='2'>"
                f"<h1>{brand}</h1></td></tr>{rows}<tr><td colspan='2' style='font-size:10px'>You are receiving this"
                f" because you subscribed. <a href='https://{dom}/unsub'>Unsubscribe</a></td></tr></table></body></html>")
        m = self.base(f"{brand} <newsletter@{dom}>", self.me, self.r.choice(heads), dom)
        m["List-Unsubscribe"] = f"<https://{dom}/unsub?u={self.r.getrandbits(24)}>"
        if self.r.random() < 0.5:
            m.set_content(f"{brand}\n\nView this email in your browser.\n")
            m.add_alternative(html, subtype="html", **self.cte())
        else:
            m.set_content(html, subtype="html", **self.cte())
        return m

    def shop(self) -> EmailMessage:
        shop, addr = self.r.choice(SHOPS)
        items = self.r.sample(ITEMS, self.r.randint(1, 4))
        rows = "".join(f"<tr><td>{it}</td><td>1</td><td>£{self.r.randint(4, 120)}.{self.r.randint(0, 99):02d}</td></tr>"
                       for it in items)
        kind = self.r.choice(["Order confirmation", "Your order has been dispatched", "A special offer for you",
                              "Your return has been received"])
        m = self.base(f"{shop} <{addr}>", self.me, f"{kind} #{self.r.randint(100000, 999999)}", addr.split("@")[1])
        m.set_content(f"{kind}\n\n" + "\n".join(items) + "\n\nTrack your parcel online; your position in the "
                      "delivery queue updates every hour.\n")
        m.add_alternative(f"<html><body><h2>{kind}</h2><table border='1'>{rows}</table><p>Offer ends Sunday."
                          "</p></body></html>", subtype="html")
        return m

    def bank_travel(self) -> EmailMessage:
        opts = [
            ("Monzo <help@monzo.com>", "Your statement is ready",
             "Your monthly statement is ready in the app. We've received your application for an overdraft "
             "increase and will let you know our decision within 5 working days."),
            ("Nationwide <alerts@nationwide.co.uk>", "Your mortgage offer is ready",
             "Your mortgage offer is ready and valid for 6 months. Next steps: your solicitor will be in touch."),
            ("British Airways <ba@email.ba.com>", "Your booking confirmation",
             "Flight BA1440 London Heathrow to Edinburgh. Seat 23A. Check-in opens 24 hours before departure."),
            ("Trainline <auto-confirm@info.thetrainline.com>", "Your e-ticket",
             "Leeds to London King's Cross, Coach C seat 42. Special offer: save 20% on your next trip."),
            ("Booking.com <noreply@booking.com>", "Your reservation is confirmed",
             "Hotel Alma, Lisbon. 3 nights. Free cancellation until 2 days before arrival."),
            ("HMRC <noreply@tax.service.gov.uk>", "Your tax code has changed",
             "Your tax code has changed because of a change in your benefits. The application of the new code "
             "starts with your next payslip."),
        ]
        frm, subj, text = self.r.choice(opts)
        m = self.base(frm, self.me, subj, utils.parseaddr(frm)[1].split("@")[1])
        body = f"Dear {self.first},\n\n{text}\n\nPlease do not reply to this email.\n{self.footer()}"
        m.set_content(body, **self.cte())
        m.add_alternative(self.outlook_html(body), subtype="html", **self.cte())
        if self.r.random() < 0.2:
            self.attach_blob(m, big=self.r.random() < 0.1)
        return m

    def club_school(self) -> EmailMessage:
        opts = [
            ("St Mary's Primary <office@stmarys.sch.uk>", "Parent interviews next week",
             "Parent interviews will take place on Tuesday and Thursday. Please book a slot in the app. "
             "We'll get back to you if your preferred time is not available."),
            ("Riverside Tennis Club <captain@riversidetc.org.uk>", "Team selection for Saturday",
             "Selection for Saturday is up. Unfortunately we couldn't fit everyone in; we'll rotate next week. "
             "The club is also offering free coaching for juniors."),
            ("Parkrun <noreply@parkrun.com>", "Your parkrun result",
             "You finished in position 112 out of 430. Your time was 26:41. Well done!"),
            ("Scouts 14th Leeds <leader@14thleeds.scouts.org.uk>", "Camp - next steps",
             "Next steps for camp: forms back by Friday. We're also looking for volunteers - a DBS check and two "
             "references are needed for any helper role."),
            ("Choir <secretary@cityvoices.org.uk>", "Auditions and rehearsal schedule",
             "Auditions for the solo roles are on the 12th. We're delighted to offer places to all returning members."),
        ]
        frm, subj, text = self.r.choice(opts)
        m = self.base(frm, self.me, subj, utils.parseaddr(frm)[1].split("@")[1])
        body = f"Hi all,\n\n{text}\n\n{self.para(self.r.randint(1, 4))}\n\nThanks,\nThe committee\n"
        m.set_content(body)
        if self.r.random() < 0.5:
            m.add_alternative(self.outlook_html(body), subtype="html")
        if self.r.random() < 0.1:
            self.attach_blob(m, big=False)
        return m

    def devtools(self) -> EmailMessage:
        repo = self.r.choice(["platform/api", "data/pipelines", "web/frontend", "infra/terraform"])
        if self.r.random() < 0.5:
            num = self.r.randint(100, 9999)
            subj = f"Re: [{repo}] {self.r.choice(['Fix offer calculation', 'Add interview slots endpoint', 'Bump deps', 'Handle rejected uploads'])} (PR #{num})"
            m = self.base("GitHub <notifications@github.com>", self.me_work, subj, "github.com")
            m["List-ID"] = f"{repo} <{repo.replace('/', '.')}.github.com>"
            m.set_content(f"@{self.r.choice(FIRST).lower()} commented on this pull request.\n\n"
                          f"> {self.r.choice(SENTENCES)}\n\n{self.para(2)}\n\n--\nReply to this email directly, "
                          "view it on GitHub, or unsubscribe.\n")
        else:
            key = f"{self.r.choice(['OPS', 'DATA', 'WEB'])}-{self.r.randint(100, 9999)}"
            status = self.r.choice(["In Progress", "Done", "Rejected", "In Review"])
            m = self.base(f"Jira <jira@{self.work_domain.split('.')[0]}.atlassian.net>", self.me_work,
                          f"[JIRA] ({key}) status changed to {status}", "atlassian.net")
            m.set_content(f"{self.r.choice(FIRST)} changed the status of {key} to {status}.\n\n{self.para(2)}\n")
        m["Auto-Submitted"] = "auto-generated"
        return m

    def foreign(self) -> EmailMessage:
        opts = [
            ("de", "Deutsche Bahn <noreply@bahn.de>", "Ihre Buchungsbestätigung",
             "vielen Dank für Ihre Buchung. Ihr Sparpreis-Angebot gilt nur für den gebuchten Zug. Nächste Schritte: "
             "Ticket in der App speichern."),
            ("de", "Elternbeirat <elternbeirat@grundschule-sued.de>", "Elterngespräche",
             "die Elterngespräche finden nächste Woche statt. Bitte tragen Sie sich in die Liste ein, wir melden uns "
             "bei Ihnen."),
            ("fr", "SNCF Connect <newsletter@sncf-connect.com>", "Votre offre du moment",
             "profitez de notre offre : billets dès 19 €. Réservez avant dimanche."),
            ("fr", "Club de foot <contact@asmontreuil.fr>", "Sélection du week-end",
             "la sélection pour samedi est affichée. Prochaines étapes : entraînement mercredi."),
            ("es", "Amazon.es <confirmar-envio@amazon.es>", "Tu pedido ha sido enviado",
             "tu pedido está en camino. Oferta del día: auriculares con un 30 % de descuento."),
            ("es", "Comunidad de vecinos <administrador@fincas-lopez.es>", "Convocatoria de junta",
             "se convoca junta ordinaria el jueves. Orden del día: oferta de la empresa de ascensores."),
        ]
        _, frm, subj, text = self.r.choice(opts)
        m = self.base(frm, self.me, subj, utils.parseaddr(frm)[1].split("@")[1])
        m.set_content(f"Hallo / Bonjour / Hola {self.first},\n\n{text}\n", cte="quoted-printable")
        return m

    # --- job mail ------------------------------------------------------------------------
    def job(self) -> EmailMessage:
        company, role = self.r.choice(COMPANIES), self.r.choice(ROLES)
        slug = company.lower().split()[0]
        cdom = slug + self.r.choice([".com", ".co.uk", ".io", ".org"])
        ats_name, ats_addr = self.r.choice(ATS)
        ats_addr = ats_addr.format(slug=slug)
        hname, human = self.person(cdom)
        when = (self.now + timedelta(days=self.r.randint(2, 10))).strftime("%A %d %B at %H:00")
        kind = self.r.choice(["receipt", "receipt", "invite", "invite", "rejection", "rejection",
                              "offer", "timeline", "references", "notice", "salary"])
        human_style = self.r.random() < 0.5
        texts = {
            "receipt": (f"Thank you for applying to {company}",
                        f"Thanks for applying for the {role} role at {company}. We've received your application "
                        "and our team will review it. If your experience matches, we'll be in touch."),
            "invite": (f"Interview invitation - {role}",
                       f"We'd like to invite you to an interview for the {role} position on {when}. Please let us "
                       "know if that works, or send your availability."),
            "rejection": (f"Your application to {company}",
                          f"Thank you for your interest in the {role} role. After careful consideration we have "
                          "decided to move forward with other candidates whose experience more closely matches."),
            "offer": (f"Offer - {role} at {company}",
                      f"We're delighted to offer you the position of {role} at {company}, with a starting salary "
                      f"of £{self.r.randint(38, 95)},000. Your offer letter is attached."),
            "timeline": (f"{role} - update",
                         "Thanks for your patience. The panel is meeting this week and we expect to have a decision "
                         f"by {self.r.choice(['Friday', 'the end of next week', 'the 15th', 'close of play Thursday'])}."),
            "references": (f"{role} - references",
                           "Could you please send us the details of two referees, one of whom should be a recent "
                           "manager?"),
            "notice": (f"{role} - quick question", "What is your current notice period, and when could you start?"),
            "salary": (f"{role} - compensation", f"The budget for the role is £{self.r.randint(40, 90)}-"
                                                 f"{self.r.randint(91, 120)}k. What are your salary expectations?"),
        }
        subj, text = texts[kind]
        if human_style or kind in ("references", "notice", "salary", "timeline"):
            first = hname.split()[0]
            body = f"Hi {self.first},\n\n{text}\n\nBest,\n{first}\n{hname} | Talent | {company}\n{self.footer()}"
            if self.r.random() < 0.3:
                body = body.replace("Best,", "Sent from my iPhone\n\nBest,").lower() if self.r.random() < 0.2 else body
            m = self.base(human, self.me, subj, cdom)
            m.set_content(body, **self.cte())
            if self.r.random() < 0.5:
                m.add_alternative(self.outlook_html(body), subtype="html", **self.cte())
        else:
            m = self.base(f"{company} <{ats_addr}>", self.me, subj, ats_addr.split("@")[1])
            m["Reply-To"] = f"talent@{cdom}"
            html = (f"<html><body><table width='600' style='font-family:Arial'><tr><td><h3>{company}</h3>"
                    f"<p>Dear {self.first},</p><p>{text}</p><table border='1' cellpadding='5'><tr><td>Position</td>"
                    f"<td>{role}</td></tr><tr><td>Status</td><td>{kind.title()}</td></tr></table>"
                    f"<p style='font-size:10px'>Sent via {ats_name}. Nothing in this email constitutes an offer of "
                    "employment unless stated. " + " ".join(FOOTERS[:2]) + f"</p></td></tr></table>{STYLE}</body></html>")
            if self.r.random() < 0.5:
                m.set_content(f"Dear {self.first},\n\n{text}\n\n{company} Talent Acquisition\n")
                m.add_alternative(html, subtype="html")
            else:
                m.set_content(html, subtype="html", **self.cte())
        if kind == "invite" and self.r.random() < 0.4:
            start = self.now + timedelta(days=self.r.randint(2, 10))
            cal = "\r\n".join(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Google Inc//Google Calendar//EN",
                               "METHOD:REQUEST", "BEGIN:VEVENT", f"DTSTART:{start:%Y%m%dT%H0000Z}",
                               f"DTEND:{start + timedelta(hours=1):%Y%m%dT%H0000Z}",
                               f"UID:{self.r.getrandbits(64):x}@{cdom}", f"SUMMARY:Interview - {role}",
                               f"ORGANIZER:mailto:{utils.parseaddr(human)[1]}", "END:VEVENT", "END:VCALENDAR", ""])
            m.add_attachment(cal.encode(), maintype="text", subtype="calendar", filename="invite.ics",
                             params={"method": "REQUEST"})
        if kind == "offer" and self.r.random() < 0.5:
            self.attach_blob(m, big=False)
        return m

    def everyday(self) -> EmailMessage:
        kind = self.r.choices(
            [self.team_thread, self.meeting, self.newsletter, self.shop, self.bank_travel,
             self.club_school, self.devtools, self.foreign],
            weights=[30, 12, 16, 10, 8, 6, 12, 6])[0]
        return kind()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--count", type=int, required=True, help="number of messages")
    ap.add_argument("--job-share", type=float, default=0.02, help="share of job mail, 0..1 (default 0.02)")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("--out", required=True, help="the mbox file to write")
    args = ap.parse_args(argv)
    if args.count < 0 or not 0.0 <= args.job_share <= 1.0:
        print("error: --count must be >= 0 and --job-share within 0..1", file=sys.stderr)
        return 2
    g = Gen(args.seed)
    n_jobs = round(args.count * args.job_share)
    job_at = set(g.r.sample(range(args.count), n_jobs))
    with open(args.out, "wb") as fp:
        gen = BytesGenerator(fp, mangle_from_=True, policy=POLICY)
        for i in range(args.count):
            m = g.job() if i in job_at else g.everyday()
            for k, part in enumerate(p for p in m.walk() if p.get_content_maintype() == "multipart"):
                part.set_boundary(f"----=_b{k}_{g.n:07d}_{args.seed}")
            sender = utils.parseaddr(m["From"])[1] or "MAILER-DAEMON"
            stamp = utils.parsedate_to_datetime(m["Date"]).astimezone(timezone.utc)
            fp.write(f"From {sender} {stamp:%a %b %d %H:%M:%S %Y}\n".encode())
            fp.write(g.pending_trace.encode())
            gen.flatten(m)
            fp.write(b"\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
