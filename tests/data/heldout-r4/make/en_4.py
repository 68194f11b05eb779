"""English held-out messages 183-190 (round 4): encodings, forwards as attachments, HTML replies."""

from mk import ME, msg, wrote

M: list = []
A = M.append

A(msg("r4-183.eml", "Leanne Fairclough <leanne.fairclough@northstar-search.com>", ME,
      "2026-08-03 10:02 +0100", "Re: They'd like to meet you!",
      """Thanks Rhiannon, noted - speak soon.

Leanne
""" + wrote("2026-07-28 17:17 +0100", "Leanne Fairclough <leanne.fairclough@northstar-search.com>",
            """Hi Rhiannon,

Good news - I sent your CV over to Kirkstall Analytics yesterday and they'd like to meet you.
They've suggested a coffee at their office on Park Row, either Monday morning or Tuesday after
3. Let me know which suits and I'll confirm."""),
      labels=[], parent="<CAF7leanne.0728@northstar-search.com>"))

A(msg("r4-184.eml", "Talent Team <talent@kirkstall-analytics.co.uk>", ME,
      "2026-08-14 09:40 +0100", "FW: Analytics Lead - Rhiannon Okafor",
      """Dear Rhiannon,

Please see the attached message from our Head of Analytics regarding your application.

Kind regards,
Talent Team, Kirkstall Analytics
""", forward_msg=msg("r4-184-inner", "Mark Lowry <mark.lowry@kirkstall-analytics.co.uk>",
                     "Talent Team <talent@kirkstall-analytics.co.uk>", "2026-08-13 18:05 +0100",
                     "Analytics Lead - Rhiannon Okafor",
                     """Hi team,

Could you pass this on to Rhiannon? Thank you for meeting me last week, it was a great
conversation. Having now met everyone on the shortlist we will not be taking your application
forward; we need someone who has run a team of ten or more, and that's the deciding factor.
I'd be glad to talk again in a year or so.

Mark"""),
      labels=["rejection"]))

A(msg("r4-185.eml", "Siobhán Ní Bhriain <siobhan.nibhriain@corrib-data.ie>", ME,
      "2026-08-17 14:26 +0100", "Offer - Data Engineering Lead",
      """Hi Rhiannon,

Following our call this morning I'm delighted to confirm our offer of the Data Engineering Lead
role at Corrib Data: €98,000 base, a 10% bonus and our standard pension. The formal contract
will follow from our HR team this week.

Go raibh maith agat,
Siobhán
""", charset="windows-1252", cte="quoted-printable", labels=["offer", "salary_discussed"]))

A(msg("r4-186.eml", "Dev Patel <dev.patel@lumenhealth.io>", ME,
      "2026-09-02 17:55 +0100", "Lumen - decision timing",
      """Hi Rhiannon,

Thanks for your time today. We're seeing one more candidate tomorrow and will come back to you
by Wednesday the 9th at the latest.

Dev
""", cte="base64", labels=["timeline_stated"], by="2026-09-09"))

A(msg("r4-187.eml", "Kerry Matthews <kerry.matthews@moorgate-ins.co.uk>", ME,
      "2026-09-03 08:47 +0100", "RE: Senior Data Analyst - Moorgate",
      html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div class="WordSection1">
<p class="MsoNormal">Hi Rhiannon,</p>
<p class="MsoNormal">Thanks for sending that over so quickly. Our Head of Data, Phil, would like to have a 30 minute
video call with you - could you do Monday at 11 or Tuesday at 3?</p>
<p class="MsoNormal">Kind regards,<br>Kerry</p>
<div id="divRplyFwdMsg" dir="ltr"><hr style="display:inline-block;width:98%">
<font face="Calibri" style="font-size:11pt" color="#000000"><b>From:</b> Rhiannon Okafor &lt;rhiannon.okafor@gmail.com&gt;<br>
<b>Sent:</b> 02 September 2026 21:14<br><b>To:</b> Kerry Matthews<br><b>Subject:</b> Senior Data Analyst - Moorgate</font></div>
<div><p>Hi Kerry, as promised here is my updated CV. I'm currently on a salary of £78k and my notice period is three
months. Best, Rhiannon</p></div>
</div></body></html>""", labels=["interview_request"], parent="<CAH2moorgate.0902@mail.gmail.com>"))

A(msg("r4-188.eml", "Ben Harcourt <ben.harcourt@me.com>", ME,
      "2026-09-04 21:31 +0100", "!!!",
      """hi R sorry been manic. they want to offer u the job at Castlegate!! call me tmrw

Sent from my iPhone
""", labels=["offer"]))

A(msg("r4-189.eml", "Workday Notifications <moorgate@myworkday.com>", ME,
      "2026-09-05 04:10 -0700", "Reminder: Interview tomorrow",
      """Hello Rhiannon,

This is a reminder of your upcoming interview:

  Senior Data Analyst (R-11820)
  Monday, September 7, 2026 11:00 AM BST
  Interviewer: Phil Armitage
  Microsoft Teams - link in your Candidate Home

If you need to reschedule, please contact your recruiter.

Moorgate Insurance Talent Acquisition
""", labels=["interview_request"]))

A(msg("r4-190.eml", "Recruitment <recruitment@leedsth.nhs.uk>", ME,
      "2026-09-08 12:00 +0100", "Principal Analyst - shortlisting",
      """Dear Rhiannon

Thank you for your application for the Principal Analyst post. Shortlisting will take place on
14 September and we aim to let all applicants know the outcome within 5 working days of that
date.

Kind regards
Medical Workforce & Recruitment Team
""", labels=["application_received", "timeline_stated"], by="2026-09-21"))
