"""Build mail-corpus-6: messages written for issue 9 (round 6) BEFORE the round's rule changes.

Written by hand by the detect6 session before it changed any rule, to be scored once at the
end of the round, in the styles where recall fails: agency and phone replies that propose a
call, warm and indirect rejections, referees named without the word "reference", a notice
period asked in passing, booking links against booked interviews, timeline traps (past
durations, contract lengths, version numbers, "by month end", "the coming fortnight"), and
German, French and Spanish interview invitations, a colleague's hiring and a receipt that
addresses nobody. Standard library only; deterministic.
Run: python3 tests/data/mail-corpus-6/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from corpus_build import write_corpus  # noqa: E402 (tests/data, beside this folder)

HERE = Path(__file__).resolve().parent
ME = "jo.hartley@fastmail.com"
ME2 = "Jo Hartley <johartley.home@gmail.com>"

# (key, from, date, subject, body, labels, expected_by); a from of "!<to>" is her own mail to <to>
# 2026-05-04 is a Monday.
EN: list[tuple[str, str, str, str, str, list[str], str | None]] = [
    (
        "c6e-01-agency-phone-call",
        "Liam Doyle <liam@talentbridge.co.uk>",
        "2026-05-04 09:12",
        "Re: Platform Engineer - Kestrel",
        """Morning Jo,

Kestrel came back already - keen to have a chat with you. Are you around for a 20 min call with
their eng manager Weds or Thurs?

Liam
Sent from my iPhone""",
        ["interview_request"],
        None,
    ),
    (
        "c6e-02-phone-reply-tomorrow",
        "Priya Shah <priya.shah@orbital.io>",
        "2026-05-05 18:40",
        "Re: your application",
        """hi jo - could u do 10am tmrw on zoom w me and our cto? keen to move fast

p""",
        ["interview_request"],
        None,
    ),
    (
        "c6e-03-hiring-manager-meet",
        "Daniel Webb <daniel.webb@hollis-labs.com>",
        "2026-05-04 14:05",
        "Hollis Labs",
        """Hi Jo,

Our recruiter passed your CV over and I'd really like to meet you. Could you pop into the office
one afternoon next week? Tuesday or Wednesday would suit me best.

Thanks,
Daniel""",
        ["interview_request"],
        None,
    ),
    (
        "c6e-04-agency-client-wants-meet",
        "Sophie Turner <sophie@peak-search.com>",
        "2026-05-06 11:30",
        "Good news",
        """Hi Jo,

Great news - Mercer Health have reviewed your profile and they'd like to meet you. They have slots
on Monday morning or Thursday after 2. Which suits?

Speak soon,
Sophie""",
        ["interview_request"],
        None,
    ),
    (
        "c6e-05-next-round-tech",
        "Ana Lopes <ana.lopes@fernhill.dev>",
        "2026-05-07 16:00",
        "Next round",
        """Hi Jo,

Thanks again for your time on Tuesday. The team were impressed and we'd like to move you forward to
the technical round - a 90 minute pairing session with two of our engineers. Let me know a couple of
times that work for you next week.

Best,
Ana""",
        ["interview_request"],
        None,
    ),
    (
        "c6e-06-calendly-link",
        "Rob Hale <rob.hale@clearpath.ai>",
        "2026-05-05 10:00",
        "Clearpath - next steps",
        """Hi Jo,

Thanks for applying for the Data Engineer role. I'd love to set up an initial 30 minute call to
talk through your background. Grab a time that suits you here:
https://calendly.com/rob-hale-clearpath/30min

Cheers,
Rob""",
        ["interview_request"],
        None,
    ),
    (
        "c6e-07-calendly-booked",
        "Calendly <notifications@calendly.com>",
        "2026-05-05 12:02",
        "New Event: Jo Hartley - 30 Minute Meeting",
        """Hi Jo Hartley,

A new event has been scheduled.

Event Type: 30 Minute Meeting with Rob Hale (Clearpath)
Invitee: Jo Hartley
Event Date/Time: 10:30am - Thursday, 7 May 2026 (British Summer Time)
Location: Google Meet

Need to make changes to this event? Cancel or Reschedule""",
        ["interview_request"],
        None,
    ),
    (
        "c6e-08-calendly-marketing",
        "Calendly <newsletter@calendly.com>",
        "2026-05-06 15:00",
        "New: routing forms for your interview scheduling",
        """Recruiting teams book 3x more interviews with routing forms.

Send candidates a booking link, let them pick a time for their interview, and we'll handle the
reminders. Try it free for 14 days.

Learn more

You're receiving this because you have a Calendly account. Unsubscribe""",
        [],
        None,
    ),
    (
        "c6e-09-booking-link-dentist",
        "Bright Smiles <bookings@brightsmiles.co.uk>",
        "2026-05-04 08:00",
        "Time for your check-up",
        """Hi Jo,

It's been six months since your last visit. Book your check-up online at a time that suits you:
https://calendly.com/brightsmiles/checkup

Bright Smiles Dental""",
        [],
        None,
    ),
    (
        "c6e-10-warm-reject-other-direction",
        "Hannah Cole <hannah.cole@larch.co>",
        "2026-05-08 17:20",
        "Larch - Product Designer",
        """Hi Jo,

I wanted to let you know personally that we've decided to go in a different direction for this
role. It was a really close call and the team loved chatting with you. I hope our paths cross
again.

Warmly,
Hannah""",
        ["rejection"],
        None,
    ),
    (
        "c6e-11-reject-not-progressing",
        "Mercer Health Careers <careers@mercerhealth.com>",
        "2026-05-11 09:00",
        "Your application",
        """Dear Jo,

Thank you for taking the time to interview with us. Unfortunately we will not be progressing your
application further on this occasion. We appreciate the effort you put into the process.

Kind regards,
Mercer Health Talent Acquisition""",
        ["rejection"],
        None,
    ),
    (
        "c6e-12-reject-agency-phone",
        "Liam Doyle <liam@talentbridge.co.uk>",
        "2026-05-12 13:10",
        "Re: Kestrel",
        """Jo - bad news I'm afraid, Kestrel have gone with someone with more Kubernetes under their belt.
Gutted for you. Will keep you in mind for the next one.

L""",
        ["rejection"],
        None,
    ),
    (
        "c6e-13-reject-role-on-hold",
        "Priya Shah <priya.shah@orbital.io>",
        "2026-05-11 11:00",
        "Update",
        """Hi Jo,

I'm sorry to say the role has been put on hold following a budget review, so we won't be able to
take things further with you for now. I'll reach out if it reopens.

Priya""",
        ["rejection"],
        None,
    ),
    (
        "c6e-14-reject-offer-accepted-elsewhere",
        "Fernhill Talent <talent@fernhill.dev>",
        "2026-05-14 10:00",
        "Senior Engineer - update",
        """Hi Jo,

Thank you for your patience. We've now filled the Senior Engineer position with a candidate who
accepted our offer last week. We really enjoyed getting to know you and would be glad to hear from
you in future.

Fernhill Talent""",
        ["rejection"],
        None,
    ),
    (
        "c6e-15-reject-unsuccessful-brit",
        "Oak & Ivy Recruitment <jobs@oakivy.co.uk>",
        "2026-05-08 15:45",
        "Application update",
        """Dear Jo,

Many thanks for your interest. I'm afraid on this occasion you have not been shortlisted for the
Analyst vacancy. We had a very strong field.

Best wishes,
Oak & Ivy""",
        ["rejection"],
        None,
    ),
    (
        "c6e-16-referees-named",
        "Daniel Webb <daniel.webb@hollis-labs.com>",
        "2026-05-13 16:30",
        "Quick update",
        """Hi Jo,

Just to say I had lovely chats with Sarah Minto and Owen Price this afternoon - both spoke very
highly of you. I'm writing up the final paperwork now.

Daniel""",
        ["references_contacted"],
        None,
    ),
    (
        "c6e-17-spoke-former-manager",
        "Sophie Turner <sophie@peak-search.com>",
        "2026-05-12 12:00",
        "Mercer",
        """Hi Jo,

Mercer caught up with your old manager at Brightline yesterday and it all went well. Just waiting
on sign-off from their finance director now.

Sophie""",
        ["references_contacted"],
        None,
    ),
    (
        "c6e-18-who-can-vouch",
        "Ana Lopes <ana.lopes@fernhill.dev>",
        "2026-05-11 10:15",
        "Last step",
        """Hi Jo,

We're nearly there. Could you send me the names and contact details of two people you've worked
with who could speak to your work, ideally one a former line manager?

Thanks,
Ana""",
        ["references_requested"],
        None,
    ),
    (
        "c6e-19-referee-details-form",
        "Hollis Labs People <people@hollis-labs.com>",
        "2026-05-12 09:00",
        "Pre-employment checks",
        """Hi Jo,

As part of our pre-employment checks, please complete the attached form with details of your
last two employers, including a contact we may approach at each.

Hollis Labs People Team""",
        ["references_requested"],
        None,
    ),
    (
        "c6e-20-referee-heard-back",
        "Mercer Health Careers <careers@mercerhealth.com>",
        "2026-05-14 14:00",
        "Checks complete",
        """Dear Jo,

Both of your referees have now responded and everything is in order.

Mercer Health Talent Acquisition""",
        ["references_contacted"],
        None,
    ),
    (
        "c6e-21-notice-in-passing",
        "Liam Doyle <liam@talentbridge.co.uk>",
        "2026-05-05 08:45",
        "Kestrel",
        """Morning Jo, before I put you forward - how soon could you start if it all went well? And what
are you on at the moment?

Liam""",
        ["notice_period_asked", "salary_discussed"],
        None,
    ),
    (
        "c6e-22-notice-how-long-tied",
        "Sophie Turner <sophie@peak-search.com>",
        "2026-05-06 13:00",
        "Mercer - couple of questions",
        """Hi Jo,

Couple of quick ones for Mercer: how long are you tied in with your current employer, and are you
open to a hybrid set-up of 3 days in the office?

Sophie""",
        ["notice_period_asked"],
        None,
    ),
    (
        "c6e-23-notice-earliest-start",
        "Rob Hale <rob.hale@clearpath.ai>",
        "2026-05-07 17:00",
        "Following up",
        """Hi Jo,

Good speaking earlier. One thing I forgot to ask - what's your earliest start date, given your
current notice?

Rob""",
        ["notice_period_asked"],
        None,
    ),
    (
        "c6e-24-notice-typo",
        "Priya Shah <priya.shah@orbital.io>",
        "2026-05-06 09:00",
        "quick q",
        """hey jo whats ur notice like atm? 1 month or 3?""",
        ["notice_period_asked"],
        None,
    ),
    (
        "c6e-25-timeline-coming-fortnight",
        "Larch Careers <careers@larch.co>",
        "2026-05-04 10:00",
        "We've received your application",
        """Hi Jo,

Thanks for applying to Larch. We've received your application for Product Designer and our team
will be in touch over the coming fortnight.

Larch Careers""",
        ["application_received", "timeline_stated"],
        "2026-05-18",
    ),
    (
        "c6e-26-timeline-month-end",
        "Daniel Webb <daniel.webb@hollis-labs.com>",
        "2026-05-08 12:00",
        "Next steps",
        """Hi Jo,

Thanks for coming in. We're seeing two more people next week and will have a decision for you by
month end.

Daniel""",
        ["timeline_stated"],
        "2026-05-31",
    ),
    (
        "c6e-27-contract-length",
        "Oak & Ivy Recruitment <jobs@oakivy.co.uk>",
        "2026-05-05 11:00",
        "Contract role",
        """Hi Jo,

I have a 6 month contract with a fintech in Leeds, outside IR35, starting in June. It's been
running for three weeks with one other contractor. Let me know if you'd like to hear more.

Oak & Ivy""",
        [],
        None,
    ),
    (
        "c6e-28-version-numbers",
        "Ana Lopes <ana.lopes@fernhill.dev>",
        "2026-05-06 10:00",
        "Take-home task",
        """Hi Jo,

For the take-home, please use Python 3.12 and Postgres 16.2; the starter repo pins Django 5.1.
We'll review what you send and come back to you within a week of receiving it.

Ana""",
        ["timeline_stated"],
        "2026-05-13",
    ),
    (
        "c6e-29-past-duration",
        "Hannah Cole <hannah.cole@larch.co>",
        "2026-05-05 15:00",
        "Sorry for the wait",
        """Hi Jo,

Sorry this has taken two weeks - our hiring manager has been off sick. I'm chasing the panel and
hope to have feedback for you by Friday.

Hannah""",
        ["timeline_stated"],
        "2026-05-08",
    ),
    (
        "c6e-30-offer-phone",
        "Priya Shah <priya.shah@orbital.io>",
        "2026-05-13 19:00",
        "!!",
        """jo!! we want you on the team. formal offer coming tmrw, 75k + equity as discussed. so pleased

p""",
        ["offer", "salary_discussed"],
        None,
    ),
    (
        "c6e-31-offer-footer-only",
        "Clearpath <talent@clearpath.ai>",
        "2026-05-06 09:00",
        "Interview confirmation",
        """Hi Jo,

Your interview with Rob Hale is confirmed for Thursday 7 May at 10:30 on Google Meet.

This email and any attachments are confidential and intended solely for the addressee. If you have
received this email in error please notify the sender. Nothing in this email constitutes an offer
of employment or a contract. Clearpath Ltd is registered in England and Wales.""",
        ["interview_request"],
        None,
    ),
    (
        "c6e-32-colleague-hiring",
        "Mia Grant <mia.grant@northwind.com>",
        "2026-05-05 09:30",
        "can you help Thursday?",
        """Hi Jo,

We've got a candidate for the data role in on Thursday at 2. Any chance you could do the system
design interview with me? I'll send the pack tomorrow.

Mia""",
        [],
        None,
    ),
    (
        "c6e-33-own-mail-accept",
        "!sophie@peak-search.com",
        "2026-05-15 08:00",
        "Re: Mercer offer",
        """Hi Sophie,

Thrilled - I'm very happy to accept. I'll hand in my notice today, so a start on 15 June works.
Thanks for everything.

Jo""",
        [],
        None,
    ),
    (
        "c6e-34-quoted-reject-only",
        "Hannah Cole <hannah.cole@larch.co>",
        "2026-05-09 10:00",
        "Re: Larch - Product Designer",
        """Of course - happy to share a few notes on Monday.

Hannah

On Fri, 8 May 2026 at 18:02, Jo Hartley <jo.hartley@fastmail.com> wrote:
> Thanks Hannah. Would you be able to share any feedback? I was sorry to hear you've decided to go
> in a different direction.""",
        [],
        None,
    ),
    (
        "c6e-35-ats-status-rejected",
        "Workday <noreply@myworkday.com>",
        "2026-05-10 06:00",
        "Your candidate home has been updated",
        """Hello Jo,

The status of your application has changed.

Job Requisition
R-10442 Senior Data Engineer

Status
No Longer Under Consideration

Mercer Health""",
        ["rejection"],
        None,
    ),
    (
        "c6e-36-recruiter-screen-call-human",
        "Ellie Marsh <ellie.marsh@brightline-talent.com>",
        "2026-05-04 16:10",
        "Senior Analyst - Northwind",
        """Hi Jo,

I'm recruiting for a Senior Analyst at Northwind and your profile looks a great match. Do you have
15 minutes tomorrow or Wednesday for a quick call? Happy to work around you.

Ellie Marsh
Brightline Talent""",
        ["interview_request"],
        None,
    ),
    (
        "c6e-37-newsletter-interviews",
        "Hacker Weekly <digest@hackerweekly.dev>",
        "2026-05-07 07:00",
        "This week: interviews, offers and notice periods",
        """Hi Jo,

This week's picks:
- Why most engineers negotiate their offer wrong
- "We'd love to invite you to a final interview": what it really means
- How long should your notice period be?

Read the issue

Unsubscribe | Manage preferences""",
        [],
        None,
    ),
    (
        "c6e-38-timeline-after-interview",
        "Ellie Marsh <ellie.marsh@brightline-talent.com>",
        "2026-05-07 17:30",
        "Northwind",
        """Hi Jo,

Thanks for speaking with Northwind today. They're wrapping up first interviews this week and I
should hear back from them by Tuesday - will let you know the minute I do.

Ellie""",
        ["timeline_stated"],
        "2026-05-12",
    ),
    (
        "c6e-39-received-phone",
        "Daniel Webb <daniel.webb@hollis-labs.com>",
        "2026-05-04 08:30",
        "Re: application",
        """Got your CV, thanks Jo - will have a read today.

D""",
        ["application_received"],
        None,
    ),
    (
        "c6e-40-reject-kept-warm",
        "Sophie Turner <sophie@peak-search.com>",
        "2026-05-11 17:00",
        "Mercer update",
        """Hi Jo,

Just off the phone with Mercer. They felt you were very strong but have decided to progress with a
candidate who has more NHS experience. I know that's disappointing - let's talk about the next
ones on my list.

Sophie""",
        ["rejection"],
        None,
    ),
    (
        "c6e-41-reject-not-this-time",
        "Clearpath <talent@clearpath.ai>",
        "2026-05-12 10:00",
        "Data Engineer at Clearpath",
        """Hi Jo,

Thanks for speaking with Rob last week. After reflecting on all the conversations, it's not a yes
from us this time - we're looking for someone with deeper streaming experience.

Clearpath Talent""",
        ["rejection"],
        None,
    ),
    (
        "c6e-42-interview-reminder",
        "Greenhouse <no-reply@greenhouse.io>",
        "2026-05-06 08:00",
        "Reminder: Your interview with Fernhill tomorrow",
        """Hi Jo,

This is a reminder of your upcoming interview.

When: Thursday, May 7, 2026, 2:00 PM - 3:30 PM BST
Where: Zoom (link below)
With: Ana Lopes, Marcus Reid

Fernhill""",
        ["interview_request"],
        None,
    ),
    (
        "c6e-43-feedback-call-not-interview",
        "Hannah Cole <hannah.cole@larch.co>",
        "2026-05-12 09:00",
        "Feedback",
        """Hi Jo,

Happy to talk you through the feedback from the panel - would a 15 minute call on Wednesday work?

Hannah""",
        [],
        None,
    ),
    (
        "c6e-44-references-named-referee-side",
        "Owen Price <owen.price@gmail.com>",
        "2026-05-13 20:00",
        "Hollis",
        """Hey Jo, Daniel from Hollis rang me today about you - told him you're brilliant, obviously.
Good luck!

Owen""",
        ["references_contacted"],
        None,
    ),
]

INTL: list[tuple[str, str, str, str, str, str, list[str], str | None]] = [
    (
        "c6i-01-de-du-call",
        "de",
        "Jana Keller <jana.keller@nordwerk.de>",
        "2026-05-04 10:00",
        "Deine Bewerbung",
        """Hallo Jo,

danke für deine Bewerbung! Wir würden dich gern in einem kurzen Videocall kennenlernen. Hättest du
am Mittwoch oder Donnerstag Nachmittag Zeit?

Viele Grüße
Jana""",
        ["application_received", "interview_request"],
        None,
    ),
    (
        "c6i-02-de-sie-vorstellung",
        "de",
        "Dr. Markus Brandt <m.brandt@alpentech.de>",
        "2026-05-05 09:00",
        "Einladung",
        """Sehr geehrte Frau Hartley,

vielen Dank für Ihr Interesse. Gerne möchten wir Sie zu einem persönlichen Vorstellungstermin am
12. Mai um 14 Uhr in unser Büro in München einladen. Bitte bestätigen Sie uns den Termin kurz.

Mit freundlichen Grüßen
Markus Brandt""",
        ["interview_request"],
        None,
    ),
    (
        "c6i-03-de-agency-telefonat",
        "de",
        "Tim Vogel <tim.vogel@hirepoint.de>",
        "2026-05-06 11:00",
        "Kurzes Telefonat?",
        """Hi Jo,

mein Kunde ist sehr angetan von deinem Profil. Passt dir morgen um 11 ein kurzes Telefonat mit dem
Teamlead?

Tim""",
        ["interview_request"],
        None,
    ),
    (
        "c6i-04-de-absage-warm",
        "de",
        "Jana Keller <jana.keller@nordwerk.de>",
        "2026-05-12 16:00",
        "Rückmeldung",
        """Hallo Jo,

leider müssen wir dir mitteilen, dass wir uns für jemanden entschieden haben, der schon mehr
Erfahrung mit Kotlin mitbringt. Es war wirklich knapp.

Alles Gute
Jana""",
        ["rejection"],
        None,
    ),
    (
        "c6i-05-de-colleague-hiring",
        "de",
        "Felix Roth <felix.roth@nordwerk.de>",
        "2026-05-05 08:30",
        "Interview Donnerstag",
        """Hi Jo,

am Donnerstag kommt eine Kandidatin für die Backend-Stelle. Kannst du beim zweiten Gespräch um 15
Uhr dabei sein?

Felix""",
        [],
        None,
    ),
    (
        "c6i-06-de-zeitrahmen",
        "de",
        "AlpenTech Karriere <karriere@alpentech.de>",
        "2026-05-04 09:00",
        "Eingangsbestätigung",
        """Sehr geehrte Frau Hartley,

Ihre Bewerbungsunterlagen sind bei uns eingegangen. Wir melden uns innerhalb von drei Wochen bei
Ihnen.

Ihr AlpenTech Recruiting""",
        ["application_received", "timeline_stated"],
        "2026-05-25",
    ),
    (
        "c6i-07-fr-vous-entretien",
        "fr",
        "Claire Martin <claire.martin@lumiere-conseil.fr>",
        "2026-05-04 10:30",
        "Votre candidature",
        """Bonjour Madame Hartley,

Votre profil a retenu toute notre attention. Seriez-vous disponible pour un entretien en visio
jeudi ou vendredi matin ?

Bien cordialement,
Claire Martin""",
        ["interview_request"],
        None,
    ),
    (
        "c6i-08-fr-tu-cafe",
        "fr",
        "Hugo Bernard <hugo@startup-velo.fr>",
        "2026-05-05 17:00",
        "On se voit ?",
        """Salut Jo,

j'ai lu ton CV, super parcours ! Ça te dirait de passer prendre un café au bureau mardi pour qu'on
en discute ?

Hugo""",
        ["interview_request"],
        None,
    ),
    (
        "c6i-09-fr-cabinet-rdv",
        "fr",
        "Sarah Petit <s.petit@talentis.fr>",
        "2026-05-06 09:15",
        "Poste Data Analyst",
        """Bonjour Jo,

Mon client souhaite vous rencontrer pour le poste de Data Analyst. Je vous propose un rendez-vous
téléphonique lundi à 10h, cela vous convient-il ?

Sarah Petit
Talentis""",
        ["interview_request"],
        None,
    ),
    (
        "c6i-10-fr-refus-warm",
        "fr",
        "Claire Martin <claire.martin@lumiere-conseil.fr>",
        "2026-05-13 11:00",
        "Votre candidature",
        """Bonjour Madame Hartley,

Nous avons beaucoup apprécié nos échanges. Malheureusement, nous avons retenu un candidat dont le
profil correspond davantage à nos besoins actuels.

Bien cordialement,
Claire Martin""",
        ["rejection"],
        None,
    ),
    (
        "c6i-11-fr-collegue-recrute",
        "fr",
        "Paul Girard <paul.girard@lumiere-conseil.fr>",
        "2026-05-06 14:00",
        "Entretien jeudi",
        """Salut Jo,

on reçoit un candidat jeudi à 14h pour le poste de consultant. Tu peux faire le deuxième entretien
avec moi ?

Paul""",
        [],
        None,
    ),
    (
        "c6i-12-fr-references-noms",
        "fr",
        "Sarah Petit <s.petit@talentis.fr>",
        "2026-05-12 15:00",
        "Point",
        """Bonjour Jo,

J'ai pu joindre Mme Lefèvre et M. Rousseau ce matin, leurs retours sont excellents.

Sarah""",
        ["references_contacted"],
        None,
    ),
    (
        "c6i-13-es-tu-entrevista",
        "es",
        "Lucía Navarro <lucia@nubedatos.es>",
        "2026-05-04 12:00",
        "Tu candidatura",
        """Hola Jo:

Gracias por tu interés en Nube Datos. Nos encantaría tener una primera entrevista contigo por
videollamada. ¿Te viene bien el jueves a las 16:00?

Un saludo,
Lucía""",
        ["interview_request"],
        None,
    ),
    (
        "c6i-14-es-usted-citar",
        "es",
        "Recursos Humanos <rrhh@grupo-alba.es>",
        "2026-05-05 09:00",
        "Proceso de selección - Analista",
        """Estimada Sra. Hartley:

Nos complace citarla para una entrevista en nuestras oficinas de Madrid el próximo martes 12 de
mayo a las 10:00. Le rogamos que confirme su asistencia.

Atentamente,
Grupo Alba""",
        ["interview_request"],
        None,
    ),
    (
        "c6i-15-es-recibido-nadie",
        "es",
        "Grupo Alba Empleo <empleo@grupo-alba.es>",
        "2026-05-04 08:00",
        "Candidatura recibida",
        """Se ha recibido correctamente la candidatura para la oferta Analista de Datos (ref. 2231).
El equipo de selección la revisará en un plazo de dos semanas.

Grupo Alba""",
        ["application_received", "timeline_stated"],
        "2026-05-18",
    ),
    (
        "c6i-16-es-rechazo-calido",
        "es",
        "Lucía Navarro <lucia@nubedatos.es>",
        "2026-05-12 18:00",
        "Sobre el proceso",
        """Hola Jo:

Te escribo para contarte que al final nos hemos decantado por otra persona con más experiencia en
Spark. De verdad ha sido una decisión difícil; nos encantó conocerte.

Un abrazo,
Lucía""",
        ["rejection"],
        None,
    ),
    (
        "c6i-17-es-colega-contrata",
        "es",
        "Pablo Ruiz <pablo.ruiz@nubedatos.es>",
        "2026-05-06 10:00",
        "entrevista viernes",
        """Hola Jo,

el viernes viene una candidata para la vacante de frontend. ¿Me acompañas en la entrevista técnica
a las 12?

Pablo""",
        [],
        None,
    ),
    (
        "c6i-18-es-preaviso",
        "es",
        "Marta Gil <marta.gil@headhunt.es>",
        "2026-05-07 11:00",
        "Una pregunta",
        """Hola Jo,

antes de presentarte al cliente, ¿cuánto preaviso tienes que dar en tu empresa actual?

Marta""",
        ["notice_period_asked"],
        None,
    ),
    (
        "c6i-19-es-oferta",
        "es",
        "Recursos Humanos <rrhh@grupo-alba.es>",
        "2026-05-14 12:00",
        "Oferta",
        """Estimada Sra. Hartley:

Nos complace ofrecerle el puesto de Analista de Datos con un salario bruto anual de 42.000 euros.
Le agradeceríamos una respuesta antes del 21 de mayo.

Atentamente,
Grupo Alba""",
        ["offer", "salary_discussed"],
        None,
    ),
    (
        "c6i-20-de-referenzen-namen",
        "de",
        "Tim Vogel <tim.vogel@hirepoint.de>",
        "2026-05-13 17:00",
        "Update",
        """Hi Jo,

ich habe heute mit Frau Albers und Herrn Kühn telefoniert, beide waren voll des Lobes.

Tim""",
        ["references_contacted"],
        None,
    ),
]


def main() -> None:
    """Write en/ and intl/ with their labels.json, and meta.json."""
    write_corpus(HERE, EN, INTL, me=f"Jo Hartley <{ME}>", address=ME, me2=ME2)


if __name__ == "__main__":
    main()
