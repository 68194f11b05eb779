"""Build mail-corpus-4: messages written for issue 9 (round 4) BEFORE the round's rule changes.

Written by hand by the detect4 session before it changed any rule, to be scored once at the
end of the round: English mail full of job words that is no step in the reader's own process
(job alerts, recruiter marketing, the current employer's HR, a colleague's hiring, a friend's
interviews, everyday mail with dates) beside real steps in odd phrasings, and German, French
and Spanish mail in both forms of address (Sie/du, vous/tu, usted/tú). Standard library only;
deterministic. Run: python3 tests/data/mail-corpus-4/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from corpus_build import write_corpus  # noqa: E402 (tests/data, beside this folder)

HERE = Path(__file__).resolve().parent
ME = "sam.rivera@fastmail.com"

# (key, from, date, subject, body, labels, expected_by)
EN: list[tuple[str, str, str, str, str, list[str], str | None]] = [
    ("c4e-01-job-alert", "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>", "2026-03-03 08:00",
     "Data Engineer: 6 opportunities at Monzo, Wise and more",
     """Sam, here are today's top matches.

Senior Data Engineer - Monzo - London (Hybrid)
Actively recruiting. Employers typically respond to applicants within 5 days.

Data Platform Engineer - Wise - London
Be an early applicant. The hiring team will start interviews next week.

See all jobs

You are receiving Job Alert emails. Manage alerts.""", [], None),
    ("c4e-02-recruiter-newsletter", "Harbour Talent <news@harbourtalent.co.uk>", "2026-03-04 07:30",
     "Hiring Insights - March",
     """Hello,

How long should candidates wait to hear back? In our Q1 survey most employers made a final
decision within two weeks of the last interview, and the best ones let every candidate know by
the end of the following week.

Our consultants would love to set up a call to discuss your hiring plans for Q2. Book a slot
with the team here: harbourtalent.co.uk/book

Harbour Talent Ltd, 4 Quay Street, Bristol""", [], None),
    ("c4e-03-hr-perf-review", "People Team <people@lumen-analytics.com>", "2026-03-03 09:10",
     "Your mid-year review",
     """Hi Sam,

Your mid-year review meeting with Dana is scheduled for Thursday at 2pm in Room 4.
Please complete the self-assessment form in Workday before then.
We will confirm the outcome of the review round by the end of the month.

Thanks,
People Team""", [], None),
    ("c4e-04-colleague-panel", "Priya Natarajan <priya@lumen-analytics.com>", "2026-03-04 11:20",
     "Backend hire - panel",
     """Hi Sam,

We're interviewing three candidates for the backend role next week. Could you join the panel
on Tuesday at 10am? It's a 45 minute technical conversation and I'll send the CVs tomorrow.
We want to make a decision by Friday the 13th so we can make an offer before Easter.

Cheers,
Priya""", [], None),
    ("c4e-05-debrief-feedback", "Greenhouse <no-reply@greenhouse.io>", "2026-03-05 16:00",
     "Reminder: scorecard due for Jordan Lee",
     """Hi Sam,

You interviewed Jordan Lee for Senior Backend Engineer on Wednesday. Please submit your
scorecard by tomorrow at 5pm so the hiring team can hold the debrief on Monday.

View scorecard""", [], None),
    ("c4e-06-agency-marketing", "Nova Recruitment <hello@novarecruitment.com>", "2026-03-02 10:00",
     "Looking for your next move?",
     """Hi there,

Register your CV with Nova and one of our specialist consultants will call you within 24 hours.
Our candidates are typically invited to interview within a week of registering, and we'll keep
you posted on every role we put you forward for.

Register now at novarecruitment.com

Nova Recruitment | 12 Market Street, Leeds | Unsubscribe""", [], None),
    ("c4e-07-careers-fair", "TechCareers London <events@techcareers.london>", "2026-03-03 12:00",
     "Invitation: Spring Careers Fair, 19 March",
     """Dear Sam,

You're invited to the Spring Careers Fair on Thursday 19 March at the Barbican. Meet hiring
managers from 40 companies and take part in on-the-spot interviews. Doors open at 10am.

Reserve your free ticket today.""", [], None),
    ("c4e-08-friend-interviews", "Alex Chen <alex.chen@gmail.com>", "2026-03-03 20:14",
     "ugh waiting game",
     """hey! had my second interview with Stripe yesterday, went ok I think?
they said they'd let me know by friday so fingers crossed. how's your search going?
drinks thursday?

a""", [], None),
    ("c4e-09-salary-review-hr", "Payroll <payroll@lumen-analytics.com>", "2026-03-06 09:00",
     "Annual pay review 2026",
     """Dear Sam,

Following the annual pay review, your base salary will rise to £61,500 from 1 April 2026.
Bonus decisions will be communicated by your line manager within the next three weeks.

Kind regards,
Payroll & Reward""", [], None),
    ("c4e-10-tips-newsletter", "The Muse <newsletter@themuse.com>", "2026-03-04 06:00",
     "Interview tomorrow? Read this first",
     """Got an interview tomorrow? Here are five things hiring managers wish you knew.

1. They will usually tell you when to expect an answer - write it down.
2. If they say they'll get back to you within a week, follow up on day eight.
3. Prepare three questions about the team.

Read the full article""", [], None),
    ("c4e-11-team-planning-call", "Dana Okoye <dana@lumen-analytics.com>", "2026-03-03 15:30",
     "Q2 planning",
     """Hi Sam,

Can you do a call tomorrow at 10am to go through the Q2 roadmap? Let me know if that works
for you, otherwise Thursday morning is fine.

Dana""", [], None),
    ("c4e-12-referee-ask-from-friend", "Jamie Patel <jamie.patel@outlook.com>", "2026-03-05 18:40",
     "Favour - reference?",
     """Hi Sam,

I'm in the final round for a product role at Deliveroo and put you down as one of my
referees - hope that's ok! Their HR team may call you next week; they said they'd make a
decision by the 20th.

Thanks so much,
Jamie""", [], None),
    ("c4e-13-landlord", "Tom (Landlord) <tom.b@btinternet.com>", "2026-03-04 13:00",
     "Re: boiler",
     """Hi Sam, the engineer can come in on Friday between 8 and 12. I'll get back to you by
tomorrow evening to confirm the exact slot.
Tom""", [], None),
    ("c4e-14-ats-webinar", "Ashby <events@ashbyhq.com>", "2026-03-02 17:00",
     "Structured interviewing masterclass - Thursday",
     """Hi Sam,

Join our product team on Thursday at 4pm for a live masterclass on structured interviewing:
how to design a scorecard, calibrate your panel and make faster hiring decisions.

Save your seat""", [], None),
    ("c4e-15-recruiter-mass-roles", "Leo Grant <leo@grantandpartners.io>", "2026-03-03 09:45",
     "3 new contract roles this week",
     """Hi all,

Three new data contracts landed this week (6 months, outside IR35, £550-650 p/d). If any of
them interest you, reply with an up-to-date CV and I'll set up a call to talk it through.

Leo""", [], None),
    ("c4e-16-quoted-invite-only", "Hannah Price <hannah.price@northwind.io>", "2026-03-05 10:02",
     "Re: Interview - Northwind",
     """No problem at all, thanks for letting me know Sam.

Hannah

On Wed, 4 Mar 2026 at 16:20, Hannah Price <hannah.price@northwind.io> wrote:
> Hi Sam, could you do Thursday 12 March at 2pm for the second interview with Marco?
> We'll make a decision within a week of that.""", [], None),
    # Steps in the candidate's own process, in phrasings of other hands.
    ("c4e-17-phone-30-mins", "Ruth Adeyemi <ruth@kestrelsearch.co.uk>", "2026-03-03 12:31",
     "Northwind",
     """Hi Sam - hiring manager liked your cv, can you do 30 mins thurs afternoon? lmk

Sent from my iPhone""", ["interview_request"], None),
    ("c4e-18-final-conversation", "Marta Silva <marta.silva@quillbase.com>", "2026-03-04 14:05",
     "Next step with Quillbase",
     """Hi Sam,

Thank you for the thoughtful work on the take-home. We'd love for you to meet Priya, our VP of
Engineering, for a final conversation. Are you free any time on Monday or Tuesday next week?

Best,
Marta""", ["interview_request"], None),
    ("c4e-19-answer-by-monday", "Owen Hughes <owen.hughes@tidewater.com>", "2026-03-03 17:45",
     "Today",
     """Hi Sam,

Thanks again for your time today, the team really enjoyed it. The panel meets on Thursday and
I'll come back to you with an answer by Monday at the latest.

Owen""", ["timeline_stated"], "2026-03-09"),
    ("c4e-20-ats-receipt-10bd", "Brightside Careers <careers@brightside.com>", "2026-03-03 09:00",
     "Thank you for applying to Brightside",
     """Hi Sam,

Thank you for applying for the Product Designer position. Our recruiting team reads every
application, and you can expect to hear from us within 10 business days.

Brightside Talent Team""", ["application_received", "timeline_stated"], "2026-03-17"),
    ("c4e-21-agency-second-stage", "Ruth Adeyemi <ruth@kestrelsearch.co.uk>", "2026-03-06 11:10",
     "Re: Northwind",
     """Great news - just had feedback from the client and they want to get you in for a second
stage. How's Wednesday 11am or Friday 3pm?

Ruth""", ["interview_request"], None),
    ("c4e-22-calendar-confirmed", "Northwind Talent <talent@northwind.io>", "2026-03-06 15:00",
     "Confirmed: second interview",
     """Hi Sam,

Your interview with Northwind has been confirmed for Thursday 12 March at 14:00 (UK time).
You'll meet Marco Bianchi (Head of Data) and Lena Fox (Staff Engineer) on Google Meet.

Northwind Talent""", ["interview_request"], None),
    ("c4e-23-offer-verbal", "Owen Hughes <owen.hughes@tidewater.com>", "2026-03-10 12:00",
     "Good news",
     """Hi Sam,

I'm really pleased to say the team would like to offer you the Senior Analyst role! HR will
send the written offer through tomorrow with the full details.

Owen""", ["offer"], None),
    ("c4e-24-expect-decision-18th", "Ruth Adeyemi <ruth@kestrelsearch.co.uk>", "2026-03-05 16:30",
     "Re: Northwind update",
     """Hi Sam, still waiting on the hiring manager - she's back from leave on the 16th, so
I'd expect a decision by the 18th at the latest. Will chase.

Ruth""", ["timeline_stated"], "2026-03-18"),
    ("c4e-25-wrap-up-next-week", "Marta Silva <marta.silva@quillbase.com>", "2026-03-04 10:15",
     "Quick update",
     """Hi Sam,

Quick update from our side: the hiring team are still seeing a couple of people and plan to
wrap up by the end of next week. I'll be in touch either way.

Marta""", ["timeline_stated"], "2026-03-13"),
    ("c4e-26-indirect-rejection", "Hannah Price <hannah.price@northwind.io>", "2026-03-13 09:30",
     "Northwind - Senior Data Engineer",
     """Hi Sam,

Thank you for everything you put into the process. After a lot of deliberation we've offered
the role to someone with more direct fintech experience. I'd be glad to share feedback on a
call if it would help.

Hannah""", ["rejection"], None),
    ("c4e-27-lead-technical-chat", "Ivo Petrov <ivo@lattice-labs.dev>", "2026-03-02 09:05",
     "Your application - Platform Engineer",
     """Hello Sam,

I lead the platform team at Lattice and read your application this morning. I'd like to have
a 45-minute technical conversation with you. Could you send me two or three slots that suit
you next week?

Ivo""", ["interview_request"], None),
    ("c4e-28-inmail-open-to-call", "LinkedIn <inmail-hit-reply@linkedin.com>", "2026-03-03 13:00",
     "Felix sent you a message",
     """Felix Moreau
Senior Talent Partner at Orbital

Hi Sam, I came across your profile and think you'd be a great fit for the Lead Data Engineer
role we're hiring for in Manchester. Would you be open to a quick call this week?

Reply   View profile""", ["interview_request"], None),
    ("c4e-29-receipt-review-2wks", "Workable <noreply@workable.com>", "2026-03-09 08:10",
     "Your application to Fernhill",
     """Dear Sam,

We have received your application for Data Analyst at Fernhill. Our team will review it
carefully and you should receive an update on your application within two weeks.

Fernhill Recruiting""", ["application_received", "timeline_stated"], "2026-03-23"),
    ("c4e-30-reject-shortlist-footer", "Fernhill Recruiting <noreply@workable.com>", "2026-03-20 10:00",
     "Data Analyst at Fernhill",
     """Dear Sam,

Thank you for your interest in Fernhill. We have reviewed your application carefully and on
this occasion we will not be moving forward with it.

We'll keep your details on file and may contact you about future roles.

Follow us on LinkedIn for our latest openings. Unsubscribe from talent updates.""",
     ["rejection"], None),
    ("c4e-31-hr-refs-outcome", "Owen Hughes <owen.hughes@tidewater.com>", "2026-03-11 09:00",
     "Next bits",
     """Morning Sam,

Now that you've accepted verbally, HR will start reference checks today - they'll contact the
two referees you gave us. Once those are back we'll sort out the contract.

Owen""", ["references_contacted"], None),
    ("c4e-32-reschedule", "Lattice Recruiting <recruiting@lattice-labs.dev>", "2026-03-09 14:00",
     "Rescheduling your technical interview",
     """Hi Sam,

Ivo has been pulled into an incident review, so we need to move your technical interview.
Would Wednesday at 3pm work instead? Same Zoom link.

Thanks,
Lattice Recruiting""", ["interview_request"], None),
]

# (key, language, from, date, subject, body, labels, expected_by)
INTL: list[tuple[str, str, str, str, str, str, list[str], str | None]] = [
    ("c4i-01-de-receipt-sie-3wk", "de", "Karriere Nordlicht <jobs@nordlicht-energie.de>",
     "2026-03-03 09:00", "Ihre Bewerbung als Data Engineer (m/w/d)",
     """Sehr geehrte Frau Rivera,

vielen Dank für Ihr Interesse an der Position als Data Engineer. Ihre Unterlagen sind vollständig
bei uns eingegangen und werden derzeit von der Fachabteilung geprüft. Sie erhalten innerhalb von
drei Wochen eine Rückmeldung von uns.

Mit freundlichen Grüßen
Ihr Recruiting-Team""", ["application_received", "timeline_stated"], "2026-03-24"),
    ("c4i-02-de-receipt-du", "de", "Jana von Pixelwerk <jana@pixelwerk.io>", "2026-03-03 10:30",
     "Danke für deine Bewerbung!",
     """Hi Sam,

schön, dass du dich bei uns beworben hast! Wir schauen uns dein Profil in Ruhe an und melden uns
spätestens Ende nächster Woche bei dir.

Liebe Grüße
Jana""", ["application_received", "timeline_stated"], "2026-03-13"),
    ("c4i-03-de-interview-sie", "de", "Dr. Meike Lorenz <m.lorenz@hafenlogistik.de>",
     "2026-03-04 14:00", "Einladung",
     """Sehr geehrte Frau Rivera,

Ihr Profil hat uns überzeugt. Wir möchten Sie gerne persönlich kennenlernen und laden Sie herzlich
zu einem Gespräch am Donnerstag, den 12. März, um 10 Uhr in unser Büro in Hamburg ein.

Mit freundlichen Grüßen
Meike Lorenz""", ["interview_request"], None),
    ("c4i-04-de-videocall-du", "de", "Jana von Pixelwerk <jana@pixelwerk.io>", "2026-03-10 11:00",
     "Nächster Schritt",
     """Hi Sam,

das Team fand dein Portfolio super! Hast du nächste Woche Zeit für einen kurzen Videocall mit
unserem Teamlead? Schick mir einfach zwei, drei Zeitfenster, die dir passen.

LG Jana""", ["interview_request"], None),
    ("c4i-05-de-reject-kandidatin", "de", "Karriere Nordlicht <jobs@nordlicht-energie.de>",
     "2026-03-20 09:00", "Ihre Bewerbung",
     """Sehr geehrte Frau Rivera,

wir danken Ihnen für die Zeit, die Sie in den Prozess investiert haben. Nach reiflicher Überlegung
haben wir uns für eine Kandidatin entschieden, deren Erfahrung noch besser zu unseren aktuellen
Anforderungen passt.

Wir wünschen Ihnen für Ihren weiteren Weg alles Gute.""", ["rejection"], None),
    ("c4i-06-de-stelle-besetzt", "de", "Personal Hafenlogistik <personal@hafenlogistik.de>",
     "2026-03-18 15:00", "Stelle Data Analyst",
     """Guten Tag Frau Rivera,

wir möchten Sie darüber informieren, dass die Stelle inzwischen anderweitig besetzt wurde. Wir
bedanken uns für Ihr Interesse an unserem Unternehmen.""", ["rejection"], None),
    ("c4i-07-de-offer-du", "de", "Jana von Pixelwerk <jana@pixelwerk.io>", "2026-03-24 16:00",
     "Gute Neuigkeiten :)",
     """Hi Sam,

wir möchten dir sehr gerne ein Angebot machen: 68.000 € brutto im Jahr, Start am 1. Mai, 30
Urlaubstage. Ruf mich gern an, wenn du Fragen hast!

Jana""", ["offer", "salary_discussed"], None),
    ("c4i-08-de-decision-2wk", "de", "Dr. Meike Lorenz <m.lorenz@hafenlogistik.de>",
     "2026-03-12 17:00", "Unser Gespräch",
     """Liebe Frau Rivera,

herzlichen Dank für das angenehme Gespräch heute. Das Team trifft seine Entscheidung in den
nächsten zwei Wochen, und ich melde mich dann umgehend bei Ihnen.

Beste Grüße
Meike Lorenz""", ["timeline_stated"], "2026-03-26"),
    ("c4i-09-de-jobletter", "de", "StepStone <newsletter@stepstone.de>", "2026-03-05 07:00",
     "12 neue Jobs für Sie: Data Engineer",
     """Guten Morgen,

diese Stellenangebote passen zu Ihrem Profil. Unternehmen melden sich im Schnitt innerhalb von
fünf Tagen bei Bewerbern.

Jetzt bewerben

Sie erhalten diese E-Mail, weil Sie einen Jobagenten angelegt haben. Abmelden""", [], None),
    ("c4i-10-fr-receipt-vous-2wk", "fr", "Recrutement Alizé <recrutement@alize-conseil.fr>",
     "2026-03-03 09:30", "Votre candidature - Chef de projet data",
     """Madame,

Nous accusons réception de votre candidature au poste de Chef de projet data et vous en
remercions. Notre équipe l'étudie avec attention et reviendra vers vous dans un délai de deux
semaines.

Bien cordialement,
L'équipe Recrutement""", ["application_received", "timeline_stated"], "2026-03-17"),
    ("c4i-11-fr-receipt-tu", "fr", "Léa de Brioche & Co <lea@briocheandco.fr>", "2026-03-03 11:00",
     "Merci pour ta candidature !",
     """Salut Sam,

merci d'avoir postulé chez nous ! On regarde ton profil avec l'équipe et on te fait un retour
d'ici vendredi.

À très vite,
Léa""", ["application_received", "timeline_stated"], "2026-03-06"),
    ("c4i-12-fr-interview-vous", "fr", "Julien Mercier <j.mercier@alize-conseil.fr>",
     "2026-03-05 10:00", "Suite de votre candidature",
     """Madame,

Votre profil a retenu toute notre attention et nous aimerions vous rencontrer lors d'un entretien
avec notre directrice technique. Seriez-vous disponible mardi 10 mars à 14h ?

Cordialement,
Julien Mercier""", ["interview_request"], None),
    ("c4i-13-fr-echange-tel", "fr", "Léa de Brioche & Co <lea@briocheandco.fr>", "2026-03-06 09:00",
     "Premier échange",
     """Bonjour Sam,

Je te propose un premier appel de 30 minutes cette semaine pour faire connaissance. Quels sont
tes créneaux ?

Léa""", ["interview_request"], None),
    ("c4i-14-fr-reject-regret", "fr", "Recrutement Alizé <recrutement@alize-conseil.fr>",
     "2026-03-19 14:00", "Votre candidature",
     """Madame,

Après un examen attentif de votre dossier, nous sommes au regret de vous informer que nous
n'avons pas retenu votre candidature pour ce poste.

Nous vous souhaitons pleine réussite dans vos recherches.""", ["rejection"], None),
    ("c4i-15-fr-reject-autre", "fr", "Julien Mercier <j.mercier@alize-conseil.fr>",
     "2026-03-20 16:00", "Poste de Chef de projet",
     """Madame,

Merci encore pour votre disponibilité lors des entretiens. Nous avons finalement décidé de
poursuivre avec une autre personne, dont le parcours correspond davantage à nos besoins
immédiats.

Bien à vous,
Julien""", ["rejection"], None),
    ("c4i-16-fr-offer", "fr", "Julien Mercier <j.mercier@alize-conseil.fr>", "2026-03-24 12:00",
     "Proposition",
     """Madame,

J'ai le grand plaisir de vous annoncer que nous souhaitons vous faire une offre pour le poste de
Chef de projet data. Vous trouverez ci-joint notre proposition détaillée.

Cordialement,
Julien Mercier""", ["offer"], None),
    ("c4i-17-fr-decision-20mars", "fr", "Julien Mercier <j.mercier@alize-conseil.fr>",
     "2026-03-10 18:00", "Suite à notre entretien",
     """Madame,

Nous terminons les entretiens cette semaine et nous vous donnerons une réponse au plus tard le
20 mars.

Cordialement,
Julien""", ["timeline_stated"], "2026-03-20"),
    ("c4i-18-fr-newsletter", "fr", "Welcome to the Jungle <newsletter@welcometothejungle.com>",
     "2026-03-04 08:00", "Les offres de la semaine",
     """Bonjour,

Découvrez les entreprises qui recrutent cette semaine. Astuce : les recruteurs répondent en
moyenne sous dix jours.

Voir les offres

Se désabonner""", [], None),
    ("c4i-19-es-receipt-usted", "es", "Talento Ibérica <talento@iberica-datos.es>",
     "2026-03-03 09:00", "Confirmación de su candidatura",
     """Estimada Sra. Rivera:

Le confirmamos que hemos recibido correctamente su candidatura para el puesto de Analista de
Datos. Nuestro equipo la revisará y le contestaremos en un plazo de quince días.

Atentamente,
Equipo de Talento""", ["application_received", "timeline_stated"], "2026-03-18"),
    ("c4i-20-es-receipt-tu", "es", "Carla de Mercadito <carla@mercadito.app>", "2026-03-03 12:00",
     "¡Gracias por aplicar!",
     """¡Hola Sam!

Gracias por aplicar a Mercadito. Ya tenemos tu CV y lo estamos mirando con el equipo.

Un abrazo,
Carla""", ["application_received"], None),
    ("c4i-21-es-interview-usted", "es", "Diego Ortega <d.ortega@iberica-datos.es>",
     "2026-03-05 10:00", "Siguiente paso",
     """Estimada Sra. Rivera:

Nos gustaría invitarle a una entrevista con el equipo técnico. ¿Le vendría bien el jueves 12 a
las 11:00?

Un cordial saludo,
Diego Ortega""", ["interview_request"], None),
    ("c4i-22-es-llamada-tu", "es", "Carla de Mercadito <carla@mercadito.app>", "2026-03-06 09:30",
     "Charlamos?",
     """¡Hola Sam!

Me encantaría tener una llamada contigo para conocerte mejor. ¿Qué día te viene bien la semana
que viene?

Carla""", ["interview_request"], None),
    ("c4i-23-es-reject-vacante", "es", "Talento Ibérica <talento@iberica-datos.es>",
     "2026-03-19 09:00", "Proceso de selección",
     """Estimada Sra. Rivera:

Le agradecemos sinceramente el interés mostrado, pero le comunicamos que la vacante ya ha sido
cubierta.

Atentamente,
Equipo de Talento""", ["rejection"], None),
    ("c4i-24-es-reject-tu", "es", "Carla de Mercadito <carla@mercadito.app>", "2026-03-20 17:00",
     "Sobre el puesto",
     """Hola Sam,

gracias de verdad por tu tiempo. Al final hemos elegido a otra persona con más experiencia en
producto, pero nos encantaría seguir en contacto.

Carla""", ["rejection"], None),
    ("c4i-25-es-offer-usted", "es", "Diego Ortega <d.ortega@iberica-datos.es>", "2026-03-24 12:00",
     "Propuesta",
     """Estimada Sra. Rivera:

Tenemos el placer de ofrecerle el puesto de Analista de Datos, con un salario bruto anual de
52.000 €.

Un cordial saludo,
Diego Ortega""", ["offer", "salary_discussed"], None),
    ("c4i-26-es-respuesta-viernes", "es", "Diego Ortega <d.ortega@iberica-datos.es>",
     "2026-03-09 16:00", "Tras la entrevista",
     """Estimada Sra. Rivera:

Gracias por su tiempo esta mañana. Le daremos una respuesta definitiva antes del viernes 13 de
marzo.

Un saludo,
Diego""", ["timeline_stated"], "2026-03-13"),
    ("c4i-27-es-alerta", "es", "InfoJobs <alertas@infojobs.net>", "2026-03-04 07:00",
     "Nuevas ofertas de empleo para ti",
     """Hola,

Tenemos 8 nuevas ofertas que encajan con tu búsqueda. Las empresas suelen responder en menos de
una semana.

Ver ofertas

Darse de baja""", [], None),
]


def main() -> None:
    """Write en/ and intl/ with their labels.json, and meta.json."""
    write_corpus(HERE, EN, INTL, me=f"Sam Rivera <{ME}>", address=ME)


if __name__ == "__main__":
    main()
