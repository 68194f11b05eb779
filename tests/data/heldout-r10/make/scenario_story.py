"""Write scenario/mailbox.mbox and scenario/expected.json: Maya Lindgren's four applications.

Untidy on purpose: Harbourline and Thamesbridge both use Greenhouse (same sender domain); the
agency recruiter Leah Brooks moves from Corwen Recruitment to Halden Partners mid-story and keeps
the Meridian application; Maya writes from two addresses; a referee at a third company writes;
Thamesbridge sends an invitation, cancels it and sends a new one; one thank-you is answered within
24 h, one after three days; a "thanks" before any interview is answered quickly (not a quick reply
to a thank-you); five everyday messages mention interviews. No folder is marked Sent.

Usage: python tests/data/heldout-r10/make/scenario_story.py
"""

from __future__ import annotations

import json
import mailbox
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from common import build  # noqa: E402

OUT = HERE.parent / "scenario"
MO = "Maya Lindgren <maya.lindgren@outlook.com>"
MP = "Maya Lindgren <m.lindgren@protonmail.com>"
GH = "no-reply@us.greenhouse-mail.io"
PRIYA = "Priya Anand <priya.anand@harbourlinehotels.com>"
OWEN = "Owen Price <owen.price@thamesbridge.co.uk>"
LEAH1 = "Leah Brooks <leah@corwenrecruit.co.uk>"
LEAH2 = "Leah Brooks <leah.brooks@haldenpartners.com>"
IFE = "Ifeoma Clarke <ifeoma.clarke@kindredtrust.org.uk>"
PAUL = "Paul Denholm <paul.denholm@northgateconsult.com>"

APPS = [
    {"key": "harbourline", "company": "Harbourline Hotels", "role": "Operations Manager",
     "applied": "2026-10-28",
     "contacts": [{"name": "Priya Anand", "email": "priya.anand@harbourlinehotels.com", "role": "recruiter"}]},
    {"key": "thamesbridge", "company": "Thamesbridge Civil Engineering", "role": "Project Engineer",
     "applied": "2026-10-29",
     "contacts": [{"name": "Owen Price", "email": "owen.price@thamesbridge.co.uk", "role": "hiring_manager"}]},
    {"key": "meridian", "company": "Meridian Clinical", "role": "Clinical Project Assistant",
     "applied": "2026-10-30",
     "contacts": [{"name": "Leah Brooks", "email": "leah@corwenrecruit.co.uk", "role": "recruiter"}]},
    {"key": "kindred", "company": "Kindred Trust", "role": "Programme Manager", "applied": "2026-11-02",
     "contacts": [{"name": "Ifeoma Clarke", "email": "ifeoma.clarke@kindredtrust.org.uk", "role": "recruiter"}]},
]


def ics(method, uid, start, end, org, orgmail, att, attmail, summary, seq="0"):
    """The fields of one calendar part."""
    return {"method": method, "uid": uid, "start": start, "end": end, "org": org, "orgmail": orgmail,
            "att": att, "attmail": attmail, "summary": summary, "seq": seq,
            "status": "CANCELLED" if method == "CANCEL" else "CONFIRMED"}


# (name, application key or None, mine, unlinked_ok, build kwargs)
M = []


def add(app, mine, frm, to, date, subj, body, unlinked_ok=False, reply=None, **kw):
    n = len(M) + 1
    dom = frm.split("@")[-1].strip(">")
    mid = f"<sc10-{n:02d}.{dom.split('.')[0]}@{dom}>"
    M.append({"name": f"sc-{n:02d}", "app": app, "mine": mine, "unlinked_ok": unlinked_ok, "mid": mid,
              "kw": dict(frm=frm, to=to, date=date, subj=subj, body=body, mid=mid,
                         reply=M[reply - 1]["mid"] if reply else None, **kw)})
    return n


r1 = add("harbourline", False, f"Harbourline Hotels <{GH}>", MO, "Thu, 29 Oct 2026 09:02:00 +0000",
         "Thank you for applying to Harbourline Hotels",
         "Hi Maya,\n\nThanks for your interest in Harbourline Hotels! Your application for Operations Manager "
         "- Brighton has been received. Our team is reviewing applications and will reach out if your "
         "background is a good match.\n\nRegards,\nHarbourline Hotels Talent\n\nPowered by Greenhouse")
add("thamesbridge", False, f"Thamesbridge Civil Engineering <{GH}>", MO, "Fri, 30 Oct 2026 14:40:00 +0000",
    "Thank you for applying to Thamesbridge Civil Engineering",
    "Hi Maya,\n\nThank you for applying for the Project Engineer (Flood Defence) role at Thamesbridge Civil "
    "Engineering. We have received your application and our hiring team will review it shortly.\n\n"
    "Thamesbridge Recruitment\n\nPowered by Greenhouse")
r3 = add("harbourline", False, PRIYA, MO, "Tue, 03 Nov 2026 10:15:00 +0000", "Operations Manager - interview",
         "Hi Maya,\n\nThanks for your application - we'd love to invite you to interview with our GM, Tom Reyes, "
         "on Monday 9 November, 11:00-12:00 at the Brighton hotel. I've sent a calendar invite; just accept if "
         "that works.\n\nBest,\nPriya Anand\nTalent Partner, Harbourline Hotels",
         ics=ics("REQUEST", "hh-int-4471@harbourlinehotels.com", "20261109T110000Z", "20261109T120000Z",
                 "Priya Anand", "priya.anand@harbourlinehotels.com", "Maya Lindgren",
                 "maya.lindgren@outlook.com", "Interview: Maya Lindgren / Operations Manager"))
add("harbourline", True, MO, PRIYA, "Tue, 03 Nov 2026 12:01:00 +0000", "Re: Operations Manager - interview",
    "Hi Priya,\n\nThat's perfect, I'll see you both on the 9th.\n\nMaya\n\nOn Tue, 3 Nov 2026 at 10:15, Priya "
    "Anand wrote:\n> we'd love to invite you to interview with our GM, Tom Reyes\n", reply=r3)
add(None, False, "Off The Clock Podcast <hello@offtheclock.fm>", MO, "Wed, 04 Nov 2026 06:00:00 +0000",
    "Ep. 112: the interview that changed my career",
    "This week: a chef on the worst job interview of her life, and why she turned down an offer from a "
    "Michelin kitchen. Listen now.\n\nUnsubscribe")
r6 = add("meridian", False, LEAH1, MP, "Wed, 04 Nov 2026 11:30:00 +0000", "Meridian Clinical - CPA role",
         "Hi Maya,\n\nGreat news - Meridian have reviewed your CV and would like to meet you for a first "
         "interview with their Study Start-Up lead. They've offered Thursday 12th at 2pm or Friday 13th at "
         "10am, on Teams. Which suits?\n\nThe role is paying £31-34k depending on experience.\n\nLeah Brooks\n"
         "Senior Consultant, Corwen Recruitment")
r7 = add("meridian", True, MP, LEAH1, "Wed, 04 Nov 2026 12:10:00 +0000", "Re: Meridian Clinical - CPA role",
         "Thanks so much Leah! Thursday 12th at 2pm please.\n\nMaya\n\nOn Wed, 4 Nov 2026, Leah Brooks wrote:\n"
         "> They've offered Thursday 12th at 2pm or Friday 13th at 10am\n", reply=r6)
add("meridian", False, LEAH1, MP, "Wed, 04 Nov 2026 13:02:00 +0000", "Re: Meridian Clinical - CPA role",
    "Brilliant, confirmed with them - Teams link to follow from Meridian. Good luck! L", reply=r7)
r9 = add("thamesbridge", False, OWEN, MO, "Thu, 05 Nov 2026 09:00:00 +0000",
         "Invitation: Interview - Project Engineer @ Thu 12 Nov 2026 10:00 - 11:00 (GMT)",
         "Owen Price has invited you to this event.\n\nInterview - Project Engineer (Maya Lindgren)\n"
         "When: Thu 12 Nov 2026 10:00 - 11:00 (GMT)\nWhere: Thamesbridge, 40 Albert Embankment, London\n",
         ics=ics("REQUEST", "tb-maya-1@thamesbridge.co.uk", "20261112T100000Z", "20261112T110000Z",
                 "Owen Price", "owen.price@thamesbridge.co.uk", "Maya Lindgren", "maya.lindgren@outlook.com",
                 "Interview - Project Engineer (Maya Lindgren)"))
add("thamesbridge", True, MO, OWEN, "Thu, 05 Nov 2026 09:30:00 +0000",
    "Accepted: Interview - Project Engineer @ Thu 12 Nov 2026 10:00 - 11:00 (GMT)",
    "Maya Lindgren has accepted this invitation.", reply=r9)
add("kindred", False, IFE, MP, "Thu, 05 Nov 2026 15:45:00 +0000", "Programme Manager application",
    "Dear Maya,\n\nThank you for applying for our Programme Manager post - I can confirm we've received your "
    "application and supporting statement. Shortlisting takes place on 10 November.\n\nWith best wishes,\n"
    "Ifeoma Clarke\nHR Manager, Kindred Trust\nRegistered charity 1098765")
add(None, False, "FitHub Brighton <news@fithub-brighton.co.uk>", MO, "Tue, 10 Nov 2026 07:00:00 +0000",
    "November news: interview with our new head coach",
    "Inside: an interview with head coach Dani, our Black Friday membership offer, and new spin classes.\n\n"
    "FitHub Brighton")
r13 = add("harbourline", True, MO, PRIYA, "Mon, 09 Nov 2026 16:45:00 +0000", "Thank you - Operations Manager",
          "Hi Priya,\n\nThank you for arranging today, and please pass on my thanks to Tom - I really enjoyed "
          "hearing about the refurbishment plans and the team. I'm even more excited about the role now.\n\n"
          "Best wishes,\nMaya")
add("harbourline", False, PRIYA, MO, "Tue, 10 Nov 2026 09:20:00 +0000", "Re: Thank you - Operations Manager",
    "Hi Maya,\n\nThank you, Tom really enjoyed meeting you too! We have a couple more interviews this week and "
    "we'll be in touch by the end of next week.\n\nPriya\n\nOn Mon, 9 Nov 2026 at 16:45, Maya Lindgren wrote:\n"
    "> Thank you for arranging today\n", reply=r13)
add("thamesbridge", False, OWEN, MO, "Tue, 10 Nov 2026 11:00:00 +0000",
    "Canceled: Interview - Project Engineer @ Thu 12 Nov 2026 10:00 - 11:00 (GMT)",
    "This event has been canceled.\n\nOwen: Sorry Maya, I'm needed at the Erith site on Thursday - new time "
    "coming separately.",
    ics=ics("CANCEL", "tb-maya-1@thamesbridge.co.uk", "20261112T100000Z", "20261112T110000Z", "Owen Price",
            "owen.price@thamesbridge.co.uk", "Maya Lindgren", "maya.lindgren@outlook.com",
            "Interview - Project Engineer (Maya Lindgren)", seq="1"))
add("thamesbridge", False, OWEN, MO, "Tue, 10 Nov 2026 11:05:00 +0000",
    "Invitation: Interview - Project Engineer @ Mon 16 Nov 2026 14:00 - 15:00 (GMT)",
    "Owen Price has invited you to this event.\n\nInterview - Project Engineer (Maya Lindgren)\n"
    "When: Mon 16 Nov 2026 14:00 - 15:00 (GMT)\nWhere: Thamesbridge, 40 Albert Embankment, London\n",
    ics=ics("REQUEST", "tb-maya-2@thamesbridge.co.uk", "20261116T140000Z", "20261116T150000Z", "Owen Price",
            "owen.price@thamesbridge.co.uk", "Maya Lindgren", "maya.lindgren@outlook.com",
            "Interview - Project Engineer (Maya Lindgren)"))
r17 = add("kindred", False, IFE, MP, "Wed, 11 Nov 2026 10:00:00 +0000", "Interview invitation - Programme Manager",
          "Dear Maya,\n\nI'm pleased to let you know you've been shortlisted. We'd like to invite you to a panel "
          "interview on Tuesday 17 November, 10:00-11:30, at our Lewes office. The panel will be our CEO, a "
          "trustee and me, and we'll ask you to present for 10 minutes on the brief attached.\n\nIfeoma",
          ics=ics("REQUEST", "kt-pm-maya@kindredtrust.org.uk", "20261117T100000Z", "20261117T113000Z",
                  "Ifeoma Clarke", "ifeoma.clarke@kindredtrust.org.uk", "Maya Lindgren",
                  "m.lindgren@protonmail.com", "Programme Manager interview - Maya Lindgren"))
add("meridian", False, LEAH2, MP, "Wed, 11 Nov 2026 16:30:00 +0000", "New email address - and your Meridian interview",
    "Hi Maya,\n\nJust a heads-up that I've moved from Corwen to Halden Partners this week - Meridian have come "
    "with me as a client, so I'm still looking after your application. Your interview tomorrow at 2pm with "
    "Dr Sara Whitfield is still on; Teams link is in the invite from Meridian.\n\nLeah Brooks\nPrincipal "
    "Consultant, Halden Partners")
add(None, False, "Westdene Primary School <office@westdene-primary.org.uk>", MO, "Thu, 12 Nov 2026 15:30:00 +0000",
    "Parent consultations and Year 2 class rep interviews",
    "Dear parents,\n\nParent consultations are on 24 and 25 November; please book a slot. Year 6 pupils are "
    "interviewing candidates for head boy and head girl next week - a great chance to practise their "
    "speaking!\n\nWestdene Primary")
r20 = add("thamesbridge", True, MO, OWEN, "Mon, 16 Nov 2026 18:05:00 +0000", "Thanks for today",
          "Hi Owen,\n\nThanks very much for your time this afternoon and for the tour of the drawing office. "
          "The Erith scheme sounds like a great project to be part of.\n\nKind regards,\nMaya")
r21 = add("kindred", True, MP, IFE, "Tue, 17 Nov 2026 19:10:00 +0000", "Thank you",
          "Dear Ifeoma,\n\nThank you and the panel for this morning - I really appreciated the chance to talk "
          "about the food-poverty programme, and the questions on partnerships gave me a lot to think about.\n\n"
          "Warm regards,\nMaya")
r22 = add("kindred", False, IFE, MP, "Wed, 18 Nov 2026 10:05:00 +0000", "Re: Thank you",
          "Dear Maya,\n\nThank you for your lovely note. The panel were very impressed. Could you send me details "
          "of two referees, including your current manager?\n\nIfeoma\n\nOn Tue, 17 Nov 2026, Maya Lindgren "
          "wrote:\n> Thank you and the panel for this morning\n", reply=r21)
add("kindred", True, MP, IFE, "Wed, 18 Nov 2026 12:30:00 +0000", "Re: Thank you",
    "Dear Ifeoma,\n\nOf course:\n- Paul Denholm, Director, Northgate Consulting (paul.denholm@northgateconsult.com)\n"
    "- Rachel Imrie, my current manager at Brighton Food Partnership (rachel@bfp.org.uk)\n\nMaya", reply=r22)
add("thamesbridge", False, OWEN, MO, "Thu, 19 Nov 2026 20:40:00 +0000", "Re: Thanks for today",
    "Hi Maya,\n\nThanks for your note, and apologies for the slow reply - busy week on site. HR will be in "
    "touch once we've seen everyone.\n\nOwen\n\nOn Mon, 16 Nov 2026 at 18:05, Maya Lindgren wrote:\n"
    "> Thanks very much for your time this afternoon\n", reply=r20)
add("meridian", False, LEAH2, MP, "Fri, 20 Nov 2026 09:10:00 +0000", "Meridian feedback",
    "Morning Maya,\n\nLovely feedback from Sara - she said you were really well prepared. Before they set up "
    "the next stage they've asked me what your notice period is at BFP - is it a month?\n\nLeah")
add("kindred", False, PAUL, MP, "Fri, 20 Nov 2026 17:45:00 +0000", "Kindred Trust rang me",
    "Hi Maya,\n\nJust to say Kindred Trust's HR manager rang me this afternoon for a reference and we had a "
    "good long chat - I told her they'd be lucky to get you. Let me know how it goes!\n\nPaul\n\nPaul Denholm | "
    "Director | Northgate Consulting", unlinked_ok=True)
add(None, False, "Waterstones <orders@waterstones.com>", MO, "Sat, 21 Nov 2026 08:00:00 +0000",
    "Your order has been dispatched",
    "Good news! Your order #WS9912233 has been dispatched: 'Great Answers to Tough Interview Questions' "
    "(paperback). Expected delivery: Tuesday.\n\nWaterstones")
add("harbourline", False, PRIYA, MO, "Fri, 20 Nov 2026 15:00:00 +0000", "Operations Manager - update",
    "Hi Maya,\n\nThank you for your patience. It was a really close decision, but the panel felt another "
    "candidate was a closer match for the hotel's needs right now, so we won't be offering you the role on this "
    "occasion. I'd be glad to set up a short feedback call with Tom next week if that would be helpful.\n\n"
    "Warm regards,\nPriya")
add("kindred", False, IFE, MP, "Mon, 23 Nov 2026 11:30:00 +0000", "Programme Manager - good news",
    "Dear Maya,\n\nI'm delighted to say that the panel would like to offer you the post of Programme Manager at "
    "£39,500 per year. Your references came back warmly. Paperwork to follow later this week - in the meantime "
    "could you let me know whether you'd like to accept?\n\nIfeoma")
add("kindred", True, MP, IFE, "Mon, 23 Nov 2026 13:00:00 +0000", "Re: Programme Manager - good news",
    "Dear Ifeoma,\n\nThank you so much - I'm thrilled and I'd be delighted to accept. I'll look out for the "
    "paperwork.\n\nMaya")
add("thamesbridge", False, f"Thamesbridge Civil Engineering <{GH}>", MO, "Tue, 24 Nov 2026 10:00:00 +0000",
    "Your application to Thamesbridge Civil Engineering",
    "Hi Maya,\n\nThank you for your interest in the Project Engineer (Flood Defence) role and for meeting the "
    "team. We have now completed interviews and we won't be taking your application further.\n\nWe wish you "
    "every success.\nThamesbridge Recruitment\n\nPowered by Greenhouse")
add(None, False, "The Guardian <newsletters@theguardian.com>", MO, "Tue, 24 Nov 2026 06:30:00 +0000",
    "The Long Read | 'I sat on 200 interview panels'",
    "Today: a former civil service recruiter on sifts, panels and the offer that got away. Plus: the week in "
    "culture.\n\nThe Guardian")
add("meridian", False, LEAH2, MP, "Wed, 25 Nov 2026 12:00:00 +0000", "Meridian - second stage",
    "Hi Maya,\n\nMeridian would like you back for a final interview with their Director of Clinical Operations. "
    "Are you free Tuesday 1st December, 11am, at their Crawley office?\n\nLeah")
r35 = add(None, False, "Jess Okonjo <jess.okonjo@gmail.com>", MO, "Thu, 26 Nov 2026 19:00:00 +0000",
          "drinks?!",
          "heyyy how did all the interviews go?? heard a rumour about an offer!! drinks fri to celebrate? x")
add(None, True, MO, "Jess Okonjo <jess.okonjo@gmail.com>", "Thu, 26 Nov 2026 19:30:00 +0000", "Re: drinks?!",
    "YES. Got the Kindred one!! Fri 7pm at the usual? x", reply=r35)

EXPECTED = {
    "story": "Maya Lindgren, four applications (hospitality, civil engineering, clinical research via an "
             "agency, charity), 29 Oct - 26 Nov 2026; two of her addresses, no Sent folder.",
    "applications": APPS,
    "messages": [{"name": m["name"], "message_id": m["mid"], "subject": m["kw"]["subj"],
                  "application": m["app"], "mine": m["mine"],
                  **({"unlinked_ok": True} if m["unlinked_ok"] else {})} for m in M],
    "signals": [
        {"application": "harbourline", "kinds": ["interview_request"], "present": True},
        {"application": "harbourline", "kinds": ["timeline_stated"], "present": True, "expected_by": "2026-11-20"},
        {"application": "harbourline", "kinds": ["thank_you_quick_reply"], "present": True},
        {"application": "harbourline", "kinds": ["rejection"], "present": True},
        {"application": "harbourline", "kinds": ["offer"], "present": False},
        {"application": "thamesbridge", "kinds": ["interview_request"], "present": True},
        {"application": "thamesbridge", "kinds": ["thank_you_quick_reply"], "present": False},
        {"application": "thamesbridge", "kinds": ["rejection"], "present": True},
        {"application": "meridian", "kinds": ["interview_request", "follow_up_interview"], "present": True},
        {"application": "meridian", "kinds": ["notice_period_asked"], "present": True},
        {"application": "meridian", "kinds": ["thank_you_quick_reply"], "present": False},
        {"application": "meridian", "kinds": ["rejection", "offer"], "present": False},
        {"application": "kindred", "kinds": ["references_requested"], "present": True},
        {"application": "kindred", "kinds": ["references_contacted"], "present": True},
        {"application": "kindred", "kinds": ["offer"], "present": True},
        {"application": "kindred", "kinds": ["rejection"], "present": False},
    ],
    "statuses": [
        {"application": "harbourline", "any_of": ["rejected"]},
        {"application": "thamesbridge", "any_of": ["rejected"]},
        {"application": "meridian", "any_of": ["interviewing"]},
        {"application": "kindred", "any_of": ["offer", "accepted"]},
    ],
}


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / "mailbox.mbox"
    path.unlink(missing_ok=True)
    box = mailbox.mbox(str(path))
    for m in M:
        kw = dict(m["kw"])
        box.add(build(kw.pop("frm"), kw.pop("to"), kw.pop("date"), kw.pop("subj"), kw.pop("body"), **kw))
    box.flush()
    box.close()
    (OUT / "expected.json").write_text(json.dumps(EXPECTED, indent=1, ensure_ascii=False) + "\n")
