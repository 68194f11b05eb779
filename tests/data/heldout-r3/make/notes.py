"""Interview notes as candidates jot them (round 3), written to notes/notes.json."""
import datetime as dt
import json

from mk import HERE

P, N, RO, EE = "positive_body_language", "negative_body_language", "ran_over_time", "ended_early"
AT, PI, NS, MO = "attentive_interviewer", "personal_interest", "next_steps_reviewed", "met_other_employees"
SAL, NOT, REF, TL, FU = "salary_discussed", "notice_period_asked", "references_requested", "timeline_stated", "follow_up_interview"

NOTES = [
    ("2026-03-03", "45 min w/ HM (Dan). Good convo, lots of follow-up Qs on the routing project, kept asking me to go deeper. Nodding a lot, leaning in. Said they'd let me know by Fri.", [AT, P, TL], "2026-03-06"),
    ("2026-03-05", "Panel of 3. Scheduled 1h, we finished at 11:40 (started 10). Tour of the office after, met 2 of the engineers + the designer. Asked about my notice - told them 1 month.", [RO, MO, NOT], None),
    ("2026-03-06", "ended after 20 mins of a 1hr slot. interviewer looked at his phone the whole time, arms crossed. no next steps mentioned", [EE, N], None),
    ("2026-03-09", "recruiter screen. sal expectations came up - said 75-80k, she said within band. asked about NP. she'll send to HM, hear back within a week", [SAL, NOT, TL], "2026-03-16"),
    ("2026-03-11", "final w/ VP. v friendly, asked about my kids + marathon training (!). explained the process: one more internal review then offer stage. aim to decide by end of next week", [PI, NS, TL], "2026-03-20"),
    ("2026-03-12", "didn't get to salary. no tour - all remote. HM seemed distracted, kept glancing off screen. 30 min as planned.", [N], None),
    ("2026-03-13", "Asked for 2 refs at the end, one must be current mgr. Said decision in the next few days.", [REF, TL], "2026-03-16"),
    ("2026-03-16", "they want me back for another round w/ the CEO, even though today was supposed to be the final", [FU], None),
    ("2026-03-17", "I asked about timeline - she said 'soon', nothing concrete. I asked whether they'd need references, no real answer.", [], None),
    ("2026-03-18", "Tech interview, pair programming. Lovely guy, really engaged, asked loads of 'why' qs. Went 15 min over. Smiled a lot.", [AT, RO, P], None),
    ("2026-03-19", "Quick 20 min chat, planned 30. Not bad, she just had another mtg.", [EE], None),
    ("2026-03-20", "Met the team over lunch (4 of them). HM walked me through what happens next: take-home, then panel, then refs.", [MO, NS], None),
    ("2026-03-23", "Asked what I'm on now and what I'd want. Told 68 + bonus. Also when I could start.", [SAL, NOT], None),
    ("2026-03-24", "nothing notable. standard qs. no idea how it went tbh", [], None),
    ("2026-03-25", "He asked about my hobbies + where I grew up, turned out we went to the same uni lol. Great rapport, convo just flowed.", [PI, AT], None),
    ("2026-03-26", "HM frowning thru most of my case study, turned camera off halfway. cut it short 'we have what we need'", [N, EE], None),
    ("2026-03-27", "Final round. At the end Sarah said they want to do one more call w/ the MD next week before deciding.", [FU], None),
    ("2026-03-30", "ran long - 1h45 for a 1h slot. they kept adding people in: met Tom (data eng) + Priya (PM).", [RO, MO], None),
    ("2026-03-10", "Asked for referees - sent 2 names after. Said we'll hear w/c 16th", [REF, TL], "2026-03-20"),
    ("2026-03-31", "didn't discuss notice or money. no refs asked. nice enough, bit flat.", [], None),
    ("2026-04-01", "recruiter call. She asked my NP (3 months, ugh) and if I'd consider 2 days in office.", [NOT], None),
    ("2026-04-01", "Amazing chat, she leaned in the whole time, big smiles, lots of nodding. Asked tons of followups.", [P, AT], None),
    ("2026-04-02", "He explained next steps clearly: written test by Mon, results in 2 wks.", [NS, TL], "2026-04-16"),
    ("2026-04-06", "Salary: they opened w/ 85-90k band, I said fine. No convo about start date.", [SAL], None),
    ("2026-04-07", "cut short after 25 min (sched 60) b/c fire alarm lol. they'll reschedule the rest", [EE], None),
    ("2026-04-08", "2nd stage. They asked for 3 refs incl. a peer. also asked about notice", [REF, NOT], None),
    ("2026-04-09", "Met the CEO briefly in the corridor + got a tour of the lab. otherwise standard.", [MO], None),
    ("2026-04-10", "Interviewer seemed bored, yawned twice, no eye contact", [N], None),
    ("2026-04-13", "asked me about my volunteering + why I moved to Leeds. Good vibe.", [PI], None),
    ("2026-05-12", "They said decision by end of month", [TL], "2026-05-31"),
    ("2026-04-14", "Final w/ CTO + CPO. At the end they asked for another session w/ the board chair - apparently a 'close call'.", [FU], None),
    ("2026-04-15", "overran by 30 min, HM said 'sorry, got carried away, really enjoying this'", [RO, AT], None),
    ("2026-04-16", "no tour, no intros. Didn't ask about salary (I forgot to ask too). Didn't say when they'd decide.", [], None),
    ("2026-04-17", "Recruiter asked for 2 references + my current salary", [REF, SAL], None),
    ("2026-05-20", "she said she'd let me know tmrw once she's spoken to the HM", [TL], "2026-05-21"),
    ("2026-04-20", "Went through next steps: 1) culture chat 2) refs 3) offer. Also asked when I could start.", [NS, NOT], None),
    ("2026-04-21", "He was on his laptop typing the whole time, didn't look up much. Ended 15 min early (45 min slot).", [EE, N], None),
    ("2026-04-22", "lovely, asked about my dog (she saw him on camera) + what I do at weekends", [PI], None),
    ("2026-04-23", "Sat in on a standup w/ the team, then coffee w/ 2 devs", [MO], None),
    ("2026-06-08", "final round. HM explained: they decide Thursday, if yes refs + offer next week. Asked my notice.", [NS, TL, NOT], "2026-06-11"),
    ("2026-04-24", "I asked re salary band - she said 'we'll come to that later'. I asked about timeline: no answer.", [], None),
    ("2026-04-27", "Loads of rapport, conversation flowed, interviewer kept building on my answers.", [AT], None),
    ("2026-06-15", "They asked for my referees on the spot, + said they'd decide within 10 days", [REF, TL], "2026-06-25"),
    ("2026-04-28", "smiled, relaxed, leaning back but friendly. talked pay: 70k base, fixed.", [P, SAL], None),
    ("2026-04-29", "Should've been 45 min, went to 1h10.", [RO], None),
    ("2026-04-30", "Asked for another interview w/ the regional director after this 'final' one.", [FU], None),
    ("2026-05-04", "asked about my family + whether relocating would be hard for my partner", [PI], None),
    ("2026-05-05", "hm looked irritated when I asked about remote. frowned a lot.", [N], None),
    ("2026-05-06", "got intros to the whole squad on a video call after the interview (6 people)", [MO], None),
    ("2026-07-07", "Refs pls by Fri, she said. Then outcome within 5 working days.", [REF, TL], "2026-07-14"),
    ("2026-05-07", "He talked thru what happens next (panel, then exec) but no dates.", [NS], None),
    ("2026-05-08", "asked my notice + earliest start. nothing else really.", [NOT], None),
    ("2026-05-11", "Engaged, lots of 'tell me more', took notes on what I said. Nodded a lot, v warm.", [AT, P], None),
    ("2026-05-13", "eye contact, smiling, open posture. good sign?", [P], None),
    ("2026-05-14", "final. they said one more chat needed w/ finance director. ugh.", [FU], None),
    ("2026-05-15", "didn't ask for refs. no chat about money. no tour (remote). ended on time.", [], None),
    ("2026-05-18", "talked salary in detail: 95 base + 15% bonus, negotiable", [SAL], None),
    ("2026-05-19", "she asked me to send two references by tomorrow", [REF], None),
    ("2026-08-06", "said they'll let me know by 14th", [TL], "2026-08-14"),
    ("2026-05-21", "scheduled 30 min screen, finished in 12. she said 'ok I think that's all'", [EE], None),
    ("2026-05-22", "HM explained next steps & they want me back for a 2nd round w/ the team next week", [NS], None),
    ("2026-05-26", "Great energy, she laughed at my jokes, leaned in. Ran 20 mins over.", [P, RO], None),
    ("2026-08-27", "they asked about my side project + what I read. Decision 'straight after the bank holiday' - so Tues", [PI, TL], "2026-09-01"),
    ("2026-09-09", "Recruiter: 'we'll be in touch end of next week'", [TL], "2026-09-18"),
    ("2026-05-27", "no real signs. 1 interviewer, polite. I asked about next steps, he shrugged and said not sure.", [], None),
    ("2026-05-28", "didn't get a tour as the office is being refurbished, but met Jen from finance on the way out", [MO], None),
    ("2026-05-29", "thought this was the last stage but they've asked me to come back and meet the CFO", [FU], None),
    ("2026-06-01", "colour me confused - 3 interviewers, none of them knew which role it was for. Over in 25 of 60 min.", [EE], None),
    ("2026-06-02", "he didn't mention notice, refs or pay. talked mostly about himself.", [], None),
]

out = []
for i, (date, text, labels, by) in enumerate(NOTES, 1):
    d = dt.date.fromisoformat(date)
    if by:
        b = dt.date.fromisoformat(by)
        print(f"n{i:02d} {d:%a %d %b} -> {b:%a %d %b} (+{(b - d).days})")
    out.append({"id": f"r3n-{i:02d}", "notes": text, "interview_date": date, "labels": sorted(labels),
                "timeline_expected_by": by})
(HERE / "notes" / "notes.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n")
print(len(out), "notes")
