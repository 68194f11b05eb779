"""English held-out messages 061-120 (round 4), written by heldout4."""

from mk import ME, ME2, SMALL_PDF, ics, msg, wrote

M: list = []
A = M.append

A(msg("r4-061.eml", "Pellucid Insurance Careers <pellucid-careers@icims.com>", ME,
      "2026-06-29 14:17 -0400", "Pellucid Insurance - Application Confirmation",
      html="""<html><body><table width="640" align="center" style="font-family:Verdana;font-size:13px">
<tr><td><img src="https://careers-pellucid.icims.com/logo.gif" alt="Pellucid"></td></tr>
<tr><td><p>Dear Rhiannon,</p>
<p>Thank you for your interest in Pellucid Insurance. We confirm that we have received your application for
the position of <b>Actuarial Data Engineer (Req 2026-4471)</b>.</p>
<p>A member of our Talent Acquisition team will review your qualifications. Should your background match the
requirements, you will be contacted regarding next steps.</p>
<p>Thank you,<br>Pellucid Talent Acquisition</p>
<hr>
<p style="font-size:9px;color:#666">Nothing in this email constitutes an offer of employment or a contract. Pellucid
Insurance Company is an Equal Opportunity Employer. If you need a reasonable accommodation during the application
or interview process, please contact accommodations@pellucid-insurance.com. This message was sent from an
unmonitored address.</p></td></tr></table></body></html>""",
      labels=["application_received"]))

A(msg("r4-062.eml", "Bramble & Oak Coffee <no-reply@applytojob.com>", ME,
      "2026-06-30 09:41 -0500", "Thank you for applying!",
      """Hi Rhiannon,

We got your application for Operations Data Analyst. Thanks for thinking of Bramble & Oak!

Our hiring team is reviewing applications now.

- Bramble & Oak Coffee Roasters
(Sent via JazzHR)
""", labels=["application_received"]))

A(msg("r4-063.eml", "Quillstone Software <notifications@app.bamboohr.com>", ME,
      "2026-07-06 08:55 -0600", "Application Received: Senior Data Engineer",
      """Hi Rhiannon,

Thanks for applying to be a Senior Data Engineer at Quillstone Software! We've received your
application and our recruiting team is reviewing it. You can expect to hear from us within 5
business days.

In the meantime, check out what our team has been up to on our careers page.

Cheers,
The Quillstone People Team
""", labels=["application_received", "timeline_stated"], by="2026-07-13"))

A(msg("r4-064.eml", "Falkenrath Mobility <noreply@mail.personio.de>", ME,
      "2026-07-01 10:30 +0200", "Your application as Data Engineer (m/f/d) at Falkenrath Mobility",
      """Hello Rhiannon Okafor,

thank you very much for your application as Data Engineer (m/f/d) and your interest in
Falkenrath Mobility GmbH.

We have received your documents and will check them carefully. As soon as we have reviewed
everything, we will contact you again.

Best regards
Your Falkenrath Mobility Recruiting Team

Falkenrath Mobility GmbH · Friedrichstr. 68 · 10117 Berlin
Managing Directors: Jana Falkenrath, Moritz Krieger · Register court: Amtsgericht Charlottenburg HRB 219004
Information on data protection can be found in our privacy policy.
""", labels=["application_received"]))

A(msg("r4-065.eml", "Tallyho Games <noreply@candidates.workablemail.com>", ME,
      "2026-07-02 13:12 +0100", "Tallyho Games: We received your application",
      html="""<div style="font-family:-apple-system,Segoe UI,sans-serif;color:#333">
<h3>Hi Rhiannon,</h3>
<p>Thanks for applying for the <strong>Game Economy Analyst</strong> role at Tallyho Games. Your application is in
and we're reviewing candidates on a rolling basis.</p>
<p>You don't need to do anything else for now.</p>
<p>All the best,<br>The Tallyho hiring team</p>
<p style="font-size:11px;color:#999">Powered by Workable. You received this email because you applied for a job at Tallyho Games.</p>
</div>""", labels=["application_received"]))

A(msg("r4-066.eml", "Jo Maddox <jo.maddox@riverbankcharity.org.uk>", ME,
      "2026-07-02 17:03 +0100", "Re: Impact & Evaluation Officer",
      """Hi Rhiannon,

Thanks for your application, it came through fine. I've passed it to our director who is
shortlisting this week - you'll hear either way by the 15th.

Best wishes,
Jo

Jo Maddox | Office & HR Coordinator | Riverbank Charity
Registered charity no. 1094421. Working Tues-Thurs.
""", labels=["application_received", "timeline_stated"], by="2026-07-15"))

A(msg("r4-067.eml", "Civil Service Jobs <noreply@csjobs.cabinetoffice.gov.uk>", ME,
      "2026-07-03 12:00 +0100", "Application received: 448120 - Senior Data Scientist - HMRC",
      """Dear Rhiannon Okafor,

Thank you for submitting your application for the following vacancy:

  Vacancy reference: 448120
  Job title: Senior Data Scientist
  Department: HM Revenue and Customs

Your application has been received and will be considered once the vacancy has closed. The sift
is expected to take place w/c 20 July. You can track the progress of your application in your
Civil Service Jobs account.

Please do not reply to this email.

Civil Service Jobs
""", labels=["application_received"]))

A(msg("r4-068.eml", "Kit Donnelly <kit@latchkey.dev>", ME,
      "2026-07-03 16:44 +0100", "re: next bits",
      """refs pls - 2, ideally one manager. just names + emails is fine, we'll do the rest

k
""", labels=["references_requested"], mid="<7f1e0c.refs@latchkey.dev>"))

A(msg("r4-069.eml", "Dr Helen Abara <h.abara@glasgow-cs.ac.uk>", ME2,
      "2026-07-06 11:19 +0100", "Lecturer in Data Science - references",
      """Dear Rhiannon,

Thank you for your interview and teaching presentation last Thursday. Before making a final
decision the panel would like to take up references. Could you please provide the names, postal
and email addresses of three referees, at least one of whom should be able to comment on your
teaching?

We will not approach your current employer without your permission; please indicate if any
referee should not be contacted at this stage.

Best wishes,
Helen

Dr Helen Abara
Head of School, Computing Science
The University of Glasgow, charity number SC004401
""", labels=["references_requested"]))

A(msg("r4-070.eml", "Halvorsen Foods Careers <halvorsen@myworkday.com>", ME,
      "2026-07-07 04:00 -0700", "Action Required: Provide Your References",
      """Hello Rhiannon,

You have a new task in Candidate Home for job requisition R-20931 Supply Chain Planner.

Task: Provide References
Due Date: 07/14/2026

Please sign in to Candidate Home and enter the name, relationship, phone number and email
address of at least two professional references.

Thank you,
Halvorsen Talent Acquisition

This is a system-generated message. Please do not reply.
""", labels=["references_requested"]))

A(msg("r4-071.eml", "Dan Whitlock <dan@apexcontractors.co.uk>", ME,
      "2026-07-08 12:12 +0100", "Re: BI Developer - Manchester",
      """Rhiannon,

Great news, they loved you. Two things I need to get this over the line with the client:

1) referee details - 2 x line managers from the last 3 yrs (name, company, email, mobile)
2) your notice period confirmed in writing (an email back is fine)

Speak later,
Dan
""", labels=["references_requested", "notice_period_asked"]))

A(msg("r4-072.eml", "Kit Donnelly <kit@latchkey.dev>", ME,
      "2026-07-09 13:30 +0100", "re: next bits",
      """spoke to Marcus and Helen this morning, both lovely and v complimentary. just need to sort
the paperwork with our accountant then we're good

k
""", labels=["references_contacted"], parent=["<7f1e0c.refs@latchkey.dev>", "<CAO4r-8kq1Vx@mail.fastmail.co.uk>"]))

A(msg("r4-073.eml", "HR Services <hr.services@calderdale-mbc.gov.uk>", ME,
      "2026-07-10 10:05 +0100", "Pre-employment checks - Senior Policy Officer SPO/118",
      """Dear Rhiannon

I can confirm that we have now received both of your references, which are satisfactory. Your
DBS check is still being processed and I will contact you as soon as it is complete.

Regards

Amira Shah
HR Assistant, Recruitment Team
""", labels=["references_contacted"]))

A(msg("r4-074.eml", "HireRight <notifications@hireright-mail.com>", ME,
      "2026-07-13 06:30 -0700", "Your background screening is in progress",
      html="""<html><body style="font-family:Arial;font-size:13px">
<p>Hello Rhiannon,</p>
<p>Pellucid Insurance has asked HireRight to complete a background screening. Here is the current status:</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>Component</th><th>Status</th></tr>
<tr><td>Identity verification</td><td>Complete</td></tr>
<tr><td>Employment verification (2)</td><td>In progress</td></tr>
<tr><td>Professional reference check</td><td>In progress - 1 of 2 referees responded</td></tr>
<tr><td>Education verification</td><td>Complete</td></tr>
</table>
<p>You can follow progress in the HireRight Applicant Center.</p>
<p style="font-size:10px">HireRight, LLC. This message is sent on behalf of the requesting organisation.</p>
</body></html>""", labels=["references_contacted"]))

A(msg("r4-075.eml", "Priya Nair <priya@brindlecapital.com>", ME,
      "2026-07-09 15:21 +0100", "Nearly there",
      """Hi Rhiannon,

Quick update: we're doing referee calls today and tomorrow (thank you for getting the details
over so quickly). Assuming nothing unexpected we'll have final sign-off from the partners by
Tuesday and I'll call you straight away.

Best,
Priya
""", labels=["references_contacted", "timeline_stated"], by="2026-07-14"))

A(msg("r4-076.eml", "Ledgerly <no-reply@us.greenhouse-mail.io>", ME,
      "2026-07-14 11:00 -0500", "Your offer from Ledgerly",
      """Hi Rhiannon,

Congratulations! We're thrilled to extend you an offer to join Ledgerly as a Senior Data
Analyst, Revenue.

Please review and sign your offer letter using the secure link below. The link will expire in 7
days.

  Review offer: https://app.greenhouse.io/offers/7741-bd02

If you have any questions, reply to this email or reach out to your recruiter, Dana Whitfield.

Welcome (almost) aboard!
The Ledgerly Talent Team
""", labels=["offer"], reply_to="dana.whitfield@ledgerly.com"))

A(msg("r4-077.eml", "HR Recruitment <hr.recruitment@calderdale-mbc.gov.uk>", ME,
      "2026-07-15 14:48 +0100", "Conditional Offer of Appointment - Senior Policy Officer SPO/118",
      """Dear Ms Okafor

Post: Senior Policy Officer (Data & Insight)
Grade: 9, SCP 35 - 38 (£47,754 - £51,802 per annum)

I am pleased to confirm the offer made to you by telephone on 14 July of the above post. This
offer is conditional upon satisfactory pre-employment checks including a Disclosure and Barring
Service (DBS) check. You will start on the first point of the grade (£47,754).

Please sign and return the enclosed acceptance form.

Yours sincerely

Karen Holroyd
Recruitment Officer
""", labels=["offer", "salary_discussed"]))

A(msg("r4-078.eml", "Kellerbrook Graduate Recruitment <graduates@kellerbrook.com>", ME2,
      "2026-06-16 17:30 +0100", "Your Kellerbrook Graduate Programme offer",
      html="""<html><body><div style="font-family:Georgia,serif;max-width:600px">
<p>Dear Rhiannon,</p>
<p><b>Congratulations!</b> We're thrilled to offer you a place on the Kellerbrook 2026 Graduate Programme in
our Data &amp; Analytics practice, starting on 7 September 2026 in Leeds.</p>
<p>Your formal offer pack, including your contract and details of our benefits, is now available in your
candidate portal. Please accept within 14 days.</p>
<p>Everyone who met you at the Assessment Centre was impressed, and we can't wait to welcome you.</p>
<p>Kind regards,<br>The Graduate Recruitment Team</p></div></body></html>""",
      labels=["offer"]))

A(msg("r4-079.eml", "Marion Keane <marion@keane-and-daughters.ie>", ME,
      "2026-07-16 19:04 +0100", "as promised",
      """Hi Rhiannon, just confirming what I said on the phone: the job's yours if you want it! Formal
letter will come from our HR lady next week.

Marion
""", labels=["offer"]))

A(msg("r4-080.eml", "Jake Pemberton <jake.pemberton@lynxtechresourcing.co.uk>", ME,
      "2026-07-17 10:26 +0100", "OFFER - Data Engineer (Azure)",
      """Rhiannon,

Client has come back with an offer!! £575 per day (they went up from £550), Outside IR35, 6
months initial. They'd like you to start Monday 3 August - can you confirm you're OK with that
start date and I'll get the contract drafted.

Jake
""", labels=["offer", "salary_discussed", "notice_period_asked"]))

A(msg("r4-081.eml", "Sunita Mehra <sunita.mehra@brightwell.co.uk>", "Rhiannon Okafor <rhiannon.okafor@brightwell.co.uk>",
      "2026-05-01 09:15 +0100", "Platform Lead",
      """Hi Rhiannon,

Pleased to confirm the Platform Lead secondment is yours, for 12 months from 1 June. HR will
send the formal letter (no change to your salary, plus the acting-up allowance).

Congratulations - well deserved.

Sunita
""", labels=["offer"]))

A(msg("r4-082.eml", "Tallyho Games <noreply@candidates.workablemail.com>", ME,
      "2026-07-20 16:00 +0100", "Your application for Game Economy Analyst",
      """Hi Rhiannon,

Thank you for your interest in the Game Economy Analyst role at Tallyho Games and for the time
you invested in the application.

We've reviewed your application carefully and have decided to move forward with other
applicants at this time. We'll keep your details and may reach out about future roles.

Best of luck in your search,
The Tallyho hiring team
""", labels=["rejection"]))

A(msg("r4-083.eml", "Olu Bankole <olu.bankole@paymonde.com>", ME,
      "2026-07-21 18:12 +0100", "Paymonde - Principal Analyst",
      """Hi Rhiannon,

I wanted to come back to you personally after Friday's final round. The panel spent a long
time on this one. In the end we are prioritising candidates with more direct card-payments
experience for this particular role, given how much of the first year will be spent on the
scheme migration.

You were a pleasure to interview, and I'd be glad to stay in touch - our consumer lending team
will be hiring next year and I think you would be a strong fit there.

All the best,
Olu
""", labels=["rejection"]))

A(msg("r4-084.eml", "Recruitment Team <recruitment@hr.northumbria-uni.ac.uk>", ME2,
      "2026-03-16 10:30 +0000", "Research Software Engineer (Ref 0441-26)",
      """Dear Rhiannon

Thank you for your interest in the above post.

The shortlisting panel has now met and I regret to inform you that on this occasion we have
decided not to progress your application further.

We received a very high number of applications and are unable to provide individual feedback.

We wish you success in your future career.

Recruitment Team
Northumbria University
""", labels=["rejection"]))

A(msg("r4-085.eml", "Ben Harcourt <ben.harcourt@me.com>", ME,
      "2026-07-22 20:49 +0100", "Re: Hartwell role",
      """sorry R, they've gone another way. gutted for you, genuinely thought you had it. pint on me next week

Ben

Sent from my iPhone
""", labels=["rejection"]))

A(msg("r4-086.eml", "Arcwise <no-reply@hire.lever.co>", ME,
      "2026-07-23 21:05 +0000", "Staff Analytics Engineer at Arcwise",
      """Hi Rhiannon,

Thank you for applying for the Staff Analytics Engineer position at Arcwise and for your
patience while we reviewed applications.

We wanted to let you know that this position has now been filled. We appreciate your interest
in Arcwise and encourage you to apply for future roles that match your experience.

Best,
Arcwise Recruiting
""", labels=["rejection"]))

A(msg("r4-087.eml", "Sophie Marchetti <sophie.marchetti@veloria.co>", ME,
      "2026-07-24 12:35 +0100", "Head of Insights - an update",
      """Hi Rhiannon,

I'm sorry to be writing with this. Following the restructure announced this week we have taken
the decision to close the Head of Insights role without making a hire, so we won't be taking
your application any further.

It has nothing to do with your interviews, which went really well. If the role reopens next
year I'll contact you first.

Kind regards,
Sophie
""", labels=["rejection"]))

A(msg("r4-088.eml", "Anika Rao <anika@hollowtree.vc>", ME,
      "2026-07-27 15:33 -0400", "portfolio co - quick q",
      """Hi Rhiannon - when's the earliest you could realistically start somewhere new? One of our portfolio
companies is moving quickly and I'd like to give them an honest answer before I introduce you.

Anika
""", labels=["notice_period_asked"]))

A(msg("r4-089.eml", "Ritu Saxena <ritu.saxena@nexgenstaffing.co.in>", ME,
      "2026-07-28 12:10 +0530", "Notice period confirmation",
      """Dear Rhiannon,

Client HR has asked me to confirm your official notice period as per your appointment letter
and whether early release / notice buy-out is possible from your current organisation.

Kindly revert at the earliest.

Thanks and Regards,
Ritu
""", labels=["notice_period_asked"]))

A(msg("r4-090.eml", "Liam O'Connor <liam.oconnor@harbourpeople.com.au>", ME,
      "2026-07-29 08:20 +1000", "Head of Data - Brisbane",
      """Hey Rhiannon,

Different role, same client group - Head of Data for their Brisbane business. Before I go back
to them: what's your availability to start realistically (given visa etc.), and has your
package expectation changed at all from the $180k we talked about?

Cheers
Liam
""", labels=["notice_period_asked", "salary_discussed"]))

A(msg("r4-091.eml", "Maddie Quinn <maddie.quinn@orbitra.com>", ME,
      "2026-07-29 10:02 -0700", "Orbitra - checking in",
      """Hi Rhiannon,

Thanks again for the onsite. Before the debrief tomorrow it would help me to know whether you
have any other processes in flight or offers you're weighing, and what your earliest start date
would be.

Appreciate it!
Maddie
""", labels=["notice_period_asked"]))

A(msg("r4-092.eml", "Pooja Venkataraman <pooja.v@talentbridge-consulting.in>", ME,
      "2026-07-30 11:00 +0530", "Details required - Data Engineer - client",
      """Dear Rhiannon,

Kindly share below details for processing your candidature:

Current CTC:
Expected CTC:
Notice Period (official / negotiable):
Current Location / Preferred Location:
Reason for change:

Thanks & Regards,
Pooja
""", labels=["salary_discussed", "notice_period_asked"]))

A(msg("r4-093.eml", "Dana Whitfield <dana.whitfield@ledgerly.com>", ME,
      "2026-02-11 13:40 -0500", "Ledgerly - intro",
      """Hi Rhiannon,

Thanks for the quick reply! One thing I always ask early so nobody wastes their time: what are
your compensation expectations for this role? For reference, the posted range is $128k-$150k
base, plus equity.

Best,
Dana
""", labels=["salary_discussed"]))

A(msg("r4-094.eml", "Gwen Pryce <gwen.pryce@cardiffharbour.gov.wales>", ME,
      "2026-07-21 16:40 +0100", "Interview - Data Lead",
      """Dear Rhiannon,

Thank you for attending interview this afternoon. We are interviewing the remaining candidates
tomorrow and will be in touch within a week to let you know the outcome.

Kind regards,
Gwen Pryce
Principal HR Officer
""", labels=["timeline_stated"], by="2026-07-28"))

A(msg("r4-095.eml", "Maddie Quinn <maddie.quinn@orbitra.com>", ME,
      "2026-07-24 09:50 -0700", "Re: Orbitra - checking in",
      """Thanks Rhiannon, that's really helpful. The debrief went well and we should have news for you
in the next few days.

Maddie
""", labels=["timeline_stated"], by="2026-07-27"))

A(msg("r4-096.eml", "Chloe Adeyemi <chloe@northstar-search.com>", ME,
      "2026-07-27 13:11 +0100", "YBS feedback",
      """Hey, Jess is chasing the panel for feedback, should have it by weds latest. Will call u as soon as x
""", labels=["timeline_stated"], by="2026-07-29"))

A(msg("r4-097.eml", "Jordan Blake <jordan.blake@ridgelinetalent.com>", ME,
      "2026-08-04 09:05 -0700", "RE: Staff Analyst - Portland",
      """Hey R - HM is out sick so the debrief slipped. They still expect to have a decision EOW. Sorry for the wait!
""", labels=["timeline_stated"], by="2026-08-07"))

A(msg("r4-098.eml", "Gwen Pryce <gwen.pryce@cardiffharbour.gov.wales>", ME,
      "2026-07-27 11:11 +0100", "Second stage - Data Lead",
      """Dear Rhiannon,

Further to your interview on 21 July, I am pleased to let you know that the panel would like to
invite you to a second stage, consisting of a 20 minute presentation to the Director of
Resources followed by a short discussion, on Tuesday 4 August at 14:00 in Ty Harbwr.

The presentation topic is attached. Please confirm whether you are able to attend.

Kind regards,
Gwen Pryce
""", labels=["interview_request"]))

A(msg("r4-099.eml", "Leanne Fairclough <leanne.fairclough@northstar-search.com>", ME,
      "2026-07-28 17:17 +0100", "They'd like to meet you!",
      """Hi Rhiannon,

Good news - I sent your CV over to Kirkstall Analytics yesterday and they'd like to meet you.
They've suggested a coffee at their office on Park Row, either Monday morning or Tuesday after
3. Let me know which suits and I'll confirm.

Leanne
""", labels=["interview_request"]))

A(msg("r4-100.eml", "Calendly <notifications@calendly.com>", ME,
      "2026-07-29 15:40 -0400", "Confirmed: 30 Minute Intro Call with Anika Rao on Thursday, July 30, 2026",
      """Hi Rhiannon Okafor,

Your 30 Minute Intro Call with Anika Rao at 11:00am (Eastern Time - US & Canada) on Thursday,
July 30, 2026 is scheduled.

Event Type: 30 Minute Intro Call (Hollowtree portfolio - Head of Data)
Location: This is a Google Meet web conference.
Invitee Email: rhiannon.okafor@gmail.com

Need to make changes to this event? Cancel | Reschedule

Powered by Calendly.com
""", ics=ics("REQUEST", "9d1c0e2a-5b77-4f3b-9d6a-calendly", "20260730T150000Z", "20260730T153000Z",
             "30 Minute Intro Call between Anika Rao and Rhiannon Okafor",
             "Anika Rao <anika@hollowtree.vc>", [ME], prodid="-//Calendly//EN",
             stamp="20260729T194000Z"), ics_inline=False, ics_name="invite.ics",
      labels=["interview_request"]))

A(msg("r4-101.eml", "Maddie Quinn <maddie.quinn@orbitra.com>", ME,
      "2026-07-14 13:02 -0700", "Orbitra Onsite (virtual) - Rhiannon Okafor",
      """Hi Rhiannon, sending the invite for your virtual onsite. Agenda in the description; Coderpad link to follow.

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting
Meeting ID: 281 552 901 44
Passcode: Xk3rLw
________________________________________________________________________________
""", ics=ics("REQUEST", "040000008200E00074C5B7101A82E00800000000B0E1C7", "20260722T090000",
             "20260722T130000", "Orbitra Onsite (virtual) - Rhiannon Okafor",
             "Maddie Quinn <maddie.quinn@orbitra.com>",
             [ME, "Kenji Watanabe <kenji.w@orbitra.com>", "Lara Ng <lara.ng@orbitra.com>"],
             tzid="Pacific Standard Time", prodid="Microsoft Exchange Server 2010",
             description="9:00 Systems design (Kenji)\n10:00 SQL pairing (Lara)\n11:00 Lunch\n12:00 Hiring manager",
             location="Microsoft Teams Meeting", stamp="20260714T200200Z"),
      labels=["interview_request"]))

A(msg("r4-102.eml", "Ross Kilbride <ross@kilbride-partners.co.uk>", ME,
      "2026-07-30 08:31 +0100", "Head of BI - Edinburgh",
      """Hi Rhiannon,

Apologies for the cold approach - your name came up with a couple of people I trust. I'm
working with a Edinburgh-based asset manager on a Head of BI hire that isn't advertised.

Would you be open to a call with their COO next week? Informal, 30 minutes, no prep needed.

Best regards,
Ross Kilbride
Kilbride Partners - Executive Search
""", labels=["interview_request"]))

A(msg("r4-103.eml", "Jordan Blake <jordan.blake@ridgelinetalent.com>", ME,
      "2026-08-05 11:00 -0700", "Out of Office: Re: Staff Analyst - Portland",
      """Hi there,

I'm currently traveling with limited access to email and will be back on August 12. If this is
about an offer or an interview this week, please contact my colleague Sam at
sam.roy@ridgelinetalent.com.

Thanks!
Jordan
""", labels=[], headers={"X-Autoreply": "yes", "Auto-Submitted": "auto-replied"}))

A(msg("r4-104.eml", ME, "Bronwyn Tait <bronwyn.tait@coastlinewater.com.au>",
      "2026-04-16 07:44 +0100", "Re: Offer of Employment - Senior Data Scientist",
      """Dear Bronwyn,

Thank you so much - I'm delighted to accept the offer of Senior Data Scientist. I've signed the
letter and contract and attached them here. My notice period ends on 5 June, so could we agree
a start date of Monday 6 July?

With thanks,
Rhiannon
""" + wrote("2026-04-09 16:05 +1000", "Bronwyn Tait <bronwyn.tait@coastlinewater.com.au>",
            "Dear Rhiannon,\n\nFurther to our conversation this afternoon, I am very pleased to formally offer you\nthe position of Senior Data Scientist with Coastline Water."),
      labels=[], attach=[("Signed_offer_R_Okafor.pdf", "application", "pdf", SMALL_PDF)]))

A(msg("r4-105.eml", ME2, "Kit Donnelly <kit@latchkey.dev>",
      "2026-07-03 18:02 +0100", "re: next bits",
      """Hi Kit,

Here you go:

1. Marcus Hale, Data Platform Manager, Brightwell Insurance (my current manager) -
   marcus.hale@brightwell.co.uk. Please give me a heads-up before you contact him.
2. Helen Abara, Head of School, University of Glasgow - h.abara@glasgow-cs.ac.uk

Thanks,
Rhiannon
""" + wrote("2026-07-03 16:44 +0100", "Kit Donnelly <kit@latchkey.dev>",
            "refs pls - 2, ideally one manager. just names + emails is fine, we'll do the rest"),
      labels=[], mid="<CAO4r-8kq1Vx@mail.fastmail.co.uk>", parent="<7f1e0c.refs@latchkey.dev>"))

A(msg("r4-106.eml", ME, "Gwen Pryce <gwen.pryce@cardiffharbour.gov.wales>",
      "2026-07-30 09:00 +0100", "Data Lead - following up",
      """Dear Gwen,

I hope you're well. I just wanted to check in on the Data Lead role - you'd mentioned you
expected to let candidates know within a week of the interview. I'm still very interested and
would be grateful for any update on the timeline.

Kind regards,
Rhiannon Okafor
""", labels=[]))

A(msg("r4-107.eml", "Aer Lingus <noreply@booking.aerlingus.com>", ME,
      "2026-07-31 06:12 +0100", "Your booking is confirmed - ref 7XKQ2P",
      """Booking confirmed

Leeds Bradford (LBA) -> Dublin (DUB)
Fri 14 Aug 2026, 07:05 - 08:10, EI 3425
Seat: 14C (aisle position)

Special offer for you: upgrade to AerSpace from EUR 49. Offer available until check-in opens.

Check-in opens 24 hours before departure. Next steps: download the app for your boarding pass.
""", labels=[]))

A(msg("r4-108.eml", "Monzo <help@monzo.com>", ME,
      "2026-07-31 10:20 +0100", "We've received your application",
      """Hi Rhiannon,

Thanks for applying for a Monzo Flex credit line. We've received your application and we're
reviewing it now. We'll let you know our decision within 5 working days - usually much sooner.

If we need anything else from you, we'll get in touch in the app.

Monzo Bank Ltd is authorised by the Prudential Regulation Authority.
""", labels=[]))

A(msg("r4-109.eml", "Ahmed Siddiqui <notifications@github.com>", "brightwell/data-platform <data-platform@noreply.github.com>",
      "2026-08-03 10:48 +0100", "Re: [brightwell/data-platform] Rename interview_scheduler to session_scheduler (PR #412)",
      """@rhiannon-okafor requested changes on this pull request.

In src/jobs/interview_scheduler.py:

> -def offer_slots(candidates, references):
> +def offer_slots(sessions, refs):

Nit: please keep `references` as the parameter name, it's used by the rejection handler in
three places. Also the position argument should stay keyword-only.

--
Reply to this email directly, view it on GitHub, or unsubscribe.
""", labels=[], cc="Rhiannon Okafor <rhiannon.okafor@brightwell.co.uk>",
      headers={"List-ID": "brightwell/data-platform <data-platform.brightwell.github.com>",
               "X-GitHub-Reason": "review_requested"}))

A(msg("r4-110.eml", "PureGym <hello@puregym-mail.com>", ME,
      "2026-08-03 18:00 +0100", "Rhiannon, your exclusive rejoin offer",
      """We miss you, Rhiannon!

Come back to PureGym Leeds Kirkstall and pay no joining fee. This offer is only for former
members and ends on Sunday.

Book an induction with one of our personal trainers - they'll go through your goals, your
position on the squat rack and next steps for your programme.
""", labels=[]))

A(msg("r4-111.eml", "Pat Greenwood <pat.greenwood1952@talktalk.net>", "Gledhow Residents <gledhow-residents@googlegroups.com>",
      "2026-08-04 14:26 +0100", "roofer references?",
      """Hello all,

Does anyone have references for a decent roofer? Had one round who offered to do the whole
job for £4k cash which seems a lot. He said he'd get back to me with a written quote by the end
of the week but I'm not holding my breath.

Pat (no. 22)
""", labels=[], headers={"List-ID": "<gledhow-residents.googlegroups.com>"}))

A(msg("r4-112.eml", "Katie Shaw <katie.shaw@manning-stainton.co.uk>", ME,
      "2026-08-05 12:55 +0100", "14 Oakwood Lane - update",
      """Hi Rhiannon,

Thanks for viewing 14 Oakwood Lane on Saturday. Just to let you know we've now had an offer on
the property and the vendor is considering it; they will decide by Friday. If you'd like to put
in an offer yourself please let me know before then.

Kind regards,
Katie Shaw
Sales Negotiator, Manning Stainton
""", labels=[]))

A(msg("r4-113.eml", "Leeds Libraries <libraries@leeds.gov.uk>", ME,
      "2026-08-06 08:00 +0100", "Reservation update",
      """Dear customer,

Your reservation for "Interview with the Vampire" (Anne Rice) is progressing. You are now at
position 2 in the queue. We will email you when the item is ready for collection.

Leeds Libraries
""", labels=[]))

A(msg("r4-114.eml", "Swim Leeds <squads@swimleeds.org.uk>", ME,
      "2026-08-06 20:10 +0100", "County squad selection - Ada Okafor",
      """Dear Parent/Guardian,

Thank you for bringing Ada to the county squad trials on Saturday.

Unfortunately, she has not been selected for the County Development Squad on this occasion. The
coaches were very impressed with her backstroke and would encourage her to try again at the
next trials in January. Detailed feedback will be sent within two weeks.

Swim Leeds
""", labels=[]))

A(msg("r4-115.eml", "Meanwood Vets <reception@meanwoodvets.co.uk>", ME,
      "2026-08-07 11:47 +0100", "Biscuit - blood test",
      """Hi Rhiannon,

Biscuit was a very good boy this morning. We've sent his bloods to the lab and will get back to
you with the results within a week. If anything changes in the meantime please give us a ring.

Meanwood Vets
""", labels=[]))

A(msg("r4-116.eml", "PyData Leeds Programme Committee <cfp@pydataleeds.org>", ME,
      "2026-08-10 09:15 +0100", "Your talk proposal has been accepted!",
      """Dear Rhiannon,

We're delighted to offer you a 30-minute speaking slot at PyData Leeds 2026 for your talk
"Testing dbt models like you mean it". Congratulations!

Next steps: please confirm your slot by 21 August and send us a short bio. Speakers receive a
free ticket, and we'll be in touch with the final programme early next month.

The Programme Committee
""", labels=[]))

A(msg("r4-117.eml", "EuroSciPy Programme Committee <program@euroscipy.org>", ME,
      "2026-08-10 17:00 +0200", "EuroSciPy 2026 - decision on your submission",
      """Dear Rhiannon Okafor,

Thank you for submitting "Imputation at scale" to EuroSciPy 2026. We received over 300
proposals this year, and we regret to inform you that we are unable to accept your proposal.

We hope to see you at the conference, and we encourage you to submit a poster.

Best regards,
The Programme Committee
""", labels=[]))

A(msg("r4-118.eml", "Glassdoor <noreply@glassdoor.com>", ME,
      "2026-08-11 07:00 +0000", "Interview questions at companies you follow",
      html="""<html><body><h2>Prep for your next interview</h2>
<table cellpadding="8"><tr><td><b>Ledgerly</b><br>"Walk me through a time you had to reject a stakeholder's request."<br>
Interview difficulty: 3.1/5 · Offer rate: 38%</td></tr>
<tr><td><b>Orbitra</b><br>"How would you design a metric for rider retention?"<br>Avg. time to hire: 24 days</td></tr>
<tr><td><b>Paymonde</b><br>"What's your notice period?" (yes, really - 41 candidates reported it)</td></tr></table>
<p><a href="https://www.glassdoor.com/Interview">See more interview questions</a></p>
<p style="font-size:10px">Glassdoor, Inc. Unsubscribe from these emails.</p></body></html>""", labels=[]))

A(msg("r4-119.eml", "Indeed <alert@indeed.com>", ME,
      "2026-08-12 06:45 +0000", "Employers are looking for candidates like you",
      """Rhiannon, get noticed by employers

Your resume is visible to employers searching for Data Engineer candidates in Leeds.
3 employers viewed profiles like yours this week.

Recommended jobs:
 - Data Engineer, Leeds Teaching Hospitals - £43,742 - £50,056 a year - Easily apply
 - Analytics Engineer, Zoopla - Remote - Responds to 75% of applications within 3 days

Update your resume | Unsubscribe
""", labels=[]))

A(msg("r4-120.eml", "Headingley Cricket Club <captain@headingleycc.org.uk>", "Members <members@headingleycc.org.uk>",
      "2026-08-13 22:02 +0100", "1st XI selection + next steps for September",
      """Evening all,

Selection for Saturday's 1st XI away at Pudsey is on the board. Tom's back from injury so has
his position at the top of the order; Sam, gutted but we've gone another way for this one, you
will get your chance.

Next steps for September: the committee is recruiting a new fixtures secretary - if you're
interested drop me a line and we'll get back to you by the AGM.

Skip
""", labels=[]))
