"""English set, messages e041-e080 (hand-written)."""

from en_common import HANNAH, ROHAN, SIOBHAN, TOM, m
from mailkit import date

m("e041_taleo_council_wc14.eml", ["application_received", "timeline_stated"], "2026-12-18",
  frm="Wrekin Borough Council Recruitment <wrekin.recruitment@taleo.net>", to=HANNAH,
  when=date("2026-11-30 09:05"), subject="Application acknowledgement - Fleet and Logistics Manager (Ref 26/1184)",
  text="""Dear Hannah Okafor

Application acknowledgement

Thank you for submitting your application for the post of Fleet and Logistics Manager
(Ref 26/1184), Grade PO4, Environment and Neighbourhood Services.

The closing date for this vacancy is 6 December 2026. Shortlisting will take place
w/c 14th December and we will contact all applicants, successful or not, by the end of
that week.

If you have not heard from us by then, please assume that you have not been
successful on this occasion.

Wrekin Borough Council is committed to safeguarding and promoting equality of
opportunity. We are a Disability Confident Leader.

This is an automated message. Please do not reply.
""")

m("e042_council_not_shortlisted.eml", ["rejection"],
  frm="Recruitment Team <recruitment@northhallamcouncil.gov.uk>", to=HANNAH,
  when=date("2026-11-24 16:12"), subject="Transport Policy Officer - outcome of shortlisting",
  text="""Dear Ms Okafor

Post: Transport Policy Officer   Reference: NHC-1027

Thank you for your recent application for the above post. The shortlisting panel has
now met and I regret to inform you that on this occasion you have not been shortlisted
for interview.

We received a high number of applications and the panel's decisions were based on the
evidence provided against the essential criteria of the person specification.

Thank you for your interest in working for North Hallam Council and we wish you every
success in the future.

Yours sincerely

Recruitment Team
People Services
""")

m("e043_personio_receipt_14_days.eml", ["application_received", "timeline_stated"], "2026-12-04",
  frm="Kranz Logistik GmbH <noreply@kranz-logistik.jobs.personio.de>", to=ROHAN,
  when=date("2026-11-20 10:31", "+0100"), subject="Your application as Supply Chain Data Analyst (m/f/d)",
  text="""Dear Rohan Mehta,

thank you for your application as Supply Chain Data Analyst (m/f/d) and your interest
in Kranz Logistik.

We have received your documents and will review them carefully. We will get in touch
with you within the next 14 days.

Kind regards
Your Kranz Logistik recruiting team

Kranz Logistik GmbH | Am Sandtorkai 41 | 20457 Hamburg
Managing directors: Jens Kranz, Dr. Miriam Oltmanns | Amtsgericht Hamburg HRB 88412
Information about data protection: kranz-logistik.de/datenschutz
""")

m("e044_teamtailor_receipt.eml", ["application_received"],
  frm="Bramble & Co <no-reply@teamtailor-mail.com>", to=SIOBHAN,
  when=date("2026-11-20 13:44"), subject="Thanks for applying, Siobhan!",
  html="""<html><body style="font-family:-apple-system,Helvetica;background:#fafafa">
<div style="max-width:560px;margin:auto;background:#fff;padding:32px;border-radius:8px">
<h1 style="font-size:22px">Hi Siobhan! &#128075;</h1>
<p>We've got your application for <strong>Sustainability Insights Lead</strong> - thanks so much for
thinking of Bramble &amp; Co.</p>
<p>Our team reads every application by hand (really!) and we'll be in touch once we've had a proper
look.</p>
<p>In the meantime, why not check out what our team gets up to on
<a href="https://careers.brambleandco.com">our career site</a>?</p>
<p>Warmly,<br>Team Bramble</p>
</div>
<p style="text-align:center;font-size:11px;color:#999">Sent with Teamtailor</p>
</body></html>""")

m("e045_workable_self_schedule.eml", ["interview_request"],
  frm="Brightwater Foods <noreply@candidates.workablemail.com>", to=TOM,
  when=date("2026-11-23 12:00"), subject="Pick a time to talk with Brightwater Foods",
  text="""Hi Tom,

Thanks again for applying for Plant Reliability Engineer at Brightwater Foods.

We'd like to set up a 45-minute video call with Callum Reeves, our Engineering Manager,
to get to know you better. Please pick a time that works for you using the link below:

  Choose a time: https://apply.workable.com/brightwater/schedule/3F8K2

Slots are available between 26 November and 2 December.

Best,
Brightwater Foods Hiring Team
""")

m("e046_jazzhr_position_filled.eml", ["rejection"],
  frm="Kerrison Plastics <no-reply@applytojob.com>", to=TOM,
  when=date("2026-11-24 19:21", "-0500"), subject="Production Engineer at Kerrison Plastics",
  text="""Dear Tom,

Thank you for your interest in the Production Engineer position at Kerrison Plastics.
We wanted to let you know that this position has now been filled.

We appreciate the time you invested in applying and encourage you to keep an eye on our
careers page for future opportunities.

Regards,
Kerrison Plastics HR
""")

m("e047_bamboohr_offer_ready.eml", ["offer"],
  frm="Fennick Manufacturing <notifications@app.bamboohr.com>", to=HANNAH,
  when=date("2026-11-26 16:20"), subject="Fennick Manufacturing has sent you an offer letter",
  text="""Hi Hannah,

Fennick Manufacturing has sent you an offer letter for the position of Operations
Planning Manager.

Review and sign your offer letter: https://fennick.bamboohr.com/offer/f7a9b2

This link expires on December 3, 2026. If you have questions about your offer, please
contact Amelia Hart.

BambooHR, on behalf of Fennick Manufacturing
""")

m("e048_recruitee_moved_to_phone_screen.eml", ["interview_request"],
  frm="Bramble & Co <bramble@recruitee.com>", to=SIOBHAN,
  when=date("2026-11-25 10:02"), subject="Next stage: phone screen - Sustainability Insights Lead",
  text="""Hi Siobhan,

Good news - your application for Sustainability Insights Lead has moved to the next
stage: Phone screen.

Please book a 20-minute call with Noor from our People team here:
https://bramble.recruitee.com/o/sustainability-insights-lead/book/2a9d

Talk soon,
Bramble & Co
""")

m("e049_finance_warm_final_rejection.eml", ["rejection"],
  frm="Daniel Osei <daniel.osei@harwoodlifeplc.com>", to=ROHAN,
  when=date("2026-11-25 18:47"), subject="Actuarial Reporting Manager - final stage",
  text="""Dear Rohan,

I hope you're well, and thank you again for coming into Cheapside last Thursday for the
final stage. I know it was a long afternoon - the case study, then Graham, then me and
Nicola - and you handled all of it with real composure.

I wanted to call you, but I'm travelling until next week and didn't want to leave you
waiting, so I hope you'll forgive an email.

This was one of the hardest decisions I've been part of this year. The panel scored you
and one other candidate almost identically. In the end we have decided to offer the
position to the other candidate, whose experience of running Solvency II reporting
through a year-end close is something the team needs from the first day, given the
timing of our IFRS 17 programme. It was about timing and that specific experience, not
about ability.

Please don't read this as a 'no' to you and Harwood. Nicola has already asked whether
we could stay in touch for the Capital Modelling role we expect to open in the spring,
and I would be glad to give you detailed feedback whenever suits you.

Thank you again, and very best wishes,

Daniel

Daniel Osei FIA
Head of Actuarial Reporting, Harwood Life plc
Harwood Life plc is authorised by the Prudential Regulation Authority and regulated by
the Financial Conduct Authority and the Prudential Regulation Authority.
""")

m("e050_internal_candidate.eml", ["rejection"],
  frm="Callum Reeves <callum.reeves@brightwaterfoods.com>", to=TOM,
  when=date("2026-11-30 08:17"), subject="Re: Plant Reliability Engineer",
  in_reply_to="<3c1d9aa0@fastmail.co.uk>",
  text="""Morning Tom,

Sorry to be the bearer of bad news - we've gone with an internal candidate for the
reliability role. One of the shift engineers put in for it at the last minute and he
knows the plant inside out, so it made sense for us.

Really appreciated your time on the call. Good luck.

Callum
Sent from Outlook for Android
""")

m("e051_refs_received_board_thursday.eml", ["references_contacted", "timeline_stated"], "2026-11-20",
  frm="Martha Quinlan <martha@quinlanhaulage.ie>", to=TOM,
  when=date("2026-11-16 14:08"), subject="Transport Manager - update",
  text="""Hi Tom,

Just to keep you posted - we've now heard back from both your references, thank you
for sorting those so quickly. Both were glowing.

The appointment needs to be signed off by the board. They meet on Thursday, and I'll
ring you on Friday at the latest with a decision.

Kind regards,
Martha

Martha Quinlan
Managing Director, Quinlan Haulage Ltd, Drogheda
""")

m("e052_salary_band.eml", ["salary_discussed"],
  frm="Noor Haddad <noor@brambleandco.com>", to=SIOBHAN,
  when=date("2026-11-27 11:40"), subject="Sustainability Insights Lead - before your interview",
  text="""Hi Siobhan,

Lovely to speak earlier. As promised, a bit more on the package before your interview
with Tess: the band for this role is GBP 62-68k plus a 10% bonus, 4-day week option after
probation. Could you let me know whether that works for you, and roughly where in the
band you'd expect to sit?

Thanks,
Noor
""")

m("e053_phone_ur_notice.eml", ["notice_period_asked"],
  frm="Gaz Whitlock <gary.whitlock@sterlingcrest-recruitment.co.uk>", to=TOM,
  when=date("2026-11-05 12:31"), subject="Re: Hollis - controls contract",
  in_reply_to="<0d9c1e77@fastmail.co.uk>",
  text="""Whats ur notice on the current contract - is it 1 week or 4? they want someone asap

Sent from my Samsung Galaxy smartphone.
""")

m("e054_refs_pls.eml", ["references_requested"],
  frm="Gaz Whitlock <gary.whitlock@sterlingcrest-recruitment.co.uk>", to=TOM,
  when=date("2026-11-09 08:02"), subject="refs",
  text="""Morning Tom - refs pls, 2 x professional, ideally incl. ur current line mgr or the
contract manager at Alstom. Name/email/number. Need them before the client will sign
the schedule. thx

Gaz
""")

m("e055_spoke_to_marcus_and_helen.eml", ["references_contacted"],
  frm="Sophie Grant <sophie.grant@kesslerlogistics.com>", to=HANNAH,
  when=date("2026-11-24 17:05"), subject="Good news",
  text="""Hi Hannah,

Quick one - I spoke to Marcus and Helen yesterday afternoon. Both had great things to
say, Helen in particular was very detailed about the peak season planning you led.

I'm just pulling everything together for the hiring manager now.

Speak soon,
Sophie
""")

m("e056_offer_transport_planner_subject_refs.eml", ["offer", "salary_discussed", "references_requested"],
  frm="Kieran Boyle <kieran.boyle@northboundfreight.co.uk>", to=HANNAH,
  when=date("2026-11-30 11:15"), subject="Offer - Senior Transport Planner",
  text="""Dear Hannah,

Following your interview on Thursday, I'm really pleased to offer you the role of
Senior Transport Planner at our Midlands Hub, subject to references.

The main terms are:
  Salary: GBP 47,500 per annum
  Car allowance: GBP 4,200 per annum
  Hours: 40 per week, Monday to Friday, with one Saturday in four during peak
  Holiday: 25 days plus bank holidays

Your contract and our starter pack are attached. Please sign and return the contract,
and complete the referee form, by Friday 4 December.

Anna and I are really looking forward to working with you.

Kind regards,
Kieran Boyle
Transport Operations Manager, Northbound Freight
""",
  attachments=[("NBF_Contract_HOkafor.pdf", "application/pdf", b"%PDF-1.4\n% fake contract placeholder\n%%EOF\n")])

m("e057_gradscheme_end_of_q1.eml", ["application_received", "timeline_stated"], "2027-03-31",
  frm="Future Talent <futuretalent@orvane-group.com>", to=ROHAN,
  when=date("2026-12-01 09:00"), subject="Orvane Group Finance Graduate Programme 2027 - application update",
  text="""Dear Rohan,

Thank you for applying to the Orvane Group Finance Graduate Programme 2027. Your
application is currently under review by our Future Talent team.

Due to the volume of applications this year we assess on a rolling basis, and all
final decisions will be made by the end of Q1 2027. We will be in touch with everybody
by then.

Best wishes,
Future Talent Team, Orvane Group
""")

m("e058_before_the_holidays.eml", ["timeline_stated"], "2026-12-18",
  frm="Tess Morgan <tess@brambleandco.com>", to=SIOBHAN,
  when=date("2026-12-09 16:30"), subject="Thank you!",
  text="""Hi Siobhan,

Thank you so much for coming in today - the team loved the walkthrough of your
dashboard.

We have two more people to see this week and then we'll make a decision. We want to give
everyone an answer before we break up for the holidays on the 18th, so you'll hear from
me by then at the latest.

Best,
Tess
""")

m("e059_interview_with_legal_footer.eml", ["interview_request"],
  frm="Graduate Recruitment <graduates@ashcombereid.co.uk>", to=ROHAN,
  when=date("2026-11-18 12:09"), subject="Training Contract 2029 - interview invitation",
  text="""Dear Rohan

Thank you for your application for a Training Contract commencing in September 2029.
We are pleased to invite you to a partner interview at our Nottingham office on Tuesday
1 December at 10:30.

The interview will last about 45 minutes and will be followed by a short written
exercise. Please reply to confirm that you can attend.

Kind regards

Graduate Recruitment Team
Ashcombe Reid LLP

This email and any attachments are confidential. Nothing in this email constitutes an
offer of employment or forms part of any contract unless expressly stated.
Ashcombe Reid LLP is authorised and regulated by the Solicitors Regulation Authority.
""")

m("e060_past_interview_back_by_weds.eml", ["timeline_stated"], "2026-11-25",
  frm="Priya Sandhu <priya.sandhu@fennickmfg.com>", to=HANNAH,
  when=date("2026-11-19 13:52"), subject="Re: Operations Planning Manager",
  in_reply_to="<CAF7abc11@mail.gmail.com>",
  text="""Hi Hannah,

Thanks again for coming in to interview last Tuesday, and sorry for the silence. We're
still interviewing a couple of people this week and will be back in touch by weds.

Priya
""")

m("e061_rejection_talk_through_feedback.eml", ["rejection"],
  frm="Anjali Rao <anjali.rao@carrowlyle.com>", to=ROHAN,
  when=date("2026-11-26 10:14"), subject="Your application - Data Assurance Associate",
  text="""Hi Rohan,

Thanks for your patience. Unfortunately we won't be progressing your application to the
next stage this time. Your technical test was strong, but the interviewers felt you were
less comfortable with the client-facing parts of the role.

I'm very happy to talk you through the feedback in more detail - just let me know a
time that suits.

Best,
Anjali
""")

m("e062_interview_confirm_negated_referees.eml", ["interview_request"],
  frm="Kessler Global Logistics <sophie.grant@kesslerlogistics.com>", to=HANNAH,
  when=date("2026-11-06 09:15"), subject="Interview confirmation - Network Planning Manager",
  text="""Dear Hannah,

I'm pleased to confirm your first interview for Network Planning Manager:

  Date: Tuesday 10 November 2026
  Time: 13:00-14:00
  Location: Kessler Global Logistics, 3 Centrum Way, Northampton NN4 7QG
  Panel: Lewis Ambrose (Head of Network Planning), Sophie Grant (Talent Partner)

Please note we do not contact referees without your permission, and we won't ask for
references at this stage.

Best,
Sophie
""")

m("e063_calendly_confirmation.eml", ["interview_request"],
  frm="Calendly <notifications@calendly.com>", to=SIOBHAN,
  when=date("2026-11-26 14:03"), subject="Confirmed: Intro call between Dana Whitfield and Siobhan Kelly on Tuesday, December 1, 2026",
  headers={"Reply-To": "dana@clearwayexec.co.uk"},
  text="""Hi Siobhan Kelly,

Your event has been scheduled.

Event Type: Intro call - Head of Sustainability search (Clearway Executive)
Invitee: Siobhan Kelly
Invitee Email: siobhan.kelly@icloud.com
Event Date/Time: 10:00am - 10:30am Tuesday, December 1, 2026 (GMT)
Location: Dana will call you on the number provided.

Need to make changes to this event? Cancel | Reschedule

Powered by Calendly.com
""",
  cal=None)

m("e064_intro_call_agency.eml", ["interview_request"],
  frm="Dana Whitfield <dana@clearwayexec.co.uk>", to=SIOBHAN,
  when=date("2026-11-25 15:22"), subject="Head of Sustainability - confidential search",
  text="""Dear Siobhan,

I hope you don't mind me getting in touch out of the blue. I'm leading a confidential
search for a Head of Sustainability at a FTSE 250 logistics business, and your work on
consolidation centres came up in three separate conversations this week.

I'd love to set up a quick intro call to tell you a bit more - is there a time later
this week or early next that works? Alternatively my Calendly is below.

Best wishes,
Dana

Dana Whitfield | Partner | Clearway Executive Search
calendly.com/dana-clearway
""")

m("e065_open_to_a_call_next_stage.eml", ["interview_request"],
  frm="Lewis Ambrose <lewis.ambrose@kesslerlogistics.com>", to=HANNAH,
  when=date("2026-11-12 18:10"), subject="Next stage",
  text="""Hi Hannah,

Thanks for Tuesday. I'd like you to meet our COO, Fiona, for the next stage. Would you
be open to a call on Monday afternoon to set that up and talk through what she'll want
to cover?

Lewis
""")

m("e066_background_check_sterling.eml", ["references_contacted"],
  frm="Onboarding <onboarding@harwoodlifeplc.com>", to=ROHAN,
  when=date("2026-11-12 10:45"), subject="Pre-employment screening - Harwood Life",
  text="""Dear Rohan,

As part of our pre-employment screening, our partner Sterling will be in touch shortly to
complete your background check. This includes verification of your employment history
and contacting the referees you provided, as well as a credit and criminal record check.

Please complete the Sterling portal within 48 hours of receiving their email.

Kind regards,
Onboarding Team
""")

m("e067_verbal_offer_phone.eml", ["offer", "salary_discussed"],
  frm="Amelia Hart <amelia.hart@fennickmfg.com>", to=HANNAH,
  when=date("2026-11-24 15:33"), subject="Following our call",
  text="""Hi Hannah,

Lovely to speak just now - as discussed we'd like to offer you the Operations Planning
Manager role at 54,000 per annum plus the 8% site bonus. I'm so pleased!

You'll get the written offer through BambooHR, then we can start on the
paperwork. Any q's just shout.

Amelia
""")

m("e068_made_an_appointment.eml", ["rejection"],
  frm="Human Resources <hr.recruitment@ketterwell.ac.uk>", to=SIOBHAN,
  when=date("2026-11-27 12:00"), subject="Lecturer in Logistics (KU-A-0877)",
  text="""Dear Dr Kelly

Thank you for attending for interview for the post of Lecturer in Logistics. The panel
has now made an appointment to this post.

We are grateful for the time and effort you put into your application and interview,
and we wish you well for the future.

Yours sincerely

Human Resources
University of Ketterwell
""")

m("e069_prioritising_candidates_with.eml", ["rejection"],
  frm="Fiona Hale <fiona.hale@rowanvale-foods.co.uk>", to=HANNAH,
  when=date("2026-11-10 09:30"), subject="Supply Planning Lead",
  text="""Hi Hannah,

Thank you for your application for Supply Planning Lead. We've had a very strong
response, and for this role we are prioritising candidates with hands-on SAP S/4HANA
implementation experience, so we won't be taking your application further.

I hope that's helpful, and thanks again for your interest in Rowanvale.

Fiona
""")

m("e070_indeed_alert.eml", [],
  frm="Indeed <alert@indeed.com>", to=HANNAH,
  when=date("2026-11-21 05:44"), subject="Transport Planner: 9 new jobs in Leicester",
  headers={"List-Unsubscribe": "<https://uk.indeed.com/unsub>", "Precedence": "bulk"},
  text="""9 new jobs for Transport Planner in Leicester

Transport Planner - Kessler Global Logistics - Northampton - GBP 40,000 - 46,000
  Easily apply. Responsive employer.
Senior Transport Planner - DPL Distribution - Coventry - GBP 45,000
  Urgently hiring.
Fleet Planner (Nights) - Amazon - Coalville

Interview tip of the week: prepare two questions to ask at the end of the interview.
Employers say candidates who ask about the team get more offers.

Update your job alert | Unsubscribe
""")

m("e071_linkedin_newsletter_negotiate.eml", [],
  frm="LinkedIn News UK <editors-noreply@linkedin.com>", to=SIOBHAN,
  when=date("2026-11-22 08:00"), subject="How to negotiate your salary offer in 2027",
  headers={"List-Unsubscribe": "<https://www.linkedin.com/e/unsub>", "Precedence": "bulk"},
  text="""Get Hired - the newsletter from LinkedIn News

This week: negotiating your offer.
Recruiters told us most candidates accept the first offer. Don't: ask for the salary band
early, get the offer in writing, and if a company asks for references before an offer,
that's usually a good sign. We also look at how long to wait before chasing after an
interview ("a week is fine").

Plus: the graduate schemes still open, and why "We'll be in touch" doesn't always mean
rejection.

Read the full edition on LinkedIn.
""")

m("e072_jobboard_marketing_reviewing_profile.eml", [],
  frm="CV-Library <noreply@cv-library.co.uk>", to=TOM,
  when=date("2026-11-23 11:11"), subject="3 recruiters viewed your CV this week",
  headers={"Precedence": "bulk"},
  text="""Hi Tom,

Good news! 3 recruiters viewed your CV this week, including a recruiter in
Manufacturing.

Boost your chances of an interview: CVs with a personal statement receive up to 2x more
views. Update your CV now.

CV-Library
""")

m("e073_credit_card_application_received.eml", [],
  frm="Nationwide <no-reply@nationwide.co.uk>", to=HANNAH,
  when=date("2026-11-18 10:20"), subject="We've received your credit card application",
  text="""Dear Ms Okafor,

Thank you for your application for a Nationwide Member Credit Card. We have received it
and are reviewing it now.

We'll let you know our decision within 5 working days. If we need more information we'll
contact you.

Nationwide Building Society
""")

m("e074_mortgage_offer.eml", [],
  frm="Halifax Mortgages <mortgages@halifax.co.uk>", to=HANNAH,
  when=date("2026-11-19 15:00"), subject="Your mortgage offer is ready",
  text="""Dear Hannah Okafor,

Good news - your mortgage offer has been issued and is available to view in your online
account. Your offer is valid for 6 months.

Your solicitor will also receive a copy. Please read your offer carefully and contact your
mortgage adviser if anything is unclear.

Halifax
""")

m("e075_school_admissions.eml", [],
  frm="School Admissions <admissions@leicestershire.gov.uk>", to=HANNAH,
  when=date("2026-11-20 09:00"), subject="Primary school application received - ref PA27-44127",
  text="""Dear Parent/Carer,

Your application for a Reception place in September 2027 has been received.

National Offer Day for primary places is 16 April 2027. You will receive an email offering
your child a place on that day. You can change your preferences until the closing date of
15 January 2027.

School Admissions, Leicestershire County Council
""")

m("e076_planning_application.eml", [],
  frm="Planning Services <planning@blaby.gov.uk>", to=HANNAH,
  when=date("2026-11-24 14:15"), subject="Planning application 26/0913/HH - validated",
  text="""Dear Applicant,

Your planning application (26/0913/HH, single-storey rear extension) has been validated.
The target decision date is 19 January 2027, within 8 weeks of validation. A case
officer will be assigned and may contact you to arrange a site visit.

Planning Services
""")

m("e077_conference_speaker_interview.eml", [],
  frm="FreightTech Europe <speakers@freighttecheurope.com>", to=SIOBHAN,
  when=date("2026-11-25 12:30"), subject="Your talk is accepted! + speaker interview",
  text="""Dear Siobhan,

We're delighted to tell you that your talk "Consolidation centres that actually work" has
been accepted for FreightTech Europe 2027 in Rotterdam (10-11 March).

As part of our speaker programme we'd like to record a short interview with you for the
conference podcast. Our producer will email you to schedule it.

Next steps: please confirm your travel needs and accept the speaker terms by 11 December.

The FreightTech Europe programme team
""")

m("e078_colleague_references_section.eml", [],
  frm="Paul Fenton <paul.fenton@castlemeadlogistics.co.uk>", to="Hannah Okafor <hannah.okafor@castlemeadlogistics.co.uk>",
  when=date("2026-11-25 09:48"), subject="RE: WMS migration design doc v3",
  in_reply_to="<AM9PR0102@castlemeadlogistics.co.uk>",
  text="""Hi Hannah,

Can you review the references section of the design doc before Friday? A few of the
links point to the old SharePoint. Also I've added a "next steps" section - let me know
if you think the application of the new slotting rules should wait until after peak.

We'll need an interview slot with the Corby shift managers to get their requirements,
I've pencilled in Wednesday.

Cheers
Paul

From: Hannah Okafor
Sent: 24 November 2026 16:20
To: Paul Fenton
Subject: WMS migration design doc v3

Paul - v3 attached. I've rewritten the cut-over plan. H
""")

m("e079_trade_newsletter_html.eml", [],
  frm="Logistics Weekly <newsletter@logisticsweekly.co.uk>", to=TOM,
  when=date("2026-11-26 07:30"), subject="Logistics Weekly: CEO interview, job moves, and the offer nobody expected",
  headers={"List-Unsubscribe": "<https://logisticsweekly.co.uk/unsub>", "Precedence": "bulk"},
  html="""<html><body style="background:#eee"><table width="640" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Georgia,serif">
<tr><td style="padding:20px;background:#0b2545;color:#fff;font-size:26px">Logistics Weekly</td></tr>
<tr><td style="padding:20px"><h2 style="margin:0">Interview: "Automation won't save a bad network"</h2>
<p>We sat down with the CEO of a top-five 3PL to talk robots, rates and why the role of the
planner is changing.</p></td></tr>
<tr><td style="padding:20px;border-top:1px solid #ddd"><h3>The offer nobody expected</h3>
<p>Rival bidder tables a GBP 1.2bn offer for Harlow Cold Chain; board says it will consider next steps.</p></td></tr>
<tr><td style="padding:20px;border-top:1px solid #ddd"><h3>Job moves</h3>
<table cellpadding="4"><tr><td><b>Kate Ellis</b></td><td>joins DPL as Head of Network</td></tr>
<tr><td><b>Sam Idowu</b></td><td>appointed COO at Quinlan Haulage</td></tr></table></td></tr>
<tr><td style="padding:20px;font-size:11px;color:#888">Unsubscribe | View in browser</td></tr></table></body></html>""")

m("e080_club_team_selection.eml", [],
  frm="Hinckley RFC Vets <secretary@hinckleyrfc.co.uk>", to=TOM,
  when=date("2026-11-26 21:03"), subject="Saturday - selection",
  text="""Evening all,

Selection for Saturday's game away at Lutterworth is below. Tom A - you're at 12, Dev
will cover the kicking role. If you can't make it let me know by Thursday night so I can
offer your spot to someone on the bench.

We'll confirm positions and the bus time by Friday.

Meet 12:15 at the club. Subs are due!

Steve
""")
