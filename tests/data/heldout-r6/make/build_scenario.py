"""Write scenario/mailbox.mbox and scenario/expected.json: Maya's search, four applications.

The story (October-November 2026): Maya Lindqvist applies to Brennan Marine Logistics (A)
and Talloway Foods (B), both through Greenhouse (same sending domain), to Kestrel Freight (C)
through an agency recruiter who moves to another agency half-way, and to Dunmore Bank (D)
through Workday. She writes from two addresses (proton.me mostly, outlook.com to the agency).
A referee at a third company writes to her. No folder is marked Sent: her own mail is mixed
in with the rest. A: offer (accepted); B: rejection after a thank-you answered late;
C: invitation, its CANCEL and a new one, still open; D: still open, timeline stated.
"""

from __future__ import annotations

import hashlib
import json
import mailbox
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from mailkit import build, date, ics  # noqa: E402

MAYA = "Maya Lindqvist <maya.lindqvist@proton.me>"
MAYA2 = "Maya Lindqvist <m.lindqvist@outlook.com>"
OWEN = "Owen Carter <owen.carter@brennanmarine.com>"
RUTH = "Ruth Ellison <ruth.ellison@brennanmarine.com>"
DAN = "Dan Whitaker <dan.whitaker@tallowayfoods.com>"
PRIYA = "Priya Shah <priya.shah@harbourline-recruitment.co.uk>"
PRIYA_NEW = "Priya Shah <priya.shah@clearpath-talent.com>"
CLAIRE = "Claire Dunn <claire.dunn@dunmorebank.co.uk>"
HELEN = "Dr Helen Marsh <helen.marsh@hollinandco.com>"

ROWS: list[tuple[str, str | None, bool, dict, bool]] = []


def m(name: str, app: str | None, mine: bool = False, unlinked_ok: bool = False, **kw) -> None:
    """One message: its application key (or None), whether it is hers, build kwargs."""
    kw.setdefault("msgid", f"<{hashlib.sha1(name.encode()).hexdigest()[:16]}@mail.{name[4:10]}.net>")
    ROWS.append((name, app, mine, kw, unlinked_ok))


def mid(name: str, dom: str) -> str:
    return f"<{name}@{dom}>"


m("s01_gh_receipt_brennan", "A",
  frm="Brennan Marine Logistics <no-reply@us.greenhouse-mail.io>", to=MAYA,
  when=date("2026-10-05 14:02"), subject="Thank you for applying to Brennan Marine Logistics",
  msgid=mid("gh-7731a.brennan", "us.greenhouse-mail.io"),
  text="""Hi Maya,

Thanks for your interest in Brennan Marine Logistics! We've received your application for
Senior Planning Analyst and the team will review it shortly. If there's a fit, a member
of our recruiting team will be in touch.

Best,
Brennan Marine Logistics Recruiting
""")

m("s02_gh_receipt_talloway", "B",
  frm="Talloway Foods <no-reply@us.greenhouse-mail.io>", to=MAYA,
  when=date("2026-10-07 09:41"), subject="Thank you for applying to Talloway Foods",
  msgid=mid("gh-90c2e.talloway", "us.greenhouse-mail.io"),
  text="""Hi Maya,

Thank you for applying for the Supply Chain Manager role at Talloway Foods. Our team is
reviewing applications now and we'll reach out if your experience matches what we're
looking for.

Talloway Foods Talent Team
""")

m("s03_podcast_interview", None,
  frm="Freight Talk <hello@freighttalk.fm>", to=MAYA,
  when=date("2026-10-08 07:00"), subject="New episode: an interview with a port planner",
  headers={"List-Unsubscribe": "<https://freighttalk.fm/u>", "Precedence": "bulk"},
  text="""This week's interview: Jo Mensah on twenty years of berth planning, the offer that
took her to Rotterdam, and what hiring managers get wrong in interviews.

Listen now. Unsubscribe any time.
""")

m("s04_priya_sent_cv", "C",
  frm=PRIYA, to=MAYA, when=date("2026-10-12 16:30"),
  subject="Kestrel Freight - Operations Lead", msgid=mid("HL-PS-1012", "harbourline-recruitment.co.uk"),
  text="""Hi Maya,

Lovely to speak this afternoon. As agreed I've sent your CV over to Kestrel Freight for
the Operations Lead role in Felixstowe, with a short note on your berth-planning work.
I'll chase them later in the week.

Best,
Priya

Priya Shah | Senior Consultant | Harbourline Recruitment
""")

m("s05_maya2_use_this_address", "C", mine=True,
  frm=MAYA2, to=PRIYA, when=date("2026-10-13 08:12"),
  subject="Re: Kestrel Freight - Operations Lead", msgid=mid("DB9P-ML-1013", "outlook.com"),
  in_reply_to=mid("HL-PS-1012", "harbourline-recruitment.co.uk"),
  text="""Hi Priya,

Great, thanks for sending it over. Could you use this address for anything about Kestrel
from now on? I check it more during the day.

Maya

On 12 Oct 2026, at 16:30, Priya Shah wrote:
> As agreed I've sent your CV over to Kestrel Freight for the Operations Lead role.
""")

m("s06_workday_receipt_dunmore", "D",
  frm="Dunmore Bank <dunmorebank@myworkday.com>", to=MAYA,
  when=date("2026-10-14 11:05"), subject="Thank you for your application - Treasury Analyst (R-20931)",
  msgid=mid("wd-dunmore-R20931-ack", "myworkday.com"),
  text="""Dear Maya,

Thank you for applying for Treasury Analyst (R-20931) at Dunmore Bank. We have received
your application and it is now under review.

Dunmore Bank Talent Acquisition
This is an automated message; please do not reply.
""")

m("s07_owen_phone_screen", "A",
  frm=OWEN, to=MAYA, when=date("2026-10-15 10:20"),
  subject="Senior Planning Analyst - first call", msgid=mid("BML-OC-1015", "brennanmarine.com"),
  text="""Hi Maya,

Thanks for applying for Senior Planning Analyst. I'd like to set up a 30-minute phone
interview to talk about your background. Would Tuesday 20 October at 11:00 work?

Kind regards,
Owen Carter
Talent Acquisition, Brennan Marine Logistics
""")

m("s08_maya_confirms_owen", "A", mine=True,
  frm=MAYA, to=OWEN, when=date("2026-10-15 12:02"),
  subject="Re: Senior Planning Analyst - first call", msgid=mid("pm-ML-1015", "proton.me"),
  in_reply_to=mid("BML-OC-1015", "brennanmarine.com"),
  text="""Hi Owen,

Tuesday at 11 works well - speak then. My mobile is 07700 900 412.

Best,
Maya
""")

m("s09_friend_drinks", None,
  frm="Lotte <lotte.b@gmail.com>", to=MAYA, when=date("2026-10-16 19:45"),
  subject="friday?", msgid=mid("CAL-lotte-1016", "mail.gmail.com"),
  text="""heyy - good luck with all the interviews next week!! you'll smash them. drinks friday
to celebrate/commiserate? the usual place, 7ish x
""")

m("s10_priya_invite_kestrel", "C",
  frm=PRIYA, to=MAYA2, when=date("2026-10-19 15:00"),
  subject="Invitation: Kestrel Freight - interview with Maya Lindqvist @ Fri 23 Oct 2026 10:00 - 11:00 (BST)",
  msgid=mid("HL-PS-1019-inv", "harbourline-recruitment.co.uk"),
  text="""Hi Maya,

Kestrel would love to meet you! Invitation below for Friday 23 October, 10:00 at their
Felixstowe office with Tom Briggs (Head of Operations). Any problems, let me know.

Priya
""",
  cal=ics("REQUEST", "kestrel-int-ml-001@harbourline-recruitment.co.uk", "20261023T100000",
          "20261023T110000", "Kestrel Freight - interview with Maya Lindqvist",
          "priya.shah@harbourline-recruitment.co.uk",
          ["m.lindqvist@outlook.com", "tom.briggs@kestrelfreight.co.uk"],
          location="Kestrel Freight\\, Dock Road\\, Felixstowe", prodid="Microsoft Exchange Server 2010"))

m("s11_dan_invite_talloway", "B",
  frm=DAN, to=MAYA, when=date("2026-10-19 16:40"),
  subject="Supply Chain Manager - interview", msgid=mid("TF-DW-1019", "tallowayfoods.com"),
  text="""Hi Maya,

Thanks for your application. We'd like to invite you to interview for the Supply Chain
Manager role on Thursday 22 October at 10:00 at our Spalding site, with me and Gemma
Holt (Operations Director). It will last about an hour.

Please let me know if that works.

Dan Whitaker
Recruitment Partner, Talloway Foods
""")

m("s12_maya2_thanks_priya", "C", mine=True,
  frm=MAYA2, to=PRIYA, when=date("2026-10-20 07:55"),
  subject="Re: Invitation: Kestrel Freight - interview with Maya Lindqvist",
  msgid=mid("DB9P-ML-1020", "outlook.com"), in_reply_to=mid("HL-PS-1019-inv", "harbourline-recruitment.co.uk"),
  text="""Thank you so much Priya! Accepted - really looking forward to it.

Maya
""")

m("s13_priya_quick_reply", "C",
  frm=PRIYA, to=MAYA2, when=date("2026-10-20 09:10"),
  subject="RE: Invitation: Kestrel Freight - interview with Maya Lindqvist",
  msgid=mid("HL-PS-1020", "harbourline-recruitment.co.uk"), in_reply_to=mid("DB9P-ML-1020", "outlook.com"),
  references=mid("HL-PS-1019-inv", "harbourline-recruitment.co.uk") + " " + mid("DB9P-ML-1020", "outlook.com"),
  text="""Great stuff, thanks Maya! I'll send you a few notes on Tom before Friday.

P
""")

m("s14_priya_cancel", "C",
  frm=PRIYA, to=MAYA2, when=date("2026-10-21 13:30"),
  subject="Canceled: Kestrel Freight - interview with Maya Lindqvist",
  msgid=mid("HL-PS-1021-cxl", "harbourline-recruitment.co.uk"),
  text="""Hi Maya - so sorry, Tom is off sick this week so we need to cancel Friday. New time to
follow shortly.

Priya
""",
  cal=ics("CANCEL", "kestrel-int-ml-001@harbourline-recruitment.co.uk", "20261023T100000",
          "20261023T110000", "Kestrel Freight - interview with Maya Lindqvist",
          "priya.shah@harbourline-recruitment.co.uk",
          ["m.lindqvist@outlook.com", "tom.briggs@kestrelfreight.co.uk"], seq=1,
          prodid="Microsoft Exchange Server 2010"),
  cal_method="CANCEL")

m("s15_priya_new_invite", "C",
  frm=PRIYA, to=MAYA2, when=date("2026-10-21 16:05"),
  subject="Invitation: Kestrel Freight - interview (rescheduled) @ Wed 28 Oct 2026 14:00 - 15:00 (GMT)",
  msgid=mid("HL-PS-1021-inv2", "harbourline-recruitment.co.uk"),
  text="""Hi Maya,

New time for your interview with Tom Briggs at Kestrel: Wednesday 28 October, 14:00,
same place. Hope that works!

Priya
""",
  cal=ics("REQUEST", "kestrel-int-ml-002@harbourline-recruitment.co.uk", "20261028T140000",
          "20261028T150000", "Kestrel Freight - interview (rescheduled)",
          "priya.shah@harbourline-recruitment.co.uk",
          ["m.lindqvist@outlook.com", "tom.briggs@kestrelfreight.co.uk"],
          location="Kestrel Freight\\, Dock Road\\, Felixstowe", prodid="Microsoft Exchange Server 2010"))

m("s16_maya_thanks_dan", "B", mine=True,
  frm=MAYA, to=DAN, cc="Gemma Holt <gemma.holt@tallowayfoods.com>", when=date("2026-10-22 16:05"),
  subject="Thank you - Supply Chain Manager interview", msgid=mid("pm-ML-1022", "proton.me"),
  text="""Hi Dan,

Thank you (and Gemma) for your time this morning and for the tour of the packing hall.
I enjoyed hearing about the plans for the new chilled store and I'm very interested in
the role.

Best wishes,
Maya
""")

m("s17_dan_late_reply_timeline", "B",
  frm=DAN, to=MAYA, when=date("2026-10-26 10:15"),
  subject="RE: Thank you - Supply Chain Manager interview", msgid=mid("TF-DW-1026", "tallowayfoods.com"),
  in_reply_to=mid("pm-ML-1022", "proton.me"),
  text="""Hi Maya,

Thanks for your note, and sorry for the slow reply - it was great to meet you too. We're
seeing two more candidates this week and will be in touch by the end of next week.

Dan

-----Original Message-----
From: Maya Lindqvist <maya.lindqvist@proton.me>
Sent: 22 October 2026 16:05
Subject: Thank you - Supply Chain Manager interview
Thank you (and Gemma) for your time this morning and for the tour of the packing hall.
""")

m("s18_owen_final_interview", "A",
  frm=OWEN, to=MAYA, when=date("2026-10-21 11:30"),
  subject="Senior Planning Analyst - next stage", msgid=mid("BML-OC-1021", "brennanmarine.com"),
  text="""Hi Maya,

Thanks for yesterday's call - I've shared my notes with Ruth Ellison, the hiring manager,
and she'd like to meet you for a final interview on Tuesday 27 October, 11:00-12:00, at
our Southampton office. Does that work?

Owen
""",
  cal=ics("REQUEST", "bml-final-ml@google.com", "20261027T110000", "20261027T120000",
          "Final interview - Maya Lindqvist / Senior Planning Analyst",
          "owen.carter@brennanmarine.com",
          ["maya.lindqvist@proton.me", "ruth.ellison@brennanmarine.com"],
          location="Brennan Marine Logistics\\, Ocean Gate\\, Southampton"))

m("s19_gym_member_interview", None,
  frm="Riverside Leisure <news@riversideleisure.co.uk>", to=MAYA,
  when=date("2026-10-23 06:30"), subject="Member stories: an interview with our oldest swimmer",
  headers={"Precedence": "bulk"},
  text="""This month we interview Alan, 91, who still swims 40 lengths every morning.
Plus: half-price offer on personal training sessions until 31 October, and the new
position of the spin studio (now upstairs).
""")

m("s20_claire_interview_dunmore", "D",
  frm=CLAIRE, to=MAYA, when=date("2026-10-26 14:20"),
  subject="Treasury Analyst - interview invitation", msgid=mid("DB-CD-1026", "dunmorebank.co.uk"),
  text="""Dear Maya,

Thank you for your application for Treasury Analyst. I'd like to invite you to a video
interview with me and Imran Qureshi (Head of Treasury) on Friday 30 October at 15:00.
A Teams link will follow.

Kind regards,
Claire Dunn
Talent Partner, Dunmore Bank
""")

m("s21_maya_thanks_ruth", "A", mine=True,
  frm=MAYA, to=RUTH, cc=OWEN, when=date("2026-10-27 15:10"),
  subject="Thank you for today", msgid=mid("pm-ML-1027", "proton.me"),
  text="""Dear Ruth,

Thank you for meeting me this morning. I really enjoyed our conversation about the
vessel-scheduling work and the team's plans for next year, and I'm even more keen on the
role now.

Best wishes,
Maya
""")

m("s22_ruth_quick_reply", "A",
  frm=RUTH, to=MAYA, cc=OWEN, when=date("2026-10-28 09:20"),
  subject="RE: Thank you for today", msgid=mid("BML-RE-1028", "brennanmarine.com"),
  in_reply_to=mid("pm-ML-1027", "proton.me"),
  text="""Thank you Maya - it was a pleasure to meet you too. Owen will be in touch shortly.

Ruth
""")

m("s23_priya_within_a_week", "C",
  frm=PRIYA, to=MAYA2, when=date("2026-10-29 12:00"),
  subject="Kestrel feedback", msgid=mid("HL-PS-1029", "harbourline-recruitment.co.uk"),
  text="""Hi Maya,

Spoke to Tom this morning - really positive feedback from yesterday. They have one more
person to see and will make a decision within a week. I'll call you as soon as I hear.

Priya
""")

m("s24_owen_refs_notice", "A",
  frm=OWEN, to=MAYA, when=date("2026-10-29 15:45"),
  subject="References", msgid=mid("BML-OC-1029", "brennanmarine.com"),
  text="""Hi Maya,

Good news - Ruth would like to move forward. Could you send me the details of two
referees, and let me know your notice period at your current employer?

Thanks,
Owen
""")

m("s25_maya2_referees", "A", mine=True,
  frm=MAYA2, to=OWEN, when=date("2026-10-29 20:02"),
  subject="RE: References", msgid=mid("DB9P-ML-1029", "outlook.com"),
  in_reply_to=mid("BML-OC-1029", "brennanmarine.com"),
  text="""Hi Owen,

Thanks! My referees are:
 - Dr Helen Marsh, Director, Hollin & Co (helen.marsh@hollinandco.com)
 - James Okafor, Operations Manager, Portside Shipping (j.okafor@portside-shipping.com)

My notice period is one month.

(Sending from my other address - either is fine.)

Maya
""")

m("s26_excolleague_panel", None,
  frm="Sam Idowu <sam.idowu@gmail.com>", to=MAYA, when=date("2026-10-30 18:20"),
  subject="know anyone?", msgid=mid("CAS-sam-1030", "mail.gmail.com"),
  text="""Hey Maya, we're interviewing for a junior planner at my place next week and the
shortlist is thin. Know anyone good? Happy to pass on the job ad. Also - how's your
search going?? S
""")

m("s27_referee_helen_called", "A", unlinked_ok=True,
  frm=HELEN, to=MAYA, when=date("2026-11-02 13:05"),
  subject="Brennan Marine", msgid=mid("HC-HM-1102", "hollinandco.com"),
  text="""Hi Maya,

Just to let you know that Owen from Brennan Marine rang me this morning for a reference.
I gave you a glowing one, of course. Good luck!

Helen

Dr Helen Marsh | Director | Hollin & Co Maritime Consulting
""")

m("s28_claire_notice_salary", "D",
  frm=CLAIRE, to=MAYA, when=date("2026-11-03 10:30"),
  subject="Treasury Analyst - a couple of questions", msgid=mid("DB-CD-1103", "dunmorebank.co.uk"),
  text="""Dear Maya,

Thank you again for Friday. Imran enjoyed the conversation. Before we go further, could
you let me know your notice period and your salary expectations for this role?

Kind regards,
Claire
""")

m("s29_owen_refs_done", "A",
  frm=OWEN, to=MAYA2, when=date("2026-11-04 16:00"),
  subject="RE: References", msgid=mid("BML-OC-1104", "brennanmarine.com"),
  in_reply_to=mid("DB9P-ML-1029", "outlook.com"),
  text="""Hi Maya,

We've now spoken to both of your referees - thank you for setting that up so quickly.
Ruth will be in touch tomorrow.

Owen
""")

m("s30_priya_new_agency_second", "C",
  frm=PRIYA_NEW, to=MAYA2, when=date("2026-11-05 09:15"),
  subject="New email address + Kestrel second interview", msgid=mid("CPT-PS-1105", "clearpath-talent.com"),
  text="""Hi Maya,

Quick note from my new address - I've moved to Clearpath Talent this week, and Kestrel
Freight have come with me as a client, so I'm still looking after your application.

Good news too: Kestrel would like you to come back for a second interview with their
COO, Anna Lowe. Could you do Wednesday 11 November at 10:00 in Felixstowe?

Priya

Priya Shah | Principal Consultant | Clearpath Talent
""")

m("s31_brennan_offer", "A",
  frm=RUTH, to=MAYA, cc=OWEN, when=date("2026-11-05 11:40"),
  subject="Offer - Senior Planning Analyst", msgid=mid("BML-RE-1105", "brennanmarine.com"),
  text="""Dear Maya,

I'm delighted to offer you the position of Senior Planning Analyst at Brennan Marine
Logistics, at a salary of GBP 58,000 per annum plus our standard benefits. Owen will send
the written offer and contract today.

We'd love you to start on 7 December, if your notice allows.

Warm regards,
Ruth Ellison
Head of Planning, Brennan Marine Logistics
""")

m("s32_gh_rejection_talloway", "B",
  frm="Talloway Foods <no-reply@us.greenhouse-mail.io>", to=MAYA,
  when=date("2026-11-06 15:30"), subject="Your application to Talloway Foods",
  msgid=mid("gh-44b1f.talloway", "us.greenhouse-mail.io"),
  text="""Hi Maya,

Thank you for your interest in the Supply Chain Manager role and for meeting with our
team. After careful consideration, we've decided not to move forward with your
application at this time.

We appreciate the time you invested and wish you the best in your search.

Talloway Foods Talent Team
""")

m("s33_restaurant_chef_interview", None,
  frm="The Salt House <hello@salthousesouthsea.co.uk>", to=MAYA,
  when=date("2026-11-06 12:00"), subject="Our new head chef - an interview + a winter offer",
  headers={"Precedence": "bulk"},
  html="""<html><body style="font-family:Georgia"><table width="560" align="center"><tr><td>
<h2>Meet Ravi</h2><p>We interview our new head chef about his first menu. Plus a winter offer:
three courses for GBP 30, Tuesday to Thursday. We'll get back to you within a day on any booking request.</p>
</td></tr></table></body></html>""")

m("s34_maya_accepts", "A", mine=True,
  frm=MAYA, to=RUTH, cc=OWEN, when=date("2026-11-07 10:05"),
  subject="Re: Offer - Senior Planning Analyst", msgid=mid("pm-ML-1107", "proton.me"),
  in_reply_to=mid("BML-RE-1105", "brennanmarine.com"),
  text="""Dear Ruth,

Thank you so much - I'm delighted to accept. 7 December works; I'll hand in my notice on
Monday.

Best wishes,
Maya
""")

m("s35_claire_after_board", "D",
  frm=CLAIRE, to=MAYA, when=date("2026-11-09 09:50"),
  subject="Treasury Analyst - timing", msgid=mid("DB-CD-1109", "dunmorebank.co.uk"),
  text="""Dear Maya,

Thank you for sending those details. Our hiring decision has to be signed off after our
board meets on Thursday, so I will let you know the outcome by Friday 13 November.

Kind regards,
Claire
""")

m("s36_parcel_position", None,
  frm="Evri <no-reply@evri.com>", to=MAYA, when=date("2026-11-09 08:10"),
  subject="Your parcel is on its way", msgid=mid("evri-TX9912", "evri.com"),
  text="""Your parcel from John Lewis is out for delivery. Your courier will arrive between
12:00 and 14:00. Your position in the route: 9 of 41.
""")

APPS = [
    {"key": "A", "company": "Brennan Marine Logistics", "role": "Senior Planning Analyst",
     "applied": "2026-10-05",
     "contacts": [{"name": "Owen Carter", "email": "owen.carter@brennanmarine.com", "role": "recruiter"},
                  {"name": "Ruth Ellison", "email": "ruth.ellison@brennanmarine.com", "role": "hiring_manager"}]},
    {"key": "B", "company": "Talloway Foods", "role": "Supply Chain Manager", "applied": "2026-10-07",
     "contacts": [{"name": "Dan Whitaker", "email": "dan.whitaker@tallowayfoods.com", "role": "recruiter"}]},
    {"key": "C", "company": "Kestrel Freight", "role": "Operations Lead", "applied": "2026-10-12",
     "contacts": [{"name": "Priya Shah", "email": "priya.shah@harbourline-recruitment.co.uk", "role": "recruiter"}]},
    {"key": "D", "company": "Dunmore Bank", "role": "Treasury Analyst", "applied": "2026-10-14",
     "contacts": []},
]
SIGNALS = [
    {"application": "A", "kinds": ["offer"], "present": True},
    {"application": "A", "kinds": ["references_requested"], "present": True},
    {"application": "A", "kinds": ["references_contacted"], "present": True},
    {"application": "A", "kinds": ["notice_period_asked"], "present": True},
    {"application": "A", "kinds": ["thank_you_quick_reply"], "present": True},
    {"application": "A", "kinds": ["rejection"], "present": False},
    {"application": "B", "kinds": ["rejection"], "present": True},
    {"application": "B", "kinds": ["timeline_stated"], "present": True, "expected_by": "2026-11-06"},
    {"application": "B", "kinds": ["thank_you_quick_reply"], "present": False},
    {"application": "B", "kinds": ["offer"], "present": False},
    {"application": "C", "kinds": ["interview_request", "follow_up_interview"], "present": True},
    {"application": "C", "kinds": ["timeline_stated"], "present": True, "expected_by": "2026-11-05"},
    {"application": "C", "kinds": ["thank_you_quick_reply"], "present": False},
    {"application": "C", "kinds": ["offer", "rejection"], "present": False},
    {"application": "C", "kinds": ["references_requested", "references_contacted"], "present": False},
    {"application": "D", "kinds": ["notice_period_asked"], "present": True},
    {"application": "D", "kinds": ["salary_discussed"], "present": True},
    {"application": "D", "kinds": ["timeline_stated"], "present": True, "expected_by": "2026-11-13"},
    {"application": "D", "kinds": ["offer", "rejection"], "present": False},
    {"application": "D", "kinds": ["references_contacted"], "present": False},
]
STATUSES = [
    {"application": "A", "any_of": ["offer", "accepted"]},
    {"application": "B", "any_of": ["rejected"]},
    {"application": "C", "none_of": ["offer", "accepted", "rejected"]},
    {"application": "D", "none_of": ["offer", "accepted", "rejected"]},
]


def main() -> None:
    out = Path(__file__).resolve().parent.parent / "scenario"
    out.mkdir(exist_ok=True)
    path = out / "mailbox.mbox"
    path.unlink(missing_ok=True)
    box = mailbox.mbox(str(path), create=True)
    expected_msgs = []
    from email.utils import parsedate_to_datetime

    # Delivered order: by date, as an export writes it.
    rows = sorted(ROWS, key=lambda r: parsedate_to_datetime(r[3]["when"]))
    for name, app, mine, kw, unlinked_ok in rows:
        msg = build(seed=name, **kw)
        mm = mailbox.mboxMessage(msg.as_bytes())
        addr = kw["frm"].rsplit("<", 1)[-1].rstrip(">")
        when = parsedate_to_datetime(kw["when"])
        mm.set_from(addr, when.utctimetuple())
        box.add(mm)
        row = {"name": name, "subject": kw["subject"], "message_id": kw["msgid"],
               "application": app, "mine": mine}
        if unlinked_ok:
            row["unlinked_ok"] = True
        expected_msgs.append(row)
    box.flush()
    box.close()
    exp = {"applications": APPS, "messages": expected_msgs, "signals": SIGNALS, "statuses": STATUSES,
           "my_addresses": ["maya.lindqvist@proton.me", "m.lindqvist@outlook.com"]}
    (out / "expected.json").write_text(json.dumps(exp, indent=1) + "\n")
    print(len(ROWS), "messages")


if __name__ == "__main__":
    main()
