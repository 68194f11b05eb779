"""English held-out messages 1-60 (round 3)."""
from mk import LEGAL, PDF, Set, ics, outlook_quote, quote

S = Set("en", "r3a")
ME = "Maya Okafor <maya.okafor@gmail.com>"
ME2 = "Maya Okafor <maya@okafor.dev>"

S.add("greenhouse-receipt", ["application_received"],
      frm="Northwind Analytics <no-reply@us.greenhouse-mail.io>", to=ME,
      date="2026-02-09 10:02 -0500", subj="Thank you for applying to Northwind Analytics",
      text="""Hi Maya,

Thanks for your interest in Northwind Analytics! We wanted to let you know we received your application for Senior Analytics Engineer, and we are delighted that you would consider joining our team.

Our team will review your application and will be in touch if your qualifications match our needs for the role. If you are not selected for this position, keep an eye on our jobs page as we're growing and adding openings.

Regards,
Northwind Analytics Recruiting

**Please note: Do not reply to this email. This email is sent from an unattended mailbox. Replies will not be read.
""",
      html="""<html><body><p>Hi Maya,</p><p>Thanks for your interest in Northwind Analytics! We wanted to let you know we received your application for <b>Senior Analytics Engineer</b>, and we are delighted that you would consider joining our team.</p><p>Our team will review your application and will be in touch if your qualifications match our needs for the role. If you are not selected for this position, keep an eye on our <a href="https://boards.greenhouse.io/northwind">jobs page</a> as we're growing and adding openings.</p><p>Regards,<br>Northwind Analytics Recruiting</p><p style="font-size:10px;color:#888">**Please note: Do not reply to this email. This email is sent from an unattended mailbox. Replies will not be read.</p></body></html>""")

S.add("lever-receipt-10bd", ["application_received", "timeline_stated"], by="2026-03-03",
      frm="Halyard Robotics <no-reply@hire.lever.co>", to=ME,
      date="2026-02-17 16:40 -0800", subj="Your application to Halyard Robotics",
      text="""Hey Maya,

Thanks so much for applying for the Data Platform Engineer role here at Halyard. A real human (hi!) reads every application, so it might take us a little while. We aim to get back to every applicant within 10 business days, whatever the outcome.

In the meantime, here's a little about how we work: https://halyard.dev/handbook

Cheers,
The Halyard Talent Team

Sent with Lever
""")

S.add("workday-long-receipt", ["application_received"],
      frm="Carrow Group Careers <carrowgroup@myworkday.com>", to=ME,
      date="2026-02-12 03:17 +0000", subj="Carrow Group: Job Application Confirmation - R-0042871 Data Engineer II",
      html="""<html><head><style>td{font-family:Arial;font-size:13px}</style></head><body>
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #ddd">
<tr><td style="background:#00263e;color:#fff;padding:16px"><b>CARROW GROUP</b> | Careers</td></tr>
<tr><td style="padding:16px">
<p>Dear Maya Okafor,</p>
<p>At Carrow Group we believe that great people make great places. Across our 41 sites in the United Kingdom and Ireland, our colleagues deliver facilities, engineering and data services to more than 2,000 clients, and we are proud to have been named a Top Employer for the fifth year running.</p>
<p>Your submission for the position below has been successfully received and is now with our Talent Acquisition team for review.</p>
<table cellpadding="4" style="border-collapse:collapse">
<tr><td><b>Job Requisition</b></td><td>R-0042871</td></tr>
<tr><td><b>Job Title</b></td><td>Data Engineer II</td></tr>
<tr><td><b>Location</b></td><td>Leeds / Hybrid</td></tr>
<tr><td><b>Submitted</b></td><td>12/02/2026</td></tr>
</table>
<p>You can track the progress of your application at any time by signing in to your candidate home. Please keep your profile up to date, including your contact information, so that we can reach you.</p>
<p>Carrow Group is an equal opportunities employer. We welcome applications from all sections of the community and we are committed to making reasonable adjustments throughout our recruitment process. If you require any adjustments please contact ta.adjustments@carrowgroup.co.uk.</p>
<p>Data protection: we will process your personal data in accordance with our Candidate Privacy Notice. Your data will be retained for 12 months after the closure of the vacancy, after which it will be deleted.</p>
<p>Kind regards,<br>Talent Acquisition<br>Carrow Group plc</p>
</td></tr>
<tr><td style="font-size:10px;color:#777;padding:16px">This is a system generated email from Workday. Please do not reply. Carrow Group plc, registered in England and Wales no. 02918843, 1 Wellington Place, Leeds LS1 4AP.</td></tr>
</table></body></html>""")

S.add("phone-2nd-round", ["interview_request"],
      frm="Daniel Whitcombe <dan.w@ferrousfreight.com>", to=ME,
      date="2026-03-02 18:51 +0000", subj="Re: Thanks!",
      irt="<CAF8mK2x-thanks-0302@mail.gmail.com>",
      text="""Hi Maya great chatting today. Can u do thurs 2pm for a 2nd round w/ Priyanka + Tom? 1hr, at our office (Shoreditch). Lmk

Dan

Sent from my iPhone
""" + quote("Hi Dan,\nThanks so much for your time this morning, I really enjoyed hearing about the routing work.\nBest,\nMaya", "Maya Okafor <maya.okafor@gmail.com>", "Mon, 2 Mar 2026 at 14:05"))

S.add("agency-intro-call-range", ["interview_request", "salary_discussed"],
      frm="Hollie Benson <hollie.benson@brightpathtalent.co.uk>", to=ME,
      date="2026-03-03 09:12 +0000", subj="Fintech opportunity - Analytics Engineer (London, hybrid)",
      text="""Morning Maya,

Hope you're well! I came across your profile and think you'd be a brilliant fit for an Analytics Engineer role I'm working on with a Series B fintech in London (2 days a week in the office near Old Street).

They're building out their dbt/Snowflake stack from scratch so there's loads of greenfield work. Package is £70-80k base + 10% bonus + equity.

Would love to set up a quick intro call to talk it through - are you free any time Wednesday or Thursday?

Best wishes,
Hollie

Hollie Benson | Senior Consultant, Data & Analytics
Brightpath Talent | 020 7946 0321
Brightpath Talent Ltd is an employment agency as defined by the Conduct of Employment Agencies and Employment Businesses Regulations 2003.
""")

S.add("praise-wrapped-rejection", ["rejection"],
      frm="Sophie Lindqvist <sophie.lindqvist@ostrava-labs.com>", to=ME,
      date="2026-03-05 17:33 +0100", subj="Your final interview at Ostrava Labs",
      text="""Dear Maya,

I wanted to write personally to thank you for the time and energy you put into our process over the last few weeks. The panel were genuinely impressed - your case study presentation was one of the clearest we have seen this year, and Jonas in particular commented on how thoughtfully you handled his questions about data contracts.

It was an incredibly close call, and this is not the email I was hoping to write. After a great deal of discussion we have decided to move forward with another candidate whose experience with large-scale streaming systems more closely matches what the team needs right now.

I really hope our paths cross again, and I would be very happy to keep in touch about future openings. If it would be helpful, I'd be glad to share the panel's more detailed feedback on a short call.

With warm regards,
Sophie

Sophie Lindqvist
Head of People, Ostrava Labs
""")

S.add("offer-subject-to-refs", ["offer", "references_requested", "salary_discussed"],
      frm="Rachel Greaves <rachel.greaves@quayside-health.co.uk>", to=ME,
      date="2026-03-10 11:48 +0000", subj="Senior Data Engineer - good news!",
      text="""Hi Maya,

Thank you again for coming in on Friday. I'm really pleased to say that the panel would like to offer you the position of Senior Data Engineer, subject to satisfactory references.

The headline terms are a base salary of £82,000, 28 days' holiday plus bank holidays, and an 8% employer pension contribution. I'll send the formal contract as soon as references are back.

Could you send me the names and email addresses of two referees, ideally including your current or most recent line manager? We won't contact anyone until you say it's OK.

Congratulations - we're all really excited.

Rachel

Rachel Greaves
Talent Partner | Quayside Health
""" + "\n" + LEGAL.format(co="Quayside Health Ltd", no="08812345", addr="Quayside House, Newcastle NE1 3DX"))

S.add("ooo-with-headers", [],
      frm="Priyanka Shah <priyanka.shah@ferrousfreight.com>", to=ME,
      date="2026-03-06 07:00 +0000", subj="Automatic reply: Interview on Thursday",
      extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
      text="""Thank you for your email. I am out of the office until Monday 16th March with limited access to email.

For anything related to interview scheduling please contact talent@ferrousfreight.com, otherwise I will respond on my return.

Priyanka
""")

S.add("ooo-no-headers", [],
      frm="James Cole <james.cole@lanternpay.com>", to=ME,
      date="2026-03-09 08:31 +0000", subj="Re: Following up - Data Engineer role",
      irt="<maya-followup-0309@okafor.dev>",
      text="""Hi there, thanks for your message - I'm on annual leave until Tuesday 17 March and not checking email. I'll get back to you when I return. If it's urgent, please contact Aisha Rahman (aisha.rahman@lanternpay.com).

Thanks,
James
""")

S.add("podcast-newsletter", [],
      frm="The Hiring Line <hello@thehiringline.fm>", to=ME,
      date="2026-03-11 06:00 -0500", subj="Ep. 112: The interview that changed my career",
      extra={"List-Unsubscribe": "<https://thehiringline.fm/unsub?u=8812>", "Precedence": "bulk"},
      html="""<html><body><h2>This week on The Hiring Line</h2>
<p>Our guest, former Google recruiter Tamsin Hale, tells the story of the interview that changed her career - and why she turned down the offer that came after it.</p>
<p>We also cover: how to answer "what are your salary expectations?", what a reference check really looks for, and why you should always ask about next steps before you leave the room.</p>
<p><a href="https://thehiringline.fm/112">Listen now</a> | Apple Podcasts | Spotify</p>
<p style="font-size:11px">You're receiving this because you subscribed at thehiringline.fm. <a href="https://thehiringline.fm/unsub">Unsubscribe</a></p></body></html>""")

S.add("shop-offer", [],
      frm="Oak & Loom <offers@oakandloom.co.uk>", to=ME,
      date="2026-03-12 12:00 +0000", subj="Maya, your exclusive offer ends Friday",
      extra={"List-Unsubscribe": "<mailto:unsub@oakandloom.co.uk>", "Precedence": "bulk"},
      html="""<html><body><table width="100%"><tr><td align="center"><h1>30% OFF EVERYTHING</h1>
<p>Hi Maya, as one of our valued customers we'd like to offer you 30% off our new spring range. This offer ends Friday at midnight - don't miss out!</p>
<p>We've received your wishlist and saved it for you. Next steps: pick your favourites and check out with code SPRING30.</p>
<a href="https://oakandloom.co.uk/sale">SHOP NOW</a></td></tr></table></body></html>""")

S.add("plumber", [],
      frm="Gary Fenwick <garyfenwickplumbing@outlook.com>", to=ME,
      date="2026-03-13 19:45 +0000", subj="Re: boiler",
      text="""Hi Maya

Had a look at the photos. Sounds like the diverter valve, I'll need to order the part in. We'll get back to you next week with a quote and a date, should be able to fit it in before the 27th.

Cheers
Gary
Fenwick Plumbing & Heating - Gas Safe reg 554210
""")

S.add("github-review-references", [],
      frm="Tomasz Nowak <notifications@github.com>", to="okafor-maya/dagster-utils <dagster-utils@noreply.github.com>",
      date="2026-03-14 10:22 +0000", subj="Re: [okafor-maya/dagster-utils] Add offer-rate partition sensor (PR #41)",
      extra={"List-Unsubscribe": "<https://github.com/notifications/unsubscribe/AB12>", "X-GitHub-Reason": "review_requested"},
      text="""@tnowak requested changes on this pull request.

In docs/sensors.md:
> +See the design doc for details.

Could you add references to the upstream issue here? Also the interview-style walkthrough in the README is great but the example still uses the old API.

Next steps from my side: once the references and the example are fixed I'm happy to approve. We should hear back from the maintainers within a week about the release.

--
Reply to this email directly, view it on GitHub, or unsubscribe.
""")

S.add("payroll-payslip", [],
      frm="Payroll - Lumenfield <payroll@lumenfield.co.uk>", to="Maya Okafor <maya.okafor@lumenfield.co.uk>",
      date="2026-02-27 16:05 +0000", subj="Your February payslip is ready",
      text="""Hi Maya,

Your payslip for February 2026 is now available in Sage People. Your salary will be paid into your nominated account on 27/02/2026.

Please review your tax code and pension contribution. If you think anything is wrong, contact the payroll team within 5 working days and we will get back to you.

Lumenfield Payroll
""")

S.add("leave-approved", [],
      frm="Personio <no-reply@personio.de>", to="Maya Okafor <maya.okafor@lumenfield.co.uk>",
      date="2026-03-04 09:14 +0100", subj="Your absence request was approved",
      html="""<html><body><p>Hello Maya,</p><p>Good news! Your absence request has been approved by <b>Chris Allard</b>.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse"><tr><th>Type</th><th>From</th><th>To</th><th>Days</th></tr>
<tr><td>Annual leave</td><td>12.03.2026</td><td>13.03.2026</td><td>2</td></tr></table>
<p>Remaining entitlement: 14 days.</p><p>Your Personio team</p></body></html>""")

S.add("perf-review-next-steps", [],
      frm="Lumenfield People Team <people@lumenfield.co.uk>", to="Maya Okafor <maya.okafor@lumenfield.co.uk>",
      date="2026-03-16 13:30 +0000", subj="Mid-year review: next steps",
      text="""Hi Maya,

Your manager Chris Allard has completed your mid-year performance review in Lattice.

Next steps:
1. Read your manager's feedback and add your own comments by Friday 27 March.
2. Book a 30-minute 1:1 with Chris to agree your objectives for H2.
3. Calibration takes place in April; salary review outcomes will be communicated in your June payslip.

If you have questions about the process, reply to this email and the People Team will get back to you within two working days.

Thanks,
People Team, Lumenfield
""")

S.add("teams-panel-colleague", [],
      frm="Microsoft Teams <noreply@email.teams.microsoft.com>", to="Maya Okafor <maya.okafor@lumenfield.co.uk>",
      date="2026-03-17 14:02 +0000", subj="Chris Allard sent you a message",
      html="""<html><body><table width="100%"><tr><td><img src="https://statics.teams.cdn.office.net/avatar.png" width="32"></td>
<td><b>Chris Allard</b> sent you a message in chat</td></tr>
<tr><td colspan="2" style="padding:12px;background:#f3f2f1">"hey - could you sit on the interview panel for the senior analyst candidate on Thurs 11:00? need your feedback in Greenhouse by Fri so we can decide on an offer. ta!"</td></tr>
<tr><td colspan="2"><a href="https://teams.microsoft.com/l/chat/19:abc">Reply in Teams</a></td></tr></table>
<p style="font-size:10px">You're receiving this email because you have unread messages in Microsoft Teams. Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p></body></html>""")

S.add("linkedin-inmail", ["interview_request", "salary_discussed"],
      frm="Oliver Strand via LinkedIn <inmail-hit-reply@linkedin.com>", to=ME,
      date="2026-03-18 15:47 +0000", subj="Oliver Strand sent you a new message",
      extra={"X-LinkedIn-Class": "INMAIL"},
      html="""<html><body><table width="512" align="center"><tr><td>
<p style="font-size:20px">Oliver Strand</p><p style="color:#666">Talent Acquisition Lead at Tessellate Bank</p>
<p>Hi Maya - I lead data hiring at Tessellate. We're building a new risk analytics platform team and your work on the open-source dagster-utils caught my eye.</p>
<p>Base for the role is £95-105k plus bonus, hybrid 2 days in Canary Wharf. Would you be open to a 20-minute call this week to hear more? No pressure at all if the timing isn't right.</p>
<p>Oliver</p>
<a href="https://www.linkedin.com/messaging/thread/2-abc" style="background:#0a66c2;color:#fff;padding:8px 16px;border-radius:16px">Reply</a>
</td></tr></table>
<p style="font-size:10px;color:#999">This email was intended for Maya Okafor (Analytics Engineer at Lumenfield). Learn why we included this. LinkedIn Corporation, 1000 W Maude Ave, Sunnyvale, CA 94085</p></body></html>""")

S.add("xref-fwd-by-referee", ["references_contacted"],
      frm="Sarah Mbeki <sarah.mbeki@gmail.com>", to=ME,
      date="2026-04-02 20:14 +0100", subj="Fwd: Reference request for Maya Okafor - Copperleaf Energy",
      text="""heads up Maya, just got this re you for Copperleaf!! will fill it in tonight x

---------- Forwarded message ---------
From: Xref <noreply@xref.com>
Date: Thu, 2 Apr 2026 at 17:03
Subject: Reference request for Maya Okafor - Copperleaf Energy
To: <sarah.mbeki@gmail.com>


Hi Sarah,

Maya Okafor has nominated you as a referee for the role of Senior Data Engineer at Copperleaf Energy.

Copperleaf Energy uses Xref to collect references online. It takes about 10 minutes and your responses are shared only with the hiring team.

Please complete the reference by 7 April 2026.

[Start reference]

Xref Limited | Privacy policy
""")

S.add("refs-contacted-eonw", ["references_contacted", "timeline_stated"], by="2026-04-24",
      frm="Tom Ellery <tom.ellery@copperleaf.energy>", to=ME,
      date="2026-04-15 12:20 +0100", subj="Quick update",
      text="""Hi Maya,

Just a quick one to say we've reached out to Sarah and James this morning. Once we hear back from them we should be in a position to move forward, hopefully by the end of next week.

Thanks for your patience!
Tom
""")

S.add("indian-ctc-notice", ["notice_period_asked", "salary_discussed"],
      frm="Deepika Nair <deepika.n@vantagesoft.in>", to=ME,
      date="2026-04-06 11:05 +0530", subj="Profile shortlisted - Senior Data Engineer - Vantage Softech",
      text="""Dear Maya,

Greetings from Vantage Softech!!

This is with reference to your application for the position of Senior Data Engineer (Remote - UK clients). Your profile has been shortlisted by our technical panel.

Kindly share the below details at the earliest so that we can proceed further:
1. Current CTC
2. Expected CTC
3. Notice period (official and negotiable)
4. Reason for change

Do revert at the earliest.

Thanks & Regards,
Deepika Nair
Talent Acquisition Executive
Vantage Softech Pvt. Ltd. | Kochi | +91 484 299 1100
""")

S.add("ashby-final-table", ["interview_request", "timeline_stated"], by="2026-05-01",
      frm="Jess Moore <jess@quillhq.com>", to=ME,
      date="2026-04-09 14:02 -0400", subj="Next steps with Quill",
      extra={"X-Mailer": "Ashby"},
      html="""<html><body><p>Hi Maya,</p>
<p>Thanks for a great conversation with Ravi. We'd love to invite you to the final stage of our process. Here's what that looks like:</p>
<table border="1" cellpadding="6" style="border-collapse:collapse;font-family:sans-serif;font-size:13px">
<tr style="background:#f4f4f8"><th>Step</th><th>Who</th><th>When</th></tr>
<tr><td>Take-home review (60 min)</td><td>Ravi, Eun-ji</td><td>w/c 20 April</td></tr>
<tr><td>Values conversation (45 min)</td><td>Marcus (CEO)</td><td>w/c 20 April</td></tr>
<tr><td>Decision</td><td>Hiring team</td><td>by Fri 1 May</td></tr>
</table>
<p>Please pick times that work for you using the link below and I'll get everything confirmed.</p>
<p><a href="https://app.ashbyhq.com/scheduling/abc">Choose your times</a></p>
<p>Best,<br>Jess<br>Recruiting @ Quill</p></body></html>""")

S.add("phone-offer-tmrw", ["offer", "timeline_stated"], by="2026-04-17",
      frm="Hollie Benson <hollie.benson@brightpathtalent.co.uk>", to=ME,
      date="2026-04-16 17:58 +0100", subj="!!",
      text="""sorry for delay!! team loved u, they're making an offer - paperwork coming thru from their HR tmrw. call me when ur free x

H

Sent from Outlook for iOS
""")

S.add("internal-candidate", ["rejection"],
      frm="Mark Ibbotson <mark.ibbotson@helixgrid.com>", to=ME,
      date="2026-04-20 10:41 +0100", subj="Re: Data Lead role",
      irt="<maya-helix-0417@okafor.dev>",
      text="""Hi Maya,

Thanks for chasing, and apologies it's taken a while to come back to you. In the end we've gone with an internal candidate for the role - someone from the platform team who knows our systems inside out.

It was good to meet you and I'm sorry it wasn't better news.

Mark
""" + quote("Hi Mark,\nI hope you're well. I just wanted to check in on the Data Lead role - is there any update on timings?\nMany thanks,\nMaya", "Maya Okafor <maya@okafor.dev>", "Fri, 17 Apr 2026 at 09:12"))

S.add("icims-status-portal", [],
      frm="Bramwell Pharma Talent <donotreply@icims.com>", to=ME,
      date="2026-04-21 02:13 -0400", subj="An update on your application with Bramwell Pharma",
      html="""<html><body><p>Dear Maya,</p><p>There has been an update to your application for <b>Clinical Data Engineer (Req 2026-4471)</b>.</p>
<p>Please log in to the Bramwell Pharma Career Portal to view your application status.</p>
<p><a href="https://careers-bramwell.icims.com/jobs/login">Log in</a></p><p>Sincerely,<br>Bramwell Pharma Talent Acquisition</p>
<p style="font-size:9px">Bramwell Pharma is an Equal Opportunity Employer. This message was sent by iCIMS on behalf of Bramwell Pharma.</p></body></html>""")

UID = "7k2m9q1r5t@google.com"
S.add("gcal-invite-tech", ["interview_request"],
      frm="Ravi Menon <ravi@quillhq.com>", to=ME,
      date="2026-04-14 09:30 -0400", subj="Invitation: Quill - Take-home review (Maya Okafor) @ Tue Apr 21, 2026 11am - 12pm (EDT) (maya.okafor@gmail.com)",
      text="""You have been invited to the following event.

Quill - Take-home review (Maya Okafor)
When: Tuesday Apr 21, 2026 11am - 12pm Eastern Time - New York
Joining info: meet.google.com/qvr-mnpt-xzs
Who: ravi@quillhq.com - organiser, eun-ji@quillhq.com, maya.okafor@gmail.com

Going (maya.okafor@gmail.com)? Yes - Maybe - No    more options

Invitation from Google Calendar
""",
      cal=ics("REQUEST", "Quill - Take-home review (Maya Okafor)", "20260421T150000Z", "20260421T160000Z",
              "Ravi Menon <ravi@quillhq.com>", ["eun-ji@quillhq.com", "maya.okafor@gmail.com"], UID,
              location="https://meet.google.com/qvr-mnpt-xzs"))

S.add("gcal-cancel-tech", [],
      frm="Ravi Menon <ravi@quillhq.com>", to=ME,
      date="2026-04-15 16:02 -0400", subj="Canceled event: Quill - Take-home review (Maya Okafor) @ Tue Apr 21, 2026 11am - 12pm (EDT)",
      text="""This event has been canceled.

Quill - Take-home review (Maya Okafor)
When: Tuesday Apr 21, 2026 11am - 12pm Eastern Time - New York
Who: ravi@quillhq.com - organiser, eun-ji@quillhq.com, maya.okafor@gmail.com

Invitation from Google Calendar
""",
      cal=ics("CANCEL", "Quill - Take-home review (Maya Okafor)", "20260421T150000Z", "20260421T160000Z",
              "Ravi Menon <ravi@quillhq.com>", ["eun-ji@quillhq.com", "maya.okafor@gmail.com"], UID, seq=1),
      cal_method="CANCEL")

S.add("own-thankyou", [],
      frm=ME, to="Daniel Whitcombe <dan.w@ferrousfreight.com>",
      date="2026-03-05 19:20 +0000", subj="Thank you - second interview",
      text="""Hi Dan,

Thank you for arranging today's interview, and please pass on my thanks to Priyanka and Tom. I really enjoyed the whiteboard session and hearing how the team plans to rebuild the pricing pipeline.

I'm very keen on the role. Do let me know if you need anything else from me - references, salary expectations or anything else.

Best wishes,
Maya
""")

S.add("own-reply-notice-salary", [],
      frm=ME2, to="Deepika Nair <deepika.n@vantagesoft.in>",
      date="2026-04-06 19:02 +0100", subj="Re: Profile shortlisted - Senior Data Engineer - Vantage Softech",
      irt="<deepika-0406@vantagesoft.in>",
      text="""Hi Deepika,

Thanks for getting in touch. My notice period is one month and my salary expectation is around GBP 78,000. I'm available for an interview any afternoon next week.

Best regards,
Maya
""" + quote("Dear Maya,\nKindly share your Current CTC, Expected CTC and notice period at the earliest.", "Deepika Nair <deepika.n@vantagesoft.in>", "Mon, 6 Apr 2026 at 06:35"))

S.add("start-date-commitments", ["notice_period_asked"],
      frm="Elena Voss <elena@brindlecap.com>", to=ME,
      date="2026-04-22 08:55 -0400", subj="a couple of quick questions",
      text="""Hey Maya - following up on Friday's chat. Couple of logistics questions so I can start lining things up on our side:

- When could you realistically start if things go well?
- Any holidays or commitments over the summer we should plan around?

No need for anything formal, a quick reply is fine.

Elena
--
Elena Voss | People Ops | Brindle Capital
""")

S.add("comp-wise", ["salary_discussed"],
      frm="Kofi Mensah <kofi@tallyroute.io>", to=ME,
      date="2026-04-23 21:40 -0700", subj="Re: Staff Data Engineer",
      irt="<maya-tally-0422@gmail.com>",
      text="""Thanks Maya. Before I loop in the hiring manager - what are you looking for comp-wise? Just so we don't waste each other's time. We're fully remote and pay in USD or GBP.

K
""" + quote("Hi Kofi, yes I'd be interested in hearing more!", "Maya Okafor <maya.okafor@gmail.com>", "Wed, Apr 22, 2026 at 3:10 PM"))

S.add("smartrecruiters-refs", ["references_requested"],
      frm="Lyra Hotels Group <notification@smartrecruiters.com>", to=ME,
      date="2026-04-24 10:00 +0200", subj="Action required: referee details for your application",
      html="""<html><body style="font-family:Arial"><div style="max-width:600px">
<img src="https://c.smartrecruiters.com/sr-company-logo.png" alt="Lyra Hotels Group"><h3>Hi Maya,</h3>
<p>You're nearly there! As part of the next stage for <b>BI Developer (Barcelona or remote)</b>, we need contact details for two professional referees.</p>
<p>Please use the button below to add them. At least one should be a current or former manager.</p>
<p><a href="https://jobs.smartrecruiters.com/oneclick-ui/referees/abc" style="background:#00a4e4;color:#fff;padding:10px">Add referees</a></p>
<p>Kind regards,<br>Lyra Hotels Group Talent Team</p>
<p style="font-size:10px">Powered by SmartRecruiters. Privacy Policy.</p></div></body></html>""")

S.add("refs-pls-phone", ["references_requested"],
      frm="Hollie Benson <hollie.benson@brightpathtalent.co.uk>", to=ME,
      date="2026-04-14 13:07 +0100", subj="Re: Interview feedback",
      irt="<maya-fb-0414@gmail.com>",
      text="""great news they want to move fwd!! can u send me 2 refs asap? one needs to be a manager. names, emails, how u know them

Sent from Outlook for iOS
""" + quote("Hi Hollie, any feedback from yesterday?", "Maya Okafor <maya.okafor@gmail.com>", "Tue, 14 Apr 2026 at 08:40"))

S.add("wc-14th", ["timeline_stated"], by="2026-09-18",
      frm="Gemma Pryce <gemma.pryce@fosterandweald.co.uk>", to=ME,
      date="2026-09-03 16:22 +0100", subj="Re: Head of Data Engineering - update",
      irt="<maya-fw-0902@okafor.dev>",
      text="""Hi Maya

Thanks for your email. The panel is still seeing a couple of candidates next week, so we're hoping to make a decision w/c 14th. I'll call you either way.

Kind regards
Gemma

Gemma Pryce | HR Business Partner | Foster & Weald LLP
""" + outlook_quote("Hi Gemma, just checking where things are with the Head of Data Engineering process. Thanks, Maya", "Maya Okafor <maya@okafor.dev>", "02 September 2026 10:15", "Gemma Pryce", "Head of Data Engineering - update"))

S.add("after-bank-holiday", ["timeline_stated"], by="2026-05-26",
      frm="Neil Ashworth <neil.ashworth@marlowrail.co.uk>", to=ME,
      date="2026-05-21 15:10 +0100", subj="RE: Interview yesterday",
      irt="<maya-marlow-0520@okafor.dev>",
      text="""Hi Maya,

Thank you for coming in yesterday, you made a very good impression on the panel. We've one more candidate to see on Friday, so we'll be in touch straight after the bank holiday with a decision.

Regards,
Neil

Neil Ashworth
Engineering Manager, Data
Marlow Rail Services
""")

S.add("job-alert", [],
      frm="Indeed <alert@indeed.com>", to=ME,
      date="2026-04-26 07:02 +0000", subj="12 new Data Engineer jobs in London",
      extra={"List-Unsubscribe": "<https://uk.indeed.com/unsub>", "Precedence": "bulk"},
      html="""<html><body><h3>Data Engineer jobs in London</h3>
<table><tr><td><b>Senior Data Engineer</b><br>Monzo - London<br>£85,000 - £105,000 a year<br>Easily apply - Urgently hiring<br>Interviewing now. Respond to applications within 1 day.</td></tr>
<tr><td><b>Analytics Engineer</b><br>Octopus Energy - London<br>Hybrid remote<br>Offers: pension, equity</td></tr>
<tr><td><b>Data Platform Engineer</b><br>Wise - London<br>Your application will be reviewed within 2 weeks</td></tr></table>
<p><a href="https://uk.indeed.com/jobs?q=data+engineer">See all jobs</a></p>
<p style="font-size:10px">You received this job alert because you subscribed. Unsubscribe.</p></body></html>""")

S.add("salary-tips-article", [],
      frm="The Muse <newsletters@themuse.com>", to=ME,
      date="2026-04-28 11:00 -0400", subj="How to answer \"What are your salary expectations?\" (with scripts)",
      extra={"List-Unsubscribe": "<https://themuse.com/u>", "Precedence": "bulk"},
      text="""THE MUSE DAILY

How to Answer "What Are Your Salary Expectations?"
At some point in almost every interview process a recruiter will ask about your salary expectations. Here's how to give a range without leaving money on the table, and what to say when they ask for your notice period or your references on the first call.

Also today:
- 7 signs your interview went well (and 3 that it didn't)
- We'll be in touch: what recruiters really mean
- The offer letter checklist

Unsubscribe | Manage preferences
""")

S.add("project-update-next-steps", [],
      frm="Aditi Kulkarni <aditi.kulkarni@lumenfield.co.uk>", to="Data Team <data-team@lumenfield.co.uk>",
      cc="Maya Okafor <maya.okafor@lumenfield.co.uk>",
      date="2026-04-29 17:45 +0100", subj="Warehouse migration - weekly update & next steps",
      text="""Hi all,

Quick weekly update on the warehouse migration:

- 64 of 80 models migrated and reconciled
- Finance sign-off on revenue models received today
- Still blocked on the Salesforce connector (vendor says we'll hear back within a week)

Next steps: Maya to finish the dbt tests for the orders mart, Ben to schedule the cut-over rehearsal. We're aiming to make the final go/no-go decision by the end of next week.

Thanks,
Aditi
""")

S.add("workday-offer-portal", ["offer"],
      frm="Carrow Group Careers <carrowgroup@myworkday.com>", to=ME,
      date="2026-05-05 12:31 +0000", subj="Congratulations! Your offer from Carrow Group",
      html="""<html><body><table width="600"><tr><td style="background:#00263e;color:#fff;padding:16px"><b>CARROW GROUP</b></td></tr><tr><td style="padding:16px">
<p>Dear Maya,</p><p>Congratulations! We are pleased to extend an offer of employment to you for the position of <b>Data Engineer II</b>.</p>
<p>Please sign in to your candidate home to review your offer documents and accept or decline your offer within 5 working days.</p>
<p>Welcome to Carrow Group.</p><p>Talent Acquisition</p></td></tr></table></body></html>""")

S.add("us-offer-letter", ["offer", "salary_discussed"],
      frm="Brianna Castillo <bcastillo@tallyroute.io>", to=ME,
      date="2026-05-07 10:15 -0700", subj="TallyRoute - Offer Letter",
      text="""Hi Maya,

It was great speaking with you this morning! As promised, attached is your formal offer letter for the Staff Data Engineer position.

To recap: base salary of $185,000 (paid in GBP at the agreed rate), a 15% target bonus, and 0.12% in stock options vesting over four years with a one-year cliff.

Please review, and don't hesitate to reach out with any questions. We'd love to have your signature by next Thursday.

Best,
Brianna Castillo
Head of Talent, TallyRoute
""", attach=[("TallyRoute_Offer_Maya_Okafor.pdf", "application/pdf", PDF)])

S.add("taleo-long-rejection", ["rejection"],
      frm="Bramwell Pharma Talent <bramwell@taleo.net>", to=ME,
      date="2026-05-08 04:02 -0400", subj="Bramwell Pharma - Clinical Data Engineer (Req 2026-4471)",
      text="""Dear Maya Okafor,

Thank you for your interest in career opportunities with Bramwell Pharma, and for taking the time to complete our online application for the position of Clinical Data Engineer (Requisition 2026-4471).

At Bramwell Pharma, our mission is to discover, develop and deliver medicines that make a real difference to people living with rare diseases. Every year we receive many thousands of applications from talented people around the world, and each is carefully reviewed by our Talent Acquisition team and the hiring managers concerned against the requirements of the role.

We have now completed our review of applications for this requisition. While your background is impressive, we regret to inform you that we will not be moving forward with your application for this position.

We would like to encourage you to continue to explore opportunities at Bramwell Pharma. New positions are posted regularly on our careers site and you can create job alerts to be notified of roles that match your interests. Your candidate profile will remain active in our system, and our recruiters may contact you should a suitable position arise.

Bramwell Pharma is an equal opportunity employer and values diversity. All employment is decided on the basis of qualifications, merit and business need. For information about how we process your personal data please read our Candidate Privacy Statement.

Once again, thank you for your interest in Bramwell Pharma. We wish you every success in your job search.

Sincerely,

Talent Acquisition
Bramwell Pharma

This is an automated message. Please do not reply to this email.
""")

S.add("role-paused", ["rejection"],
      frm="Halyard Robotics <no-reply@hire.lever.co>", to=ME,
      date="2026-05-11 09:03 -0700", subj="Update on the Data Platform Engineer role at Halyard",
      text="""Hi Maya,

Thanks again for your interest in Halyard and for the time you spent with us.

Due to changes in our plans for the year, hiring for the Data Platform Engineer role has been paused indefinitely and we're closing all open applications for it. We know this is frustrating after the effort you've put in, and we're sorry.

If we reopen the role we'll reach out.

The Halyard Talent Team
""")

S.add("referees-named", ["references_contacted"],
      frm="Rachel Greaves <rachel.greaves@quayside-health.co.uk>", to=ME,
      date="2026-03-13 16:40 +0000", subj="Re: Referees",
      irt="<maya-refs-0311@gmail.com>",
      text="""Hi Maya, just to let you know I spoke to Marcus and Helen yesterday - both glowing! Contract to follow.

R
""" + quote("Hi Rachel,\nHere are my two referees:\nMarcus Bell (current manager) - marcus.bell@lumenfield.co.uk\nHelen Ortiz - helen.ortiz@sterlingdata.com\nBest, Maya", "Maya Okafor <maya.okafor@gmail.com>", "Wed, 11 Mar 2026 at 12:02"))

S.add("sterling-background", ["references_contacted"],
      frm="Sterling <noreply@sterlingcheck.com>", to=ME,
      date="2026-05-12 14:20 +0000", subj="Your background screening for TallyRoute has started",
      text="""Hello Maya,

TallyRoute has initiated a background screening on you as part of their hiring process. The screening includes identity verification, employment history verification, and reference checks with the referees you provided.

We will contact your referees by email. You can track progress in the Sterling candidate portal; most screenings are completed within 3-5 business days.

Sterling | 1 State Street Plaza, New York, NY
""")

S.add("cto-followup", ["interview_request"],
      frm="Jess Moore <jess@quillhq.com>", to=ME,
      date="2026-04-28 11:20 -0400", subj="One more conversation?",
      text="""Hi Maya,

Thank you for all your time last week - the team really enjoyed meeting you. Before we make a final decision, they'd like one more conversation: a 30-minute chat with Anya, our CTO, mostly about how you'd approach the first 90 days.

Could you send me a few slots that work on Thursday or Friday?

Thanks!
Jess
""")

S.add("calendly-confirm", ["interview_request"],
      frm="Calendly <notifications@calendly.com>", to=ME,
      date="2026-05-04 12:44 +0100", subj="Confirmed: Intro call with Jonah Feld between Jonah Feld and Maya Okafor on Tuesday, 12 May 2026",
      html="""<html><body style="font-family:Helvetica"><p>Hi Maya Okafor,</p><p>A new event has been scheduled.</p>
<table cellpadding="4"><tr><td><b>Event Type:</b></td><td>Intro call with Jonah Feld (Stackfield Recruiting)</td></tr>
<tr><td><b>Invitee:</b></td><td>Maya Okafor</td></tr><tr><td><b>Event Date/Time:</b></td><td>15:00 - Tuesday, 12 May 2026 (British Summer Time)</td></tr>
<tr><td><b>Location:</b></td><td>Zoom - details to follow</td></tr>
<tr><td><b>Questions:</b></td><td>Please share anything that will help prepare for our meeting: <i>Analytics Engineer, Lantern Pay</i></td></tr></table>
<p><a href="https://calendly.com/cancellations/abc">Cancel</a> | <a href="https://calendly.com/reschedulings/abc">Reschedule</a></p>
<p style="font-size:10px">Sent from Calendly</p></body></html>""")

S.add("chase-by-weds", ["timeline_stated"], by="2026-06-10",
      frm="Jonah Feld <jonah@stackfield.io>", to=ME,
      date="2026-06-08 10:05 +0100", subj="Lantern Pay - update",
      text="""Hi Maya - just checking in. No update yet I'm afraid, the hiring manager has been travelling all last week. I'm chasing today and should be back in touch by weds at the latest.

Jonah
""")

S.add("thanks-for-time", [],
      frm="Aisha Rahman <aisha.rahman@lanternpay.com>", to=ME,
      date="2026-06-12 17:02 +0100", subj="Re: Thank you",
      irt="<maya-lantern-ty-0611@gmail.com>",
      text="""Hi Maya,

Thanks for your kind note, and thank you for your time yesterday - it was great to meet you properly.

Have a lovely weekend,
Aisha
""" + quote("Hi Aisha,\nThank you for meeting me yesterday. I'd love to hear about next steps when you have them.\nMaya", "Maya Okafor <maya.okafor@gmail.com>", "Thu, 11 Jun 2026 at 18:30"))

S.add("receipt-legal-footer", ["application_received"],
      frm="Quayside Health Recruitment <recruitment@quayside-health.co.uk>", to=ME,
      date="2026-02-18 09:00 +0000", subj="Application received: Senior Data Engineer (QH-2211)",
      text="""Dear Maya

Thank you for your application for the post of Senior Data Engineer (QH-2211). This email confirms that we have received it.

Shortlisting will take place after the closing date. Please check our website for updates.

Quayside Health Recruitment Team

""" + LEGAL.format(co="Quayside Health Ltd", no="08812345", addr="Quayside House, Newcastle NE1 3DX"))

S.add("confirm-negated-refs", ["interview_request"],
      frm="Lyra Hotels Group <notification@smartrecruiters.com>", to=ME,
      date="2026-04-15 10:30 +0200", subj="Interview confirmation - BI Developer",
      text="""Hi Maya,

This is to confirm your interview for the BI Developer position:

Date: Monday 20 April 2026
Time: 11:00 CEST (10:00 UK)
Format: Microsoft Teams (link below)
Panel: Marta Ruiz (Head of BI), Pau Ferrer (Senior Developer)

Please note: we never contact references or your current employer without your explicit permission, and salary is not discussed at this stage.

Join: https://teams.microsoft.com/l/meetup-join/abc

Kind regards,
Lyra Hotels Group Talent Team
""")

S.add("slack-community-offer", [],
      frm="Slack <feedback@slack.com>", to=ME,
      date="2026-05-14 20:11 +0000", subj="[Data Folks UK] New messages in #job-hunt",
      html="""<html><body><p>You have new messages in <b>#job-hunt</b> on Data Folks UK.</p>
<table><tr><td><b>sam_w</b> 8:02 PM</td><td>just got an offer from Monzo!!! after 4 rounds lol</td></tr>
<tr><td><b>priya.k</b> 8:05 PM</td><td>congrats!! did they ask for references before the offer?</td></tr>
<tr><td><b>sam_w</b> 8:07 PM</td><td>nope, after. they said we'll hear back within a week re start date</td></tr></table>
<p><a href="https://datafolksuk.slack.com/archives/C01">Open in Slack</a></p><p style="font-size:10px">Slack Technologies, 500 Howard Street, San Francisco</p></body></html>""")

S.add("contract-dayrate-call", ["interview_request", "salary_discussed"],
      frm="Ravi Chaudhary <ravi.c@norwoodit.co.uk>", to=ME,
      date="2026-05-18 08:47 +0100", subj="Outside IR35 contract - Snowflake Data Engineer - 6 months",
      text="""Hi Maya,

I have an outside-IR35 contract with a retail client in Manchester: 6 months, starting early next month, mostly remote (1 day a fortnight on site). Day rate is £550-£600.

Would you be open to a call today or tomorrow? The client is interviewing this week.

Thanks,
Ravi Chaudhary
Principal Recruiter | Norwood IT Recruitment
""")

S.add("indian-receipt-7wd", ["application_received", "timeline_stated"], by="2026-05-28",
      frm="HR Team <careers@sarvamanalytics.in>", to=ME,
      date="2026-05-19 12:40 +0530", subj="Acknowledgement - Application for Lead Data Engineer",
      text="""Dear Candidate,

We are in receipt of your profile for the position of Lead Data Engineer and the same has been shared with the concerned hiring team for their perusal.

You will hear from us within 7 working days regarding the status of your candidature.

Please do not reply to this mail.

Regards,
HR Team
Sarvam Analytics Pvt Ltd, Bengaluru
""")

S.add("prioritising-rejection", ["rejection"],
      frm="Talent at Brindle <talent@brindlecap.com>", to=ME,
      date="2026-05-20 13:14 -0400", subj="Brindle Capital - Senior Analytics Engineer",
      text="""Hi Maya,

Thanks for taking the time to speak with us about the Senior Analytics Engineer role. We've really enjoyed getting to know you.

We're prioritising candidates with more direct experience in fixed-income data for this hire, so we won't be taking your application further at this point. We'd love to stay in touch as the team grows.

All the best,
Elena and the Brindle team
""")

S.add("availability-hm-call", ["interview_request"],
      frm="Marek Dvorak <marek.dvorak@pinewoodsystems.eu>", to=ME,
      date="2026-05-21 09:40 +0200", subj="Next step - call with Hiring Manager",
      text="""Hello Maya,

thank you for the nice talk on Tuesday. As next step I would like to arrange you a call with our hiring manager Mr. Novak, about 45 minutes, technical topics. Please can you share your availability for next week? He is free mostly in the mornings CET.

Best regards
Marek Dvorak
HR Specialist, Pinewood Systems s.r.o.
""")

S.add("order-arrives-friday", [],
      frm="Amazon.co.uk <shipment-tracking@amazon.co.uk>", to=ME,
      date="2026-05-26 06:12 +0000", subj="Your Amazon.co.uk order has been dispatched",
      html="""<html><body><p>Hello Maya,</p><p>Your order #204-1182736-554 has been dispatched and will arrive by Friday 29 May.</p>
<table><tr><td>Cracking the Coding Interview, 6th Edition</td><td>£24.99</td></tr><tr><td>Noise-cancelling headphones</td><td>£79.00</td></tr></table>
<p>We hope to see you again soon.</p></body></html>""")

S.add("dentist-appointment", [],
      frm="Brook Lane Dental <appointments@brooklanedental.co.uk>", to=ME,
      date="2026-05-27 10:00 +0100", subj="Appointment confirmation",
      text="""Dear Maya,

Your appointment is confirmed:

Date: Thursday 4 June 2026
Time: 08:20
With: Dr Farah Iqbal (hygienist)

Please let us know at least 24 hours in advance if you cannot attend. We will send you a reminder the day before.

Brook Lane Dental
""")

S.add("package-and-notice", ["notice_period_asked", "salary_discussed"],
      frm="Gemma Pryce <gemma.pryce@fosterandweald.co.uk>", to=ME,
      date="2026-08-24 11:02 +0100", subj="Head of Data Engineering - first interview",
      text="""Dear Maya

Thank you for your application. Before we set up a first interview, it would help to know your current package (base, bonus and pension) and the notice you're required to give your current employer.

Kind regards
Gemma
""")

S.add("back-in-touch-eonw", ["application_received", "timeline_stated"], by="2026-07-24",
      frm="Luke Harper <luke.harper@ridgewayrecruit.com>", to=ME,
      date="2026-07-14 15:35 +0100", subj="Re: Platform Engineer - Bristol",
      irt="<maya-ridgeway-0713@gmail.com>",
      text="""Thanks Maya, got it. I've passed your CV over to the hiring manager and will be back in touch either way by the end of next week.

Luke
""" + quote("Hi Luke,\nPlease find my CV attached for the Bristol role.\nMaya", "Maya Okafor <maya.okafor@gmail.com>", "Mon, 13 Jul 2026 at 21:04"))

S.save()
