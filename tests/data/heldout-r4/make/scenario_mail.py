"""Round-4 scenario: Daniel Osei's mailbox, five applications, written by heldout4.

One mbox, no Sent folder. Daniel writes from two addresses. Two applications send mail from
the same Greenhouse domain; the Fintrail recruiter moves to Harbour & Pike half-way through and
recruits him there; a referee at UCL writes about the Fintrail references; the Fintrail
technical interview is invited, cancelled and invited again; a thank-you is answered within 24 h
(Quanta Health) and others after three days (Fintrail, Lumo); a quick reply to a "thanks for the
call" before any interview (Northmill) must not count as a reply to a post-interview thank-you.
"""

from mk import ics, msg, wrote

STORY = __doc__.strip()
DAN = "Daniel Osei <dan.osei.dev@gmail.com>"
DAN2 = "Daniel Osei <daniel@osei.me.uk>"
MINE = ["dan.osei.dev@gmail.com", "daniel@osei.me.uk"]
NADIA = "Nadia Price <nadia.price@fintrail.io>"
NADIA2 = "Nadia Price <nadia.price@harbourpike.com>"
TOM = "Tom Reyes <tom.reyes@fintrail.io>"
OMAR = "Omar Haddad <omar.haddad@fintrail.io>"
PRI = "Priyanka Das <priyanka.das@quantahealth.com>"
JAMIE = "Jamie Wells <jamie@brookstreettech.co.uk>"
SHARON = "Sharon Mills <s.mills@northmill.gov.uk>"
KAREN = "Prof Karen Liu <k.liu@cs.ucl.example.ac.uk>"
GH = "no-reply@us.greenhouse-mail.io"

APPS = [
    {"key": "fintrail", "company": "Fintrail", "role": "Senior Data Engineer",
     "applied": "2026-09-14", "contacts": [
         {"name": "Nadia Price", "email": "nadia.price@fintrail.io", "role": "recruiter"}]},
    {"key": "quanta", "company": "Quanta Health", "role": "Machine Learning Engineer",
     "applied": "2026-09-16", "contacts": [
         {"name": "Priyanka Das", "email": "priyanka.das@quantahealth.com",
          "role": "hiring_manager"}]},
    {"key": "lumo", "company": "Lumo Robotics", "role": "ML Platform Engineer (contract)",
     "applied": "2026-09-23", "contacts": [
         {"name": "Jamie Wells", "email": "jamie@brookstreettech.co.uk", "role": "recruiter"}]},
    {"key": "northmill", "company": "Northmill Council", "role": "Data Analyst",
     "applied": "2026-09-20", "contacts": []},
    {"key": "harbourpike", "company": "Harbour & Pike", "role": "Analytics Engineer",
     "applied": "2026-10-26", "contacts": []},
]

M: list = []


def A(app, mine, *args, unlinked_ok=False, **kw):
    m = msg(*args, **kw)
    m["app"], m["mine"] = app, mine
    if unlinked_ok:
        m["unlinked_ok"] = True
    M.append(m)


A("fintrail", False, "s01", f"Fintrail <{GH}>", DAN, "2026-09-14 10:02 +0100",
  "Thank you for applying to Fintrail",
  """Hi Daniel,

Thanks for applying to Fintrail! Your application for Senior Data Engineer has been received.

We review every application carefully. If your experience is a match, a member of our Talent
team will be in touch about next steps.

Best,
Fintrail Talent

Please do not reply to this email. Powered by Greenhouse.
""", reply_to="talent@fintrail.io")

A("quanta", False, "s02", f"Quanta Health <{GH}>", DAN2, "2026-09-16 16:45 +0100",
  "Thank you for applying to Quanta Health",
  """Hi Daniel,

Thank you for your interest in Quanta Health! We've received your application for Machine
Learning Engineer and our team will review it soon.

Warm regards,
Quanta Health Recruiting

Please do not reply to this email. Powered by Greenhouse.
""", reply_to="careers@quantahealth.com")

A(None, False, "s03", "Data Skeptic <hello@dataskeptic.fm>", DAN, "2026-09-17 06:00 +0000",
  "New episode: an interview with the creator of DuckDB",
  """This week's episode is an interview with Hannes Mühleisen about DuckDB, in-process
analytics and the role of the humble laptop. We also talk about his offer to the community: keep
it simple.

Listen on your podcast app. Unsubscribe any time.
""", headers={"List-Unsubscribe": "<https://dataskeptic.fm/unsub>"})

A("fintrail", False, "s04", NADIA, DAN, "2026-09-18 11:20 +0100", "Fintrail - Senior Data Engineer",
  """Hi Daniel,

Thanks for applying for the Senior Data Engineer role - your background in streaming pipelines
looks like a great fit. Would you be free for a 30 minute intro call with me this week? Send me a
couple of times that suit.

Best,
Nadia

Nadia Price | Senior Talent Partner | Fintrail
""", mid="<sc4-04@fintrail.io>")

A("fintrail", True, "s05", DAN, NADIA, "2026-09-18 12:05 +0100", "Re: Fintrail - Senior Data Engineer",
  """Hi Nadia,

Thanks for getting in touch. Thursday at 2pm or Friday morning would both work for me.

Best,
Daniel
""" + wrote("2026-09-18 11:20 +0100", NADIA,
            "Would you be free for a 30 minute intro call with me this week?"),
  mid="<CAD5sc4-05@mail.gmail.com>", parent="<sc4-04@fintrail.io>")

A("northmill", False, "s06", "Northmill Council Recruitment <noreply@jobs.northmill.gov.uk>", DAN,
  "2026-09-20 09:00 +0100", "Application received: Data Analyst (NMC-2291)",
  """Dear Daniel Osei

Thank you for applying for the post of Data Analyst (ref NMC-2291) with Northmill Council.

The closing date is 30 September. Shortlisting will take place on 2 October and shortlisted
candidates will be invited to a panel interview in the week of 12 October.

Recruitment Team, Northmill Council
This is an automated email, please do not reply.
""")

A("quanta", False, "s07", f"Quanta Health <{GH}>", DAN2, "2026-09-22 14:30 -0400",
  "Quanta Health: Please schedule your interview",
  """Hi Daniel,

Thanks for your interest in the Machine Learning Engineer role at Quanta Health! We'd like to
invite you to a 60 minute technical interview with Priyanka Das.

Please use the link below to choose a time:
https://app.greenhouse.io/scheduling/quanta/81c2

Quanta Health Recruiting
""", reply_to="careers@quantahealth.com")

A("lumo", False, "s08", JAMIE, DAN2, "2026-09-23 10:15 +0100", "Lumo Robotics - ML Platform contract",
  """Hi Daniel,

Good to speak this morning. As discussed, I've sent your CV over to Lumo Robotics for the ML
Platform Engineer contract: £600 a day inside IR35 via umbrella, 6 months, hybrid in Cambridge
one day a week. I'll let you know as soon as I hear back.

Jamie

Jamie Wells | Brook Street Tech | Contract Recruitment
""", mid="<sc4-08@brookstreettech.co.uk>")

A("lumo", True, "s09", DAN2, JAMIE, "2026-09-23 12:40 +0100", "Re: Lumo Robotics - ML Platform contract",
  """Thanks Jamie - the rate's fine, and Cambridge once a week is no problem.

Daniel
""", parent="<sc4-08@brookstreettech.co.uk>", mid="<sc4-09@osei.me.uk>")

A("quanta", False, "s10", f"Quanta Health <{GH}>", DAN2, "2026-09-25 09:10 -0400",
  "Interview confirmed: Quanta Health - Technical Interview",
  """Hi Daniel,

Your interview with Quanta Health is confirmed:

  Technical Interview (60 min)
  Tuesday, October 6, 2026, 11:00 AM - 12:00 PM BST
  Interviewer: Priyanka Das
  Zoom: https://quantahealth.zoom.us/j/81823344

Good luck!
Quanta Health Recruiting
""", reply_to="careers@quantahealth.com")

A(None, False, "s11", "St Jude's Primary <office@stjudes-primary.example.sch.uk>", DAN, "2026-09-26 15:30 +0100",
  "Parent interviews - autumn term",
  """Dear Parents,

Autumn term parent interviews will take place on 13 and 15 October. Please book your 10 minute
slot on the app by Friday. Class teachers will get back to you if they need longer.

St Jude's Primary School
""")

A("fintrail", False, "s12", NADIA, DAN, "2026-09-28 16:45 +0100", "Fintrail - next step",
  """Hi Daniel,

Great chatting on Thursday! I've spoken to Tom (Head of Data Platform) and we'd like to move you
to the technical interview: an hour with Tom and Aisha, mostly system design. I'll send a
calendar invite shortly.

Nadia
""")

_uid = "fintrail-tech-osei-7731@fintrail.io"
A("fintrail", False, "s13", NADIA, DAN, "2026-09-29 10:00 +0100",
  "Invitation: Fintrail technical interview - Daniel Osei @ Thu 8 Oct 2026 14:00 - 15:00 (BST)",
  """You have been invited to the following event.

Fintrail technical interview - Daniel Osei
When: Thu 8 Oct 2026 14:00 - 15:00 (BST)
Where: Google Meet
Who: Nadia Price (organiser), Tom Reyes, Aisha Bello, dan.osei.dev@gmail.com
""", ics=ics("REQUEST", _uid, "20261008T130000Z", "20261008T140000Z",
             "Fintrail technical interview - Daniel Osei", NADIA,
             [DAN, TOM, "Aisha Bello <aisha.bello@fintrail.io>"],
             location="Google Meet", stamp="20260929T090000Z"))

A("northmill", False, "s14", SHARON, DAN, "2026-10-05 11:30 +0100",
  "Invitation to interview - Data Analyst (NMC-2291)",
  """Dear Daniel

Thank you for your application. I am pleased to invite you to a panel interview for the post of
Data Analyst on Wednesday 14 October at 10:00 at Northmill Town Hall, Market Street.

The panel will be Gillian Hart (Head of Performance), Cllr Rob Ainsworth and myself. You will be
asked to complete a 20 minute data exercise before the interview.

Please confirm you can attend and let me know of any access requirements.

Sharon Mills
HR Advisor, Northmill Council
""", mid="<sc4-14@northmill.gov.uk>")

A("lumo", False, "s15", JAMIE, DAN2, "2026-10-02 09:05 +0100", "Lumo want to meet you",
  """Morning Daniel,

Lumo liked your CV - they'd like a 45 min video interview with Ravi Menon, their Head of
Platform. What's your availability Monday or Tuesday next week?

Jamie
""", mid="<sc4-15@brookstreettech.co.uk>")

A("lumo", True, "s16", DAN, JAMIE, "2026-10-02 10:30 +0100", "Re: Lumo want to meet you",
  """Hi Jamie, Tuesday morning is best for me - anything between 9 and 12. Thanks! Daniel

Sent from my phone
""", parent="<sc4-15@brookstreettech.co.uk>")

A("fintrail", False, "s17", NADIA, DAN, "2026-10-05 08:50 +0100",
  "Cancelled event: Fintrail technical interview - Daniel Osei @ Thu 8 Oct 2026 14:00 - 15:00 (BST)",
  """Sorry Daniel - Tom is off sick this week so I've had to cancel Thursday. I'll send a new
invite for the following week in a moment.

This event has been cancelled.
Fintrail technical interview - Daniel Osei
Thu 8 Oct 2026 14:00 - 15:00 (BST)
""", ics=ics("CANCEL", _uid, "20261008T130000Z", "20261008T140000Z",
             "Fintrail technical interview - Daniel Osei", NADIA,
             [DAN, TOM, "Aisha Bello <aisha.bello@fintrail.io>"], seq=1,
             stamp="20261005T075000Z"))

A("fintrail", False, "s18", NADIA, DAN, "2026-10-05 09:02 +0100",
  "Invitation: Fintrail technical interview - Daniel Osei @ Thu 15 Oct 2026 14:00 - 15:00 (BST)",
  """You have been invited to the following event.

Fintrail technical interview - Daniel Osei
When: Thu 15 Oct 2026 14:00 - 15:00 (BST)
Where: Google Meet
Who: Nadia Price (organiser), Tom Reyes, Aisha Bello, dan.osei.dev@gmail.com
""", ics=ics("REQUEST", "fintrail-tech-osei-7740@fintrail.io", "20261015T130000Z",
             "20261015T140000Z", "Fintrail technical interview - Daniel Osei", NADIA,
             [DAN, TOM, "Aisha Bello <aisha.bello@fintrail.io>"],
             location="Google Meet", stamp="20261005T080200Z"))

A("quanta", True, "s19", DAN2, PRI, "2026-10-06 15:10 +0100", "Thank you - technical interview",
  """Hi Priyanka,

Thank you for taking the time to interview me this morning. I really enjoyed talking through
the model-monitoring problem, and it was great to hear how the team works with the clinicians.

Best wishes,
Daniel
""", mid="<sc4-19@osei.me.uk>")

A("quanta", False, "s20", PRI, DAN2, "2026-10-06 21:40 +0100", "Re: Thank you - technical interview",
  """Thanks Daniel, it was lovely to meet you too. We'll be in touch about next steps very soon.

Priyanka
""" + wrote("2026-10-06 15:10 +0100", DAN2,
            "Thank you for taking the time to interview me this morning."),
  parent="<sc4-19@osei.me.uk>", mid="<sc4-20@quantahealth.com>")

A("northmill", True, "s21", DAN, SHARON, "2026-10-07 16:00 +0100", "Re: Invitation to interview - Data Analyst (NMC-2291)",
  """Hi Sharon,

Thanks for the call earlier, and for sorting out the accessible room for the 14th - that's a big
help. See you then.

Daniel
""", parent="<sc4-14@northmill.gov.uk>", mid="<sc4-21@mail.gmail.com>")

A("northmill", False, "s22", SHARON, DAN, "2026-10-08 09:15 +0100", "Re: Invitation to interview - Data Analyst (NMC-2291)",
  """No problem at all Daniel - it's the ground floor committee room, reception will show you
where to go.

Sharon
""" + wrote("2026-10-07 16:00 +0100", DAN, "Thanks for the call earlier, and for sorting out the accessible room."),
  parent=["<sc4-14@northmill.gov.uk>", "<sc4-21@mail.gmail.com>"])

A(None, False, "s23", "Kwame Mensah <kwame.mensah64@gmail.com>", DAN, "2026-10-08 19:30 +0100",
  "builders",
  """Hi Dan,

We interviewed three builders for the loft in the end - went with the second one, he offered to
start in November. He said he'd get back to us next week with the drawings. Happy to pass on his
number.

Kwame
""")

A("lumo", False, "s24", JAMIE, DAN2, "2026-10-09 14:00 +0100", "Confirmed: Tue 13 Oct 10am - Lumo Robotics",
  """Hi Daniel,

Confirmed for Tuesday 13 October at 10:00 with Ravi Menon (Head of Platform) - Teams link below.
Expect a mix of past projects and a bit of Kubernetes/ML serving design.

https://teams.microsoft.com/l/meetup-join/19%3ameeting_lumo

Jamie
""")

A("quanta", False, "s25", f"Quanta Health <{GH}>", DAN2, "2026-10-08 13:00 -0400",
  "Quanta Health: Final interview scheduled",
  """Hi Daniel,

Congratulations on moving forward! Your final interview with Quanta Health is scheduled:

  Final interview (onsite, 3 hours)
  Friday, October 16, 2026, 10:00 AM - 1:00 PM BST
  Quanta Health, 2 Kingdom Street, London W2

Interviewers: Priyanka Das, Marco Stein, Hui Lin.

Quanta Health Recruiting
""", reply_to="careers@quantahealth.com")

A("lumo", True, "s26", DAN, JAMIE, "2026-10-13 15:00 +0100", "Lumo - thanks",
  """Hi Jamie,

Thanks for setting up the call with Ravi this morning - I think it went well, and I'd love to
take it further. Please pass on my thanks.

Daniel
""", mid="<sc4-26@mail.gmail.com>")

A("northmill", False, "s27", SHARON, DAN, "2026-10-14 16:20 +0100", "Data Analyst interview",
  """Dear Daniel

Thank you for attending interview this morning. Interview outcomes will be confirmed to all
candidates within 10 working days.

Sharon Mills
HR Advisor
""")

A("northmill", True, "s28", DAN, "Gillian Hart <g.hart@northmill.gov.uk>", "2026-10-14 19:00 +0100",
  "Thank you",
  """Dear Gillian,

Thank you for the interview today, and please pass my thanks to Cllr Ainsworth and Sharon. I
enjoyed the data exercise and the discussion about the adult social care dashboards.

Kind regards,
Daniel Osei
""")

A("fintrail", True, "s29", DAN, TOM, "2026-10-15 18:30 +0100", "Thanks for today",
  """Hi Tom,

Thanks for the technical interview this afternoon - I really enjoyed the design discussion about
the ledger replay. Thanks to Aisha too.

Best,
Daniel
""", cc=NADIA, mid="<sc4-29@mail.gmail.com>")

A(None, False, "s30", "The Pragmatic Engineer <pragmaticengineer@substack.com>", DAN,
  "2026-10-16 07:00 +0000", "Inside tech interview loops in 2026",
  html="""<html><body><h1>Inside tech interview loops in 2026</h1>
<p>We surveyed 900 engineers about their last interview loop. Highlights:</p>
<table border="1" cellpadding="5"><tr><th>Stage</th><th>Median length</th></tr>
<tr><td>Recruiter screen</td><td>30 min</td></tr><tr><td>Technical interview</td><td>60 min</td></tr>
<tr><td>Final / onsite</td><td>4 h</td></tr><tr><td>Offer to acceptance</td><td>6 days</td></tr></table>
<p>Also: why 41% of candidates were rejected without feedback.</p>
<p style="font-size:10px">Unsubscribe</p></body></html>""",
  headers={"List-Unsubscribe": "<https://pragmaticengineer.substack.com/unsub>"})

A("lumo", False, "s31", JAMIE, DAN, "2026-10-16 16:30 +0100", "Re: Lumo - thanks",
  """Hi Daniel, sorry for the slow reply - mad week. Ravi was really positive. Before they decide
on a second stage, they've asked what your notice period is on your current contract - is it
still 4 weeks?

Jamie
""" + wrote("2026-10-13 15:00 +0100", DAN, "Thanks for setting up the call with Ravi this morning."),
  parent="<sc4-26@mail.gmail.com>")

A("fintrail", False, "s32", TOM, DAN, "2026-10-18 19:05 +0100", "Re: Thanks for today",
  """Hi Daniel,

Thanks for the note, and sorry for the slow reply. We enjoyed it too - Omar will be in touch
about next steps this week.

Tom
""" + wrote("2026-10-15 18:30 +0100", DAN, "Thanks for the technical interview this afternoon."),
  parent="<sc4-29@mail.gmail.com>", cc=NADIA)

A("fintrail", False, "s33", NADIA, DAN, "2026-10-19 09:12 +0100", "Handing over",
  """Hi Daniel,

A quick note to say Friday is my last day at Fintrail - I'm joining Harbour & Pike to build
their data team's hiring. Omar Haddad (cc'd) will look after your process from here; he's
fully up to speed.

It's been a pleasure, and I'm sure we'll cross paths again.

Nadia
""", cc=OMAR)

A("quanta", False, "s34", PRI, DAN2, "2026-10-19 12:00 +0100", "Thanks for Friday",
  """Hi Daniel,

Thanks again for coming in on Friday - the panel enjoyed it. We have one more final interview
this week and we'll let you know by Friday.

Priyanka
""")

A("fintrail", False, "s35", OMAR, DAN, "2026-10-20 10:30 +0100", "Fintrail - references",
  """Hi Daniel,

Nadia has handed over to me. Great news: the team would like to move forward. Could you send me
the names and contact details of two referees, ideally including a recent manager?

Thanks,
Omar Haddad
Talent Partner, Fintrail
""", mid="<sc4-35@fintrail.io>")

A("fintrail", True, "s36", DAN, KAREN, "2026-10-20 11:05 +0100", "Reference for Fintrail?",
  """Hi Karen,

I hope you're well! I'm in the final stages with Fintrail for a senior data engineering role.
Would you be willing to act as a referee? They'd probably call you this week.

Thanks so much,
Daniel
""", mid="<sc4-36@mail.gmail.com>", unlinked_ok=True)

A("fintrail", False, "s37", KAREN, DAN, "2026-10-20 13:40 +0100", "Re: Reference for Fintrail?",
  """Of course Dan, happy to. Good luck!

Karen

Professor Karen Liu
Department of Computer Science, UCL
""" + wrote("2026-10-20 11:05 +0100", DAN, "Would you be willing to act as a referee?"),
  parent="<sc4-36@mail.gmail.com>", unlinked_ok=True)

A("fintrail", True, "s38", DAN, OMAR, "2026-10-21 08:45 +0100", "Re: Fintrail - references",
  """Hi Omar,

Thanks! My referees are:
- Prof Karen Liu, UCL (my PhD supervisor and later collaborator) - k.liu@cs.ucl.example.ac.uk
- Ben Achterberg, Engineering Manager at Monzo (my manager 2022-2025) - ben.a@monzo.example.com

Best,
Daniel
""", parent="<sc4-35@fintrail.io>")

A("quanta", False, "s39", PRI, DAN2, "2026-10-22 17:10 +0100", "Quanta Health - Machine Learning Engineer",
  """Hi Daniel,

Thank you for everything you put into the process. We've now completed all of the final
interviews, and we've decided to offer the role to another candidate whose experience with
clinical trial data is closer to what this team needs right now.

It was a genuinely close call and the panel was very complimentary about your system design
interview. I'd be glad to stay in touch.

Best,
Priyanka
""")

A("fintrail", False, "s40", KAREN, DAN, "2026-10-23 16:15 +0100", "Fintrail",
  """Hi Dan - just had a call from Omar at Fintrail, I think it went well! I said lots of nice
things. Fingers crossed. Karen
""", unlinked_ok=True)

A(None, False, "s41", "Highgate Harriers <secretary@highgateharriers.example.org.uk>", DAN,
  "2026-10-24 18:00 +0100", "Club news: new head coach interviews",
  """Hi all,

We interviewed four candidates for head coach this week and have offered the position to Marcia
Tennant, who starts in November. Her first session is the 5k time trial on the 7th.

Next steps for the winter league will follow.

Highgate Harriers committee
""", headers={"List-ID": "<members.highgateharriers.example.org.uk>"})

A("harbourpike", False, "s42", NADIA2, DAN, "2026-10-26 10:40 +0000", "Hello from Harbour & Pike!",
  """Hi Daniel,

As promised, I've landed at Harbour & Pike - and I saw your application for our Analytics
Engineer role come in this morning, which made my day. Would you be up for a first chat with me
this week? Wednesday or Thursday works.

Nadia

Nadia Price | Head of Talent | Harbour & Pike
""", mid="<sc4-42@harbourpike.com>")

A("harbourpike", False, "s43", "Harbour & Pike <no-reply@hire.lever.co>", DAN, "2026-10-26 08:02 +0000",
  "Thanks for applying to Harbour & Pike",
  """Hi Daniel,

Thanks for your interest in Harbour & Pike! We've received your application for Analytics
Engineer and will be in touch if there's a match.

Harbour & Pike Recruiting
Sent via Lever
""")

A("northmill", False, "s44", SHARON, DAN, "2026-10-27 14:10 +0000", "Data Analyst - update",
  """Dear Daniel

Apologies for the delay. One of the panel members has been unwell, so the panel now meets on the
3rd to agree the appointment, and we will write to all candidates that same day.

Sharon Mills
""")

A("harbourpike", True, "s45", DAN2, NADIA2, "2026-10-26 19:20 +0000", "Re: Hello from Harbour & Pike!",
  """Hi Nadia - great to hear from you, and congratulations on the move! Wednesday at 11 would be
perfect.

Daniel
""", parent="<sc4-42@harbourpike.com>", mid="<sc4-45@osei.me.uk>")

A("fintrail", False, "s46", OMAR, DAN, "2026-10-29 15:30 +0000", "Offer - Senior Data Engineer",
  """Hi Daniel,

Thanks for sorting your references so quickly - both came back glowing. I'm delighted to offer
you the role of Senior Data Engineer at Fintrail: £95,000 base, 10% bonus target and share
options. The written offer is attached.

Let me know if you'd like to talk anything through.

Omar
""", mid="<sc4-46@fintrail.io>")

A("harbourpike", False, "s47", NADIA2, DAN2, "2026-11-02 12:00 +0000", "Next step at Harbour & Pike",
  """Hi Daniel,

Loved our chat on Wednesday. Luca (our Head of Data) would like to meet you - could you do
Thursday 5 November at 3pm at our Shoreditch office? Also, what's your notice period at the
moment?

Nadia
""", parent=["<sc4-42@harbourpike.com>", "<sc4-45@osei.me.uk>"])

A("fintrail", True, "s48", DAN, OMAR, "2026-11-02 09:10 +0000", "Re: Offer - Senior Data Engineer",
  """Hi Omar,

Thank you so much - I'm really pleased. Could I take until the end of the week to think it over?
I'd also like to talk about the start date.

Best,
Daniel
""", parent="<sc4-46@fintrail.io>")

A(None, False, "s49", "UCL Alumni <alumni@ucl.example.ac.uk>", DAN, "2026-11-05 10:00 +0000",
  "Would you like to be interviewed for our alumni spotlight?",
  """Dear Daniel,

We'd love to interview you for the Alumni Spotlight series about your career in data since
your PhD. It's a 20 minute call and a photo. If you're interested, reply and we'll get back to you
with a few questions in advance.

UCL Alumni Relations
""")

A("lumo", False, "s50", JAMIE, DAN2, "2026-11-16 09:30 +0000", "Lumo update",
  """Hi Daniel,

Lumo are finalising budget for Q1 - Ravi's promised to come back to me by close of play Thursday
on whether they go ahead with the second stage. Will call you as soon as I hear.

Jamie
""")

A("lumo", False, "s51", JAMIE, DAN2, "2026-11-20 11:15 +0000", "Lumo - second stage",
  """Hi Daniel - good news, budget approved. Lumo would like a second, shorter call with their CTO
next week, 30 mins. What's your availability Tuesday or Wednesday?

Jamie
""")

SIGNALS = [
    {"application": "fintrail", "kinds": ["offer"], "present": True},
    {"application": "fintrail", "kinds": ["references_requested"], "present": True},
    {"application": "fintrail", "kinds": ["references_contacted"], "present": True},
    {"application": "fintrail", "kinds": ["rejection"], "present": False},
    {"application": "fintrail", "kinds": ["thank_you_quick_reply"], "present": False},
    {"application": "quanta", "kinds": ["rejection"], "present": True},
    {"application": "quanta", "kinds": ["offer"], "present": False},
    {"application": "quanta", "kinds": ["thank_you_quick_reply"], "present": True},
    {"application": "quanta", "kinds": ["timeline_stated"], "present": True, "expected_by": "2026-10-23"},
    {"application": "lumo", "kinds": ["salary_discussed"], "present": True},
    {"application": "lumo", "kinds": ["notice_period_asked"], "present": True},
    {"application": "lumo", "kinds": ["timeline_stated"], "present": True, "expected_by": "2026-11-19"},
    {"application": "lumo", "kinds": ["thank_you_quick_reply"], "present": False},
    {"application": "lumo", "kinds": ["rejection", "offer"], "present": False},
    {"application": "northmill", "kinds": ["timeline_stated"], "present": True, "expected_by": "2026-10-28"},
    {"application": "northmill", "kinds": ["timeline_stated"], "present": True, "expected_by": "2026-11-03"},
    {"application": "northmill", "kinds": ["thank_you_quick_reply"], "present": False},
    {"application": "northmill", "kinds": ["rejection", "offer"], "present": False},
    {"application": "harbourpike", "kinds": ["notice_period_asked"], "present": True},
    {"application": "harbourpike", "kinds": ["offer", "rejection", "references_requested"], "present": False},
]

STATUSES = [
    {"application": "fintrail", "any_of": ["offer", "accepted"]},
    {"application": "quanta", "any_of": ["rejected"]},
    {"application": "lumo", "none_of": ["rejected", "offer", "accepted", "withdrawn"]},
    {"application": "northmill", "none_of": ["rejected", "offer", "accepted", "withdrawn"]},
    {"application": "harbourpike", "none_of": ["rejected", "offer", "accepted", "withdrawn"]},
]
