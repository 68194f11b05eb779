"""English held-out messages 001-060 (round 4), written by heldout4."""

from mk import ME, ME2, SMALL_PDF, ics, msg, wrote

M: list = []
A = M.append

A(msg("r4-001.eml", "Ledgerly Recruiting <no-reply@us.greenhouse-mail.io>", ME,
      "2026-02-03 14:02 -0500", "Thank you for applying to Ledgerly",
      """Hi Rhiannon,

Thanks for applying to Ledgerly! Your application for the Senior Data Analyst, Revenue role has
been received and our team will review it shortly.

If your background looks like a match, someone from our Talent team will reach out to talk
about next steps. In the meantime, you can learn more about life at Ledgerly on our blog.

Best,
The Ledgerly Talent Team

**Please do not reply to this email. This mailbox is not monitored.**
""",
      html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Hi Rhiannon,</p>
<p>Thanks for applying to Ledgerly! Your application for the <b>Senior Data Analyst, Revenue</b> role has
been received and our team will review it shortly.</p>
<p>If your background looks like a match, someone from our Talent team will reach out to talk about next
steps. In the meantime, you can learn more about life at Ledgerly on our <a href="https://ledgerly.com/blog">blog</a>.</p>
<p>Best,<br>The Ledgerly Talent Team</p>
<p style="font-size:11px;color:#888"><b>Please do not reply to this email. This mailbox is not monitored.</b><br>
Powered by Greenhouse</p></body></html>""",
      labels=["application_received"], reply_to="talent@ledgerly.com"))

A(msg("r4-002.eml", "Halvorsen Foods Careers <halvorsen@myworkday.com>", ME,
      "2026-02-09 03:17 -0800", "Application Status Update - Req R-20931 Supply Chain Planner",
      html="""<html><head><style>td{padding:6px 10px;border:1px solid #ddd}</style></head><body>
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #ccc">
<tr><td style="background:#0b3d91;color:#fff;font-size:18px">Halvorsen Foods</td></tr>
<tr><td>
<p>Dear Rhiannon Okafor,</p>
<p>Your job application has been submitted successfully. Below is a summary of your submission.</p>
<table cellspacing="0">
<tr><td><b>Job Requisition</b></td><td>R-20931 Supply Chain Planner (Leeds)</td></tr>
<tr><td><b>Submitted On</b></td><td>02/09/2026</td></tr>
<tr><td><b>Current Status</b></td><td>Under Consideration</td></tr>
</table>
<p>You can review the status of your application at any time by signing in to your Candidate Home account.</p>
<p>Regards,<br>Halvorsen Talent Acquisition</p>
</td></tr>
<tr><td style="font-size:10px;color:#777">This email was sent from an unattended mailbox. Halvorsen Foods is an equal
opportunity employer. All qualified applicants will receive consideration for employment without regard to race,
colour, religion, sex, sexual orientation, gender identity, national origin, disability or veteran status.</td></tr>
</table></body></html>""",
      labels=["application_received"]))

A(msg("r4-003.eml", "Recruitment Team <recruitment@hr.northumbria-uni.ac.uk>", ME2,
      "2026-02-27 16:41 +0000", "Application received: Research Software Engineer (Ref 0441-26)",
      """Dear Rhiannon

Thank you for your application for the post of Research Software Engineer, Faculty of
Engineering and Environment (ref 0441-26).

The closing date for this vacancy is 6 March 2026 and shortlisting will take place on
12 March 2026. Candidates who are shortlisted will be contacted by email and invited to attend
a panel interview.

If you have not heard from us by 20 March 2026, please assume that on this occasion your
application has not been successful. Due to the volume of applications we are unable to
provide individual feedback at the shortlisting stage.

Kind regards

Recruitment Team
People and Organisational Development
Northumbria University

This email and any attachments are confidential and may be legally privileged. If you are not
the intended recipient please notify the sender and delete it. The University accepts no
liability for any damage caused by any virus transmitted by this email.
""", labels=["application_received", "timeline_stated"], by="2026-03-20"))

A(msg("r4-004.eml", "HR Recruitment <hr.recruitment@calderdale-mbc.gov.uk>", ME,
      "2026-03-05 11:08 +0000", "Invitation to interview - Senior Policy Officer (Data & Insight) SPO/118",
      """Dear Ms Okafor

Post: Senior Policy Officer (Data & Insight), Grade 9, Ref SPO/118

I am pleased to inform you that, following shortlisting, you have been selected for interview
for the above post.

Date:      Tuesday 17 March 2026
Time:      10:30am (please arrive 10 minutes early)
Venue:     Committee Room 2, Halifax Town Hall, Crossley Street, HX1 1UJ

The interview panel will consist of:
  - Joanne Priestley, Head of Policy and Insight (Chair)
  - Cllr Martin Ashworth
  - Deepa Chauhan, Senior HR Business Partner

You will be asked to give a 10 minute presentation on the following topic: "How should a local
authority use data to target early help services?" followed by a competency-based interview of
approximately 45 minutes.

Please bring with you original documents confirming your right to work in the UK. Please
confirm your attendance by replying to this email, and let us know if you require any
reasonable adjustments to be made.

Yours sincerely

Karen Holroyd
Recruitment Officer
Calderdale Council

---
Calderdale Council is committed to safeguarding and promoting the welfare of children and young
people. Information in this email may be subject to the Freedom of Information Act 2000.
""", labels=["interview_request"]))

A(msg("r4-005.eml", "Tom Ferreira <tom.ferreira.builds@gmail.com>", ME,
      "2026-03-08 22:51 -0800", "tidewater - your application",
      """hey Rhiannon -

tom here, I'm one of the two founders at Tidewater (we're tiny, 6 people, seed funded). saw
your application come through for the first data eng hire and honestly your pipeline work at
Brightwell is pretty much exactly what we need.

would you be up for grabbing a coffee or a zoom sometime this week or next? nothing formal, I'd
just like to tell you what we're building and hear what you're looking for. send me a couple of
times that suit and I'll make it work, I'm pretty flexible (apart from thurs mornings).

cheers
tom

--
Tom Ferreira | co-founder, Tidewater
sent from my phone, pls excuse typos
""", labels=["interview_request"]))

A(msg("r4-006.eml", "Pooja Venkataraman <pooja.v@talentbridge-consulting.in>", ME,
      "2026-03-10 10:12 +0530", "RE: Data Engineer opportunity with our client - Bengaluru/Remote",
      """Dear Rhiannon,

Greetings from TalentBridge Consulting!

Thank you for your prompt revert and for sharing the updated CV. I have discussed your profile
with the hiring manager at our client (a leading BFSI captive) and they are keen to take it
forward.

Kindly share your availability for a 45 minutes technical discussion over MS Teams on any of
the below dates (IST):

 - 16th March, between 2 PM and 6 PM
 - 17th March, between 11 AM and 4 PM
 - 18th March, full day

Request you to please mention 2-3 slots so that I can block the panel accordingly.

Thanks & Regards,
Pooja Venkataraman
Senior Consultant - Technology Hiring
TalentBridge Consulting Pvt. Ltd.
M: +91 98450 11223

DISCLAIMER: The information contained in this electronic message and any attachments to this
message are intended for the exclusive use of the addressee(s) and may contain proprietary,
confidential or privileged information.
""", labels=["interview_request"]))

A(msg("r4-007.eml", "Hannah Kirkwood <hannah.kirkwood@meridianhealth.co.uk>", ME,
      "2026-03-13 17:36 +0000", "Following up from Wednesday",
      """Hi Rhiannon,

Thank you for spending so much time with us over the last few weeks, and for the effort you put
into the case study on Wednesday. The whole panel enjoyed meeting you.

The team met this morning and we've decided to offer the role to another candidate whose
experience with NHS commissioning data is closer to what we need in the first year. I know this
isn't the news you were hoping for after getting so far, and I wanted you to hear it from me
directly rather than from a system email.

If it would help, I'm very happy to talk you through the panel's feedback next week; just pick
a time. I'd also like to keep your details on file, as we expect to open another analyst role
in the autumn.

Warm wishes,
Hannah

Hannah Kirkwood
Head of Analytics | Meridian Health Partners
""", labels=["rejection"]))

A(msg("r4-008.eml", "Ian Strachan <ian.strachan@corrie-logistics.co.uk>", ME,
      "2026-03-16 18:22 +0000", "Offer",
      """Great speaking earlier - as discussed, confirming our offer of Senior Analyst at £62,000.
Paperwork to follow tomorrow.

Ian

Sent from my iPhone
""", labels=["offer", "salary_discussed"]))

A(msg("r4-009.eml", "Dan Whitlock <dan@apexcontractors.co.uk>", ME,
      "2026-03-17 08:03 +0000", "Re: BI Developer - Manchester",
      """Morning Rhiannon, quick q - what's ur notice period at the moment? And are u perm or on a fixed term?
Client wants to move fast on this one.

Dan

Dan Whitlock | Apex Contractors | 0161 555 0192
""", labels=["notice_period_asked"]))

A(msg("r4-010.eml", "Recruitment <recruitment@nhsbt-jobs.nhs.uk>", ME,
      "2026-03-19 15:55 +0000", "Senior Information Analyst 318-BT-2261 - next stage",
      """Dear Rhiannon

Thank you for attending interview for the above post on Tuesday.

The panel would like to proceed to pre-employment checks. To do so we need details of two
referees covering the last three years of employment, one of whom must be your current or most
recent line manager. Please complete the attached referee details form and return it to this
address by close of play Thursday.

Please note that a conditional offer cannot be made until referee details have been received.

Best wishes

Recruitment Services
NHS Blood and Transplant
""", labels=["references_requested"],
      attach=[("Referee_details_form.pdf", "application", "pdf", SMALL_PDF)]))

A(msg("r4-011.eml", "Gareth Powell <gareth@powell-hughes.co.uk>", ME,
      "2026-03-20 12:40 +0000", "quick update",
      """Hi Rhiannon

Just to let you know I've now heard back from both Dr Patel and Sarah Whitfield - both very
positive, Sarah in particular. I'm waiting on sign-off from our MD who is away until Tuesday,
then we should be in a position to come back to you properly.

Gareth
""", labels=["references_contacted"]))

A(msg("r4-012.eml", "Liam O'Connor <liam.oconnor@harbourpeople.com.au>", ME,
      "2026-03-23 09:15 +1100", "Re: Analytics Lead - fintech, Sydney",
      """Hey Rhiannon,

Good to chat Friday arvo. Before I put you forward properly can you give me a rough idea of what
you're on now (base + super + any bonus) and what you'd need to move? The client's budget for
this one tops out around $185-190k package so want to make sure we're in the same ballpark.

No stress if you'd rather talk it through on the phone.

Cheers,
Liam

Liam O'Connor
Principal Consultant | Harbour People
Level 12, 1 Margaret St, Sydney NSW 2000
""", labels=["salary_discussed"]))

A(msg("r4-013.eml", "Dr Sian Morgan <s.morgan@aber-research.ac.uk>", ME,
      "2026-03-24 13:02 +0000", "Research Data Manager - interview feedback timing",
      """Dear Rhiannon,

Thank you again for coming to Aberystwyth for the interview and the presentation yesterday; it
was a strong field.

I'm writing to let you know where things stand. We have one more candidate to see on Friday. The
panel meets on the 3rd to make its decision, and I will write to every candidate that same day,
whatever the outcome.

With best wishes,
Sian

Dr Siân Morgan
Deputy Director, Research Data Services
""", labels=["timeline_stated"], by="2026-04-03"))

A(msg("r4-014.eml", "Priya Nair <priya@brindlecapital.com>", ME,
      "2026-05-11 10:47 +0100", "Re: Thursday",
      """Hi Rhiannon,

Thanks for coming in on Friday - the partners were pleased with how it went. They're seeing one
more person tomorrow and we'll have a decision for you by close of play Thursday.

Best,
Priya
""", labels=["timeline_stated"], by="2026-05-14"))

A(msg("r4-015.eml", "Graduate Recruitment <graduates@kellerbrook.com>", ME2,
      "2026-05-25 09:00 +0100", "Kellerbrook Graduate Programme 2026: Assessment Centre invitation",
      """Dear Rhiannon,

Congratulations! Following your video interview, we are delighted to invite you to the final
stage of our Graduate Programme selection: the Assessment Centre.

  Date:      Thursday 4 June 2026
  Location:  Kellerbrook, 20 Wellington Place, Leeds LS1 4AP
  Time:      08:45 registration - 16:30 close

The day includes a group exercise, a written case study, and a final interview with a partner
and a member of the graduate team.

Please confirm your place by booking through your candidate portal within 48 hours. Outcomes
will be communicated within 10 working days of the Assessment Centre.

We look forward to meeting you.

The Graduate Recruitment Team
Kellerbrook LLP is a limited liability partnership registered in England and Wales (OC312144).
""", labels=["interview_request", "timeline_stated"], by="2026-06-18"))

A(msg("r4-016.eml", "Margaret Chu <margaret.chu@fernhillgroup.com>", ME,
      "2026-12-16 16:20 -0500", "Thank you + holiday timing",
      """Hi Rhiannon,

Thanks so much for making time for all four conversations last week, especially so close to the
holidays. The team really enjoyed meeting you.

A good chunk of the panel is out from Friday until January, so realistically we'll be back in
touch early in the new year with next steps. I didn't want you to read anything into the quiet.

Have a lovely break,
Margaret

Margaret Chu | Talent Partner | Fernhill Group
""", labels=["timeline_stated"], by="2027-01-10"))

A(msg("r4-017.eml", "Sunita Mehra <sunita.mehra@brightwell.co.uk>", "Rhiannon Okafor <rhiannon.okafor@brightwell.co.uk>",
      "2026-04-14 12:31 +0100", "Platform Lead secondment",
      """Hi Rhiannon,

Thanks for putting your name forward for the Platform Lead secondment - lovely to see.

Gareth and I would like to have a proper chat with you about it, mostly about how you'd
approach the first three months and how we'd backfill your current work. Are you free Thursday
at 2pm? We've got the 4th floor meeting room, or Teams if you're WFH that day.

Sunita

Sunita Mehra
Head of Engineering, Brightwell Insurance
Internal - do not forward outside Brightwell
""", labels=["interview_request"]))

A(msg("r4-018.eml", "Jake Pemberton <jake.pemberton@lynxtechresourcing.co.uk>", ME,
      "2026-04-20 08:44 +0100", "Contract - Data Engineer (Azure) - £550pd Outside IR35",
      """Hi Rhiannon,

Hope all's well. Got an urgent one in with a utilities client I think you'd be great for:

* Data Engineer (Azure / Databricks)
* £550 per day, Outside IR35 (SDS done)
* 6 month initial contract, likely extensions - they've had people on it 2 years+
* 1 day a week in Warrington, rest remote

They're interviewing this week, 1 stage, 45 mins with the lead engineer. Can you do a call with
the end client Weds at 11am? And how soon could you start if it went well?

Give me a ring when you get a sec.

Jake
Lynx Tech Resourcing | Senior Contract Consultant
""", labels=["interview_request", "salary_discussed", "notice_period_asked"]))

A(msg("r4-019.eml", "Oliver Grant <oliver.grant@sandpiperanalytics.com>", ME,
      "2026-04-21 07:02 +0100", "Automatic reply: Interview slots for next week",
      """I am out of the office until Monday 27 April with limited access to email.

For anything urgent relating to interview scheduling please contact talent@sandpiperanalytics.com
and one of the team will be happy to help.

Thanks,
Oliver
""", labels=[], headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All",
                         "Precedence": "bulk"}))

A(msg("r4-020.eml", "Fiona Blackwood <fiona.blackwood@greyfriars-law.co.uk>", ME,
      "2026-04-22 09:30 +0100", "Re: Application - Legal Data Analyst",
      """Thank you for your email.

I am on annual leave, returning on Tuesday 5th May. If your query relates to a current
application or an upcoming interview please contact recruitment@greyfriars-law.co.uk who will
be able to assist.

Kind regards,
Fiona Blackwood
HR Advisor
""", labels=[], parent="<cf1a22.88e@gmail.com>"))

A(msg("r4-021.eml", "The Long Game <hello@thelonggame.fm>", ME,
      "2026-04-23 06:00 +0000", "New episode: an interview with the woman who ran 100 marathons",
      """THE LONG GAME - Episode 148

This week's interview is with Dr Ruth Akande, who ran her 100th marathon at 61 and says the
secret is "boring consistency". We talk about her training offer to her local club, her role as
a race director, and why she turned down a sponsorship offer from a big shoe brand.

Listen now on Apple Podcasts, Spotify or wherever you get your podcasts.

Next week: the application of sports science to amateur training, with coach Femi Dada.

Unsubscribe | Manage preferences
""", labels=[], headers={"List-Unsubscribe": "<https://thelonggame.fm/unsub?u=8812>"}))

A(msg("r4-022.eml", "Hartley & Finch <offers@hartleyandfinch.co.uk>", ME,
      "2026-11-27 07:15 +0000", "Black Friday: our biggest offer ever ends Monday",
      html="""<html><body><table width="100%" style="background:#111;color:#fff"><tr><td align="center">
<h1>BLACK FRIDAY</h1><h2>30% off everything - our biggest offer ever</h2>
<p>Plus free next-day delivery on orders over £50.</p>
<p><a href="https://hartleyandfinch.co.uk/bf" style="color:#fc0">SHOP NOW</a></p>
</td></tr></table>
<table width="100%"><tr><td>Wool overcoat<br><s>£240</s> £168</td><td>Merino jumper<br><s>£85</s> £59.50</td>
<td>Leather boots<br><s>£190</s> £133</td></tr></table>
<p style="font-size:10px">Offer ends 23:59 Monday 30 November. Cannot be used with any other offer. We'll get back to you
within 2 working days if you contact customer services.</p></body></html>""", labels=[]))

A(msg("r4-023.eml", "ParcelHop <tracking@parcelhop.co.uk>", ME,
      "2026-05-02 08:12 +0100", "Your parcel is on its way - you're number 4 in the queue",
      """Good news! Your parcel from Octopus Books is out for delivery today.

Driver: Kelvin
Current position: 4th in the delivery queue (approx. 3 stops away)
Estimated arrival: 09:40 - 10:40

Not going to be in? You can choose a safe place or redirect to a ParcelHop Point.
Track it live: https://parcelhop.co.uk/t/PH91KQ228

Please do not reply to this email.
""", labels=[]))

A(msg("r4-024.eml", "Riftborne <news@riftborne-game.com>", ME,
      "2026-05-05 17:00 +0000", "Season 9 is live: pick your role",
      """Season 9: SHATTERED CROWNS is live!

Tank, healer or striker: choose your role and queue up for the new Crownfall raid. This season we
offer a brand-new support role, the Warden, and a reworked ranked ladder - your position is
reset but your rewards carry over.

Patch notes, next steps for the ranked beta, and a short interview with the lead designer are
on the blog.

See you in the Rift.
""", labels=[]))

A(msg("r4-025.eml", "Notion Labs <updates@makenotes.app>", ME,
      "2026-05-06 12:00 +0000", "Update available: MakeNotes 4.2",
      """A new version of the MakeNotes application is available.

What's new in 4.2
- Faster sync for large workspaces
- Offline mode for the mobile application
- Fixed: calendar view showed the wrong position of events spanning midnight

Next steps: the update will install automatically the next time you restart the app. If you
manage MakeNotes for your organisation, you can review the release in the admin console.
""", labels=[]))

A(msg("r4-026.eml", "Marcus Hale <marcus.hale@brightwell.co.uk>", "Data Platform <data-platform@brightwell.co.uk>",
      "2026-05-06 16:48 +0100", "Q3 migration - next steps",
      """All,

Thanks for a useful session today. Next steps as agreed:

1. Rhiannon to write up the offer we're making to the claims team (read-only access to the new
   warehouse from July) and share by Friday.
2. Ahmed to finish the interview notes from the three users we spoke to and put them on
   Confluence.
3. I'll get back to everyone next week on the decision about Fivetran vs. our own loaders.

Role of the steering group: sign-off only, they don't need the detail.

Marcus
""", labels=[]))

A(msg("r4-027.eml", "Prof. Alan Reeve <a.reeve@leeds-stats.ac.uk>", ME,
      "2026-05-08 14:11 +0100", "Reviews back on the imputation paper",
      """Hi Rhiannon,

Reviews are back from JRSS-C. Reviewer 1 is happy; Reviewer 2 wants us to add references to the
recent work on multiple imputation under MNAR and asks for a clearer position on the sensitivity
analysis. Editor's decision: major revision, we have 8 weeks.

Could you take the references and I'll do the sensitivity section? Shall we meet next Tuesday to
agree next steps?

Alan
""", labels=[]))

A(msg("r4-028.eml", "Geoff Barraclough <geoff.barraclough57@btinternet.com>", ME,
      "2026-05-09 19:25 +0100", "Re: boiler",
      """Hi Rhiannon

Thanks for letting me know about the boiler, sorry it's playing up again. I've asked the
plumber to come and look at it and I'll get back to you next week once I've heard from him
about when he can come round.

Re the rent review - no change this year, happy to offer the same terms for another 12 months.

Regards
Geoff
""", labels=[]))

A(msg("r4-029.eml", "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>", ME,
      "2026-05-11 05:04 +0000", "12 new jobs for 'data engineer' in Leeds",
      """Your job alert for data engineer in Leeds, England, United Kingdom

Senior Data Engineer - Sky Betting & Gaming - Leeds (Hybrid)
Easy Apply · Actively recruiting · 2 connections work here

Data Engineer II - Asda - Leeds
Be an early applicant

Analytics Engineer - Lumen Health - Remote
£60,000 - £70,000 · Apply now

See all jobs

You are receiving Job Alert emails. Manage your alerts. Unsubscribe.
This email was intended for Rhiannon Okafor (Data Engineer at Brightwell).
© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
""", labels=[], headers={"List-Unsubscribe": "<https://www.linkedin.com/e/v2?e=unsub>"}))

A(msg("r4-030.eml", "The Workday Brief <newsletter@theworkdaybrief.com>", ME,
      "2026-05-12 07:30 +0000", "How to answer 'what are your salary expectations?'",
      """THE WORKDAY BRIEF - Tuesday

1. The salary question, answered
It comes up in nearly every first interview: "what are your salary expectations?" Our advice:
research the range, give a band not a number, and ask whether the offer includes bonus.

2. Should you chase after an interview?
Most recruiters say you should hear back within a week. If they said "we'll be in touch by
Friday" and Friday passes, a short polite follow-up is fine.

3. References: who to ask
Pick referees who saw your recent work, and warn them before you share their details.

Forward to a friend | Unsubscribe
""", labels=[]))

A(msg("r4-031.eml", ME, "Hannah Kirkwood <hannah.kirkwood@meridianhealth.co.uk>",
      "2026-03-12 08:15 +0000", "Thank you",
      """Hi Hannah,

Thank you for taking the time to meet me yesterday, and please pass my thanks to David and Mo
as well. I really enjoyed the case study discussion, particularly the question about how we'd
measure the waiting-list work, and I came away even more excited about the role.

If there's anything else you need from me, please let me know.

Best wishes,
Rhiannon
""", labels=[]))

A(msg("r4-032.eml", ME, "Liam O'Connor <liam.oconnor@harbourpeople.com.au>",
      "2026-03-23 08:40 +0000", "Re: Analytics Lead - fintech, Sydney",
      """Hi Liam,

Thanks, good to speak. I'm on £78k plus a 10% bonus at the moment. For a move to Sydney I'd be
looking at somewhere around AUD 180k package, but I'm open to a conversation if the role is
right. My notice period is 8 weeks.

Best,
Rhiannon
""" + wrote("2026-03-23 09:15 +1100", "Liam O'Connor <liam.oconnor@harbourpeople.com.au>",
            "Hey Rhiannon, can you give me a rough idea of what you're on now and what you'd need to move?"),
      labels=[]))

A(msg("r4-033.eml", "Chloe Adeyemi <chloe@northstar-search.com>", ME,
      "2026-05-13 17:02 +0100", "Great to chat",
      """Thanks for your time today Rhiannon, really great chatting and good to put a voice to the
name. Enjoy the rest of your week!

Chloe
""", labels=[]))

A(msg("r4-034.eml", "Arcwise <no-reply@hire.lever.co>", ME,
      "2026-05-14 20:33 +0000", "Thanks for your interest in Arcwise!",
      """Hi Rhiannon,

Thanks for your interest in Arcwise! We've received your application for Staff Analytics
Engineer and our team is looking forward to reviewing it.

We read every application. If your experience is a good fit for the role, someone will reach
out to you directly.

Thanks again,
Arcwise Recruiting

Sent via Lever
""", labels=["application_received"], reply_to="Arcwise Recruiting <jobs@arcwise.io>"))

A(msg("r4-035.eml", "Brindle Capital via Ashby <no-reply@ashbyhq.com>", ME,
      "2026-04-28 15:10 -0400", "Schedule your Technical Interview with Brindle Capital",
      html="""<html><body>
<p>Hi Rhiannon,</p>
<p>Thanks for speaking with us! The next step is a <b>60-minute Technical Interview</b> with Sam Ortiz and
Priya Nair from the Data team.</p>
<p>Please use the button below to choose a time that works for you. Times are shown in your local time zone.</p>
<p><a href="https://app.ashbyhq.com/scheduling/7c1e2" style="background:#5b4cf0;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none">Pick a time</a></p>
<p>If none of the available times work, just reply to this email and we'll find something else.</p>
<p>Best,<br>Brindle Capital Recruiting</p>
</body></html>""", labels=["interview_request"]))

_uid36 = "4n2v8q1kst0b8r@google.com"
A(msg("r4-036.eml", "Ewan Doyle <ewan.doyle@kestrelmaps.com>", ME,
      "2026-03-11 10:02 +0000",
      "Invitation: Rhiannon Okafor / Kestrel - Final interview @ Thu 19 Mar 2026 3pm - 4pm (GMT) (rhiannon.okafor@gmail.com)",
      """You have been invited to the following event.

Rhiannon Okafor / Kestrel - Final interview
When: Thursday 19 Mar 2026 3pm - 4pm (GMT)
Joining info: Join with Google Meet meet.google.com/xqa-hwtz-pkd
Calendar: rhiannon.okafor@gmail.com
Who:
 * Ewan Doyle - organiser
 * Claire Boateng
 * rhiannon.okafor@gmail.com

Going (rhiannon.okafor@gmail.com)?   Yes - Maybe - No    more options

Invitation from Google Calendar
You are receiving this email because you are an attendee of the event.
""", ics=ics("REQUEST", _uid36, "20260319T150000Z", "20260319T160000Z",
             "Rhiannon Okafor / Kestrel - Final interview", "Ewan Doyle <ewan.doyle@kestrelmaps.com>",
             ["Claire Boateng <claire.boateng@kestrelmaps.com>", ME],
             location="https://meet.google.com/xqa-hwtz-pkd",
             description="Final round: 30 min with Claire (VP Product)\nand 30 min with Ewan.",
             stamp="20260311T100200Z"),
      labels=["interview_request"]))

A(msg("r4-037.eml", "Ewan Doyle <ewan.doyle@kestrelmaps.com>", ME,
      "2026-03-13 09:41 +0000",
      "Cancelled event: Rhiannon Okafor / Kestrel - Final interview @ Thu 19 Mar 2026 3pm - 4pm (GMT)",
      """This event has been cancelled and removed from your calendar.

Rhiannon Okafor / Kestrel - Final interview
When: Thursday 19 Mar 2026 3pm - 4pm (GMT)
Calendar: rhiannon.okafor@gmail.com
Who:
 * Ewan Doyle - organiser
 * Claire Boateng
 * rhiannon.okafor@gmail.com

Invitation from Google Calendar
""", ics=ics("CANCEL", _uid36, "20260319T150000Z", "20260319T160000Z",
             "Rhiannon Okafor / Kestrel - Final interview", "Ewan Doyle <ewan.doyle@kestrelmaps.com>",
             ["Claire Boateng <claire.boateng@kestrelmaps.com>", ME], seq=1,
             stamp="20260313T094100Z"),
      labels=[]))

A(msg("r4-038.eml", "Oracle Talent <do-not-reply@taleo.net>", ME,
      "2026-03-26 02:14 -0700", "Your application for Data Quality Analyst (Job Number: 2600419)",
      """Dear Rhiannon Okafor,

Thank you for your interest in the Data Quality Analyst position at Castellan Energy.

After careful review of your application and qualifications, we have decided to move forward
with other candidates whose qualifications more closely align with the requirements of this
position at this time.

We encourage you to continue to visit our career site and apply for future openings that match
your skills and experience.

Sincerely,
Castellan Energy Talent Acquisition

This is an automated message; replies to this address are not monitored.
""", labels=["rejection"]))

A(msg("r4-039.eml", "Staffing Services <staffing@st-aldhelm.ox.ac.uk>", ME2,
      "2026-04-02 11:26 +0100", "Postdoctoral Research Associate in Health Data Science",
      """Dear Dr Okafor,

Postdoctoral Research Associate in Health Data Science (Vacancy 183240)

Thank you for attending interview on 26 March. I am writing to let you know that the panel has
now made an appointment to this post.

The panel asked me to pass on that they were impressed by the quality of the field and by your
presentation in particular. Thank you for your interest in working at the College, and we wish
you every success in your career.

Yours sincerely,

Elizabeth Warne
HR Officer
""", labels=["rejection"]))

A(msg("r4-040.eml", "Nick Szabo-Reid <nick@fieldnote.studio>", ME,
      "2026-04-03 19:58 +0100", "update",
      """Hey Rhiannon - wanted to give you a straight answer rather than leave you hanging. We've gone
with someone from inside the team in the end, Asha has been covering the role since January and
it felt wrong not to give it to her. Genuinely sorry, you were a close second. Let's grab a
pint sometime.

Nick
""", labels=["rejection"]))

A(msg("r4-041.eml", "Oakmont Retail <noreply@smartrecruiters.com>", ME,
      "2026-04-06 13:00 +0000", "Update on your application",
      html="""<html><body style="font-family:Arial">
<p>Dear Rhiannon,</p>
<p>We wanted to let you know about an update to your application.</p>
<table style="border-collapse:collapse" border="1" cellpadding="6">
<tr><th align="left">Position</th><th align="left">Location</th><th align="left">Status</th></tr>
<tr><td>Merchandise Analyst</td><td>Sheffield, UK</td><td>Not selected</td></tr>
</table>
<p>While we will not be moving forward with your application for this position, we appreciate the time you
invested and hope you will consider Oakmont for future opportunities.</p>
<p>Oakmont Retail Talent Team</p>
<p style="font-size:10px">Powered by SmartRecruiters. <a href="https://jobs.smartrecruiters.com/me">Manage your profile</a></p>
</body></html>""", labels=["rejection"]))

A(msg("r4-042.eml", "Bronwyn Tait <bronwyn.tait@coastlinewater.com.au>", ME,
      "2026-04-09 16:05 +1000", "Offer of Employment - Senior Data Scientist",
      """Dear Rhiannon,

Further to our conversation this afternoon, I am very pleased to formally offer you the position
of Senior Data Scientist with Coastline Water, commencing on a date to be agreed.

Your total remuneration package will be AUD 146,000 per annum, comprising a base salary of
AUD 132,000 plus superannuation at 11.5%. Details of the relocation assistance we discussed are
included in the attached letter.

Please review the attached letter of offer and employment contract, and return signed copies
by 23 April. If you have any questions at all, please give me a call.

We're really looking forward to having you on the team.

Kind regards,
Bronwyn Tait
People & Culture Business Partner
Coastline Water | Gold Coast QLD
""", labels=["offer", "salary_discussed"],
      attach=[("Letter_of_Offer_R_Okafor.pdf", "application", "pdf", SMALL_PDF)]))

A(msg("r4-043.eml", "Tom Ferreira <tom.ferreira.builds@gmail.com>", ME,
      "2026-04-10 23:12 -0700", "making it official",
      """Rhiannon - we all loved you. Tanvi said it was the best take-home she's seen.

Want to make it official: we'd like to offer you the role of founding data engineer. 95k base +
0.4% equity (4yr vest, 1yr cliff), full remote, and we'll fly you out to Lisbon for the team
week in June. Could you start 1 June, or is your notice longer than that?

let me know what you think, happy to jump on a call tomorrow

tom
""", labels=["offer", "salary_discussed", "notice_period_asked"]))

A(msg("r4-044.eml", "Ritu Saxena <ritu.saxena@nexgenstaffing.co.in>", ME,
      "2026-04-13 11:42 +0530", "Reference details required - Lead Data Engineer - Pune",
      """Dear Rhiannon,

Hope you are doing well.

As discussed over call, client has shortlisted your candidature for the final HR discussion.
Kindly share 2 professional references with contact nos. and email ids at the earliest,
preferably your reporting managers from current and previous organisation.

Also please share your last 3 months payslips for verification.

Thanks and Regards,
Ritu Saxena
Team Lead - IT Recruitment
NexGen Staffing Solutions
""", labels=["references_requested"]))

A(msg("r4-045.eml", "Onboarding Team <onboarding@pellucid-insurance.com>", ME,
      "2026-04-15 10:20 -0400", "Pre-employment screening - status",
      """Hi Rhiannon,

A quick note to let you know we have started your background check with our screening partner,
and we have reached out to the two referees you provided (Marcus Hale and Dr Alan Reeve). They
will receive an email from references@hireright-mail.com with a short questionnaire.

You don't need to do anything else for now. We will update you once everything has come back.

Best regards,
Pellucid Onboarding
""", labels=["references_contacted"]))

A(msg("r4-046.eml", "Vireo Systems <no-reply@recruitee.com>", ME,
      "2026-04-08 09:03 +0200", "We received your application - BI Engineer",
      """Hi Rhiannon,

Thank you for applying for the position of BI Engineer at Vireo Systems. We have received your
application and our hiring team will review it carefully.

We aim to get back to all applicants within two weeks.

Kind regards,
Vireo Systems
Amsterdam · Utrecht

This message was sent by Recruitee on behalf of Vireo Systems.
""", labels=["application_received", "timeline_stated"], by="2026-04-22"))

A(msg("r4-047.eml", "Lumen Health <no-reply@teamtailor.com>", ME,
      "2026-05-15 11:30 +0100", "Lumen Health would like to meet you",
      html="""<html><body><div style="max-width:560px;margin:auto;font-family:sans-serif">
<img src="https://assets.teamtailor-cdn.com/lumen/logo.png" alt="Lumen Health" width="120">
<p>Hi Rhiannon!</p>
<p>Thanks for your application for <b>Analytics Engineer</b>. We'd like to invite you to a first interview
with our Head of Data, Ola.</p>
<p>It's a relaxed 30 minute video call. Book a time that suits you:</p>
<p><a href="https://lumenhealth.teamtailor.com/meetings/book/2211">Book meeting</a></p>
<p>Speak soon,<br>Lumen Health</p></div></body></html>""", labels=["interview_request"]))

A(msg("r4-048.eml", "Chloe Adeyemi <chloe@northstar-search.com>", ME,
      "2026-05-18 18:47 +0100", "Re: Great to chat",
      """Can u do 30 mins tmrw am w/ Jess? She's the HM. 9.30 or 10.15, lmk which and I'll send an invite x

Sent from my iPhone
""" + wrote("2026-05-13 17:02 +0100", "Chloe Adeyemi <chloe@northstar-search.com>",
            "Thanks for your time today Rhiannon, really great chatting."),
      labels=["interview_request"]))

A(msg("r4-049.eml", "Sam Ortiz <sam.ortiz@brindlecapital.com>", ME,
      "2026-05-12 14:14 -0400", "a couple of admin questions",
      """Hi Rhiannon,

Priya was impressed with the technical round. While she writes up her notes, a couple of admin
questions from my side: what is your notice period at your current company, and do you have any
holidays booked over July? Just so we can plan around it.

Thanks!
Sam
""", labels=["notice_period_asked"]))

A(msg("r4-050.eml", "Jordan Blake <jordan.blake@ridgelinetalent.com>", ME,
      "2026-06-10 12:26 -0700", "RE: Staff Analyst - Portland",
      """Hey Rhiannon,

Quick one. I checked with the hiring manager and the range for this role is $140-155k base plus
a 10% target bonus. They had a great time with you on Monday and they'll decide by the end of next
week once they've wrapped the last two loops.

Jordan
""", labels=["salary_discussed", "timeline_stated"], by="2026-06-19"))

A(msg("r4-051.eml", "Allotments Officer <allotments@leeds.gov.uk>", ME,
      "2026-06-11 10:00 +0100", "Your allotment application",
      """Dear Ms Okafor

Thank you for your application to join the waiting list for Potternewton allotments. Your
application has been received and added to the list.

Your current position on the waiting list is 14. Plots typically become available in the autumn;
we will contact you when a plot is offered to you. If you decline an offer you will keep your
position.

Parks and Countryside Service
""", labels=[]))

A(msg("r4-052.eml", "Roundhay Juniors FC <secretary@roundhayjuniors.org.uk>", ME,
      "2026-06-12 21:05 +0100", "U9s - coaching course + next steps for September",
      """Hi all,

Huge thanks to the parents who've offered to help out next season. Next steps:

- The FA are offering a free Introduction to Coaching course on 4 July; let me know by Friday if
  you'd like a place and I'll put your name forward.
- DBS checks: I'll need references for anyone taking on a coaching role, it's just a form.
- We'll get back to you next week with the training times once the pitch booking is confirmed.

Cheers,
Mel (club secretary)
""", labels=[]))

A(msg("r4-053.eml", "Planning Services <planning@leeds.gov.uk>", ME,
      "2026-06-15 14:30 +0100", "Planning application 26/04122/FU - acknowledgement",
      """Dear Applicant

Proposal: Single storey rear extension
Location: 14 Gledhow Wood Grove, Leeds

Your planning application has been received and validated and is now under review. A decision
is expected within 8 weeks of the validation date. Neighbours will be consulted and may comment
on the proposal.

If you have not received a decision within this period, you may have the right to appeal.

Planning Services, Leeds City Council
""", labels=[]))

A(msg("r4-054.eml", "Chapel Allerton Primary <office@chapelallerton-primary.sch.uk>", ME,
      "2026-06-16 15:45 +0100", "Parent interviews - booking now open",
      """Dear Parents and Carers,

Parent interviews for Year 2 will take place on Tuesday 30 June and Thursday 2 July. Each
interview is 10 minutes. Please book a slot through the ParentMail app by Friday.

If none of the times offered suit you, please contact the school office and we will get back to
you with an alternative.

Thank you,
Mrs J. Holloway, Office Manager
""", labels=[]))

A(msg("r4-055.eml", "Nationwide Mortgages <mortgages@nationwide-alerts.co.uk>", ME,
      "2026-06-17 09:00 +0100", "Your mortgage offer is ready",
      """Dear Rhiannon Okafor,

Good news - your mortgage offer is ready. We've sent a copy to your solicitor.

Your offer is valid for 6 months. Please read it carefully and contact us if anything is not as
you expect. Your application reference is MA-77120391.

Next steps: your solicitor will now arrange the exchange of contracts.

Nationwide Building Society
""", labels=[]))

A(msg("r4-056.eml", "Jira <jira@brightwell.atlassian.net>", "Rhiannon Okafor <rhiannon.okafor@brightwell.co.uk>",
      "2026-06-17 11:22 +0100", "[JIRA] (DP-2281) Offer page events rejected by schema validator",
      """Ahmed Siddiqui changed the status to Rejected on DP-2281

DP-2281: Offer page events rejected by schema validator
Change By: Ahmed Siddiqui
Status: In Review -> Rejected
Resolution: Won't Do

Comment: Duplicate of DP-2270. The position field was missing from the interview-app payload;
fixed there. Next steps are in that ticket.

This message was sent by Atlassian Jira (v9.12.2#912002)
""", labels=[], headers={"Auto-Submitted": "auto-generated"}))

A(msg("r4-057.eml", "Catriona Bell <catriona.bell@gmail.com>", ME,
      "2026-06-18 20:14 +0100", "book club - July",
      """Hiya,

July's pick is "The Interview" by Tessa Lund (the one about the journalist, not the film). I
know a few of you asked for references to the articles she mentions, I'll send links.

Venue TBC - Sara has offered her garden if it's dry, I'll get back to you by Friday.

C x
""", labels=[]))

A(msg("r4-058.eml", "Hays Insights <insights@hays-salaryguide.co.uk>", ME,
      "2026-06-19 08:00 +0100", "Salary Guide 2026: what data professionals are earning",
      html="""<html><body><h2>Salary &amp; Recruiting Trends 2026</h2>
<p>Are you being paid what you're worth? Our survey of 12,000 professionals shows offers are up 4.1% year on year.</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th>Role</th><th>London</th><th>North</th><th>Contract day rate</th></tr>
<tr><td>Data Analyst</td><td>£45-60k</td><td>£35-48k</td><td>£350-450</td></tr>
<tr><td>Data Engineer</td><td>£65-90k</td><td>£55-72k</td><td>£500-650</td></tr>
<tr><td>Head of Data</td><td>£110-140k</td><td>£90-115k</td><td>£800-1,000</td></tr>
</table>
<p>72% of employers plan to increase interview stages this year. Download the full guide.</p>
<p style="font-size:10px">You are receiving this because you registered with us. Unsubscribe.</p></body></html>""",
      labels=[], headers={"List-Unsubscribe": "<mailto:unsub@hays-salaryguide.co.uk>"}))

A(msg("r4-059.eml", "Ahmed Siddiqui <ahmed.siddiqui78@gmail.com>", ME,
      "2026-06-22 13:40 +0100", "Fwd: Lead Analytics Engineer - Yorkshire Building Soc",
      """Hey R - this came to me but they're really after you, I said I'd pass it on. Good luck!!

---------- Forwarded message ---------
From: Leanne Fairclough <leanne.fairclough@northstar-search.com>
Date: Mon, 22 Jun 2026 at 12:58
Subject: Lead Analytics Engineer - Yorkshire Building Soc
To: Ahmed Siddiqui <ahmed.siddiqui78@gmail.com>

Hi Ahmed,

I know you're happy where you are, but I've been trying to get hold of Rhiannon Okafor - the
hiring manager saw her talk at dbt Coalesce and would like to meet her for an informal first
interview. Could you ask her to get in touch or send me her availability for a 30 minute call
next week?

Thanks so much,
Leanne
""", labels=["interview_request"]))

_p60 = "<CAH9x7q=r8K2@mail.gmail.com>"
A(msg("r4-060.eml", "Jess Lindqvist <jess.lindqvist@yorkshirebs.co.uk>", ME,
      "2026-06-24 09:12 +0100", "RE: Availability",
      """Perfect, Tuesday at 2pm it is. I'll send the Teams invite shortly - it'll be me and Rob
from the platform team, about an hour.

Jess
""" + wrote("2026-06-23 21:30 +0100", "Rhiannon Okafor <rhiannon.okafor@gmail.com>",
            """Hi Jess,

Thanks for getting in touch. I'm free Tuesday afternoon (any time after 1) or Wednesday
morning next week.

Best,
Rhiannon"""),
      labels=["interview_request"], parent=_p60))
