"""Build mail-corpus-8: messages written for issue 9 (round 10) BEFORE the round's rule changes.

Written by hand by the detect8 session before it changed any rule, to be scored at the start
and once at the end of the round, in the styles where round 9 failed: referees named without a
reference word ("I spoke to Marcus", "Priya said lovely things"), offers and rejections in
inflected and hedged words ("we won't be moving forward", "the role is yours"), a meeting named
in one sentence and proposed in the next, a feedback call, a colleague asking the reader to
interview with them, dates, and everyday mail full of job words (a colleague's hiring, an
office move, a conference, a club, a landlord, newsletters) that must stay unlabelled; German,
French and Spanish in the same styles. Standard library only; deterministic.
Run: python3 tests/data/mail-corpus-8/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from corpus_build import write_corpus  # noqa: E402 (tests/data, beside this folder)

HERE = Path(__file__).resolve().parent
ME = "jo.whitfield@fastmail.com"
ME2 = "Jo Whitfield <jowhitfield.home@gmail.com>"

Row = tuple[str, str, str, str, str, list[str], str | None]
# (key, from, date, subject, body, labels, expected_by); 2026-09-07 is a Monday.
EN: list[Row] = [
    # --- referees named without a reference word -------------------------------------------
    ("c8e-01-refs-spoke-to-name", "Kerry Doyle <kerry@pinnacle-search.co.uk>", "2026-09-08 16:40",
     "Quick update", """Hi Jo,

Quick one - I spoke to Marcus yesterday afternoon and he couldn't have been more positive about
your time at Hollin. Just waiting on Dana now and then I can go back to the client.

Kerry""", ["references_contacted"], None),
    ("c8e-02-refs-said-lovely-things", "Amira Shah <amira.shah@brightline.io>", "2026-09-09 11:05",
     "Re: Product Ops Lead", """Hi Jo,

Priya said lovely things about how you ran the billing migration, which was great to hear. I'll
update you once I've heard from the second name on your list.

Best,
Amira""", ["references_contacted"], None),
    ("c8e-03-refs-old-boss", "Greg Tran <greg@tran-recruitment.com>", "2026-09-10 09:20",
     "Re: Veritas role", """Morning Jo,

Caught up with your old boss at Veritas this morning - glowing, as expected. Client will
have everything they need by lunchtime.

Greg""", ["references_contacted"], None),
    ("c8e-04-refs-had-a-chat", "Louise Parry <l.parry@meridianhealth.org>", "2026-09-11 14:00",
     "Your application - update", """Dear Jo,

I had a good chat with Tom Ellis about you on Friday and he rates you very highly. I'm trying
Sophie Grant next and hope to reach her early next week.

Kind regards,
Louise Parry
People Team, Meridian Health""", ["references_contacted"], None),
    ("c8e-05-refs-rang-confirmed", "St Aidan's School <hr@staidans.sch.uk>", "2026-09-14 15:30",
     "Teacher of Geography", """Dear Ms Whitfield,

I rang Mrs Adebayo today and she confirmed your dates of employment and spoke warmly about your
teaching. We are now waiting for the second reply before we confirm your appointment.

Yours sincerely,
Janet Morris
School Business Manager""", ["references_contacted"], None),
    ("c8e-06-refs-heard-back-names", "Sasha Klein <sasha@orbitalgames.com>", "2026-09-15 10:10",
     "nearly there", """Hey Jo,

Heard back from both Gareth and Lin - all very positive, so we're nearly there. Will ping you
as soon as the paperwork is ready.

Sasha""", ["references_contacted"], None),
    ("c8e-07-refs-got-hold-of", "Daniel Moss <dmoss@harbourlowe.law>", "2026-09-15 17:45",
     "Training contract", """Dear Jo,

Managed to get hold of Ruth Kerr at last; she vouched for you without hesitation. Thank you for
your patience while we completed this step.

Daniel""", ["references_contacted"], None),
    ("c8e-08-refs-screening-provider", "Tidewater Careers <careers@tidewater-logistics.com>", "2026-09-16 08:00",
     "Pre-employment checks", """Dear Jo,

Our screening partner, Checkwise, is now contacting the two former employers you listed in
your form. You do not need to do anything at this stage.

Tidewater Talent Acquisition""", ["references_contacted"], None),
    # --- offers in other words ----------------------------------------------------------------
    ("c8e-09-offer-pleased-to-confirm", "Amira Shah <amira.shah@brightline.io>", "2026-09-17 12:30",
     "Good news", """Hi Jo,

I'm pleased to confirm we'd like you to join us as Product Ops Lead, starting on 5 October.
Paperwork to follow from our people team this afternoon.

Amira""", ["offer"], None),
    ("c8e-10-offer-role-is-yours", "Daniel Moss <dmoss@harbourlowe.law>", "2026-09-18 09:00",
     "Harbour & Lowe", """Jo,

Great news - the training contract is yours! The partners all agreed at this morning's meeting.
Our graduate team will send the formal letter next week.

Daniel""", ["offer"], None),
    ("c8e-11-offer-phone", "Greg Tran <greg@tran-recruitment.com>", "2026-09-18 18:02",
     "!!", """jo they want u!! paperwork coming thru tmrw, 52k + bonus as discussed. call me

g""", ["offer", "salary_discussed"], None),
    ("c8e-12-offer-welcome-to-team", "Nina Osei <nina@lumenpublishing.com>", "2026-09-16 13:15",
     "Head of Content", """Hi Jo,

After yesterday's final round we would love to welcome you to the team as our new Head of
Content. I'll give you a ring this afternoon to talk through the details.

Warmly,
Nina""", ["offer"], None),
    ("c8e-13-offer-committee-approved", "Meridian Health Recruitment <recruitment@meridianhealth.org>", "2026-09-21 10:00",
     "Clinical Nurse Educator", """Dear Jo,

I am very happy to tell you that the appointments committee has approved your appointment as
Clinical Nurse Educator. A conditional offer letter will follow by email.

Louise Parry""", ["offer"], None),
    ("c8e-14-offer-we-want-you", "Sasha Klein <sasha@orbitalgames.com>", "2026-09-17 16:20",
     "the answer is yes", """Jo!

We want you on the team. Everyone who met you on Tuesday said yes, and we'd like to get you
started as our senior level designer as soon as you can.

Sasha""", ["offer"], None),
    ("c8e-15-offer-with-salary", "Tidewater Careers <careers@tidewater-logistics.com>", "2026-09-22 09:30",
     "Your offer - Logistics Coordinator", """Dear Jo,

Following your interview, we are delighted to offer you the position of Logistics Coordinator
at a salary of £31,500 per annum. Please find the contract attached.

Tidewater Talent Acquisition""", ["offer", "salary_discussed"], None),
    # --- rejections in other words ------------------------------------------------------------
    ("c8e-16-rej-wont-be-moving-forward", "Workday <no-reply@myworkday.com>", "2026-09-08 07:00",
     "Your application to Corvale", """Dear Jo,

Thank you for your patience. We won't be moving forward with your application on this
occasion, but we encourage you to keep an eye on our careers page.

Corvale Talent""", ["rejection"], None),
    ("c8e-17-rej-not-progressing", "Hollins Accountancy <recruitment@hollinsca.co.uk>", "2026-09-09 14:20",
     "Trainee Accountant", """Dear Jo,

Having reviewed all of this week's interviews, we will not be progressing your candidacy any
further. We wish you the best with your studies.

Hollins Recruitment""", ["rejection"], None),
    ("c8e-18-rej-another-way", "Kerry Doyle <kerry@pinnacle-search.co.uk>", "2026-09-10 17:30",
     "Re: Ops Manager", """Hi Jo,

I'm sorry to say the client have decided to go another way for this one. I'll keep you posted
on anything similar that comes in.

Kerry""", ["rejection"], None),
    ("c8e-19-rej-not-a-yes", "Nina Osei <nina@lumenpublishing.com>", "2026-09-11 11:40",
     "Editor role", """Hi Jo,

Sadly it's not going to be a yes from us this time - you were a very close second. I hope our
paths cross again.

Nina""", ["rejection"], None),
    ("c8e-20-rej-next-stage", "Orla Byrne <orla@finch-talent.ie>", "2026-09-14 12:00",
     "Feedback", """Hi Jo,

The hiring manager felt your experience doesn't quite line up with what they need right now,
so they won't be taking you through to the next stage.

Orla""", ["rejection"], None),
    ("c8e-21-rej-promote-within", "Greg Tran <greg@tran-recruitment.com>", "2026-09-14 16:05",
     "Re: Planning Lead", """Jo - bad news I'm afraid. The client has decided to promote someone from
within, so the role is off the table. Gutted for you, you were the strongest outside candidate.

Greg""", ["rejection"], None),
    ("c8e-22-rej-ats-footer", "SmartRecruiters <noreply@smartrecruiters.com>", "2026-09-15 06:30",
     "Update on your application - Finance Analyst", """Hello Jo,

Thank you for taking the time to apply for the Finance Analyst position at Quillpay. After
careful review, we have chosen not to move ahead with your application.

Quillpay Recruiting

This email and any attachments are confidential and intended solely for the addressee. If you
have received this email in error please notify the sender. Nothing in this email constitutes
an offer of employment. Quillpay Ltd is registered in England and Wales.""", ["rejection"], None),
    ("c8e-23-rej-unable-to-offer", "Meridian Health Recruitment <recruitment@meridianhealth.org>", "2026-09-16 15:00",
     "Ward Manager interview outcome", """Dear Jo,

Thank you for attending interview on Monday. On this occasion the panel has not been able to
offer you the post. I would be glad to arrange feedback if that would help.

Louise Parry""", ["rejection"], None),
    # --- interview requests: meeting in one sentence, proposal in the next ----------------------
    ("c8e-24-ir-meet-then-slot", "Kerry Doyle <kerry@pinnacle-search.co.uk>", "2026-09-07 10:30",
     "Ops Manager - Fenwick Freight", """Hi Jo,

Fenwick's ops director would love to meet you. Is Thursday at 3 any good?

Kerry""", ["interview_request"], None),
    ("c8e-25-ir-next-step-cto", "Amira Shah <amira.shah@brightline.io>", "2026-09-07 15:00",
     "Next step", """Hi Jo,

Next step is a conversation with Olu, our CTO. Could you send me a couple of times that suit
next week?

Amira""", ["interview_request"], None),
    ("c8e-26-ir-round-two-phone", "Sasha Klein <sasha@orbitalgames.com>", "2026-09-08 19:10",
     "r2", """round two with the design leads - can u do weds 10am? sasha""", ["interview_request"], None),
    ("c8e-27-ir-panel-hold", "Louise Parry <l.parry@meridianhealth.org>", "2026-09-09 09:00",
     "Final interview", """Dear Jo,

The panel for the final stage will be Ruth Agyei, Kwame Mensah and me. I've put a hold in your
calendar for Wednesday 16 September at 2pm - please shout if that doesn't work.

Louise""", ["interview_request"], None),
    ("c8e-28-ir-see-you-again", "Orla Byrne <orla@finch-talent.ie>", "2026-09-09 13:45",
     "Re: Depot Manager", """Hi Jo,

They were really impressed and want to see you again, this time in person at the Leeds depot.
Any day next week except Monday works their end.

Orla""", ["interview_request"], None),
    ("c8e-29-ir-video-planning-director", "Greg Tran <greg@tran-recruitment.com>", "2026-09-10 11:00",
     "Planning Lead", """Hi Jo,

Would you be up for a video interview with their planning director next week? They've got
Tuesday and Thursday mornings free.

Greg""", ["interview_request"], None),
    ("c8e-30-ir-hospital-abroad", "Al Noor Hospital HR <talent@alnoor-health.ae>", "2026-09-11 05:30",
     "Clinical Educator - interview", """Dear Jo,

Thank you for your application. The Director of Nursing has asked me to arrange a Teams
interview with you. Would Sunday 13 September at 11:00 Gulf time suit you?

Fatima Al Zaabi
Talent Acquisition""", ["interview_request"], None),
    ("c8e-31-ir-after-feedback-stage", "Nina Osei <nina@lumenpublishing.com>", "2026-09-08 10:00",
     "Writing task", """Hi Jo,

Thanks for sending the writing task over - we loved it. The last stage is a short chat with
our publisher. When are you free this week?

Nina""", ["interview_request"], None),
    # --- timelines ---------------------------------------------------------------------------
    ("c8e-32-tl-end-of-next-week", "Orla Byrne <orla@finch-talent.ie>", "2026-09-09 17:00",
     "Re: Depot Manager", """Hi Jo,

Thanks for today. The client is seeing two more people and we'll be in touch by the end of
next week either way.

Orla""", ["timeline_stated"], "2026-09-18"),
    ("c8e-33-tl-decisions-out-monday", "Hollins Accountancy <recruitment@hollinsca.co.uk>", "2026-09-10 12:00",
     "Assessment day", """Dear Jo,

Thank you for attending our assessment day. Decisions are going out on Monday 21 September.

Hollins Recruitment""", ["timeline_stated"], "2026-09-21"),
    ("c8e-34-tl-working-days", "Corvale Talent <talent@corvale.com>", "2026-09-07 09:00",
     "Your interview", """Dear Jo,

Thank you for interviewing with us today. You should hear from us within ten working days.

Corvale Talent""", ["timeline_stated"], "2026-09-21"),
    ("c8e-35-tl-come-back-thursday", "Kerry Doyle <kerry@pinnacle-search.co.uk>", "2026-09-07 18:20",
     "Re: Fenwick", """Hi Jo, I'll come back to you by Thursday with their decision. Fingers crossed! K""",
     ["timeline_stated"], "2026-09-10"),
    ("c8e-36-tl-the-18th", "Lumen Publishing <jobs@lumenpublishing.com>", "2026-09-08 14:00",
     "Editor interviews", """Hi Jo,

We're hoping to wrap up interviews this week and let everyone know where they stand by the
18th.

Nina""", ["timeline_stated"], "2026-09-18"),
    ("c8e-37-received-and-timeline", "Tidewater Careers <careers@tidewater-logistics.com>", "2026-09-08 08:15",
     "Thanks for applying to Tidewater", """Dear Jo,

Thank you for applying for the Logistics Coordinator role. We read every application ourselves
and aim to respond within 3 weeks.

Tidewater Talent Acquisition""", ["application_received", "timeline_stated"], "2026-09-29"),
    # --- receipt, notice, salary, references asked --------------------------------------------
    ("c8e-38-received-phone", "Greg Tran <greg@tran-recruitment.com>", "2026-09-07 21:40",
     "cv", """Got your CV, thanks - will have a proper read tonight.

g""", ["application_received"], None),
    ("c8e-39-received-ats-req", "Fenwick Freight <careers@fenwickfreight.com>", "2026-09-07 11:00",
     "Application received - Warehouse Shift Lead (Req 4471)", """Hi Jo,

We've received your application for Warehouse Shift Lead (Req 4471). Our team will review it
and contact you if your experience matches what we need.

Fenwick Freight Careers""", ["application_received"], None),
    ("c8e-40-notice-what-is", "Kerry Doyle <kerry@pinnacle-search.co.uk>", "2026-09-08 12:10",
     "couple of things", """Hi Jo, what's your notice at the moment? And have you any holidays booked in the
next two months? Kerry""", ["notice_period_asked"], None),
    ("c8e-41-notice-start-if", "Amira Shah <amira.shah@brightline.io>", "2026-09-11 16:00",
     "Re: Product Ops Lead", """Hi Jo,

When would you be able to start if it all works out? Just so I can plan the onboarding.

Amira""", ["notice_period_asked"], None),
    ("c8e-42-salary-ballpark", "Orla Byrne <orla@finch-talent.ie>", "2026-09-08 09:40",
     "Depot Manager - Leeds", """Hi Jo,

They've got up to £48k for this one - is that in the right ballpark for you?

Orla""", ["salary_discussed"], None),
    ("c8e-43-salary-what-on", "Greg Tran <greg@tran-recruitment.com>", "2026-09-09 08:30",
     "planning lead", """what are you on at the moment, base plus bonus? need it for the client. g""",
     ["salary_discussed"], None),
    ("c8e-44-refs-req-people", "Amira Shah <amira.shah@brightline.io>", "2026-09-14 10:30",
     "Last step", """Hi Jo,

Could you send over two people we can speak to - ideally your current line manager and one
other? Names and emails are fine.

Amira""", ["references_requested"], None),
    ("c8e-45-refs-req-vouch", "Sasha Klein <sasha@orbitalgames.com>", "2026-09-14 12:00",
     "one more thing", """hey jo - who'd be happy to vouch for you? a couple of names + numbers and we're done. s""",
     ["references_requested"], None),
    ("c8e-46-interview-and-notice", "Fenwick Freight <careers@fenwickfreight.com>", "2026-09-09 10:00",
     "Warehouse Shift Lead - interview", """Hi Jo,

We'd like to invite you to an interview at our Wakefield site on Friday 11 September at 10am.
Could you also let us know how much notice you'd need to give your current employer?

Fenwick Freight Careers""", ["interview_request", "notice_period_asked"], None),
    ("c8e-47-rej-html-table", "Lever <no-reply@hire.lever.co>", "2026-09-17 07:45",
     "Your application at Quarry Studios", """Hi Jo,

Here is an update on your application.

Role
Environment Artist
Status
Not moving forward

We appreciate your interest in Quarry Studios.""", ["rejection"], None),
    ("c8e-48-timeline-fortnight", "St Aidan's School <hr@staidans.sch.uk>", "2026-09-07 13:00",
     "Teacher of Geography - application", """Dear Ms Whitfield,

Thank you for your application, which we have received. Shortlisting takes place next week and
we will contact all applicants within a fortnight.

Janet Morris""", ["application_received", "timeline_stated"], "2026-09-21"),
    # --- everyday mail full of job words (no label) ---------------------------------------------
    ("c8e-49-colleague-interview-with-me", "Ben Carr <ben.carr@brightline.io>", "2026-09-09 16:30",
     "Thursday", """Hey Jo,

Can you do the interview with me on Thursday? It's the candidate for the SRE role, 2pm in the
big room.

Ben""", [], None),
    ("c8e-50-colleague-panel", "Ruth Agyei <ruth.agyei@brightline.io>", "2026-09-10 09:15",
     "Planner interviews", """Hi Jo,

Would you be up for joining the panel for the planner interviews next week? I'll send you the
CVs tonight.

Ruth""", [], None),
    ("c8e-51-feedback-call", "Nina Osei <nina@lumenpublishing.com>", "2026-09-14 09:30",
     "Editor role - feedback", """Hi Jo,

I have some feedback from the panel that I think you'll find useful. Free for a call on
Tuesday?

Nina""", [], None),
    ("c8e-52-office-move", "Facilities <facilities@brightline.io>", "2026-09-08 13:00",
     "Office move", """Hi all,

We won't be moving forward with the office move until January. The landlord has decided to
go another way with the refurbishment, so we'll be in touch by Friday with the new plan.

Facilities""", [], None),
    ("c8e-53-meetup-lovely-things", "Dev Patel <dev@leedsproduct.org>", "2026-09-09 20:00",
     "Thanks for speaking!", """Hi Jo,

Thanks again for your talk on Tuesday. Priya said lovely things about it and I spoke to Marcus
about having you back in spring.

Dev, Leeds Product Meetup""", [], None),
    ("c8e-54-budget-spoke-to", "Marcus Hale <marcus.hale@brightline.io>", "2026-09-10 12:45",
     "Budget", """Jo,

I spoke to Dana about the hiring budget for Q4 - we can open two roles, not three. Can you
update the plan before Thursday's leadership meeting?

Marcus""", [], None),
    ("c8e-55-job-alert", "JobFinder <alerts@jobfinder.co.uk>", "2026-09-08 06:00",
     "7 new Planner jobs near Leeds", """Jo, here are today's matches:

Senior Planner - Fenwick Freight - £45,000 - apply now
Demand Planner - Arla - £38,000 - apply now
Supply Planner - Tidewater - up to £42k - apply now

Manage your alerts | Unsubscribe""", [], None),
    ("c8e-56-friend-got-offer", "Hannah Lowe <hannah.lowe@gmail.com>", "2026-09-10 21:15",
     "I GOT IT", """Jo!!! I got the offer from Brightline - they called this afternoon and the role is mine!
Starting 1 October. Drinks Friday to celebrate?

H x""", [], None),
    ("c8e-57-company-welcome", "Brightline All Staff <all@brightline.io>", "2026-09-14 09:00",
     "Welcome Sam!", """Hi everyone,

Please welcome Sam Reid, who joins the team today as our new Head of Content. We're delighted
to have her on board - say hello if you see her in the kitchen.

People Team""", [], None),
    ("c8e-58-parents-evening", "Oakfield Primary <office@oakfield.sch.uk>", "2026-09-11 15:10",
     "Parents' evening", """Dear Parent/Carer,

Mrs Hughes would love to meet you at parents' evening. Is Thursday at 4.30pm convenient?

Oakfield Primary School Office""", [], None),
    ("c8e-59-landlord-flat-yours", "Kirkgate Lettings <lettings@kirkgate.co.uk>", "2026-09-12 10:00",
     "Flat 3, Park Row", """Hi Jo,

Good news - the landlord accepted and the flat is yours if you want it. We'll send the
tenancy agreement by Wednesday; the holding deposit is £350.

Kirkgate Lettings""", [], None),
    ("c8e-60-newsletter-tips", "Career Compass <hello@careercompass.io>", "2026-09-12 07:00",
     "How to answer 'what's your notice period?'", """This week on Career Compass:

- What to say when a recruiter asks what you're on at the moment
- We spoke to 40 hiring managers about why they decided to go another way
- Why "we won't be moving forward" doesn't always mean no

Read more on the blog. Unsubscribe any time.""", [], None),
    ("c8e-61-mentor-coffee", "Claire Dunn <claire.dunn@gmail.com>", "2026-09-13 18:30",
     "coffee?", """Hi Jo,

Fancy a coffee next week to talk about how your interviews are going? I'm around Tuesday or
Wednesday after 5.

Claire""", [], None),
    ("c8e-62-vendor-quote", "Apex Interiors <quotes@apexinteriors.co.uk>", "2026-09-14 11:00",
     "Office fit-out", """Hi Jo,

Thanks for showing us the space. We'll get back to you by Friday with the quote for the
fit-out and a proposed start date.

Apex Interiors""", [], None),
    ("c8e-63-conference-speaker", "LogiCon 2026 <programme@logicon.events>", "2026-09-15 09:00",
     "LogiCon 2026 - your proposal", """Dear Jo,

We're pleased to confirm we'd like you to join the programme as a speaker at LogiCon 2026 in
November. Your session slot will be confirmed by the end of the month.

LogiCon Programme Committee""", [], None),
    ("c8e-64-running-club", "Leeds Harriers <committee@leedsharriers.org>", "2026-09-15 19:00",
     "Treasurer", """Hi Jo,

Thanks for putting your name forward - the treasurer role is yours if you still want it! We'd
love to welcome you to the committee at Thursday's meeting.

Leeds Harriers Committee""", [], None),
    ("c8e-65-write-reference", "Tom Ellis <tom.ellis@veritas-group.com>", "2026-09-16 12:20",
     "A favour", """Hi Jo,

I'm applying for a planning role at Ardent and they've asked for two referees. Would you be
happy for me to put your name down? They'd probably call you next week.

Tom""", [], None),
    ("c8e-66-own-mail-referee", "!Kerry Doyle <kerry@pinnacle-search.co.uk>", "2026-09-08 13:00",
     "Re: Quick update", """Hi Kerry,

I spoke to Dana this morning and she's happy to be called - her mobile is 07700 900123. Thanks
for pushing this along!

Jo""", [], None),
    ("c8e-67-hr-review", "Brightline People Team <people@brightline.io>", "2026-09-16 08:30",
     "Mid-year reviews", """Hi Jo,

Reminder: mid-year reviews are due by Friday 25 September. Your manager will contact you to
arrange your review meeting, and the calibration panel will decide ratings by 2 October.

People Team""", [], None),
    ("c8e-68-recruiter-marketing", "Pinnacle Search <news@pinnacle-search.co.uk>", "2026-09-16 07:00",
     "Hiring trends for Q4", """Hi Jo,

Our Q4 report is out: offers are up 8%, most candidates hear back within a week, and clients
are moving forward with fewer interview rounds. Download the full report below.

Pinnacle Search | Unsubscribe""", [], None),
    ("c8e-69-volunteer-shift", "Food Bank Leeds <volunteers@foodbankleeds.org>", "2026-09-17 10:00",
     "Saturday shift", """Hi Jo,

Lovely to have you on the team! Could you do the warehouse shift with me on Saturday at 9? We
would love to see you again next week too.

Becky, Volunteer Coordinator""", [], None),
    ("c8e-70-team-hire-news", "Ruth Agyei <ruth.agyei@brightline.io>", "2026-09-17 17:30",
     "Planner hire", """Hi Jo,

Thanks for your help on the panel. We've offered the planner role to Aisha and she accepted this
afternoon. I spoke to her old manager yesterday, who was very positive.

Ruth""", [], None),
    ("c8e-71-garage", "Hyde Park Motors <service@hydeparkmotors.co.uk>", "2026-09-18 09:00",
     "Your MOT", """Hi Jo,

Your car is ready for collection. I spoke to the tyre supplier and they will not be progressing
the warranty claim, sorry. We'll update you on the refund by Tuesday.

Hyde Park Motors""", [], None),
    ("c8e-72-vote-appointment", "Leeds Product Meetup <team@leedsproduct.org>", "2026-09-18 12:00",
     "New organiser", """Hi all,

After the vote we're delighted to say that Priya will join us as co-organiser. Thanks to everyone
who put their name forward - we loved meeting you all at the social.

The organisers""", [], None),
]

INTL: list[tuple[str, str, str, str, str, str, list[str], str | None]] = [
    ("c8i-01-de-refs-telefoniert", "de", "Katrin Vogt <k.vogt@nordlicht-logistik.de>", "2026-09-08 15:00",
     "Ihre Bewerbung", """Liebe Frau Whitfield,

ich habe heute mit Herrn Brandt telefoniert - er hat nur Gutes über Ihre Zeit bei Hollin
erzählt. Jetzt fehlt nur noch Frau Schäfer.

Viele Grüße
Katrin Vogt""", ["references_contacted"], None),
    ("c8i-02-de-rej-nicht-weiter", "de", "Personalabteilung Kessler <bewerbung@kessler-ag.de>", "2026-09-09 10:00",
     "Ihre Bewerbung als Disponentin", """Sehr geehrte Frau Whitfield,

nach sorgfältiger Prüfung werden wir Ihre Bewerbung leider nicht weiter verfolgen. Wir
wünschen Ihnen für Ihre Zukunft alles Gute.

Kessler AG""", ["rejection"], None),
    ("c8i-03-de-offer-einstellen", "de", "Katrin Vogt <k.vogt@nordlicht-logistik.de>", "2026-09-15 11:30",
     "Gute Nachrichten", """Liebe Frau Whitfield,

wir freuen uns, Ihnen mitteilen zu können, dass wir Sie gern als Teamleiterin Disposition
einstellen möchten. Den Vertrag schicken wir Ihnen diese Woche zu.

Katrin Vogt""", ["offer"], None),
    ("c8i-04-de-interview-telefonat", "de", "Jonas Berg <jonas@bergundpartner.de>", "2026-09-07 09:30",
     "Kurzes Telefonat?", """Hallo Frau Whitfield,

hätten Sie nächste Woche Zeit für ein kurzes Telefonat mit unserer Abteilungsleiterin? Dienstag
oder Mittwoch Vormittag würde gut passen.

Jonas Berg""", ["interview_request"], None),
    ("c8i-05-de-colleague", "de", "Lena Roth <lena.roth@nordlicht-logistik.de>", "2026-09-10 13:00",
     "Donnerstag", """Hi Jo,

kannst du am Donnerstag das Vorstellungsgespräch mit mir führen? Der Kandidat kommt um 14 Uhr.

Lena""", [], None),
    ("c8i-06-de-werkstatt", "de", "Autohaus Maier <service@autohaus-maier.de>", "2026-09-11 08:00",
     "Ihr Auto", """Guten Tag Frau Whitfield,

ich habe mit dem Hersteller gesprochen: die Garantie übernimmt den Schaden leider nicht. Wir
melden uns bis Freitag mit einem Angebot für die Reparatur.

Autohaus Maier""", [], None),
    ("c8i-07-fr-refs-au-telephone", "fr", "Élodie Marchand <e.marchand@talentis.fr>", "2026-09-09 16:00",
     "Votre candidature", """Bonjour Jo,

J'ai eu Mme Leroy et M. Garnier au téléphone ce matin, tous deux très élogieux à votre sujet.
Je transmets tout au client dès ce soir.

Élodie""", ["references_contacted"], None),
    ("c8i-08-fr-refs-ancienne-responsable", "fr", "Hugo Lefèvre <hugo@atelier-vif.fr>", "2026-09-10 11:00",
     "Suite de votre candidature", """Bonjour Jo,

Votre ancienne responsable, Claire Dubois, m'a dit le plus grand bien de vous hier. Il ne me
reste plus qu'à joindre votre deuxième contact.

Hugo""", ["references_contacted"], None),
    ("c8i-09-fr-rej-pas-suite", "fr", "Recrutement Alvéa <recrutement@alvea.fr>", "2026-09-11 09:00",
     "Votre candidature - Chargée de planification", """Madame,

Nous vous remercions de l'intérêt porté à notre société. Après étude de votre dossier, nous ne
donnerons pas suite à votre candidature pour ce poste.

Le service recrutement""", ["rejection"], None),
    ("c8i-10-fr-offer-poste-a-vous", "fr", "Hugo Lefèvre <hugo@atelier-vif.fr>", "2026-09-16 17:00",
     "Bonne nouvelle !", """Jo,

Bonne nouvelle : le poste est à vous si vous le souhaitez ! Toute l'équipe a été conquise
mardi.

Hugo""", ["offer"], None),
    ("c8i-11-fr-interview-visio", "fr", "Élodie Marchand <e.marchand@talentis.fr>", "2026-09-08 10:00",
     "Échange avec la directrice", """Bonjour Jo,

Seriez-vous disponible jeudi pour un échange en visio avec la directrice des opérations ? Elle
propose 10h ou 15h.

Élodie""", ["interview_request"], None),
    ("c8i-12-fr-ecole", "fr", "Marc Petit <marc.petit@free.fr>", "2026-09-12 20:00",
     "Fête de l'école", """Salut Jo,

J'ai parlé à Sophie pour la fête de l'école, elle dit que c'est bon pour samedi. Elle a dit
beaucoup de bien de ton gâteau de l'an dernier !

Marc""", [], None),
    ("c8i-13-es-refs-hable", "es", "Carmen Ortiz <carmen@talentonorte.es>", "2026-09-09 12:00",
     "Tu candidatura", """Hola Jo:

Hablé ayer con Lucía Martín y me dijo maravillas de tu trabajo en Grupo Norte. Mañana llamo a
tu segundo contacto.

Un saludo,
Carmen""", ["references_contacted"], None),
    ("c8i-14-es-rej-otro-perfil", "es", "Selección Vantia <seleccion@vantia.es>", "2026-09-10 09:00",
     "Proceso de selección", """Hola Jo:

Gracias por tu tiempo en la entrevista. Al final hemos decidido seguir con otro perfil para
este puesto.

Equipo de Selección""", ["rejection"], None),
    ("c8i-15-es-offer-unieras", "es", "Carmen Ortiz <carmen@talentonorte.es>", "2026-09-17 13:00",
     "¡Buenas noticias!", """Hola Jo:

¡El cliente está encantado! Les encantaría que te unieras al equipo como responsable de
almacén a partir de octubre.

Carmen""", ["offer"], None),
    ("c8i-16-es-interview-videollamada", "es", "Pablo Ruiz <pablo.ruiz@vantia.es>", "2026-09-07 16:00",
     "Siguiente paso", """Hola Jo:

¿Te viene bien el martes a las 10 para una videollamada con la directora de operaciones?

Pablo""", ["interview_request"], None),
    ("c8i-17-es-timeline-viernes", "es", "Pablo Ruiz <pablo.ruiz@vantia.es>", "2026-09-07 18:00",
     "Re: entrevista", """Hola Jo:

Gracias por la entrevista de hoy. Te daremos una respuesta antes del viernes.

Pablo""", ["timeline_stated"], "2026-09-11"),
    ("c8i-18-es-piso", "es", "Inmobiliaria Sol <info@inmosol.es>", "2026-09-12 11:00",
     "El piso", """Hola Jo:

Hablé con el propietario y dice que el piso es tuyo si lo quieres. Te mandamos el contrato el
lunes.

Inmobiliaria Sol""", [], None),
]


def main() -> None:
    """Write en/ and intl/ with their labels.json, and meta.json."""
    write_corpus(HERE, EN, INTL, me=f"Jo Whitfield <{ME}>", address=ME, me2=ME2)


if __name__ == "__main__":
    main()
