"""Build mail-corpus-5: messages written for issue 9 (round 5) BEFORE the round's rule changes.

Written by hand by the detect5 session before it changed any rule, to be scored once at the
end of the round: English mail where interview requests and timelines fire wrongly (job
alerts, newsletters, a colleague's hiring, the reader as employer or interviewer, meetings
that are no job step, referee mail where the reader is the referee) beside real steps in odd
phrasings, references contacted with the referees named, and German, French and Spanish mail
the candidate writes herself (acceptance, withdrawal, news to a friend) from a second address
import is not told about. Standard library only; deterministic.
Run: python3 tests/data/mail-corpus-5/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from corpus_build import write_corpus  # noqa: E402 (tests/data, beside this folder)

HERE = Path(__file__).resolve().parent
ME = "sam.rivera@fastmail.com"
# Her second address, not in my_addresses: her own mail must be known by what it says.
ME2 = "Sam Rivera <samrivera.home@gmail.com>"

# (key, from, date, subject, body, labels, expected_by); a from of "!<to>" is her own mail to <to>
EN: list[tuple[str, str, str, str, str, list[str], str | None]] = [
    ("c5e-01-indeed-alert", "Indeed <alert@indeed.com>", "2026-04-01 07:00",
     "Product Analyst jobs near London",
     """Hi Sam,

Product Analyst - Finch Money - London
Hiring multiple candidates. Interviewing now. Typically responds within 3 days.

Junior Product Analyst - Oakway Retail - Remote
Urgently hiring. You could hear back by Friday.

Apply now

You are receiving this email because you created a job alert. Unsubscribe""", [], None),
    ("c5e-02-tips-newsletter", "The Muse <newsletter@themuse.com>", "2026-04-02 08:00",
     "5 questions recruiters ask on the first call",
     """This week on The Muse:

"Would you be available for a quick call next week?" It's the question that starts most
searches. Here's how to answer it, plus what to say when a recruiter asks about your notice
period or salary expectations.

Most hiring teams will get back to you within a week of the first call, so plan your follow-up
for day eight.

Read more

Manage your email preferences""", [], None),
    ("c5e-03-colleague-second-interview", "Tom Becker <tom.becker@lumen-analytics.com>",
     "2026-04-06 10:15", "Analyst candidates Thursday",
     """Hey Sam,

I've got two candidates coming in for the analyst role on Thursday. Could you sit in on the
second interview at 3pm? Should take about 45 minutes.

I've promised both of them an answer by Monday, so we'd need to debrief straight after.

Tom""", [], None),
    ("c5e-04-candidate-writes-to-sam", "Maya Ortiz <maya.ortiz@outlook.com>", "2026-04-07 18:40",
     "Data Lead role - thank you",
     """Dear Sam,

Thank you for the opportunity to interview for the Data Lead role on your team today. I really
enjoyed meeting you and Priya.

Could we schedule a short call to discuss next steps? I'm hoping to hear back by Friday as I
have another process moving quickly.

Best wishes,
Maya Ortiz""", [], None),
    ("c5e-05-dentist", "Smile Dental <appointments@smiledental.co.uk>", "2026-04-03 12:00",
     "Appointment confirmation",
     """Dear Sam,

Your appointment with Dr Shah is confirmed for Tuesday 14 April at 9:20.

We will send you a reminder text within 24 hours of your visit. If you need to rearrange,
please call us on 020 7946 0321.

Smile Dental""", [], None),
    ("c5e-06-landlord-call", "Gareth Lloyd <gareth.lloyd@lettings-lloyd.co.uk>", "2026-04-02 16:20",
     "Lease renewal",
     """Hi Sam,

Could we jump on a call on Thursday to go over the lease renewal? Let me know what time works
for you and I'll send a Teams link.

I'll get the new agreement over to you by the end of next week.

Gareth""", [], None),
    ("c5e-07-parents-evening", "Hillside Primary <office@hillside.sch.uk>", "2026-04-01 15:00",
     "Parents' evening - book your slot",
     """Dear Parent/Carer,

You are invited to meet your child's class teacher at parents' evening on Wednesday 22 April.
Please book a 10-minute slot using the link below by Friday.

We will confirm your appointment time within two days of booking.

Hillside Primary School""", [], None),
    ("c5e-08-reader-is-referee", "Brightwell Talent <talent@brightwell.design>", "2026-04-06 09:00",
     "Reference request for Alex Chen",
     """Dear Sam,

Alex Chen has applied for the Senior Designer position at Brightwell and has named you as a
referee. Could you complete our short reference form by Friday 10 April?

We'll be contacting Alex's other referee this week as well, and aim to make a decision by the
end of the month.

Kind regards,
Brightwell Talent Team""", [], None),
    ("c5e-09-friend-asks-reference", "Alex Chen <alex.chen@hey.com>", "2026-04-03 20:05",
     "Favour?",
     """Hi Sam,

I've reached the final stage at Plum and they've asked for two references. Would you be happy
for me to put your name down? They said they'd call my referees early next week and let me know
by the 17th.

Thanks so much,
Alex""", [], None),
    ("c5e-10-hiring-webinar", "GoodTime <events@goodtime.io>", "2026-04-01 14:00",
     "Webinar: schedule interviews 3x faster",
     """Hi Sam,

Join our live webinar on Thursday at 2pm BST: how top talent teams schedule interviews in
minutes, not days. We'll show you how candidates can pick their own interview slot and hear back
within 24 hours.

Save your seat

GoodTime, 600 California St, San Francisco. Unsubscribe from event emails.""", [], None),
    ("c5e-11-reorg-update", "Lisa Moreau <lisa.moreau@lumen-analytics.com>", "2026-04-08 09:30",
     "Team update",
     """Hi all,

We will share the decision on the new team structure by the end of next week. In the meantime,
please send me your availability for a 30-minute 1:1 so we can talk through any questions you
have.

Thanks,
Lisa""", [], None),
    ("c5e-12-internal-vacancy", "Internal Careers <careers@lumen-analytics.com>", "2026-04-02 11:00",
     "Internal vacancy: Analytics Manager",
     """Internal vacancy: Analytics Manager (Platform)

Applications close on Friday 10 April. Shortlisted colleagues will be invited to interview in the
week of 20 April, and everyone who applies will hear back within three weeks of the closing date.

To apply, send your CV to careers@lumen-analytics.com.

This message was sent to all staff.""", [], None),
    ("c5e-13-conference-talk", "PyData London <speakers@pydata-london.org>", "2026-04-02 10:00",
     "Your talk proposal",
     """Hi Sam,

Thank you for submitting your talk "Forecasting with messy data". The programme committee is
reviewing all proposals and we'll let you know the outcome within two weeks.

PyData London Organisers""", [], None),
    ("c5e-14-vendor-intro-call", "Jordan Fields <jordan@lattice-demo.com>", "2026-04-07 11:45",
     "Quick intro?",
     """Hi Sam,

I'd love to set up a quick intro call to show you how Lattice helps growing teams run
performance reviews and hiring. Are you free Tuesday at 11 or Wednesday afternoon?

Best,
Jordan Fields
Account Executive, Lattice""", [], None),
    ("c5e-15-you-interview-tomorrow", "Ashby <notifications@ashbyhq.com>", "2026-04-08 17:00",
     "Reminder: you're interviewing Maya Ortiz tomorrow",
     """Hi Sam,

You're scheduled to interview Maya Ortiz tomorrow at 10:00 (Onsite, Room Kepler) for Data Lead.
Please review her resume before the interview and submit feedback within 24 hours.

View interview plan""", [], None),
    ("c5e-16-candidate-survey", "Finch Money <surveys@finch.money>", "2026-04-09 12:00",
     "How was your interview experience?",
     """Hi Sam,

Thanks for interviewing with Finch. We'd love to hear about your experience: the survey takes
two minutes and your answers are anonymous.

Take the survey""", [], None),
    ("c5e-17-linkedin-digest", "LinkedIn <messages-noreply@linkedin.com>", "2026-04-04 08:00",
     "Sam, recruiters at Stripe are hiring",
     """Recruiters at Stripe are hiring for roles like yours. 3 people you know work there.

Priya Natarajan viewed your profile.

Get noticed: members who message a recruiter are twice as likely to be invited to interview.

Unsubscribe · Help""", [], None),
    ("c5e-18-agency-video-chat", "Ben Carter <ben.carter@northbridge-recruit.co.uk>",
     "2026-04-06 14:10", "Finch - great news",
     """Hi Sam,

Great news - the client loved your CV and want to get you in. Any chance you're free Weds or
Thurs afternoon for a 45 min video chat with their Head of Data?

Ben""", ["interview_request"], None),
    ("c5e-19-ats-pick-a-time", "Finch Money <no-reply@greenhouse.io>", "2026-04-07 09:00",
     "Finch Money: schedule your technical interview",
     """Hi Sam,

Please use the link below to choose a time for your technical interview with the Finch data
team. Slots are available from 13 to 17 April.

Choose a time

Finch Money Talent Team""", ["interview_request"], None),
    ("c5e-20-onsite-confirm", "Jenna Park <jenna.park@oakway.com>", "2026-04-09 15:30",
     "Tuesday",
     """Hi Sam,

Just confirming your onsite on Tuesday 14 April at 10:00. Come to the 5th floor reception and
ask for me.

Jenna""", ["interview_request"], None),
    ("c5e-21-decision-end-next-week", "Jenna Park <jenna.park@oakway.com>", "2026-04-06 17:45",
     "Thanks for today",
     """Hi Sam,

Thanks for coming in today. The team are meeting on Thursday and we'll come back to you with a
decision by the end of next week at the latest.

Jenna""", ["timeline_stated"], "2026-04-17"),
    ("c5e-22-spoke-to-marcus-helen", "Ben Carter <ben.carter@northbridge-recruit.co.uk>",
     "2026-04-15 11:00", "Quick update",
     """Hi Sam,

Quick update - I spoke to Marcus and Helen yesterday and both were glowing. Just waiting on the
final sign-off from Finch now.

Ben""", ["references_contacted"], None),
    ("c5e-23-heard-from-referees", "Oakway People Team <people@oakway.com>", "2026-04-16 10:00",
     "Your references",
     """Hi Sam,

We've now heard back from both of your referees, thank you for arranging that so quickly.

Oakway People Team""", ["references_contacted"], None),
    ("c5e-24-refs-pls", "Ben Carter <ben.carter@northbridge-recruit.co.uk>", "2026-04-13 08:50",
     "Re: Finch",
     """All good from the panel!! Refs pls - 2 names + emails, ideally a recent manager.

Ben""", ["references_requested"], None),
    ("c5e-25-referees-contacted-named", "Finch Money Talent <talent@finch.money>", "2026-04-14 13:00",
     "Reference checks",
     """Dear Sam,

Your referees, Dr Anita Patel and Tom Wright, have been contacted today. We'll be in touch once
their replies are back.

Finch Money Talent Team""", ["references_contacted"], None),
    ("c5e-26-chat-with-old-boss", "Jenna Park <jenna.park@oakway.com>", "2026-04-15 16:00",
     "one down",
     """Hi Sam - just had a lovely chat with your old boss Sarah, she couldn't speak more highly of
you. One more to go!

Jenna""", ["references_contacted"], None),
    ("c5e-27-background-check", "Oakway People Team <people@oakway.com>", "2026-04-14 09:00",
     "Background screening",
     """Hi Sam,

Our screening partner Checkr has started your background check and will reach out to the
referees you listed in the form.

Oakway People Team""", ["references_contacted"], None),
    ("c5e-28-reject-keep-on-file", "Harlow & Co Careers <careers@harlowco.com>", "2026-04-08 10:00",
     "Your application",
     """Dear Sam,

Thank you for your interest in the Insights Analyst role. After careful review we've decided not
to move forward with your application on this occasion.

We'll keep your details on file for 6 months and may be in touch if something suitable comes up.

Harlow & Co Talent""", ["rejection"], None),
    ("c5e-29-under-review-10-days", "Finch Money <no-reply@greenhouse.io>", "2026-04-01 09:20",
     "Thanks for applying to Finch Money",
     """Hi Sam,

Your application for Product Analyst is under review. We aim to respond to every applicant
within 10 working days.

Finch Money Talent Team""", ["application_received", "timeline_stated"], "2026-04-15"),
    ("c5e-30-open-to-conversation", "Rachel Kim <rachel.kim@plumtech.io>", "2026-04-02 13:00",
     "Your application to Plum",
     """Hi Sam,

I read through your application for the Analytics Engineer role and would love to learn more.
Would you be open to a conversation with our CTO next week?

Rachel Kim
Talent Partner, Plum""", ["interview_request"], None),
    ("c5e-31-quoted-invite-only", "Rachel Kim <rachel.kim@plumtech.io>", "2026-04-03 09:10",
     "Re: Final interview",
     """Thanks Sam, noted - I'll pass that on to the team.

On Thu, 2 Apr 2026 at 16:00, Rachel Kim <rachel.kim@plumtech.io> wrote:
> Hi Sam,
> Could you do Tuesday at 2pm for the final interview with Dana and Lee?
> We'll let you know the outcome within a week of it.
> Rachel""", [], None),
    ("c5e-32-offer-legal-footer", "Oakway People Team <people@oakway.com>", "2026-04-20 11:00",
     "Offer - Senior Analyst",
     """Hi Sam,

I'm delighted to offer you the role of Senior Analyst at Oakway, with a base salary of £62,000
and a 10% bonus.

Jenna

--
This email and any attachments are confidential and intended solely for the addressee. If you
have received it in error please notify the sender and delete it. Nothing in this email
constitutes a contract of employment unless confirmed in writing. Oakway Ltd is registered in
England and Wales, company number 0493021.""", ["offer", "salary_discussed"], None),
    ("c5e-33-book-order", "Amazon.co.uk <shipment-tracking@amazon.co.uk>", "2026-04-02 18:00",
     "Your order has been dispatched",
     """Hello Sam,

Your order of "Cracking the Coding Interview: 189 Programming Questions" has been dispatched
and will be delivered by Thursday.

Track your package""", [], None),
    ("c5e-34-recruiter-needs-answer", "Ben Carter <ben.carter@northbridge-recruit.co.uk>",
     "2026-04-01 12:30", "Finch role",
     """Hi Sam,

Could you let me know by Friday whether you'd like me to put your CV forward for the Finch role?
They're keen to see profiles this week.

Ben""", [], None),
    ("c5e-35-hear-either-way", "Ben Carter <ben.carter@northbridge-recruit.co.uk>", "2026-04-07 10:00",
     "Finch update",
     """Morning Sam, they're finishing first rounds this week so you should hear either way by mid
next week.

Ben""", ["timeline_stated"], "2026-04-16"),
    ("c5e-36-career-newsletter", "Otta <hello@otta.com>", "2026-04-05 09:00",
     "Stand out in 2026",
     """Hi Sam,

Make sure your application is tailored to each role: hiring managers make a shortlist decision
within two weeks on average, and a tailored CV doubles your chances of an interview.

Plus: 40 companies hiring product analysts this month.

You're receiving this because you signed up to Otta. Unsubscribe""", [], None),
    ("c5e-37-invited-to-apply", "Welcome to the Jungle <jobs@welcometothejungle.com>",
     "2026-04-03 07:30", "You're invited to apply to 5 roles",
     """Sam, you're invited to apply to 5 roles matched to your profile.

Recruiters on these roles typically respond within 2 days.

See matches

Manage notifications""", [], None),
    ("c5e-38-mentor-coffee", "Helen Moss <helen.moss@gmail.com>", "2026-04-04 19:00",
     "Coffee?",
     """Hi Sam,

Would you like to grab coffee next Thursday to chat about your career plans? I could also run a
mock interview with you if that's useful before your Finch final.

Helen""", [], None),
    ("c5e-39-reschedule", "Dan Hughes <dan.hughes@oakway.com>", "2026-04-08 08:15",
     "Change of plan",
     """Hi Sam,

Something's come up on my side - can we move your second interview to Friday at 11 instead? Sorry
for the shuffle.

Dan""", ["interview_request"], None),
    ("c5e-40-exit-interview", "HR Services <hr@lumen-analytics.com>", "2026-04-21 09:00",
     "Exit interview",
     """Dear Sam,

Your exit interview is booked for Friday 24 April at 3pm with Carol from HR. Your final payslip
will be issued within 5 working days of your leaving date.

HR Services""", [], None),
    ("c5e-41-design-review-invite", "Priya Natarajan <priya@lumen-analytics.com>", "2026-04-06 12:00",
     "Invitation: Design review @ Wed 8 Apr 2pm - 3pm",
     """Priya Natarajan has invited you to the following event.

Design review
When: Wednesday 8 April 2026, 2pm - 3pm (BST)
Where: Room Kepler / Google Meet

Going? Yes - Maybe - No""", [], None),
    ("c5e-42-decision-call-friday", "Rachel Kim <rachel.kim@plumtech.io>", "2026-04-08 17:30",
     "Plum - next steps",
     """Hi Sam,

Thanks again for your time with Dana and Lee yesterday. They're comparing notes and I'll call you
on Friday with their decision.

Rachel""", ["timeline_stated"], "2026-04-10"),
]

# (key, language, from, date, subject, body, labels, expected_by)
INTL: list[tuple[str, str, str, str, str, str, list[str], str | None]] = [
    ("c5i-01-de-own-accept", "de", "!Katrin Weber <k.weber@nordlicht-daten.de>", "2026-04-06 19:00",
     "Ihr Angebot",
     """Sehr geehrte Frau Weber,

vielen Dank für Ihr Angebot vom 3. April. Ich nehme die Stelle als Data Analyst sehr gerne an
und freue mich auf den Start am 1. Juni. Den unterschriebenen Vertrag schicke ich Ihnen bis
Freitag zurück.

Mit freundlichen Grüßen
Sam Rivera""", [], None),
    ("c5i-02-de-own-withdraw", "de", "!Jonas Brandt <j.brandt@hafenlogistik.de>", "2026-04-07 08:30",
     "Rückzug meiner Bewerbung",
     """Hallo Herr Brandt,

hiermit möchte ich meine Bewerbung für die Position Business Analyst zurückziehen, da ich ein
anderes Angebot angenommen habe. Vielen Dank für die Einladung zum Gespräch am Dienstag und für
Ihre Zeit.

Viele Grüße
Sam Rivera""", [], None),
    ("c5i-03-de-own-news", "de", "!Lena Fischer <lena.fischer@posteo.de>", "2026-04-08 21:00",
     "kurzes Update",
     """Hi Lena,

kurzes Update: ich hatte gestern mein zweites Gespräch bei Nordlicht, die wollen sich bis Ende
nächster Woche bei mir melden. Drück mir die Daumen!

Sam""", [], None),
    ("c5i-04-de-lowercase-du", "de", "Mia Vogt <mia@kiezkasse.de>", "2026-04-02 11:00",
     "deine bewerbung",
     """hallo sam,

danke für deine bewerbung! hättest du lust auf ein kurzes kennenlerngespräch nächste woche? sag
mir einfach, welcher tag dir passt.

mia""", ["interview_request"], None),
    ("c5i-05-de-lowercase-sie", "de", "Nordlicht Daten GmbH <jobs@nordlicht-daten.de>",
     "2026-04-01 10:00", "eingangsbestätigung",
     """guten tag,

vielen dank für ihre bewerbung. sie haben von uns innerhalb von zwei wochen eine rückmeldung.

ihr recruiting-team""", ["application_received", "timeline_stated"], "2026-04-15"),
    ("c5i-06-de-colleague-hiring", "de", "Paul Krüger <paul.krueger@lumen-analytics.de>",
     "2026-04-06 09:40", "Backend-Stelle",
     """Hallo Sam,

wir haben nächste Woche drei Kandidatinnen für die Backend-Stelle im Gespräch. Kannst du am
Dienstag um 10 Uhr beim zweiten Gespräch dabei sein? Wir wollen bis Freitag entscheiden.

Paul""", [], None),
    ("c5i-07-de-stepstone", "de", "StepStone <jobagent@stepstone.de>", "2026-04-03 07:00",
     "Neue Jobs für Sie",
     """Guten Tag,

wir haben 7 neue Jobs für Sie gefunden, die zu Ihrem Suchprofil passen. Die Unternehmen melden
sich meist innerhalb einer Woche bei Bewerberinnen und Bewerbern.

Jobs ansehen

Sie erhalten diese E-Mail, weil Sie einen Jobagenten eingerichtet haben. Abmelden""", [], None),
    ("c5i-08-de-referees-named", "de", "Katrin Weber <k.weber@nordlicht-daten.de>",
     "2026-04-02 15:00", "Referenzen",
     """Guten Tag Frau Rivera,

wir haben inzwischen mit Herrn Koch und Frau Yilmaz gesprochen. Beide haben sich sehr positiv
über die Zusammenarbeit mit Ihnen geäußert.

Freundliche Grüße
Katrin Weber""", ["references_contacted"], None),
    ("c5i-09-de-viewing", "de", "Hausverwaltung Berger <info@hv-berger.de>", "2026-04-01 13:00",
     "Besichtigungstermin",
     """Sehr geehrte Frau Rivera,

Ihr Termin zur Wohnungsbesichtigung ist am Donnerstag um 17 Uhr. Passt Ihnen das? Eine
Entscheidung über die Vergabe der Wohnung treffen wir innerhalb von zwei Wochen.

Hausverwaltung Berger""", [], None),
    ("c5i-10-fr-own-accept", "fr", "!Claire Laurent <c.laurent@ardoise-conseil.fr>",
     "2026-04-06 18:30", "Votre proposition",
     """Bonjour Madame Laurent,

Je vous remercie pour votre proposition. J'ai le plaisir d'accepter l'offre pour le poste de
chargée d'études et je vous retourne le contrat signé d'ici vendredi.

Bien cordialement,
Sam Rivera""", [], None),
    ("c5i-11-fr-own-withdraw", "fr", "!Recrutement Ardoise <recrutement@ardoise-conseil.fr>",
     "2026-04-07 09:00", "Candidature - analyste",
     """Bonjour,

Je souhaite retirer ma candidature au poste d'analyste, ayant accepté une autre offre. Je vous
remercie pour l'entretien de mardi et pour votre temps.

Cordialement,
Sam Rivera""", [], None),
    ("c5i-12-fr-own-news", "fr", "!Julie Martin <julie.martin@free.fr>", "2026-04-08 20:10",
     "mon entretien",
     """Coucou Julie,

j'ai eu mon entretien chez Ardoise ce matin, ils doivent me répondre d'ici la fin de la semaine
prochaine. Je croise les doigts !

Bises,
Sam""", [], None),
    ("c5i-13-fr-tu-appel", "fr", "Hugo Lefèvre <hugo@pepite.io>", "2026-04-02 10:30",
     "ta candidature",
     """Salut Sam,

merci pour ta candidature ! Est-ce que tu serais dispo pour un appel de 30 minutes jeudi ou
vendredi ?

Hugo""", ["interview_request"], None),
    ("c5i-14-fr-recu-dix-jours", "fr", "Ardoise Conseil <recrutement@ardoise-conseil.fr>",
     "2026-04-02 09:00", "Votre candidature",
     """Madame,

Nous avons bien reçu votre candidature et reviendrons vers vous sous dix jours.

Le service recrutement""", ["application_received", "timeline_stated"], "2026-04-12"),
    ("c5i-15-fr-references-named", "fr", "Hugo Lefèvre <hugo@pepite.io>", "2026-04-09 17:00",
     "retours",
     """Salut Sam,

j'ai pu échanger hier avec Paul et Amélie : des retours excellents de leur part.

Hugo""", ["references_contacted"], None),
    ("c5i-16-fr-colleague-hiring", "fr", "Nina Roux <nina.roux@lumen-analytics.fr>",
     "2026-04-06 11:00", "entretiens mardi",
     """Salut Sam,

on reçoit deux candidats pour le poste de data engineer mardi. Tu peux participer au deuxième
entretien à 14h ? On doit donner notre réponse avant vendredi.

Nina""", [], None),
    ("c5i-17-fr-wttj-newsletter", "fr", "Welcome to the Jungle <newsletter@welcometothejungle.com>",
     "2026-04-03 08:00", "Les entreprises qui recrutent cette semaine",
     """Bonjour,

Cette semaine, 120 entreprises recrutent en data. Nos conseils pour décrocher votre entretien et
recevoir une réponse sous quinze jours.

Voir les offres

Se désabonner""", [], None),
    ("c5i-18-es-own-accept", "es", "!Marta Gómez <m.gomez@iberica-datos.es>", "2026-04-06 18:00",
     "Su oferta",
     """Estimada Sra. Gómez:

Muchas gracias por su oferta. Acepto con mucho gusto el puesto de Analista de Datos y le enviaré
el contrato firmado antes del viernes.

Un cordial saludo,
Sam Rivera""", [], None),
    ("c5i-19-es-own-withdraw", "es", "!Marta Gómez <m.gomez@iberica-datos.es>", "2026-04-07 09:30",
     "Mi candidatura",
     """Hola Marta:

Quería comentarte que retiro mi candidatura al puesto, ya que he aceptado otra oferta. Muchas
gracias por la entrevista del martes.

Un saludo,
Sam""", [], None),
    ("c5i-20-es-own-news", "es", "!Lucía Pérez <lucia.perez@gmail.com>", "2026-04-08 22:00",
     "¡Segunda entrevista!",
     """¡Hola Lucía!

Ayer tuve mi segunda entrevista en Cabify y me dijeron que me contestarían la semana que viene.
¡Crucemos los dedos!

Sam""", [], None),
    ("c5i-21-es-usted-presencial", "es", "Marta Gómez <m.gomez@iberica-datos.es>",
     "2026-04-02 12:00", "Proceso de selección",
     """Estimada Sra. Rivera:

Tras revisar su candidatura, nos gustaría conocerle en una entrevista presencial. ¿Podría
indicarnos su disponibilidad para la próxima semana?

Un cordial saludo,
Marta Gómez""", ["interview_request"], None),
    ("c5i-22-es-referencias-nombradas", "es", "Carla Ruiz <carla@mercadito.app>", "2026-04-10 13:00",
     "referencias",
     """Hola Sam,

ya hablé con Andrés y con Pilar, y los dos hablaron maravillas de ti.

Carla""", ["references_contacted"], None),
    ("c5i-23-es-recibido-sin-usted", "es", "Ibérica Datos <empleo@iberica-datos.es>",
     "2026-04-02 09:00", "Solicitud recibida",
     """Hola:

Hemos recibido la solicitud para el puesto de Analista. La revisaremos y daremos respuesta en los
próximos diez días.

Ibérica Datos""", ["application_received", "timeline_stated"], "2026-04-12"),
    ("c5i-24-es-colleague-hiring", "es", "Jorge Sanz <jorge.sanz@lumen-analytics.es>",
     "2026-04-06 10:00", "entrevistas martes",
     """Hola Sam,

el martes entrevistamos a dos candidatos para la vacante de backend. ¿Puedes estar en la segunda
entrevista a las 11? Tenemos que decidir antes del viernes.

Jorge""", [], None),
    ("c5i-25-es-reject-otros", "es", "Ibérica Datos <empleo@iberica-datos.es>", "2026-04-15 10:00",
     "Proceso de selección",
     """Estimada Sra. Rivera:

Lamentamos comunicarle que hemos decidido continuar con otros candidatos cuyo perfil se ajusta
más a lo que buscamos.

Atentamente,
Ibérica Datos""", ["rejection"], None),
]


def main() -> None:
    """Write en/ and intl/ with their labels.json, and meta.json."""
    write_corpus(HERE, EN, INTL, me=f"Sam Rivera <{ME}>", address=ME, me2=ME2)


if __name__ == "__main__":
    main()
