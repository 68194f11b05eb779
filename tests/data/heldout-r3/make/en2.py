"""English held-out messages, second batch (round 3)."""
from mk import LEGAL, PDF, Set, ics, outlook_quote, quote

S = Set("en", "r3b")
ME = "Maya Okafor <maya.okafor@gmail.com>"
ME2 = "Maya Okafor <maya@okafor.dev>"

S.add("teamtailor-receipt", ["application_received", "timeline_stated"], by="2026-06-15",
      frm="Fjordline Games <jobs@fjordline.teamtailor-mail.com>", to=ME,
      date="2026-06-01 13:30 +0200", subj="We've got your application! 🎮",
      html="""<html><body style="font-family:system-ui"><div style="max-width:560px;margin:auto">
<h2>Hey Maya!</h2><p>Woohoo - your application for <b>Data Engineer (Player Analytics)</b> just landed in our inbox. Thanks for thinking of us!</p>
<p>What happens now? Our team looks through every application personally. We'll get back to you within two weeks, whether it's a yes, a no or a "tell us more".</p>
<p>Meanwhile, why not check out <a href="https://fjordline.teamtailor.com/life">life at Fjordline</a>?</p>
<p>Ha det bra,<br>Ingrid & the Fjordline People team</p>
<p style="font-size:11px;color:#999">Powered by Teamtailor. You can manage your data <a href="#">here</a>.</p></div></body></html>""")

S.add("personio-receipt", ["application_received"],
      frm="Kestrel Mobility GmbH <jobs@kestrel-mobility.jobs.personio.de>", to=ME,
      date="2026-06-02 10:11 +0200", subj="Your application as Senior Data Engineer (m/f/d)",
      text="""Dear Maya Okafor,

thank you for your application as Senior Data Engineer (m/f/d) and your interest in Kestrel Mobility.

We will review your documents carefully and get back to you as soon as possible.

Kind regards
Lena Hoffmann
People & Culture

Kestrel Mobility GmbH | Torstraße 140 | 10119 Berlin | Amtsgericht Charlottenburg HRB 201933 B | Geschäftsführer: Felix Brandt
""")

S.add("workable-receipt", ["application_received"],
      frm="Saltmarsh Studio <noreply@candidates.workablemail.com>", to=ME,
      date="2026-06-03 18:40 +0100", subj="Thanks for applying to Saltmarsh Studio",
      html="""<html><body><table width="600" align="center"><tr><td style="padding:24px">
<p>Hi Maya,</p><p>Thank you for your interest in the <strong>Analytics Engineer</strong> position at Saltmarsh Studio.</p>
<p>This email confirms that your application has been successfully submitted. We're reviewing applications on a rolling basis.</p>
<p>Best regards,<br>Saltmarsh Studio Hiring Team</p></td></tr>
<tr><td style="font-size:10px;color:#aaa;padding:24px">Sent via Workable. Workable Software Ltd.</td></tr></table></body></html>""")

S.add("recieved-typo", ["application_received"],
      frm="Jordan Pike <jordan@pikeandpartners.co.uk>", to=ME,
      date="2026-06-04 22:17 +0100", subj="Re: CV - Lead Data Engineer",
      irt="<maya-pike-0604@gmail.com>",
      text="""Hi Maya, recieved your CV thanks. Will have a proper look tmrw and revert.

Jordan
Sent from my Samsung Galaxy
""" + quote("Hi Jordan,\nAs discussed, my CV attached for the Lead Data Engineer role.\nThanks,\nMaya", "Maya Okafor <maya.okafor@gmail.com>", "Thu, 4 Jun 2026, 21:50"))

S.add("quick-call-tmrw", ["interview_request"],
      frm="Jordan Pike <jordan@pikeandpartners.co.uk>", to=ME,
      date="2026-06-05 08:03 +0100", subj="Re: CV - Lead Data Engineer",
      irt="<jordan-0604@pikeandpartners.co.uk>",
      text="""Morning! Client likes the look of u. can we do a quick call tmrw 10ish? want to intro u to the HM before the formal stuff

J

Sent from my Samsung Galaxy
""")

S.add("outlook-panel-invite", ["interview_request"],
      frm="Fiona Gallagher <fiona.gallagher@harbourmutual.ie>", to=ME,
      date="2026-06-08 11:20 +0100", subj="Panel interview - Maya Okafor - Senior Data Engineer",
      html="""<html><body><div style="font-family:Calibri"><p>Hi Maya,</p><p>Please see invite for your panel interview on Thursday 11 June. The panel will be Conor Walsh (Head of Data), Niamh Byrne (Principal Engineer) and myself.</p>
<p>________________________________________________________________________________</p>
<p><b>Microsoft Teams meeting</b><br>Join on your computer, mobile app or room device<br><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting">Click here to join the meeting</a><br>Meeting ID: 381 552 109 774<br>Passcode: Xc7PqT</p>
<p>________________________________________________________________________________</p></div></body></html>""",
      cal=ics("REQUEST", "Panel interview - Maya Okafor - Senior Data Engineer", "20260611T090000Z", "20260611T100000Z",
              "Fiona Gallagher <fiona.gallagher@harbourmutual.ie>", ["conor.walsh@harbourmutual.ie", "niamh.byrne@harbourmutual.ie", "maya.okafor@gmail.com"],
              "040000008200E00074C5B7101A82E008000000002A6E1C", location="Microsoft Teams Meeting"))

S.add("teams-guest-mention", ["interview_request"],
      frm="Microsoft Teams <noreply@email.teams.microsoft.com>", to=ME,
      date="2026-06-09 16:45 +0100", subj="Hannah Lee (Wrenfield) mentioned you in Trial project - Maya",
      html="""<html><body><table width="100%"><tr><td><b>Hannah Lee</b> mentioned you in <b>Trial project - Maya</b> (Wrenfield, guest)</td></tr>
<tr><td style="padding:12px;background:#f3f2f1">@Maya Okafor thanks so much for the write-up, it's really impressive. We're keen to get you in front of Raj for the final interview - does Monday afternoon work? I'll send an invite once you confirm 🙂</td></tr>
<tr><td><a href="https://teams.microsoft.com/l/message/19:xyz">Reply in Teams</a></td></tr></table>
<p style="font-size:10px">You're receiving this email because you have unread activity in Microsoft Teams. To change your notification settings, go to Settings.</p></body></html>""")

S.add("fwd-hm-final", ["interview_request"],
      frm="Luke Harper <luke.harper@ridgewayrecruit.com>", to=ME,
      date="2026-07-27 12:02 +0100", subj="FW: Maya Okafor - feedback",
      text="""Maya - see below from Tom, they want you back for the final!! Can you do next Tues or Weds? Will call later.

Luke

From: Tom Ashdown <tom.ashdown@severnlogic.co.uk>
Sent: 27 July 2026 11:40
To: Luke Harper <luke.harper@ridgewayrecruit.com>
Subject: Maya Okafor - feedback

Luke,
Really strong first stage from Maya - clear thinker, good on the modelling questions. Let's get her in for the final round with me and Deb (our CTO), in person at the Bristol office. 2 hours incl. a system design exercise.
Thanks, Tom
""")

S.add("how-much-notice", ["notice_period_asked"],
      frm="Tom Ashdown <tom.ashdown@severnlogic.co.uk>", to=ME,
      date="2026-08-06 19:30 +0100", subj="quick q",
      text="""Maya, quick one - how much notice do you need to give Lumenfield? Trying to work out timings for the team plan.

Tom

Sent from my iPhone
""")

S.add("ur-notice", ["notice_period_asked"],
      frm="Jordan Pike <jordan@pikeandpartners.co.uk>", to=ME,
      date="2026-06-10 12:55 +0100", subj="Re: Lead DE",
      irt="<maya-pike-0609@gmail.com>",
      text="""what's ur notice like? 1 month or 3? client asking

Sent from my Samsung Galaxy
""" + quote("Hi Jordan, call went well I think! Let me know what they say.", "Maya Okafor <maya.okafor@gmail.com>", "Tue, 9 Jun 2026, 17:02"))

S.add("workday-start-task", ["notice_period_asked"],
      frm="Carrow Group Careers <carrowgroup@myworkday.com>", to=ME,
      date="2026-04-28 09:00 +0000", subj="Action Required: Complete your Availability questionnaire",
      html="""<html><body><table width="600"><tr><td style="background:#00263e;color:#fff;padding:16px"><b>CARROW GROUP</b></td></tr><tr><td style="padding:16px">
<p>Hello Maya,</p><p>You have a new task in your Candidate Home:</p>
<table border="1" cellpadding="6" style="border-collapse:collapse"><tr><td><b>Task</b></td><td>Availability &amp; Start Date questionnaire</td></tr><tr><td><b>Job</b></td><td>R-0042871 Data Engineer II</td></tr><tr><td><b>Due</b></td><td>01/05/2026</td></tr></table>
<p>Please tell us your current notice period and the earliest date you could start with us.</p>
<p><a href="https://wd3.myworkdaysite.com/carrow">Go to Candidate Home</a></p></td></tr></table></body></html>""")

S.add("nonnative-join-from", ["notice_period_asked"],
      frm="Marek Dvorak <marek.dvorak@pinewoodsystems.eu>", to=ME,
      date="2026-06-11 14:10 +0200", subj="RE: Next step - call with Hiring Manager",
      text="""Hello Maya,

Mr. Novak was very satisfied with your call. Before we continue, could you tell me from when you are free to join us? Also do you have some running obligations with your present company (for example non-compete clause)?

Thank you and best regards
Marek Dvorak
HR Specialist, Pinewood Systems s.r.o.
""")

S.add("start-and-referees", ["notice_period_asked", "references_requested"],
      frm="Fiona Gallagher <fiona.gallagher@harbourmutual.ie>", to=ME,
      date="2026-06-15 15:22 +0100", subj="Following Thursday's interview",
      text="""Hi Maya,

Thanks again for Thursday. The panel enjoyed meeting you and we'd like to move things forward. Two things from me:

1. Could you let me know your earliest possible start date, taking into account your notice?
2. Could you send on details of two referees (name, role, relationship, email and phone)?

Kind regards,
Fiona

Fiona Gallagher | Talent Acquisition Partner | Harbour Mutual
Harbour Mutual Insurance DAC is regulated by the Central Bank of Ireland.
""")

S.add("take-up-refs", ["references_requested"],
      frm="Conor Walsh <conor.walsh@harbourmutual.ie>", to=ME,
      date="2026-06-16 09:02 +0100", subj="refs",
      text="""Hi Maya - Fiona mentioned she'd asked, but just to say from my side: we'd like to take up references now. Ideally two people who've managed you in the last three years. Thanks! Conor
""")

S.add("checkster-invite-refs", ["references_requested"],
      frm="Checkster <no-reply@checkster.com>", to=ME,
      date="2026-06-17 16:00 -0700", subj="TallyRoute has requested your references",
      html="""<html><body style="font-family:Arial"><table width="600"><tr><td>
<h2>Hi Maya,</h2><p><b>TallyRoute</b> uses Checkster to gather confidential feedback from your references.</p>
<p>Please invite <b>at least 3 references</b>: at least one manager and one peer. Your references will get a short survey; it takes them about 10 minutes.</p>
<p><a href="https://app.checkster.com/candidate/abc" style="background:#3b5bdb;color:#fff;padding:10px 18px">Invite references</a></p>
<p>Please complete this step within 48 hours.</p></td></tr></table></body></html>""")

S.add("referee-deets", ["references_requested"],
      frm="Jonah Feld <jonah@stackfield.io>", to=ME,
      date="2026-06-18 17:51 +0100", subj="Re: Lantern Pay - update",
      irt="<maya-lp-0618@gmail.com>",
      text="""pls send referee deets when u get a sec - Lantern want to crack on. 2x, one line manager

Jonah
""" + quote("Hi Jonah - any news from Lantern?", "Maya Okafor <maya.okafor@gmail.com>", "Thu, 18 Jun 2026 at 10:00"))

S.add("referee-fwd-checkster", ["references_contacted"],
      frm="Helen Ortiz <helen.ortiz@sterlingdata.com>", to=ME,
      date="2026-06-19 08:12 -0400", subj="FW: Share your feedback about Maya Okafor",
      text="""Maya - got this from Checkster for TallyRoute yesterday, all done now. Said lovely things obviously. Good luck!!
H

From: Checkster <no-reply@checkster.com>
Sent: Thursday, June 18, 2026 7:41 PM
To: Helen Ortiz <helen.ortiz@sterlingdata.com>
Subject: Share your feedback about Maya Okafor

Hi Helen,
Maya Okafor has listed you as a reference for a position at TallyRoute. Please take 10 minutes to complete a confidential survey about your experience working with Maya.
[Start survey]
""")

S.add("both-refs-back", ["references_contacted"],
      frm="Fiona Gallagher <fiona.gallagher@harbourmutual.ie>", to=ME,
      date="2026-06-24 10:40 +0100", subj="RE: Following Thursday's interview",
      irt="<maya-hm-0616@gmail.com>",
      text="""Hi Maya,

Good news - we've now had both of your references back and they're all fine. We're just waiting on the Garda vetting to come through and then we'll be in touch.

Kind regards,
Fiona
""")

S.add("agency-referee-called", ["references_contacted"],
      frm="Luke Harper <luke.harper@ridgewayrecruit.com>", to=ME,
      date="2026-08-11 14:14 +0100", subj="update",
      text="""Hi Maya - Severn Logic called Helen this morning, Marcus is next on their list (they've left him a voicemail). All moving in the right direction!

Luke
""")

S.add("budget-capped", ["salary_discussed"],
      frm="Nina Sorensen via Workable <noreply@candidates.workablemail.com>", to=ME,
      date="2026-06-22 11:30 +0100", subj="Analytics Engineer - quick check",
      text="""Hi Maya,

Thanks for your application - we'd really like to talk further. Before we do, I want to be upfront: the budget for this role is capped at £72k. Is that workable for you?

Thanks,
Nina Sørensen
Saltmarsh Studio (sent via Workable)
""")

S.add("expected-ctc", ["salary_discussed"],
      frm="Rohit Verma <rohit.verma@talentbridge.co.in>", to=ME,
      date="2026-06-23 10:02 +0530", subj="Lead Data Engineer || Remote || Immediate",
      text="""Hi Maya,

Hope you are doing good.

Your profile looks apt for the Lead Data Engineer position with our client (a leading product MNC). Please confirm your expected CTC in GBP before we move you to the technical round, as client has a fixed band.

Awaiting your early reply.

Thanks & Regards
Rohit Verma | Sr. Technical Recruiter | TalentBridge Consulting
""")

S.add("eonw-decision", ["timeline_stated"], by="2026-06-26",
      frm="Conor Walsh <conor.walsh@harbourmutual.ie>", to=ME,
      date="2026-06-15 18:10 +0100", subj="Re: Thank you",
      irt="<maya-conor-ty-0612@gmail.com>",
      text="""Thanks Maya, appreciated. We're finishing the last interviews on Wednesday and aim to let everyone know by end of next week.

Conor
""")

S.add("by-the-15th", ["timeline_stated"], by="2026-10-15",
      frm="Imogen Clarke <imogen.clarke@ashgrovebank.co.uk>", to=ME,
      date="2026-10-08 12:45 +0100", subj="Data Engineering Manager - timings",
      text="""Hi Maya,

Thank you for your patience. The committee meets on Tuesday, and I'll confirm the outcome to you by the 15th.

Best regards,
Imogen

Imogen Clarke | Resourcing | Ashgrove Bank plc
""" + "\n" + LEGAL.format(co="Ashgrove Bank plc", no="00419922", addr="12 Ashgrove Street, London EC2V 7AA"))

S.add("friday-the-25th", ["timeline_stated"], by="2026-09-25",
      frm="Kwame Asante <kwame@cobaltlane.com>", to=ME,
      date="2026-09-14 09:15 -0400", subj="Re: following up",
      irt="<maya-cobalt-0911@okafor.dev>",
      text="""Hi Maya,

Thanks for checking in! The final panel for the other two candidates is on Monday the 21st, and the team will make their decision on Friday the 25th. I'll let you know that day.

Kwame
""")

S.add("end-of-month", ["timeline_stated"], by="2026-06-30",
      frm="Ingrid Dahl <ingrid@fjordline.no>", to=ME,
      date="2026-06-02 14:33 +0200", subj="Fjordline - after your interview",
      text="""Hi Maya,

Thanks for a really fun conversation today! Our hiring group is meeting a few more people over the next weeks and you'll hear from us by the end of the month at the latest.

Ha en fin dag,
Ingrid
""")

S.add("early-next-month", ["timeline_stated"], by="2026-11-10",
      frm="Imogen Clarke <imogen.clarke@ashgrovebank.co.uk>", to=ME,
      date="2026-10-21 16:02 +0100", subj="Principal Data Engineer - update",
      text="""Hi Maya,

Apologies for the radio silence on the Principal role. Budget sign-off has slipped; we now expect to be able to confirm next steps early next month.

Best regards,
Imogen
""")

S.add("within-a-fortnight", ["timeline_stated"], by="2026-07-16",
      frm="Alistair Munro <a.munro@glenmorven.scot>", to=ME,
      date="2026-07-02 10:50 +0100", subj="Data Lead interview",
      text="""Dear Maya,

Many thanks for attending interview on Tuesday. We are completing the process with the remaining candidates and expect to be able to give you a decision within a fortnight.

Yours sincerely,
Alistair Munro
Director of Operations, Glenmorven Distillers Ltd
""")

S.add("no-update-3-weeks", [],
      frm="HR Team <hr@glenmorven.scot>", to=ME,
      date="2026-07-23 09:30 +0100", subj="RE: Data Lead interview",
      irt="<maya-glen-0722@gmail.com>",
      text="""Dear Maya,

Thank you for your email. We appreciate it has been three weeks since your interview and apologise for the wait. Unfortunately we do not have an update to share at the moment; Mr Munro has been away for two weeks.

Kind regards,
HR Team
""" + quote("Dear Alistair,\nI hope you are well. I wanted to follow up on the Data Lead role.\nKind regards,\nMaya", "Maya Okafor <maya.okafor@gmail.com>", "Wed, 22 Jul 2026 at 18:44"))

S.add("verbal-offer-confirm", ["offer"],
      frm="Kwame Asante <kwame@cobaltlane.com>", to=ME,
      date="2026-09-25 15:48 -0400", subj="Welcome (almost) to Cobalt Lane!",
      text="""Maya,

As discussed on the phone just now - I'm thrilled to confirm we'd like you to join us as Lead Analytics Engineer. You'll get the contract through DocuSign later today; shout if anything in it doesn't match what we talked about.

So excited to work with you.
Kwame
""")

S.add("greenhouse-offer-esign", ["offer"],
      frm="Northwind Analytics <no-reply@us.greenhouse-mail.io>", to=ME,
      date="2026-03-30 13:05 -0400", subj="Your offer from Northwind Analytics",
      html="""<html><body><p>Hi Maya,</p><p>Congratulations! Please find your offer letter for the <b>Senior Analytics Engineer</b> role ready for your review and electronic signature.</p>
<p><a href="https://app.greenhouse.io/offers/abc/sign">Review and sign your offer</a></p><p>If you have any questions, please reach out to Corinne Matthews.</p>
<p>Northwind Analytics Recruiting</p></body></html>""")

S.add("indian-offer-ctc", ["offer", "salary_discussed", "notice_period_asked"],
      frm="Sarvam Analytics HR <careers@sarvamanalytics.in>", to=ME,
      date="2026-06-29 18:20 +0530", subj="Offer of Employment - Lead Data Engineer",
      text="""Dear Maya,

Congratulations!

With reference to your interviews with us, we are pleased to extend you an offer for the position of Lead Data Engineer at Sarvam Analytics Pvt Ltd at an annual CTC of INR 42,00,000 (Rupees Forty Two Lakhs only). The detailed offer letter is attached.

Kindly confirm your acceptance by return mail along with your expected date of joining.

Warm Regards,
HR Team
Sarvam Analytics Pvt Ltd, Bengaluru
""", attach=[("Offer_Letter_Maya_Okafor.pdf", "application/pdf", PDF)])

S.add("conditional-offer-refs", ["offer", "references_contacted"],
      frm="Alistair Munro <a.munro@glenmorven.scot>", to=ME,
      date="2026-07-15 11:00 +0100", subj="Data Lead - conditional offer",
      text="""Dear Maya,

Following your interview, I am delighted to offer you the post of Data Lead at Glenmorven Distillers. This offer is conditional on satisfactory references and proof of your right to work in the UK.

We are contacting the referees named in your application this week. Once those are back, HR will issue your written statement of terms.

Yours sincerely,
Alistair Munro
""")

S.add("offer-html-table", ["offer", "salary_discussed"],
      frm="Harbour Mutual Talent <talent@harbourmutual.ie>", to=ME,
      date="2026-07-01 12:00 +0100", subj="Offer of Employment - Senior Data Engineer",
      html="""<html><body style="font-family:Calibri"><p>Dear Maya,</p><p>Further to your recent interviews, we are delighted to offer you the role of Senior Data Engineer on the terms below.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse"><tr><td>Role</td><td>Senior Data Engineer</td></tr><tr><td>Base salary</td><td>€98,000 per annum</td></tr><tr><td>Bonus</td><td>up to 12%</td></tr><tr><td>Pension</td><td>10% employer</td></tr><tr><td>Location</td><td>Dublin, hybrid</td></tr></table>
<p>Your contract will follow under separate cover. Please confirm you wish to accept.</p><p>Kind regards,<br>Fiona Gallagher</p>
<p style="font-size:9px">Harbour Mutual Insurance DAC is regulated by the Central Bank of Ireland. This e-mail and any attachment are confidential.</p></body></html>""")

S.add("phone-not-progress", ["rejection"],
      frm="Jordan Pike <jordan@pikeandpartners.co.uk>", to=ME,
      date="2026-06-19 16:32 +0100", subj="Re: Lead DE",
      text="""Hi Maya - sorry, just heard back, they've decided not to progress. Gutted for u. Lets keep talking re other roles tho, have a couple coming up

Sent from my Samsung Galaxy
""")

S.add("made-an-appointment", ["rejection"],
      frm="Recruitment <recruitment@northumbria-council.gov.uk>", to=ME,
      date="2026-07-08 15:00 +0100", subj="Post: Data Architect (Ref NC-2210)",
      text="""Dear Ms Okafor

Post: Data Architect (Ref NC-2210)

Thank you for attending interview for the above post. I am writing to let you know that the panel have now made an appointment.

Thank you for the interest you have shown in working for the Council.

Yours sincerely

Recruitment Team
Northumbria Council
""")

S.add("workable-rejection-praise", ["rejection"],
      frm="Nina Sorensen via Workable <noreply@candidates.workablemail.com>", to=ME,
      date="2026-07-09 10:20 +0100", subj="Your application at Saltmarsh Studio",
      text="""Hi Maya,

Thank you so much for the time you spent with us - everyone who met you came away impressed, and your take-home was one of the most thoughtful we received. We genuinely mean that.

We've had an unusually strong group of candidates and, after a lot of back and forth, we won't be moving forward with your application this time.

I'd love to keep you in mind for future roles - we'll be hiring again in the autumn.

Warmly,
Nina
""")

S.add("selected-whose-experience", ["rejection"],
      frm="Corinne Matthews <corinne.matthews@northwind-analytics.com>", to=ME,
      date="2026-07-13 17:05 -0400", subj="Staff Analytics Engineer",
      text="""Hi Maya,

Thanks for interviewing for the Staff Analytics Engineer role. We've selected a candidate whose experience in marketing attribution aligns more closely with the team's roadmap for next year.

Corinne
""")

S.add("nonnative-decided-other", ["rejection"],
      frm="Marek Dvorak <marek.dvorak@pinewoodsystems.eu>", to=ME,
      date="2026-06-26 13:50 +0200", subj="RE: RE: Next step - call with Hiring Manager",
      text="""Hello Maya,

thank you for your answer and your patience. I am sorry but I must inform you that we decided for another candidate, who have more experiences with Kafka and with our industry.

We will keep your CV in our database, if you agree.

Best regards
Marek Dvorak
""")

S.add("own-ooo", [],
      frm=ME2, to="Kwame Asante <kwame@cobaltlane.com>",
      date="2026-08-14 09:02 +0100", subj="Automatic reply: Cobalt Lane - next steps",
      extra={"Auto-Submitted": "auto-replied"},
      text="""Hi, thanks for your email. I'm away until 24 August with limited signal. I'll reply when I'm back.

Maya
""")

S.add("ooo-offer-letters", [],
      frm="Corinne Matthews <corinne.matthews@northwind-analytics.com>", to=ME,
      date="2026-03-31 08:00 -0400", subj="Out of Office: Question about my offer",
      extra={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
      text="""Hi,

I'm out of the office through April 6 with no access to email. For offer letters, background checks or interview scheduling, please contact recruiting@northwind-analytics.com and someone will get back to you within 24 hours.

Corinne
""")

S.add("fridays-signature", ["interview_request"],
      frm="Deb Holloway <deb.holloway@severnlogic.co.uk>", to=ME,
      date="2026-08-03 10:12 +0100", subj="Final round - Tuesday",
      text="""Hi Maya,

Luke will have been in touch, but I wanted to say hello directly - I'm really looking forward to meeting you. We've got you booked in for the final round next Tuesday, 11 August, 10:00-12:00 at our Bristol office (Temple Quay). You'll be with me and Tom.

Any questions, just shout.

Deb

Deb Holloway | CTO | Severn Logic
I work compressed hours and I'm out of the office on Fridays.
""")

S.add("glassdoor-newsletter", [],
      frm="Glassdoor Community <noreply@glassdoor.com>", to=ME,
      date="2026-07-15 13:00 +0000", subj="Which companies reply fastest after an interview?",
      extra={"List-Unsubscribe": "<https://glassdoor.com/unsub>", "Precedence": "bulk"},
      html="""<html><body><h2>The fastest responders of 2026</h2><p>We asked 40,000 candidates how long they waited after an interview. At these 10 companies, most heard back within a week - and two made an offer within 24 hours.</p>
<p>Plus: how to negotiate your notice period, and the reference check questions you should prepare for.</p>
<p><a href="#">Read more</a></p><p style="font-size:10px">Unsubscribe</p></body></html>""")

S.add("parking-permit", [],
      frm="Parking Services <parking@camden.gov.uk>", to=ME,
      date="2026-07-16 11:21 +0100", subj="Application received - resident parking permit",
      text="""Dear Maya Okafor

We have received your application for a resident parking permit (ref RPP/2026/118273). We will review your documents and aim to process your application within 10 working days.

Parking Services
London Borough of Camden
""")

S.add("mortgage-offer", [],
      frm="Harbourside Mortgages <notifications@harboursidemortgages.co.uk>", to=ME,
      date="2026-07-20 15:40 +0100", subj="Good news - your mortgage offer has been issued",
      text="""Dear Maya,

We're pleased to let you know that your mortgage offer has been issued by the lender. Your solicitor will receive a copy today. The offer is valid for six months.

Next steps: your solicitor will now carry out searches and request references from your employer and your current landlord if needed.

Harbourside Mortgages
""")

S.add("school-newsletter", [],
      frm="St Anne's Primary <office@stannes.camden.sch.uk>", to=ME,
      date="2026-07-10 15:30 +0100", subj="Newsletter - Summer term week 11",
      extra={"Precedence": "bulk"},
      text="""Dear Parents and Carers,

What a busy week! Year 5 interviewed our new Head of School, Mrs Patel, for the school newspaper - look out for the interview in next week's edition. Governors have now made an appointment to the Year 2 teaching post and we will introduce Mr Harris in September.

Reminders: sports day is on Friday; reports will be sent home by the end of next week.

Best wishes,
The Office
""")

S.add("football-trials", [],
      frm="Kentish Town Colts FC <secretary@ktcolts.org.uk>", to=ME,
      date="2026-07-21 21:05 +0100", subj="U10 trials - next steps",
      text="""Hi Maya,

Thanks for bringing Leo along to the U10 trials on Saturday. The coaches were really impressed with his attitude.

We'll let all parents know by Friday whether their child has been offered a place in the squad. If Leo isn't selected this time there's a development group on Sunday mornings.

Thanks,
Dave (club secretary)
""")

S.add("letting-agent-offer-refs", [],
      frm="Sophie at Hampton Lettings <sophie@hamptonlettings.co.uk>", to=ME,
      date="2026-07-22 17:30 +0100", subj="Flat 3, 22 Leighton Road - offer accepted!",
      text="""Hi Maya,

Great news, the landlord has accepted your offer of £2,150 pcm for Flat 3!

Next steps: our referencing partner Goodlord will email you today. They'll need your employer's details for an employment reference, your current landlord's contact details, and your salary. Please could you complete it within 48 hours so we can hold the property.

Kind regards,
Sophie
Hampton Lettings
""")

S.add("goodlord-referees", [],
      frm="Goodlord Referencing <referencing@goodlord.co>", to=ME,
      date="2026-07-27 10:05 +0100", subj="Update on your tenant referencing",
      text="""Hi Maya,

We've contacted your referees (your employer Lumenfield and your previous landlord) and we're waiting on their responses. We'll be back in touch within 2 working days with the outcome.

The Goodlord Team
""")

S.add("salary-review-current", [],
      frm="Lumenfield People Team <people@lumenfield.co.uk>", to="Maya Okafor <maya.okafor@lumenfield.co.uk>",
      date="2026-06-25 12:00 +0100", subj="Your 2026 salary review outcome",
      text="""Dear Maya,

Following this year's salary review, we're pleased to confirm that your salary will increase to £68,500 per annum with effect from 1 July 2026. This will be reflected in your July payslip.

Your notice period and other terms remain unchanged.

With thanks for your contribution,
Lumenfield People Team
""")

S.add("interviewer-training", [],
      frm="Lumenfield Talent <talent@lumenfield.co.uk>", to="Maya Okafor <maya.okafor@lumenfield.co.uk>",
      date="2026-06-30 09:45 +0100", subj="You've been added to the interviewer pool - next steps",
      text="""Hi Maya,

Thanks for volunteering to interview candidates for the Analytics team! Next steps:

1. Complete the 45-minute structured interviewing course in Workday Learning by 10 July.
2. Shadow two interviews (we'll send calendar invites).
3. Reverse-shadow one interview, then you're in the pool.

Remember: never discuss salary or make any offer to a candidate - that's always done by Talent.

Lumenfield Talent
""")

S.add("cfp-received", [],
      frm="PyData London <cfp@pydata.org>", to=ME,
      date="2026-05-02 12:10 +0000", subj="We've received your proposal",
      text="""Hi Maya,

Thank you for submitting your proposal "Contracts for your data, not your lawyers" to PyData London 2026. We have received it and it is now under review by the programme committee.

All speakers will be notified of decisions by 15 July.

PyData London Organising Committee
""")

S.add("cfp-accepted", [],
      frm="PyData London <cfp@pydata.org>", to=ME,
      date="2026-07-14 18:00 +0000", subj="Your talk has been accepted!",
      text="""Hi Maya,

We're delighted to offer you a speaking slot at PyData London 2026! Your talk "Contracts for your data, not your lawyers" has been accepted for the main track (30 minutes).

Please confirm by 24 July. We'll send speaker references and travel details next week.

PyData London Organising Committee
""")

S.add("podcast-interview-invite", [],
      frm="Ben Achterberg <ben@dataengpod.com>", to=ME,
      date="2026-08-05 16:02 +0000", subj="Interview for the Data Engineering Podcast?",
      text="""Hi Maya,

I loved your PyData talk! Would you be up for an interview on the Data Engineering Podcast? It's about 45 minutes over Zoom, fairly relaxed. Could you send me your availability for the next couple of weeks?

Cheers,
Ben
""")

S.add("loan-approved", [],
      frm="Lendwise <hello@lendwise.co.uk>", to=ME,
      date="2026-08-07 08:30 +0100", subj="Your loan application - decision",
      extra={"Precedence": "bulk"},
      text="""Hi Maya,

Good news! Your application for a personal loan of £6,000 has been approved and we're pleased to offer you a rate of 6.9% APR.

To accept the offer, sign your agreement online within 30 days.

Lendwise
""")

S.add("own-asking-timeline", [],
      frm=ME, to="Imogen Clarke <imogen.clarke@ashgrovebank.co.uk>",
      date="2026-10-06 08:40 +0100", subj="Data Engineering Manager - follow up",
      text="""Hi Imogen,

I hope you had a good weekend. I wanted to follow up on my interview on the 29th for the Data Engineering Manager role - could you let me know when you expect to reach a decision? I have another process reaching offer stage and would love to hear from Ashgrove first.

Many thanks,
Maya
""")

S.add("own-accepting-offer", [],
      frm=ME, to="Kwame Asante <kwame@cobaltlane.com>",
      date="2026-09-26 10:15 +0100", subj="Re: Welcome (almost) to Cobalt Lane!",
      irt="<kwame-0925@cobaltlane.com>",
      text="""Hi Kwame,

Thank you so much - I'm delighted to accept the offer! I've signed the contract in DocuSign. My notice period at Lumenfield is one month, so I could start on 2 November.

Very much looking forward to it.
Maya
""" + quote("Maya,\nAs discussed on the phone just now - I'm thrilled to confirm we'd like you to join us as Lead Analytics Engineer.\nKwame", "Kwame Asante <kwame@cobaltlane.com>", "Fri, 25 Sep 2026 at 20:48"))

S.add("own-fwd-to-partner", [],
      frm=ME2, to="Femi Okafor <femi.okafor@gmail.com>",
      date="2026-07-01 12:20 +0100", subj="Fwd: Offer of Employment - Senior Data Engineer",
      text="""!!!! look. Dublin though. talk tonight? xx

---------- Forwarded message ---------
From: Harbour Mutual Talent <talent@harbourmutual.ie>
Date: Wed, 1 Jul 2026 at 12:00
Subject: Offer of Employment - Senior Data Engineer

Dear Maya, Further to your recent interviews, we are delighted to offer you the role of Senior Data Engineer. Base salary EUR 98,000 per annum.
""")

S.add("agency-market-update", [],
      frm="Brightpath Talent <insights@brightpathtalent.co.uk>", to=ME,
      date="2026-08-12 07:30 +0100", subj="Data & Analytics salary guide: H2 2026",
      extra={"List-Unsubscribe": "<https://brightpathtalent.co.uk/unsub>", "Precedence": "bulk"},
      html="""<html><body><h2>Data & Analytics market update</h2><p>Base salaries for senior data engineers rose 6% year on year, with London roles now averaging £88k. Time from first interview to offer has stretched to 31 days, and 1 in 4 candidates now receive a counter-offer.</p>
<table border="1"><tr><th>Role</th><th>Median base</th></tr><tr><td>Analytics Engineer</td><td>£68k</td></tr><tr><td>Senior Data Engineer</td><td>£88k</td></tr></table>
<p>Thinking about your next move? Book a call with one of our consultants.</p><p style="font-size:10px">Unsubscribe</p></body></html>""")

S.add("dbs-vetting-portal", [],
      frm="uCheck <noreply@ucheck.co.uk>", to=ME,
      date="2026-07-17 10:00 +0100", subj="Complete your Basic DBS application",
      text="""Hello Maya,

Glenmorven Distillers Ltd has asked you to complete a Basic DBS check. Please log in and complete your application within 7 days. You'll need your passport and proof of address.

uCheck Ltd
""")

S.save()
