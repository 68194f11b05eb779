"""The round-3 scenario: one mbox (no Sent folder), five applications, and expected.json."""
import json
import mailbox

from mk import HERE, build, ics, quote

OUT = HERE / "scenario"
OUT.mkdir(exist_ok=True)
N1 = "Nadia Haddad <nadia.haddad.pm@gmail.com>"
N2 = "Nadia Haddad <nadia@haddad.studio>"
GH = "no-reply@us.greenhouse-mail.io"
msgs: list = []
facts: list = []


def add(name, app, mine=False, **kw):
    """Build one message, remember what a reader concludes about it; returns its Message-ID."""
    m = build(f"scenario-{name}", **kw)
    msgs.append(m)
    facts.append({"name": name, "message_id": str(m["Message-ID"]), "subject": str(m["Subject"]),
                  "application": app, "mine": mine})
    return str(m["Message-ID"])


add("s01-gh-receipt-tidewater", "tidewater",
    frm=f"Tidewater <{GH}>", to=N1, date="2026-09-01 14:02 -0400",
    subj="Thank you for applying to Tidewater",
    text="""Hi Nadia,

Thanks for applying to Tidewater! Your application for Senior Product Manager, Logistics Platform has been received. Our recruiting team will review it and reach out if there's a fit.

Best,
Tidewater Talent

Please do not reply to this email - this mailbox is not monitored.
""")

add("s02-gh-receipt-orbitly", "orbitly",
    frm=f"Orbitly <{GH}>", to=N1, date="2026-09-02 09:45 -0700",
    subj="Thanks for your application to Orbitly!",
    text="""Hi Nadia,

Thank you for your interest in Orbitly! We've received your application for Product Manager, Growth, and our team is reviewing it now.

If your experience is a match, someone from the team will be in touch soon.

Cheers,
The Orbitly Team
""")

p1 = add("s03-priya-submitted-fenwick", "fenwick",
         frm="Priya Desai <priya.desai@harlowsearch.co.uk>", to=N1, date="2026-09-03 11:20 +0100",
         subj="Fenwick Health - Product Lead",
         text="""Hi Nadia,

Great to speak earlier! As agreed, I've now submitted your CV to Fenwick Health for the Product Lead (patient apps) role. Helen Ward, their Director of Product, is reviewing this week and I'll come back to you as soon as I hear.

Best,
Priya

Priya Desai | Principal Consultant, Product & Design
Harlow Search Ltd | 020 7946 0812
""")

add("s04-nadia-thanks-priya", "fenwick", mine=True, irt=p1,
    frm=N1, to="Priya Desai <priya.desai@harlowsearch.co.uk>", date="2026-09-03 12:05 +0100",
    subj="Re: Fenwick Health - Product Lead",
    text="Thanks Priya, brilliant - fingers crossed!\n\nNadia\n" + quote("As agreed, I've now submitted your CV to Fenwick Health.", "Priya Desai", "Thu, 3 Sep 2026 at 11:20"))

add("s05-podcast-newsletter", None,
    frm="Lenny's Podcast <lenny@substack.com>", to=N1, date="2026-09-04 13:00 +0000",
    subj="The PM interview loop, decoded: an interview with a hiring manager at Stripe",
    extra={"List-Unsubscribe": "<https://lenny.substack.com/unsub>", "Precedence": "bulk"},
    text="""This week's episode is an interview with Maya Chen, who has run more than 400 product manager interviews. We talk about the case study, the "tell me about a time" round, how to handle the offer negotiation, and why she always asks candidates about their notice period on the first call.

Listen now

Unsubscribe
""")

add("s06-workday-receipt-marlowe", "marlowe",
    frm="Marlowe & Finch Careers <marloweandfinch@myworkday.com>", to=N1, date="2026-09-07 08:14 +0100",
    subj="Marlowe & Finch: Application received - Digital Product Manager (R-2291)",
    html="""<html><body><table width="600"><tr><td style="background:#1d2a44;color:#fff;padding:14px"><b>Marlowe &amp; Finch</b> Careers</td></tr>
<tr><td style="padding:14px"><p>Dear Nadia Haddad,</p><p>Thank you for applying for <b>Digital Product Manager (R-2291)</b>. We have received your application, including the referee details you provided, and our team will now review it.</p>
<p>You can follow the status of your application in your candidate home.</p><p>Talent Acquisition, Marlowe &amp; Finch LLP</p></td></tr></table></body></html>""")

g1 = add("s07-grace-first-interview", "tidewater",
         frm="Grace Holm <grace.holm@tidewater.com>", to=N1, date="2026-09-08 10:30 -0400",
         subj="Tidewater - first interview",
         text="""Hi Nadia,

Thanks for applying for our Senior PM role! Sam Okoro, who leads the Logistics Platform group, would love to meet you for a 45-minute first interview over Zoom. Does Thursday 17 September at 10:00 ET (15:00 UK) work for you?

Best,
Grace Holm
Senior Recruiter, Tidewater
""")

n8 = add("s08-nadia-reply-grace", "tidewater", mine=True, irt=g1,
         frm=N2, to="Grace Holm <grace.holm@tidewater.com>", date="2026-09-08 16:10 +0100",
         subj="Re: Tidewater - first interview",
         text="""Hi Grace,

Thanks so much for reaching out! Thursday the 17th at 15:00 UK works perfectly.

Best,
Nadia
""" + quote("Does Thursday 17 September at 10:00 ET (15:00 UK) work for you?", "Grace Holm <grace.holm@tidewater.com>", "Tue, 8 Sep 2026 at 15:30"))

add("s09-grace-invite-coming", "tidewater", irt=n8, refs=[g1, n8],
    frm="Grace Holm <grace.holm@tidewater.com>", to=N2, date="2026-09-08 12:25 -0400",
    subj="Re: Tidewater - first interview",
    text="Great - calendar invite on its way shortly. Talk soon!\n\nGrace\n")

add("s10-orbitly-invite", "orbitly",
    frm="Leo Brandt <leo@orbitly.io>", to=N1, date="2026-09-10 09:00 +0200",
    subj="Invitation: Orbitly - PM Growth interview (Nadia Haddad) @ Tue 15 Sep 2026 11:00 - 12:00 (CEST)",
    text="""You have been invited to the following event.

Orbitly - PM Growth interview (Nadia Haddad)
When: Tuesday 15 Sep 2026 11:00 - 12:00 Central European Time - Berlin
Joining info: meet.google.com/orb-nadh-pmg
Who: leo@orbitly.io - organiser, nadia.haddad.pm@gmail.com

Hi Nadia - looking forward to chatting about growth loops! Leo

Invitation from Google Calendar
""",
    cal=ics("REQUEST", "Orbitly - PM Growth interview (Nadia Haddad)", "20260915T090000Z", "20260915T100000Z",
            "Leo Brandt <leo@orbitly.io>", ["nadia.haddad.pm@gmail.com"], "orb915nh@google.com",
            location="https://meet.google.com/orb-nadh-pmg"))

add("s11-friend-how-did-it-go", None,
    frm="Zainab Karim <zainab.karim@gmail.com>", to=N1, date="2026-09-11 21:30 +0100",
    subj="drinks + how's the job hunt",
    text="""Naddd! Drinks Saturday? Also how did the interview go with the fintech place?? I've got my own interview at the BBC on Tuesday so I need your tips. They said they'll let me know by Friday, eek.

Z x
""")

add("s12-priya-fenwick-invite", "fenwick",
    frm="Priya Desai <priya.desai@harlowsearch.co.uk>", to=N1, date="2026-09-14 09:40 +0100",
    subj="Fenwick Health - interview!",
    text="""Hi Nadia,

Good news - Helen Ward would like to meet you! Interview confirmed for Tuesday 22 September, 14:00-15:00, at Fenwick Health's office (4 Station Square, Cambridge). It'll be Helen and one of her senior PMs, and will cover a product case plus your experience.

I'll call you beforehand to prep.

Priya
""")

ty_orb = add("s13-nadia-thankyou-leo", "orbitly", mine=True,
             frm=N1, to="Leo Brandt <leo@orbitly.io>", date="2026-09-15 15:30 +0100",
             subj="Thank you - PM Growth interview",
             text="""Hi Leo,

Thank you for your time this morning - I really enjoyed our conversation about activation and the referral loop experiments. It made me even more excited about the role.

Best wishes,
Nadia
""")

add("s14-leo-quick-reply", "orbitly", irt=ty_orb,
    frm="Leo Brandt <leo@orbitly.io>", to=N1, date="2026-09-15 20:10 +0200",
    subj="Re: Thank you - PM Growth interview",
    text="""Thanks Nadia, lovely to meet you too! We're speaking to a few more people this week and will be in touch by the end of next week.

Leo
""" + quote("Thank you for your time this morning - I really enjoyed our conversation.", "Nadia Haddad <nadia.haddad.pm@gmail.com>", "Tue, 15 Sep 2026 at 16:30"))

UID = "tw-okoro-haddad-0917@tidewater.com"
add("s15-tidewater-invite", "tidewater",
    frm="Grace Holm <grace.holm@tidewater.com>", to=N1, date="2026-09-08 13:02 -0400",
    subj="Invitation: Tidewater first interview - Nadia Haddad / Sam Okoro @ Thu Sep 17, 2026 10am - 10:45am (EDT)",
    text="""Tidewater first interview - Nadia Haddad / Sam Okoro
When: Thursday Sep 17, 2026 10am - 10:45am Eastern Time
Where: Zoom https://tidewater.zoom.us/j/88112
Who: grace.holm@tidewater.com - organizer, sam.okoro@tidewater.com, nadia.haddad.pm@gmail.com
""",
    cal=ics("REQUEST", "Tidewater first interview - Nadia Haddad / Sam Okoro", "20260917T140000Z", "20260917T144500Z",
            "Grace Holm <grace.holm@tidewater.com>", ["sam.okoro@tidewater.com", "nadia.haddad.pm@gmail.com"], UID,
            location="https://tidewater.zoom.us/j/88112"))

add("s16-tidewater-cancel", "tidewater",
    frm="Grace Holm <grace.holm@tidewater.com>", to=N1, date="2026-09-16 17:20 -0400",
    subj="Canceled: Tidewater first interview - Nadia Haddad / Sam Okoro @ Thu Sep 17, 2026 10am - 10:45am (EDT)",
    text="""Hi Nadia - so sorry, Sam is out sick tomorrow so we need to cancel. I'll send a new time shortly.

Grace
""",
    cal=ics("CANCEL", "Tidewater first interview - Nadia Haddad / Sam Okoro", "20260917T140000Z", "20260917T144500Z",
            "Grace Holm <grace.holm@tidewater.com>", ["sam.okoro@tidewater.com", "nadia.haddad.pm@gmail.com"], UID, seq=1),
    cal_method="CANCEL")

add("s17-tidewater-new-invite", "tidewater",
    frm="Grace Holm <grace.holm@tidewater.com>", to=N1, date="2026-09-17 09:05 -0400",
    subj="Invitation: Tidewater first interview - Nadia Haddad / Sam Okoro @ Mon Sep 21, 2026 9am - 9:45am (EDT)",
    text="""Tidewater first interview - Nadia Haddad / Sam Okoro (rescheduled)
When: Monday Sep 21, 2026 9am - 9:45am Eastern Time
Where: Zoom https://tidewater.zoom.us/j/88140
Who: grace.holm@tidewater.com - organizer, sam.okoro@tidewater.com, nadia.haddad.pm@gmail.com
""",
    cal=ics("REQUEST", "Tidewater first interview - Nadia Haddad / Sam Okoro", "20260921T130000Z", "20260921T134500Z",
            "Grace Holm <grace.holm@tidewater.com>", ["sam.okoro@tidewater.com", "nadia.haddad.pm@gmail.com"],
            "tw-okoro-haddad-0921@tidewater.com", location="https://tidewater.zoom.us/j/88140"))

add("s18-client-user-interviews", None,
    frm="Ollie Grant <ollie@pebblepost.app>", to=N2, date="2026-09-18 17:45 +0100",
    subj="User interviews - next steps",
    text="""Hi Nadia,

Thanks for running the user interviews this week - the synthesis deck is brilliant. Next steps from our side: we'll review the opportunity tree with the founders and get back to you by the end of next week about phase 2. Invoice for September can go to accounts@pebblepost.app as usual.

Cheers,
Ollie
""")

add("s19-nadia-thankyou-sam", "tidewater", mine=True,
    frm=N2, to="Sam Okoro <sam.okoro@tidewater.com>", cc="Grace Holm <grace.holm@tidewater.com>",
    date="2026-09-21 18:40 +0100", subj="Thank you",
    text="""Hi Sam,

Thank you for making time today despite the rescheduling - I hope you're feeling better. I really enjoyed hearing about the carrier onboarding problem.

Best,
Nadia
""")

ty_fen = add("s20-nadia-thankyou-helen", "fenwick", mine=True,
             frm=N1, to="Helen Ward <helen.ward@fenwickhealth.org>", date="2026-09-22 18:00 +0100",
             subj="Thank you for today",
             text="""Dear Helen,

Thank you for meeting me this afternoon. I really enjoyed the case discussion on repeat-prescription journeys, and it was great to hear how the team works with clinicians.

Kind regards,
Nadia Haddad
""")

add("s21-priya-moving", "fenwick",
    frm="Priya Desai <priya.desai@harlowsearch.co.uk>", to=N1, date="2026-09-23 10:15 +0100",
    subj="Some news + Fenwick",
    text="""Hi Nadia,

Some personal news - I'm leaving Harlow Search this Friday to join Kelpie Bank as an in-house Talent Partner! My colleague Tom Reilly (tom.reilly@harlowsearch.co.uk) will look after you for Fenwick from now on; I've briefed him fully.

It's been a pleasure working with you and I'm sure our paths will cross again soon.

Priya
""")

add("s22-workday-marlowe-interview", "marlowe",
    frm="Marlowe & Finch Careers <marloweandfinch@myworkday.com>", to=N1, date="2026-09-24 09:00 +0100",
    subj="Marlowe & Finch: Interview scheduled - Digital Product Manager",
    html="""<html><body><p>Dear Nadia,</p><p>We are pleased to invite you to interview for the role of Digital Product Manager.</p>
<table border="1" cellpadding="5" style="border-collapse:collapse"><tr><td>Date</td><td>Thursday 1 October 2026</td></tr><tr><td>Time</td><td>11:00 - 12:00</td></tr>
<tr><td>Location</td><td>Marlowe &amp; Finch, 22 Bishopsgate, London</td></tr><tr><td>Panel</td><td>Rebecca Lane (Head of Digital), Arjun Patel (Lead Engineer)</td></tr></table>
<p>Please confirm your attendance in your candidate home.</p><p>Talent Acquisition, Marlowe &amp; Finch LLP</p></body></html>""")

add("s23-helen-slow-reply", "fenwick", irt=ty_fen,
    frm="Helen Ward <helen.ward@fenwickhealth.org>", to=N1, date="2026-09-25 16:05 +0100",
    subj="Re: Thank you for today",
    text="""Dear Nadia,

Thank you for your note, and apologies for the slow reply - it's been a hectic week. I enjoyed our conversation too. Tom at Harlow will keep you updated on next steps.

Best wishes,
Helen
""" + quote("Thank you for meeting me this afternoon.", "Nadia Haddad <nadia.haddad.pm@gmail.com>", "Tue, 22 Sep 2026 at 18:00"))

k1 = add("s24-priya-kelpie-outreach", "kelpie",
         frm="Priya Desai <priya.desai@kelpiebank.com>", to=N1, date="2026-09-28 09:30 +0100",
         subj="Hello from Kelpie Bank!",
         text="""Hi Nadia,

Settled in at Kelpie Bank now! We've just opened a Senior Product Manager role in our payments team and I immediately thought of you. Base is £95-110k plus bonus, hybrid 2 days in Edinburgh or London.

Would you be open to a 30-minute intro call with me this week?

Priya
Priya Desai | Talent Partner | Kelpie Bank
""")

n26 = add("s25-nadia-reply-kelpie", "kelpie", mine=True, irt=k1,
          frm=N1, to="Priya Desai <priya.desai@kelpiebank.com>", date="2026-09-28 11:02 +0100",
          subj="Re: Hello from Kelpie Bank!",
          text="""Hi Priya,

Congratulations on the move, and thanks so much for thinking of me! Yes, I'd love to hear more - Wednesday at 12:30 works.

Nadia
""" + quote("Would you be open to a 30-minute intro call with me this week?", "Priya Desai <priya.desai@kelpiebank.com>", "Mon, 28 Sep 2026 at 09:30"))

add("s26-priya-invite-sent", "kelpie", irt=n26, refs=[k1, n26],
    frm="Priya Desai <priya.desai@kelpiebank.com>", to=N1, date="2026-09-28 11:40 +0100",
    subj="Re: Hello from Kelpie Bank!",
    text="Perfect - Wednesday 12:30 it is, invite sent. Speak then!\n\nPriya\n")

add("s27-gh-rejection-orbitly", "orbitly",
    frm=f"Orbitly <{GH}>", to=N1, date="2026-09-29 10:12 -0700",
    subj="Update on your application to Orbitly",
    text="""Hi Nadia,

Thank you for taking the time to interview with us for the Product Manager, Growth role. Everyone enjoyed meeting you.

After careful consideration, we've decided to move forward with another candidate whose experience more closely matches what we need right now.

We wish you the best in your search.

The Orbitly Team
""")

add("s28-nadia-to-leo", "orbitly", mine=True,
    frm=N2, to="Leo Brandt <leo@orbitly.io>", date="2026-09-29 19:22 +0100",
    subj="Orbitly",
    text="""Hi Leo,

Thanks for letting me know - disappointing, but I really enjoyed the process. If you ever have feedback to share I'd welcome it.

All the best,
Nadia
""")

add("s29-tom-fenwick-final", "fenwick",
    frm="Tom Reilly <tom.reilly@harlowsearch.co.uk>", to=N1, date="2026-09-30 14:50 +0100",
    subj="Fenwick Health - final round",
    text="""Hi Nadia,

Tom here from Harlow - I've taken over from Priya. Great news: Fenwick Health would like you back for a final round with their Chief Product Officer, Dr. Amir Sattar, on Wednesday 7 October at 10:00 in Cambridge. It'll be about an hour and a half including a short presentation on your first 90 days.

Can you confirm you're available?

Tom Reilly
Consultant, Product & Design | Harlow Search Ltd
""")

add("s30-grace-final-onsite", "tidewater",
    frm="Grace Holm <grace.holm@tidewater.com>", to=N1, date="2026-10-01 11:15 -0400",
    subj="Tidewater - final round",
    text="""Hi Nadia,

Sam really enjoyed your conversation! We'd love to invite you to our final round: three back-to-back 45-minute sessions (product sense, execution, and a chat with our CPO) on Tuesday 6 October, starting 9:00 ET. All remote.

Let me know if that works and I'll send invites.

Grace
""")

add("s31-linkedin-job-alert", None,
    frm="LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>", to=N1, date="2026-10-01 07:00 +0000",
    subj="\"Senior Product Manager\": 9 new jobs in London",
    extra={"List-Unsubscribe": "<https://linkedin.com/unsub>", "Precedence": "bulk"},
    html="""<html><body><h3>9 new jobs for "Senior Product Manager"</h3><p>Monzo - Senior PM, Payments - Actively recruiting<br>Deliveroo - Senior PM - Be an early applicant</p>
<p>Tip: prepare for your interview with LinkedIn Learning's "Acing the PM interview" course.</p><p>Unsubscribe</p></body></html>""")

add("s32-priya-notice-salary", "kelpie",
    frm="Priya Desai <priya.desai@kelpiebank.com>", to=N1, date="2026-10-02 10:05 +0100",
    subj="Following our call",
    text="""Hi Nadia,

Lovely to chat on Wednesday. Before I put you forward to the hiring manager, could you confirm your notice period and your salary expectations for the role?

Thanks!
Priya
""")

add("s33-nadia-notice-salary", "kelpie", mine=True,
    frm=N1, to="Priya Desai <priya.desai@kelpiebank.com>", date="2026-10-02 13:40 +0100",
    subj="Re: Following our call",
    text="""Hi Priya,

My notice is one month, and I'm looking for around £105k base.

Thanks,
Nadia
""")

add("s34-rebecca-refs-timeline", "marlowe",
    frm="Rebecca Lane <r.lane@marloweandfinch.co.uk>", to=N1, date="2026-10-05 12:30 +0100",
    subj="Digital Product Manager - next steps",
    text="""Dear Nadia,

Thank you for coming in on Thursday - the panel enjoyed meeting you. We are taking up references this week with the referees you listed on your application, and we hope to let you know our decision by 16 October.

Kind regards,
Rebecca Lane
Head of Digital, Marlowe & Finch LLP

This email is confidential and may be legally privileged. Marlowe & Finch LLP is a limited liability partnership registered in England and Wales (OC301122).
""")

add("s35-owen-marlowe-rang", "marlowe",
    frm="Owen Price <owen.price@caldersystems.com>", to=N1, date="2026-10-06 13:10 +0100",
    subj="Marlowe & Finch",
    text="""Hi Nadia,

Marlowe & Finch rang me this morning about you - 15 minutes, all glowing, don't worry! Good luck.

Owen

Dr Owen Price | VP Product | Calder Systems
""")

add("s36-nadia-thankyou-tidewater-final", "tidewater", mine=True,
    frm=N1, to="Grace Holm <grace.holm@tidewater.com>", cc="Sam Okoro <sam.okoro@tidewater.com>",
    date="2026-10-06 20:30 +0100", subj="Thank you - final round",
    text="""Hi Grace and Sam,

Thank you both for today, and please pass my thanks to the rest of the panel. I loved the execution session in particular.

Best,
Nadia
""")

add("s37-owen-coffee", None,
    frm="Owen Price <owen.price@caldersystems.com>", to=N1, date="2026-10-07 08:50 +0100",
    subj="coffee?",
    text="""Morning! Coffee next week? I'm interviewing grads all of Monday and Tuesday but free Thursday. Also you have to see the photos from the Calder offsite.

O
""")

add("s38-tom-fenwick-timeline", "fenwick",
    frm="Tom Reilly <tom.reilly@harlowsearch.co.uk>", to=N1, date="2026-10-08 15:20 +0100",
    subj="Re: Fenwick Health - final round",
    text="""Hi Nadia,

Feedback from yesterday is very positive - Amir liked your 90-day plan. They have one more final on Monday and will make a decision by the end of next week.

Tom
""")

g40 = add("s39-grace-references", "tidewater",
          frm="Grace Holm <grace.holm@tidewater.com>", to=N1, date="2026-10-08 10:00 -0400",
          subj="Tidewater - references",
          text="""Hi Nadia,

The team loved meeting you on Tuesday! As a next step we'd like to take up references. Could you send me the names and emails of two referees, ideally people you've reported to?

Grace
""")

add("s40-nadia-referees", "tidewater", mine=True, irt=g40,
    frm=N2, to="Grace Holm <grace.holm@tidewater.com>", date="2026-10-08 17:45 +0100",
    subj="Re: Tidewater - references",
    text="""Hi Grace,

Of course:
- Dr Owen Price, VP Product, Calder Systems (former manager) - owen.price@caldersystems.com
- Jo Mills, Head of Product, Bramble Logistics (current manager, please contact after an offer) - jo.mills@bramblelogistics.com

Best,
Nadia
""" + quote("Could you send me the names and emails of two referees?", "Grace Holm <grace.holm@tidewater.com>", "Thu, 8 Oct 2026 at 15:00"))

add("s41-xref-tidewater", "tidewater",
    frm="Xref <noreply@xref.com>", to=N1, date="2026-10-12 09:30 +0100",
    subj="Your referees have been contacted - Tidewater",
    text="""Hi Nadia,

Tidewater has sent reference requests to the referees you nominated:
- Owen Price
- Jo Mills

We'll let you know as each reference is completed.

Xref
""")

add("s42-owen-fwd-xref", "tidewater",
    frm="Owen Price <owen.price@caldersystems.com>", to=N1, date="2026-10-13 19:05 +0100",
    subj="Fwd: Reference request for Nadia Haddad - Tidewater",
    text="""Done the Tidewater one too! You're in demand :)

O

---------- Forwarded message ---------
From: Xref <noreply@xref.com>
Date: Mon, 12 Oct 2026 at 09:31
Subject: Reference request for Nadia Haddad - Tidewater
To: <owen.price@caldersystems.com>

Hi Owen, Nadia Haddad has nominated you as a referee for the role of Senior Product Manager at Tidewater. Please complete the reference by 16 October 2026.
""")

add("s43-kelpie-second-interview", "kelpie",
    frm="Priya Desai <priya.desai@kelpiebank.com>", to=N1, date="2026-10-14 09:10 +0100",
    subj="Invitation: Kelpie Bank - interview with Callum Reid (Head of Payments) @ Tue 20 Oct 2026 14:00 - 15:00 (BST)",
    text="""Hi Nadia - Callum would love to meet you! Invite below. Priya

Kelpie Bank - interview with Callum Reid (Head of Payments)
When: Tuesday 20 Oct 2026 14:00 - 15:00 British Summer Time
Where: Microsoft Teams
""",
    cal=ics("REQUEST", "Kelpie Bank - interview with Callum Reid (Head of Payments)", "20261020T130000Z", "20261020T140000Z",
            "Priya Desai <priya.desai@kelpiebank.com>", ["callum.reid@kelpiebank.com", "nadia.haddad.pm@gmail.com"],
            "040000008200E00074C5B7101A82E00800000000KB1020", location="Microsoft Teams Meeting"))

g45 = add("s44-tidewater-offer", "tidewater",
          frm="Grace Holm <grace.holm@tidewater.com>", to=N1, date="2026-10-15 11:30 -0400",
          subj="Tidewater - offer!",
          text="""Hi Nadia,

I'm thrilled to let you know we'd like to offer you the Senior Product Manager role on the Logistics Platform team! The base salary is £98,000 plus a 10% bonus and equity; the written offer will follow from our People team today.

Congratulations - Sam and the team are delighted.

Grace
""")

add("s45-nadia-reply-offer", "tidewater", mine=True, irt=g45,
    frm=N1, to="Grace Holm <grace.holm@tidewater.com>", date="2026-10-15 17:20 +0100",
    subj="Re: Tidewater - offer!",
    text="""Hi Grace,

Thank you so much - this is wonderful news! Could I have until Monday to review the paperwork and get back to you?

Nadia
""" + quote("I'm thrilled to let you know we'd like to offer you the Senior Product Manager role.", "Grace Holm <grace.holm@tidewater.com>", "Thu, 15 Oct 2026 at 16:30"))

add("s46-rebecca-delay", "marlowe",
    frm="Rebecca Lane <r.lane@marloweandfinch.co.uk>", to=N1, date="2026-10-16 16:45 +0100",
    subj="RE: Digital Product Manager - next steps",
    text="""Dear Nadia,

Apologies - one of your referees has been on leave, so we need a few more days. We will now let you know our decision by 23 October.

Kind regards,
Rebecca
""")

add("s47-mtp-newsletter", None,
    frm="Mind the Product <hello@mindtheproduct.com>", to=N2, date="2026-10-16 07:30 +0000",
    subj="An interview with the CPO who hires without CVs",
    extra={"List-Unsubscribe": "<https://mindtheproduct.com/unsub>", "Precedence": "bulk"},
    text="""This week: an interview with the CPO of a 400-person scale-up who replaced CVs with work samples, plus how to follow up after a final interview, and what to do with an exploding offer.

Read more | Unsubscribe
""")

n49 = add("s48-nadia-nudge-tom", "fenwick", mine=True,
          frm=N1, to="Tom Reilly <tom.reilly@harlowsearch.co.uk>", date="2026-10-19 09:15 +0100",
          subj="Fenwick - timing",
          text="""Hi Tom,

I wanted to let you know I've received another offer and need to respond soon. Fenwick is still my first choice - is there any chance you could nudge them for a decision?

Thanks,
Nadia
""")

add("s49-tom-by-wednesday", "fenwick", irt=n49,
    frm="Tom Reilly <tom.reilly@harlowsearch.co.uk>", to=N1, date="2026-10-19 12:40 +0100",
    subj="Re: Fenwick - timing",
    text="""Hi Nadia, thanks for letting me know. Just spoke to Helen - they're finalising today and tomorrow and will come back to us by Wednesday at the latest.

Tom
""" + quote("Is there any chance you could nudge them for a decision?", "Nadia Haddad <nadia.haddad.pm@gmail.com>", "Mon, 19 Oct 2026 at 09:15"))

add("s50-bank-offer-newsletter", None,
    frm="Kelpie Bank <news@email.kelpiebank.com>", to=N1, date="2026-10-20 08:00 +0100",
    subj="A special offer for you: 5.1% easy-access saver",
    extra={"List-Unsubscribe": "<https://kelpiebank.com/unsub>", "Precedence": "bulk"},
    html="""<html><body><h2>Our best rate yet</h2><p>Open a Kelpie easy-access saver by Friday and get 5.1% AER. This offer is available to new customers only.</p><p>Kelpie Bank plc is authorised by the Prudential Regulation Authority. Unsubscribe</p></body></html>""")

# The mailbox: in date order, as a mail client exports it.
msgs_facts = sorted(zip(msgs, facts), key=lambda p: p[0]["Date"].datetime)
path = OUT / "mailbox.mbox"
if path.exists():
    path.unlink()
box = mailbox.mbox(str(path))
for m, _ in msgs_facts:
    mm = mailbox.mboxMessage(m.as_bytes())
    mm.set_from(m["From"].addresses[0].addr_spec, m["Date"].datetime.utctimetuple())
    box.add(mm)
box.flush()
box.close()

apps = [
    {"key": "tidewater", "company": "Tidewater", "role": "Senior Product Manager", "applied": "2026-09-01",
     "contacts": [{"name": "Grace Holm", "email": "grace.holm@tidewater.com", "role": "recruiter"},
                  {"name": "Sam Okoro", "email": "sam.okoro@tidewater.com", "role": "hiring_manager"}]},
    {"key": "orbitly", "company": "Orbitly", "role": "Product Manager, Growth", "applied": "2026-09-02",
     "contacts": [{"name": "Leo Brandt", "email": "leo@orbitly.io", "role": "hiring_manager"}]},
    {"key": "fenwick", "company": "Fenwick Health", "role": "Product Lead", "applied": "2026-09-03",
     "contacts": [{"name": "Priya Desai", "email": "priya.desai@harlowsearch.co.uk", "role": "recruiter"},
                  {"name": "Helen Ward", "email": "helen.ward@fenwickhealth.org", "role": "hiring_manager"}]},
    {"key": "marlowe", "company": "Marlowe & Finch", "role": "Digital Product Manager", "applied": "2026-09-07",
     "contacts": [{"name": "Rebecca Lane", "email": "r.lane@marloweandfinch.co.uk", "role": "hiring_manager"},
                  {"name": "Owen Price", "email": "owen.price@caldersystems.com", "role": "reference"}]},
    {"key": "kelpie", "company": "Kelpie Bank", "role": "Senior Product Manager, Payments", "applied": "2026-09-28",
     "contacts": []},
]
INTERVIEW = ["interview_request", "follow_up_interview"]
signals = [
    {"application": "tidewater", "kinds": ["offer"], "present": True},
    {"application": "tidewater", "kinds": ["references_requested"], "present": True},
    {"application": "tidewater", "kinds": ["references_contacted"], "present": True},
    {"application": "tidewater", "kinds": ["salary_discussed"], "present": True},
    {"application": "tidewater", "kinds": INTERVIEW, "present": True},
    {"application": "tidewater", "kinds": ["thank_you_quick_reply"], "present": False},
    {"application": "tidewater", "kinds": ["rejection"], "present": False},
    {"application": "orbitly", "kinds": ["rejection"], "present": True},
    {"application": "orbitly", "kinds": ["thank_you_quick_reply"], "present": True},
    {"application": "orbitly", "kinds": ["timeline_stated"], "present": True, "expected_by": "2026-09-25"},
    {"application": "orbitly", "kinds": ["offer"], "present": False},
    {"application": "fenwick", "kinds": INTERVIEW, "present": True},
    {"application": "fenwick", "kinds": ["thank_you_quick_reply"], "present": False},
    {"application": "fenwick", "kinds": ["timeline_stated"], "present": True, "expected_by": "2026-10-16"},
    {"application": "fenwick", "kinds": ["timeline_stated"], "present": True, "expected_by": "2026-10-21"},
    {"application": "fenwick", "kinds": ["offer", "rejection"], "present": False},
    {"application": "fenwick", "kinds": ["salary_discussed"], "present": False},
    {"application": "kelpie", "kinds": INTERVIEW, "present": True},
    {"application": "kelpie", "kinds": ["salary_discussed"], "present": True},
    {"application": "kelpie", "kinds": ["notice_period_asked"], "present": True},
    {"application": "kelpie", "kinds": ["thank_you_quick_reply"], "present": False},
    {"application": "kelpie", "kinds": ["offer", "rejection"], "present": False},
    {"application": "marlowe", "kinds": ["references_contacted"], "present": True},
    {"application": "marlowe", "kinds": ["timeline_stated"], "present": True, "expected_by": "2026-10-16"},
    {"application": "marlowe", "kinds": ["timeline_stated"], "present": True, "expected_by": "2026-10-23"},
    {"application": "marlowe", "kinds": INTERVIEW, "present": True},
    {"application": "marlowe", "kinds": ["offer", "rejection"], "present": False},
]
OPEN = ["offer", "accepted", "rejected", "withdrawn", "ghosted"]
statuses = [
    {"application": "tidewater", "any_of": ["offer"]},
    {"application": "orbitly", "any_of": ["rejected"]},
    {"application": "fenwick", "none_of": OPEN},
    {"application": "kelpie", "none_of": OPEN},
    {"application": "marlowe", "none_of": OPEN},
]
exp = {
    "about": "Round-3 scenario: Nadia Haddad (nadia.haddad.pm@gmail.com and nadia@haddad.studio), five "
             "applications; her own mail is in the same mbox (no Sent folder).",
    "applications": apps,
    "messages": [f for _, f in msgs_facts],
    "signals": signals,
    "statuses": statuses,
}
(OUT / "expected.json").write_text(json.dumps(exp, indent=1, ensure_ascii=False) + "\n")
print(f"scenario: {len(msgs)} messages")
