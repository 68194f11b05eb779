"""English held-out messages, round 10: (name, labels, expected_by, kwargs for common.build)."""

ME = "Sam Okafor <sam.okafor@gmail.com>"
FOOTER = ("\n\n--\nThis email and any attachments are confidential and intended solely for the "
          "addressee. Nothing in this email constitutes an offer of employment or a contract. "
          "If you received it in error please notify the sender and delete it.\n")
Q = "\n\nOn {d}, Sam Okafor <sam.okafor@gmail.com> wrote:\n> Hi, just checking in on my application.\n> Many thanks,\n> Sam\n"

S = []


def add(name, labels, exp=None, **kw):
    kw.setdefault("to", ME)
    S.append((name, labels, exp, kw))


# --- labelled: recruiters, ATS, agencies, hiring managers ---
add("r10-001.eml", ["application_received"],
    frm="Lidl GB Careers <no-reply@myworkday.com>", date="Tue, 03 Nov 2026 08:14:02 +0000",
    subj="Store Manager Trainee - we've got your application",
    body="Hi Sam,\n\nThanks for applying for Store Manager Trainee (Req R-0418823) at Lidl GB.\n"
         "This is to confirm your application is now with our recruitment team. You can track its "
         "status at any time by signing in to your candidate home.\n\nLidl GB Talent Acquisition\n"
         "Please do not reply to this automated message.")
add("r10-002.eml", ["interview_request"],
    frm="Gemma Ricci <gemma@hartleyhotels.co.uk>", date="Wed, 04 Nov 2026 16:40:11 +0000",
    subj="Re: Assistant GM - Bath",
    body="Hi Sam\n\nLovely to hear from you. Our GM Carl would like to meet you - are you around "
         "for a walk-round of the hotel and a coffee one morning next week? Tues or Thurs "
         "before 11 works best for him.\n\nGemma\nHR Coordinator, Hartley Hotels" + Q.format(d="Tue, 3 Nov 2026 at 19:02"),
    reply="<a1@gmail.com>")
add("r10-003.eml", ["rejection"],
    frm="Recruitment <recruitment@shelterline.org.uk>", date="Thu, 05 Nov 2026 11:03:00 +0000",
    subj="Fundraising Manager (ref SH/221)",
    body="Dear Sam,\n\nThank you for the time you gave us on Monday. It was a strong field and the "
         "panel felt that another candidate was a closer match for what we need at this stage. "
         "I know this isn't the news you were hoping for.\n\nIf it would help, I'd be happy to set up "
         "a short call to talk you through the panel's feedback - just reply with a couple of times.\n\n"
         "Warm wishes,\nHelen Marsh\nPeople & Culture, Shelterline")
add("r10-004.eml", ["offer", "salary_discussed"],
    frm="Dan Whitcombe <dan@kestrelbuild.co.uk>", date="Fri, 06 Nov 2026 18:22:45 +0000",
    subj="Site Engineer",
    body="Sam,\n\nGood news - spoke to the directors this arvo and we'd love to have you on board as "
         "Site Engineer on the Wolverton job. We can do £41,500 plus car allowance (£4.2k) and the "
         "usual 25 days. Paperwork to follow from our office manager early next week.\n\n"
         "Give me a bell if any questions.\n\nDan\nSent from my iPhone")
add("r10-005.eml", ["interview_request"],
    frm="Civil Service Jobs <noreply@csjobs.cabinetoffice.gov.uk>", date="Mon, 09 Nov 2026 09:00:00 +0000",
    subj="Application 332187: invitation to interview",
    body="Dear Sam Okafor\n\nVacancy: 332187 - Policy Adviser (HEO), Department for Transport\n\n"
         "Following the sift, we are pleased to invite you to a panel interview. Interviews will be "
         "held by video between 23 and 27 November. Please log in to your account and book a slot "
         "by 16 November.\n\nThe interview will assess the Behaviours: Communicating and Influencing, "
         "Working Together, and Delivering at Pace.\n\nDfT Recruitment Team\nThis is an automated email.")
add("r10-006.eml", ["rejection"],
    frm="Civil Service Jobs <noreply@csjobs.cabinetoffice.gov.uk>", date="Tue, 10 Nov 2026 09:00:00 +0000",
    subj="Application 331904: outcome",
    body="Dear Sam Okafor\n\nVacancy: 331904 - Senior Executive Officer, HMRC\n\nThank you for your "
         "application. Unfortunately you have not been successful at the sift stage on this occasion. "
         "Your score for Making Effective Decisions was 3 and the pass mark was 4.\n\n"
         "HMRC Resourcing\nThis is an automated email.")
add("r10-007.eml", ["notice_period_asked", "salary_discussed"],
    frm="Rhys Pritchard <rhys.pritchard@vantagetalent.co.uk>", date="Tue, 10 Nov 2026 12:31:09 +0000",
    subj="Contract Planning Engineer - Hinkley - outside IR35",
    body="Hi Sam,\n\nHope you're well. Client has come back keen on your CV for the 6 month contract "
         "(planning engineer, P6). It's outside IR35 and they're paying up to £550/day - what would "
         "you need day-rate wise? And what's your notice on the current gig, could you start w/c 30th?\n\n"
         "Cheers\nRhys\n\nRhys Pritchard | Senior Consultant | Vantage Talent\nM: 07700 900418")
add("r10-008.eml", ["references_requested"],
    frm="Aoife Brennan <aoife.brennan@medacta-cro.com>", date="Wed, 11 Nov 2026 10:12:00 +0000",
    subj="Clinical Research Associate II - next step",
    body="Hi Sam,\n\nThanks again for coming in on Monday, the team enjoyed meeting you. Before we can "
         "go any further, could you send me names and contact details for two referees, one of which "
         "should be your current or most recent line manager?\n\nKind regards,\nAoife\n\n"
         "Aoife Brennan\nTalent Partner, Medacta CRO\nDublin | Reading | Raleigh" + FOOTER)
add("r10-009.eml", ["references_contacted", "timeline_stated"], "2026-11-18",
    frm="Aoife Brennan <aoife.brennan@medacta-cro.com>", date="Mon, 16 Nov 2026 15:44:00 +0000",
    subj="RE: Clinical Research Associate II - next step",
    body="Hi Sam,\n\nThanks for those. Just to let you know I reached out to Dr Patel and Jo "
         "yesterday and have already heard back from Jo. Once Dr Patel replies I'll go back to the "
         "hiring manager, and you should have an answer from us by Wednesday at the latest.\n\nAoife" + FOOTER)
add("r10-010.eml", ["offer"],
    frm="Aoife Brennan <aoife.brennan@medacta-cro.com>", date="Thu, 19 Nov 2026 14:05:00 +0000",
    subj="Offer - Clinical Research Associate II",
    body="Dear Sam,\n\nI'm delighted to confirm that Medacta CRO would like to offer you the position "
         "of Clinical Research Associate II, home-based (UK). Your formal offer letter and contract are "
         "attached for review; please sign via DocuSign within 5 working days.\n\nCongratulations!\n\n"
         "Aoife" + FOOTER)
add("r10-011.eml", ["application_received", "timeline_stated"], "2026-11-17",
    frm="Teamtailor <notifications@teamtailor-mail.com>", date="Tue, 03 Nov 2026 13:20:00 +0100",
    subj="Thanks for your application to Greenroots Foundation",
    html_only=True, body="",
    html="<html><body style='font-family:Arial'><table width='600'><tr><td><img src='logo.png' alt='Greenroots'></td></tr>"
         "<tr><td><h2>Hi Sam!</h2><p>Thank you for applying for <b>Programme Officer, East Africa</b>. "
         "We read every application ourselves - there's no robot here - and we'll get back to you "
         "within two weeks.</p><p>Warmly,<br>The Greenroots team</p></td></tr>"
         "<tr><td style='font-size:10px;color:#888'>Powered by Teamtailor · Unsubscribe from job alerts</td></tr></table></body></html>")
add("r10-012.eml", ["rejection"],
    frm="Greenroots Foundation <jobs@greenroots.org>", date="Fri, 13 Nov 2026 10:02:00 +0000",
    subj="Programme Officer, East Africa",
    body="Hi Sam,\n\nThank you for your interest in Greenroots and for the care you put into your "
         "application. We had over 300 applicants for this role and we won't be taking your "
         "application further. We'd genuinely encourage you to look at our other roles as they come up.\n\n"
         "All the best,\nMaya, on behalf of the Greenroots team")
add("r10-013.eml", ["interview_request"],
    frm="Jetstream Airways Recruitment <cabincrew@jetstream-careers.com>", date="Thu, 05 Nov 2026 07:45:00 +0000",
    subj="Cabin Crew Assessment Day - Manchester",
    body="Dear Sam,\n\nCongratulations! You have been shortlisted to attend our Cabin Crew Assessment "
         "Day at Manchester Airport Hotel on Saturday 21 November, 08:30 - 17:00.\n\n"
         "Please bring: passport, two forms of ID, a printed copy of your CV. Dress code: business "
         "attire. You will take part in a group exercise, a reach test (212cm) and a one-to-one "
         "interview.\n\nPlease confirm attendance by replying YES.\n\nJetstream Recruitment")
add("r10-014.eml", [],
    frm=ME, to="Jetstream Airways Recruitment <cabincrew@jetstream-careers.com>",
    date="Thu, 05 Nov 2026 08:02:10 +0000", subj="Re: Cabin Crew Assessment Day - Manchester",
    body="YES - I'll be there. Thanks so much!\n\nSam\n\nOn Thu, 5 Nov 2026 at 07:45, Jetstream Airways "
         "Recruitment wrote:\n> Congratulations! You have been shortlisted to attend our Cabin Crew "
         "Assessment Day\n> Please confirm attendance by replying YES.\n")
add("r10-015.eml", ["rejection", "interview_request"],
    frm="Priyanka Sharma <priyanka.s@novacure-pharma.in>", date="Mon, 09 Nov 2026 11:15:00 +0530",
    subj="Regarding your candidature - Regulatory Affairs Executive",
    body="Dear Sam,\n\nGreetings from Novacure Pharma.\n\nWe regret to inform that we will not be "
         "proceeding with your candidature for Regulatory Affairs Executive as the requirement has been "
         "closed internally. However your profile is matching for Drug Safety Associate opening and "
         "our HOD wishes to do a telephonic round on Wednesday at 3 PM IST. Kindly revert with your "
         "confirmation at the earliest.\n\nThanks & Regards\nPriyanka Sharma\nHR - Talent Acquisition")
add("r10-016.eml", ["interview_request"],
    frm="jason <jason@brightcrane.io>", date="Tue, 10 Nov 2026 21:13:00 -0800",
    subj="quick chat",
    body="hey sam saw ur note on the ops role\nfree for 20 min thurs or fri\nsend me a time\n\nsent from phone")
add("r10-017.eml", ["timeline_stated"], "2026-11-13",
    frm="Marcus Bell <marcus.bell@harrowandfield.com>", date="Wed, 04 Nov 2026 17:55:00 +0000",
    subj="Re: Thanks for today",
    body="Hi Sam,\n\nIt was a pleasure, thanks for making the trip down. We have two more candidates "
         "to see this week and then we'll regroup. I'd expect we can give everyone an answer by the end "
         "of next week.\n\nBest,\nMarcus\n\nOn Wed, 4 Nov 2026 at 14:10, Sam Okafor wrote:\n"
         "> Hi Marcus, thanks for your time this morning, really enjoyed hearing about the Leeds scheme.\n")
add("r10-018.eml", ["references_contacted"],
    frm="Tom Ashdown <tom.ashdown@gmail.com>", date="Thu, 12 Nov 2026 19:30:00 +0000",
    subj="heads up",
    body="Sam mate, just had a call from a woman at Harrow & Field asking about you - said all the "
         "right things, don't worry! Seemed like she was ticking off the last box before HR. Good luck!!\n\nTom")
add("r10-019.eml", ["references_contacted"],
    frm="Aisha Rahman <aisha.rahman@thornbury-ngo.org>", date="Fri, 13 Nov 2026 12:04:00 +0000",
    subj="Just spoke to Jenny at Oxfield",
    body="Hi Sam,\n\nI just had a lovely chat with Jenny from Oxfield about you - she had lots of questions "
         "about the Kenya project and how you handled the donor reporting. I was very glowing, of course. "
         "Fingers crossed for you!\n\nAisha")
add("r10-020.eml", ["offer", "timeline_stated"], "2026-11-20",
    frm="Jenny Oduya <jenny.oduya@oxfield.org>", date="Mon, 16 Nov 2026 16:20:00 +0000",
    subj="Good news",
    body="Hi Sam,\n\nI'm thrilled to say the panel would like to offer you the Partnerships Lead role - "
         "this is a verbal offer for now, pending the trustees signing off the budget line on Thursday. "
         "You'll have the written offer from us by Friday.\n\nCan I give you a quick ring tomorrow?\n\nJenny")
add("r10-021.eml", ["salary_discussed"],
    frm="Jenny Oduya <jenny.oduya@oxfield.org>", date="Tue, 17 Nov 2026 09:40:00 +0000",
    subj="Re: Good news",
    body="Hi Sam,\n\nFollowing our call - I've spoken to the CEO and we can move the starting salary to "
         "£44,000 (top of band D) rather than £42,500, with a review after probation. Hope that helps!\n\nJenny")
add("r10-022.eml", ["application_received"],
    frm="Lever <no-reply@hire.lever.co>", date="Fri, 06 Nov 2026 02:11:00 +0000",
    subj="Your application to Fieldwise",
    body="Hi Sam,\n\nThank you for your interest in Fieldwise! We wanted to let you know we received "
         "your application for Graduate Civil Engineer (2027 intake), and we are delighted that you would "
         "consider joining our team.\n\nOur team will review your application and will be in touch if "
         "your qualifications match our needs for the role.\n\nBest,\nFieldwise Early Careers\n\n"
         "Fieldwise Ltd, 3 Temple Quay, Bristol BS1 6DZ")
add("r10-023.eml", ["interview_request"],
    frm="Fieldwise Early Careers <earlycareers@fieldwise.co.uk>", date="Thu, 19 Nov 2026 10:00:00 +0000",
    subj="Graduate Civil Engineer - Assessment Centre invitation",
    html="<p>Dear Sam,</p><p>We were really impressed by your video interview and would like to invite you "
         "to our virtual assessment centre.</p><table border='1'><tr><th>Date</th><td>Wed 2 December 2026</td></tr>"
         "<tr><th>Time</th><td>09:15 - 15:30</td></tr><tr><th>Format</th><td>Group task, case study, partner interview</td></tr></table>"
         "<p>Please accept the calendar invitation to confirm.</p>",
    body="Dear Sam,\n\nWe were really impressed by your video interview and would like to invite you to "
         "our virtual assessment centre on Wed 2 December 2026, 09:15-15:30 (group task, case study, "
         "partner interview).\n\nPlease accept the calendar invitation to confirm.\n\nFieldwise Early Careers",
    ics={"method": "REQUEST", "start": "20261202T091500Z", "end": "20261202T153000Z",
         "org": "Fieldwise Early Careers", "orgmail": "earlycareers@fieldwise.co.uk",
         "att": "Sam Okafor", "attmail": "sam.okafor@gmail.com", "uid": "fw-ac-2026-1202-sam@fieldwise.co.uk",
         "summary": "Fieldwise Assessment Centre - Sam Okafor"})
add("r10-024.eml", [],
    frm="Fieldwise Early Careers <earlycareers@fieldwise.co.uk>", date="Fri, 20 Nov 2026 10:00:00 +0000",
    subj="Reminder: how to prepare for your assessment centre",
    body="Hi Sam,\n\nA few tips ahead of your assessment centre: test your camera and microphone, have a "
         "pen and paper, and read the case study pack we'll send the evening before. There are no trick "
         "questions - we want to see how you work with others.\n\nFieldwise Early Careers")
add("r10-025.eml", ["notice_period_asked"],
    frm="Claire Dunmore <claire.dunmore@brookfieldretail.com>", date="Wed, 11 Nov 2026 13:30:00 +0000",
    subj="Area Manager - quick q",
    body="Hi Sam, sorry to chase - our Regional Director asked me how soon you'd be free to start if "
         "things go well on Friday. What's your contractual notice with the Co-op? Thanks, Claire")
add("r10-026.eml", ["rejection"],
    frm="SmartRecruiters <mail@smartrecruiters.com>", date="Thu, 12 Nov 2026 16:00:00 +0000",
    subj="Update on your application - Brookfield Retail Group",
    body="Hi Sam,\n\nThank you for taking the time to apply for the Area Manager - South West position. "
         "After careful consideration, we have decided to move forward with candidates whose experience "
         "more closely aligns with the requirements of the role at this time.\n\nWe will keep your "
         "profile on file.\n\nBrookfield Retail Group Talent Team")
add("r10-027.eml", ["interview_request"],
    frm="Nadia Kowalczyk <nadia@pathwayrecruit.com.au>", date="Tue, 17 Nov 2026 10:12:00 +1100",
    subj="Construction PM role - Parramatta",
    body="Hi Sam,\n\nHope ya well. The client's keen as - they'd like to catch up with you over Teams "
         "for a yarn about the Parramatta fit-out. Would Thurs arvo suit, around 2pm AEDT? I'll send the "
         "invite once you give me the nod.\n\nCheers,\nNadia\nPathway Recruitment | Sydney")
add("r10-028.eml", ["timeline_stated"], "2026-11-09",
    frm="Nadia Kowalczyk <nadia@pathwayrecruit.com.au>", date="Fri, 06 Nov 2026 15:30:00 +1100",
    subj="Re: any news?",
    body="Hey Sam, no news yet sorry - the client's MD has been on site all week. They've promised me "
         "feedback in the next few days so I'll ring you as soon as I hear.\n\nNadia")
add("r10-029.eml", ["references_requested"],
    frm="Olu Adeyemi <olu@tinyforge.dev>", date="Wed, 18 Nov 2026 22:48:00 +0000",
    subj="refs",
    body="sam - team loved you. can u send 2 refs pls (ideally someone who managed u). want to move fast\n\nolu")
add("r10-030.eml", ["application_received"],
    frm="Careers at University of Kingsford <jobs@kingsford.ac.uk>", date="Mon, 02 Nov 2026 09:30:00 +0000",
    subj="Acknowledgement: Research Administrator (Ref 4421-HR)",
    body="Dear Mr Okafor\n\nWe acknowledge receipt of your application for the above post. Due to the large "
         "number of applications received, we regret that we are only able to contact shortlisted "
         "candidates. If you have not heard from us within four weeks of the closing date, please assume "
         "that your application has been unsuccessful on this occasion.\n\nHuman Resources\nUniversity of Kingsford")

add("r10-031.eml", ["application_received"],
    frm="iCIMS <noreply@talent.icims.com>", date="Sun, 01 Nov 2026 23:58:00 -0500",
    subj="Thank you for applying - Clinical Trial Coordinator (Job ID 2026-18834)",
    body="Dear Sam,\n\nThank you for your interest in a career at Halvorsen Therapeutics. This message confirms "
         "we have received your submission for Clinical Trial Coordinator, Boston MA (Job ID 2026-18834).\n\n"
         "Your application will be reviewed by our recruiting team. Due to the volume of applications, we "
         "may not be able to respond individually.\n\nHalvorsen Therapeutics Talent Acquisition\n\n"
         "Halvorsen Therapeutics is an Equal Opportunity Employer. All qualified applicants will receive "
         "consideration for employment without regard to race, color, religion, sex, sexual orientation, "
         "gender identity, national origin, disability or protected veteran status.")
add("r10-032.eml", ["salary_discussed", "notice_period_asked"],
    frm="Kayla Brooks <kbrooks@halvorsentx.com>", date="Thu, 05 Nov 2026 14:22:00 -0500",
    subj="Clinical Trial Coordinator - phone screen follow up",
    body="Hi Sam,\n\nGreat speaking with you earlier! As mentioned, the range for this position is "
         "$68,000-$76,000 plus a 5% target bonus. Can you confirm your expectations fall within that range, "
         "and let me know the earliest date you could start given your commitments with your current site?\n\n"
         "Thanks!\nKayla Brooks | Sr. Recruiter | Halvorsen Therapeutics")
add("r10-033.eml", ["offer", "salary_discussed"],
    frm="Kayla Brooks <kbrooks@halvorsentx.com>", date="Tue, 24 Nov 2026 12:01:00 -0500",
    subj="Verbal offer - Clinical Trial Coordinator",
    body="Hi Sam,\n\nThank you for taking my call! As discussed, we are excited to extend you a verbal offer "
         "for the Clinical Trial Coordinator position at a base salary of $74,000 with a 5% target bonus and "
         "a $3,000 sign-on. Written offer will come through Workday once background check is initiated.\n\n"
         "Kayla")
add("r10-034.eml", ["references_contacted"],
    frm="Sterling Verify <donotreply@sterlingcheck-notify.com>", date="Wed, 25 Nov 2026 08:30:00 -0500",
    subj="Your background screening for Halvorsen Therapeutics has started",
    body="Hello Sam Okafor,\n\nHalvorsen Therapeutics has requested a background screening, including employment "
         "and professional reference verification. We have begun contacting the references you provided.\n\n"
         "Order #HT-8812031\nStatus: In Progress\n\nSterling")
add("r10-035.eml", ["rejection"],
    frm="Workable <noreply@workablemail.com>", date="Mon, 09 Nov 2026 10:10:00 +0000",
    subj="Your application for Head Chef at Salt & Vine",
    body="Hi Sam,\n\nThanks so much for coming in for the trial shift last week, the brigade really enjoyed "
         "having you. We've decided to offer the role to a chef who's been with our group before, so "
         "we won't be moving forward with you this time.\n\nAll the best,\nLuca\nSalt & Vine")
add("r10-036.eml", ["references_requested", "notice_period_asked"],
    frm="Fiona McAllister <fiona.mcallister@gov.scot>", date="Tue, 17 Nov 2026 11:00:00 +0000",
    subj="Pre-employment checks - Band B Administrative Officer",
    body="Dear Sam,\n\nFollowing your successful interview, we now need to complete pre-employment checks. "
         "Please complete the attached form giving details of two referees covering the last three years, "
         "and confirm the notice period you are required to give your current employer.\n\n"
         "Please note BPSS security clearance will also be carried out.\n\nFiona McAllister\n"
         "Resourcing Team, Scottish Government")
add("r10-037.eml", ["offer"],
    frm="Fiona McAllister <fiona.mcallister@gov.scot>", date="Tue, 24 Nov 2026 11:00:00 +0000",
    subj="Provisional offer of appointment",
    body="Dear Sam,\n\nI am pleased to make you a provisional offer of appointment as Administrative Officer "
         "(Band B), subject to satisfactory references and security clearance. Please confirm within 5 days "
         "whether you accept.\n\nFiona McAllister")
add("r10-038.eml", ["references_requested"],
    frm="Raj Mehta <raj.mehta@crestlineconsulting.in>", date="Thu, 12 Nov 2026 18:45:00 +0530",
    subj="Documents required",
    body="Hi Sam,\n\nHope you are doing good. Kindly share the below at the earliest so we can process further:\n"
         "1. Last 3 months payslips\n2. Relieving letter\n3. Two professional references with name, "
         "designation, email and phone\n\nRegards\nRaj")
add("r10-039.eml", ["application_received", "timeline_stated"], "2026-11-13",
    frm="Ashby <no-reply@ashbyhq.com>", date="Fri, 06 Nov 2026 17:30:00 -0800",
    subj="Thanks for applying to Loop Health",
    body="Hi Sam,\n\nThanks for applying to the Operations Associate role at Loop Health! We've received your "
         "application and someone from our team will review it. You'll hear back from us within a week "
         "either way.\n\nLoop Health Recruiting")
add("r10-040.eml", ["rejection"],
    frm="Loop Health Recruiting <recruiting@loophealth.com>", date="Thu, 12 Nov 2026 09:15:00 -0800",
    subj="Loop Health - Operations Associate",
    body="Hi Sam,\n\nThanks for your patience. We've gone with an internal candidate for this role. We "
         "really appreciated your application and hope our paths cross again.\n\nLoop Health Recruiting")
add("r10-041.eml", ["interview_request"],
    frm="Bethany Cole <bethany.cole@marlowcivils.co.uk>", date="Wed, 18 Nov 2026 12:00:00 +0000",
    subj="Invitation: Interview - Sam Okafor / Senior Engineer @ Tue 24 Nov 2026 10:00 - 11:00 (GMT)",
    body="Bethany Cole has invited you to this event.\n\nInterview - Sam Okafor / Senior Engineer\n"
         "When: Tuesday 24 Nov 2026 10:00 - 11:00 (GMT)\nWhere: Marlow Civils, 12 Kingsway, Reading\n"
         "Who: Bethany Cole (organiser), Ian Frost, Sam Okafor\n\nGoing? Yes - Maybe - No",
    ics={"method": "REQUEST", "start": "20261124T100000Z", "end": "20261124T110000Z",
         "org": "Bethany Cole", "orgmail": "bethany.cole@marlowcivils.co.uk", "att": "Sam Okafor",
         "attmail": "sam.okafor@gmail.com", "uid": "mc-int-8821@marlowcivils.co.uk",
         "summary": "Interview - Sam Okafor / Senior Engineer"})
add("r10-042.eml", [],
    frm="Bethany Cole <bethany.cole@marlowcivils.co.uk>", date="Thu, 19 Nov 2026 08:00:00 +0000",
    subj="Canceled: Interview - Sam Okafor / Senior Engineer @ Tue 24 Nov 2026 10:00 - 11:00 (GMT)",
    body="This event has been canceled.\n\nInterview - Sam Okafor / Senior Engineer\n"
         "When: Tuesday 24 Nov 2026 10:00 - 11:00 (GMT)",
    ics={"method": "CANCEL", "start": "20261124T100000Z", "end": "20261124T110000Z", "status": "CANCELLED",
         "seq": "1", "org": "Bethany Cole", "orgmail": "bethany.cole@marlowcivils.co.uk", "att": "Sam Okafor",
         "attmail": "sam.okafor@gmail.com", "uid": "mc-int-8821@marlowcivils.co.uk",
         "summary": "Interview - Sam Okafor / Senior Engineer"})
add("r10-043.eml", ["timeline_stated"], "2026-12-10",
    frm="Ian Frost <ian.frost@marlowcivils.co.uk>", date="Fri, 27 Nov 2026 16:10:00 +0000",
    subj="Re: Senior Engineer",
    body="Sam,\n\nThanks for coming in, and sorry again about the shuffle. We're seeing the last two people "
         "next week; realistically you'll hear from us early next month.\n\nIan")
add("r10-044.eml", ["salary_discussed"],
    frm="Priyanka Sharma <priyanka.s@novacure-pharma.in>", date="Fri, 13 Nov 2026 12:40:00 +0530",
    subj="CTC details",
    body="Dear Sam,\n\nKindly share your current CTC and expected CTC along with the break-up, so I can "
         "put up your profile to the management for approval.\n\nThanks & Regards\nPriyanka")
add("r10-045.eml", ["notice_period_asked"],
    frm="Rhys Pritchard <rhys.pritchard@vantagetalent.co.uk>", date="Mon, 23 Nov 2026 08:05:00 +0000",
    subj="hinkley",
    body="morning Sam client wants to know if u can start mon 7th dec\nwhats ur notice\nR")
add("r10-046.eml", ["references_requested", "timeline_stated"], "2026-11-20",
    frm="Harriet Lowe <h.lowe@stmaryshospice.org.uk>", date="Tue, 17 Nov 2026 15:00:00 +0000",
    subj="Retail Area Manager - references",
    body="Dear Sam,\n\nThank you for a great interview yesterday. Would you please let me have contact "
         "details for two referees? We hope to make a final decision by the 20th once the panel "
         "has met again.\n\nWith best wishes,\nHarriet Lowe\nHR Manager, St Mary's Hospice\n"
         "Registered charity no. 1012345")
add("r10-047.eml", ["references_contacted"],
    frm="Harriet Lowe <h.lowe@stmaryshospice.org.uk>", date="Fri, 20 Nov 2026 12:30:00 +0000",
    subj="Re: Retail Area Manager - references",
    body="Hi Sam, just a quick note to say I've now emailed both of your referees, so it's a little "
         "delayed on our side - sorry! Harriet")
add("r10-048.eml", ["offer"],
    frm="Harriet Lowe <h.lowe@stmaryshospice.org.uk>", date="Thu, 26 Nov 2026 10:00:00 +0000",
    subj="Re: Retail Area Manager - references",
    body="Dear Sam,\n\nBoth references came back glowing and I'm really pleased to say we'd like you to "
         "join us as Retail Area Manager. I'll post the contract out today.\n\nHarriet")
add("r10-049.eml", ["application_received"],
    frm="Personio <no-reply@personio.de>", date="Wed, 04 Nov 2026 10:17:00 +0100",
    subj="Your application at Brückner Bau GmbH",
    body="Dear Sam Okafor,\n\nthank you for your application as Project Engineer (m/f/d) Infrastructure. "
         "We have received your documents and will review them carefully.\n\nKind regards\n"
         "Your Brückner Bau recruiting team")
add("r10-050.eml", ["interview_request", "salary_discussed"],
    frm="Katrin Vogel <k.vogel@brueckner-bau.de>", date="Tue, 10 Nov 2026 14:00:00 +0100",
    subj="Project Engineer Infrastructure - video call",
    body="Dear Mr Okafor,\n\nwe would like to get to know you in a video call of about 45 minutes with our "
         "head of department. Would 17 or 18 November, 10:00 CET suit you? It would also help to know "
         "your salary expectations (gross per year) beforehand.\n\nBest regards\nKatrin Vogel\nHR")
add("r10-051.eml", ["rejection"],
    frm="JazzHR <notifications@app.jazz.co>", date="Wed, 18 Nov 2026 15:30:00 -0600",
    subj="Regarding your application with Prairie Line Rail",
    body="Hi Sam,\n\nThanks for taking the time to interview for Track Maintenance Supervisor. After "
         "reviewing all candidates, we have made an appointment and the position has been filled.\n\n"
         "We wish you all the best in your search.\n\nPrairie Line Rail HR")
add("r10-052.eml", ["interview_request", "timeline_stated"], "2026-11-25",
    frm="Kelly Tan <kelly.tan@ridgewaycare.com.au>", date="Wed, 18 Nov 2026 09:05:00 +1100",
    subj="Next steps - Operations Manager",
    body="Hi Sam,\n\nThanks for your time on Monday! We'd love you to come in and meet the rest of the "
         "leadership team - Fri 20 Nov at 10am at our Chatswood office if that suits. After that we'll "
         "aim to come back to you within a week.\n\nKind regards,\nKelly")
add("r10-053.eml", ["application_received"],
    frm="BambooHR <notifications@app.bamboohr.com>", date="Mon, 16 Nov 2026 12:00:00 -0700",
    subj="Application Received: Guest Experience Manager",
    body="Hi Sam,\n\nWe've received your application for Guest Experience Manager at Pine Summit Lodge. "
         "Our hiring team is reviewing applications and will reach out if there is a fit.\n\nPine Summit Lodge")
add("r10-054.eml", ["application_received"],
    frm="Recruitee <no-reply@recruitee.com>", date="Tue, 24 Nov 2026 09:00:00 +0100",
    subj="We received your application - Water Engineer at Dijkstra Infra",
    body="Hi Sam,\n\nThank you for your application for Water Engineer. We have recieved it and our team will "
         "look at it soon.\n\nGreetings,\nDijkstra Infra")
add("r10-055.eml", ["offer"],
    frm="Olu Adeyemi <olu@tinyforge.dev>", date="Fri, 20 Nov 2026 23:14:00 +0000",
    subj="Re: refs",
    body="refs all good. we want u. offer letter in ur inbox monday, same numbers as we talked\n\nolu")
add("r10-056.eml", ["references_requested"],
    frm="Jetstream Airways Recruitment <cabincrew@jetstream-careers.com>", date="Wed, 25 Nov 2026 10:00:00 +0000",
    subj="Conditional offer - next steps: 5 year referencing",
    body="Dear Sam,\n\nAs part of airside security requirements we need a full 5-year employment history "
         "with referee contact details for each employer or gap, submitted via the portal within 7 days.\n\n"
         "Jetstream Recruitment")
add("r10-057.eml", ["notice_period_asked"],
    frm="Kelly Tan <kelly.tan@ridgewaycare.com.au>", date="Mon, 23 Nov 2026 13:00:00 +1100",
    subj="quick one",
    body="Hi Sam - when's the earliest you could realistically start with us? Just working out rosters "
         "for Jan. K")
add("r10-058.eml", ["references_contacted", "timeline_stated"], "2026-12-04",
    frm="Kelly Tan <kelly.tan@ridgewaycare.com.au>", date="Thu, 26 Nov 2026 16:00:00 +1100",
    subj="Update",
    body="Hi Sam,\n\nQuick update - I've spoken with Margaret this morning and I'm waiting on a call back "
         "from your other referee. Once that's done we'll be in a position to confirm by the end of next "
         "week.\n\nKelly")
add("r10-059.eml", ["salary_discussed"],
    frm="Nadia Kowalczyk <nadia@pathwayrecruit.com.au>", date="Mon, 23 Nov 2026 09:00:00 +1100",
    subj="numbers",
    body="Morning Sam, client has come back at $165k + super for the PM role, I pushed for 175 - where's "
         "your head at? Ring me. N")
add("r10-060.eml", ["rejection"],
    frm="Taleo <taleo@recruiting.oraclecloud.com>", date="Wed, 11 Nov 2026 04:00:00 +0000",
    subj="Status of your application: Airport Operations Graduate Scheme",
    body="Dear Sam,\n\nThank you for your interest in the Airport Operations Graduate Scheme.\n\nWe have "
         "reviewed your application and online assessments and, on this occasion, we are unable to "
         "progress your application to the next stage.\n\nRegards,\nHeathrow Gateway Careers")

# --- unlabelled: job-adjacent (alerts, newsletters, OOO, own mail, panel duty) ---
add("r10-061.eml", [],
    frm="LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>", date="Mon, 02 Nov 2026 06:30:00 +0000",
    subj="30+ new jobs for 'site engineer' - you'd be a top applicant",
    html_only=True, body="",
    html="<table style='width:100%'><tr><td><h3>Offers you might like</h3></td></tr><tr><td>"
         "<b>Site Engineer</b> - Balfour Partners - Milton Keynes<br>Actively recruiting · Easy Apply</td></tr>"
         "<tr><td><b>Graduate Site Engineer</b> - Keller &amp; Co - Leeds<br>Interviewing now</td></tr>"
         "<tr><td style='font-size:11px'>You are receiving Job Alert emails. Unsubscribe</td></tr></table>")
add("r10-062.eml", [],
    frm="Guardian Jobs <jobs@guardianjobs-mail.co.uk>", date="Thu, 05 Nov 2026 07:00:00 +0000",
    subj="Shortlisted! How to ace your charity sector interview",
    body="This week on Guardian Jobs:\n\nSHORTLISTED? Five questions every charity panel asks - and how to "
         "answer them.\n\nOFFER IN HAND? How to negotiate when the salary is fixed by the funder.\n\n"
         "New roles: Head of Fundraising (Bristol), Policy Officer (London)...\n\nUnsubscribe | Manage alerts")
add("r10-063.eml", [],
    frm="Sam Okafor <sam.okafor@gmail.com>", to="Harriet Lowe <h.lowe@stmaryshospice.org.uk>",
    date="Wed, 18 Nov 2026 08:10:00 +0000", subj="Re: Retail Area Manager - references",
    body="Hi Harriet,\n\nThank you! My referees are:\n\n1. Karen Doyle, Regional Manager, Oxfam Shops - "
         "karen.doyle@oxfam.example.org\n2. Pete Samuels, former Store Manager, Co-op - 07700 900123\n\n"
         "Happy to answer anything else. Looking forward to hearing by the 20th.\n\nSam\n\n"
         "On Tue, 17 Nov 2026 at 15:00, Harriet Lowe wrote:\n> Would you please let me have contact details "
         "for two referees?\n> We hope to make a final decision by the 20th\n")
add("r10-064.eml", [],
    frm="Ian Frost <ian.frost@marlowcivils.co.uk>", date="Mon, 30 Nov 2026 07:00:00 +0000",
    subj="Automatic reply: Senior Engineer",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    body="Thank you for your email. I am on annual leave until Monday 7 December with no access to email. "
         "For urgent interview or offer queries please contact Bethany Cole in HR.\n\nIan")
add("r10-065.eml", [],
    frm="Kayla Brooks <kbrooks@halvorsentx.com>", date="Fri, 27 Nov 2026 09:00:00 -0500",
    subj="Out of Office Re: start date",
    body="Hi, I'm out of the office for Thanksgiving and will return Monday November 30. I'll respond to "
         "all candidate questions about interviews, offers and start dates then.\n\nKayla")
add("r10-066.eml", [],
    frm="Becky Lindqvist <becky.lindqvist@marlowcivils.co.uk>", to="Sam Okafor <sam.okafor@marlowcivils.co.uk>",
    date="Tue, 01 Dec 2026 09:15:00 +0000", subj="Could you sit on an interview panel Thurs?",
    body="Hi Sam,\n\nWelcome aboard again! Would you be up for sitting on the interview panel for the "
         "graduate engineer roles on Thursday afternoon? It'd be you, me and Ian - we'll send you the CVs "
         "and the scoring sheet the night before. No prep needed beyond reading them.\n\nBecky")
add("r10-067.eml", [],
    frm="Reed <alerts@reed.co.uk>", date="Sat, 07 Nov 2026 08:00:00 +0000",
    subj="Your application to 'Contract Planner' has been viewed 3 times",
    body="Good news Sam! Recruiters are looking.\n\nTop tip: candidates who complete their profile get 4x more "
         "interview invitations. Complete your profile now.\n\nSimilar jobs: Planning Engineer £450-£550/day, "
         "Project Controls Manager (inside IR35)...\n\nReed.co.uk")
add("r10-068.eml", [],
    frm="Glassdoor <noreply@glassdoor.com>", date="Sun, 08 Nov 2026 14:00:00 +0000",
    subj="What's it really like to interview at Medacta CRO?",
    body="Sam, people who viewed Medacta CRO also shared interview reviews:\n\n\"The interview was "
         "friendly - 2 rounds, offer within 10 days\" - Clinical Research Associate, Reading\n\n"
         "Read all 24 interview reviews\n\nGlassdoor, Inc.")
add("r10-069.eml", [],
    frm="Sam Okafor <sam.okafor@gmail.com>", to="Jenny Oduya <jenny.oduya@oxfield.org>",
    date="Mon, 16 Nov 2026 17:02:00 +0000", subj="Re: Good news",
    body="Jenny, that's wonderful news - thank you! Yes, please ring any time tomorrow morning.\n\nSam\n\n"
         "On Mon, 16 Nov 2026 at 16:20, Jenny Oduya <jenny.oduya@oxfield.org> wrote:\n"
         "> I'm thrilled to say the panel would like to offer you the Partnerships Lead role\n"
         "> You'll have the written offer from us by Friday.\n")
add("r10-070.eml", [],
    frm="Aoife Brennan <aoife.brennan@medacta-cro.com>", date="Tue, 01 Dec 2026 09:00:00 +0000",
    subj="Your first day",
    body="Hi Sam,\n\nSo glad you accepted! Here's what your first day looks like: laptop collection at "
         "Reading office 9:30, induction with Quality at 11, lunch with the team. Parking is on Level 2.\n\n"
         "Aoife" + FOOTER)
add("r10-071.eml", [],
    frm="Prospects Graduate Jobs <newsletter@prospects.ac.uk>", date="Tue, 10 Nov 2026 12:00:00 +0000",
    subj="Assessment centres explained | Graduate schemes closing this week",
    html_only=True, body="",
    html="<div style='max-width:600px'><h1 style='color:#0a4'>Assessment centre season</h1><p>From "
         "group exercises to in-tray tasks, here's what to expect - and how to turn an interview into an "
         "offer.</p><table><tr><td>Arup graduate scheme</td><td>closes 13 Nov</td></tr><tr><td>Civil Service "
         "Fast Stream</td><td>closes 15 Nov</td></tr></table><p><a href='#'>Unsubscribe</a></p></div>")
add("r10-072.eml", [],
    frm="Sam Okafor <sam.okafor@gmail.com>", to="Rhys Pritchard <rhys.pritchard@vantagetalent.co.uk>",
    date="Tue, 10 Nov 2026 13:05:00 +0000", subj="Re: Contract Planning Engineer - Hinkley - outside IR35",
    body="Hi Rhys, £525 would work for me. I'm on a rolling month so could do w/c 7th Dec rather than 30th. Sam")

# --- unlabelled: everyday mail full of job words ---
add("r10-073.eml", [],
    frm="The Long Game Podcast <hello@longgamepod.fm>", date="Wed, 04 Nov 2026 06:00:00 +0000",
    subj="New episode: our interview with a Formula 1 race engineer",
    body="This week's interview: Lena Park on strategy calls at 300km/h, why she turned down an offer from "
         "Ferrari, and the next steps for the 2027 regs.\n\nListen on Spotify, Apple Podcasts, or wherever.\n\n"
         "Unsubscribe")
add("r10-074.eml", [],
    frm="Boots <offers@boots-mail.com>", date="Thu, 05 Nov 2026 10:00:00 +0000",
    subj="Sam, your exclusive offer ends Friday",
    body="3 for 2 on all Christmas gifts + 10 points per £1 on No7. This offer is valid until Friday 6th "
         "November. We'd love to have you back in store!\n\nBoots UK Ltd")
add("r10-075.eml", [],
    frm="Royal Mail <no-reply@royalmail.com>", date="Fri, 06 Nov 2026 11:22:00 +0000",
    subj="Your parcel is on its way",
    body="Your parcel from ASOS is out for delivery. Current position: Reading Delivery Office. "
         "Expected between 12:10 and 13:10. Track it: RM 1234 5678 9GB\n\nRoyal Mail")
add("r10-076.eml", [],
    frm="Discord <noreply@discord.com>", date="Sat, 07 Nov 2026 20:00:00 +0000",
    subj="You've been given a new role in Dragonspire Guild",
    body="Hey sam_ok! A moderator in Dragonspire Guild gave you the role 'Raid Leader'. Applications for "
         "officer roles close Sunday - interviews happen on voice chat.\n\nDiscord")
add("r10-077.eml", [],
    frm="Microsoft <msa@communication.microsoft.com>", date="Tue, 10 Nov 2026 18:00:00 +0000",
    subj="An update is ready for your application",
    body="A new version of the Outlook application is available. The update includes security fixes. "
         "It will be applied automatically next time you restart.\n\nMicrosoft Corporation, One Microsoft Way")
add("r10-078.eml", [],
    frm="Dave Pearson <dave.pearson@gmail.com>", date="Wed, 11 Nov 2026 20:12:00 +0000",
    subj="flat - next steps",
    body="Hi Sam,\n\nThanks for viewing the flat on Sunday. A couple of other people are interested so I'll "
         "get back to you next week once I've spoken to the agent. Could you send me two references from "
         "previous landlords in the meantime? Cheers, Dave")
add("r10-079.eml", [],
    frm="Editorial Office <eo@journal-civil-infra.org>", date="Thu, 12 Nov 2026 09:00:00 +0000",
    subj="Decision on manuscript JCI-2026-0412",
    body="Dear Mr Okafor,\n\nReviewer 2 asks that the references section be updated to include work "
         "published since 2023, and Reviewer 1 has concerns about the sample position of the strain gauges. "
         "We regret that we cannot accept the manuscript in its current form, but would welcome a revised "
         "version within 60 days.\n\nEditorial Office")
add("r10-080.eml", [],
    frm="Liz Carter <liz.carter@ridgeview-pm.com>", to="Sam Okafor <sam.okafor@ridgeview-pm.com>",
    date="Fri, 13 Nov 2026 16:45:00 +0000", subj="RE: RE: Culvert drawings - next steps",
    body="Sam,\n\nAgree with all of that. Next steps: you send the rev C drawings to the client, I'll chase "
         "the council about the road closure offer, and we review position on Monday.\n\nLiz\n\n"
         "-----Original Message-----\nFrom: Sam Okafor\nSent: 13 November 2026 14:02\nSubject: RE: Culvert "
         "drawings - next steps\n\nLiz - rev C attached. The contractor has made an offer to do the headwall "
         "in precast, which would save two weeks.\n\n-----Original Message-----\nFrom: Liz Carter\n"
         "Sent: 12 November 2026 09:30\n\nWhere are we on the culvert?\n")
add("r10-081.eml", [],
    frm="Ocado <customerservices@ocado.com>", date="Sat, 14 Nov 2026 07:00:00 +0000",
    subj="Your order is confirmed",
    body="Thanks Sam, we've received your order #81723401. Delivery: Sunday 15 Nov, 8-9am. Substitutions "
         "offered: Oat milk 1L -> Oat barista 1L.\n\nOcado Retail Ltd")
add("r10-082.eml", [],
    frm="Hannah (Year 4 class rep) <hannah.weston@outlook.com>", date="Sun, 15 Nov 2026 19:30:00 +0000",
    subj="Nativity roles + Christmas fair",
    body="Hi all,\n\nMrs Ahmed has sent round the nativity roles - if your little one got a speaking part "
         "the script is in their bag. The PTA are looking for volunteers to run the tombola; we've had one "
         "offer so far (thanks Sam!). Any more applications welcome :)\n\nHannah")
add("r10-083.eml", [],
    frm="Woodley Tennis Club <secretary@woodleytc.org.uk>", date="Mon, 16 Nov 2026 21:00:00 +0000",
    subj="AGM minutes and committee positions",
    body="Dear members,\n\nMinutes from the AGM are attached. We still have two committee positions open "
         "(Social Secretary, Juniors Coordinator). We'll be interviewing nobody - just turn up! The "
         "committee will make a decision by the end of the month on the new court booking system.\n\n"
         "Woodley TC")
add("r10-084.eml", [],
    frm="Rightmove <alerts@rightmove.co.uk>", date="Tue, 17 Nov 2026 08:00:00 +0000",
    subj="Offer accepted on a property you saved",
    body="Sam, a property you saved - 2 bed terrace, Caversham, £325,000 - is now Under Offer. "
         "Here are 6 similar homes...\n\nRightmove")
add("r10-085.eml", [],
    frm="Monzo <help@monzo.com>", date="Wed, 18 Nov 2026 12:00:00 +0000",
    subj="Your salary arrived early",
    body="Your salary of £2,814.22 from RIDGEVIEW PM LTD landed today. Want to move some to your Christmas "
         "pot?\n\nMonzo Bank Ltd")
add("r10-086.eml", [],
    frm="BBC Sounds <no-reply@bbc.co.uk>", date="Thu, 19 Nov 2026 06:00:00 +0000",
    subj="Desert Island Discs: the interview everyone is talking about",
    body="Lauren Laverne's interview with a former cabin crew member turned airline CEO. Plus: In Our Time "
         "on the history of the civil service.\n\nBBC")
add("r10-087.eml", [],
    frm="GitHub <noreply@github.com>", date="Thu, 19 Nov 2026 14:00:00 +0000",
    subj="[sam-ok/ride-planner] Review requested on #42: offer fallback when API is down",
    body="@priya-d requested your review on #42.\n\nThis PR adds an offline offer of cached routes and "
         "rejects stale tiles. Next steps: merge once CI is green.\n\n-- \nReply to this email directly or view it on GitHub.")
add("r10-088.eml", [],
    frm="Eurostar <offers@eurostar.com>", date="Fri, 20 Nov 2026 09:00:00 +0000",
    subj="Black Friday: our best offer to Paris",
    html_only=True, body="",
    html="<table width='100%' style='background:#ffe'><tr><td><h1>Paris from £39</h1><p>Our best offer of the "
         "year - book by Monday. Terms apply.</p></td></tr></table>")
add("r10-089.eml", [],
    frm="Mum <grace.okafor@btinternet.com>", date="Sat, 21 Nov 2026 10:04:00 +0000",
    subj="Sunday",
    body="Hi love, are you still coming Sunday? Auntie Bisi wants to hear all about the interviews and "
         "whether you got the offer from the charity. I'm doing jollof. Let me know by tonight xx Mum")
add("r10-090.eml", [],
    frm="Strava <no-reply@strava.com>", date="Sun, 22 Nov 2026 11:00:00 +0000",
    subj="You moved up to 3rd position on Caversham Hill",
    body="Nice work Sam! You moved to 3rd position on the segment leaderboard. Keep it up.\n\nStrava")
add("r10-091.eml", [],
    frm="Reading Borough Council <noreply@reading.gov.uk>", date="Mon, 23 Nov 2026 09:30:00 +0000",
    subj="Planning application 26/01873/HOU - decision",
    body="Dear Mr Okafor,\n\nYour planning application for a single-storey rear extension has been approved "
         "subject to conditions. Please read the decision notice attached.\n\nPlanning Services")
add("r10-092.eml", [],
    frm="Noor Haddad <noor.haddad@ridgeview-pm.com>", to="Sam Okafor <sam.okafor@ridgeview-pm.com>",
    date="Tue, 24 Nov 2026 10:00:00 +0000", subj="Invitation: Project sync @ Thu 26 Nov 14:00",
    body="Noor Haddad has invited you to Project sync.\nThursday 26 Nov 2026 14:00 - 14:30\nAgenda: "
         "tender offer review, next steps on the culvert, staff positions over Christmas.",
    ics={"method": "REQUEST", "start": "20261126T140000Z", "end": "20261126T143000Z",
         "org": "Noor Haddad", "orgmail": "noor.haddad@ridgeview-pm.com", "att": "Sam Okafor",
         "attmail": "sam.okafor@ridgeview-pm.com", "uid": "sync-771@ridgeview-pm.com",
         "summary": "Project sync"})
add("r10-093.eml", [],
    frm="Amazon.co.uk <shipment-tracking@amazon.co.uk>", date="Wed, 25 Nov 2026 15:00:00 +0000",
    subj="Delivered: 'Cracking the Interview: A Field Guide'",
    body="Your package was delivered. It was handed to resident.\n\nOrder #202-8812344-1182213\n"
         "Cracking the Interview: A Field Guide (Paperback)\n\nAmazon.co.uk")
add("r10-094.eml", [],
    frm="Netflix <info@mailer.netflix.com>", date="Wed, 25 Nov 2026 18:00:00 +0000",
    subj="New on Netflix: The Offer, season 2",
    body="The Offer returns - the behind-the-scenes story of making The Godfather. Also new: 'Cabin Pressure', "
         "a comedy about a tiny airline.\n\nNetflix")
add("r10-095.eml", [],
    frm="Charlotte Webb <charlotte.webb@stmaryshospice.org.uk>", date="Thu, 26 Nov 2026 12:00:00 +0000",
    subj="Volunteer newsletter - November",
    body="Dear volunteers,\n\nThank you for a record Christmas fair! Our shops are now recruiting weekend "
         "volunteers - we'll be in touch with everyone who offered to help within a fortnight. Also, a "
         "reminder that references for new volunteers are handled by Sarah.\n\nCharlotte")
add("r10-096.eml", [],
    frm="The Economist <newsletters@economist.com>", date="Fri, 27 Nov 2026 06:00:00 +0000",
    subj="The world in brief: central bank makes an offer it can't refuse",
    body="The Bank of England's rate decision is due by Thursday. Rejections of the budget offer in "
         "Germany, and an interview with Kenya's finance minister.\n\nThe Economist")
add("r10-097.eml", [],
    frm="Tom Ashdown <tom.ashdown@gmail.com>", date="Sat, 28 Nov 2026 13:00:00 +0000",
    subj="Fwd: 5-a-side tonight",
    body="u in?\n\n---------- Forwarded message ---------\nFrom: Jono <jono@hotmail.co.uk>\n"
         "Date: Sat, 28 Nov 2026 at 12:30\nSubject: 5-a-side tonight\n\nNeed one more - what position do "
         "you play? Offer of a pint after for anyone who turns up. Let me know by 5.\n")
add("r10-098.eml", [],
    frm="Sam Okafor <sam.okafor@gmail.com>", to="Dave Pearson <dave.pearson@gmail.com>",
    date="Thu, 12 Nov 2026 07:45:00 +0000", subj="Re: flat - next steps",
    body="Hi Dave, thanks - references from my last two landlords attached. I can offer a 12 month "
         "tenancy starting January. Sam")
add("r10-099.eml", ["references_contacted"],
    frm="Karen Doyle <karen.doyle@oxfam.example.org>", date="Thu, 19 Nov 2026 18:20:00 +0000",
    subj="Your reference",
    body="Hi Sam, just to say a lady from St Mary's Hospice phoned me this afternoon and I've sent my "
         "written reference over too. Hope it goes your way! Karen")
add("r10-100.eml", ["interview_request"],
    frm="Bethany Cole <bethany.cole@marlowcivils.co.uk>", date="Thu, 19 Nov 2026 08:05:00 +0000",
    subj="Updated invitation: Interview - Sam Okafor / Senior Engineer @ Thu 26 Nov 2026 14:00 - 15:00 (GMT)",
    body="Hi Sam, apologies - Ian is needed on site Tuesday so we've moved you to Thursday 26th at 2pm, same "
         "place. New invite attached.\n\nBethany",
    ics={"method": "REQUEST", "start": "20261126T140000Z", "end": "20261126T150000Z", "seq": "2",
         "org": "Bethany Cole", "orgmail": "bethany.cole@marlowcivils.co.uk", "att": "Sam Okafor",
         "attmail": "sam.okafor@gmail.com", "uid": "mc-int-8822@marlowcivils.co.uk",
         "summary": "Interview - Sam Okafor / Senior Engineer"})

# --- top-ups so every label appears at least 8 times ---
add("r10-101.eml", ["offer", "notice_period_asked"],
    frm="Mark Ellison <mark@ellisonbrewco.co.uk>", date="Tue, 24 Nov 2026 20:41:00 +0000",
    subj="the bar manager job",
    body="Sam,\n\nRight, I've slept on it and it's yours if you want it mate. Same terms we chatted about "
         "Saturday. How quick can you get out of the Crown - do they need a month off you?\n\nMark\n"
         "Ellison Brew Co. | Taproom & Kitchen")
add("r10-102.eml", ["references_requested", "references_contacted"],
    frm="Ruth Abernethy <r.abernethy@kingsford.ac.uk>", date="Wed, 25 Nov 2026 11:11:00 +0000",
    subj="Research Administrator - references",
    body="Dear Sam,\n\nWe have now written to Professor Hale for a reference. We don't seem to have a second "
         "referee on your form, though - could you send us the name and email of someone else who knows "
         "your work?\n\nKind regards\nRuth Abernethy\nHR Officer, University of Kingsford")
add("r10-103.eml", ["notice_period_asked", "interview_request"],
    frm="Deepak Iyer <deepak.iyer@orbitstaffing.co.in>", date="Thu, 26 Nov 2026 10:30:00 +0530",
    subj="Profile shortlisted - Site QA/QC Engineer - Pune",
    body="Hi Sam,\n\nYour profile is shortlisted for the client round. Please share your availability for a "
         "Teams discussion tomorrow between 11 AM - 4 PM. Also confirm your notice period and whether it "
         "is negotiable/buyout possible.\n\nDeepak Iyer\nOrbit Staffing")
add("r10-104.eml", ["references_requested"],
    frm="Nadia Kowalczyk <nadia@pathwayrecruit.com.au>", date="Wed, 25 Nov 2026 08:50:00 +1100",
    subj="Re: numbers",
    body="Legend. Last bit - can you flick me two referees from your last couple of projects (PMs or "
         "directors)? Client wants to wrap this up.\n\nN")
add("r10-105.eml", ["offer"],
    frm="DocuSign via Kestrel Build <dse_na2@docusign.net>", date="Tue, 10 Nov 2026 09:30:00 +0000",
    subj="Please DocuSign: Kestrel Build - Offer of Employment - S Okafor",
    body="Linda Hayes sent you a document to review and sign.\n\nREVIEW DOCUMENT\n\nLinda Hayes\n"
         "linda@kestrelbuild.co.uk\n\nHi Sam, as promised by Dan here's your formal offer of employment for "
         "the Site Engineer position. Please sign where marked.\n\nDo Not Share This Email")
add("r10-106.eml", ["notice_period_asked"],
    frm="Katrin Vogel <k.vogel@brueckner-bau.de>", date="Wed, 25 Nov 2026 09:00:00 +0100",
    subj="Re: Project Engineer Infrastructure",
    body="Dear Mr Okafor,\n\nthank you for the good conversation. Before we prepare the contract, please tell "
         "us your earliest possible start date and the notice period under your current contract.\n\n"
         "Best regards\nKatrin Vogel")
