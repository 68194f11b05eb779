"""English held-out messages, third batch (round 3)."""
from mk import LEGAL, PDF, Set, ics, outlook_quote, quote

S = Set("en", "r3c")
ME = "Maya Okafor <maya.okafor@gmail.com>"
ME2 = "Maya Okafor <maya@okafor.dev>"
WORK = "Maya Okafor <maya.okafor@lumenfield.co.uk>"

S.add("icims-table-3wk", ["application_received", "timeline_stated"], by="2026-09-07",
      frm="Ashgrove Bank Careers <ashgrovebank@icims.com>", to=ME,
      date="2026-08-17 08:02 +0100", subj="Thank you for your application - Data Engineering Manager",
      html="""<html><body style="font-family:Arial;font-size:13px"><p>Dear Maya,</p>
<p>Thank you for applying to Ashgrove Bank.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th align="left">Position</th><td>Data Engineering Manager (REQ-11904)</td></tr>
<tr><th align="left">Application status</th><td>Under review</td></tr>
<tr><th align="left">Expected response</th><td>within 3 weeks</td></tr>
</table>
<p>Due to the volume of applications we may not be able to provide individual feedback at the screening stage.</p>
<p>Ashgrove Bank Resourcing</p>
<p style="font-size:9px">Ashgrove Bank plc is authorised by the Prudential Regulation Authority. Nothing in this email constitutes an offer of employment.</p></body></html>""")

S.add("ashby-receipt-short", ["application_received"],
      frm="Cobalt Lane <no-reply@ashbyhq.com>", to=ME,
      date="2026-08-18 19:22 -0400", subj="Thanks for applying to Cobalt Lane",
      text="""Hi Maya,

Thanks for applying for the Lead Analytics Engineer role! We've got your application and the team will take a look.

Cobalt Lane
Powered by Ashby
""")

S.add("nonnative-cv-receipt", ["application_received"],
      frm="Giulia Ferraresi <g.ferraresi@tessaro-data.it>", to=ME,
      date="2026-08-19 12:40 +0200", subj="R: Application Senior Data Engineer",
      irt="<maya-tessaro-0818@gmail.com>",
      text="""Dear Maya,

I confirm the receipt of your CV and cover letter, thank you. I will forward it to our CTO who is taking care of the selection for this position.

Best regards,
Giulia Ferraresi
HR Office - Tessaro Data S.r.l.
""")

S.add("smartrecruiters-in-review", ["application_received"],
      frm="Lyra Hotels Group <notification@smartrecruiters.com>", to=ME,
      date="2026-03-27 09:15 +0100", subj="Your application status has changed",
      html="""<html><body><p>Hi Maya,</p><p>Your application for <b>BI Developer (Barcelona or remote)</b> has moved to <b>In Review</b>. Our team is now looking at your profile.</p>
<p>You can follow your application's progress in your SmartRecruiters candidate account.</p><p>Lyra Hotels Group Talent Team</p></body></html>""")

S.add("agency-receipt-site", ["application_received"],
      frm="Norwood IT Recruitment <applications@norwoodit.co.uk>", to=ME,
      date="2026-08-21 18:00 +0100", subj="Application: Senior Analytics Engineer (Job ref NIT-88213)",
      text="""Dear Maya,

Thank you for applying for Senior Analytics Engineer (Job ref NIT-88213) via norwoodit.co.uk.

Your application has been received and one of our consultants will review your CV against the client's requirements. If your skills and experience are a match, we will contact you to discuss the role in more detail.

Norwood IT Recruitment Ltd is acting as an Employment Agency in relation to this vacancy.
""")

S.add("greenhouse-virtual-onsite-long", ["interview_request"],
      frm="Corinne Matthews <corinne.matthews@northwind-analytics.com>", to=ME,
      date="2026-03-03 15:20 -0500", subj="Northwind Analytics - next steps for the Senior Analytics Engineer role",
      text="""Hi Maya,

I hope your week is going well! I wanted to follow up on your conversation with Priya last Thursday, and first of all thank you for being so generous with your time and for the thoughtful questions you asked about our data platform roadmap. Priya mentioned she particularly enjoyed your perspective on semantic layers.

A little context on where we are: we've been speaking to a number of people for this role over the past few weeks, and the team has been meeting twice a week to calibrate. Our process is designed to be as consistent as possible, so every candidate who reaches this stage goes through the same set of conversations, and each interviewer focuses on a different area so you aren't asked the same thing twice.

With all that said, I'm happy to share that we'd like to invite you to our virtual onsite, which is the final stage of our process. It consists of four 45-minute conversations with members of the analytics, data platform and product teams, with breaks in between.

Here's what to expect: a SQL and modelling exercise (shared screen, no trick questions), a system design conversation, a conversation about collaboration with product partners, and a values conversation with our VP of Data. You don't need to prepare anything specific, although some candidates find it useful to review our public engineering blog.

To schedule, please use the Greenhouse link below to share your availability over the next two weeks. We'll do our best to fit everything into a single day, but we can split it across two days if that's easier for you.

Availability link: https://app.greenhouse.io/candidate_availability/abc

As always, let me know if you need any accommodations during the process - we're glad to help.

All the best,
Corinne

Corinne Matthews
Senior Recruiter | Northwind Analytics
Northwind Analytics, Inc. | 200 Clarendon St, Boston, MA 02116
""")

S.add("thanks-quoted-rejection", [],
      frm="Mark Ibbotson <mark.ibbotson@helixgrid.com>", to=ME,
      date="2026-04-21 08:12 +0100", subj="Re: Data Lead role",
      irt="<maya-helix-0420@okafor.dev>",
      text="""Thanks Maya, very gracious of you. All the best.

Mark
""" + quote("Hi Mark,\nThank you for letting me know, and for your time. I'd love to stay in touch.\nMaya\n\nOn Mon, 20 Apr 2026 at 10:41, Mark Ibbotson wrote:\n> In the end we've gone with an internal candidate for the role.\n> I'm sorry it wasn't better news.", "Maya Okafor <maya@okafor.dev>", "Mon, 20 Apr 2026 at 19:30"))

S.add("outlook-quoted-offer", [],
      frm="Fiona Gallagher <fiona.gallagher@harbourmutual.ie>", to=ME,
      date="2026-07-02 09:20 +0100", subj="RE: Offer of Employment - Senior Data Engineer",
      irt="<maya-hm-0701@gmail.com>",
      text="""Hi Maya,

No problem at all, take the time you need over the weekend. I'll let Conor know.

Fiona
""" + outlook_quote("Hi Fiona, thank you so much! Could I have until Monday to think it over with my family? Maya\n\n-----Original Message-----\nFrom: Harbour Mutual Talent\nSent: 01 July 2026 12:00\nSubject: Offer of Employment - Senior Data Engineer\n\nDear Maya, we are delighted to offer you the role of Senior Data Engineer. Base salary EUR 98,000 per annum. Please let us know your earliest start date.", "Maya Okafor <maya.okafor@gmail.com>", "01 July 2026 18:02", "Fiona Gallagher", "RE: Offer of Employment - Senior Data Engineer"))

S.add("serving-notice-lwd", ["notice_period_asked"],
      frm="Rohit Verma <rohit.verma@talentbridge.co.in>", to=ME,
      date="2026-06-25 11:45 +0530", subj="RE: Lead Data Engineer || Remote || Immediate",
      text="""Hi Maya,

Thanks for the details. One more query from client side - are you currently serving notice period? If yes, pls share your LWD. Client is looking for immediate joiners or max 30 days.

Thanks & Regards
Rohit
""")

S.add("greenhouse-start-form", ["notice_period_asked"],
      frm="Cobalt Lane <no-reply@ashbyhq.com>", to=ME,
      date="2026-09-02 14:00 -0400", subj="A few details before your final interview",
      html="""<html><body><p>Hi Maya,</p><p>Ahead of your final interview, please complete this short form so our team can plan:</p>
<ul><li>Earliest possible start date</li><li>Notice period with your current employer</li><li>Preferred working location</li></ul>
<p><a href="https://jobs.ashbyhq.com/cobaltlane/form/abc">Open the form</a></p><p>Thanks!<br>Cobalt Lane Recruiting</p></body></html>""")

S.add("be-able-to-start", ["notice_period_asked"],
      frm="Alistair Munro <a.munro@glenmorven.scot>", to=ME,
      date="2026-06-30 17:40 +0100", subj="Re: Data Lead interview",
      irt="<maya-glen-ty-0630@gmail.com>",
      text="""Dear Maya,

Thank you for your kind note. One question I should have asked you on the day: when would you be able to start with us? We would ideally like someone in post by September.

Kind regards,
Alistair
""" + quote("Dear Alistair,\nThank you for today, I enjoyed the tour of the bottling hall.\nMaya", "Maya Okafor <maya.okafor@gmail.com>", "Tue, 30 Jun 2026 at 16:02"))

S.add("notice-and-salary-move", ["notice_period_asked", "salary_discussed"],
      frm="Luke Harper <luke.harper@ridgewayrecruit.com>", to=ME,
      date="2026-07-16 12:10 +0100", subj="Severn Logic",
      text="""Hi Maya, HM wants to see you! Before I confirm, what notice are you on, and where would you need to be salary-wise to move? They've got some flex above the advertised 75.

Luke
""")

S.add("offer-start-tbc", ["offer", "notice_period_asked"],
      frm="Tom Ashdown <tom.ashdown@severnlogic.co.uk>", to=ME,
      date="2026-08-13 16:30 +0100", subj="Offer - Senior Platform Engineer",
      text="""Hi Maya,

Great news - following Tuesday's final round, I'm delighted to offer you the Senior Platform Engineer role at Severn Logic. Luke will walk you through the details, and the written offer will follow from our HR team.

Your start date is to be confirmed: please let us know when you could start, bearing in mind your notice at Lumenfield.

Welcome aboard (I hope!),
Tom
""")

S.add("two-refs-consent", ["references_requested"],
      frm="Imogen Clarke <imogen.clarke@ashgrovebank.co.uk>", to=ME,
      date="2026-09-30 10:02 +0100", subj="Data Engineering Manager - references",
      text="""Hi Maya,

Thank you for attending the final interview yesterday. Could you please provide two references, one of whom should be your current line manager? We will only contact them with your consent and after a decision has been made.

Best regards,
Imogen
""" + "\n" + LEGAL.format(co="Ashgrove Bank plc", no="00419922", addr="12 Ashgrove Street, London EC2V 7AA"))

S.add("nonnative-2-persons", ["references_requested"],
      frm="Giulia Ferraresi <g.ferraresi@tessaro-data.it>", to=ME,
      date="2026-09-08 15:05 +0200", subj="R: R: Application Senior Data Engineer",
      text="""Dear Maya,

our CTO was very happy about the technical interview. Please can you send us the contact of 2 persons for reference (previous managers or colleagues), with email and telephone?

Thank you, best regards
Giulia
""")

S.add("greenhouse-refs-form", ["references_requested"],
      frm="Northwind Analytics <no-reply@us.greenhouse-mail.io>", to=ME,
      date="2026-03-23 11:00 -0400", subj="Northwind Analytics: please submit your references",
      html="""<html><body><p>Hi Maya,</p><p>As we move into the final part of our process, please submit contact information for three professional references using the form below. At least one should be a former or current manager.</p>
<p><a href="https://app.greenhouse.io/references/abc">Submit references</a></p><p>Thank you,<br>Northwind Analytics Recruiting</p></body></html>""")

S.add("vouch-for-work", ["references_requested"],
      frm="Kwame Asante <kwame@cobaltlane.com>", to=ME,
      date="2026-09-17 13:30 -0400", subj="last bit",
      text="""Hi Maya - last bit from our side. Could you connect me with a couple of people who can vouch for your work? Ideally someone you've reported to and someone you've worked alongside. Quick 15-min calls, nothing formal.

Kwame
""")

S.add("phone-referees-today", ["references_requested"],
      frm="Luke Harper <luke.harper@ridgewayrecruit.com>", to=ME,
      date="2026-08-10 08:05 +0100", subj="Re: Severn Logic",
      text="""need ur referees today if poss - final step before they decide. cheers

Luke
Sent from my iPhone
""")

S.add("refs-html-table", ["references_requested"],
      frm="Harbour Mutual Talent <talent@harbourmutual.ie>", to=ME,
      date="2026-06-16 12:00 +0100", subj="Referee details required",
      html="""<html><body style="font-family:Calibri"><p>Dear Maya,</p><p>Please reply with the details below for each of your two referees:</p>
<table border="1" cellpadding="6" style="border-collapse:collapse"><tr><th>Referee</th><th>Name</th><th>Company &amp; role</th><th>Relationship</th><th>Email</th><th>Phone</th></tr>
<tr><td>1</td><td></td><td></td><td></td><td></td><td></td></tr><tr><td>2</td><td></td><td></td><td></td><td></td><td></td></tr></table>
<p>Kind regards,<br>Harbour Mutual Talent Acquisition</p></body></html>""")

S.add("indian-share-references", ["references_requested"],
      frm="Sarvam Analytics HR <careers@sarvamanalytics.in>", to=ME,
      date="2026-06-26 16:10 +0530", subj="Reference details - Lead Data Engineer",
      text="""Dear Maya,

Greetings!

As part of our pre-offer process, kindly share 2 professional references with name, designation, organisation, contact number and email id at the earliest.

Regards,
HR Team
""")

S.add("refs-done-unconditional", ["offer", "references_contacted"],
      frm="Glenmorven HR <hr@glenmorven.scot>", to=ME,
      date="2026-07-24 14:15 +0100", subj="Data Lead - offer now unconditional",
      text="""Dear Maya,

We have now completed your reference checks and are pleased to confirm that our offer of the post of Data Lead is now unconditional. Your written statement of terms is attached.

Kind regards,
HR Team, Glenmorven Distillers Ltd
""", attach=[("Glenmorven_Terms_MOkafor.pdf", "application/pdf", PDF)])

S.add("xref-candidate-sent", ["references_contacted"],
      frm="Xref <noreply@xref.com>", to=ME,
      date="2026-04-01 10:30 +0100", subj="Your referees have been contacted",
      text="""Hi Maya,

Thanks for nominating your referees for Copperleaf Energy. We've now sent reference requests to:

- Sarah Mbeki
- James Holt

We'll let you know as each one is completed. You don't need to do anything else.

Xref
""")

S.add("referee-had-a-call", ["references_contacted"],
      frm="Chris Allard <chris.allard@gmail.com>", to=ME,
      date="2026-10-09 18:22 +0100", subj="!!",
      text="""Had a call from someone at Ashgrove Bank about you today. 20 mins, very thorough, all good from me obvs. Keep me posted!

C
""")

S.add("hireright-screening", ["references_contacted"],
      frm="HireRight <candidate@hireright.com>", to=ME,
      date="2026-05-13 09:45 -0700", subj="HireRight: Your screening for Brindle Capital is in progress",
      html="""<html><body><p>Dear Maya Okafor,</p><p>Brindle Capital has requested a background screening. The following checks are in progress:</p>
<table border="1" cellpadding="5" style="border-collapse:collapse"><tr><td>Employment verification</td><td>In progress</td></tr><tr><td>Education verification</td><td>Complete</td></tr><tr><td>Professional references (2)</td><td>In progress - referees contacted</td></tr></table>
<p>You can check status at any time in the HireRight Applicant Center.</p><p>HireRight</p></body></html>""")

S.add("calling-referees-tomorrow", ["references_contacted"],
      frm="Jonah Feld <jonah@stackfield.io>", to=ME,
      date="2026-06-22 16:40 +0100", subj="Re: referees",
      irt="<maya-refs-0622@gmail.com>",
      text="""Cheers Maya, perfect. I'll be calling both of them tomorrow morning.

J
""" + quote("Hi Jonah,\nMy referees: Chris Allard (manager) 07700 900123, Ben Lowe (colleague) 07700 900456.\nMaya", "Maya Okafor <maya.okafor@gmail.com>", "Mon, 22 Jun 2026 at 12:10"))

S.add("nudge-referee", ["references_contacted"],
      frm="Rachel Greaves <rachel.greaves@quayside-health.co.uk>", to=ME,
      date="2026-10-14 11:05 +0100", subj="Chris Allard",
      text="""Hi Maya - we reached out to Chris at Lumenfield on Monday for your reference but haven't heard back yet. Any chance you could give him a gentle nudge?

Thanks,
Rachel
""")

S.add("scottish-formal-offer", ["offer"],
      frm="Recruitment <recruitment@caledonianwater.scot>", to=ME,
      date="2026-10-16 10:00 +0100", subj="Offer of appointment: Senior Data Analyst (CW/1182)",
      text="""Dear Ms Okafor

Senior Data Analyst (CW/1182)

Further to your recent interview, I am pleased to offer you appointment to the above post. A formal contract will be issued once pre-employment checks are complete.

Please confirm acceptance of this offer in writing within 10 days.

Yours sincerely

Morag Fraser
Recruitment Manager, Caledonian Water
""")

S.add("theyve-offered-85k", ["offer", "salary_discussed"],
      frm="Hollie Benson <hollie.benson@brightpathtalent.co.uk>", to=ME,
      date="2026-10-20 12:01 +0100", subj="CALL ME",
      text="""They've offered!!! 85k base + 10% bonus + the equity. Call me when u can xx

Sent from Outlook for iOS
""")

S.add("offer-xref-nominate", ["offer", "references_requested"],
      frm="Tom Ellery <tom.ellery@copperleaf.energy>", to=ME,
      date="2026-03-26 17:15 +0000", subj="Copperleaf - offer",
      text="""Hi Maya,

I'm really pleased to let you know we'd like to offer you the Senior Data Engineer position, subject to references.

We run references through Xref - you'll get an email from them shortly asking you to nominate two referees. Once those are back we'll send the contract.

Tom
""")

S.add("workday-long-rejection-middle", ["rejection"],
      frm="Carrow Group Careers <carrowgroup@myworkday.com>", to=ME,
      date="2026-02-25 03:40 +0000", subj="Carrow Group: Update on R-0041102 Senior Data Engineer",
      html="""<html><body><table width="600"><tr><td style="background:#00263e;color:#fff;padding:16px"><b>CARROW GROUP</b> | Careers</td></tr><tr><td style="padding:16px">
<p>Dear Maya Okafor,</p>
<p>Thank you for your interest in the Senior Data Engineer position (R-0041102) and for the time you invested in your application. At Carrow Group we are committed to providing every candidate with a positive experience, whatever the outcome, and we appreciate the effort involved in preparing an application.</p>
<p>We received a very high number of applications for this vacancy, and our Talent Acquisition team and hiring managers reviewed each one carefully against the essential and desirable criteria set out in the job description.</p>
<p>After careful consideration, we will not be progressing your application further on this occasion.</p>
<p>We would encourage you to continue to visit our careers site, where new opportunities are published every week across our Facilities, Engineering and Data divisions. You can also create a job alert in your candidate home so that relevant roles are sent directly to you.</p>
<p>Carrow Group is an equal opportunities employer. We welcome applications from all sections of the community and are proud to be a Disability Confident Leader and a signatory of the Armed Forces Covenant.</p>
<p>Your personal data will be retained in line with our Candidate Privacy Notice for 12 months, after which it will be securely deleted. You can request deletion at any time by contacting privacy@carrowgroup.co.uk.</p>
<p>Thank you once again for your interest in Carrow Group, and we wish you every success in the future.</p>
<p>Kind regards,<br>Talent Acquisition<br>Carrow Group plc</p></td></tr>
<tr><td style="font-size:10px;color:#777;padding:16px">This is a system generated email from Workday. Please do not reply. Carrow Group plc, registered in England and Wales no. 02918843.</td></tr></table></body></html>""")

S.add("position-filled", ["rejection"],
      frm="Tessaro Data HR <hr@tessaro-data.it>", to=ME,
      date="2026-10-01 09:30 +0200", subj="Senior Data Engineer position",
      text="""Dear Maya,

we inform you that the position of Senior Data Engineer has been filled. We thank you for the time dedicated to us and wish you the best for your career.

Kind regards,
HR Office - Tessaro Data S.r.l.
""")

S.add("rescope-close", ["rejection"],
      frm="Aisha Rahman <aisha.rahman@lanternpay.com>", to=ME,
      date="2026-06-30 15:15 +0100", subj="Analytics Engineer role",
      text="""Hi Maya,

I wanted to let you know personally that we've decided to close the Analytics Engineer role and re-scope it as a more junior position, so we won't be continuing with your application. I know that's disappointing after two rounds of interviews and I'm sorry for the time it's taken.

Thanks for everything,
Aisha
""")

S.add("rejection-feedback-call", ["rejection"],
      frm="Imogen Clarke <imogen.clarke@ashgrovebank.co.uk>", to=ME,
      date="2026-11-12 13:50 +0000", subj="Principal Data Engineer",
      text="""Hi Maya,

Thank you for your patience through a long process. I'm sorry to say that the panel has decided not to offer you the Principal Data Engineer role. I'd be happy to talk you through the feedback on a short call if that would be useful - it was a very positive set of comments overall.

Best regards,
Imogen
""")

S.add("phone-down-to-wire", ["rejection"],
      frm="Jonah Feld <jonah@stackfield.io>", to=ME,
      date="2026-10-23 17:44 +0100", subj="Fernbank",
      text="""honestly u were great, it came down to the wire but they went w/ the other person, she had the fintech exp. so sorry maya. call u monday re the other 2 roles

J
""")

S.add("refs-then-unable", ["rejection", "references_contacted"],
      frm="Talent at Brindle <talent@brindlecap.com>", to=ME,
      date="2026-05-19 10:20 -0400", subj="Brindle Capital - update",
      text="""Hi Maya,

Thank you for your patience while we completed our checks. We have now received feedback from the referees you provided. Having reviewed everything, we are unable to proceed with your application.

We appreciate the time you invested in our process.

Brindle Capital Talent
""")

S.add("ashby-not-moving", ["rejection"],
      frm="Quill <no-reply@ashbyhq.com>", to=ME,
      date="2026-04-30 12:00 -0400", subj="Update from Quill",
      text="""Hi Maya,

Thanks so much for your time and energy throughout our interview process. We've decided not to move forward with your candidacy for the Senior Data Engineer role. It was a hard decision, and we'll keep your details on file for roles that match your experience.

Best,
Jess and the Quill team
""")

S.add("next-few-days", ["timeline_stated"], by="2026-08-22",
      frm="Ravi Chaudhary <ravi.c@norwoodit.co.uk>", to=ME,
      date="2026-08-19 14:30 +0100", subj="Re: Retail contract",
      text="""Hi Maya, the client's just finishing their last two interviews - you should hear from us in the next few days.

Ravi
""")

S.add("close-of-play-thursday", ["timeline_stated"], by="2026-08-27",
      frm="Deb Holloway <deb.holloway@severnlogic.co.uk>", to=ME,
      date="2026-08-24 09:05 +0100", subj="Re: thanks",
      irt="<maya-deb-0823@gmail.com>",
      text="""Thanks Maya - great to hear. We're getting sign-off on the package from our board; expect to have everything confirmed by close of play Thursday.

Deb
""")

S.add("five-working-days", ["timeline_stated"], by="2026-10-09",
      frm="Recruitment <recruitment@caledonianwater.scot>", to=ME,
      date="2026-10-02 11:45 +0100", subj="Interview: Senior Data Analyst (CW/1182)",
      text="""Dear Ms Okafor

Thank you for attending interview on Wednesday. The panel will now consider all candidates and we will notify you of the outcome within 5 working days.

Yours sincerely

Recruitment Team, Caledonian Water
""")

S.add("no-later-than-monday", ["timeline_stated"], by="2026-11-02",
      frm="Jack Thornley <jack.thornley@ribblevalleyenergy.co.uk>", to=ME,
      date="2026-10-22 16:20 +0100", subj="Update - Energy Data Lead",
      text="""Hi Maya,

Thanks for your patience. We'll have a decision to you no later than Monday 2 November - the MD is back from leave on the 28th and wants to see the shortlist first.

Cheers
Jack
""")

S.add("week-of-last-final", ["interview_request", "timeline_stated"], by="2026-09-17",
      frm="Kwame Asante <kwame@cobaltlane.com>", to=ME,
      date="2026-09-01 10:30 -0400", subj="Re: Final interview",
      irt="<maya-cobalt-0831@okafor.dev>",
      text="""Hi Maya,

Thanks for confirming - you're booked in for the 9th at 10am ET for your final interview (calendar invite to follow). Final interviews run on the 9th and 10th and we'll confirm the outcome within a week of the last one.

Kwame
""")

S.add("current-base-bonus", ["salary_discussed"],
      frm="Jack Thornley <jack.thornley@ribblevalleyenergy.co.uk>", to=ME,
      date="2026-09-21 12:30 +0100", subj="Energy Data Lead - before we meet",
      text="""Hi Maya,

Looking forward to meeting you. So I can make sure we're in the right ballpark, what's your current base + bonus, and what would you be looking for?

Cheers
Jack
""")

S.add("range-signed-off", ["salary_discussed"],
      frm="Luke Harper <luke.harper@ridgewayrecruit.com>", to=ME,
      date="2026-08-12 17:02 +0100", subj="Re: Severn Logic",
      text="""Maya - spoke to Tom. The range they've got signed off is 90-95, which I know is a touch under what you mentioned. Worth a chat?

Luke
""")

S.add("teams-answer-by-wed", ["timeline_stated"], by="2026-06-24",
      frm="Microsoft Teams <noreply@email.teams.microsoft.com>", to=ME,
      date="2026-06-18 17:30 +0100", subj="Hannah Lee (Wrenfield) sent you a message",
      html="""<html><body><table width="100%"><tr><td><b>Hannah Lee</b> sent you a message in <b>Trial project - Maya</b> (Wrenfield, guest)</td></tr>
<tr><td style="padding:12px;background:#f3f2f1">Thanks so much for Monday! Raj and I are meeting the board next week, we'll have an answer for you by Wednesday 🤞</td></tr>
<tr><td><a href="https://teams.microsoft.com/l/message/19:xyz">Reply in Teams</a></td></tr></table>
<p style="font-size:10px">You're receiving this email because you have unread activity in Microsoft Teams.</p></body></html>""")

# --- no label ---
S.add("ooo-quoted-followup", [],
      frm="Kwame Asante <kwame@cobaltlane.com>", to=ME,
      date="2026-09-21 06:00 -0400", subj="Automatic reply: Following up",
      extra={"Auto-Submitted": "auto-replied"},
      text="""I'm out of the office until Sept 28th. For anything urgent regarding interviews or offers, please reach recruiting@cobaltlane.com.

Kwame
""" + quote("Hi Kwame, just following up on the final interview - do you have an update on timing?", "Maya Okafor <maya@okafor.dev>", "Mon, Sep 21, 2026 at 10:58 AM"))

S.add("own-referee-list", [],
      frm=ME, to="Imogen Clarke <imogen.clarke@ashgrovebank.co.uk>",
      date="2026-09-30 18:40 +0100", subj="Re: Data Engineering Manager - references",
      irt="<imogen-0930@ashgrovebank.co.uk>",
      text="""Hi Imogen,

Here are my referees:

1. Chris Allard, Head of Data, Lumenfield (my current manager) - chris.allard@lumenfield.co.uk - please only contact after an offer
2. Helen Ortiz, Director of Engineering, Sterling Data (former manager) - helen.ortiz@sterlingdata.com

Many thanks,
Maya
""" + quote("Hi Maya,\nCould you please provide two references, one of whom should be your current line manager?\nImogen", "Imogen Clarke <imogen.clarke@ashgrovebank.co.uk>", "Wed, 30 Sep 2026 at 10:02"))

S.add("own-thankyou-dev", [],
      frm=ME2, to="Jack Thornley <jack.thornley@ribblevalleyenergy.co.uk>",
      date="2026-09-24 20:10 +0100", subj="Thank you - Energy Data Lead",
      text="""Hi Jack,

Thank you for taking the time to meet me today, and for the tour of the control room. I came away even more excited about the role. If it's useful, I'm happy to share references or the dashboard examples we discussed.

Best wishes,
Maya
""")

S.add("bamboohr-leave", [],
      frm="BambooHR <notifications@app.bamboohr.com>", to=WORK,
      date="2026-08-28 11:00 -0600", subj="Time off request approved",
      text="""Hi Maya,

Chris Allard approved your time off request.

Type: Vacation
Dates: Thu, Sep 3 - Thu, Sep 3 (1 day)

Lumenfield via BambooHR
""")

S.add("probation-next-steps", [],
      frm="Lumenfield People Team <people@lumenfield.co.uk>", to=WORK,
      date="2026-09-07 09:30 +0100", subj="Probation review due: Ben Lowe - next steps",
      text="""Hi Maya,

Ben Lowe's 3-month probation review is due on 18 September. As his line manager, next steps are:

1. Complete the probation review form in Workday by 16 September.
2. Hold the review meeting and record the outcome (pass / extend / not pass).
3. If you are considering an extension, speak to your HR Business Partner first.

People Team
""")

S.add("workday-pay-statement", [],
      frm="Lumenfield Workday <lumenfield@myworkday.com>", to=WORK,
      date="2026-09-25 15:00 +0100", subj="Your pay statement for September is available",
      text="""Your pay statement for the period ending 30/09/2026 is now available in Workday. Pay date: 25/09/2026.

This is a system generated message. Please do not reply.
""")

S.add("handbook-notice-change", [],
      frm="Lumenfield People Team <people@lumenfield.co.uk>", to="All staff <all@lumenfield.co.uk>",
      date="2026-10-05 10:00 +0100", subj="Handbook update: notice periods and references",
      text="""Hi all,

We've updated the Employee Handbook. The main changes:

- Notice periods: from 1 January, notice for grades 6 and above increases from one month to two months. Your contract will be updated and you'll be asked to sign it in DocuSign.
- References: Lumenfield only provides factual references (dates of employment and job title). Please forward any reference requests you receive about current or former colleagues to people@lumenfield.co.uk.

Any questions, speak to your HRBP.

People Team
""")

S.add("refer-a-friend", [],
      frm="Lumenfield Talent <talent@lumenfield.co.uk>", to="All staff <all@lumenfield.co.uk>",
      date="2026-10-12 12:00 +0100", subj="Refer a friend - £2,000 bonus is back!",
      html="""<html><body><h2>Know someone brilliant?</h2><p>Our referral bonus is back: refer a friend for any open role and if they're made an offer and pass probation, you'll receive <b>£2,000</b>.</p>
<p>We're interviewing now for Senior Data Engineer, Product Analyst and Platform Engineer. Submit referrals in Workday - we aim to get back to every referral within a week.</p></body></html>""")

S.add("slack-hiring-channel", [],
      frm="Slack <feedback@slack.com>", to=WORK,
      date="2026-10-14 16:20 +0000", subj="[Lumenfield] New messages in #hiring-analytics",
      html="""<html><body><p>You have new messages in <b>#hiring-analytics</b>.</p>
<table><tr><td><b>chris.allard</b></td><td>feedback for candidate #2 is in greenhouse - strong no from me, let's reject. #4 is a yes, can we move to references?</td></tr>
<tr><td><b>talent-bot</b></td><td>Reminder: decision for Product Analyst due by Friday.</td></tr>
<tr><td><b>chris.allard</b></td><td>@maya can you do the final interview with #4 thurs?</td></tr></table>
<p><a href="https://lumenfield.slack.com/archives/C02">Open Slack</a></p></body></html>""")

S.add("bike-service", [],
      frm="Spokes & Co <workshop@spokesandco.co.uk>", to=ME,
      date="2026-08-25 10:30 +0100", subj="We've received your bike",
      text="""Hi Maya,

We've received your bike for its full service (job #4471). Our mechanics will take a look and we'll get back to you within 3 days with a quote for any extra parts.

Spokes & Co
""")

S.add("ebay-offer", [],
      frm="eBay <ebay@ebay.co.uk>", to=ME,
      date="2026-09-02 21:14 +0100", subj="You've received an offer on your item",
      extra={"Precedence": "bulk"},
      text="""Hi Maya,

A buyer has made an offer of £140.00 on your item "Herman Miller Sayl office chair". You have 48 hours to accept, decline or counter the offer.

eBay
""")

S.add("airbnb-host", [],
      frm="Airbnb <automated@airbnb.com>", to=ME,
      date="2026-09-10 08:12 +0000", subj="Reservation request sent",
      text="""Your request to book "Stone cottage near Keswick" for 23-25 October has been sent to Ruth. Hosts usually respond within 24 hours. You won't be charged unless the request is accepted.

Airbnb
""")

S.add("alumni-mentoring", [],
      frm="Leeds Alumni Mentoring <mentoring@leeds.ac.uk>", to=ME,
      date="2026-09-11 14:00 +0100", subj="Mentoring scheme - application received",
      text="""Dear Maya,

Thank you for applying to be a mentor on the Leeds Alumni Careers Mentoring scheme. We've received your application and will match you with a student mentee by 30 September. Many of our mentees are preparing for graduate interviews, so your experience will be invaluable.

Careers Centre, University of Leeds
""")

S.add("coursera-cert", [],
      frm="Coursera <no-reply@m.mail.coursera.org>", to=ME,
      date="2026-09-15 17:00 +0000", subj="Congratulations, Maya! You've earned your certificate",
      extra={"List-Unsubscribe": "<https://coursera.org/unsub>"},
      text="""Congratulations on completing "Generative AI for Data Engineers"! Add your certificate to LinkedIn - learners who share certificates are more likely to be contacted by recruiters and invited to interview.

Next steps: try the follow-on course "LLM Ops in Production".

Coursera
""")

S.add("gp-referral", [],
      frm="Kentish Town Health Centre <noreply@nhs.net>", to=ME,
      date="2026-09-18 11:10 +0100", subj="Your referral",
      text="""Dear Maya Okafor,

Your referral to physiotherapy has been received and accepted. You will be contacted within 4 weeks with an appointment. If you have not heard from us by then, please call 020 7946 0000.

Kentish Town Health Centre
""")

S.add("friend-asks-referee", [],
      frm="Ben Lowe <ben.lowe.dev@gmail.com>", to=ME,
      date="2026-09-19 21:40 +0100", subj="favour?",
      text="""Hey Maya!

Bit of a cheeky one - I've got an offer from Fernbank subject to references and they want two. Would you be willing to be one of my referees? They'd email you a form, 10 mins tops. They said I'd hear back within a week once refs are in.

Thanks!! Ben
""")

S.add("maya-as-referee-xref", [],
      frm="Xref <noreply@xref.com>", to=ME,
      date="2026-09-22 09:05 +0100", subj="Reference request for Ben Lowe - Fernbank",
      text="""Hi Maya,

Ben Lowe has nominated you as a referee for the role of Data Engineer at Fernbank.

Fernbank uses Xref to collect references online. It takes about 10 minutes and your responses are shared only with the hiring team.

Please complete the reference by 25 September 2026.

[Start reference]

Xref Limited
""")

S.add("recruiter-blog-followup", [],
      frm="Stackfield <news@stackfield.io>", to=ME,
      date="2026-09-23 07:00 +0100", subj="The art of the follow-up email (after an interview)",
      extra={"List-Unsubscribe": "<https://stackfield.io/unsub>", "Precedence": "bulk"},
      text="""STACKFIELD WEEKLY

The art of the follow-up
You've had the interview, sent your thank-you note, and they said "we'll be in touch by Friday". Friday has come and gone. What now? Our consultants share templates for chasing feedback, asking about timelines and responding to an offer or a rejection gracefully.

Also: reference checks - who to pick and how to brief them.

Unsubscribe
""")

S.add("linkedin-searches", [],
      frm="LinkedIn <notifications-noreply@linkedin.com>", to=ME,
      date="2026-09-28 12:00 +0000", subj="You appeared in 14 searches this week",
      extra={"List-Unsubscribe": "<https://linkedin.com/unsub>"},
      html="""<html><body><p>Maya, you appeared in 14 searches this week.</p><p>Recruiters from Monzo, Octopus Energy and Wise found you. Add skills to your profile to get more interview invitations.</p><p>See all searches</p></body></html>""")

S.add("hmrc-return", [],
      frm="HMRC <noreply@notifications.service.gov.uk>", to=ME,
      date="2026-10-03 10:00 +0100", subj="We've received your Self Assessment tax return",
      text="""Dear Maya Okafor

We've received your Self Assessment tax return for the year 2025 to 2026. We'll review it and contact you within 6 weeks if we need more information.

HM Revenue and Customs
""")

S.add("otta-job-alert", [],
      frm="Welcome to the Jungle <jobs@welcometothejungle.com>", to=ME,
      date="2026-10-06 08:00 +0100", subj="5 new roles for you, Maya",
      extra={"List-Unsubscribe": "<https://welcometothejungle.com/unsub>", "Precedence": "bulk"},
      html="""<html><body><h3>New roles matching your preferences</h3>
<table><tr><td><b>Senior Analytics Engineer</b> - Cleo<br>£80,000 - £100,000 - Remote<br>Fast response: usually replies within 3 days</td></tr>
<tr><td><b>Data Platform Lead</b> - Tide<br>£95,000 - £115,000 - London<br>Interview process: 3 stages, offer within 2 weeks</td></tr></table>
<p>View all</p></body></html>""")

S.add("glassdoor-interview-review", [],
      frm="Glassdoor <noreply@glassdoor.com>", to=ME,
      date="2026-10-08 15:00 +0000", subj="Quill responded to your interview review",
      text="""Hi Maya,

Quill has responded to your interview review ("Friendly process, no offer in the end"):

"Thanks for taking the time to share your experience of interviewing with us. We're glad you found the process friendly, and we'll pass your feedback on to the team."

Glassdoor
""")

S.save()
