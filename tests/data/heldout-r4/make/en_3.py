"""English held-out messages 121-182 (round 4), written by heldout4."""

from mk import ME, ME2, SMALL_PDF, ics, msg, wrote

M: list = []
A = M.append

A(msg("r4-121.eml", "Bronwyn Tait <bronwyn.tait@coastlinewater.com.au>", ME,
      "2026-04-02 10:12 +1100", "Senior Data Scientist - next steps",
      """Hi Rhiannon,

Thanks heaps for your time with the panel on Monday, it went really well from our side.

Could you flick through the details of two referees, ideally people you've reported to in the
last few years? Name, role, phone and email is all we need. We'll let you know before we call
anyone.

Cheers,
Bronwyn
""", labels=["references_requested"]))

A(msg("r4-122.eml", "Tom Ferreira <tom.ferreira.builds@gmail.com>", ME,
      "2026-03-30 21:40 -0700", "one more thing",
      """hey - forgot to ask on the call. can you send over 2 or 3 people we could talk to who've
worked with you closely? ideally someone who managed you and someone you worked alongside.
no formal process, tanvi or I will just give them a quick ring

t
""", labels=["references_requested"]))

A(msg("r4-123.eml", "Rachel Osei <rachel.osei@quayside-analytics.co.uk>", ME,
      "2026-08-18 16:50 +0100", "Good news",
      """Hi Rhiannon,

I'm really pleased to tell you that we'd like to offer you the Senior Analyst role, subject to
references. Could you send me contact details for two referees, one of whom should be your
current manager? We'll only contact your current manager once you've told them.

Formal offer letter to follow once references are back.

Best wishes,
Rachel
""", labels=["offer", "references_requested"]))

A(msg("r4-124.eml", "Oakmont Retail <noreply@smartrecruiters.com>", ME,
      "2026-08-19 09:30 +0000", "Oakmont Retail: Reference request for Senior Merchandise Analyst",
      html="""<html><body style="font-family:Arial">
<p>Hello Rhiannon,</p>
<p>As part of the next stage of the hiring process for <b>Senior Merchandise Analyst</b>, we would like to collect your
references.</p>
<p>Please submit the details of 2 professional referees using the form below by <b>26 Aug 2026</b>.</p>
<p><a href="https://jobs.smartrecruiters.com/references/8821">Submit references</a></p>
<p>Thank you,<br>Oakmont Retail Talent Team</p>
</body></html>""", labels=["references_requested"]))

A(msg("r4-125.eml", "HR Operations <hr.ops@kalinga-fintech.in>", ME,
      "2026-08-20 15:05 +0530", "Reference Check Form - Rhiannon Okafor",
      """Dear Rhiannon,

Greetings from Kalinga Fintech.

Please find attached the Reference Check Form. Kindly fill in the details of two referees (one
should be your current reporting manager) and share the same with us by EOD tomorrow so that
we can initiate the verification process.

Regards,
HR Operations Team
Kalinga Fintech Pvt Ltd
""", labels=["references_requested"],
      attach=[("Reference_Check_Form.pdf", "application", "pdf", SMALL_PDF)]))

A(msg("r4-126.eml", "Jake Pemberton <jake.pemberton@lynxtechresourcing.co.uk>", ME,
      "2026-08-21 08:10 +0100", "quick one",
      """Morning! Compliance need ur referees contact detials for the last 2 contracts before they'll
issue the schedule - can you ping them over today? Cheers

Jake
""", labels=["references_requested"]))

A(msg("r4-127.eml", "Prof. Margaret Lindgren <m.lindgren@uu-stats.se>", ME2,
      "2026-08-24 10:04 +0200", "Associate Professor position - letters",
      """Dear Dr Okafor,

Thank you for your excellent seminar last week. The appointment committee would like to proceed
with your application. Please ask two or three referees to send letters of recommendation
directly to me by email (m.lindgren@uu-stats.se); at least one should be from outside your
current institution.

With kind regards,
Margaret Lindgren
Chair, Appointment Committee, Department of Statistics
""", labels=["references_requested"]))

A(msg("r4-128.eml", "Gwen Pryce <gwen.pryce@cardiffharbour.gov.wales>", ME,
      "2026-09-07 09:22 +0100", "Data Lead - next stage",
      """Dear Rhiannon,

Thank you for your presentation last week. I'm pleased to say the panel would like to move to
the next stage. Please send me the details of two referees by Friday. We hope to be able to
confirm the appointment by the end of the month.

Kind regards,
Gwen
""", labels=["references_requested", "timeline_stated"], by="2026-09-30"))

A(msg("r4-129.eml", "Rachel Osei <rachel.osei@quayside-analytics.co.uk>", ME,
      "2026-08-25 17:31 +0100", "Re: Good news",
      """Hi Rhiannon - just to say I had a really good chat with your old boss at Brightwell this
afternoon. Still waiting to hear back from Helen but no rush on your side.

Rachel
""", labels=["references_contacted"]))

A(msg("r4-130.eml", "Aisling Murphy <aisling.murphy@greenwave-energy.ie>", ME,
      "2026-09-09 14:44 +0100", "Greenwave - update",
      """Hi Rhiannon,

Thanks for bearing with us. We are currently completing reference checks and I expect to be
able to confirm next steps with you by Monday.

Kind regards,
Aisling Murphy
Talent Acquisition, Greenwave Energy
Greenwave Energy DAC, registered in Ireland no. 612004. This email is confidential.
""", labels=["references_contacted", "timeline_stated"], by="2026-09-14"))

A(msg("r4-131.eml", "Halvorsen Foods Careers <halvorsen@myworkday.com>", ME,
      "2026-07-16 05:00 -0700", "Your application status has changed",
      html="""<html><body><table border="0" width="600" style="font-family:Arial;font-size:13px">
<tr><td colspan="2" style="background:#0b3d91;color:#fff;padding:8px">Halvorsen Foods - Candidate Home</td></tr>
<tr><td colspan="2"><p>Hello Rhiannon, there has been an update to your application.</p></td></tr>
<tr><td><b>Job</b></td><td>R-20931 Supply Chain Planner</td></tr>
<tr><td><b>Step</b></td><td>Reference Check</td></tr>
<tr><td><b>Status</b></td><td>In Progress - we are contacting the references you provided</td></tr>
</table></body></html>""", labels=["references_contacted"]))

A(msg("r4-132.eml", "Kit Donnelly <kit@latchkey.dev>", ME,
      "2026-07-08 09:12 +0100", "heads up",
      """heads up - Helen might get a call from our accountant-slash-HR person today, she's doing the
reference bit for us. sorry it's last minute!

k
""", labels=["references_contacted"]))

A(msg("r4-133.eml", "Referoo <noreply@referoo.com.au>", ME,
      "2026-04-07 12:00 +1000", "Your referee has completed their reference",
      """Hi Rhiannon,

Good news - Marcus Hale has completed the reference requested by Coastline Water for the Senior
Data Scientist role.

Reference progress: 1 of 2 complete.

You don't need to do anything. Coastline Water will be notified.

The Referoo Team
""", labels=["references_contacted"]))

A(msg("r4-134.eml", "Dan Whitlock <dan@apexcontractors.co.uk>", ME,
      "2026-07-10 15:55 +0100", "refs",
      """Both referees have come back, all good. Client just needs to do their internal sign off now 👍

Dan
""", labels=["references_contacted"]))

A(msg("r4-135.eml", "Rachel Osei <rachel.osei@quayside-analytics.co.uk>", ME,
      "2026-08-27 10:02 +0100", "All done!",
      """Hi Rhiannon,

References all checked out - Helen was very kind about you - so I'm delighted to say the offer
is now unconditional. Your contract is attached; please sign and return when you're ready.

Best wishes,
Rachel
""", labels=["offer", "references_contacted"],
      attach=[("Contract_Quayside_R_Okafor.pdf", "application", "pdf", SMALL_PDF)]))

A(msg("r4-136.eml", "Dr Helen Abara <h.abara@glasgow-cs.ac.uk>", ME2,
      "2026-09-17 12:20 +0100", "Lecturer in Data Science",
      """Dear Rhiannon,

A short note to let you know that we have now received references from all three of your
referees - thank you for arranging them so promptly. The appointment panel will make its
recommendation within 10 working days, and I will write to you as soon as it has.

Best wishes,
Helen
""", labels=["references_contacted", "timeline_stated"], by="2026-10-01"))

A(msg("r4-137.eml", "Orbitra Recruiting <no-reply@ashbyhq.com>", ME,
      "2026-08-03 14:00 -0700", "Congratulations! Your offer from Orbitra",
      html="""<html><body style="font-family:Inter,Arial,sans-serif">
<p>Hi Rhiannon,</p>
<p>We're so excited to extend you an offer to join Orbitra as <b>Senior Analytics Engineer</b>! Here's a summary:</p>
<table cellpadding="6" style="border:1px solid #e4e4e7;border-collapse:collapse">
<tr><td>Base salary</td><td>$168,000 / year</td></tr>
<tr><td>Equity</td><td>12,000 RSUs (4-year vest)</td></tr>
<tr><td>Sign-on bonus</td><td>$15,000</td></tr>
<tr><td>Start date</td><td>To be agreed</td></tr>
</table>
<p>Your full offer letter is ready to review and sign.</p>
<p><a href="https://app.ashbyhq.com/offers/2ab9">View offer</a></p>
<p>Maddie and the Orbitra team</p>
</body></html>""", labels=["offer", "salary_discussed"]))

A(msg("r4-138.eml", "Talent Acquisition <ta@kalinga-fintech.in>", ME,
      "2026-09-01 18:45 +0530", "Offer Letter - Lead Data Engineer - Kalinga Fintech",
      """Dear Rhiannon,

Congratulations!

We are pleased to offer you the position of Lead Data Engineer at Kalinga Fintech Pvt Ltd,
Pune, with an annual CTC of INR 42,00,000 (Rupees Forty Two Lakhs only) as per the annexure.

Please find the offer letter attached. Kindly send us your acceptance by 4th September.

Warm Regards,
Talent Acquisition Team
""", labels=["offer", "salary_discussed"],
      attach=[("Offer_Letter_Rhiannon_Okafor.pdf", "application", "pdf", SMALL_PDF)]))

A(msg("r4-139.eml", "Aisling Murphy <aisling.murphy@greenwave-energy.ie>", ME,
      "2026-09-14 16:03 +0100", "Following our call",
      """Lovely to speak just now Rhiannon. Confirming the offer as discussed - contract will be with you
on Wednesday.

Aisling
""", labels=["offer"]))

A(msg("r4-140.eml", "Brightwell People Team <people@brightwell.co.uk>", "Rhiannon Okafor <rhiannon.okafor@brightwell.co.uk>",
      "2026-09-15 11:30 +0100", "Internal transfer confirmation - Analytics Engineering Lead",
      """Dear Rhiannon,

Following your conversation with Sunita Mehra, we are pleased to confirm your transfer to the
role of Analytics Engineering Lead within the Data Platform team, effective 1 October 2026.

Your terms and conditions remain unchanged except as set out in the attached letter. Please
confirm your acceptance in Workday.

Kind regards,
Brightwell People Team
""", labels=["offer"]))

A(msg("r4-141.eml", "Bramble & Oak Coffee <no-reply@applytojob.com>", ME,
      "2026-09-16 10:10 -0500", "You've received an offer from Bramble & Oak Coffee",
      """Hi Rhiannon,

Bramble & Oak Coffee has sent you an offer letter for the Operations Data Analyst position.

Please click the link below to view, sign, and return your offer letter:
https://app.jazz.co/offer/ae7711

Questions? Reply to this email and it will be sent to the hiring manager.

(Sent via JazzHR)
""", labels=["offer"]))

A(msg("r4-142.eml", "Graduate Recruitment <graduates@meridianbank-careers.co.uk>", ME2,
      "2026-06-19 15:00 +0100", "Your Assessment Centre outcome",
      """Dear Rhiannon,

Thank you for attending our Assessment Centre on 11 June and for the energy you brought to the
group exercise.

Having reviewed the results from all exercises, we won't be offering you a place on this year's
Technology Graduate Programme. Competition was exceptionally strong, with over 2,400
applications for 40 places.

Your detailed feedback report is available in your candidate portal.

Meridian Bank Early Careers
""", labels=["rejection"]))

A(msg("r4-143.eml", "Ledgerly <no-reply@us.greenhouse-mail.io>", ME,
      "2026-02-26 10:30 -0500", "Update on your Ledgerly application",
      """Hi Rhiannon,

Thank you for your interest in the Analytics Engineer role at Ledgerly and for speaking with
our team. We've decided to pursue other candidates for this position.

We know that's disappointing to hear, and we're grateful for the time you spent with us.

Best,
Ledgerly Talent
""", labels=["rejection"]))

A(msg("r4-144.eml", "Priyanka Shah <priyanka.shah.dev@gmail.com>", ME,
      "2026-09-18 22:13 -0700", "thank you + update",
      """Hi Rhiannon,

Thanks so much for the time you gave us over the last couple of weeks - the take-home was great.

I'll be straight with you: we decided to go with someone who has more production ML experience,
since that's the gap we're most worried about in the next six months. It was close, and I'd
really like to keep in touch as we grow.

Priyanka
co-founder, Ferncast
""", labels=["rejection"]))

A(msg("r4-145.eml", "Jake Pemberton <jake.pemberton@lynxtechresourcing.co.uk>", ME,
      "2026-09-21 12:40 +0100", "Re: Databricks contract - Chester",
      """Hi Rhiannon, bad news I'm afraid - client's gone with another contractor who could start
Monday. Not a reflection on you at all. I've got a couple more coming in next week, will call.

Jake
""", labels=["rejection"]))

A(msg("r4-146.eml", "Elizabeth Warne <staffing@st-aldhelm.ox.ac.uk>", ME2,
      "2026-09-22 09:40 +0100", "Senior Research Fellow - outcome",
      """Dear Dr Okafor,

Thank you for attending interview for the post of Senior Research Fellow on 15 September.

After careful consideration, the panel has recommended another candidate for appointment, and
the appointment has now been accepted.

We are grateful for the time and effort you put into your application.

Yours sincerely,
Elizabeth Warne
HR Officer
""", labels=["rejection"]))

A(msg("r4-147.eml", "HR Services <hr.services@calderdale-mbc.gov.uk>", ME,
      "2026-07-16 13:13 +0100", "Start date - Senior Policy Officer",
      """Dear Rhiannon

Please could you confirm the earliest date on which you would be able to take up the post, taking
account of any notice you are required to give your current employer?

Regards

Amira Shah
HR Assistant
""", labels=["notice_period_asked"]))

A(msg("r4-148.eml", "Ross Kilbride <ross@kilbride-partners.co.uk>", ME,
      "2026-08-07 08:58 +0100", "Head of BI",
      """Morning Rhiannon,

The COO really enjoyed your conversation. One practical question before I speak to him again -
how much notice do you need to give at Brightwell?

Ross
""", labels=["notice_period_asked"]))

A(msg("r4-149.eml", "Recruitment <recruitment@leedsth.nhs.uk>", ME,
      "2026-08-11 10:17 +0100", "Principal Analyst - salary",
      """Dear Rhiannon

Thank you for your interest in the Principal Analyst post. The role is on Agenda for Change Band
8a (£55,690 - £62,682). As you are not currently an NHS employee, could you let us know your
current salary so that we can agree the appropriate starting point?

Kind regards
Medical Workforce & Recruitment Team
""", labels=["salary_discussed"]))

A(msg("r4-150.eml", "Dan Whitlock <dan@apexcontractors.co.uk>", ME,
      "2026-09-22 07:55 +0100", "Warrington role",
      """Morning, client's budget is £450 a day inside IR35 for this one - are you comfortable with that
before I send you over? Know it's a bit lower than your last one

Dan
""", labels=["salary_discussed"]))

A(msg("r4-151.eml", "Castellan Energy <do-not-reply@taleo.net>", ME,
      "2026-09-23 03:20 -0700", "Thank you for applying - Senior Data Analyst (2600788)",
      """Dear Rhiannon Okafor,

Thank you for applying to the Senior Data Analyst position (Job Number 2600788) at Castellan
Energy. Your application has been submitted successfully.

To view the status of your application, log in to the Castellan Energy Career Section.

Sincerely,
Castellan Energy Talent Acquisition

Please do not reply to this message. This mailbox is not monitored.
""", labels=["application_received"]))

A(msg("r4-152.eml", "Sandeep Kulkarni <sandeep.k@vertexhire.in>", ME,
      "2026-09-24 14:02 +0530", "Re: Profile for Analytics Manager",
      """Hi Rhiannon,

Recieved your CV, thanks. Will share with the hiring team today and update you.

Regards
Sandeep
""", labels=["application_received"]))

A(msg("r4-153.eml", "Oakmont Retail <noreply@smartrecruiters.com>", ME,
      "2026-08-12 11:00 +0000", "Interview invitation - Senior Merchandise Analyst",
      """Hello Rhiannon,

Good news! The hiring team at Oakmont Retail would like to invite you to an interview for the
Senior Merchandise Analyst position.

Interview type: Video interview (Microsoft Teams), 60 minutes
Interviewers: Gemma Fox (Head of Merchandising), Raj Patel (Lead Analyst)

Please choose one of the available time slots:
https://jobs.smartrecruiters.com/interview/oakmont/5530

Oakmont Retail Talent Team
""", labels=["interview_request"]))

A(msg("r4-154.eml", "Recruitment <recruitment@uq-health.edu.au>", ME2,
      "2026-09-25 15:30 +1000", "Shortlisted - Senior Lecturer, Health Data Science (Job no. 528110)",
      """Dear Dr Okafor,

Thank you for your application for the position of Senior Lecturer, Health Data Science. I am
pleased to advise that you have been shortlisted, and the selection committee would like to
invite you to a panel interview via Zoom.

The committee is available on Wednesday 7 October between 9am and 1pm AEST. Please reply with a
time within that window that suits you, bearing in mind the time difference.

Kind regards,
Recruitment Officer
""", labels=["interview_request"]))

A(msg("r4-155.eml", "Olu Bankole <olu.bankole@paymonde.com>", ME,
      "2026-07-13 10:45 +0100", "Updated invitation: Paymonde final round - Rhiannon Okafor",
      """Hi Rhiannon, as discussed I've moved the final round to Friday morning - updated invite attached.
Same panel, same format.

Olu
""", ics=ics("REQUEST", "040000008200E00074C5B7101A82E008000000002A9F44", "20260717T093000",
             "20260717T113000", "Paymonde final round - Rhiannon Okafor",
             "Olu Bankole <olu.bankole@paymonde.com>",
             [ME, "Grace Lim <grace.lim@paymonde.com>"], seq=2,
             tzid="GMT Standard Time", prodid="Microsoft Exchange Server 2010",
             location="Paymonde, 1 Finsbury Avenue, London", stamp="20260713T094500Z"),
      labels=["interview_request"]))

A(msg("r4-156.eml", "Rachel Osei <rachel.osei@quayside-analytics.co.uk>", ME,
      "2026-09-22 12:00 +0100", "Team lead role",
      """Hi Rhiannon,

Thanks for the chat about the team lead role - it's early days, as I said. We're still waiting for
budget sign-off, which should come through early next month, and I'll be back in touch with you
then either way.

Rachel
""", labels=["timeline_stated"], by="2026-10-10"))

A(msg("r4-157.eml", "Kenji Watanabe <kenji.w@orbitra.com>", ME,
      "2026-09-28 10:05 -0700", "Staff role - debrief",
      """Rhiannon - thanks for today, the team really enjoyed it. We debrief tomorrow and you'll have
an answer from us within 48 hours.

Kenji
""", labels=["timeline_stated"], by="2026-09-30"))

A(msg("r4-158.eml", "Sandeep Kulkarni <sandeep.k@vertexhire.in>", ME,
      "2026-10-15 17:20 +0530", "Re: Interview feedback",
      """Hi Rhiannon,

Panel is yet to share feedback as the hiring manager is travelling. They will revert by 25th for
sure, I will keep you posted.

Regards
Sandeep
""", labels=["timeline_stated"], by="2026-10-25"))

A(msg("r4-159.eml", "Grace Lim <grace.lim@paymonde.com>", ME,
      "2026-07-17 06:00 +0100", "Automatic reply: Paymonde final round - Rhiannon Okafor",
      """I'm out of the office today and will reply when I'm back on Monday. For anything urgent
please contact Olu Bankole.
""", labels=[], headers={"Auto-Submitted": "auto-replied", "X-MS-Exchange-Inbox-Rules-Loop": "grace.lim@paymonde.com"}))

A(msg("r4-160.eml", "Anneke de Vries <anneke.devries@tessellate.io>", ME,
      "2026-10-02 13:26 +0100", "Tessellate - final interview",
      """Hi Rhiannon,

Thanks so much for your time with Jonas on Tuesday - he was very impressed. We'd like to invite
you to a final interview with our CTO and CFO. Could you let me know your availability for a
90 minute slot at our London office in the week of 12 October?

Best,
Anneke

Anneke de Vries | People Partner | Tessellate
I work part-time and I'm out of the office on Fridays, so replies may take a little longer.
""", labels=["interview_request"]))

A(msg("r4-161.eml", "Ross Kilbride <ross@kilbride-partners.co.uk>", ME,
      "2026-07-31 12:14 +0100", "JD - Head of BI",
      """Hi Rhiannon,

As promised, the job description for the Head of BI role is attached, along with a short note
on the business. Have a read over the weekend and let me know any questions.

Ross

--
Kilbride Partners Ltd. This email and any attachments are confidential. Nothing in this email
constitutes an offer of employment or forms part of any contract. Any salary figures are
indicative only.
""", labels=[], attach=[("Head_of_BI_JD.pdf", "application", "pdf", SMALL_PDF)]))

A(msg("r4-162.eml", "Hannah Kirkwood <hannah.kirkwood@meridianhealth.co.uk>", ME,
      "2026-03-18 11:11 +0000", "Feedback",
      """Hi Rhiannon,

Thanks for taking me up on the offer of feedback. Could you let me know your availability next
week for a 20 minute call? I'll talk you through the panel's notes on the case study and the
interview.

Hannah
""", labels=[]))

A(msg("r4-163.eml", "Anneke de Vries <anneke.devries@tessellate.io>", ME,
      "2026-10-16 16:40 +0100", "Photos from Thursday",
      """Hi Rhiannon,

It was great to have you in the office on Thursday for your interview - I hope the journey back
to Leeds was OK. A couple of people asked for the photos from the team lunch you joined, so here
they are!

Anneke
""", labels=[], attach=[("lunch.jpg", "image", "jpeg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 200 + b"\xff\xd9")]))

A(msg("r4-164.eml", "Leanne Fairclough <leanne.fairclough@northstar-search.com>", ME,
      "2026-07-29 09:15 +0100", "How we work",
      """Hi Rhiannon,

Lovely to speak yesterday. Just so you know how we work at Northstar: we never contact references
without your permission, and we don't discuss salary with clients until there's an offer on the
table. Nothing goes to a client without your say-so.

Leanne
""", labels=[]))

A(msg("r4-165.eml", ME, "Pooja Venkataraman <pooja.v@talentbridge-consulting.in>",
      "2026-03-10 07:30 +0000", "RE: Data Engineer opportunity with our client - Bengaluru/Remote",
      """Hi Pooja,

Thanks. I'm available on 16th March between 2 and 4 PM IST, or 18th March any time before 3 PM
IST. Please let me know which works for the panel.

Regards,
Rhiannon
""" + wrote("2026-03-10 10:12 +0530", "Pooja Venkataraman <pooja.v@talentbridge-consulting.in>",
            "Kindly share your availability for a 45 minutes technical discussion over MS Teams.", "outlook"),
      labels=[]))

A(msg("r4-166.eml", ME, "Ross Kilbride <ross@kilbride-partners.co.uk>",
      "2026-08-07 09:30 +0100", "Re: Head of BI",
      """Hi Ross, it's three months, though Brightwell have been flexible before. Rhiannon
""", labels=[]))

A(msg("r4-167.eml", ME2, "Sandeep Kulkarni <sandeep.k@vertexhire.in>",
      "2026-10-20 08:02 +0100", "Withdrawing - Analytics Manager",
      """Hi Sandeep,

Thank you for all your help. I have accepted an offer elsewhere, so I'd like to withdraw my
application for the Analytics Manager role. Please pass on my thanks to the panel.

Best regards,
Rhiannon
""", labels=[]))

A(msg("r4-168.eml", "The Daily Byte <newsletter@dailybyte.news>", ME,
      "2026-10-21 06:30 +0000", "Databricks makes offer for Tabular rival; our interview with Snowflake's CFO",
      html="""<html><body><h1>The Daily Byte</h1>
<h3>1. Databricks makes $2bn offer for rival</h3><p>The board is expected to accept the offer within two weeks.</p>
<h3>2. Interview: Snowflake's CFO on the role of AI spend</h3><p>"We'll get back to growth next quarter."</p>
<h3>3. Layoffs tracker</h3><p>Three fintechs rejected acquisition offers this week.</p>
<p style="font-size:10px">You're receiving this because you subscribed. Unsubscribe.</p></body></html>""",
      labels=[], headers={"List-Unsubscribe": "<https://dailybyte.news/u/71>"}))

A(msg("r4-169.eml", "reed.co.uk <noreply@reed.co.uk>", ME,
      "2026-10-22 08:00 +0100", "Your CV has been viewed 7 times this week",
      """Hi Rhiannon,

Recruiters are interested! Your CV was viewed 7 times this week.

Jobs matching your profile:
 - Senior Data Analyst, Leeds, £50,000 - £58,000 - Apply now
 - Head of Analytics, Bradford, £75,000 - Interviewing now

Boost your profile to appear higher in recruiter searches.
""", labels=[]))

A(msg("r4-170.eml", "Monster Career Advice <advice@monster-mail.co.uk>", ME,
      "2026-10-23 07:00 +0100", "5 questions to ask at the end of your interview",
      """Career Advice Weekly

5 questions to ask at the end of your interview
1. "What are the next steps, and when can I expect to hear back?"
2. "How would you measure success in the first 90 days?"
3. "Is there anything about my background that concerns you?"
4. "What's the salary range and is it negotiable?"
5. "Would you like me to provide references?"

Also this week: how to turn down a job offer without burning bridges.

Unsubscribe
""", labels=[]))

A(msg("r4-171.eml", "Amazon.co.uk <shipment-tracking@amazon.co.uk>", ME,
      "2026-10-24 10:02 +0100", "Your Amazon.co.uk order has been dispatched",
      """Hello Rhiannon,

Your package with "The Offer: A Novel" and 1 other item has been dispatched.

Arriving: Monday 26 October
Track your package: https://www.amazon.co.uk/progress-tracker

Order #204-7718821-3391125
""", labels=[]))

A(msg("r4-172.eml", "Ocado <customerservices@ocado.com>", ME,
      "2026-10-24 18:30 +0100", "Your delivery tomorrow - substitutions and offers",
      """Hi Rhiannon,

Your delivery is on its way tomorrow between 8:00 and 9:00.

Substitutions: Rachel's Organic yoghurt (unavailable) -> Yeo Valley Organic yoghurt
Offers applied: 3 for £5 on fresh pasta, saving £1.40

Don't want a substitution? Just hand it back to the driver.
""", labels=[]))

A(msg("r4-173.eml", "Chapel Allerton Medical Practice <noreply@accurx.nhs.uk>", ME,
      "2026-10-26 13:05 +0000", "Message from your GP practice",
      """Dear Rhiannon,

Your recent blood test results have been reviewed by Dr Haworth and are normal. No further
action is needed. If the doctor needs anything else she will get back to you within a week.

Chapel Allerton Medical Practice
This is an automated message - replies are not monitored.
""", labels=[]))

A(msg("r4-174.eml", "HMRC <noreply@tax.service.gov.uk>", ME,
      "2026-10-27 09:00 +0000", "Your Self Assessment: payment allocated",
      """Dear customer

We have received your payment of £1,240.00 and applied it to your Self Assessment account.

The application of this payment to your 2025-26 balancing payment is shown in your online
account. You do not need to do anything else.

HM Revenue and Customs
""", labels=[]))

A(msg("r4-175.eml", "Marcus Hale <marcus.hale@brightwell.co.uk>", "Data Platform <data-platform@brightwell.co.uk>",
      "2026-10-27 15:20 +0000", "RE: Team offsite - November",
      """Fine by me - let's keep the role-play session but make it optional. Rhiannon, can you own the
agenda? I'll get back to everyone about the budget by Thursday.

Marcus
""" + wrote("2026-10-27 14:02 +0000", "Ahmed Siddiqui <ahmed.siddiqui@brightwell.co.uk>",
            """Ideas for the offsite:
- morning: retro + roadmap
- afternoon: the "mock interview" role-play session people liked last year
- evening: dinner (I can look at offers at Tharavadu)

Position on remote joiners: they can dial in to the morning."""),
      labels=[], parent="<DB8PR02MB55.offsite@brightwell.co.uk>"))

A(msg("r4-176.eml", "Leeds Alumni <alumni@leeds.ac.uk>", ME2,
      "2026-10-28 12:00 +0000", "Class of 2016 reunion - next steps",
      """Dear Rhiannon,

Thank you for registering your interest in the Class of 2016 reunion! Next steps: we'll send
ticket details in November.

We'd also love to interview a few alumni for the next issue of Leeds Magazine about their
career since graduating - reply if you'd be happy to take part.

Alumni Relations Office
""", labels=[]))

A(msg("r4-177.eml", "Meanwood Players <casting@meanwoodplayers.org.uk>", ME,
      "2026-10-29 21:45 +0000", "The Importance of Being Earnest - casting",
      """Dear Rhiannon,

Thank you so much for auditioning last Tuesday. We're delighted to offer you the role of Lady
Bracknell! Rehearsals start on 9 November, Mondays and Thursdays 7.30pm at the church hall.

Unfortunately we weren't able to offer everyone a part this time - if you know anyone who'd like
to help backstage, send them our way.

Please confirm by Sunday.

Jill (director)
""", labels=[]))

A(msg("r4-178.eml", "School Admissions <school.admissions@leeds.gov.uk>", ME,
      "2026-10-30 10:00 +0000", "Secondary school applications - offer day reminder",
      """Dear Parent/Carer,

Thank you for submitting your application for a secondary school place for September 2027. Your
application has been received.

Offers of school places will be sent on National Offer Day, 1 March 2027. If you are not offered
your first preference you can join waiting lists or appeal.

School Admissions Service
""", labels=[]))

A(msg("r4-179.eml", "Strava <no-reply@strava.com>", ME,
      "2026-10-31 09:30 +0000", "You moved up the leaderboard!",
      """Nice work, Rhiannon! You're now in position 3 on the segment "Otley Chevin climb" (women, 30-39).

Keep it up - Strava Subscribers get a 2-month offer on training plans this week.
""", labels=[]))

A(msg("r4-180.eml", "Marcus Hale <marcus.hale@brightwell.co.uk>", "Rhiannon Okafor <rhiannon.okafor@brightwell.co.uk>",
      "2026-11-02 09:00 +0000", "Invitation: Sprint 42 planning @ Mon 9 Nov 2026 10:00 - 11:30",
      """You have been invited to the following event.

Sprint 42 planning
When: Mon 9 Nov 2026 10:00 - 11:30 (GMT)
Where: 4th floor - Aire room / Teams
Who: Marcus Hale (organiser), Data Platform

Agenda: carry-over from sprint 41, the interview-app payload fix, capacity.
""", ics=ics("REQUEST", "sprint42-planning-brightwell", "20261109T100000Z", "20261109T113000Z",
             "Sprint 42 planning", "Marcus Hale <marcus.hale@brightwell.co.uk>",
             ["Data Platform <data-platform@brightwell.co.uk>",
              "Rhiannon Okafor <rhiannon.okafor@brightwell.co.uk>"],
             location="4th floor - Aire room", stamp="20261102T090000Z"),
      labels=[]))

A(msg("r4-181.eml", "Ngozi Okafor <ngozi.okafor@yahoo.co.uk>", ME,
      "2026-11-03 19:15 +0000", "Invitation: Mum's 60th - dinner @ Sat 21 Nov 2026 19:00 - 23:00",
      """Ngozi Okafor has invited you to "Mum's 60th - dinner".

Sat 21 Nov 2026, 19:00 - 23:00
Tharavadu, Mill Hill, Leeds

Don't tell her!! x
""", ics=ics("REQUEST", "mum60-20261121@yahoo.com", "20261121T190000Z", "20261121T230000Z",
             "Mum's 60th - dinner", "Ngozi Okafor <ngozi.okafor@yahoo.co.uk>", [ME],
             location="Tharavadu, Mill Hill, Leeds", prodid="-//Yahoo//Calendar//EN",
             stamp="20261103T191500Z"),
      labels=[]))

A(msg("r4-182.eml", "Dele Okafor <dele.okafor@outlook.com>", ME,
      "2026-11-04 12:48 +0000", "Fwd: Offer accepted - 14 Oakwood Lane",
      """!!!! we got it!!!

-------- Forwarded Message --------
Subject: Offer accepted - 14 Oakwood Lane
Date: Wed, 4 Nov 2026 12:30:11 +0000
From: Katie Shaw <katie.shaw@manning-stainton.co.uk>
To: Dele Okafor <dele.okafor@outlook.com>

Dear Dele,

I'm delighted to confirm that the vendor has accepted your offer of £312,500 for 14 Oakwood
Lane, subject to contract. Next steps: please send me your solicitor's details and your
mortgage agreement in principle. We'll get back to you within a few days with the memorandum of
sale.

Kind regards,
Katie Shaw
""", labels=[]))
