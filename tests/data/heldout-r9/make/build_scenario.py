"""Builds scenario/ (part 3 of 3): mailbox.mbox + expected.json. Run from tests/data/heldout-r9."""
import json
import mailbox
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from mk import build, ics  # noqa: E402

DEV = "Sam Okoro <sam@samokoro.dev>"
GM = "Sam Okoro <samokoro88@gmail.com>"
GH = "no-reply@us.greenhouse-mail.io"
PRITI = "Priti Nair <priti.nair@fernway.com>"
CAL = "Callum Reid <callum@harlowgames.com>"
CAL2 = "Callum Reid <callum.reid@brightpathtalent.com>"
NORA = "Nora Feld <nora.feld@quaysidebank.com>"
SMH = "Talent Acquisition <talent@stmargarets.com.sg>"
ROWS = []


def m(name, app, mine, frm, to, subj, date, body, reply=None, unlinked_ok=False, **kw):
    mid = f"<r9s-{name}@{frm.split('@')[-1].rstrip('>')}>"
    msg = build(frm, subj, date, body, to=to, mid=mid, reply_to_id=reply, **kw)
    ROWS.append((msg, {"name": name, "subject": subj, "message_id": mid, "application": app,
                       "mine": mine, **({"unlinked_ok": True} if unlinked_ok else {})}))
    return mid


FOOT = ("\n\nQuayside Bank plc is authorised by the Prudential Regulation Authority. Nothing in "
        "this message is an offer of employment or of banking services. Confidential.")

m("01-gh-fernway", "fernway", False, f"Fernway Logistics <{GH}>", DEV,
  "Thank you for applying to Fernway Logistics", "Mon, 05 Oct 2026 13:02:00 +0000",
  "Hi Sam,\n\nThanks for applying for Network Planning Manager at Fernway Logistics. Our team "
  "will review your application and be in touch if there's a fit.\n\nFernway Logistics Talent")
m("02-gh-harlow", "harlow", False, f"Harlow Games <{GH}>", GM,
  "Thanks for applying to Harlow Games!", "Wed, 07 Oct 2026 21:40:00 +0000",
  "Hi Sam,\n\nWe've received your application for Production Manager at Harlow Games. We read "
  "everything, promise.\n\nHarlow Games Recruiting")
m("03-wd-stm", "stmargaret", False, "St Margaret's Hospital <stmargarets@myworkday.com>", DEV,
  "Application received: Supply Chain Lead (R-7719)", "Sat, 10 Oct 2026 09:00:00 +0800",
  "Dear Sam Okoro,\n\nThank you for applying to the Supply Chain Lead role at St Margaret's "
  "Hospital, Singapore. Your application is under review.\n\nTalent Acquisition")
m("04-podcast", None, False, "Ops Talk <hello@opstalk.fm>", DEV,
  "Ep. 88: an interview with a warehouse robot skeptic", "Mon, 12 Oct 2026 06:00:00 +0000",
  "In this week's interview, we talk to a DC manager about why she turned down an offer from a "
  "robotics vendor. Plus: your questions on next steps after peak.")
p5 = m("05-priti-screen", "fernway", False, PRITI, DEV, "Network Planning Manager - intro call",
       "Tue, 13 Oct 2026 10:15:00 +0100",
       "Hi Sam,\n\nThanks for your application - I'd love to set up a quick intro call. Are you "
       "free Thursday or Friday afternoon?\n\nPriti Nair\nTalent Partner, Fernway Logistics")
m("06-sam-avail", "fernway", True, DEV, PRITI, "Re: Network Planning Manager - intro call",
  "Tue, 13 Oct 2026 12:01:00 +0100", "Hi Priti, Thursday after 2pm works well. Thanks! Sam",
  reply=p5)
m("07-harlow-invite", "harlow", False, CAL, GM, "Invitation: Production Manager interview",
  "Wed, 14 Oct 2026 16:00:00 +0100",
  "Hi Sam, the team would like to meet you - invite attached for Monday 19th.\nCallum",
  ics=ics("REQUEST", "harlow-pm-1", "20261019T130000Z", "20261019T140000Z",
          "Production Manager interview - Sam Okoro", "callum@harlowgames.com", "samokoro88@gmail.com"))
m("08-harlow-cancel", "harlow", False, CAL, GM, "Canceled: Production Manager interview",
  "Thu, 15 Oct 2026 09:00:00 +0100", "Sorry Sam, our studio head is off sick - moving this.",
  ics=ics("CANCEL", "harlow-pm-1", "20261019T130000Z", "20261019T140000Z",
          "Production Manager interview - Sam Okoro", "callum@harlowgames.com",
          "samokoro88@gmail.com", seq=1))
m("09-harlow-new", "harlow", False, CAL, GM, "Invitation: Production Manager interview (new time)",
  "Thu, 15 Oct 2026 09:05:00 +0100", "New time below - Tuesday 20th, 11am.\nCallum",
  ics=ics("REQUEST", "harlow-pm-2", "20261020T100000Z", "20261020T110000Z",
          "Production Manager interview - Sam Okoro", "callum@harlowgames.com", "samokoro88@gmail.com"))
m("10-friend", None, False, "Tolu <tolu.bakare@gmail.com>", GM, "u alive?",
  "Fri, 16 Oct 2026 22:00:00 +0100",
  "how many interviews have you got next week lol. pub sunday? my offer of a lift stands")
p11 = m("11-fernway-panel", "fernway", False, PRITI, DEV, "Next stage - panel interview",
        "Mon, 19 Oct 2026 11:00:00 +0100",
        "Hi Sam, great speaking Thursday. The team would like you to come in for a panel "
        "interview on Monday 26 October, 10:00, at our Daventry office. Does that work?\nPriti")
p12 = m("12-sam-thanks-harlow", "harlow", True, GM, CAL, "Thank you - today's interview",
        "Tue, 20 Oct 2026 18:30:00 +0100",
        "Hi Callum, thank you for arranging today - I really enjoyed meeting Aoife and the team. "
        "Very excited about the live-ops roadmap.\nBest, Sam")
m("13-callum-quick", "harlow", False, CAL, GM, "Re: Thank you - today's interview",
  "Wed, 21 Oct 2026 09:10:00 +0100",
  "Thanks Sam, the team enjoyed it too. We'll be in touch by the end of next week with a decision.\nCallum",
  reply=p12, quoted="On Tue, 20 Oct 2026 at 18:30, Sam Okoro wrote:\n> Hi Callum, thank you for arranging today")
m("14-stm-invite", "stmargaret", False, SMH, DEV, "Supply Chain Lead - video interview",
  "Thu, 22 Oct 2026 15:00:00 +0800",
  "Dear Sam,\n\nWe would like to invite you to a video interview with our Director of Operations "
  "on 2 November at 4pm Singapore time (8am UK). A Zoom link will follow.\n\nKind regards\nTalent Acquisition")
m("15-school", None, False, "Brookfield Primary <office@brookfieldprimary.org.uk>", DEV,
  "Newsletter: Harvest festival and governor interviews", "Fri, 23 Oct 2026 15:30:00 +0100",
  "Thank you to all who came to harvest festival! We will be holding interviews for the parent "
  "governor role next week. Cake sale offer: 3 for 1 pound.")
p16 = m("16-sam-thanks-fernway", "fernway", True, DEV, PRITI, "Thank you - panel today",
        "Mon, 26 Oct 2026 17:00:00 +0000",
        "Hi Priti, please pass on my thanks to Mark, Jas and Elena for today. I enjoyed the case "
        "exercise on the Daventry network.\nBest wishes, Sam")
p17 = m("17-priti-refs", "fernway", False, PRITI, DEV, "Re: Thank you - panel today",
        "Thu, 29 Oct 2026 16:40:00 +0000",
        "Hi Sam, thanks for your note and sorry for the slow reply. Feedback is strong and we'd "
        "like to move to references - could you send me two referees, ideally a recent manager?\nPriti",
        reply=p16)
m("18-sam-refs", "fernway", True, DEV, PRITI, "Re: Thank you - panel today",
  "Thu, 29 Oct 2026 20:15:00 +0000",
  "Hi Priti, of course: Dr Helen Marsh (Tessaly Consulting, helen.marsh@tessaly.co.uk) and "
  "Gavin Lowe (my current manager, gavin.lowe@arclight-retail.co.uk). Thanks, Sam", reply=p17)
m("19-gh-harlow-reject", "harlow", False, f"Harlow Games <{GH}>", GM,
  "An update on your Harlow Games application", "Fri, 30 Oct 2026 17:00:00 +0000",
  "Hi Sam,\n\nThank you for your time with the team. After a lot of discussion we've decided to "
  "go with a candidate who has more mobile live-ops experience, so we won't be moving forward.\n\n"
  "Harlow Games Recruiting")
m("20-referee", "fernway", False, "Helen Marsh <helen.marsh@tessaly.co.uk>", DEV,
  "Fernway called!", "Mon, 02 Nov 2026 12:30:00 +0000",
  "Sam! Priti from Fernway rang this morning - I told her they'd be mad not to hire you. Good luck!\nH",
  unlinked_ok=True)
m("21-callum-moved", "quayside", False, CAL2, GM, "New role, new hat - Quayside Bank",
  "Mon, 02 Nov 2026 14:00:00 +0000",
  "Hi Sam, Callum here - I've left Harlow and joined Brightpath Talent. Sorry it didn't work out "
  "there. I'm working on an Operations Analyst role at Quayside Bank that looks like a great fit - "
  "would you be open to me putting you forward?\nCallum", unlinked_ok=True)
m("22-stm-timeline", "stmargaret", False, SMH, DEV, "Thank you for interviewing",
  "Tue, 03 Nov 2026 10:00:00 +0800",
  "Dear Sam,\n\nThank you for speaking with Ms Tan yesterday. The panel will make its decision "
  "and we will inform you within two weeks.\n\nTalent Acquisition")
m("23-sam-callum", "quayside", True, GM, CAL2, "Re: New role, new hat - Quayside Bank",
  "Wed, 04 Nov 2026 08:00:00 +0000", "Hi Callum, congrats on the move! Yes please, go ahead. Sam")
m("24-callum-quayside", "quayside", False, CAL2, GM, "Quayside - they'd like to meet you",
  "Thu, 05 Nov 2026 11:30:00 +0000",
  "Sam - Nora Feld, the hiring manager at Quayside, would like to meet you next Tuesday. What are "
  "you currently on, so I can position the number? Their range is 50-56k.\nCallum")
m("25-parcel", None, False, "Evri <noreply@evri.com>", DEV, "Your parcel is nearly there",
  "Fri, 06 Nov 2026 08:00:00 +0000",
  "Your parcel's current position: at your local depot. We'll get back to you with a 1-hour "
  "window tomorrow morning.")
m("26-priti-refs-contacted", "fernway", False, PRITI, DEV, "Quick update",
  "Mon, 09 Nov 2026 13:00:00 +0000",
  "Hi Sam, just to let you know I've spoken with Helen and Gavin - both glowing. Sign-off "
  "meeting is Thursday.\nPriti")
m("27-nora-teams", "quayside", False, NORA, GM, "Operations Analyst - interview (Teams)",
  "Mon, 09 Nov 2026 15:00:00 +0000", None,
  html="<p>Hi Sam,</p><p>Looking forward to meeting you tomorrow at 2pm.</p><p><b>Microsoft "
  "Teams meeting</b><br><a href='https://teams.microsoft.com/l/meetup-join/q'>Click here to join "
  "the meeting</a></p><p>Nora Feld<br>Head of Operations</p><p style='font-size:9px'>" + FOOT + "</p>")
m("28-fwd-self", "fernway", True, GM, DEV, "Fwd: Quick update", "Mon, 09 Nov 2026 19:00:00 +0000",
  "for the folder\n\n---------- Forwarded message ---------\nFrom: Priti Nair <priti.nair@fernway.com>\n"
  "Date: Mon, 9 Nov 2026 at 13:00\nSubject: Quick update\n\nHi Sam, just to let you know I've spoken "
  "with Helen and Gavin - both glowing.", unlinked_ok=True)
p29 = m("29-sam-thanks-nora", "quayside", True, GM, NORA, "Thank you",
        "Tue, 10 Nov 2026 17:30:00 +0000",
        "Hi Nora, thanks for your time this afternoon - I enjoyed hearing about the payments "
        "reconciliation work. Sam")
m("30-fernway-offer", "fernway", False, PRITI, DEV, "Your offer from Fernway",
  "Thu, 12 Nov 2026 16:00:00 +0000",
  "Hi Sam,\n\nDelighted to say we'd like to offer you the Network Planning Manager role: GBP 64,000 "
  "base, car allowance and 10% bonus. Offer letter attached.\n\nPriti")
m("31-helen-bookclub", None, False, "Helen Marsh <helen.marsh@tessaly.co.uk>", DEV, "book club",
  "Thu, 12 Nov 2026 20:00:00 +0000",
  "Are you coming Tuesday? We're doing the one about the interview with the spy. I'll get back to "
  "you about the venue.\nH")
m("32-landlord", None, False, "Kevin Dyer <kevin.dyer@outlook.com>", DEV, "window",
  "Fri, 13 Nov 2026 09:00:00 +0000",
  "Hi Sam, glazier is booked up, we'll get back to you next week. Good luck with the interviews btw. Kev")
m("33-nora-quick", "quayside", False, NORA, GM, "Re: Thank you", "Wed, 11 Nov 2026 09:15:00 +0000",
  "Thanks Sam, likewise! We'll let Callum know our decision by Friday.\nNora" + FOOT, reply=p29)
m("34-stm-notice", "stmargaret", False, SMH, DEV, "Supply Chain Lead - a question",
  "Mon, 16 Nov 2026 09:00:00 +0800",
  "Dear Sam,\n\nAs we finalise, could you please confirm your notice period and earliest start "
  "date, given relocation to Singapore?\n\nTalent Acquisition")
m("35-sam-accept", "fernway", True, DEV, PRITI, "Re: Your offer from Fernway",
  "Tue, 17 Nov 2026 10:00:00 +0000", "Hi Priti, I'm delighted to accept. Signed letter attached. Sam")
m("36-callum-final", "quayside", False, CAL2, GM, "Quayside - final round",
  "Tue, 17 Nov 2026 12:00:00 +0000",
  "Sam, Nora wants you back for a final round with the COO - are you free Thursday?\nCallum")

ROWS.sort(key=lambda r: __import__("email.utils").utils.parsedate_to_datetime(r[0]["Date"]))
out = Path(__file__).resolve().parent.parent / "scenario"
box_path = out / "mailbox.mbox"
box_path.unlink(missing_ok=True)
box = mailbox.mbox(str(box_path))
for msg, _ in ROWS:
    box.add(mailbox.mboxMessage(msg))
box.flush()
box.close()
expected = {
    "story": "Sam Okoro, four applications, Oct-Nov 2026; writes from sam@samokoro.dev and "
             "samokoro88@gmail.com; no Sent folder.",
    "my_addresses": ["sam@samokoro.dev", "samokoro88@gmail.com"],
    "applications": [
        {"key": "fernway", "company": "Fernway Logistics", "role": "Network Planning Manager",
         "applied": "2026-10-05",
         "contacts": [{"name": "Priti Nair", "email": "priti.nair@fernway.com", "role": "recruiter"}]},
        {"key": "harlow", "company": "Harlow Games", "role": "Production Manager",
         "applied": "2026-10-07",
         "contacts": [{"name": "Callum Reid", "email": "callum@harlowgames.com", "role": "recruiter"}]},
        {"key": "stmargaret", "company": "St Margaret's Hospital", "role": "Supply Chain Lead",
         "applied": "2026-10-10", "contacts": []},
        {"key": "quayside", "company": "Quayside Bank", "role": "Operations Analyst",
         "applied": "2026-11-04",
         "contacts": [{"name": "Nora Feld", "email": "nora.feld@quaysidebank.com",
                       "role": "hiring_manager"}]},
    ],
    "messages": [row for _, row in ROWS],
    "signals": [
        {"application": "fernway", "kinds": ["offer"], "present": True},
        {"application": "fernway", "kinds": ["references_requested"], "present": True},
        {"application": "fernway", "kinds": ["references_contacted"], "present": True},
        {"application": "fernway", "kinds": ["rejection"], "present": False},
        {"application": "fernway", "kinds": ["thank_you_quick_reply"], "present": False},
        {"application": "harlow", "kinds": ["rejection"], "present": True},
        {"application": "harlow", "kinds": ["offer"], "present": False},
        {"application": "harlow", "kinds": ["timeline_stated"], "present": True,
         "expected_by": "2026-10-30"},
        {"application": "harlow", "kinds": ["thank_you_quick_reply"], "present": True},
        {"application": "stmargaret", "kinds": ["timeline_stated"], "present": True,
         "expected_by": "2026-11-17"},
        {"application": "stmargaret", "kinds": ["notice_period_asked"], "present": True},
        {"application": "stmargaret", "kinds": ["interview_request"], "present": True},
        {"application": "stmargaret", "kinds": ["rejection", "offer"], "present": False},
        {"application": "quayside", "kinds": ["interview_request"], "present": True},
        {"application": "quayside", "kinds": ["salary_discussed"], "present": True},
        {"application": "quayside", "kinds": ["timeline_stated"], "present": True,
         "expected_by": "2026-11-13"},
        {"application": "quayside", "kinds": ["thank_you_quick_reply"], "present": True},
        {"application": "quayside", "kinds": ["offer", "rejection"], "present": False},
    ],
    "statuses": [
        {"application": "fernway", "any_of": ["offer", "accepted"]},
        {"application": "harlow", "any_of": ["rejected"]},
        {"application": "stmargaret", "none_of": ["rejected", "offer", "accepted", "applied"]},
        {"application": "quayside", "none_of": ["rejected", "offer", "accepted"]},
    ],
}
(out / "expected.json").write_text(json.dumps(expected, indent=1) + "\n")
print(len(ROWS), "messages")
