"""English set, messages e001-e040 (hand-written)."""

from en_common import HANNAH, ROHAN, SIOBHAN, TOM, m
from mailkit import date, ics

LEGAL = """
--
Ashcombe Reid LLP is a limited liability partnership registered in England and Wales
(OC301772). A list of members is available for inspection at our registered office,
14 Friar Lane, Leicester LE1 5RA. Authorised and regulated by the Solicitors Regulation
Authority (SRA no. 518233).
This email and any attachments are confidential and may be legally privileged. If you
are not the intended recipient please notify the sender and delete it. Nothing in this
email constitutes an offer of employment or forms part of any contract unless expressly
stated. We will never change our bank details by email.
"""

m("e001_greenhouse_receipt_logistics.eml", ["application_received"],
  frm="Northbound Freight Talent <no-reply@us.greenhouse-mail.io>", to=HANNAH,
  when=date("2026-11-02 08:03"), subject="Thanks for applying to Northbound Freight!",
  headers={"Reply-To": "no-reply@us.greenhouse-mail.io"},
  text="""Hi Hannah,

Thanks for your interest in Northbound Freight! We've received your application for
Senior Transport Planner (Midlands Hub) and our recruiting team is reviewing it now.

If your background looks like a match, someone from the team will reach out about next
steps. In the meantime, you can learn more about life on the road (and off it) at
northboundfreight.co.uk/careers.

Best,
The Northbound Freight Talent Team

Please do not reply to this message - this inbox is not monitored.
""",
  html="""<html><body style="font-family:Arial,sans-serif;color:#222">
<p>Hi Hannah,</p>
<p>Thanks for your interest in Northbound Freight! We've received your application for
<b>Senior Transport Planner (Midlands Hub)</b> and our recruiting team is reviewing it now.</p>
<p>If your background looks like a match, someone from the team will reach out about next
steps. In the meantime, you can learn more about life on the road (and off it) at
<a href="https://northboundfreight.co.uk/careers">our careers site</a>.</p>
<p>Best,<br>The Northbound Freight Talent Team</p>
<p style="font-size:11px;color:#888">Please do not reply to this message - this inbox is not monitored.</p>
</body></html>""")

m("e002_workday_receipt_manufacturing.eml", ["application_received", "timeline_stated"], "2026-11-16",
  frm="Hollis Precision Careers <hollisprecision@myworkday.com>", to=TOM,
  when=date("2026-11-02 11:47"), subject="Application Received - Production Engineering Lead (R-004417)",
  text="""Dear Tom,

Thank you for applying for the position of Production Engineering Lead (R-004417) at our
Telford site. This email confirms that your application has been successfully submitted.

What happens next?
Our Talent Acquisition team and the hiring manager will review all applications. We aim
to contact every applicant within ten working days of this email, whatever the outcome.

You can check the status of your application at any time by signing in to your
candidate home account.

Kind regards,
Talent Acquisition
Hollis Precision Components Ltd

This is a system-generated email. Replies to this address are not read.
""")

m("e003_agency_contract_client_wants_to_see_you.eml", ["interview_request", "salary_discussed"],
  frm="Gaz Whitlock <gary.whitlock@sterlingcrest-recruitment.co.uk>", to=TOM,
  when=date("2026-11-03 16:22"), subject="Hollis - controls contract",
  text="""Tom,

Good news mate, the client wants to see you. They've asked if you can get down to the
Daventry site for an hour on Thursday at 2pm, meet Sanjay (engineering manager) and one
of the shift leads and have a walk round the line.

One thing before I confirm - what day rate are you looking for? They've told me they're
capped at 525/day outside IR35 for the first 6 months, I said I thought you'd be around
that but want to check with you first.

Give me a bell when you're out of your meeting.

Cheers
Gaz

Gary Whitlock | Senior Consultant - Engineering & Manufacturing
Sterlingcrest Recruitment | 01327 300 412 | 07700 900 318
Sterlingcrest Recruitment Ltd acts as an employment business in relation to contract
and temporary placements.
""")

m("e004_lawfirm_warm_final_rejection.eml", ["rejection"],
  frm="Clare Pemberton <c.pemberton@ashcombereid.co.uk>", to=SIOBHAN,
  when=date("2026-11-04 17:36"), subject="Senior Associate - Commercial Property",
  text="""Dear Siobhan,

I wanted to write to you personally rather than have this come from our HR system.

Thank you so much for the time you gave us over the last few weeks - the initial
conversation with me, the written exercise, and last Tuesday's final panel with
Richard, Anjali and myself. Everybody who met you came away impressed, and I know that
isn't always said sincerely, but here I mean it: your answer on the overage provisions
in the case study was the best we heard.

It was a genuinely difficult decision, and after a long discussion on Monday the partners
decided to appoint a candidate who has spent the last four years on a client team very
close to ours and can pick up two of our largest matters immediately. That was the
deciding factor, and not anything you did or didn't do.

I realise this will be disappointing, particularly after a final round. If it would help,
I would be very happy to have a call and go through the panel's notes with you - just
let me know a time that suits.

We are likely to be hiring again in the property team next year, and I would very much
like to stay in touch.

With warmest wishes,

Clare

Clare Pemberton
Partner, Real Estate
Ashcombe Reid LLP
""" + LEGAL)

m("e005_school_interview_day_referees.eml", ["interview_request", "references_requested"],
  frm="Mrs J Fairclough (HR) <hr@stcuthbertsacademy.org.uk>", to=HANNAH,
  when=date("2026-11-05 13:10"), subject="Interview - Teacher of Geography (maternity cover)",
  text="""Dear Ms Okafor

Thank you for your application for the post of Teacher of Geography (maternity cover).
I am pleased to invite you to interview at St Cuthbert's Academy on Wednesday 18th
November 2026. Please report to main reception for 8.45am.

The day will consist of:
  - a tour of the school with two of our Year 10 students
  - a 30 minute observed lesson with a Year 8 group (topic: rivers and flooding; class
    size 27, a seating plan and SEND information will be emailed to you on Monday)
  - a student panel
  - a formal interview with the Headteacher and Head of Humanities

Please bring photographic ID, proof of your address and your original degree and QTS
certificates for our Single Central Record.

As we are unable to see your referees' details on the form, could you please reply with
the name, job title, email and telephone number of two referees, one of whom must be
your current or most recent headteacher? We are unable to confirm your place at
interview until we have these details.

Please confirm your attendance by return.

Kind regards

Jane Fairclough
HR & Recruitment Officer
St Cuthbert's Academy - part of the Lindisfarne Learning Trust
""")

m("e006_gradscheme_online_tests.eml", ["timeline_stated"], "2026-11-20",
  frm="Carrow & Lyle Early Careers <earlycareers@carrowlyle-careers.com>", to=ROHAN,
  when=date("2026-11-06 10:00"), subject="Next step: your online tests - Audit & Assurance Graduate Programme 2027",
  text="""Dear Rohan,

Thank you for applying to the Carrow & Lyle Audit & Assurance Graduate Programme 2027.

We'd now like you to complete our online tests: a situational judgement test (about
20 minutes) and a numerical reasoning test (about 25 minutes). You can find the link
in your applicant portal. Please complete both by 23:59 on Sunday 15 November.

We'll let you know the outcome by Friday 20 November either way.

Top tips: find a quiet space, have a calculator and some paper ready, and check your
internet connection before you start.

Good luck!
Early Careers Team
Carrow & Lyle LLP
""")

m("e007_hirevue_video_interview.eml", ["interview_request"],
  frm="Meridian Bank Graduate Recruitment <noreply@hirevue.com>", to=ROHAN,
  when=date("2026-11-09 09:12"), subject="Meridian Bank: Video Interview Invitation",
  html="""<html><body style="margin:0;padding:0;background:#f4f4f4">
<table width="100%" cellpadding="0" cellspacing="0" style="background:#f4f4f4"><tr><td align="center">
<table width="600" cellpadding="24" style="background:#ffffff;font-family:Helvetica,Arial;font-size:14px">
<tr><td><img src="https://cdn.hirevue.com/meridian/logo.png" alt="Meridian Bank" width="160"></td></tr>
<tr><td>
<p>Hello Rohan,</p>
<p>Congratulations! Following your online assessments, we would like to invite you to
complete a <b>video interview</b> for the <b>2027 Technology Graduate Programme</b>.</p>
<p>The interview consists of 6 pre-recorded questions. You will have 30 seconds to prepare and up
to 3 minutes to answer each one. Please complete it within 5 days of receiving this
invitation.</p>
<p style="text-align:center"><a href="https://app.hirevue.com/i/7Kx2Qp" style="background:#00594f;color:#fff;padding:12px 28px;text-decoration:none;border-radius:4px">Start Interview</a></p>
<p>Best of luck,<br>Meridian Bank Early Careers</p>
</td></tr>
<tr><td style="font-size:11px;color:#777">Powered by HireVue. Need help? Visit support.hirevue.com</td></tr>
</table></td></tr></table></body></html>""")

m("e008_assessment_centre_invite.eml", ["interview_request"],
  frm="Graduate Recruitment <graduates@thamesvale-water.co.uk>", to=ROHAN,
  when=date("2026-11-10 15:30"), subject="Invitation to Assessment Centre - Engineering Graduate Scheme",
  text="""Dear Rohan,

Congratulations on successfully completing the online tests and video interview for our
Engineering Graduate Scheme. We would like to invite you to our final stage assessment
centre.

Date: Thursday 3 December 2026
Time: 09:00 - 16:00
Venue: Thames Vale Water, Kennet House, Reading RG1 8DB

The day includes a group exercise, a written case study, a presentation (brief to follow)
and a competency interview with two of our senior engineers.

Please book your slot via the portal by Friday so we can arrange lunch and any
adjustments you may need. Reasonable travel expenses will be reimbursed.

Kind regards,
Graduate Recruitment Team
Thames Vale Water
""")

m("e009_ooo_with_headers.eml", [],
  frm="Priya Sandhu <priya.sandhu@fennickmfg.com>", to=HANNAH,
  when=date("2026-11-10 18:02"), subject="Automatic reply: Interview availability",
  headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All",
           "Precedence": "auto_reply"},
  in_reply_to="<CAF3x9k2Lm@mail.gmail.com>",
  text="""Thank you for your email. I'm out of the office until Monday 16 November with
limited access to email.

For anything about interview scheduling please contact talent@fennickmfg.com and one of
the team will help. For urgent offer or contract queries please call 01902 554 100.

Priya
""")

m("e010_ooo_no_headers.eml", [],
  frm="Graduate Programme <grads@ketterwell.ac.uk>", to=ROHAN,
  when=date("2026-11-06 12:00"), subject="Re: Question about the interview dates",
  in_reply_to="<b91c2e0d@outlook.com>",
  text="""Thank you for your message.

I am currently on annual leave, returning Monday 9th November. Your email has not been
forwarded. If your query is about an interview or an offer for the Graduate Trainee
programme, please contact recruitment@ketterwell.ac.uk and a colleague will respond
within two working days.

Best wishes
Lorraine Beck
Graduate Programme Coordinator
""")

m("e011_podcast_newsletter.eml", [],
  frm="The Long Haul Podcast <hello@longhaulpod.fm>", to=TOM,
  when=date("2026-11-05 07:00"), subject="This week: our interview with the woman who runs Felixstowe's night shift",
  headers={"List-Unsubscribe": "<https://longhaulpod.fm/u/88231>", "Precedence": "bulk"},
  text="""THE LONG HAUL - episode 112

This week's interview is with Dee Marsh, who has run the night shift at the port for
eleven years. She talks about the role of the crane drivers, the offer she turned down
from a rival terminal, and why she thinks the next steps for automation are being
oversold. She also reads out her application letter from 1998, which is a treat.

Listen on any podcast app. If you enjoy it, please leave us a review - it really
helps new listeners find the show.

Next week: we interview a customs broker about post-Brexit paperwork. Questions for her?
Reply to this email.

Unsubscribe | Manage preferences
""")

m("e012_shop_offer.eml", [],
  frm="Halfords <offers@e.halfords.com>", to=TOM,
  when=date("2026-11-07 06:15"), subject="Tom, your exclusive offer ends Sunday",
  headers={"List-Unsubscribe": "<mailto:unsub@e.halfords.com>", "Precedence": "bulk"},
  html="""<html><body style="font-family:Arial">
<table width="600" align="center" style="border:1px solid #eee"><tr><td style="background:#f60;color:#fff;padding:16px;font-size:22px">
Your offer: 20% off winter essentials</td></tr>
<tr><td style="padding:16px">Hi Tom, as a Motoring Club member we're delighted to offer you 20% off
screenwash, wiper blades and batteries. Simply show this email in store or use code WINTER20
at checkout. Application of the discount is automatic for members signed in online.<br><br>
Offer ends 23:59 Sunday 8 November. Excludes fitting services.</td></tr>
<tr><td style="font-size:10px;color:#999;padding:16px">You're receiving this because you're a Motoring Club member. Unsubscribe.</td></tr>
</table></body></html>""")

m("e013_parcel_position.eml", [],
  frm="DPD <notifications@dpd.co.uk>", to=SIOBHAN,
  when=date("2026-11-09 08:41"), subject="Your DPD parcel is on its way",
  text="""Hi Siobhan,

Your parcel from ASOS is out for delivery today.

Your driver is Lukasz and your parcel is at position 14 in today's route. We'll send you
a 1-hour window shortly. Not going to be in? You can choose to deliver to a neighbour,
a safe place or a DPD Pickup shop.

Track your parcel: https://track.dpd.co.uk/p/15501234567890

DPD UK - Our people make the difference
""")

m("e014_game_patch_notes.eml", [],
  frm="Stormhold Online <news@stormhold-game.com>", to=ROHAN,
  when=date("2026-11-10 19:00"), subject="Patch 4.2: new Warden role, ranked changes and more",
  headers={"List-Id": "Stormhold News <news.stormhold-game.com>", "Precedence": "bulk"},
  text="""Patch 4.2 is live!

NEW ROLE: The Warden. A support role that trades damage for shields. Unlock it by
completing the Ashen Gate questline.

RANKED: Placement matches are down from 10 to 5. Your final position last season decides
your starting tier.

ENGINE: Application of the update may take a few minutes on first launch while shaders
recompile. If the launcher hangs, select "Verify files".

Guild recruitment is open - find a guild that fits your schedule in the Social tab.

See you in the Hold.
""")

m("e015_landlord_boiler.eml", [],
  frm="Martin Cole <martin.cole1961@btinternet.com>", to=HANNAH,
  when=date("2026-11-11 20:14"), subject="Re: Boiler again",
  in_reply_to="<CAH77aa1@mail.gmail.com>",
  text="""Hi Hannah

Sorry to hear it's playing up again. I've spoken to the engineer and he'll give me his
offer for a replacement unit rather than another repair. We'll get back to you next week
once I have the quote and we can agree a date that suits you for the work.

In the meantime the fan heater is in the loft if you need it.

Martin

Sent from my iPad

On 11 Nov 2026, at 19:02, Hannah Okafor <hannah.okafor@gmail.com> wrote:

> Hi Martin, the boiler pressure has dropped to zero again, third time this month.
> Could someone take a look? I'm around all week apart from Thursday afternoon. Thanks, H
""")

m("e016_paper_review_references.eml", [],
  frm="Journal of Transport Geography <em@editorialmanager.com>", to=SIOBHAN,
  when=date("2026-11-12 14:27"), subject="JTRG-D-26-01187: decision on your manuscript",
  text="""Ref.: Ms. No. JTRG-D-26-01187
Freight consolidation centres and last-mile emissions: evidence from three UK cities

Dear Dr Kelly,

Reviewers have now commented on your paper. You will see that they are advising that
you revise your manuscript. If you are prepared to undertake the work required, I would
be pleased to reconsider my decision.

Reviewer #2: The references section omits the key 2019 work on urban consolidation and
several citations are incomplete. The application of the gravity model in section 4
needs justification. Table 3's position in the text is confusing.

Please submit your revision within 60 days. We expect to reach a final decision within
four weeks of receiving it.

Yours sincerely,
Prof. Alan Hughes, Editor
""")

m("e017_hm_asked_to_interview_others.eml", [],
  frm="Becky Doyle <becky.doyle@castlemeadlogistics.co.uk>", to="Hannah Okafor <hannah.okafor@castlemeadlogistics.co.uk>",
  when=date("2026-11-12 10:03"), subject="Data Analyst shortlist - can you interview?",
  text="""Hi Hannah,

We've got the shortlist for your Data Analyst vacancy - 3 candidates attached. Can you
send me your availability next week to interview them? Ideally 45 mins each, on site,
with Paul sitting in as second interviewer.

Once you've done the interviews, let me know who you'd like to offer and I'll get the
offer letter out and request references. Salary band is signed off at 32-36k.

Thanks!
Becky
People Team, Castlemead Logistics
""")

m("e018_hm_internal_offer_approval.eml", [],
  frm="Workday <castlemead@myworkday.com>", to="Hannah Okafor <hannah.okafor@castlemeadlogistics.co.uk>",
  when=date("2026-11-19 09:30"), subject="Approval complete: Offer for Jamal Reid - Data Analyst (JR-2231)",
  text="""Hello Hannah,

The offer for Jamal Reid (Data Analyst, JR-2231) has been approved by all approvers.

Next steps for you as hiring manager:
 - Call the candidate to make the verbal offer
 - The People Team will issue the written offer and start reference checks

View the business process in Workday.
""")

m("e019_referee_gave_reference.eml", ["references_contacted"],
  frm="Dr Paul Whitcombe <p.whitcombe@leeds-trinity.ac.uk>", to=SIOBHAN,
  when=date("2026-11-13 11:58"), subject="Greyfriars",
  text="""Hi Siobhan,

Just a quick note to say I had a call from Greyfriars' HR this morning and spent twenty
minutes telling them how brilliant you are. They asked about the consolidation centre
project and your supervision of the MSc students, both of which I was happy to talk
about at length. They said they'd also be speaking to Ruth.

Fingers crossed - let me know how it goes.

Paul
""")

m("e020_referee_happy_to_help.eml", [],
  frm="Ruth Adeyemi <ruthadeyemi@gmail.com>", to=SIOBHAN,
  when=date("2026-11-03 21:40"), subject="Re: favour to ask",
  in_reply_to="<F9A7C1E2@icloud.com>",
  text="""Of course, happy to be a referee! Give them my mobile (07700 900 655) rather than
my work email, I'm barely checking it at the moment. Good luck, you deserve this one.

R x

> On 3 Nov 2026, at 20:15, Siobhan Kelly <siobhan.kelly@icloud.com> wrote:
>
> Hi Ruth, hope you're well! I've applied for the research lead role at Greyfriars
> and they've asked for two references. Would you mind being one of them?
""")

m("e021_conditional_offer_paralegal.eml", ["offer", "references_contacted", "salary_discussed"],
  frm="Ashcombe Reid HR <recruitment@ashcombereid.co.uk>", to=HANNAH,
  when=date("2026-11-13 15:05"), subject="Conditional offer of employment - Senior Paralegal",
  text="""Dear Hannah,

Further to your interview with Mark Tennant and Sue Lowe, I am delighted to offer you the
position of Senior Paralegal in our Private Client team, based in our Leicester office.

This offer is conditional upon:
  1. satisfactory references covering the last three years;
  2. a basic DBS check; and
  3. evidence of your right to work in the UK.

We will now contact the referees you named in your application and will let you know as
soon as we hear from them.

Your starting salary will be GBP 38,500 per annum, with 25 days' holiday plus bank
holidays and a 5% employer pension contribution. Your contract will follow under
separate cover.

Please confirm your acceptance of this conditional offer by replying to this email.

Yours sincerely,

Amrit Dhaliwal
HR Manager
""" + LEGAL)

m("e022_job_alert_interview_tips.eml", [],
  frm="Totaljobs <jobalerts@totaljobs.com>", to=TOM,
  when=date("2026-11-14 06:30"), subject="12 new Production Engineer jobs + 5 interview tips",
  headers={"List-Unsubscribe": "<https://www.totaljobs.com/unsubscribe>", "Precedence": "bulk"},
  html="""<html><body style="font-family:Verdana;font-size:13px">
<h2 style="color:#8c1d82">Your daily job alert: Production Engineer near Telford</h2>
<table cellpadding="8" style="border-collapse:collapse">
<tr style="background:#f5f5f5"><td><b>Production Engineer</b><br>Kerrison Plastics - Shrewsbury</td><td>GBP 42,000 - 48,000</td><td><a href="#">Apply now</a></td></tr>
<tr><td><b>Senior Manufacturing Engineer</b><br>Alderton Aerostructures - Wolverhampton</td><td>GBP 50,000</td><td><a href="#">Apply now</a></td></tr>
<tr style="background:#f5f5f5"><td><b>Continuous Improvement Lead</b><br>Confidential - Stafford</td><td>Competitive</td><td><a href="#">Easy apply</a></td></tr>
</table>
<h3>5 interview tips for engineers</h3>
<ol><li>Research the company's products before your interview.</li>
<li>Prepare a STAR example for a root-cause investigation.</li>
<li>Have a question ready about next steps and the timeline.</li>
<li>Know your notice period and salary expectations.</li>
<li>Send a thank-you email within 24 hours.</li></ol>
<p style="font-size:10px;color:#888">You're receiving this job alert because you signed up at totaljobs.com. Unsubscribe.</p>
</body></html>""")

m("e023_indian_agency_ctc_notice.eml", ["salary_discussed", "notice_period_asked", "interview_request"],
  frm="Deepika Nair <deepika.n@talentbridge-hr.in>", to=ROHAN,
  when=date("2026-11-16 11:20", "+0530"), subject="Opportunity with Varuna Capital - AVP Risk Analytics | Mumbai",
  text="""Dear Rohan,

Greetings from TalentBridge HR Solutions!

As discussed over call, PFA the JD for the AVP - Risk Analytics position with Varuna
Capital, Mumbai (BKC). Client has gone through your profile and is keen to connect.

Kindly share below details at the earliest:
 - Current CTC (fixed + variable):
 - Expected CTC:
 - Notice period (official / negotiable):
 - Reason for change:

Also please revert with your availability for the first round (telephonic, 30 mins,
with the Head of Credit Risk) tomorrow between 3 PM and 6 PM IST.

Thanks & Regards,
Deepika Nair
Senior Consultant - BFSI Practice
TalentBridge HR Solutions Pvt. Ltd. | +91 98200 11234
""")

m("e024_aussie_recruiter_arvo.eml", ["interview_request"],
  frm="Brodie McKenzie <brodie@saltbushpeople.com.au>", to=SIOBHAN,
  when=date("2026-11-16 09:44", "+1100"), subject="Port Botany role",
  text="""Hey Siobhan,

Hope the week's treating you well. Had a yarn with the GM at Coastline Terminals about
your profile and reckon you'd be a cracking fit for the Ops Improvement Manager gig.
He's keen to get you in for a chat with him and the head of ops - how's Thursday arvo
looking? 2:30 at their Banksmeadow office or they can do Teams if that's easier.

Let me know and I'll lock it in.

Cheers,
Brodie

Brodie McKenzie | Principal Consultant | Saltbush People
0412 555 019 | saltbushpeople.com.au
""")

m("e025_mixed_language_final_round.eml", ["interview_request"],
  frm="Lena Vogt <lena.vogt@kranz-logistik.de>", to=ROHAN,
  when=date("2026-11-17 08:55", "+0100"), subject="AW: Next step / nächster Schritt",
  in_reply_to="<PR3P194MB0012@outlook.com>",
  text="""Hi Rohan,

danke nochmal for your time yesterday - the team was really happy with the conversation!
Short version: we want to move you to the final round with our COO, Herr Brandt, and
someone from the Hamburg warehouse team. Können wir Freitag um 10 Uhr fix machen? If
Friday doesn't work, Monday 23rd morning also geht.

It will be in English, don't worry :) ca. 60 min, on site in Hamburg or via Teams.

Viele Grüße / best
Lena

Lena Vogt
Talent Acquisition | Kranz Logistik GmbH
""")

m("e026_workday_status_not_selected.eml", ["rejection"],
  frm="Alderton Aerostructures <alderton@myworkday.com>", to=TOM,
  when=date("2026-11-17 22:03"), subject="Update on your application",
  html="""<html><body style="font-family:Arial;font-size:14px">
<p>Dear Tom Ashworth,</p>
<p>Thank you for your interest in Alderton Aerostructures. Please see below an update on your application.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th align="left">Job Requisition</th><td>JR107734 Senior Manufacturing Engineer</td></tr>
<tr><th align="left">Location</th><td>Wolverhampton</td></tr>
<tr><th align="left">Status</th><td>Not Selected</td></tr>
</table>
<p>After careful consideration, we will not be moving forward with your application for this position. We encourage you to apply for other roles that match your skills.</p>
<p>Kind regards,<br>Alderton Talent Acquisition</p>
</body></html>""")

m("e027_icims_receipt.eml", ["application_received"],
  frm="Brightwater Foods Careers <brightwaterfoods@talent.icims.com>", to=TOM,
  when=date("2026-11-18 13:13", "-0500"), subject="Brightwater Foods - Your Application for Plant Reliability Engineer",
  text="""Tom,

Thank you for taking the time to apply for the Plant Reliability Engineer position
(Req ID 2026-8841) at our Grimsby facility. We're glad you are considering Brightwater
Foods.

We have received your application and it will be reviewed by a member of our
recruiting team. Please log into the careers portal to update your profile or to
review other openings.

Sincerely,
Brightwater Foods Talent Acquisition

*** Please do not reply to this message. This e-mail address is not monitored. ***
""")

m("e028_lever_rejection_short.eml", ["rejection"],
  frm="Fernhill Robotics <no-reply@hire.lever.co>", to=TOM,
  when=date("2026-11-18 18:30", "-0800"), subject="Your application to Fernhill Robotics",
  text="""Hi Tom,

Thanks so much for your interest in the Automation Engineer role and for taking the time
to speak with Ellie. We've decided to move forward with other candidates whose
experience more closely matches what the team needs right now.

We'll keep your details on file and wish you all the best with your search.

Fernhill Robotics Recruiting
""")

m("e029_smartrecruiters_receipt_two_weeks.eml", ["application_received", "timeline_stated"], "2026-12-03",
  frm="Kessler Global Logistics <notification@smartrecruiters.com>", to=HANNAH,
  when=date("2026-11-19 07:02"), subject="We received your application - Network Planning Manager",
  text="""Hi Hannah,

Thank you for applying for Network Planning Manager at Kessler Global Logistics.

We've received your application and our team is now reviewing it. You can expect to
hear from us within 2 weeks. If you're selected for an interview, a recruiter will
contact you directly.

Best regards,
Kessler Global Logistics Recruiting Team

Track your application: https://jobs.smartrecruiters.com/candidate/Kessler
""")

m("e030_ashby_confirmed_slot.eml", ["interview_request"],
  frm="Tallyhoe <no-reply@ashbyhq.com>", to=HANNAH,
  when=date("2026-11-19 16:45"), subject="Interview confirmed: Tallyhoe - Head of Operations",
  text="""Hi Hannah,

Your interview with Tallyhoe has been confirmed.

  When:  Wednesday, November 25, 2026, 2:00 PM - 2:45 PM GMT
  Where: Google Meet (link in the calendar invitation)
  With:  Max Oduya (Co-founder & CEO), Ines Carvalho (COO)

Need to reschedule? Use this link: https://app.ashbyhq.com/reschedule/tallyhoe/8c1f

See you then!
""")

m("e031_google_calendar_invite.eml", ["interview_request"],
  frm="Kieran Boyle <kieran.boyle@northboundfreight.co.uk>", to=HANNAH,
  when=date("2026-11-20 10:11"), subject="Invitation: Interview - Hannah Okafor / Senior Transport Planner @ Thu 26 Nov 2026 11:00 - 12:00 (GMT)",
  text="""Kieran Boyle has invited you to an event.

Interview - Hannah Okafor / Senior Transport Planner
Thursday 26 Nov 2026 11:00 - 12:00 (Greenwich Mean Time - London)
Location: Northbound Freight, Unit 4 Magna Park, Lutterworth LE17 4XN
Guests: Kieran Boyle (organiser), Anna Price, hannah.okafor@gmail.com

Hi Hannah - looking forward to meeting you. Anna (Network Manager) will join us.
Please ask for me at the gatehouse.

Going? Yes - Maybe - No
Invitation from Google Calendar
""",
  cal=ics("REQUEST", "5q0c7u8k1n@google.com", "20261126T110000", "20261126T120000",
          "Interview - Hannah Okafor / Senior Transport Planner",
          "kieran.boyle@northboundfreight.co.uk",
          ["hannah.okafor@gmail.com", "anna.price@northboundfreight.co.uk"],
          location="Northbound Freight\\, Unit 4 Magna Park\\, Lutterworth"))

m("e032_calendar_cancel.eml", [],
  frm="Ellie Marsh <ellie.marsh@fernhillrobotics.com>", to=TOM,
  when=date("2026-11-12 09:00"), subject="Canceled event: Tom Ashworth - technical interview @ Fri 13 Nov 2026 15:00 - 16:00 (GMT)",
  text="""This event has been canceled.

Tom Ashworth - technical interview
Friday 13 Nov 2026 15:00 - 16:00 (Greenwich Mean Time - London)
Organiser: Ellie Marsh

Invitation from Google Calendar
""",
  cal=ics("CANCEL", "0ab93kfl2@google.com", "20261113T150000", "20261113T160000",
          "Tom Ashworth - technical interview", "ellie.marsh@fernhillrobotics.com",
          ["tom.ashworth@fastmail.co.uk"], seq=1),
  cal_method="CANCEL")

m("e033_team_calendar_invite_planning.eml", [],
  frm="Becky Doyle <becky.doyle@castlemeadlogistics.co.uk>", to="Hannah Okafor <hannah.okafor@castlemeadlogistics.co.uk>",
  when=date("2026-11-20 14:00"), subject="Invitation: Q1 workforce planning - next steps @ Tue 1 Dec 2026 10:00 - 11:30 (GMT)",
  text="""Becky Doyle has invited you to an event.

Q1 workforce planning - next steps
Tuesday 1 Dec 2026 10:00 - 11:30
Meeting room 2 / Teams

Agenda: headcount for the new Corby site, interview panel rota for the planner roles,
offer approvals process, agency spend.

Going? Yes - Maybe - No
""",
  cal=ics("REQUEST", "7hh2a0@google.com", "20261201T100000", "20261201T113000",
          "Q1 workforce planning - next steps", "becky.doyle@castlemeadlogistics.co.uk",
          ["hannah.okafor@castlemeadlogistics.co.uk", "paul.fenton@castlemeadlogistics.co.uk"]))

m("e034_phone_hm_tmrw_cfo.eml", ["interview_request"],
  frm="Jess Okoro <jess@tallyhoe.io>", to=HANNAH,
  when=date("2026-11-25 17:48"), subject="Re: Thanks!",
  in_reply_to="<CAGq1h0kz=MMx@mail.gmail.com>",
  text="""Great chatting today! Can u do tmrw 4pm w/ our CFO Arjun? Quick 30 min, zoom. Ill send a link

Sent from my iPhone

> On 25 Nov 2026, at 15:10, Hannah Okafor <hannah.okafor@gmail.com> wrote:
>
> Hi Jess, thank you for the conversation this afternoon - really enjoyed hearing
> about the warehouse rollout. Looking forward to hearing about next steps.
> Hannah
""")

m("e035_founder_informal_offer_equity.eml", ["offer", "salary_discussed"],
  frm="Max Oduya <max@tallyhoe.io>", to=HANNAH,
  when=date("2026-11-27 21:12"), subject="Tallyhoe :)",
  text="""Hannah,

I'll keep this short because I'm typing it on the train. Ines, Arjun and I all want you
to join us as Head of Operations, so consider this the (very informal) offer: 72k base,
0.4% equity over 4 years with a 1 year cliff, start whenever works for you in January.

Proper paperwork will come from our lawyers but I didn't want to wait until Monday to
tell you. Call me over the weekend if you want to talk any of it through.

Max
""")

m("e036_own_thank_you.eml", [],
  frm=HANNAH, to="Kieran Boyle <kieran.boyle@northboundfreight.co.uk>",
  when=date("2026-11-26 15:30"), subject="Thank you - Senior Transport Planner interview",
  text="""Hi Kieran,

Thank you (and Anna) for taking the time to interview me this morning and for the tour
of the cross-dock. It was great to see the new slotting system in action.

I'm very interested in the role and hope to hear about next steps soon. If you need
anything else from me, including references, just let me know.

Best wishes,
Hannah
""")

m("e037_own_reply_salary_notice.eml", [],
  frm=ROHAN, to="Deepika Nair <deepika.n@talentbridge-hr.in>",
  when=date("2026-11-16 13:02", "+0530"), subject="Re: Opportunity with Varuna Capital - AVP Risk Analytics | Mumbai",
  in_reply_to="<TB-20261116-1120.deepika@talentbridge-hr.in>",
  text="""Hi Deepika,

Thanks for sharing. Details below:
 - Current CTC: 38 LPA (32 fixed + 6 variable)
 - Expected CTC: 48-50 LPA
 - Notice period: 90 days, negotiable to 60
 - Reason for change: want to move closer to credit portfolio work

Tomorrow 4 PM works for the call.

Regards,
Rohan

On Mon, 16 Nov 2026 at 11:20, Deepika Nair <deepika.n@talentbridge-hr.in> wrote:
> Kindly share below details at the earliest:
>  - Current CTC (fixed + variable):
>  - Expected CTC:
>  - Notice period (official / negotiable):
> Also please revert with your availability for the first round tomorrow.
""")

m("e038_reply_end_of_next_week.eml", ["timeline_stated"], "2026-11-20",
  frm="Sophie Grant <sophie.grant@kesslerlogistics.com>", to=HANNAH,
  when=date("2026-11-11 12:40"), subject="RE: Network Planning Manager - interview feedback",
  in_reply_to="<CAM0x1Qq@mail.gmail.com>",
  text="""Hi Hannah,

Thanks for the quick reply. The panel are meeting a final candidate on Monday, so I'll
come back to you by the end of next week with a decision either way.

Best,
Sophie

Sophie Grant | Talent Partner | Kessler Global Logistics

-----Original Message-----
From: Hannah Okafor <hannah.okafor@gmail.com>
Sent: 11 November 2026 11:58
To: Sophie Grant <sophie.grant@kesslerlogistics.com>
Subject: Re: Network Planning Manager - interview feedback

Hi Sophie, thanks - glad the interview went well from your side. I have another offer
on the table so it would help to know your timeline.

-----Original Message-----
From: Sophie Grant
Sent: 10 November 2026 17:02
We'd love to invite you to a second interview; the panel really enjoyed meeting you.
""")

m("e039_notice_and_start_date.eml", ["notice_period_asked"],
  frm="Amelia Hart <amelia.hart@fennickmfg.com>", to=HANNAH,
  when=date("2026-11-20 11:25"), subject="Quick question",
  text="""Hi Hannah,

Thanks again for Tuesday. Before I go back to the hiring manager, could you confirm
your notice period and the earliest date you could realistically start with us? They
are keen to have someone in post before the January stock count.

Many thanks,
Amelia

Amelia Hart | Talent Acquisition Partner | Fennick Manufacturing
""")

m("e040_university_referees.eml", ["references_requested"],
  frm="HR Recruitment Team <jobs@ketterwell.ac.uk>", to=SIOBHAN,
  when=date("2026-11-23 14:50"), subject="Research Fellow (Freight Decarbonisation) - ref KU-R-0932",
  text="""Dear Dr Kelly,

Following your interview for the above post, the panel has asked us to request your
references.

Please provide the names, job titles and email addresses of two referees, one of whom
should be your current or most recent line manager. Please also let us know if you are
happy for us to approach your current employer at this stage.

You can reply to this email or update your referees in the Jobs portal.

Kind regards,
HR Recruitment Team
University of Ketterwell

This email (and any attachments) is intended for the named addressee only and may
contain confidential information.
""")
