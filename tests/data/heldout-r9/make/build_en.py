"""Builds en/ (part 1 of 3): python3 make/build_en.py from tests/data/heldout-r9."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from mk import ME, build, ics, write_set  # noqa: E402

M = []


def e(slug, labels, by, frm, subj, date, body, **kw):
    M.append({"slug": slug, "labels": labels, "by": by,
              "msg": build(frm, subj, date, body, **kw)})


FOOT = ("\n\n--\nMeridian Pay Ltd is authorised by the Financial Conduct Authority under the "
        "Electronic Money Regulations 2011 (FRN 900123). Registered in England No. 11223344. "
        "This email and any attachments are confidential. Nothing in this email constitutes an "
        "offer of employment or a contract unless confirmed in writing by an authorised "
        "signatory. If you received it in error please delete it and notify the sender.")

# --- labelled: logistics, schools, law, games, hospitals, seasonal, fintech ---
e("greenhouse-logistics-received", ["application_received"], None,
  "Northbay Freight Recruiting <no-reply@us.greenhouse-mail.io>",
  "Thanks for applying to Northbay Freight", "Mon, 02 Nov 2026 14:03:11 +0000",
  "Hi Jordan,\n\nThanks for your interest in Northbay Freight! We've received your application "
  "for Inventory Control Lead - Reno DC and our talent team is reviewing it now.\n\n"
  "Because of the volume of applicants, only those selected to move forward will be contacted.\n\n"
  "Best,\nNorthbay Freight Talent Acquisition")
e("lever-3pl-phone-screen", ["interview_request"], None,
  "Tamsin Royle <tamsin.royle@crossdock3pl.com>", "Quick chat re: Transport Planner",
  "Tue, 03 Nov 2026 09:12:40 +0000",
  "Hi Jordan,\n\nThanks for applying for the Transport Planner role at CrossDock. Hiring manager "
  "Gareth had a look at your CV and he'd like to meet you - would you be free for 30 mins on "
  "Thursday or Friday morning? Video or phone, whatever suits.\n\nCheers\nTamsin\n\nSent from my iPhone")
e("agency-currently-on", ["salary_discussed", "notice_period_asked"], None,
  "Declan Moss <declan@peakstaffsearch.co.uk>", "Supply chain analyst - Midlands",
  "Wed, 04 Nov 2026 11:45:02 +0000",
  "Morning Jordan,\n\nGood speaking earlier. Before I send your CV over to the client can you "
  "confirm what you're currently on (base + bonus) and what you'd need to make the move? They're "
  "budgeting 42-48k.\n\nAlso what's ur notice at the moment - 1 month or 3?\n\nDeclan\nPeak Staff Search | 07700 900456")
e("workday-hospital-rejection", ["rejection"], None,
  "Royal Harbour Health Careers <rhh@myworkday.com>",
  "Update on your application - Clinical Logistics Coordinator (R-20931)",
  "Thu, 05 Nov 2026 17:30:00 +0400",
  "Dear Jordan,\n\nThank you for your interest in the Clinical Logistics Coordinator position at "
  "Royal Harbour Health, Dubai. After careful review, the hiring team has decided to move forward "
  "with other candidates whose experience more closely aligns with the needs of the department.\n\n"
  "We encourage you to create job alerts on our careers site.\n\nKind regards,\nTalent Acquisition")
e("school-head-interview-invite", ["interview_request"], None,
  "Mrs A. Okonkwo <headteacher@stmarkscofe.sch.uk>",
  "Assistant Headteacher (Curriculum) - interview day", "Fri, 06 Nov 2026 16:20:13 +0000",
  "Dear Jordan,\n\nThank you for your application for the post of Assistant Headteacher. I am "
  "pleased to let you know you have been shortlisted.\n\nThe interview day will be Wednesday 18 "
  "November, starting 8.30am. It will include a learning walk, a student panel, an in-tray "
  "exercise and a formal interview with governors. Please confirm by return that you are able to "
  "attend.\n\nYours sincerely\nAdaeze Okonkwo\nHeadteacher")
e("school-refs-named", ["references_contacted"], None,
  "Mrs A. Okonkwo <headteacher@stmarkscofe.sch.uk>", "RE: Assistant Headteacher",
  "Thu, 19 Nov 2026 15:02:44 +0000",
  "Dear Jordan,\n\nThank you for yesterday; the panel enjoyed meeting you. I have now spoken to "
  "your current head, Mr Fenwick, and to Priya Raman at the trust - Priya said lovely things about "
  "your work with the Year 9 team.\n\nGovernors meet on Monday and I will ring you on Tuesday 24th "
  "either way.\n\nWarm regards\nAdaeze", reply_to_id="<shortlist-1102@stmarkscofe.sch.uk>")
M[-1]["labels"].append("timeline_stated"); M[-1]["by"] = "2026-11-24"
e("law-training-contract-offer", ["offer"], None,
  "Graduate Recruitment <graduates@hartleyquinnllp.com>",
  "Training Contract 2028 - Hartley Quinn LLP", "Mon, 09 Nov 2026 10:00:00 +0000",
  "Dear Jordan\n\nFollowing your vacation scheme and assessment centre, I am delighted to offer you "
  "a training contract with Hartley Quinn LLP commencing in September 2028. Your formal offer "
  "letter, together with details of LPC/SQE sponsorship and the maintenance grant, is attached.\n\n"
  "Please let us know whether you wish to accept within four weeks.\n\nBest wishes\n"
  "Eleanor Vance\nGraduate Recruitment Manager")
e("accountancy-articles-refs", ["references_requested"], None,
  "Sunil Mehta <sunil.mehta@kapoorandco.in>", "Articleship - documents", "Tue, 10 Nov 2026 12:31:09 +0530",
  "Dear Jordan,\n\nKindly share the names and contact details of two persons who can speak about "
  "your work (one academic, one from your internship) at the earliest. HR will do the needful "
  "thereafter.\n\nThanks & regards,\nSunil Mehta\nPartner, Kapoor & Co. Chartered Accountants")
e("game-studio-ashby-received", ["application_received"], None,
  "Lanternfly Games <no-reply@ashbyhq.com>", "We got your application - Producer, Live Ops",
  "Tue, 10 Nov 2026 20:11:55 -0800",
  "Hey Jordan!\n\nThanks for applying to be a Producer, Live Ops at Lanternfly Games. Our small "
  "team reads every application ourselves, so it may take a little while.\n\n"
  "In the meantime, come say hi in our Discord.\n\n- The Lanternfly crew")
e("game-studio-founder-call", ["interview_request", "timeline_stated"], "2026-11-20",
  "Mika Tervo <mika@lanternfly.gg>", "producer role", "Fri, 13 Nov 2026 08:44:00 -0800",
  "yo Jordan - Mika here, one of the founders. loved the postmortem you linked. grab any slot "
  "here for a 45 min chat w/ me and our lead designer: https://cal.com/mika-lanternfly/45min\n\n"
  "we'll let everyone know by end of next week who's coming in for the paid trial.\n\nm")
e("fintech-offer-footer", ["offer", "salary_discussed"], None,
  "Hannah Pryce <hannah.pryce@meridianpay.co.uk>", "Your offer - Payments Operations Manager",
  "Wed, 11 Nov 2026 18:05:31 +0000",
  "Hi Jordan,\n\nGreat news - the team would love to have you join Meridian. We're offering a "
  "base salary of GBP 68,000 plus a 10% target bonus and EMI options. The written contract will "
  "follow from People Ops tomorrow.\n\nHannah" + FOOT)
e("fintech-footer-only-thanks", [], None,
  "Hannah Pryce <hannah.pryce@meridianpay.co.uk>", "Re: parking on the day",
  "Thu, 29 Oct 2026 09:15:00 +0000",
  "Hi Jordan, yes there's visitor parking at the back - just give your reg at reception.\n\nHannah" + FOOT)
e("seasonal-hourly-rejection", ["rejection"], None,
  "Frostline Mountain Resort <jobs@frostlineresort.com>", "Winter Lift Operator - update",
  "Sat, 14 Nov 2026 07:02:00 -0700",
  "Hi Jordan,\n\nAll our lift operator spots for the 2026/27 season have now been filled. We "
  "appreciate you applying and hope to see you on the slopes!\n\nFrostline HR")
e("seasonal-warehouse-shift", ["interview_request"], None,
  "Peak Season Hiring <hiring@parcelgrid.com>", "Choose your in-person hiring event time",
  "Sun, 08 Nov 2026 13:00:00 -0500",
  "Hi Jordan,\n\nYou're one step closer to a seasonal Warehouse Associate job at ParcelGrid "
  "ROC4! Please pick a time for your 20-minute in-person hiring event (ID check and a short chat "
  "with an area manager):\nhttps://hiring.parcelgrid.com/schedule/abc123\n\nPay: $19.25/hr + "
  "$2 night differential.\n\nParcelGrid Hiring")
M[-1]["labels"].append("salary_discussed")
e("internal-move-colleague", ["interview_request"], None,
  "Ruth Abernathy <ruth.abernathy@kestrel-logistics.com>", "the ops analyst thing",
  "Mon, 16 Nov 2026 12:20:00 +0000",
  "Hi Jordan\n\nTom mentioned you'd put in for the ops analyst vacancy on my team - nice! I'm "
  "hiring two. Can we grab a coffee on 4th floor Weds at 2 to talk it through properly? Not a "
  "formal interview yet but I'd like to hear how you'd approach the carrier scorecards.\n\nRuth")
e("icims-received-html", ["application_received"], None,
  "St. Aurelia Medical Center <donotreply@icims.com>", "Application Confirmation",
  "Tue, 17 Nov 2026 03:14:00 -0600", None,
  html="<html><body><table width='600' style='font-family:Arial'><tr><td><img src='logo.png'>"
  "</td></tr><tr><td><p>Dear Jordan Ellery,</p><p>Thank you for applying for <b>Supply Chain "
  "Manager, Perioperative Services</b> (Req 55102). Your application has been successfully "
  "submitted and is now with the recruiting team.</p></td></tr><tr><td style='font-size:10px'>"
  "This mailbox is not monitored.</td></tr></table></body></html>")
e("smartrecruiters-status-table", ["rejection"], None,
  "Harbourline Ports <noreply@smartrecruiters.com>", "Your application status has changed",
  "Wed, 18 Nov 2026 09:00:00 +0100", None,
  html="<html><body><table border='0' cellpadding='6'><tr><th align='left'>Position</th>"
  "<td>Port Operations Planner</td></tr><tr><th align='left'>Status</th><td>Not selected</td>"
  "</tr></table><p>Hi Jordan, unfortunately we won't be taking your application further for "
  "this role. We'll keep your profile on file.</p><p>Harbourline Talent</p></body></html>")
e("teams-invite-html", ["interview_request"], None,
  "Priyanka Desai <priyanka.desai@veltrafin.com>", "Veltra - Risk Analyst interview (Teams)",
  "Thu, 19 Nov 2026 16:44:00 +0530",
  "Interview: Risk Analyst - Jordan Ellery / Priyanka Desai\n",
  html="<html><body><p>Hi Jordan, please find the invite for your first round below.</p>"
  "<div style='border-top:1px solid #ccc'><p><b>Microsoft Teams meeting</b></p><p>Join on your "
  "computer, mobile app or room device<br><a href='https://teams.microsoft.com/l/meetup-join/19%3a'>"
  "Click here to join the meeting</a></p><p>Meeting ID: 331 902 118 44<br>Passcode: xQ7bP2</p>"
  "</div></body></html>",
  ics=ics("REQUEST", "veltra-ra-001", "20261124T093000Z", "20261124T103000Z",
          "Risk Analyst interview - Jordan Ellery", "priyanka.desai@veltrafin.com",
          "jordan.ellery@fastmail.com"))
e("zoom-invite-cancel", [], None,
  "Priyanka Desai <priyanka.desai@veltrafin.com>", "Canceled: Veltra - Risk Analyst interview (Teams)",
  "Fri, 20 Nov 2026 10:02:00 +0530", "The organiser has cancelled this meeting.",
  ics=ics("CANCEL", "veltra-ra-001", "20261124T093000Z", "20261124T103000Z",
          "Risk Analyst interview - Jordan Ellery", "priyanka.desai@veltrafin.com",
          "jordan.ellery@fastmail.com", seq=1))
e("taleo-timeline", ["application_received", "timeline_stated"], "2026-11-23",
  "Commonwealth Dept of Infrastructure <recruitment@taleo.net>",
  "Acknowledgement - APS6 Freight Policy Officer", "Mon, 09 Nov 2026 10:30:00 +1100",
  "Dear Jordan,\n\nYour application for APS6 Freight Policy Officer (Ref DITRDCA/26/331) has "
  "been received. Shortlisting will be finalised within two weeks of the closing date and all "
  "applicants will be advised of the outcome.\n\nThe closing date was 9 November 2026.\n\n"
  "Regards\nRecruitment Team")
e("uni-hr-panel", ["interview_request", "references_requested"], None,
  "HR Services <hr-recruitment@uni-northmoor.ac.uk>",
  "Invitation to interview: Lecturer in Supply Chain Management (NM-2281)",
  "Tue, 10 Nov 2026 14:55:21 +0000",
  "Dear Dr Ellery\n\nI am pleased to invite you to interview for the above post on Friday 27 "
  "November 2026 at 10.15 in Room 2.14, Chancellor Building. You will be asked to give a 15-minute "
  "presentation on 'Teaching resilience in global supply chains' followed by a panel interview.\n\n"
  "Please also send us contact details of three referees, one of whom should be your current "
  "or most recent employer, if you have not already done so.\n\nYours sincerely\nHR Services")
e("agency-feedback-warm-reject", ["rejection"], None,
  "Lottie Brandt <lottie@brandtrecruitment.com.au>", "Feedback from Coastline",
  "Tue, 17 Nov 2026 15:40:00 +1000",
  "Hi Jordan,\n\nJust had feedback from Coastline. They really liked you, but they've gone with "
  "someone who has a bit more cold-chain experience. Gutted for you - I'll keep you front of mind "
  "for the next one, there's a couple in the pipeline.\n\nLottie")
e("agency-refs-pls", ["references_requested", "timeline_stated"], "2026-11-25",
  "Lottie Brandt <lottie@brandtrecruitment.com.au>", "Re: Fleet Manager - Brisbane",
  "Mon, 23 Nov 2026 08:10:00 +1000",
  "Hey J, good news they want to move ahead. refs pls - 2x names/numbers of managers. "
  "Client said they'll make a call by weds.\n\nL\nSent from Outlook for iOS",
  reply_to_id="<fleet-2201@brandtrecruitment.com.au>",
  quoted="On Fri, 20 Nov 2026, Jordan Ellery wrote:\n> Thanks Lottie, the interview went well I think.\n> Let me know what you hear.")
e("refs-contacted-bg", ["references_contacted"], None,
  "Carrie Lindqvist <carrie@tidewaterlaw.com>", "Background check",
  "Wed, 25 Nov 2026 11:11:00 -0500",
  "Jordan,\n\nFYI our vendor Sterling will be reaching out to your former employers this week "
  "as part of the background and reference check. Nothing needed from you right now.\n\nCarrie")
e("hiring-mgr-offer-verbal", ["offer", "timeline_stated"], "2026-12-04",
  "Ben Okafor <ben.okafor@tidewaterlaw.com>", "good news", "Thu, 26 Nov 2026 19:02:00 -0500",
  "Jordan - we'd like you to join as our new Practice Support Manager. Carrie will send the "
  "paperwork; refs are just a formality. We'll have the written offer to you by next Friday at "
  "the latest. Congrats!\n\nBen (sent from phone, pls excuse typos)")
e("lever-timeline-eow", ["timeline_stated"], "2026-11-20",
  "Nadia Ferreira <nadia@loopfreight.io>", "Re: Interview with Loop", "Tue, 17 Nov 2026 17:20:00 -0800",
  "Hi Jordan, thanks for the time today! The panel is writing up notes and we should have an "
  "answer for you EOW.\n\nNadia", reply_to_id="<loop-int-1@loopfreight.io>",
  quoted="> On Nov 16, 2026, at 9:02 AM, Jordan Ellery wrote:\n> Looking forward to tomorrow.")
e("personio-received", ["application_received"], None,
  "Kaltwasser Logistik GmbH <jobs@kaltwasser.jobs.personio.de>",
  "Your application: Supply Chain Analyst (m/f/d)", "Mon, 16 Nov 2026 08:01:00 +0100",
  "Dear Jordan Ellery,\n\nThank you very much for your application and your interest in "
  "Kaltwasser Logistik. We have received your documents and will get back to you as soon as "
  "possible.\n\nKind regards\nYour Kaltwasser Recruiting Team\n\nKaltwasser Logistik GmbH, "
  "Hafenstr. 12, 20457 Hamburg, HRB 12345, Geschaftsfuhrer: K. Kaltwasser")
e("teamtailor-interview-book", ["interview_request"], None,
  "Sofia at Nordvik <sofia.lind@nordvik.teamtailor-mail.com>", "Let's book a time, Jordan",
  "Tue, 24 Nov 2026 09:30:00 +0100",
  "Hi Jordan!\n\nWe enjoyed reading your application for Demand Planner. We'd love to invite you "
  "to a first video interview with me and Erik (hiring manager). Please choose a time that works "
  "for you using the link below.\n\n[Book a time]\n\nSee you soon!\nSofia")
e("workable-notice-salary", ["notice_period_asked", "salary_discussed"], None,
  "Olamide Adeyemi <olamide@routewise.workable.com>", "A few quick questions",
  "Wed, 25 Nov 2026 13:13:00 +0100",
  "Hi Jordan,\n\nAhead of the next stage, could you let me know:\n1. your earliest possible start date\n"
  "2. your salary expectations for this role (the band is EUR 55-62k)\n\nThanks!\nOlamide")
e("jazzhr-rejection-appointment", ["rejection"], None,
  "Greenfield Academy Trust <noreply@applytojob.com>", "Business Manager vacancy",
  "Fri, 27 Nov 2026 16:00:00 +0000",
  "Dear Jordan,\n\nThank you for attending interview for the School Business Manager post. We "
  "have now made an appointment. We were grateful for the time you gave us and wish you every "
  "success.\n\nGreenfield Academy Trust")
e("bamboohr-internal-candidate", ["rejection"], None,
  "Kelsey at Pinecrest <notifications@pinecrest.bamboohr.com>", "Thank you from Pinecrest",
  "Mon, 30 Nov 2026 08:45:00 -0700",
  "Hi Jordan, thank you for the conversations these past weeks. The team decided to fill the "
  "Logistics Coordinator opening with an internal candidate, so we're closing out your "
  "application. Truly appreciated getting to know you.\n\nKelsey")
e("recruitee-receipt-timeline", ["application_received", "timeline_stated"], "2026-12-11",
  "Kitewave Studios <jobs@kitewave.recruitee.com>", "Thanks for applying: QA Lead",
  "Fri, 27 Nov 2026 12:00:00 +0100",
  "Hi Jordan,\n\nThanks for applying for QA Lead at Kitewave! We review applications every "
  "Thursday and you'll hear from us within two weeks, whatever the outcome.\n\nKitewave Studios")
e("hospital-abroad-offer-nz", ["offer", "notice_period_asked"], None,
  "Te Ara Health Recruitment <recruitment@tearahealth.govt.nz>",
  "Letter of offer - Theatre Logistics Team Leader", "Tue, 01 Dec 2026 09:00:00 +1300",
  "Kia ora Jordan,\n\nWe're really pleased to offer you the fixed-term (12 month) position of "
  "Theatre Logistics Team Leader. Your letter of offer is attached. Could you also let us know "
  "the earliest date you could start, given relocation and visa timing?\n\nNga mihi\nRecruitment")
e("ooo-human-with-signal", ["interview_request"], None,
  "Marta Kowal <marta.kowal@baltic-shipping.eu>", "Re: next round", "Wed, 18 Nov 2026 10:00:00 +0100",
  "Hi Jordan, I'm out of the office today but wanted to reply quickly - yes, the team would like "
  "to see you for a second interview in Gdansk. Are you free 1 or 2 December?\n\nMarta\n"
  "(I don't work Fridays)")
e("indian-hr-salary-notice", ["salary_discussed", "notice_period_asked"], None,
  "Ritu Sharma <ritu.sharma@swiftcargo.co.in>", "Regarding Opportunity - Fleet Ops",
  "Thu, 12 Nov 2026 11:22:00 +0530",
  "Dear Jordan,\n\nGreetings from Swift Cargo. Request you to share your current CTC, expected CTC "
  "and notice period so we may proceed further.\n\nRegards,\nRitu")
e("refs-contacted-school", ["references_contacted", "timeline_stated"], "2026-12-04",
  "Office <office@beechwoodprimary.org.uk>", "Class teacher post", "Tue, 01 Dec 2026 12:14:00 +0000",
  "Dear Jordan,\n\nJust to let you know we have requested your references from Mrs Hale and "
  "Mr Dunn. We hope to confirm the outcome by the end of the week.\n\nBeechwood Primary Office")
e("offer-accountancy-email", ["offer", "references_requested"], None,
  "Gemma Tait <gemma.tait@taitandross.co.uk>", "Trainee accountant", "Wed, 02 Dec 2026 17:40:00 +0000",
  "Hi Jordan\n\nI'm pleased to say we'd like to offer you the trainee accountant role (ACCA "
  "route). Before we issue the contract, can you send me details of two referees?\n\nGemma")
e("calendly-confirm", ["interview_request"], None,
  "Calendly <notifications@calendly.com>", "Confirmed: Jordan Ellery and Arjun Patel",
  "Thu, 19 Nov 2026 14:00:03 +0000",
  "Hi Jordan Ellery,\n\nA new event has been scheduled.\n\nEvent Type: Hiring manager interview - "
  "Inventory Lead\nInvitee: Jordan Ellery\nEvent Date/Time: 10:00am - 10:45am, Tuesday, December "
  "1, 2026 (Eastern Time)\nLocation: Zoom https://zoom.us/j/98765\n\nCancel / Reschedule")
e("three-people-thread-refs", ["references_requested"], None,
  "Omar Haddad <omar@fenwickdigitalbank.com>", "Re: Re: Re: Next steps",
  "Mon, 30 Nov 2026 10:21:00 +0000",
  "Adding Jo from People - Jo, can you get Jordan's referees sorted?\n\nJordan, Jo will be in "
  "touch, just send her the details of a couple of people you've reported to.\n\nO",
  reply_to_id="<nextsteps-3@fenwickdigitalbank.com>",
  quoted="On Mon, 30 Nov 2026 at 09:02, Lucy Brandon <lucy@fenwickdigitalbank.com> wrote:\n"
  "> Omar, agree - let's move Jordan to the final stage.\n>\n> On Fri, 27 Nov 2026, Jordan wrote:\n"
  ">> Thanks both, really enjoyed it.")
e("salary-call-range", ["salary_discussed", "interview_request"], None,
  "Zara Quinn <zara.quinn@hirewell-talent.com>", "Game Economy Designer - client call",
  "Mon, 23 Nov 2026 16:16:00 -0500",
  "Hi Jordan! Would you be open to a call tomorrow or Wed to chat through the Game Economy "
  "Designer role with my client? It's paying 120-135k plus bonus, fully remote.\n\nZara")
e("timeline-gov-next-month", ["timeline_stated"], "2026-12-10",
  "Jobs NSW <noreply@iworkfor.nsw.gov.au>", "Update: Procurement Officer (Clerk Grade 7/8)",
  "Wed, 18 Nov 2026 15:00:00 +1100",
  "Dear Jordan\n\nThank you for attending the capability assessment. The panel is currently "
  "finalising its recommendations and we expect to advise candidates early next month.\n\n"
  "Talent Acquisition, Department of Customer Service")
e("rejection-prioritising", ["rejection"], None,
  "Quarry Lane Games <careers@quarrylane.com>", "Your application to Quarry Lane",
  "Tue, 03 Nov 2026 22:05:00 +0000",
  "Hi Jordan, thanks for your patience. For this round we are prioritising candidates with "
  "shipped console titles, so we won't be moving forward with your application. Please do apply "
  "again in the future.\n\nQuarry Lane Recruiting")
e("fwd-to-self-offer", ["offer"], None,
  "Jordan Ellery <j.ellery@outlook.com>", "Fwd: Offer of employment - Harbour Freight Ltd",
  "Fri, 27 Nov 2026 20:01:00 +0000",
  "keep this one\n\n---------- Forwarded message ---------\nFrom: Liam Carr <liam.carr@harbourfreight.co.uk>\n"
  "Date: Fri, 27 Nov 2026 at 17:44\nSubject: Offer of employment - Harbour Freight Ltd\n\n"
  "Dear Jordan,\n\nFurther to your interview, I am pleased to offer you the position of Shift "
  "Manager at our Felixstowe site. Please find attached your offer letter and contract.\n\nLiam",
  to="Jordan Ellery <jordan.ellery@fastmail.com>")
e("references-contacted-ashby", ["references_contacted"], None,
  "Hollow Oak Interactive <no-reply@ashbyhq.com>", "Reference check in progress",
  "Thu, 26 Nov 2026 18:00:00 -0800",
  "Hi Jordan,\n\nWe've sent reference requests to Dana Whitfield and Luis Ortega. As soon as we "
  "hear back we'll reach out with next steps.\n\nHollow Oak Interactive")
e("law-firm-timeline-fri25", ["timeline_stated"], "2026-12-25",
  "Pupillage Committee <pupillage@fourbrick.co.uk>", "Second round interviews",
  "Fri, 20 Nov 2026 12:00:00 +0000",
  "Dear Jordan\n\nThank you for attending the second round. The committee will meet to consider "
  "all candidates and you will hear from us no later than Friday the 25th of December - we "
  "appreciate this is unusually late.\n\nPupillage Committee")
e("refs-named-priya", ["references_contacted"], None,
  "Will Harte <will.harte@cartwheelgames.co.uk>", "Re: chat", "Tue, 24 Nov 2026 13:30:00 +0000",
  "Hey Jordan, quick one - I spoke to Marcus and Helen at Ironbridge yesterday, all very positive. "
  "I'll be back in touch shortly.\n\nWill")
e("notice-start-hourly", ["notice_period_asked"], None,
  "Cedar Hill Garden Centre <jobs@cedarhillgc.co.uk>", "Christmas temp roles",
  "Mon, 16 Nov 2026 09:30:00 +0000",
  "Hi Jordan, thanks for popping in. How soon could you start? We need people from the 1st of "
  "December for the Christmas shop.\n\nCedar Hill")
e("refs-requested-nhs", ["references_requested"], None,
  "NHS Jobs <noreply@jobs.nhs.uk>", "Action required: provide referee details",
  "Wed, 11 Nov 2026 10:00:00 +0000",
  "Dear Jordan Ellery\n\nYou have been selected for the post of Supplies Officer (Band 4). "
  "To proceed, please log in and provide the details of referees covering the last 3 years of "
  "employment.\n\nNHS Jobs")
e("rejection-selected-other", ["rejection"], None,
  "Ines Moreau <ines.moreau@clearlendcapital.com>", "Re: Compliance Analyst",
  "Thu, 12 Nov 2026 17:50:00 +0000",
  "Hi Jordan, thanks again for your time. We've selected a candidate whose experience is closer "
  "to our current regulatory needs. I hope our paths cross again.\n\nInes" + FOOT.replace("Meridian Pay", "ClearLend Capital"))
e("timeline-tmrw", ["timeline_stated"], "2026-11-04",
  "Gaz <gary.whitlock@crossdock3pl.com>", "Re: Transport Planner", "Tue, 03 Nov 2026 18:40:00 +0000",
  "cheers jordan, will have an answer for u tmrw\n\nGaz")
e("received-human-recieved", ["application_received"], None,
  "Lucy Bell <lucy@bellbrooks-accountants.com.au>", "Re: Graduate accountant",
  "Mon, 09 Nov 2026 09:09:00 +1100",
  "Hi Jordan, recieved your CV thanks, I'll pass it to the partners.\nLucy")
e("notice-school-term", ["notice_period_asked"], None,
  "Mr P. Sandhu <p.sandhu@riverdaleacademy.org.uk>", "Head of Geography", "Thu, 26 Nov 2026 15:05:00 +0000",
  "Dear Jordan, a quick question before we shortlist: if appointed, would you be able to take up "
  "the post from January, or would you need to resign by 31 October for an Easter start?\nPS")

e("greenhouse-offer-refs-done", ["offer", "references_contacted", "salary_discussed"], None,
  "Maya Lindgren <maya.lindgren@tallyledger.com>", "Offer - Senior Analyst, Treasury Ops",
  "Tue, 01 Dec 2026 16:30:00 -0500",
  "Hi Jordan,\n\nThanks for bearing with us while we checked in with your former managers - "
  "both calls went really well. I'm thrilled to extend you an offer for Senior Analyst, Treasury "
  "Ops at $112,000 base with a 12% target bonus. Full details are in DocuSign.\n\nMaya")
e("agency-notice-refs", ["notice_period_asked", "references_requested"], None,
  "Raj Iyer <raj.iyer@talentbridge.in>", "Re: Warehouse Head - Pune",
  "Wed, 02 Dec 2026 10:05:00 +0530",
  "Hi Jordan, client is keen. Pls confirm ur notice period and whether it's negotiable, and send "
  "2 referee contacts (preferably reporting managers). Will push for final round.\n\nRaj")
e("ref-spoke-to-manager", ["references_contacted"], None,
  "Chloe Martin <chloe@northstarschools.org>", "Quick update", "Thu, 03 Dec 2026 14:40:00 -0600",
  "Hi Jordan, just a quick note - I had a great conversation with Dr. Alvarez this morning about "
  "your time at Lincoln Middle. We're wrapping up our process and I'll be in touch soon.\n\nChloe")
e("offer-seasonal-hourly", ["offer", "salary_discussed", "notice_period_asked"], None,
  "Bayside Distribution <hr@baysidedistribution.com.au>", "Casual picker - you're in!",
  "Fri, 04 Dec 2026 11:00:00 +1000",
  "G'day Jordan,\n\nGood news - we'd like to offer you a casual picker role over the peak. Rate is "
  "$31.40/hr plus weekend penalty rates. When's the earliest you could start? We've got shifts "
  "from Monday.\n\nCheers\nBayside HR")
e("workday-received-2", ["application_received"], None,
  "Ferrovia Rail Careers <ferrovia@myworkday.com>", "Thank you for applying - Rolling Stock Planner",
  "Thu, 03 Dec 2026 02:00:00 +0000",
  "Hello Jordan,\n\nThank you for applying to Rolling Stock Planner (JR-4410). Your application is "
  "now under review by the recruiting team. You can check your status at any time in your candidate "
  "home.\n\nFerrovia Rail")

e("refs-one-more", ["references_contacted", "references_requested"], None,
  "Amelia Stone <amelia.stone@stonewallaudit.co.uk>", "Re: Audit Senior - referees",
  "Fri, 04 Dec 2026 09:20:00 +0000",
  "Hi Jordan,\n\nWe've heard back from Gillian at your current firm, thank you. Unfortunately "
  "the second person you gave us has left Barlow & Co - could you give us someone else who "
  "supervised you on audits?\n\nMany thanks\nAmelia")

# --- unlabelled: candidate's own, OOO, newsletters, alerts, everyday job-word traps ---
e("own-thank-you", [], None, ME, "Thank you - Transport Planner", "Wed, 04 Nov 2026 17:00:00 +0000",
  "Hi Gareth,\n\nThank you for your time today. I enjoyed hearing about the network redesign and "
  "I'm very interested in the role. Happy to provide references whenever useful.\n\nJordan",
  to="Gareth Lyle <gareth.lyle@crossdock3pl.com>")
e("own-availability", [], None, ME, "Re: Let's book a time, Jordan", "Tue, 24 Nov 2026 10:00:00 +0000",
  "Hi Sofia, I've booked Thursday 10:00. My notice period is one month, in case that helps.\nJordan",
  to="sofia.lind@nordvik.teamtailor-mail.com")
e("ooo-autoreply-headers", [], None, "Declan Moss <declan@peakstaffsearch.co.uk>",
  "Automatic reply: Supply chain analyst - Midlands", "Thu, 05 Nov 2026 08:00:00 +0000",
  "Thank you for your email. I am on annual leave until Monday 16th November with limited access "
  "to email. For urgent queries about interviews or offers please contact the office on 0121 496 0000.",
  headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
e("ooo-no-headers", [], None, "Tamsin Royle <tamsin.royle@crossdock3pl.com>",
  "Out of Office", "Mon, 23 Nov 2026 07:00:00 +0000",
  "I'm currently out of the office and will return on 30 November. If your message is about an "
  "interview, please contact recruitment@crossdock3pl.com.")
e("linkedin-job-alert", [], None, "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
  "30+ new jobs for 'logistics manager' in United Kingdom", "Sat, 21 Nov 2026 06:00:00 +0000",
  "Your job alert for logistics manager\n\nHead of Logistics - Fenland Foods - Easy Apply\n"
  "Supply Chain Manager - Arcwell - Be an early applicant\nInterview tip: research the company!")
e("indeed-interview-tips", [], None, "Indeed <no-reply@indeed.com>",
  "7 questions to ask at the end of your interview", "Sun, 15 Nov 2026 14:00:00 +0000", None,
  html="<html><body><h1>Ace your next interview</h1><p>Ask about next steps, the timeline for a "
  "decision and what success looks like. And if you get an offer, here's how to negotiate salary."
  "</p></body></html>")
e("glassdoor-salary-newsletter", [], None, "Glassdoor <noreply@glassdoor.com>",
  "What do supply chain analysts earn?", "Tue, 10 Nov 2026 12:00:00 +0000",
  "Salaries for Supply Chain Analyst in London range from GBP 38k to 55k. See who's hiring and "
  "read interview reviews from candidates who received an offer.")
e("podcast-interview", [], None, "The Freight Pod <hello@freightpod.fm>",
  "New episode: our interview with Maersk's head of ops", "Thu, 12 Nov 2026 07:30:00 +0000",
  "This week we interview Lena Sorensen about port congestion. She talks through the offer "
  "Maersk made to shippers and what comes next. Listen now!")
e("shop-offer", [], None, "Halfords <offers@email.halfords.com>",
  "Black Friday: our best offer yet", "Fri, 27 Nov 2026 06:00:00 +0000",
  "Exclusive offer: 30% off bike servicing. Offer ends Monday. We've selected these deals just for "
  "you - don't miss out!")
e("parcel-position", [], None, "DPD <noreply@dpd.co.uk>", "Your parcel is on its way",
  "Mon, 23 Nov 2026 08:12:00 +0000",
  "Good news Jordan! Your parcel from ASOS is out for delivery. Current position: you are stop 14 of "
  "22. Your driver Sam will be with you between 11:12 and 12:12.")
e("game-role-discord", [], None, "Guild Bot <noreply@discord.com>",
  "You were given a new role in Lanternfly Community", "Sat, 14 Nov 2026 21:00:00 +0000",
  "Congrats! You have been given the role 'Veteran Tester' in the Lanternfly Community server. "
  "Next steps: check #announcements for the playtest schedule.")
e("software-application-update", [], None, "Microsoft <msa@communication.microsoft.com>",
  "An update is available for your application", "Wed, 18 Nov 2026 03:00:00 +0000",
  "A new version of the Outlook application is ready to install. The application will restart. "
  "We'll get back to you if any action is required.")
e("project-next-steps", [], None, "Aisha Grant <aisha.grant@kestrel-logistics.com>",
  "WMS migration - next steps", "Tue, 17 Nov 2026 11:00:00 +0000",
  "Hi all, following today's call the next steps are: (1) Jordan to finalise slotting rules, "
  "(2) Ben to confirm the cutover timeline with the vendor, (3) decision on go-live date by "
  "Friday. Thanks!\nAisha", to="wms-migration@kestrel-logistics.com")
e("paper-review-references", [], None, "Editorial Office <ijlm@editorialmanager.com>",
  "Reviewer comments on IJLM-2026-0412", "Mon, 16 Nov 2026 16:00:00 +0000",
  "Dear Dr Ellery, reviewer 2 asks that you update the references section to include recent work "
  "on inventory pooling. We would be pleased to offer publication subject to minor revisions. "
  "We look forward to receiving your revised manuscript within 30 days.")
e("landlord-next-week", [], None, "Mark Pettifer <mark.pettifer@gmail.com>", "boiler",
  "Fri, 20 Nov 2026 18:33:00 +0000",
  "Hi Jordan, the engineer had a look, needs a part. We'll get back to you next week with a date "
  "to fit it. Sorry for the hassle!\nMark")
e("school-parents-interview", [], None, "Oakfield Primary <office@oakfieldprimary.org.uk>",
  "Parents' evening and interview panel volunteers", "Mon, 09 Nov 2026 15:00:00 +0000",
  "Dear parents, parents' evening bookings open tomorrow. We are also looking for parent governors "
  "to sit on the interview panel for our new deputy head - please reply if interested.")
e("club-offer-pitch", [], None, "Westside Hockey Club <secretary@westsidehc.org>",
  "Pitch offer and AGM", "Wed, 11 Nov 2026 20:00:00 +0000",
  "Hi all, the council has made us an offer on the second pitch for Sundays. Role of treasurer "
  "still vacant - applications by email. Decision at the AGM.")
e("bank-application-loan", [], None, "Monzo <help@monzo.com>", "Your loan application",
  "Thu, 19 Nov 2026 09:00:00 +0000",
  "We've received your application for a personal loan of GBP 5,000. We'll get back to you within "
  "two working days with a decision. Your offer will be shown in the app.")
e("flat-application-landlord", [], None, "Open Rent <notifications@openrent.co.uk>",
  "Application received for 14B Crescent Road", "Sat, 07 Nov 2026 10:00:00 +0000",
  "Thanks for applying for 14B Crescent Road. The landlord will review your application and "
  "referencing. References will be requested from your employer and previous landlord.")
e("dentist-availability", [], None, "Bright Smile Dental <reception@brightsmiledental.co.uk>",
  "Your appointment", "Tue, 10 Nov 2026 12:00:00 +0000",
  "We have availability on Thursday at 3pm for your check-up. Please confirm. We look forward to "
  "seeing you!")
e("conference-call-for-papers", [], None, "LogiSummit 2027 <info@logisummit.eu>",
  "Call for speakers - deadline 15 December", "Mon, 02 Nov 2026 09:00:00 +0100",
  "Submit your talk by 15 December. Shortlisted speakers will be invited to a short interview "
  "with the programme committee. Early-bird offer ends Friday.")
e("amazon-order", [], None, "Amazon.co.uk <auto-confirm@amazon.co.uk>", "Your order of 'Cracking the Case Interview'",
  "Sun, 08 Nov 2026 19:00:00 +0000",
  "Thanks for your order. 'Cracking the Case Interview' will arrive Tuesday. Track your package "
  "to see its current position.")
e("netflix-next-steps", [], None, "Strava <no-reply@strava.com>", "Your weekly progress",
  "Mon, 16 Nov 2026 07:00:00 +0000",
  "You ran 24 km this week. Next steps: join the December challenge. Your club offered you a "
  "spot in the relay team - accept in the app.")
e("volunteer-references", [], None, "Parkrun Volunteers <volunteer@parkrun.com>",
  "Thanks for volunteering", "Sat, 14 Nov 2026 12:00:00 +0000",
  "Thanks for marshalling today! If you need a character reference for DBS, our event director "
  "is happy to help.")
e("mum-interview", [], None, "Sue Ellery <sue.ellery@btinternet.com>", "how did it go??",
  "Thu, 19 Nov 2026 20:00:00 +0000",
  "Darling how did the interview go? Dad says you'll get the offer no question. Ring me. "
  "Also the position of the sofa - do you want it? Love Mum xx")
e("friend-salary-chat", [], None, "Kai <kai.nakamura@gmail.com>", "re drinks",
  "Fri, 13 Nov 2026 23:10:00 +0000",
  "lol yes what are you currently on for drinks sat? I'm on a rota til 6. btw my work's hiring "
  "again, want me to refer you? no pressure")
e("recruiter-newsletter", [], None, "Hays <newsletter@hays.co.uk>", "Salary Guide 2027 is here",
  "Wed, 25 Nov 2026 08:00:00 +0000", None,
  html="<table style='width:100%'><tr><td style='background:#003'><h2 style='color:#fff'>Hays "
  "Salary Guide 2027</h2></td></tr><tr><td>78% of employers plan to increase pay. Read how to "
  "handle counter-offers and notice periods.</td></tr></table>")
e("gym-induction", [], None, "PureGym <hello@puregym.com>", "Book your induction",
  "Tue, 03 Nov 2026 10:00:00 +0000",
  "Welcome Jordan! Book your free induction with a personal trainer. Our team will get back to "
  "you within 48 hours to confirm your slot.")
e("council-tax-application", [], None, "Bristol City Council <no-reply@bristol.gov.uk>",
  "Single person discount application", "Thu, 26 Nov 2026 14:00:00 +0000",
  "We have received your application for single person discount. We aim to process applications "
  "within 20 working days. We'll write to you with the outcome.")
e("garden-quote-offer", [], None, "Green Thumb Landscapes <info@greenthumb.co.uk>",
  "Quote for fence", "Fri, 06 Nov 2026 16:00:00 +0000",
  "Hi Jordan, as discussed I can offer you a 10% discount if we do the fence and the patio together. "
  "Let me know your decision by the end of the month. Cheers, Rob")
e("work-thread-interview-customer", [], None, "Tom Reyes <tom.reyes@kestrel-logistics.com>",
  "RE: customer interviews for the returns project", "Wed, 25 Nov 2026 09:45:00 +0000",
  "Jordan - I've set up three customer interviews next week for the returns study. Can you take "
  "the Thursday one? Notes template attached.\n\nTom", reply_to_id="<returns-5@kestrel-logistics.com>",
  quoted="-----Original Message-----\nFrom: Jordan Ellery\nSent: 24 November 2026 17:02\n"
  "Subject: customer interviews\n\nTom, shall we interview a few customers before we redesign?")
e("ical-dentist-invite", [], None, "Kestrel Social Club <social@kestrel-logistics.com>",
  "Invitation: Christmas party planning", "Mon, 23 Nov 2026 12:00:00 +0000",
  "Planning meeting for the Christmas party. Bring ideas!",
  ics=ics("REQUEST", "xmas-26", "20261201T120000Z", "20261201T130000Z",
          "Christmas party planning", "social@kestrel-logistics.com", "jordan.ellery@fastmail.com"))
e("ooo-recruiter-reply-to-own", [], None, "Hannah Pryce <hannah.pryce@meridianpay.co.uk>",
  "Auto: Re: offer questions", "Sat, 28 Nov 2026 09:00:00 +0000",
  "I'm away until Wednesday 2 December. Your message about the offer has been received and I'll "
  "reply on my return.", headers={"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"})
e("job-board-marketing", [], None, "Totaljobs <marketing@totaljobs.com>",
  "Jordan, employers are viewing your CV", "Tue, 17 Nov 2026 09:00:00 +0000",
  "3 recruiters viewed your profile this week. Upgrade to Premium to see who, and get interview "
  "invitations faster.")
e("generic-thanks-time", [], None, "Harriet Gale <harriet@smalltownbakery.com>", "thanks",
  "Mon, 30 Nov 2026 11:00:00 +0000",
  "Hi Jordan, thank you for your time on Friday, it was really nice to chat about the shop's "
  "stock system. Have a good week! Harriet")
e("ebay-offer-accepted", [], None, "eBay <ebay@ebay.co.uk>", "Your offer was accepted!",
  "Sun, 22 Nov 2026 17:00:00 +0000",
  "Great news - the seller accepted your offer of GBP 45.00 for 'Vintage desk lamp'. Pay now to "
  "complete your purchase.")
e("university-alumni-news", [], None, "Northmoor Alumni <alumni@uni-northmoor.ac.uk>",
  "Alumni news: careers fair and mentoring", "Thu, 05 Nov 2026 10:00:00 +0000",
  "Our careers fair returns on 3 December with 60 employers offering graduate roles and "
  "training contracts. Book a mock interview with a mentor!")
e("kids-football-selection", [], None, "Coach Dee <dee@junioreagles.org>", "Squad selection",
  "Sun, 29 Nov 2026 19:00:00 +0000",
  "Hi parents, sorry to say we couldn't offer everyone a place in the A squad this time. The "
  "decision was really hard. Training for all continues Tuesday.")
e("airline-checkin", [], None, "British Airways <ba@email.ba.com>", "Check in for your flight to Gdansk",
  "Mon, 30 Nov 2026 06:00:00 +0000",
  "Check-in is now open for BA854 on 1 December. Choose your seat position now. Upgrade offer: "
  "Club Europe from GBP 89.")

out = Path(__file__).resolve().parent.parent / "en"
write_set(out, M)
print(len(M), "messages")
