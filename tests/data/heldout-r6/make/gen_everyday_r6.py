#!/usr/bin/env python3
"""Generate an everyday mailbox (mbox) of the kind a real person's inbox holds, round 6.

Standard library only; streams, so 200,000 messages need no more memory than ten.
Most mail is not about jobs: work threads with long quoted history (Outlook and Gmail
styles), calendar invitations for ordinary meetings (REQUEST and CANCEL), receipts and
shipping, HTML newsletters (tables, inline CSS), school and club mail, bank and booking
mail, tool notifications, forwarded chains, attachments, some German, French and Spanish,
bodies in 7bit, quoted-printable and base64. Job words turn up in it at an everyday rate
("next steps", "interview" in a podcast, an "offer" in a shop). A share of the mail
(--job-share) is job mail in ATS and human styles (receipts, invitations with calendar
parts, rejections, offers, timelines, references, notice and salary questions, and the
owner's own replies).

Usage:
    python gen_everyday_r6.py --count 20000 --job-share 0.02 --seed 1 -o everyday.mbox
    python gen_everyday_r6.py --count 2000 --job-share 1 > all_job.mbox
"""

from __future__ import annotations

import argparse
import base64
import html as htmllib
import quopri
import random
import sys
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime
from typing import IO

ME = ("Alex Morgan", "alex.morgan@fastmail.com")
ME_WORK = ("Alex Morgan", "alex.morgan@corvid-analytics.com")
FIRST = ["Sam", "Priya", "Tom", "Aisha", "Ben", "Chloe", "Dev", "Elena", "Farid", "Grace",
         "Hugo", "Ines", "Jack", "Kemi", "Liam", "Mei", "Niamh", "Omar", "Paula", "Raj",
         "Sofia", "Theo", "Uma", "Wes", "Yusuf", "Zoe", "Marek", "Lena", "Carlos", "Amélie"]
LAST = ["Patel", "Jones", "Nguyen", "Okafor", "Schmidt", "Dubois", "Garcia", "Kowalski",
        "Murphy", "Ahmed", "Rossi", "Clarke", "Haddad", "Lindqvist", "Brennan", "Sato",
        "Fernández", "Walsh", "Osei", "Byrne"]
COLLEAGUES_DOM = "corvid-analytics.com"
PROJECTS = ["Q1 forecast refresh", "warehouse dashboard", "pricing model v3", "data platform migration",
            "board pack", "customer churn review", "SLA report", "budget reforecast",
            "vendor onboarding", "API rate limits", "office move", "GDPR audit", "sprint 42 retro"]
WORK_LINES = [
    "I've pushed the changes to the branch, can you take a look before Thursday?",
    "The numbers in tab 3 don't reconcile with finance's version - off by about 2%.",
    "Agreed. Let's park that until after the steering group.",
    "Can we move the sync to 3pm? I have a clash.",
    "Attached the latest draft; comments welcome.",
    "I think the root cause is the timezone handling in the nightly job.",
    "Client has asked for a revised quote by Friday.",
    "Sorry for the slow reply, I was out yesterday.",
    "Happy with that approach, go ahead.",
    "We still need sign-off from legal on the data sharing agreement.",
    "Can someone own the action from last week's call?",
    "I'll pick this up tomorrow morning.",
]
TRAPS = [
    "Next steps: Sam to circulate the notes, Priya to book the follow-up.",
    "We should interview a few of the warehouse users before we redesign the screen.",
    "They want us to offer a discount if we miss the SLA again.",
    "Our position hasn't changed: we need the data by the 15th.",
    "Can you review the references section of the paper before I submit it?",
    "The application of the new rules starts on 1 January.",
    "We'll get back to them by the end of next week with a decision on the vendor.",
    "Role-based access for the new dashboard is still pending.",
    "Thanks for your time today - really useful session.",
    "Notice: the office will be closed on Friday for the deep clean.",
]
SHOPS = [("Amazon.co.uk", "auto-confirm@amazon.co.uk"), ("John Lewis", "orders@johnlewis.co.uk"),
         ("Decathlon", "noreply@decathlon.co.uk"), ("IKEA", "no-reply@ikea.com"),
         ("Etsy", "transaction@etsy.com"), ("Screwfix", "orders@screwfix.com")]
ITEMS = ["USB-C hub", "running shoes", "kettle", "desk lamp", "children's book set", "bike lights",
         "paint roller kit", "wool jumper", "coffee grinder", "phone case", "board game"]
CARRIERS = [("DPD", "notifications@dpd.co.uk"), ("Royal Mail", "no-reply@royalmail.com"),
            ("Evri", "no-reply@evri.com"), ("DHL Paket", "noreply@dhl.de")]
NEWS = [("The Batch", "news@deeplearning.example"), ("Morning Brew", "crew@morningbrew.com"),
        ("Guardian Today", "newsletters@theguardian.com"), ("Which?", "newsletter@which.co.uk"),
        ("Le Monde", "newsletter@lemonde.fr"), ("El País", "boletines@elpais.es"),
        ("Spiegel Daily", "newsletter@spiegel.de"), ("Strava", "no-reply@strava.com")]
NEWS_LINES = [
    "An interview with the founder who turned down a billion-dollar offer.",
    "Five charts that explain the housing market.", "What the new budget means for your pension.",
    "The role of AI in your GP surgery.", "Weekend reads: the best of the week.",
    "Podcast: our interview with a Michelin-starred chef.", "Offer: half price for 6 months.",
    "Ten tips for your next job interview (and what not to wear).",
    "Ein Interview mit der Bürgermeisterin.", "Entretien : la ministre répond à nos lecteurs.",
    "Entrevista con el nuevo seleccionador.", "Your weekly running summary: 3 runs, 21.4 km.",
]
SCHOOL = [("Oakfield Primary School", "office@oakfield.sch.uk"), ("Hinckley Running Club", "secretary@hinckleyrc.org.uk"),
          ("1st Leicester Scouts", "gsl@1stleicesterscouts.org.uk"), ("Riverside Tennis Club", "club@riversidetennis.co.uk")]
SCHOOL_LINES = [
    "Reminder: non-uniform day on Friday, donations to the PTA.",
    "Selection for Saturday's fixtures is on the website; let the captain know by Thursday if you can't play.",
    "Parents' evening bookings are now open - appointments are 10 minutes with each teacher.",
    "We are looking for volunteers for the role of kit secretary - no experience needed!",
    "Year 6 children can apply to be house captains; short interviews with Mrs Khan next week.",
    "Subs for the spring term are now due.",
]
ATS = [("Greenhouse", "no-reply@us.greenhouse-mail.io"), ("Lever", "no-reply@hire.lever.co"),
       ("Workday", "{co}@myworkday.com"), ("iCIMS", "{co}@talent.icims.com"),
       ("SmartRecruiters", "notification@smartrecruiters.com"), ("Ashby", "no-reply@ashbyhq.com"),
       ("Taleo", "{co}@taleo.net"), ("Personio", "noreply@{co}.jobs.personio.de"),
       ("Teamtailor", "no-reply@teamtailor-mail.com"), ("Workable", "noreply@candidates.workablemail.com"),
       ("BambooHR", "notifications@app.bamboohr.com"), ("JazzHR", "no-reply@applytojob.com"),
       ("Recruitee", "{co}@recruitee.com")]
COMPANIES = ["Northwind Logistics", "Halden Bank", "Brightwater Foods", "Fernhill Robotics",
             "Kessler Freight", "Ashcombe Reid LLP", "Orvane Group", "Quill Analytics", "Tallyhoe",
             "Meridian Insurance", "Castlegate Health", "Lumen Retail", "Kranz Logistik", "Atelier Vercors"]
ROLES = ["Senior Data Analyst", "Analytics Engineer", "Data Science Lead", "BI Developer",
         "Product Analyst", "Head of Data", "Insights Manager"]


class Gen:
    """One mailbox's random stream; every message is built from it in order."""

    def __init__(self, seed: int, job_share: float) -> None:
        self.r = random.Random(seed)
        self.job_share = job_share
        self.now = datetime(2025, 12, 1, 7, 0, tzinfo=timezone.utc) + timedelta(days=self.r.randrange(60))
        self.n = 0

    # -- small helpers -------------------------------------------------------------------
    def person(self) -> tuple[str, str]:
        f, last = self.r.choice(FIRST), self.r.choice(LAST)
        return f"{f} {last}", f"{f.lower()}.{last.lower()}"

    def tick(self) -> datetime:
        self.now += timedelta(minutes=self.r.expovariate(1 / 26))
        zone = self.r.choice([0, 0, 0, 60, -300, 330, 600])
        return self.now.astimezone(timezone(timedelta(minutes=zone)))

    def mid(self, dom: str) -> str:
        self.n += 1
        return f"<{self.n:07d}.{self.r.getrandbits(40):010x}@{dom}>"

    @staticmethod
    def addr(name: str, email: str) -> str:
        if all(ord(c) < 128 for c in name):
            return f'"{name}" <{email}>' if any(c in name for c in ",.()") else f"{name} <{email}>"
        return f"{Header(name, 'utf-8').encode()} <{email}>"

    @staticmethod
    def subj(s: str) -> str:
        return s if all(ord(c) < 128 for c in s) else Header(s, "utf-8").encode()

    def leaf(self, text: str, sub: str = "plain", extra: str = "") -> str:
        ascii_ = all(ord(c) < 128 for c in text)
        cte = self.r.choice(["7bit", "quoted-printable", "quoted-printable", "base64"] if ascii_
                            else ["quoted-printable", "base64"])
        data = text.encode()
        if cte == "base64":
            body = base64.encodebytes(data).decode()
        elif cte == "quoted-printable":
            body = quopri.encodestring(data).decode()
        else:
            body = text
        cs = "us-ascii" if ascii_ and self.r.random() < 0.3 else "utf-8"
        return (f'Content-Type: text/{sub}; charset="{cs}"{extra}\n'
                f"Content-Transfer-Encoding: {cte}\n\n{body.rstrip()}\n")

    def multipart(self, sub: str, parts: list[str]) -> str:
        b = f"----=_Part_{self.n}_{self.r.getrandbits(32):08x}"
        inner = "".join(f"--{b}\n{p}\n" for p in parts)
        return f'Content-Type: multipart/{sub}; boundary="{b}"\n\n{inner}--{b}--\n'

    def attachment(self, name: str, ctype: str, data: bytes) -> str:
        return (f'Content-Type: {ctype}; name="{name}"\nContent-Disposition: attachment; filename="{name}"\n'
                f"Content-Transfer-Encoding: base64\n\n{base64.encodebytes(data).decode()}")

    def ics(self, method: str, summary: str, org: str, who: list[str], start: datetime) -> str:
        st = start.strftime("%Y%m%dT%H%M00")
        en = (start + timedelta(minutes=self.r.choice([30, 45, 60]))).strftime("%Y%m%dT%H%M00")
        att = "".join(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{a}\r\n" for a in who)
        return ("BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\n"
                f"METHOD:{method}\r\nBEGIN:VEVENT\r\nDTSTART;TZID=Europe/London:{st}\r\n"
                f"DTEND;TZID=Europe/London:{en}\r\nORGANIZER:mailto:{org}\r\n{att}"
                f"UID:{self.r.getrandbits(64):016x}@google.com\r\nSEQUENCE:{int(method == 'CANCEL')}\r\n"
                f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}\r\nSUMMARY:{summary}\r\n"
                "END:VEVENT\r\nEND:VCALENDAR\r\n")

    def cal_part(self, ics: str, method: str) -> str:
        return (f'Content-Type: text/calendar; charset="utf-8"; method={method}\n'
                f"Content-Transfer-Encoding: 7bit\n\n{ics}")

    def html(self, title: str, rows: list[str], color: str) -> str:
        cells = "".join(f'<tr><td style="padding:12px 20px;border-bottom:1px solid #eee;font:14px Arial">{x}</td></tr>'
                        for x in rows)
        return (f'<html><body style="margin:0;background:#f3f3f3"><table width="600" align="center" cellpadding="0" '
                f'cellspacing="0" style="background:#fff"><tr><td style="background:{color};color:#fff;padding:18px 20px;'
                f'font:bold 20px Arial">{title}</td></tr>{cells}<tr><td style="font:10px Arial;color:#999;padding:12px 20px">'
                "You are receiving this email because you subscribed. Unsubscribe | View in browser</td></tr></table></body></html>")

    def wrap(self, frm: str, to: str, subject: str, body: str, dom: str, extra: list[str] | None = None,
             reply: str | None = None) -> tuple[str, str]:
        when = self.tick()
        head = [f"From: {frm}", f"To: {to}", f"Subject: {self.subj(subject)}",
                f"Date: {format_datetime(when)}", f"Message-ID: {self.mid(dom)}", "MIME-Version: 1.0"]
        if reply:
            head += [f"In-Reply-To: {reply}", f"References: {reply}"]
        head += extra or []
        envelope = frm.rsplit("<", 1)[-1].rstrip(">")
        return envelope, "\n".join(head) + "\n" + body

    def sometimes_trap(self, p: float = 0.12) -> str:
        return (self.r.choice(TRAPS) + "\n") if self.r.random() < p else ""

    # -- everyday kinds -------------------------------------------------------------------
    def work_thread(self) -> tuple[str, str]:
        depth = self.r.choice([0, 1, 2, 3, 4, 6])
        proj = self.r.choice(PROJECTS)
        people = [self.person() for _ in range(3)]
        outlook = self.r.random() < 0.6
        text = ""
        t = self.now
        for i in range(depth, -1, -1):
            name, local = people[i % 3]
            lines = " ".join(self.r.choice(WORK_LINES) for _ in range(self.r.randint(1, 4)))
            chunk = f"Hi all,\n\n{lines}\n{self.sometimes_trap()}\n{name.split()[0]}\n"
            if i == depth:
                text = chunk
            elif outlook:
                t -= timedelta(hours=self.r.randint(1, 30))
                text = (chunk + f"\nFrom: {name}\nSent: {t:%d %B %Y %H:%M}\nTo: Alex Morgan\n"
                        f"Subject: RE: {proj}\n\n" + text)
            else:
                t -= timedelta(hours=self.r.randint(1, 30))
                quoted = "".join("> " + ln + "\n" for ln in text.splitlines())
                text = chunk + f"\nOn {t:%a, %d %b %Y at %H:%M}, {name} <{local}@{COLLEAGUES_DOM}> wrote:\n" + quoted
        name, local = people[0]
        footer = "\n--\nCorvid Analytics Ltd, registered in England 09912231. This email is confidential.\n"
        body = self.leaf(text + footer)
        parts = [body]
        if self.r.random() < 0.15:
            parts.append(self.attachment(f"{proj.replace(' ', '_')}.xlsx",
                                         "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                         self.r.randbytes(self.r.randint(800, 6000))))
        body = self.multipart("mixed", parts) if len(parts) > 1 else body
        pre = "RE: " * min(depth, 2)
        return self.wrap(self.addr(name, f"{local}@{COLLEAGUES_DOM}"), self.addr(*ME_WORK), pre + proj, body,
                         COLLEAGUES_DOM, reply=self.mid(COLLEAGUES_DOM) if depth else None)

    def work_calendar(self) -> tuple[str, str]:
        name, local = self.person()
        method = "CANCEL" if self.r.random() < 0.2 else "REQUEST"
        what = self.r.choice(["Weekly sync", "1:1", "Sprint planning", "Quarterly review", "Dentist",
                              "Team lunch", "Budget next steps", "Vendor demo", "Interview panel briefing"])
        start = self.now + timedelta(days=self.r.randint(1, 20), hours=self.r.randint(0, 8))
        org = f"{local}@{COLLEAGUES_DOM}"
        word = "Canceled event" if method == "CANCEL" else "Invitation"
        text = f"{name} has {'cancelled' if method == 'CANCEL' else 'invited you to'} an event.\n\n{what}\n{start:%A %d %b %Y %H:%M}\n\nGoing? Yes - Maybe - No\n"
        body = self.multipart("alternative", [self.leaf(text), self.cal_part(
            self.ics(method, what, org, [ME_WORK[1]], start), method)])
        return self.wrap(self.addr(name, org), self.addr(*ME_WORK), f"{word}: {what} @ {start:%a %d %b %Y %H:%M}",
                         body, COLLEAGUES_DOM)

    def receipt(self) -> tuple[str, str]:
        shop, a = self.r.choice(SHOPS)
        item, price = self.r.choice(ITEMS), self.r.randint(5, 180)
        rows = [f"Thanks for your order, Alex.", f"<b>{item}</b> &times; 1 &mdash; &pound;{price}.99",
                f"Order number {self.r.randint(100000000, 999999999)}",
                "We'll email you when it's on its way. " + self.r.choice(["", "Don't miss our winter offer: 20% off.", ""])]
        body = self.multipart("alternative", [self.leaf(htmllib.unescape("\n".join(r.replace("<b>", "").replace("</b>", "") for r in rows))),
                                              self.leaf(self.html(shop, rows, "#333"), "html")])
        return self.wrap(self.addr(shop, a), self.addr(*ME), f"Your {shop} order of {item}", body, a.split("@")[1])

    def shipping(self) -> tuple[str, str]:
        c, a = self.r.choice(CARRIERS)
        text = (f"Your parcel is on its way.\nTracking number: {self.r.randint(10**13, 10**14)}\n"
                f"Your parcel is at position {self.r.randint(2, 60)} in today's route. Expected between 11:00 and 13:00.\n")
        if c.startswith("DHL"):
            text = "Ihre Sendung kommt heute.\nSie ist auf Position %d der Tour.\n" % self.r.randint(2, 60)
        return self.wrap(self.addr(c, a), self.addr(*ME), "Your parcel is on its way" if not c.startswith("DHL")
                         else "Ihre DHL Sendung kommt heute", self.leaf(text), a.split("@")[1])

    def newsletter(self) -> tuple[str, str]:
        n, a = self.r.choice(NEWS)
        rows = self.r.sample(NEWS_LINES, 4)
        body = self.leaf(self.html(n, rows, self.r.choice(["#0b2545", "#c0392b", "#16a085", "#8e44ad"])), "html")
        if self.r.random() < 0.5:
            body = self.multipart("alternative", [self.leaf("\n\n".join(rows)), body])
        extra = [f"List-Unsubscribe: <https://{a.split('@')[1]}/unsubscribe>", "Precedence: bulk",
                 f"List-Id: {n} <news.{a.split('@')[1]}>"]
        return self.wrap(self.addr(n, a), self.addr(*ME), rows[0][:60], body, a.split("@")[1], extra)

    def school(self) -> tuple[str, str]:
        n, a = self.r.choice(SCHOOL)
        text = "Dear all,\n\n" + "\n\n".join(self.r.sample(SCHOOL_LINES, 2)) + "\n\nThanks,\n" + n + "\n"
        return self.wrap(self.addr(n, a), self.addr(*ME), self.r.choice(["This week", "Newsletter", "Reminder",
                         "Saturday"]), self.leaf(text), a.split("@")[1])

    def account(self) -> tuple[str, str]:
        n, a, s, t = self.r.choice([
            ("Monzo", "help@monzo.com", "Your statement is ready", "Your November statement is ready in the app."),
            ("Nationwide", "no-reply@nationwide.co.uk", "We've received your application",
             "Thanks for your credit card application. We'll let you know our decision within 5 working days."),
            ("Booking.com", "noreply@booking.com", "Your booking is confirmed", "Your stay in Lisbon is confirmed: 3 nights."),
            ("Trainline", "auto-confirm@info.trainline.com", "Your e-tickets", "Your tickets: London Euston to Leicester."),
            ("Octopus Energy", "hello@octopus.energy", "Your new tariff offer",
             "We'd like to offer you a fixed tariff. Next steps: accept in your account."),
            ("HMRC", "noreply@tax.service.gov.uk", "Your tax return", "We've received your Self Assessment return."),
        ])
        return self.wrap(self.addr(n, a), self.addr(*ME), s, self.leaf(f"Hi Alex,\n\n{t}\n\n{n}\n"), a.split("@")[1])

    def notification(self) -> tuple[str, str]:
        n, a, s, t = self.r.choice([
            ("GitHub", "notifications@github.com", "[corvid/etl] Fix timezone bug (#%d)",
             "@%s requested your review on this pull request.\n\nThe application of offsets was wrong for BST."),
            ("Jira", "jira@corvid.atlassian.net", "[DATA-%d] Dashboard filters",
             "%s changed the status to In Review."),
            ("Slack", "feedback@slack.com", "Daily digest: %d new messages", "%s mentioned you in #analytics."),
        ])
        name = self.person()[0]
        return self.wrap(self.addr(n, a), self.addr(*ME_WORK), s % self.r.randint(100, 999),
                         self.leaf(t % name if "%s" in t else t), a.split("@")[1])

    def personal(self) -> tuple[str, str]:
        name, local = self.person()
        lang = self.r.random()
        if lang < 0.12:
            text, s = "Hallo Alex,\n\nwie geht's? Wir melden uns nächste Woche wegen des Termins für das Grillfest.\n\nLG\n", "Grillfest"
        elif lang < 0.24:
            text, s = "Coucou Alex,\n\nOn se voit samedi ? Je te redis la semaine prochaine pour l'heure.\n\nBises\n", "Samedi"
        elif lang < 0.36:
            text, s = "Hola Alex:\n\n¿Qué tal? Te respondo la semana que viene con las fechas del viaje.\n\nUn abrazo\n", "Viaje"
        else:
            text = self.r.choice([
                "Hey! How did the interview go?? Tell me everything. Dinner Thursday?\n",
                "Mum says can you ring her back about Christmas.\n",
                "Sending the photos from Sunday - the one of the dog is the best.\n",
                "Are you still up for the 10k in March? Registration closes next week.\n",
                "Landlord says he'll get back to us next week about the damp.\n",
            ])
            s = self.r.choice(["hey", "Sunday", "quick q", "re: plans", "photos"])
        return self.wrap(self.addr(name, f"{local}@gmail.com"), self.addr(*ME), s, self.leaf(text + "x\n"), "mail.gmail.com")

    def forwarded(self) -> tuple[str, str]:
        src_name, src = self.r.choice(SCHOOL + NEWS + SHOPS)
        name, local = self.person()
        inner_text = "\n\n".join(self.r.sample(SCHOOL_LINES + NEWS_LINES, 3))
        text = (f"{self.r.choice(['FYI - see below.', 'Thought you would like this', 'Can you deal with this one?'])}\n\n"
                f"---------- Forwarded message ---------\nFrom: {src_name} <{src}>\n"
                f"Date: {self.now - timedelta(days=1):%a, %d %b %Y}\nSubject: {self.r.choice(PROJECTS)}\n\n{inner_text}\n")
        return self.wrap(self.addr(name, f"{local}@{COLLEAGUES_DOM}"), self.addr(*ME_WORK), "Fwd: " +
                         self.r.choice(PROJECTS), self.leaf(text), COLLEAGUES_DOM)

    def with_attachment(self) -> tuple[str, str]:
        name, local = self.person()
        fname, ctype = self.r.choice([("invoice.pdf", "application/pdf"), ("photo.jpg", "image/jpeg"),
                                      ("minutes.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                                      ("event.ics", "text/calendar")])
        body = self.multipart("mixed", [self.leaf("Please find attached.\n" + self.sometimes_trap(0.2)),
                                        self.attachment(fname, ctype, self.r.randbytes(self.r.randint(2000, 30000)))])
        return self.wrap(self.addr(name, f"{local}@{self.r.choice(['gmail.com', COLLEAGUES_DOM, 'outlook.com'])}"),
                         self.addr(*ME), f"{fname.split('.')[0].title()}", body, "mail.example.net")

    # -- job mail -------------------------------------------------------------------------
    def job(self) -> tuple[str, str]:
        co, role = self.r.choice(COMPANIES), self.r.choice(ROLES)
        slug = co.split()[0].lower()
        kind = self.r.choice(["receipt", "invite", "invite_cal", "reject", "offer", "timeline", "refs",
                              "notice", "salary", "outreach", "own"])
        human, hlocal = self.person()
        hdom = f"{slug}.com"
        if kind in ("receipt", "reject") and self.r.random() < 0.7:
            ats, a = self.r.choice(ATS)
            a = a.format(co=slug)
            frm = self.addr(co, a)
            if kind == "receipt":
                text = (f"Hi Alex,\n\nThank you for applying for {role} at {co}. We've received your application "
                        f"and our team is reviewing it. " + self.r.choice(["", "You can expect to hear from us within 2 weeks.",
                                                                            "We'll be in touch if there's a fit."]) + f"\n\n{co} Talent Team\n")
                s = f"Thank you for applying to {co}"
            else:
                text = (f"Hi Alex,\n\nThank you for your interest in {role}. After careful consideration we have decided "
                        f"to move forward with other candidates.\n\nWe wish you the best in your search.\n{co} Recruiting\n")
                s = f"Your application to {co}"
            body = self.leaf(text) if self.r.random() < 0.5 else self.multipart(
                "alternative", [self.leaf(text), self.leaf(self.html(co, text.split("\n\n"), "#004d40"), "html")])
            return self.wrap(frm, self.addr(*ME), s, body, a.split("@")[1])
        frm = self.addr(human, f"{hlocal}@{hdom}")
        variants = {
            "receipt": [f"Thanks for your application for {role} - received, and I'll have a proper look this week.",
                        f"Thx for applying, we have recieved your CV for the {role} job and will revert shortly.",
                        f"Vielen Dank für Ihre Bewerbung als {role}. Wir haben Ihre Unterlagen erhalten."],
            "invite": [f"We'd love to invite you to interview for the {role} role. Could you do Tuesday at 2pm, or let me know a time that suits?",
                       "The client wants to see you! Are you free Thursday arvo for an hour on site?",
                       "Kindly revert with your availability for the technical round tomorrow between 3 and 6 PM IST.",
                       "great chatting - can u do tmrw 4pm w/ our CTO? quick 30 min\n\nSent from my iPhone",
                       f"Nous souhaiterions vous rencontrer pour un entretien pour le poste de {role} mardi prochain."],
            "reject": [f"I'm sorry to say we've gone with another candidate for {role}. It was close, and I'd be happy to share feedback.",
                       "We regret to inform you that your profile has not been shortlisted for further rounds.",
                       "The panel has now made an appointment to this post. Thank you for your time.",
                       "We've decided to go with an internal candidate, but it was a genuinely hard call."],
            "offer": [f"I'm delighted to offer you the {role} position at GBP {self.r.randint(45, 95)},000. Offer letter to follow.",
                      "Pleased to confirm a conditional offer, subject to references and right-to-work checks.",
                      "Mira and I want you on the team - consider this the informal offer, paperwork Monday!"],
            "timeline": ["Thanks again for coming in. We'll let you know by the end of next week.",
                         "We hope to come back to you before the holidays.",
                         "The board meets on Thursday; you'll hear from me by Friday.",
                         "We aim to give everyone an answer within ten working days."],
            "refs": ["Could you send me the details of two referees?", "refs pls - 2 x professional, incl. current mgr. thx",
                     "We've now spoken to both your referees - all good."],
            "notice": ["Before the final round - what's your notice period, and when could you start?",
                       "Quick one: is ur notice 1 month or 3?"],
            "salary": ["What are your salary expectations for this role?",
                       "Kindly share your current CTC and expected CTC at the earliest.",
                       "The band is 62-68k plus 10% bonus - does that work for you?"],
            "outreach": [f"I'm recruiting a {role} for a client - would you be open to a quick call this week?",
                         "I'd love to set up a quick intro call - is there a time that suits?"],
            "invite_cal": [f"Invitation below for your interview for {role}."],
        }
        lines = {k: self.r.choice(v) for k, v in variants.items()}
        if kind == "own":
            text = f"Hi {human.split()[0]},\n\nThank you for your time today - I really enjoyed learning about the {role} role.\n\nBest,\nAlex\n"
            return self.wrap(self.addr(*ME), frm, f"Thank you - {role}", self.leaf(text), "fastmail.com")
        text = f"Hi Alex,\n\n{lines[kind]}\n\nBest,\n{human}\n{co}\n"
        body = self.leaf(text)
        if kind == "invite_cal":
            start = self.now + timedelta(days=self.r.randint(2, 10), hours=self.r.randint(1, 6))
            body = self.multipart("alternative", [body, self.cal_part(self.ics(
                "REQUEST", f"Interview: Alex Morgan / {role}", f"{hlocal}@{hdom}", [ME[1]], start), "REQUEST")])
        return self.wrap(frm, self.addr(*ME), f"{role} - {co}", body, hdom)

    def one(self) -> tuple[str, str]:
        if self.r.random() < self.job_share:
            return self.job()
        kinds = [(self.work_thread, 25), (self.work_calendar, 8), (self.receipt, 10), (self.shipping, 8),
                 (self.newsletter, 12), (self.school, 6), (self.account, 8), (self.notification, 7),
                 (self.personal, 6), (self.forwarded, 5), (self.with_attachment, 5)]
        f = self.r.choices([k for k, _ in kinds], [w for _, w in kinds])[0]
        return f()


def write_mbox(gen: Gen, count: int, out: IO[bytes]) -> None:
    """Stream `count` messages to `out` in mbox form (">From " quoting in bodies)."""
    for _ in range(count):
        envelope, text = gen.one()
        stamp = gen.now.strftime("%a %b %d %H:%M:%S %Y")
        lines = text.split("\n")
        body = "\n".join((">" + ln) if ln.startswith("From ") else ln for ln in lines[1:])
        out.write(f"From {envelope} {stamp}\n{lines[0]}\n{body.rstrip()}\n\n".encode("utf-8", "surrogateescape"))


def main(argv: list[str] | None = None) -> int:
    """Parse the arguments and write the mailbox."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--count", type=int, default=20000, help="number of messages (default 20000)")
    ap.add_argument("--job-share", type=float, default=0.02, help="share of job mail, 0 to 1 (default 0.02)")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("-o", "--output", help="mbox file to write (default: stdout)")
    a = ap.parse_args(argv)
    if a.count < 0 or not 0 <= a.job_share <= 1:
        print("error: --count must be >= 0 and --job-share between 0 and 1", file=sys.stderr)
        return 2
    gen = Gen(a.seed, a.job_share)
    if a.output:
        with open(a.output, "wb") as f:
            write_mbox(gen, a.count, f)
    else:
        write_mbox(gen, a.count, sys.stdout.buffer)
    return 0


if __name__ == "__main__":
    sys.exit(main())
