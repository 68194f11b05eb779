# ruff: noqa: E501, SIM905  (template text reads better unwrapped; split() keeps word lists short)
"""Write an mbox of everyday mail with a given share of job mail, for import benchmarks.

Everyday mail is what fills a working inbox: meetings, team updates, code reviews, bookings,
accounts, orders, newsletters, calendar invitations (text/calendar parts), HTML-only
marketing, attachments (small PDFs and PNGs in base64), several charsets and transfer
encodings, and long threads with quoted history. It deliberately uses the words job mail
uses ("interview" in a podcast newsletter, "offer" in shop mail, "application" in software
updates, "position", "role", "team", "next steps", "feedback", "reference") so that a word
pre-filter cannot tell the two apart cheaply. Job mail (ATS receipts, recruiter and agency
mail, scheduling, rejections, offers, reference requests) is varied in style as well.

The same --seed gives the same bytes. --worst makes every message long, HTML, with attachments.

Usage:
    python scripts/gen_everyday_mailbox.py out.mbox                 # 20,000 messages, 2% job
    python scripts/gen_everyday_mailbox.py out.mbox -n 5000 --job-share 1.0 --seed 7
    python scripts/gen_everyday_mailbox.py out.mbox --worst --manifest out.json
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import struct
import sys
import zlib
from email.generator import BytesGenerator
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from io import BytesIO
from pathlib import Path

POLICY = SMTP.clone(linesep="\n", max_line_length=78)
ME = ("Dana Whitfield", "dana.whitfield@fastmail.com")
FIRST = "Priya Tom Sofia Marcus Helen Ahmed Lucía Jürgen Chloé Kwame Mei Oliver Zoë Rafał".split()
LAST = "Okafor Brennan Lindqvist Nakamura Haddad Moreau García Schäfer Patel Kowalski".split()
WORK_DOMAINS = "northwind.io corvid-labs.com tallyhq.com meridian.co.uk".split()
COMPANIES = "Brightloom,Quantica,Harbor & Pine,Veldt Systems,Orbitas,Lumen Health,Kestrel AI".split(
    ","
)
ROLES = "Data Engineer,Product Designer,Backend Developer,SRE,Analytics Lead".split(",")
TZS = [
    dt.timezone(dt.timedelta(hours=h, minutes=m))
    for h, m in [(0, 0), (1, 0), (-5, 0), (-8, 0), (5, 30), (10, 0), (-3, 0), (2, 0)]
]
CHARSETS = [
    ("utf-8", "quoted-printable"),
    ("utf-8", "base64"),
    ("utf-8", "8bit"),
    ("iso-8859-1", "quoted-printable"),
    ("windows-1252", "quoted-printable"),
    ("us-ascii", "7bit"),
]
LOREM = (
    "The numbers for the quarter are in and they look better than we feared. Thanks to everyone "
    "who stayed late on the migration. Please keep the feedback coming in the channel. We will "
    "revisit the role of the platform team in planning next week. The position of the new rack "
    "is marked on the floor plan. If your application still shows the old logo, clear the cache. "
    "Next steps are in the doc; shout if anything is unclear. Café on the third floor reopens "
    "Monday — finally. Remember the offsite is in Lisbon this year, so check your passport dates. "
    "I've moved the retro to Thursday because half the team is at the conference. Reference "
    "numbers for the invoices are in the shared folder. We are not in a position to change the "
    "deadline, unfortunately, but we can cut scope. Interviewing users taught us more than the "
    "dashboard did. The decision on the vendor is expected by the end of the month."
).split(". ")


def person(rng: random.Random, domain: str | None = None) -> tuple[str, str]:
    """A (display name, address) pair, at a work domain unless one is given."""
    first, last = rng.choice(FIRST), rng.choice(LAST)
    local = f"{first}.{last}".lower().encode("ascii", "ignore").decode() or "team"
    return f"{first} {last}", f"{local}@{domain or rng.choice(WORK_DOMAINS)}"


def filler(rng: random.Random, sentences: int) -> str:
    """Paragraphs of plausible office prose that use the words job mail also uses."""
    out = [rng.choice(LOREM).strip().rstrip(".") + "." for _ in range(sentences)]
    paras = [" ".join(out[i : i + 4]) for i in range(0, len(out), 4)]
    return "\n\n".join(paras)


def tiny_pdf(rng: random.Random, size: int) -> bytes:
    """A small valid-looking PDF whose content stream holds `size` bytes of text."""
    text = " ".join(rng.choice(LOREM) for _ in range(size // 80 + 1))[:size]
    stream = f"BT /F1 10 Tf 40 800 Td ({text.encode('ascii', 'replace').decode()}) Tj ET"
    return (
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]"
        b"/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/Contents 4 0 R>>endobj\n4 0 obj<</"
        + f"Length {len(stream)}>>stream\n{stream}\nendstream endobj\n".encode()
        + b"trailer<</Root 1 0 R>>\n%%EOF\n"
    )


def tiny_png(rng: random.Random, side: int) -> bytes:
    """A real PNG of side x side noisy pixels (noise so that it does not compress away)."""
    rows = b"".join(b"\x00" + rng.randbytes(side * 3) for _ in range(side))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    head = struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", head)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def html_of(title: str, text: str, rows: list[tuple[str, str]] | None = None) -> str:
    """Marketing-style HTML: a table layout, inline styles, a footer with an unsubscribe link."""
    paras = "".join(
        f'<p style="margin:0 0 12px;font:14px Arial">{p}</p>' for p in text.split("\n\n")
    )
    table = ""
    if rows:
        cells = "".join(
            f"<tr><td style='padding:4px'>{a}</td><td align='right'>{b}</td></tr>" for a, b in rows
        )
        table = f'<table width="100%" cellpadding="0" cellspacing="0" border="0">{cells}</table>'
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>' + title + "</title></head>"
        '<body style="background:#f4f4f4"><table width="600" align="center" bgcolor="#ffffff">'
        f'<tr><td><h1 style="font:22px Georgia">{title}</h1>{paras}{table}</td></tr>'
        '<tr><td style="font:11px Arial;color:#888">You are receiving this because you signed up. '
        '<a href="https://example.com/unsubscribe?u=8812">Unsubscribe</a> · '
        '<a href="https://example.com/prefs">Preferences</a></td></tr></table>'
        '<img src="https://t.example.com/open.gif?id=1" width="1" height="1" alt=""></body></html>'
    )


def ics(
    rng: random.Random, when: dt.datetime, summary: str, organizer: tuple[str, str], method: str
) -> str:
    """A text/calendar body as Google or Outlook sends it for one event."""
    start = when + dt.timedelta(days=rng.randint(1, 9), hours=rng.randint(-3, 5))
    end = start + dt.timedelta(minutes=rng.choice([15, 30, 45, 60]))
    fmt = "%Y%m%dT%H%M%SZ"
    utc = dt.UTC
    return "\r\n".join(
        [
            "BEGIN:VCALENDAR",
            "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
            "VERSION:2.0",
            f"METHOD:{method}",
            "BEGIN:VEVENT",
            f"DTSTART:{start.astimezone(utc).strftime(fmt)}",
            f"DTEND:{end.astimezone(utc).strftime(fmt)}",
            f"DTSTAMP:{when.astimezone(utc).strftime(fmt)}",
            f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
            f"UID:{rng.randbytes(8).hex()}@google.com",
            f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN={ME[0]}:mailto:{ME[1]}",
            f"SUMMARY:{summary}",
            "STATUS:CONFIRMED" if method == "REQUEST" else "STATUS:CANCELLED",
            "END:VEVENT",
            "END:VCALENDAR",
            "",
        ]
    )


# Everyday kinds: each returns (from, subject, plain text or None, html or None, calendar or None).
Parts = tuple[tuple[str, str], str, str | None, str | None, str | None]


def meeting(rng: random.Random, when: dt.datetime) -> Parts:
    """A meeting invitation with a text/calendar part (sometimes a cancellation)."""
    who = person(rng)
    topic = rng.choice(
        [
            "Sprint planning",
            "1:1",
            "Quarterly review",
            "Design crit",
            "Roadmap sync",
            "Vendor interview prep",
            "Team lunch",
            "Postmortem: payments outage",
        ]
    )
    method = "CANCEL" if rng.random() < 0.1 else "REQUEST"
    text = (
        f"{who[0]} has invited you to {topic}.\n\nJoin with Google Meet: https://meet.google.com/"
        f"abc-defg-hij\n\nAgenda: feedback from last sprint, next steps, who owns which role.\n\n"
        "Invitation from Google Calendar. You are receiving this email because you are an attendee."
    )
    prefix = "Canceled event" if method == "CANCEL" else "Invitation"
    return (
        who,
        f"{prefix}: {topic} @ {when:%a %b %d, %Y}",
        text,
        None,
        ics(rng, when, topic, who, method),
    )


def team_update(rng: random.Random, when: dt.datetime) -> Parts:
    """A team or company-wide update, prose in several paragraphs."""
    who = person(rng)
    subj = rng.choice(
        [
            "Weekly update",
            "Org changes in Platform",
            "Welcome our new team members",
            "Reminder: performance feedback due Friday",
            "Office move next steps",
            "Open position on the data team — referrals welcome",
        ]
    )
    body = f"Hi all,\n\n{filler(rng, rng.randint(4, 14))}\n\nThanks,\n{who[0].split()[0]}"
    return who, subj, body, None, None


def code_review(rng: random.Random, when: dt.datetime) -> Parts:
    """A GitHub/GitLab review notification."""
    repo = rng.choice(["payments-api", "web-app", "infra", "mobile"])
    num = rng.randint(100, 9999)
    reviewer = rng.choice(FIRST).lower()
    text = (
        f"@{reviewer} requested changes on this pull request.\n\n"
        f"> {rng.choice(LOREM)}\n\nThe application crashes when the role is missing; please add a "
        "test. Otherwise looks good, thanks for the quick turnaround on the feedback.\n\n"
        f"—\nReply to this email directly, view it on GitHub:\nhttps://github.com/northwind/{repo}/pull/"
        f"{num}#pullrequestreview-{rng.randint(10**8, 10**9)}\nYou are receiving this because you "
        "were mentioned."
    )
    return (
        ("GitHub", "notifications@github.com"),
        f"Re: [northwind/{repo}] Fix role lookup (PR #{num})",
        text,
        None,
        None,
    )


def booking(rng: random.Random, when: dt.datetime) -> Parts:
    """A travel or restaurant booking confirmation, HTML with a plain alternative."""
    ref = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    place = rng.choice(
        [
            "Hotel Alma, Lisbon",
            "easyJet U2 8341 LGW-LIS",
            "Trattoria Verde, table for 4",
            "Deutsche Bahn ICE 578",
            "Airbnb in Kraków",
        ]
    )
    text = (
        f"Your booking is confirmed.\n\nBooking reference: {ref}\n{place}\n\nNeed to change your "
        "plans? Free cancellation until 48 hours before. We'd love your feedback after your stay."
    )
    rows = [("Booking reference", ref), ("Where", place), ("Total", f"€{rng.randint(40, 900)}.00")]
    return (
        ("Bookings", "no-reply@bookings.example.com"),
        f"Booking confirmed – {ref}",
        text,
        html_of("Your booking is confirmed", text, rows),
        None,
    )


def account(rng: random.Random, when: dt.datetime) -> Parts:
    """Account and security notices: sign-ins, password resets, software updates."""
    kind = rng.randrange(3)
    if kind == 0:
        return (
            ("Security", "security@accounts.example.com"),
            "New sign-in to your account",
            f"We noticed a new sign-in from Firefox on Linux near {rng.choice(['Leeds', 'Porto', 'Austin'])}.\n"
            "If this was you, no further action is needed. If not, review your account now.",
            None,
            None,
        )
    if kind == 1:
        return (
            ("Slack", "feedback@slack.com"),
            "Update your Slack application",
            "A new version of the desktop application is available. This update improves the position "
            "of threads and fixes a crash when switching roles. Release notes: https://slack.com/release-notes",
            None,
            None,
        )
    return (
        ("AWS Notifications", "no-reply@aws.amazon.com"),
        "IAM role policy change in account 4412",
        "The role deploy-prod had its policy updated. Reference: arn:aws:iam::4412:role/deploy-prod. "
        "No action is needed if you expected this change.",
        None,
        None,
    )


def order(rng: random.Random, when: dt.datetime) -> Parts:
    """Shop mail: order confirmations, shipping, and offers."""
    item = rng.choice(
        ["Ergonomic chair", "USB-C dock", "Running shoes", "Coffee beans 1kg", "Desk lamp"]
    )
    num = rng.randint(10**6, 10**7)
    if rng.random() < 0.5:
        text = (
            f"Thanks for your order #{num}.\n\n{item} x1  £{rng.randint(8, 300)}.99\n\nWe'll email you "
            "when it ships. Unfortunately one item is delayed; we will let you know within 3 days."
        )
        return ("Shop", "orders@shop.example.co.uk"), f"Order #{num} confirmed", text, None, None
    text = (
        f"Exclusive offer for you: 25% off {item.lower()}s this weekend only.\n\nThis offer expires "
        "Sunday at midnight. Don't miss out — we'd hate for you to miss our best offer of the year!"
    )
    rows = [(item, "25% off"), ("Code", "WEEKEND25"), ("Ends", "Sunday")]
    return (
        ("Deals", "offers@shop.example.co.uk"),
        f"An offer you can't refuse: 25% off {item}",
        None,
        html_of("This weekend only", text, rows),
        None,
    )


def newsletter(rng: random.Random, when: dt.datetime) -> Parts:
    """Newsletters, podcasts and job alerts that talk about interviews, offers and hiring."""
    kind = rng.randrange(3)
    if kind == 0:
        guest = " ".join(person(rng)[0].split())
        text = (
            f"This week's episode: an interview with {guest}, who talks about hiring, rejection and "
            "why the first offer is rarely the last. We also answer your questions on salary "
            "negotiations and notice periods.\n\n" + filler(rng, rng.randint(6, 18))
        )
        return (
            ("The Build Podcast", "hello@buildpod.fm"),
            f"Ep. {rng.randint(40, 300)}: in conversation with {guest}",
            text,
            html_of("New episode", text),
            None,
        )
    if kind == 1:
        roles = [
            f"{rng.choice(['Senior', 'Staff', 'Lead'])} {rng.choice(['Data Engineer', 'Product Designer', 'Backend Developer'])} at {rng.choice(COMPANIES)}"
            for _ in range(5)
        ]
        text = (
            "Jobs you may be interested in\n\n"
            + "\n".join(f"- {r}  (Easy Apply)" for r in roles)
            + "\n\nBe an early applicant. Interview tips: research the team and prepare questions."
        )
        return (
            ("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"),
            f"{len(roles)} new jobs for 'engineer'",
            text,
            html_of("New jobs for you", text, [(r, "Apply") for r in roles]),
            None,
        )
    text = (
        "Top stories this week\n\n"
        + filler(rng, rng.randint(8, 24))
        + "\n\nThe offer on our annual plan ends soon. Manage your subscription in your account."
    )
    return (
        ("Morning Brew", "crew@morningbrew.example"),
        "Markets, mergers and a strange interview",
        text,
        html_of("Top stories", text),
        None,
    )


def marketing(rng: random.Random, when: dt.datetime) -> Parts:
    """HTML-only marketing with tables and tracking pixels."""
    brand = rng.choice(["Nimbus Cloud", "Paperlane", "FitBox", "Streamly"])
    text = (
        f"Hi Dana, your trial of {brand} ends soon. Upgrade now and get 3 months at half price — "
        "a limited-time offer for our early users. Our team would love your feedback: tell us about your "
        "role and we'll send next steps for your workspace."
    )
    rows = [("Starter", "$9/mo"), ("Team", "$29/mo"), ("Enterprise", "Contact us")]
    return (
        (brand, f"news@{brand.lower().replace(' ', '')}.example"),
        f"{brand}: your special offer inside",
        None,
        html_of(brand, text, rows),
        None,
    )


# Job mail templates: "sender | subject" on the first line, then the body; blocks split by "%%".
# A sender with "@" is the address itself; a bare domain gets a person; "-" the company domain.
JOB_TEMPLATES = [
    block.strip().split("\n", 1)
    for block in """
no-reply@us.greenhouse-mail.io | Thank you for applying to {c}
Hi Dana,

Thank you for your interest in {c}! We have received your application for the {r} position
and our team is reviewing it. If your experience matches, someone will be in touch.

Best,
The {c} Recruiting Team

Powered by Greenhouse
%%
no-reply@hire.lever.co | {c} - {r} application update
Dear Dana,

Thank you for taking the time to apply for the {r} role. After careful consideration, we have
decided to move forward with other candidates whose experience more closely matches our needs.

Kind regards,
{c} Talent Acquisition
%%
- | Interview invitation: {r}
Hi Dana,

Thanks for your patience. The hiring team would like to invite you to a 45-minute video
interview with the engineering manager. Could you share a few times that work next week?

Cheers,
{p}
%%
gmail.com | Re: {r}
Hi Dana - great chatting earlier! As discussed, what's ur notice period and what salary are
you looking for? Client can go to about £85k base.

Sent from my iPhone
%%
- | Your offer from {c}
Dear Dana,

We are delighted to offer you the position of {r} at {c}. Please find your offer letter
attached; we'd be grateful for your answer by Friday.

Warm regards,
{p}
%%
hays.com | Quick favour - references
Hi Dana,

The team were really impressed. Could you send over details for two referees, ideally a
recent manager? We'll be in touch within a week either way.

Thanks,
{p}
Hays Recruitment
%%
myworkday.com | Your application to {c} (Req {n})
Thank you for your application. Your candidate reference is {n}. Status: Under review.

Please do not reply to this message. Log in to the candidate home page to check your status.

This email and any attachments are confidential and intended solely for the addressee.
%%
calendly.com | Confirmed: {r} interview with {c}
Event scheduled

Invitee: Dana Whitfield
Event type: 30 min screening call
Date: Tuesday 10:00 - 10:30 (GMT)
Location: Zoom

Need to make changes? Cancel or reschedule via the link below.
Powered by Calendly
%%
- | RE: {r} - next steps
Hi Dana,

Just a quick note to say we've spoken to both of your referees and it all came back glowing.
We should have a final decision for you by the end of next week.

Best wishes,
{p}
%%
- | {r} at {c}
Hi Dana,

I hope you're well. I wanted to let you know that we have now made an appointment to the
{r} role. It was a really close call and we'd love to stay in touch for future openings.

All the best,
{p}
%%
jobs.smartrecruiters.com | {c} would like to schedule an interview
Hello Dana,

Congratulations! You've been shortlisted for the {r} position. Please pick a slot for a
panel interview using the link below. Slots are available Monday to Thursday.

Regards,
{c} Hiring Team
%%
- | Invitation: {r} interview - Dana Whitfield / {c}
You have been invited to the following event.

{r} interview - Dana Whitfield / {c}
Joining info: Join with Google Meet
Who:
* {p} - organiser
* dana.whitfield@fastmail.com

Invitation from Google Calendar
%%
- | Fwd: feedback on Dana
Hi Dana - see below from the hiring manager, they'd like to meet you for a second round!

{p}

---------- Forwarded message ---------
From: Hiring Manager, {c}
Subject: feedback on Dana

Really strong first call. Let's get Dana in for the panel next week, and can we ask for her
salary expectations and notice period before then?
%%
reed.co.uk | RE: {r} opportunity
Hi Dana,

Thanks for ur time on the phone, really appreciate it. Ive sent ur CV to {c} and they should
come back to me by the end of next week. Any qs just give me a bell.

Kind regards,
{p}
Reed Specialist Recruitment

This email and any files transmitted with it are confidential and intended solely for the use
of the individual or entity to whom they are addressed. Reed Specialist Recruitment Limited is
acting as an employment agency. Nothing in this email constitutes an offer of employment.
Registered in England and Wales No. 00657298. Registered office: Academy Court, London.
%%
- | {r} - update
Hi Dana,

Thanks so much for your patience. I'm afraid we've decided to go with an internal candidate
for the {r} role. It was a genuinely close call and we'd love to keep in touch.

Best wishes,
{p}
%%
- | Re: {r} - references
Hi Dana,

I spoke to both of your referees yesterday - all very positive. I'm taking it to the panel
on Thursday and will be back to you straight after.

{p}
%%
- | Out of Office: {r} application
I am currently out of the office with limited access to email, returning Monday. For urgent
queries about interviews or offers please contact recruitment@{d}.
""".split("%%")
]


def job_mail(rng: random.Random, when: dt.datetime) -> Parts:
    """Mail about one job application, in the styles ATS systems, recruiters and agencies use."""
    head, body = rng.choice(JOB_TEMPLATES)
    sender, subj = (x.strip() for x in head.split("|", 1))
    c, r = rng.choice(COMPANIES), rng.choice(ROLES)
    who = person(rng, re.sub(r"[^a-z]", "", c.lower()) + ".com")
    if "@" in sender:
        who = (f"{c} Recruiting", sender)
    elif sender != "-":
        who = person(rng, sender)
    domain = who[1].split("@")[1]
    fill = {"c": c, "r": r, "p": who[0], "n": str(rng.randint(10**5, 10**6)), "d": domain}
    text: str | None = body.format(**fill)
    html: str | None = None
    if "workday" in sender or "smartrecruiters" in sender:  # ATS mail: HTML with a status table
        rows = [("Position", r), ("Company", c), ("Requisition", fill["n"])]
        html = html_of(subj.format(**fill), body.format(**fill), rows)
        text = None if rng.random() < 0.5 else text
    cal = None
    if subj.startswith("Invitation:"):  # Google Calendar invitations carry a text/calendar part
        cal = ics(rng, when, subj.format(**fill), who, "REQUEST")
    return who, subj.format(**fill), text, html, cal


EVERYDAY = [meeting, team_update, code_review, booking, account, order, newsletter, marketing]
WEIGHTS = [10, 16, 16, 8, 10, 10, 14, 16]


def quote_thread(rng: random.Random, text: str, when: dt.datetime, depth: int) -> str:
    """The text followed by `depth` earlier messages, each quoted one level deeper."""
    history = ""
    for _ in range(depth):
        earlier = when - dt.timedelta(hours=rng.randint(2, 60))
        name, addr = person(rng)
        quoted = filler(rng, rng.randint(2, 6)) + ("\n\n" + history if history else "")
        history = f"On {format_datetime(earlier)}, {name} <{addr}> wrote:\n" + "\n".join(
            "> " + line if line else ">" for line in quoted.splitlines()
        )
        when = earlier
    return text + "\n\n" + history if history else text


def build(
    rng: random.Random, i: int, when: dt.datetime, is_job: bool, worst: bool, seed: int
) -> EmailMessage:
    """One message, with its MIME structure, charset and transfer encoding chosen at random."""
    kind = job_mail if is_job else rng.choices(EVERYDAY, WEIGHTS)[0]
    sender, subject, text, html, cal = kind(rng, when)
    if text is not None and (worst or rng.random() < 0.12):
        subject = subject if subject.startswith("Re:") else "Re: " + subject
        text = quote_thread(rng, text, when, rng.randint(6, 12) if worst else rng.randint(2, 8))
    if worst:
        text = (text or "") + "\n\n" + filler(rng, rng.randint(30, 60))
        html = html or html_of(subject, text)
    msg = EmailMessage(policy=POLICY)
    msg["From"] = f"{sender[0]} <{sender[1]}>"
    msg["To"] = f"{ME[0]} <{ME[1]}>"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when)
    if subject.startswith("Out of Office"):
        msg["Auto-Submitted"] = "auto-replied"
    msg["Message-ID"] = f"<{seed}.{i}.{rng.randbytes(4).hex()}@{sender[1].split('@')[1]}>"
    charset, cte = rng.choice(CHARSETS)
    if text is not None:
        try:
            text.encode(charset)
        except UnicodeEncodeError:
            charset = "utf-8"
            cte = "8bit" if cte == "7bit" else cte
        msg.set_content(text, charset=charset, cte=cte)
        if html is not None:
            msg.add_alternative(html, subtype="html", cte="quoted-printable")
    else:
        msg.set_content(html or "", subtype="html", cte=rng.choice(["quoted-printable", "base64"]))
    if cal is not None:
        if msg.get_content_type() != "multipart/alternative":
            msg.make_alternative()
        msg.add_alternative(
            cal, subtype="calendar", params={"method": cal.split("METHOD:")[1].split("\r")[0]}
        )
    if worst or rng.random() < 0.08:
        for _ in range(rng.randint(1, 3) if worst else 1):
            if rng.random() < 0.5:
                msg.add_attachment(
                    tiny_pdf(rng, rng.randint(2_000, 20_000)),
                    maintype="application",
                    subtype="pdf",
                    filename=f"document-{rng.randint(1, 999)}.pdf",
                )
            else:
                msg.add_attachment(
                    tiny_png(rng, rng.randint(16, 64)),
                    maintype="image",
                    subtype="png",
                    filename=f"image{rng.randint(1, 99)}.png",
                )
    return msg


def generate(
    out: Path, count: int, job_share: float, seed: int, worst: bool
) -> list[dict[str, object]]:
    """Write the mbox and return one manifest row per message (index, Message-ID, job or not)."""
    rng = random.Random(seed)
    jobs = set(rng.sample(range(count), round(count * job_share)))
    when = dt.datetime(2026, 9, 1, 8, 0, tzinfo=dt.UTC)
    manifest: list[dict[str, object]] = []
    with out.open("wb") as fp:
        for i in range(count):
            when += dt.timedelta(seconds=rng.randint(60, 2400))
            local = when.astimezone(rng.choice(TZS))
            msg = build(rng, i, local, i in jobs, worst, seed)
            for n, part in enumerate(msg.walk()):
                if part.is_multipart():  # the generator's own boundaries come from global random
                    part.set_boundary(f"=_{seed}_{i}_{n}_{rng.randbytes(6).hex()}")
            buf = BytesIO()
            BytesGenerator(buf, mangle_from_=True, policy=POLICY).flatten(msg)
            fp.write(f"From MAILER-DAEMON {when:%a %b %d %H:%M:%S %Y}\n".encode())
            data = buf.getvalue()
            fp.write(data if data.endswith(b"\n") else data + b"\n")
            fp.write(b"\n")
            manifest.append({"index": i, "message_id": msg["Message-ID"], "job": i in jobs})
    return manifest


def main(argv: list[str] | None = None) -> int:
    """Parse arguments, write the mailbox (and the manifest if asked), print a summary."""
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("out", type=Path, help="mbox file to write (overwritten)")
    ap.add_argument(
        "-n", "--count", type=int, default=20_000, help="number of messages (default 20000)"
    )
    ap.add_argument(
        "--job-share", type=float, default=0.02, help="share of job mail, 0..1 (default 0.02)"
    )
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument(
        "--worst", action="store_true", help="every message long, HTML, with attachments"
    )
    ap.add_argument("--manifest", type=Path, help="also write JSON: index, Message-ID, job or not")
    args = ap.parse_args(argv)
    if args.count < 0 or not 0.0 <= args.job_share <= 1.0:
        print("error: --count must be >= 0 and --job-share within 0..1", file=sys.stderr)
        return 2
    manifest = generate(args.out, args.count, args.job_share, args.seed, args.worst)
    if args.manifest:
        args.manifest.write_text(json.dumps(manifest, indent=0) + "\n")
    jobs = sum(1 for m in manifest if m["job"])
    size = args.out.stat().st_size
    print(
        f"wrote {args.out}: {args.count} messages, {jobs} job mail, {size / 1e6:.1f} MB",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
