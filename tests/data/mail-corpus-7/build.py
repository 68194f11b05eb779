"""Build mail-corpus-7: messages written for issue 9 (round 9) BEFORE the round's rule changes.

Written by hand by the detect7 session before it changed any rule, to be scored at the start
and once at the end of the round, in the styles where round 8 failed: a colleague's hiring in
English and French read as an interview request, salary asked as what the reader is "on",
dates in mail about no job, referees named without a reference word, notice asked in passing,
German receipts, German and Spanish formal invitations, French in general, and everyday
German, French and Spanish mail (a flat, a garden, a party, a school, a club) that must stay
unlabelled. Standard library only; deterministic.
Run: python3 tests/data/mail-corpus-7/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from corpus_build import write_corpus  # noqa: E402 (tests/data, beside this folder)

HERE = Path(__file__).resolve().parent
ME = "sam.okafor@posteo.net"
ME2 = "Sam Okafor <samokafor.home@gmail.com>"

Row = tuple[str, str, str, str, str, list[str], str | None]
# (key, from, date, subject, body, labels, expected_by); 2026-06-01 is a Monday.
EN: list[Row] = [
    ("c7e-01-agency-intro-call", "Harriet Cole <harriet@bluefin-talent.co.uk>", "2026-06-01 09:10",
     "Data Analyst - Corvid", """Hi Sam,

Corvid liked your CV. Would you be free for a quick intro call with their head of data
on Wednesday or Thursday afternoon?

Harriet""", ["interview_request"], None),
    ("c7e-02-phone-second-round", "Raj Mehta <raj@tallyhq.com>", "2026-06-02 19:02",
     "Re: next steps", """sam - team wants u back for round 2. thurs 11am ok?

r""", ["interview_request"], None),
    ("c7e-03-ats-schedule", "Greenhouse <no-reply@greenhouse.io>", "2026-06-01 10:00",
     "Schedule your interview with Marlow Bank", """Hi Sam,

Thank you for your interest in the Risk Analyst role at Marlow Bank. We'd like to invite you to a
45-minute video interview with the hiring team. Please choose a time that works for you using
the link below.

Marlow Bank Talent Team""", ["interview_request"], None),
    ("c7e-04-hm-coffee", "Tom Birch <tom.birch@quayside.io>", "2026-06-03 08:30",
     "Coffee?", """Hi Sam,

Anita in our talent team shared your application for the analytics lead role. I'd love to grab
a coffee and tell you more about the team - does Friday morning near Old Street work for you?

Tom""", ["interview_request"], None),
    ("c7e-05-final-onsite", "Leah Price <leah.price@brightwell.com>", "2026-06-04 15:00",
     "Final stage", """Dear Sam,

Congratulations on getting through to the final stage. We would like you to come to our office
on Tuesday 9 June at 2pm to meet the panel. Please confirm you can make it.

Kind regards,
Leah""", ["interview_request"], None),
    ("c7e-06-colleague-pair-interview", "Ben Ross <ben.ross@kelvin-data.com>", "2026-06-01 11:20",
     "tomorrow", """Hey Sam,

We've got a candidate coming in tomorrow for the analyst role - any chance you could sit in on
the technical interview with me at 10? Should take an hour.

Ben""", [], None),
    ("c7e-07-colleague-screen-calls", "Nadia Ali <nadia.ali@kelvin-data.com>", "2026-06-02 09:45",
     "Screening calls", """Hi Sam,

Could you help me with a few phone screens next week for the junior role? I'll send you the CVs
and you pick two slots that suit you.

Thanks!
Nadia""", [], None),
    ("c7e-08-hiring-manager-feedback-ask", "Chris Lane <chris.lane@kelvin-data.com>", "2026-06-03 16:10",
     "Your thoughts on Priya", """Hi Sam,

Thanks for interviewing Priya yesterday. Could you put your scores into the tracker by Friday
so we can decide whether to invite her back?

Chris""", [], None),
    ("c7e-09-landlord-viewing", "Martin Hale <martin.hale@hale-lettings.co.uk>", "2026-06-01 13:00",
     "Viewing of 14 Aster Road", """Hi Sam,

Thanks for your interest in the flat. Could we arrange a viewing on Thursday at 6pm? Let me know
if that suits and I'll meet you outside.

Martin""", [], None),
    ("c7e-10-gym-induction", "Pulse Gym <hello@pulsegym.co.uk>", "2026-06-02 08:00",
     "Book your induction", """Hi Sam,

Welcome to Pulse! Your free induction with one of our trainers is waiting. Would Tuesday at 7pm
work for you? Reply to this email and we'll get you booked in.

Team Pulse""", [], None),
    ("c7e-11-salary-currently-on", "Ellie Ward <ellie@northstar-recruit.com>", "2026-06-02 12:30",
     "Quick one", """Hi Sam,

Before I put you forward to the client, what are you currently on, base plus bonus? Just so I
pitch you right.

Ellie""", ["salary_discussed"], None),
    ("c7e-12-salary-looking-for", "Dev Patel <dev@hirewell.io>", "2026-06-03 10:15",
     "Re: Fintech role", """Thanks Sam. Roughly what are you looking for package-wise? The band they gave me tops
out around 65.

Dev""", ["salary_discussed"], None),
    ("c7e-13-salary-what-on-not-job", "Gemma <gemma.k@gmail.com>", "2026-06-04 20:00",
     "phone contract", """hey! what are you currently on for your phone plan? mine is 25 a month and I think
I'm being ripped off

g""", [], None),
    ("c7e-14-notice-tied-in", "Ellie Ward <ellie@northstar-recruit.com>", "2026-06-04 09:00",
     "Re: Quick one", """Great, thanks. And how soon could you start if it came to it - are you on a month's
notice or longer?

Ellie""", ["notice_period_asked"], None),
    ("c7e-15-notice-free-from", "Owen Hart <owen.hart@calderpeople.com>", "2026-06-02 14:00",
     "Availability", """Hi Sam,

The client wants someone in seat by July. When would you be free to join them, realistically?

Owen""", ["notice_period_asked"], None),
    ("c7e-16-refs-named-spoke", "Ellie Ward <ellie@northstar-recruit.com>", "2026-06-10 17:20",
     "Update", """Hi Sam,

Just a quick one - I spoke to Marcus Reid and Joanna Lin this afternoon and both had glowing
things to say. I'm passing their comments to the client now.

Ellie""", ["references_contacted"], None),
    ("c7e-17-refs-named-caught-up", "Leah Price <leah.price@brightwell.com>", "2026-06-11 10:00",
     "Next steps", """Dear Sam,

I caught up with your former line manager, Helen Brooks, yesterday, and I'm due to speak to
David Fry tomorrow. Once that's done we'll be in touch.

Leah""", ["references_contacted"], None),
    ("c7e-18-refs-named-heard-back", "Owen Hart <owen.hart@calderpeople.com>", "2026-06-12 09:30",
     "Good news", """Morning Sam,

Heard back from both Anne and Pete - really positive. Client is pleased.

Owen""", ["references_contacted"], None),
    ("c7e-19-refs-named-not-referee", "Owen Hart <owen.hart@calderpeople.com>", "2026-06-08 09:30",
     "Catch-up", """Morning Sam,

I spoke to Anne and Pete in the client's team this morning and they're keen to move you to the
final round. I'll send times later today.

Owen""", ["interview_request"], None),
    ("c7e-20-refs-requested", "Leah Price <leah.price@brightwell.com>", "2026-06-08 11:00",
     "References", """Dear Sam,

Could you send us the names and contact details of two people who have managed you in the last
three years?

Leah""", ["references_requested"], None),
    ("c7e-21-timeline-real", "Leah Price <leah.price@brightwell.com>", "2026-06-10 16:00",
     "Re: Final stage", """Dear Sam,

Thank you for coming in on Tuesday. The panel meets on Thursday and we will let you know the
outcome by the end of next week.

Leah""", ["timeline_stated"], "2026-06-19"),
    ("c7e-22-timeline-phone", "Raj Mehta <raj@tallyhq.com>", "2026-06-05 18:00",
     "Re: round 2", """thx sam, great chat. we'll come back to u early next wk""",
     ["timeline_stated"], "2026-06-10"),
    ("c7e-23-non-job-council", "Lambeth Council <noreply@lambeth.gov.uk>", "2026-06-01 09:00",
     "Your bulky waste collection", """Dear resident,

Thank you for your request. We will get back to you within 5 working days to confirm your
collection date.

Waste Services""", [], None),
    ("c7e-24-non-job-tradesman", "Kev Marsh <kev@marshplumbing.co.uk>", "2026-06-02 17:00",
     "Re: boiler", """Hi Sam, had a look at the photos. I'll let you know by Friday whether we can fit the
new boiler before the end of the month.

Kev""", [], None),
    ("c7e-25-non-job-book-club", "Lydia <lydia.m@outlook.com>", "2026-06-03 21:00",
     "book club", """Hi all, I'll confirm the venue for next month's book club by the weekend - we'll hear
back from the cafe in a few days.

Lydia""", [], None),
    ("c7e-26-non-job-insurer", "Harbour Insurance <claims@harbour-ins.co.uk>", "2026-06-04 12:00",
     "Your claim HB-22817", """Dear Sam Okafor,

We have received your claim. A decision will be made within 10 working days and we will write
to you as soon as it has been reviewed.

Harbour Insurance Claims""", [], None),
    ("c7e-27-warm-reject", "Tom Birch <tom.birch@quayside.io>", "2026-06-12 15:00",
     "Analytics lead", """Hi Sam,

I really enjoyed our coffee. After a lot of back and forth we've decided to go with someone who
has run a larger team before. I'm sorry it's not better news - I hope our paths cross again.

Tom""", ["rejection"], None),
    ("c7e-28-ats-reject", "Workday <marlowbank@myworkday.com>", "2026-06-09 07:00",
     "Your application for Risk Analyst", """Dear Sam,

Thank you for your interest in Marlow Bank. After careful consideration, your application
will not be progressing further at this time.

Marlow Bank Recruitment""", ["rejection"], None),
    ("c7e-29-reject-not-a-yes", "Dev Patel <dev@hirewell.io>", "2026-06-11 13:00",
     "Re: Fintech role", """Hi Sam, bad news I'm afraid - the client has decided to hold off hiring for now and the
role's on ice. Sorry!

Dev""", ["rejection"], None),
    ("c7e-30-offer-phone", "Owen Hart <owen.hart@calderpeople.com>", "2026-06-15 18:00",
     "!!", """Sam - they want you! Formal offer coming tomorrow, 58k base. Call me when you can.

Owen""", ["offer", "salary_discussed"], None),
    ("c7e-31-offer-letter", "Leah Price <leah.price@brightwell.com>", "2026-06-16 10:00",
     "Offer of employment", """Dear Sam,

I am delighted to offer you the position of Senior Analyst at Brightwell. Your offer letter is
attached, with a starting salary of £54,000.

Leah""", ["offer", "salary_discussed"], None),
    ("c7e-32-receipt-lever", "Lever <no-reply@hire.lever.co>", "2026-06-01 08:00",
     "Thanks for applying to Quayside", """Hi Sam,

Thanks for applying to Quayside! We've received your application for Analytics Lead and our
team will review it shortly.

The Quayside Team""", ["application_received"], None),
    ("c7e-33-receipt-and-timeline", "iCIMS <careers@calder.icims.com>", "2026-06-03 08:00",
     "Application received", """Dear Sam,

Your application for Data Engineer (req 4471) has been received. We aim to respond to all
applicants within two weeks.

Calder Careers""", ["application_received", "timeline_stated"], "2026-06-17"),
    ("c7e-34-own-thanks", "!leah.price@brightwell.com", "2026-06-09 18:00",
     "Thank you", """Hi Leah,

Thanks so much for today - I really enjoyed meeting the panel. Looking forward to hearing from
you next week.

Sam""", [], None),
    ("c7e-35-friend-interview-news", "Gemma <gemma.k@gmail.com>", "2026-06-05 20:00",
     "eek", """I've got a second interview at Monzo on Tuesday!! they want me to do a case study.
any tips?

g""", [], None),
    ("c7e-36-reader-as-referee", "Marcus Reid <marcus.reid@fenwick.co.uk>", "2026-06-06 10:00",
     "reference for Jon", """Hi Sam,

Jon has put you down as a referee for a role at Ashby Partners. Would you be happy to take a
quick call from their recruiter on Monday?

Marcus""", [], None),
    ("c7e-37-newsletter-interviews", "The Muse <newsletter@themuse.com>", "2026-06-07 07:00",
     "5 questions to ask at the end of your interview", """This week: the five questions hiring managers love, how to negotiate your first offer, and
what to do when a recruiter ghosts you.

Read more on our site.

Unsubscribe | Manage preferences""", [], None),
    ("c7e-38-quoted-invite-reply", "Raj Mehta <raj@tallyhq.com>", "2026-06-04 09:00",
     "Re: round 2", """great, see you then

On Tue, 2 Jun 2026 at 19:02, Sam Okafor <sam.okafor@posteo.net> wrote:
> Thursday at 11 works, thanks! Would you like me to prepare anything?""", [], None),
    ("c7e-39-mentor-coffee", "Iris Chen <iris.chen@gmail.com>", "2026-06-02 12:00",
     "coffee", """Hi Sam! So good to bump into you at the meetup. Fancy a coffee next week? Tuesday or
Wednesday lunchtime would work for me.

Iris""", [], None),
    ("c7e-40-feedback-call-after-reject", "Workday <marlowbank@myworkday.com>", "2026-06-10 07:00",
     "Feedback", """Dear Sam,

Unfortunately we won't be moving forward with your application. If you would like feedback,
our recruiter is happy to arrange a short call.

Marlow Bank Recruitment""", ["rejection"], None),
]

INTL: list[tuple[str, str, str, str, str, str, list[str], str | None]] = [
    ("c7i-01-fr-entretien", "fr", "Claire Dubois <claire.dubois@lumen-conseil.fr>", "2026-06-01 10:00",
     "Votre candidature", """Bonjour Sam,

Merci pour votre candidature au poste de Data Analyst. Nous aimerions vous rencontrer pour un
premier entretien. Seriez-vous disponible jeudi ou vendredi après-midi ?

Bien cordialement,
Claire Dubois""", ["interview_request"], None),
    ("c7i-02-fr-collegue-recrute", "fr", "Hugo Martin <hugo.martin@lumen-conseil.fr>", "2026-06-02 09:00",
     "entretien jeudi", """Salut Sam,

On reçoit un candidat jeudi pour le poste de stagiaire. Tu pourrais faire l'entretien technique
avec moi à 14h ?

Hugo""", [], None),
    ("c7i-03-fr-recu", "fr", "Recrutement Alizé <recrutement@alize-energie.fr>", "2026-06-01 08:00",
     "Accusé de réception", """Bonjour,

Nous avons bien reçu votre candidature pour le poste d'Ingénieur Données et nous vous en
remercions. Notre équipe vous répondra dans un délai de trois semaines.

Service Recrutement""", ["application_received", "timeline_stated"], "2026-06-22"),
    ("c7i-04-fr-refus", "fr", "Claire Dubois <claire.dubois@lumen-conseil.fr>", "2026-06-10 16:00",
     "Suite de votre candidature", """Bonjour Sam,

Après réflexion, nous avons retenu un profil plus expérimenté pour ce poste. Nous vous
souhaitons pleine réussite dans vos recherches.

Claire""", ["rejection"], None),
    ("c7i-05-fr-references-noms", "fr", "Julien Petit <julien@talentia-rh.fr>", "2026-06-09 17:00",
     "Point", """Bonjour Sam,

J'ai eu Mme Leroy et M. Garnier au téléphone ce matin, tous deux très élogieux à votre sujet.

Julien""", ["references_contacted"], None),
    ("c7i-06-fr-preavis", "fr", "Julien Petit <julien@talentia-rh.fr>", "2026-06-03 11:00",
     "Question", """Bonjour Sam,

Quelle est la durée de votre préavis chez votre employeur actuel ?

Julien""", ["notice_period_asked"], None),
    ("c7i-07-fr-salaire", "fr", "Julien Petit <julien@talentia-rh.fr>", "2026-06-03 11:30",
     "Rémunération", """Re-bonjour Sam,

Quelles sont vos prétentions salariales pour ce poste ?

Julien""", ["salary_discussed"], None),
    ("c7i-08-fr-offre", "fr", "Claire Dubois <claire.dubois@lumen-conseil.fr>", "2026-06-15 10:00",
     "Proposition", """Bonjour Sam,

J'ai le plaisir de vous proposer le poste de Data Analyst, avec une rémunération annuelle brute
de 48 000 euros.

Claire""", ["offer", "salary_discussed"], None),
    ("c7i-09-de-eingang", "de", "Personalabteilung <bewerbung@nordwerk.de>", "2026-06-01 08:00",
     "Eingangsbestätigung", """Sehr geehrte Frau Okafor,

vielen Dank für Ihre Bewerbung als Datenanalystin. Ihre Unterlagen sind vollständig bei uns
eingegangen.

Mit freundlichen Grüßen
Nordwerk GmbH""", ["application_received"], None),
    ("c7i-10-de-danke-bewerbung", "de", "Jana Wolf <jana.wolf@pixelhafen.de>", "2026-06-02 09:00",
     "Deine Bewerbung", """Hi Sam,

danke für deine Bewerbung! Wir schauen sie uns in Ruhe an und melden uns nächste Woche bei dir.

Jana""", ["application_received", "timeline_stated"], "2026-06-12"),
    ("c7i-11-de-gerne-einladen", "de", "Personalabteilung <bewerbung@nordwerk.de>", "2026-06-05 10:00",
     "Einladung", """Sehr geehrte Frau Okafor,

gerne möchten wir Sie zu einem persönlichen Gespräch am Dienstag, 16. Juni, um 10 Uhr in unser
Büro einladen.

Mit freundlichen Grüßen
Nordwerk GmbH""", ["interview_request"], None),
    ("c7i-12-de-absage", "de", "Personalabteilung <bewerbung@nordwerk.de>", "2026-06-20 10:00",
     "Ihre Bewerbung", """Sehr geehrte Frau Okafor,

leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Bewerberin entschieden haben.

Mit freundlichen Grüßen
Nordwerk GmbH""", ["rejection"], None),
    ("c7i-13-de-kollege-interview", "de", "Felix Braun <felix.braun@pixelhafen.de>", "2026-06-03 12:00",
     "Gespräch Freitag", """Hi Sam,

am Freitag kommt eine Bewerberin für die Werkstudentenstelle. Kannst du beim Gespräch um 11 mit
dabei sein?

Felix""", [], None),
    ("c7i-14-es-citarla", "es", "Selección <seleccion@grupo-ebro.es>", "2026-06-02 10:00",
     "Proceso de selección", """Estimada Sra. Okafor:

Nos gustaría citarla para una entrevista el próximo martes a las 10:00 en nuestras oficinas.
Le rogamos que confirme su asistencia.

Atentamente,
Grupo Ebro""", ["interview_request"], None),
    ("c7i-15-es-recibido", "es", "Empleo Ebro <empleo@grupo-ebro.es>", "2026-06-01 08:00",
     "Candidatura", """Hola Sam:

Hemos recibido tu candidatura para el puesto de analista. Te contestaremos en un plazo de diez
días.

Un saludo""", ["application_received", "timeline_stated"], "2026-06-11"),
    ("c7i-16-es-rechazo", "es", "Lucía Romero <lucia@datavera.es>", "2026-06-12 18:00",
     "Proceso", """Hola Sam,

Te escribo para decirte que hemos decidido seguir con otros candidatos. Gracias por tu tiempo.

Lucía""", ["rejection"], None),
    # Everyday mail that must stay unlabelled.
    ("c7i-17-es-piso", "es", "Inmobiliaria Sol <info@inmosol.es>", "2026-06-01 11:00",
     "Visita al piso", """Hola Sam:

Hemos recibido su solicitud para el piso de la calle Mayor. ¿Le viene bien visitarlo el jueves
a las 18:00? Le responderemos sobre el contrato en una semana.

Un saludo,
Inmobiliaria Sol""", [], None),
    ("c7i-18-es-cumple", "es", "Marta <marta.gp@gmail.com>", "2026-06-02 20:00",
     "cumple", """¡Hola! El sábado celebramos el cumple de Pablo en casa. ¿Te apetece venir? Te confirmo la
hora mañana.

Besos""", [], None),
    ("c7i-19-es-gimnasio", "es", "Gimnasio Vital <hola@vital.es>", "2026-06-03 09:00",
     "Tu solicitud de alta", """Hola Sam:

Hemos recibido tu solicitud de alta. Te llamaremos en los próximos días para concertar una cita
con tu entrenador.

Gimnasio Vital""", [], None),
    ("c7i-20-es-colegio", "es", "Colegio San Roque <secretaria@sanroque.es>", "2026-06-04 12:00",
     "Reunión de padres", """Estimadas familias:

Les invitamos a la reunión de padres del próximo jueves a las 17:00. Les rogamos que confirmen su
asistencia.

La dirección""", [], None),
    ("c7i-21-es-seguro", "es", "Seguros Atalaya <siniestros@atalaya.es>", "2026-06-05 10:00",
     "Su siniestro", """Estimado cliente:

Hemos recibido la documentación de su siniestro. Le comunicaremos nuestra decisión en un plazo
de quince días.

Seguros Atalaya""", [], None),
    ("c7i-22-fr-jardin", "fr", "Paysages Martin <contact@paysages-martin.fr>", "2026-06-01 09:00",
     "Devis entretien", """Bonjour,

Suite à votre demande, je peux passer jeudi pour l'entretien de votre jardin. Êtes-vous
disponible vers 9h ? Je vous envoie le devis d'ici vendredi.

Cordialement,
Pierre Martin""", [], None),
    ("c7i-23-fr-anniversaire", "fr", "Léa <lea.bernard@free.fr>", "2026-06-02 19:00",
     "samedi", """Coucou ! On fête l'anniversaire de Tom samedi soir, tu viens ? Dis-moi vite, je te
réponds pour l'heure demain.

Bises""", [], None),
    ("c7i-24-fr-banque", "fr", "Banque Rivage <conseiller@banque-rivage.fr>", "2026-06-03 10:00",
     "Votre demande de prêt", """Bonjour Monsieur Okafor,

Nous avons bien reçu votre dossier de demande de prêt. Nous vous proposons un rendez-vous avec
votre conseiller mardi à 11h. Vous recevrez une réponse sous dix jours.

Banque Rivage""", [], None),
    ("c7i-25-fr-ecole", "fr", "École Jules Ferry <ecole.ferry@ac-paris.fr>", "2026-06-04 08:00",
     "Rencontre parents-professeurs", """Madame, Monsieur,

Nous avons le plaisir de vous inviter à la rencontre parents-professeurs du lundi 8 juin.
Merci de nous indiquer vos disponibilités.

La direction""", [], None),
    ("c7i-26-fr-club", "fr", "Club de Tennis <contact@tc-vincennes.fr>", "2026-06-05 18:00",
     "Votre inscription", """Bonjour,

Votre inscription a bien été reçue. Le bureau examinera les demandes et vous répondra avant la
fin du mois.

Le TC Vincennes""", [], None),
    ("c7i-27-de-kuchen", "de", "Anna <anna.schulz@web.de>", "2026-06-01 18:00",
     "Samstag", """Hallo Sam,

wir laden dich herzlich zum Grillen am Samstag ein! Hast du Lust zu kommen? Ich gebe dir bis
Donnerstag Bescheid, wer noch kommt.

Liebe Grüße
Anna""", [], None),
    ("c7i-28-de-vermieter", "de", "Hausverwaltung Krüger <info@hv-krueger.de>", "2026-06-02 10:00",
     "Ihre Anfrage zur Wohnung", """Sehr geehrte Frau Okafor,

vielen Dank für Ihre Anfrage. Gerne möchten wir Sie zu einer Besichtigung der Wohnung am
Mittwoch um 17 Uhr einladen. Über die Vergabe entscheiden wir innerhalb von zwei Wochen.

Mit freundlichen Grüßen
Hausverwaltung Krüger""", [], None),
    ("c7i-29-de-arzt", "de", "Praxis Dr. Lang <praxis@dr-lang.de>", "2026-06-03 08:00",
     "Terminbestätigung", """Sehr geehrte Frau Okafor,

Ihr Termin am Montag, 8. Juni, um 9:30 Uhr ist bestätigt. Bitte bringen Sie Ihre
Versichertenkarte mit.

Praxis Dr. Lang""", [], None),
    ("c7i-30-de-verein", "de", "Sportverein Blau-Weiß <info@bw-verein.de>", "2026-06-04 09:00",
     "Dein Mitgliedsantrag", """Hallo Sam,

danke für deinen Antrag! Er ist bei uns eingegangen. Der Vorstand meldet sich innerhalb einer
Woche bei dir.

Sportliche Grüße""", [], None),
    ("c7i-31-de-schule", "de", "Grundschule am Park <sekretariat@gs-park.de>", "2026-06-05 07:30",
     "Elterngespräch", """Liebe Eltern,

wir möchten Sie herzlich zum Elterngespräch am Dienstag einladen. Bitte teilen Sie uns mit, ob
Ihnen 16 Uhr passt.

Ihr Schulteam""", [], None),
    ("c7i-32-es-taller", "es", "Taller Ruiz <taller@ruiz-motor.es>", "2026-06-05 12:00",
     "Presupuesto", """Hola Sam,

Ya tenemos el presupuesto de su coche. ¿Podemos hablar mañana por teléfono? Le confirmamos la
fecha de entrega la semana que viene.

Taller Ruiz""", [], None),
]


def main() -> None:
    """Write en/ and intl/ with their labels.json, and meta.json."""
    write_corpus(HERE, EN, INTL, me=f"Sam Okafor <{ME}>", address=ME, me2=ME2)


if __name__ == "__main__":
    main()
