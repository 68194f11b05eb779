# ruff: noqa: E501  (the sentences below are data, kept one per line)
"""Write tests/data/mail-corpus-2-src/generated.txt: recruiter mail composed from written parts.

Each message is put together from hand-written pieces the way people write them: a
greeting, one main sentence for what the mail is about (written in many styles: ATS,
agency, phone, British, typos and abbreviations), sometimes a second signal, filler
sentences, decoys that look like a signal but are not (negated policies, conditions,
past visits, feedback offers), a sign-off, and sometimes a signature with an office-hours
note or a legal footer. Timeline phrases carry their own date, computed here from the
sent date with the conventions of mail-signals.md. Fixed seed: the output is stable.

Run: python scripts/gen_corpus2_messages.py  (then scripts/build_mail_corpus2.py)
"""

from __future__ import annotations

import calendar
import random
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "tests/data/mail-corpus-2-src/generated.txt"
RNG = random.Random(20260301)

SENDERS = [
    ("Gemma Hart", "gemma.hart@talentbridge-recruitment.co.uk", "TalentBridge", "agency"),
    ("Rob Keane", "rob.keane@northpoint-search.com", "Northpoint Search", "agency"),
    ("Priyanka Shah", "priyanka@opalhire.com", "Opal Hire", "agency"),
    ("Sophie Lang", "sophie@halcyonpeople.com", "Halcyon People", "phone"),
    ("Dan Whitfield", "dan@whitfieldanalytics.io", "Whitfield Analytics", "phone"),
    ("Helen Baxter", "helen.baxter@ashworthgroup.co.uk", "Ashworth Group", "british"),
    ("Catherine Ellis", "c.ellis@harrowgate-council.gov.uk", "Harrowgate Council", "british"),
    ("Megan Ross", "megan.ross@tallyworks.com", "Tallyworks", "inhouse"),
    ("Laura Chen", "laura.chen@brightcove-analytics.com", "Brightcove Analytics", "inhouse"),
    ("Marcus Webb", "mwebb@trilliumfoods.com", "Trillium Foods", "inhouse"),
    ("Jess Moreau", "jess.moreau@harborlabs.io", "Harbor Labs", "inhouse"),
    ("Owen Price", "owen.price@stackford.com", "Stackford", "inhouse"),
    ("Kim Alvarez", "kim.alvarez@meadowbrook.com", "Meadowbrook", "inhouse"),
    ("Tariq Aziz", "tariq.aziz@sentinelgrid.com", "Sentinel Grid", "inhouse"),
    ("Nadia Okafor", "nadia@loomcollective.org", "Loom Collective", "phone"),
    ("Farah Siddiqui", "farah@nimbusanalytics.com", "Nimbus Analytics", "inhouse"),
]
ROLES = [
    "Data Analyst",
    "Senior Data Analyst",
    "BI Developer",
    "Analytics Engineer",
    "Insight Analyst",
    "Data Engineer",
    "Product Analyst",
    "Reporting Analyst",
]

GREETINGS = {
    "agency": ["Hi Ana,", "Morning Ana,", "Hi Ana - hope you're well!", "Afternoon Ana,"],
    "phone": ["Hi Ana", "hey ana -", "Ana -", ""],
    "british": ["Dear Ana,", "Dear Ms Lopez,", "Hello Ana,"],
    "inhouse": ["Hi Ana,", "Hello Ana,", "Hey Ana,", "Dear Ana,"],
}
SIGNOFFS = {
    "agency": [
        "Thanks,\n{first}",
        "Speak soon,\n{first}",
        "Best,\n{name}\n{company}\n07700 900{n:03d}",
    ],
    "phone": ["{first}", "Thx\n{first}", "{first}\n\nSent from my iPhone", ""],
    "british": [
        "Kind regards,\n{name}\n{company}",
        "Yours sincerely,\n\n{name}\nHR Officer",
        "Many thanks,\n{first}",
    ],
    "inhouse": [
        "Best,\n{first}",
        "Thanks!\n{first}",
        "Cheers,\n{first}",
        "Best regards,\n{name}\nTalent Partner | {company}",
    ],
}
SIGNATURE_NOTES = [
    "I work Tuesday to Friday, so I may be slow to reply on Mondays.",
    "Please note I'm out of the office on Fridays.",
    "My working hours may not be your working hours - please don't feel obliged to reply outside yours.",
    "Please consider the environment before printing this email.",
]
FOOTERS = [
    "This email and any attachments are confidential and intended solely for the addressee. "
    "Nothing in this message constitutes an offer of employment or an agreement to employ, "
    "which can only be made in writing by an authorised signatory. If you received it in "
    "error, please tell us and delete it.",
    "{company} Ltd is registered in England and Wales (No. 0765{n:04d}). We do not accept "
    "liability for viruses. Candidate data is processed in line with our privacy notice; you "
    "may ask us to delete it at any time. We are an equal opportunities employer and welcome "
    "applications from all sections of the community.",
]
FILLERS = [
    "Hope you had a good weekend.",
    "Thanks for your patience with us.",
    "It was great to speak earlier.",
    "Thanks for getting back to me so quickly.",
    "Sorry for the slow reply - it's been a busy week here.",
    "Thanks again for your time on Tuesday.",
    "Hope the week's going well.",
]
# Look like a signal, are not one (labelled nothing).
DECOYS = [
    "We don't contact referees without your permission, so nothing to worry about there.",
    "If you're unsuccessful at this stage we'll still send you written feedback.",
    "It was lovely to meet you when you came in last Thursday.",
    "Happy to talk you through the feedback from the first round if that's useful.",
    "The team's availability is patchy because of the conference, hence the delay.",
    "We're not able to discuss salary until the final stage, as a rule.",
    "I've been in recruitment for twelve years and this is one of my favourite clients.",
    "They had a 6 month probation period in the last contract too, which is normal there.",
    "We don't make offers over email as a matter of policy; it's always a call first.",
    "Our process was redesigned last year and now has only two stages.",
]


def friday_of(d: date, weeks: int = 0) -> date:
    return d - timedelta(days=d.weekday()) + timedelta(days=7 * weeks + 4)


def next_weekday(d: date, wd: int) -> date:
    ahead = (wd - d.weekday()) % 7
    return d + timedelta(days=ahead or 7)


def business_days(d: date, n: int) -> date:
    while n:
        d += timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d


def ordinal(n: int) -> str:
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
WD_SHORT = ["mon", "tues", "weds", "thurs", "fri"]
Timeline = Callable[[date], tuple[str, date]]


def _by_day_of_month(d: date) -> tuple[str, date]:
    target = min(d.day + RNG.randint(4, 10), 28)
    if target <= d.day:
        nxt = (d.replace(day=1) + timedelta(days=32)).replace(day=target)
        return f"by the {ordinal(target)}", nxt
    return f"by the {ordinal(target)}", d.replace(day=target)


def _weekday_the_nth(d: date) -> tuple[str, date]:
    t = d + timedelta(days=RNG.randint(6, 12))
    while t.weekday() >= 5:
        t += timedelta(days=1)
    return f"on {WD[t.weekday()]} the {ordinal(t.day)}", t


TIMELINES: list[Timeline] = [
    lambda d: ("within the next week", d + timedelta(days=7)),
    lambda d: ("by the end of the week", friday_of(d) if d.weekday() < 5 else friday_of(d, 1)),
    lambda d: ("by EOW", friday_of(d)),
    lambda d: ("by the end of next week", friday_of(d, 1)),
    lambda d: ("within 5 working days", business_days(d, 5)),
    lambda d: ("in the next couple of days", d + timedelta(days=2)),
    lambda d: ("within 48 hours", d + timedelta(days=2)),
    lambda d: ("tmrw", d + timedelta(days=1)),
    lambda d: ("within a fortnight", d + timedelta(days=14)),
    lambda d: ("in 2-3 weeks", d + timedelta(days=21)),
    lambda d: ("early next week", d - timedelta(days=d.weekday()) + timedelta(days=9)),
    _by_day_of_month,
    _weekday_the_nth,
]


def _weekday_phrase(d: date, short: bool) -> tuple[str, date]:
    wd = RNG.choice([i for i in range(5) if i != d.weekday()])
    word = WD_SHORT[wd] if short else WD[wd]
    return f"by {word}", next_weekday(d, wd)


TIMELINE_SENTENCES = [
    "We'll get back to you {t}.",
    "I should have feedback for you {t}.",
    "The panel hope to make a decision {t}.",
    "You'll hear from us {t} either way.",
    "will let u know {t}",
    "Expect an update from me {t}.",
    "They've promised me an answer {t}, I'll chase if not.",
    "We aim to confirm the outcome {t}.",
    "I'll be in touch {t} with next steps.",
    "The hiring manager has said she'll come back to us {t}.",
]

MAIN: dict[str, list[str]] = {
    "application_received": [
        "Thanks for sending your CV over - I've got it and will have a read this afternoon.",
        "Just confirming we've received your application for the {role} role.",
        "Thanks for applying! Your application is with the hiring team now.",
        "Got ur CV, thanks - will take a look tonight.",
        "Thank you for your interest in the {role} position; your application has been logged and passed to the hiring manager.",
        "Many thanks for your application, which we have received safely.",
        "We've recieved your application for the {role} vacancy and will review it shortly.",
        "Thanks for putting yourself forward for the {role} role - we're going through applications now.",
    ],
    "interview_request": [
        "The hiring manager would love to have a chat with you about the {role} role - are you free on Thursday afternoon?",
        "They'd like to meet you! Could you do 30 mins on Teams early next week?",
        "Would you be up for a quick call tomorrow to go through the role?",
        "We'd like to invite you to interview for the {role} position.",
        "Can u do a call at 2 tmrw? Only 15 mins.",
        "I'd love to get you in to meet the team - what does your diary look like next week?",
        "Please let me know some times that work for a first-stage video interview.",
        "The client wants to see you for a second interview - are you around on Monday?",
        "Your interview is confirmed for Wednesday at 11:00 at our Leeds office; ask for Sam at reception.",
        "Would Tuesday at 3pm work for a technical interview with the team?",
        "Could you pop in for a coffee with our Head of Data next week?",
        "Pleased to say you've made it through to the final stage - it's a 1 hour panel, and I've pencilled in Friday at 10.",
        "Following your application we'd like to arrange a telephone interview.",
        "Are you free for a quick intro call this week? Happy to work around your schedule.",
    ],
    "notice_period_asked": [
        "What's your notice period at the moment?",
        "How much notice do you have to give?",
        "Could you let me know how soon you could start if it all goes well?",
        "whats ur notice like? client wants someone asap",
        "Can you confirm your notice period and any holidays you've already booked?",
        "When would you be able to start, realistically?",
        "Are you on a month's notice or three?",
    ],
    "references_requested": [
        "Could you send over details for two referees?",
        "can u send refs pls - ideally ur last two managers",
        "We'll need two references - could you pop their names and emails across?",
        "Please could you provide the contact details of two referees, one of whom should be your current line manager?",
        "Before we finalise things, could you put me in touch with someone you reported to at your last place?",
        "Refs please! Name, email and phone for two people.",
    ],
    "references_contacted": [
        "I've spoken to both your referees and they were really positive.",
        "Just to let you know we're now doing reference checks.",
        "I had a lovely chat with Priya, your old manager, this morning.",
        "Your references have come back and all looks good.",
        "We've reached out to your referees today.",
        "Spoke to James and Rachel yesterday - glowing feedback from both.",
    ],
    "salary_discussed": [
        "What are your salary expectations for this one?",
        "The budget for the role is £45-50k plus 10% bonus - does that work for you?",
        "What are you on currently, and what would you need to move?",
        "whats ur current sal? need it for the submission",
        "The role pays $95,000 base with equity on top.",
        "Could you tell me what package you'd be looking for?",
        "They can go up to 58k for the right person.",
    ],
    "offer": [
        "I'm delighted to say we'd like to offer you the {role} role!",
        "Great news - they want to offer you the job! I'll send the paperwork over later.",
        "Please find attached your offer letter for the {role} position.",
        "We'd love you to join us, and I'm pleased to formally offer you the position of {role}.",
        "Congratulations - the client has made you an offer!",
        "Following your final interview, I'm very happy to extend you a verbal offer.",
    ],
    "rejection": [
        "Unfortunately they've decided to go with another candidate on this occasion.",
        "I'm sorry to say the client won't be taking your application further.",
        "We've decided to move ahead with someone whose background is a closer match for the team.",
        "I'm afraid you haven't been successful this time.",
        "After a lot of thought we've offered the role to an internal candidate.",
        "We won't be progressing your application, but thank you for all the time you've given us.",
        "I'm afraid the position has now been filled.",
        "The client has gone with someone with more retail experience, so it's a no this time, sorry.",
        "We have now made an appointment to the post, and I'm sorry it's not better news.",
        "Sadly we're prioritising applicants with hands-on Databricks experience, so we won't be moving forward with you.",
        "We've closed the role without hiring, as the budget for it has been withdrawn.",
        "they've decided against taking things further, sorry ana.",
    ],
}
# A second signal that goes with the main one in real mail.
PAIRS = {
    "interview_request": ["salary_discussed", "notice_period_asked"],
    "offer": ["salary_discussed", "references_requested"],
    "references_contacted": ["timeline"],
    "application_received": ["timeline"],
    "notice_period_asked": ["salary_discussed"],
    "references_requested": ["notice_period_asked", "timeline"],
}


def sent_date() -> date:
    d = date(2026, 3, 2) + timedelta(days=RNG.randint(0, 80))
    while d.weekday() >= 5:
        d += timedelta(days=1)
    return d


def timeline(d: date) -> tuple[str, date]:
    when = d
    while when <= d:  # "by the end of the week" said on a Friday names no later day
        if RNG.random() < 0.25:
            phrase, when = _weekday_phrase(d, short=RNG.random() < 0.5)
        else:
            phrase, when = RNG.choice(TIMELINES)(d)
    return RNG.choice(TIMELINE_SENTENCES).format(t=phrase), when


def message(number: int, kind: str) -> str:
    name, addr, company, style = RNG.choice(SENDERS)
    first = name.split()[0]
    role = RNG.choice(ROLES)
    d = sent_date()
    labels: list[str] = [kind] if kind not in ("timeline", "none") else []
    lines: list[str] = []
    if RNG.random() < 0.4:
        lines.append(RNG.choice(FILLERS))
    if kind == "timeline":
        sentence, when = timeline(d)
        labels.append(f"timeline_stated {when.isoformat()}")
        lines.append(sentence)
    elif kind == "none":
        lines.append(RNG.choice(DECOYS))
    else:
        lines.append(RNG.choice(MAIN[kind]).format(role=role))
    if kind in PAIRS and RNG.random() < 0.4:
        second = RNG.choice(PAIRS[kind])
        if second == "timeline":
            sentence, when = timeline(d)
            labels.append(f"timeline_stated {when.isoformat()}")
            lines.append(sentence)
        else:
            labels.append(second)
            lines.append(RNG.choice(MAIN[second]).format(role=role))
    if RNG.random() < 0.35:
        lines.insert(RNG.randint(0, len(lines)), RNG.choice(DECOYS))
    greeting = RNG.choice(GREETINGS[style])
    body = ("\n\n" if style != "phone" else " ").join(lines)
    parts = [greeting, body] if greeting else [body]
    sign = RNG.choice(SIGNOFFS[style]).format(first=first, name=name, company=company, n=number)
    if sign:
        parts.append(sign)
    if RNG.random() < 0.2:
        parts.append(RNG.choice(SIGNATURE_NOTES))
    if RNG.random() < 0.15:
        parts.append(RNG.choice(FOOTERS).format(company=company, n=number))
    joiner = "\n" if style == "phone" else "\n\n"
    text = joiner.join(parts)
    form = RNG.choice(["plain", "plain", "plain", "qp", "html", "alt"])
    subject = RNG.choice(
        [
            f"Re: {role}",
            f"{role} - {company}",
            "Quick update",
            f"RE: {role} role",
            "Next steps",
            "Following up",
        ]
    )
    hh, mm = RNG.randint(7, 19), RNG.randint(0, 59)
    order = [
        "application_received",
        "interview_request",
        "notice_period_asked",
        "references_requested",
        "references_contacted",
        "salary_discussed",
        "timeline_stated",
        "offer",
        "rejection",
    ]
    labels.sort(key=lambda lab: order.index(lab.split()[0]))
    return (
        f"name: gen-{kind.replace('_', '-')}\n"
        f"date: {d.isoformat()} {hh:02d}:{mm:02d} +0000\n"
        f"from: {name} <{addr}>\nsubject: {subject}\nform: {form}\n"
        f"labels: {'; '.join(labels)}\n---\n{text}\n"
    )


def main() -> None:
    kinds = [*MAIN.keys(), "timeline", "none"]
    weights = {
        "timeline": 40,
        "none": 20,
        "interview_request": 22,
        "rejection": 22,
        "application_received": 14,
    }
    plan = [k for k in kinds for _ in range(weights.get(k, 12))]
    RNG.shuffle(plan)
    OUT.write_text("=====\n".join(message(i, k) for i, k in enumerate(plan, 1)), "utf-8")
    print(f"{len(plan)} messages written to {OUT}")


if __name__ == "__main__":
    calendar.setfirstweekday(0)
    main()
