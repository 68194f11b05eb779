"""English set, messages e081-e121 (hand-written)."""

from en_common import HANNAH, ROHAN, SIOBHAN, TOM, m
from mailkit import date, ics

m("e081_forwarded_hm_feedback_second_interview.eml", ["interview_request"],
  frm="Brodie McKenzie <brodie@saltbushpeople.com.au>", to=SIOBHAN,
  when=date("2026-11-20 11:02", "+1100"), subject="FW: Siobhan Kelly - feedback",
  text="""Siobhan - great news, see below! They want you back for a second interview with the
CEO. Are you free Tue 24th or Wed 25th, any time after 10? Let me know and I'll confirm.

B

---------- Forwarded message ---------
From: Greg Tanaka <greg.tanaka@coastlineterminals.com.au>
Date: Fri, 20 Nov 2026 at 09:41
Subject: Siobhan Kelly - feedback
To: Brodie McKenzie <brodie@saltbushpeople.com.au>

Brodie, thanks for sending Siobhan through. Really strong - she clearly knows her stuff
on yard flow and was great with Mel. We'd like her to come back and meet Andrew (CEO).
Can you line it up for next week?

Greg Tanaka
General Manager - Operations, Coastline Terminals
""")

m("e082_friend_forwards_job_ad.eml", [],
  frm="Dev Patel <devpatel88@gmail.com>", to=TOM,
  when=date("2026-11-21 10:15"), subject="Fwd: Controls Engineer - Hollis (thought of you)",
  text="""Saw this on the Hollis intranet and thought of you mate, apparently the interview
process is quick. Pint Sunday?

---------- Forwarded message ---------
From: Hollis Internal Comms <comms@hollisprecision.com>
Date: Fri, 20 Nov 2026
Subject: Controls Engineer - Telford - refer a friend

We're hiring a Controls Engineer (Siemens TIA, Rockwell). Refer a friend and receive
GBP 1,000 when they pass probation. Salary up to 52k + overtime. Apply by 4 December.
""")

m("e083_html_only_status_interview_scheduled.eml", ["interview_request"],
  frm="Varuna Capital Careers <careers@varunacapital.in>", to=ROHAN,
  when=date("2026-11-23 19:40", "+0530"), subject="Application status update: AVP - Risk Analytics",
  html="""<html><body style="font-family:Calibri,Arial;font-size:14px">
<p>Dear Rohan Mehta,</p>
<p>Please find below the details of your next interview round.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;border-color:#c8c8c8">
<tr style="background:#002b5c;color:#fff"><th>Stage</th><th>Date / Time (IST)</th><th>Mode</th><th>Panel</th></tr>
<tr><td>Round 2 - Functional</td><td>26-Nov-2026, 11:00 AM</td><td>MS Teams</td><td>Mr. S. Kulkarni, Head - Credit Risk</td></tr>
</table>
<p>Kindly join 5 minutes before the scheduled time. The Teams link will be shared separately.</p>
<p>Regards,<br>Talent Acquisition<br>Varuna Capital Ltd.</p>
<p style="font-size:10px;color:#777">This is a system generated mail. Please do not reply.</p>
</body></html>""")

m("e084_html_only_status_under_review.eml", ["application_received"],
  frm="Harwood Life Careers <harwoodlife@myworkdayjobs.com>", to=ROHAN,
  when=date("2026-10-28 08:00"), subject="Your application: Actuarial Reporting Manager",
  html="""<html><body style="font-family:Arial;font-size:13px;color:#333">
<table cellpadding="8" style="border:1px solid #ddd;width:560px">
<tr><td colspan="2" style="background:#5b2c6f;color:#fff;font-size:16px">Harwood Life plc - Candidate Home</td></tr>
<tr><td><b>Position</b></td><td>Actuarial Reporting Manager (JR-55610)</td></tr>
<tr><td><b>Submitted</b></td><td>27/10/2026</td></tr>
<tr><td><b>Status</b></td><td>Under Review</td></tr>
</table>
<p>Thank you for applying. We have received your application and it is now being reviewed by our recruitment team.</p>
</body></html>""")

m("e085_reminder_interview_tomorrow.eml", ["interview_request"],
  frm="Fennick Manufacturing <notifications@app.bamboohr.com>", to=HANNAH,
  when=date("2026-11-16 09:00"), subject="Reminder: your interview tomorrow with Fennick Manufacturing",
  text="""Hi Hannah,

This is a reminder of your interview tomorrow.

  Position: Operations Planning Manager
  When: Tuesday 17 November 2026, 09:30 - 10:30
  Where: Fennick Manufacturing, Halesfield 9, Telford TF7 4QW (ask for Priya Sandhu)

If you need to reschedule, please contact Amelia Hart.
""")

m("e086_typos_recieved_revert_week.eml", ["application_received", "timeline_stated"], "2026-11-30",
  frm="Steve Barlow <steve@barlowfabrication.co.uk>", to=TOM,
  when=date("2026-11-23 07:12"), subject="Re: Workshop Manager job",
  in_reply_to="<89a1f0e2@fastmail.co.uk>",
  text="""Tom

Thx for you're application, we have recieved it ok and I will have a proper look with
my buisness partner. We will revert in a week or so.

Steve Barlow
Barlow Fabrication Ltd
Sent from my iPhone
""")

m("e087_vacation_scheme_offer.eml", ["offer"],
  frm="Graduate Recruitment <graduates@ashcombereid.co.uk>", to=ROHAN,
  when=date("2026-12-02 14:00"), subject="Summer Vacation Scheme 2027 - offer",
  text="""Dear Rohan

Congratulations! Following your assessment day, we are delighted to offer you a place
on our two-week Summer Vacation Scheme in our Nottingham office, running from 28 June to
9 July 2027. The scheme is paid at GBP 450 per week.

Please accept your place through the portal by 16 December.

Kind regards
Graduate Recruitment Team, Ashcombe Reid LLP

This email and any attachments are confidential.
""")

m("e088_internship_rejection_volume.eml", ["rejection"],
  frm="Meridian Bank Early Careers <earlycareers@meridianbank.com>", to=ROHAN,
  when=date("2026-11-30 17:00"), subject="Your application: 2027 Summer Analyst Internship",
  text="""Dear Rohan,

Thank you for your interest in the 2027 Summer Analyst Internship and for the time you
spent on your video interview.

We received an exceptional number of applications this year. After careful review, we
regret that we are unable to offer you a place on the programme.

We encourage you to apply for future opportunities with Meridian Bank.

Meridian Bank Early Careers
""")

m("e089_teacher_offer_contacting_referees.eml", ["offer", "references_contacted"],
  frm="Mr D Hughes <headteacher@stcuthbertsacademy.org.uk>", to=HANNAH,
  when=date("2026-11-18 16:55"), subject="Teacher of Geography",
  text="""Dear Hannah

Thank you for today. I'm delighted to offer you the post of Teacher of Geography
(maternity cover) from 4 January, subject to satisfactory references and an enhanced
DBS check, as I mentioned on the phone this afternoon.

Jane in HR will be contacting your referees tomorrow and will send the paperwork.

Welcome to St Cuthbert's!

David Hughes
Headteacher
""")

m("e090_school_notice_half_term.eml", ["notice_period_asked"],
  frm="Jane Fairclough <hr@stcuthbertsacademy.org.uk>", to=HANNAH,
  when=date("2026-11-11 10:05"), subject="Re: Interview - Teacher of Geography (maternity cover)",
  in_reply_to="<CAK1bdd0@mail.gmail.com>",
  text="""Dear Hannah

Thank you for confirming. One question from the Head before the 18th: could you let me
know whether you'd be able to start in January, or whether you'd need to give a full
term's notice to your current school and start after February half-term?

Kind regards
Jane
""")

m("e091_agency_second_chat_start_date.eml", ["interview_request", "notice_period_asked"],
  frm="Gaz Whitlock <gary.whitlock@sterlingcrest-recruitment.co.uk>", to=TOM,
  when=date("2026-11-06 15:44"), subject="hollis update",
  text="""Tom,

Client came back - went well, they want a 2nd chat with the delivery lead (Karen) before
they commit, 30 mins on Teams Monday or Tuesday. Which is better?

Also they asked about ur availability - could you start on the 4th Jan if it goes ahead?

G
""")

m("e092_refs_in_hand_next_few_days.eml", ["references_contacted", "timeline_stated"], "2026-11-24",
  frm="Nicola Barnes <nicola.barnes@harwoodlifeplc.com>", to=ROHAN,
  when=date("2026-11-21 09:20"), subject="Capital Reporting Analyst",
  text="""Dear Rohan,

Thank you - we now have your references in hand and will revert within the next few
days with confirmation of next steps.

Kind regards,
Nicola
""")

m("e093_indian_not_shortlisted.eml", ["rejection"],
  frm="HR Team <hr@anantfinserv.co.in>", to=ROHAN,
  when=date("2026-11-25 18:30", "+0530"), subject="Regarding your candidature - Manager, Credit Analytics",
  text="""Dear Candidate,

Greetings from Anant Finserv.

We thank you for your interest in the position of Manager - Credit Analytics and for
appearing for the technical round. We regret to inform you that your profile has not
been shortlisted for further rounds.

We will retain your profile in our database for future requirements.

Warm Regards,
Team HR
Anant Finserv Ltd.
""")

m("e094_what_are_you_currently_on.eml", ["salary_discussed"],
  frm="Jess Okoro <jess@tallyhoe.io>", to=HANNAH,
  when=date("2026-11-18 12:12"), subject="before Weds",
  text="""Hey Hannah, one awkward q before you meet Max on Weds - what are you currently on,
and what would it take to get you to move? Just so we don't waste each other's time :)

J
""")

m("e095_current_package_and_notice.eml", ["salary_discussed", "notice_period_asked"],
  frm="Amrit Dhaliwal <recruitment@ashcombereid.co.uk>", to=HANNAH,
  when=date("2026-11-10 11:30"), subject="Senior Paralegal - next steps",
  text="""Dear Hannah,

Thank you for attending interview yesterday. Mark and Sue have asked me to prepare the
paperwork, and before I can do so could you please confirm your current salary and
benefits package, and your contractual notice period?

Kind regards,
Amrit
""" + """
--
This email and any attachments are confidential. Nothing in this email constitutes an
offer of employment unless expressly stated.
""")

m("e096_workday_referee_task.eml", ["references_requested"],
  frm="Harwood Life Careers <harwoodlife@myworkday.com>", to=ROHAN,
  when=date("2026-11-17 09:03"), subject="Action required: referee details",
  text="""Hello Rohan,

You have a new task in your Candidate Home: Provide Referee Details.

Please provide contact details for referees covering the last five years of employment
so that we can progress your application. Log in to your candidate account to complete
this task.

Harwood Life Talent Acquisition
""")

m("e097_recruiter_moved_to_hays.eml", [],
  frm="Brodie McKenzie <brodie.mckenzie@hays.com.au>", to=SIOBHAN,
  when=date("2026-11-30 10:10", "+1100"), subject="New chapter!",
  text="""Hi Siobhan,

Quick heads up that I've moved across to Hays (Supply Chain & Procurement, Sydney) - my
Saltbush email will stop working at the end of the week, so please use this one from now
on.

Still keen to help with your search, and I've got a few interesting briefs coming
through. Chat soon!

Brodie
""")

m("e098_thank_you_for_your_time.eml", [],
  frm="Greg Tanaka <greg.tanaka@coastlineterminals.com.au>", to=SIOBHAN,
  when=date("2026-11-17 17:20", "+1100"), subject="Thanks",
  text="""Hi Siobhan,

Thank you for your time today, it was great to meet you and hear about the Leeds
project.

Kind regards,
Greg
""")

m("e099_hm_new_application_to_review.eml", [],
  frm="Castlemead Logistics Hiring <no-reply@greenhouse.io>", to="Hannah Okafor <hannah.okafor@castlemeadlogistics.co.uk>",
  when=date("2026-11-09 08:30"), subject="New application: Jamal Reid for Data Analyst",
  text="""Hi Hannah,

Jamal Reid applied for Data Analyst (Castlemead Logistics). You are the hiring manager
for this job.

Review the application and leave your feedback: https://app.greenhouse.io/people/88123

Applications awaiting your review: 7
""")

m("e100_interviewer_scorecard_due.eml", [],
  frm="Castlemead Logistics Hiring <no-reply@greenhouse.io>", to="Hannah Okafor <hannah.okafor@castlemeadlogistics.co.uk>",
  when=date("2026-11-17 17:00"), subject="Reminder: scorecard due for your interview with Jamal Reid",
  text="""Hi Hannah,

You interviewed Jamal Reid for Data Analyst today at 14:00. Please submit your scorecard
so the team can decide on next steps. Candidates hear back faster when scorecards are
submitted within 24 hours.

Submit scorecard: https://app.greenhouse.io/scorecards/552190
""")

m("e101_router_firmware_application.eml", [],
  frm="BT <noreply@bt.com>", to=TOM,
  when=date("2026-11-12 03:10"), subject="Your Smart Hub has been updated",
  text="""Hi Tom,

Application of firmware update SG4B1000B540 to your Smart Hub 2 completed at 03:04.
You don't need to do anything. If you notice any issues, restart your hub.

Your broadband offer of GBP 29.99 a month continues until March 2027.

BT
""")

m("e102_ticket_queue_position.eml", [],
  frm="Ticketmaster UK <customer_support@ticketmaster.co.uk>", to=SIOBHAN,
  when=date("2026-11-13 09:59"), subject="You're in the queue",
  text="""You're in the queue for Fontaines D.C. - Leeds First Direct Arena.

Your position in the queue: 4,812. Don't refresh this page. When it's your turn you will
have 10 minutes to choose tickets. We'll get back to you by email if your purchase is
interrupted.
""")

m("e103_recipe_newsletter_chef_interview.eml", [],
  frm="Salt & Ember <newsletter@saltandember.co.uk>", to=HANNAH,
  when=date("2026-11-22 09:00"), subject="Sunday: a chef interview, a slow-cooker offer and your best roast",
  headers={"List-Unsubscribe": "<https://saltandember.co.uk/u>", "Precedence": "bulk"},
  cte="quoted-printable",
  html="""<html><body style="font-family:Georgia;color:#3b2f2f"><table width="600" align="center"><tr><td>
<h1 style="font-size:28px">Sunday Supper</h1>
<p>This week's interview is with Nisha Kaur, head chef at Tamarind Yard, on why the role of
the sous chef is the hardest job in the kitchen and what she looks for when hiring.</p>
<p><b>Reader offer:</b> 25% off the Cast Iron Slow Cooker with code EMBER25 until Wednesday.</p>
<p>Plus: your best roast potatoes, voted by you. Application of goose fat is, apparently, non-negotiable.</p>
</td></tr></table></body></html>""")

m("e104_own_decline_other_offer.eml", [],
  frm=HANNAH, to="Sophie Grant <sophie.grant@kesslerlogistics.com>",
  when=date("2026-12-01 09:12"), subject="Re: Network Planning Manager",
  in_reply_to="<KGL-SG-20261130@kesslerlogistics.com>",
  text="""Hi Sophie,

Thank you so much for everything over the last few weeks. I wanted to let you know that
I've accepted an offer elsewhere, so I'd like to withdraw from the process. Please pass
on my thanks to Lewis and Fiona - I really enjoyed meeting them.

Best wishes,
Hannah

On Mon, 30 Nov 2026 at 16:40, Sophie Grant <sophie.grant@kesslerlogistics.com> wrote:
> Hi Hannah, Fiona would like to make you an offer - could we speak tomorrow?
""")

m("e105_outlook_teams_invite_ics_attachment.eml", ["interview_request"],
  frm="Nicola Barnes <nicola.barnes@harwoodlifeplc.com>", to=ROHAN,
  when=date("2026-11-13 10:00"), subject="Capital Reporting Analyst - interview (Teams)",
  text="""Hi Rohan,

Please find attached an invitation for your interview for the Capital Reporting Analyst
role on Wednesday 18 November at 15:00, with myself and Graham Pike. It will be a
competency-based interview of about an hour on Microsoft Teams.

Kind regards,
Nicola

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Meeting ID: 381 227 904 115  Passcode: Xk9fQ2
________________________________________________________________________________
""",
  cal=ics("REQUEST", "040000008200E00074C5B7101A82E00800000000B0C5", "20261118T150000",
          "20261118T160000", "Interview: Rohan Mehta - Capital Reporting Analyst",
          "nicola.barnes@harwoodlifeplc.com",
          ["rohan.mehta84@outlook.com", "graham.pike@harwoodlifeplc.com"],
          prodid="Microsoft Exchange Server 2010", location="Microsoft Teams Meeting"),
  cal_as_attachment=True)

m("e106_decide_end_next_week_two_refs.eml", ["timeline_stated", "references_requested"], "2026-11-20",
  frm="Martha Quinlan <martha@quinlanhaulage.ie>", to=TOM,
  when=date("2026-11-12 18:25"), subject="Thanks for coming in",
  text="""Tom,

Thanks for coming down to Drogheda today, and for the drive round the yard. We'll decide
by the end of next week. In the meantime could you send me two references, one from
your current employer if you're comfortable with that?

Martha
""")

m("e107_rejected_but_interview_other_role.eml", ["rejection", "interview_request"],
  frm="Sophie Grant <sophie.grant@kesslerlogistics.com>", to="Priya Venkatesh <priya.venkatesh@yahoo.co.uk>",
  when=date("2026-11-24 11:11"), subject="Your application - Senior Network Analyst",
  text="""Hi Priya,

Thanks for your patience. Although we won't be taking your application for the Senior
Network Analyst role forward - the team have gone for someone with more modelling
experience - Lewis was impressed by your background and would like to interview you for
the Network Analyst II role, which is opening this week.

Would Thursday 3 December at 11:00 work for a 45-minute video interview?

Best,
Sophie
""")

m("e108_within_ten_working_days.eml", ["timeline_stated"], "2026-12-11",
  frm="Interview Panel <recruitment@northhallamcouncil.gov.uk>", to=HANNAH,
  when=date("2026-11-27 15:45"), subject="Thank you for attending interview - Senior Transport Officer",
  text="""Dear Ms Okafor

Thank you for attending interview for the post of Senior Transport Officer today.

The panel is interviewing over two days and will then need to seek approval from the
Director. We aim to let all candidates know the outcome within ten working days.

Yours sincerely
People Services
North Hallam Council
""")

m("e109_car_service_offer.eml", [],
  frm="Motorpoint Servicing <bookings@kwikservice.co.uk>", to=TOM,
  when=date("2026-11-14 12:00"), subject="Booking confirmed + your free MOT offer",
  text="""Hi Tom,

Your service is confirmed for Saturday 21 November at 08:30. Please drop the car off at
reception and leave the key in the box if we're not yet open.

As a thank you, we'd like to offer you a free MOT with your next full service. We'll get
back to you within 24 hours if any parts need ordering.
""")

m("e110_bookshop_author_interview.eml", [],
  frm="Five Leaves Bookshop <events@fiveleaves.co.uk>", to=SIOBHAN,
  when=date("2026-11-15 18:00"), subject="Thursday: in conversation + signed copies",
  headers={"Precedence": "bulk"},
  text="""Join us on Thursday at 7pm for a live interview with the novelist Amara Lowe about her
new book, a story of a dockworker who applies for a position at sea.

Tickets are GBP 5, redeemable against the book. Signed copies will be available to
pre-order: reply to reserve one and we'll get back to you to confirm.
""")

m("e111_appstore_review.eml", [],
  frm="App Store Connect <no_reply@email.apple.com>", to=ROHAN,
  when=date("2026-11-19 02:14"), subject="Your submission is now in review",
  text="""Dear Rohan Mehta,

The status of your app, RunLog (iOS) 2.3.1, is now In Review. We've received your
submission and will notify you of the outcome. Most submissions are reviewed within
48 hours.

If we need more information, we'll contact you in App Store Connect.

Best regards,
App Store Connect
""")

m("e112_flat_offer_landlord_references.eml", [],
  frm="Chloe Baxter <chloe@riverbanklettings.co.uk>", to=SIOBHAN,
  when=date("2026-11-20 16:40"), subject="Flat 3, 18 Hyde Park Road - offer accepted",
  text="""Hi Siobhan,

Great news, the landlord has accepted your offer of GBP 1,150 pcm for Flat 3 (move-in
from 1 January).

Next steps: we need references from your current landlord and your employer, plus proof
of income. Please fill in the referencing form from Goodlord within 48 hours so we can
hold the property. Once references are back we'll send the tenancy agreement.

Kind regards,
Chloe
Riverbank Lettings
""")

m("e113_school_prefect_interviews.eml", [],
  frm="Oakfield Primary School <office@oakfield.leics.sch.uk>", to=HANNAH,
  when=date("2026-11-23 15:30"), subject="Year 6 prefect applications",
  text="""Dear Parents and Carers of Year 6,

Children who would like to be considered for the role of prefect or house captain should
hand in their application letter to their class teacher by Friday. Short interviews with
Mrs Adeyemi will be held next week, and we will announce successful candidates in
assembly on 7 December.

Please encourage your child to think about what they would bring to the position.

Oakfield Primary School Office
""")

m("e114_work_thread_customer_offer_next_steps.eml", [],
  frm="Rachel Moss <rachel.moss@castlemeadlogistics.co.uk>", to="Hannah Okafor <hannah.okafor@castlemeadlogistics.co.uk>",
  cc="Paul Fenton <paul.fenton@castlemeadlogistics.co.uk>",
  when=date("2026-11-27 11:48"), subject="RE: RE: RE: Brightwater tender - next steps",
  in_reply_to="<AM9PR0102RM@castlemeadlogistics.co.uk>",
  text="""Agreed - let's hold the rate and offer them the extra chilled bay instead. I'll draft
the response over the weekend and send it to you both Monday for review. They want a
decision on their side by the 11th, so we'll need the final offer out by the 8th.

R

From: Hannah Okafor
Sent: 27 November 2026 10:30
To: Rachel Moss; Paul Fenton
Subject: RE: RE: Brightwater tender - next steps

I don't think we should move on rate. Their procurement lead said in the interview
stage that service was the issue, not price. Could we offer the chilled bay?

From: Paul Fenton
Sent: 26 November 2026 17:02
To: Hannah Okafor; Rachel Moss
Subject: RE: Brightwater tender - next steps

Their counter-offer is 4% under our rate card. Position on this?

From: Rachel Moss
Sent: 26 November 2026 09:15
Subject: Brightwater tender - next steps

Brightwater have come back with questions. Next steps below; I'll own the commercial
response, Hannah the ops plan, Paul the IT application questions.
""")

m("e115_taleo_base64_rejection.eml", ["rejection"],
  frm="Orvane Group Careers <orvane@taleo.net>", to=HANNAH,
  when=date("2026-11-26 02:33", "-0500"), subject="Orvane Group - Logistics Excellence Manager (2600412)",
  cte="base64",
  html="""<html><body><font face="Arial" size="2">
<p>Dear Hannah,</p>
<p>Thank you for your interest in the Logistics Excellence Manager position (2600412) at Orvane Group.</p>
<p>We have reviewed your qualifications carefully and, while your background is impressive,
we have decided to pursue other candidates whose qualifications more closely match the
requirements of the position.</p>
<p>We thank you for your interest in Orvane Group and wish you success in your career search.</p>
<p>Sincerely,<br>Orvane Group Talent Acquisition</p>
</font></body></html>""")

m("e116_law_notice_three_months.eml", ["notice_period_asked"],
  frm="Clare Pemberton <c.pemberton@ashcombereid.co.uk>", to=SIOBHAN,
  when=date("2026-10-30 12:20"), subject="Re: Senior Associate - Commercial Property",
  in_reply_to="<A1C2E3@icloud.com>",
  text="""Dear Siobhan,

Thank you, that's very helpful. One practical thing before the panel: when could you
start if things went well? I assume you are on three months' notice at your current firm?

Best wishes,
Clare
""")

m("e117_school_referees_and_start.eml", ["references_requested", "notice_period_asked"],
  frm="Recruitment <recruitment@lindisfarnetrust.org.uk>", to=HANNAH,
  when=date("2026-11-02 09:40"), subject="Application - Head of Year 9",
  text="""Dear Hannah,

Thank you for your application for Head of Year 9. Before shortlisting we need a little
more information:

1. Please send the details of two referees (name, role, email); one must be your current
   headteacher.
2. Please confirm your earliest possible start date, bearing in mind the resignation
   dates for teachers (31 October, 28 February, 31 May).

Kind regards,
Recruitment Team, Lindisfarne Learning Trust
""")

m("e118_agency_ball_rolling_referees.eml", ["references_requested"],
  frm="Kirsty Lamb <kirsty.lamb@redfernlegal-recruitment.com>", to=HANNAH,
  when=date("2026-11-09 13:13"), subject="Ashcombe Reid",
  text="""Hi Hannah

Lovely to chat earlier! Could you send over two referees so I can get the ball rolling
with Ashcombe? Names and emails are fine, I won't contact them until you give me the go
ahead.

Kirsty x
Redfern Legal Recruitment
""")

m("e119_refs_back_offer_unconditional.eml", ["references_contacted", "offer"],
  frm="Amrit Dhaliwal <recruitment@ashcombereid.co.uk>", to=HANNAH,
  when=date("2026-11-23 10:02"), subject="RE: Conditional offer of employment - Senior Paralegal",
  in_reply_to="<ARHR-20261113@ashcombereid.co.uk>",
  text="""Dear Hannah,

I'm pleased to confirm that both of your references have come back and are entirely
satisfactory, and your DBS certificate has been received. Your offer of employment as
Senior Paralegal is therefore now unconditional.

Your contract is attached for signature.

Kind regards,
Amrit

> From: Ashcombe Reid HR
> Sent: 13 November 2026 15:05
> Further to your interview with Mark Tennant and Sue Lowe, I am delighted to offer you
> the position of Senior Paralegal ... conditional upon satisfactory references.
""")

m("e120_greenhouse_offer_qp_html.eml", ["offer"],
  frm="Fernhill Robotics <no-reply@greenhouse.io>", to="Priya Venkatesh <priya.venkatesh@yahoo.co.uk>",
  when=date("2026-11-28 17:25", "-0800"), subject="Your offer from Fernhill Robotics",
  cte="quoted-printable",
  html="""<html><body style="font-family:Helvetica,Arial;font-size:14px;line-height:1.5">
<p>Hi Priya,</p>
<p>We're thrilled to extend you an offer to join Fernhill Robotics as a <strong>Senior Controls Engineer</strong>!
Your offer letter is ready for review and e-signature.</p>
<p style="margin:24px 0"><a href="https://app.greenhouse.io/offers/e8f1" style="background:#0a7cff;color:#fff;padding:10px 20px;border-radius:4px;text-decoration:none">Review offer letter</a></p>
<p>Please let us know if you have any questions - we can't wait to have you on the team.</p>
<p>Ellie Marsh<br>Recruiting, Fernhill Robotics</p>
</body></html>""")

m("e121_greenhouse_xref_reference_request.eml", ["references_requested"],
  frm="Tallyhoe <no-reply@xref.com>", to=HANNAH,
  when=date("2026-11-28 10:00"), subject="Tallyhoe has requested your referees",
  text="""Hi Hannah,

Tallyhoe has asked you to nominate 2 referees as part of your application for Head of
Operations.

Nominate your referees: https://xref.com/c/ab81f0

Your referees will receive an online questionnaire. You can track progress from your
dashboard.

Xref - on behalf of Tallyhoe
""")

m("e122_hinglish_agency_f2f_notice.eml", ["interview_request", "notice_period_asked"],
  frm="Ankit Sharma <ankit.sharma@peoplekraft.co.in>", to=ROHAN,
  when=date("2026-11-26 12:48", "+0530"), subject="Varuna Capital - F2F round || Saturday",
  text="""Hi Rohan,

Aapka profile client ko bahut pasand aaya after the telephonic round. They want to
schedule the F2F round this Saturday, 28th Nov, 11 AM at their BKC office - please
confirm by EOD so I can block the slot with the panel.

Also, notice period kitna hai exactly? Client prefers immediate joiners or max 30 days,
buyout option hai kya?

Thanks & Regards,
Ankit Sharma
PeopleKraft Consulting | +91 99300 55210
""")

m("e123_spanglish_rejection.eml", ["rejection"],
  frm="Valeria Montes <valeria@brightpathstaffing.com>", to="Daniela Ruiz <daniela.ruiz.m@gmail.com>",
  when=date("2026-11-20 16:05", "-0600"), subject="Update - Logistics Coordinator @ Halden",
  text="""Hola Daniela!

Quería darte un update. Lamentablemente the hiring team at Halden decided to move
forward with another candidate - someone who already had customs brokerage experience,
que era lo que más buscaban. I know you were really hoping for this one, lo siento mucho.

You did great in the interview, de verdad. Te aviso en cuanto tenga algo parecido.

Un abrazo,
Valeria
Brightpath Staffing - Houston
""")

m("e124_decisions_wc_7th.eml", ["timeline_stated"], "2026-12-11",
  frm="Owen Price <owen.price@tallyfieldgroup.co.uk>", to=TOM,
  when=date("2026-11-24 13:20"), subject="Maintenance Manager",
  text="""Hi Tom,

Thanks for your patience. The last interviews are this week and we'll be making our
decisions w/c 7th Dec - I'll ring everyone that week, good news or not.

Regards,
Owen Price
Site Director, Tallyfield Group (Corby)
""")
