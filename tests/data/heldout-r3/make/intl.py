"""German, French, Spanish held-out messages, plus Italian/Dutch/Portuguese (round 3)."""
from mk import PDF, Set, ics, quote

S = Set("intl", "r3i")
ME = "Sofia Marquardt <sofia.marquardt@gmx.de>"
ME2 = "Sofia Marquardt <sofia@marquardt.eu>"

# ---------------- German ----------------
S.add("de-personio-receipt-2wk", ["application_received", "timeline_stated"], by="2026-03-16", lang="de",
      frm="Lindgrün Energie GmbH <jobs@lindgruen.jobs.personio.de>", to=ME,
      date="2026-03-02 09:14 +0100", subj="Ihre Bewerbung als Data Engineer (m/w/d)",
      text="""Sehr geehrte Frau Marquardt,

vielen Dank für Ihre Bewerbung als Data Engineer (m/w/d) und Ihr Interesse an der Lindgrün Energie GmbH.

Wir werden Ihre Unterlagen sorgfältig prüfen und uns innerhalb von zwei Wochen bei Ihnen melden.

Mit freundlichen Grüßen
Katrin Albers
People & Culture

Lindgrün Energie GmbH | Hafenstraße 12 | 20457 Hamburg | Amtsgericht Hamburg HRB 154210 | Geschäftsführung: Dr. Jens Möller
""")

S.add("de-eingangsbestaetigung", ["application_received"], lang="de",
      frm="Stadtwerke Talheim Karriere <karriere@stadtwerke-talheim.de>", to=ME,
      date="2026-03-04 14:31 +0100", subj="Eingangsbestätigung Ihrer Bewerbung - Kennziffer 2026-117",
      html="""<html><body style="font-family:Arial"><p>Sehr geehrte Frau Marquardt,</p>
<p>hiermit bestätigen wir den Eingang Ihrer Bewerbung für die Stelle <b>Datenanalyst/in (Kennziffer 2026-117)</b>.</p>
<p>Bitte haben Sie Verständnis dafür, dass die Sichtung aller Bewerbungen einige Zeit in Anspruch nimmt. Sie erhalten nach Abschluss des Auswahlverfahrens eine Nachricht von uns.</p>
<p>Mit freundlichen Grüßen<br>Ihr Personalteam der Stadtwerke Talheim</p>
<p style="font-size:9px">Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht. Hinweise zum Datenschutz finden Sie unter stadtwerke-talheim.de/datenschutz.</p></body></html>""")

S.add("de-du-receipt", ["application_received"], lang="de",
      frm="Jana vom Talent-Team <jana@quellwerk.io>", to=ME,
      date="2026-03-05 17:02 +0100", subj="Danke für deine Bewerbung bei Quellwerk!",
      text="""Hi Sofia,

danke für deine Bewerbung als Analytics Engineer! Wir haben sie erhalten und schauen sie uns in Ruhe an. Jede Bewerbung wird bei uns von einem Menschen gelesen, versprochen.

Liebe Grüße
Jana
Talent @ Quellwerk
""")

S.add("de-einladung-gespraech", ["interview_request"], lang="de",
      frm="Thomas Reuter <t.reuter@lindgruen-energie.de>", to=ME,
      date="2026-03-11 11:20 +0100", subj="Einladung zum Vorstellungsgespräch",
      text="""Sehr geehrte Frau Marquardt,

Ihre Bewerbungsunterlagen haben uns überzeugt. Gerne möchten wir Sie persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch in unsere Hamburger Zentrale ein.

Würde Ihnen Dienstag, der 17. März, um 14:00 Uhr passen? Das Gespräch dauert etwa 90 Minuten; teilnehmen werden Frau Albers und ich.

Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Mit freundlichen Grüßen
Thomas Reuter
Teamleiter Data & Analytics
""")

S.add("de-outlook-einladung", ["interview_request"], lang="de",
      frm="Katrin Albers <k.albers@lindgruen-energie.de>", to=ME,
      date="2026-03-12 08:45 +0100", subj="Vorstellungsgespräch Sofia Marquardt - Data Engineer",
      html="""<html><body><div style="font-family:Calibri"><p>Liebe Frau Marquardt,</p><p>anbei die Einladung für unser Gespräch am Dienstag, 17.03., 14:00–15:30 Uhr. Adresse: Hafenstraße 12, 3. OG, bitte am Empfang melden.</p><p>Viele Grüße<br>Katrin Albers</p></div></body></html>""",
      cal=ics("REQUEST", "Vorstellungsgespräch Sofia Marquardt - Data Engineer", "20260317T130000Z", "20260317T143000Z",
              "Katrin Albers <k.albers@lindgruen-energie.de>", ["t.reuter@lindgruen-energie.de", "sofia.marquardt@gmx.de"],
              "040000008200E00074C5B7101A82E00800000000DE0317", location="Hafenstraße 12, 20457 Hamburg"))

S.add("de-du-kennenlern-call", ["interview_request"], lang="de",
      frm="Jana vom Talent-Team <jana@quellwerk.io>", to=ME,
      date="2026-03-13 10:05 +0100", subj="Re: Danke für deine Bewerbung bei Quellwerk!",
      text="""Hi Sofia,

dein Profil passt richtig gut! Hast du Lust auf einen kurzen Kennenlern-Call mit Ben, unserem Head of Data, nächste Woche? Schick mir gern zwei, drei Slots, die dir passen.

Liebe Grüße
Jana
""")

S.add("de-absage", ["rejection"], lang="de",
      frm="Personalabteilung Stadtwerke Talheim <karriere@stadtwerke-talheim.de>", to=ME,
      date="2026-04-08 10:00 +0200", subj="Ihre Bewerbung - Kennziffer 2026-117",
      text="""Sehr geehrte Frau Marquardt,

nochmals vielen Dank für Ihr Interesse an einer Tätigkeit bei den Stadtwerken Talheim.

Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Bewerberin entschieden haben. Diese Entscheidung ist keine Bewertung Ihrer Qualifikation.

Ihre Unterlagen werden gemäß den Datenschutzbestimmungen nach sechs Monaten gelöscht.

Für Ihren weiteren beruflichen Weg wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen
Personalabteilung
""")

S.add("de-absage-lob", ["rejection"], lang="de",
      frm="Ben Kaiser <ben@quellwerk.io>", to=ME,
      date="2026-04-02 18:40 +0200", subj="Feedback zu unseren Gesprächen",
      text="""Hallo Sofia,

erst einmal ein großes Dankeschön für die Zeit, die du dir für uns genommen hast. Dein Case war richtig stark, und das ganze Team fand das Gespräch mit dir super angenehm.

Trotzdem haben wir uns nach reiflicher Überlegung entschieden, den Prozess mit einer anderen Kandidatin fortzusetzen, die schon mehr Erfahrung mit Echtzeit-Pipelines mitbringt. Das ist uns wirklich nicht leichtgefallen.

Ich würde mich freuen, wenn wir in Kontakt bleiben.

Viele Grüße
Ben
""")

S.add("de-stelle-besetzt", ["rejection"], lang="de",
      frm="Recruiting Nordhafen Logistik <recruiting@nordhafen-logistik.de>", to=ME,
      date="2026-05-06 13:12 +0200", subj="Ihre Bewerbung als BI-Entwicklerin",
      text="""Sehr geehrte Frau Marquardt,

vielen Dank für Ihre Bewerbung. Wir bedauern, Ihnen mitteilen zu müssen, dass die Stelle inzwischen besetzt ist.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Nordhafen Logistik AG
""")

S.add("de-angebot-gehalt", ["offer", "salary_discussed"], lang="de",
      frm="Katrin Albers <k.albers@lindgruen-energie.de>", to=ME,
      date="2026-03-26 15:30 +0100", subj="Vertragsangebot Data Engineer",
      text="""Liebe Frau Marquardt,

wir freuen uns sehr, Ihnen die Position als Data Engineer bei der Lindgrün Energie GmbH anbieten zu können!

Wie besprochen beträgt das Jahresbruttogehalt 78.000 €, zuzüglich einer variablen Vergütung von bis zu 8 %. Den Vertragsentwurf finden Sie im Anhang.

Wir freuen uns auf Ihre Rückmeldung.

Herzliche Grüße
Katrin Albers
""", attach=[("Arbeitsvertrag_Marquardt_Entwurf.pdf", "application/pdf", PDF)])

S.add("de-du-angebot", ["offer"], lang="de",
      frm="Mira Sommer <mira@feldlinie.app>", to=ME,
      date="2026-05-20 19:15 +0200", subj="Wir wollen dich!",
      text="""Hey Sofia,

kurz und knapp: Wir würden dich sehr gerne ins Team holen! Die Details zu unserem Angebot schicke ich dir gleich noch separat, aber ich wollte dir die gute Nachricht direkt selbst geben.

Lass uns morgen kurz telefonieren?

Mira
Gründerin, Feldlinie
""")

S.add("de-ende-naechster-woche", ["timeline_stated"], by="2026-05-22", lang="de",
      frm="Hendrik Olsen <h.olsen@nordsee-analytics.de>", to=ME,
      date="2026-05-13 16:50 +0200", subj="AW: Danke für das Gespräch",
      irt="<sofia-nsa-0512@gmx.de>",
      text="""Liebe Frau Marquardt,

vielen Dank für Ihre nette Nachricht. Wir führen diese Woche noch zwei Gespräche und werden Ihnen bis Ende nächster Woche Bescheid geben.

Beste Grüße
Hendrik Olsen
""" + quote("Sehr geehrter Herr Olsen,\nvielen Dank für das angenehme Gespräch gestern.\nSofia Marquardt", "Sofia Marquardt <sofia.marquardt@gmx.de>", "Di., 12. Mai 2026 um 18:20"))

S.add("de-kuendigungsfrist-tage", ["notice_period_asked", "timeline_stated"], by="2026-06-06", lang="de",
      frm="Hendrik Olsen <h.olsen@nordsee-analytics.de>", to=ME,
      date="2026-06-03 11:00 +0200", subj="Kurze Rückfrage",
      text="""Liebe Frau Marquardt,

eine kurze Rückfrage: Wann wäre Ihr frühestmöglicher Eintrittstermin, bzw. wie lang ist Ihre Kündigungsfrist beim aktuellen Arbeitgeber?

Eine Entscheidung erwarten wir in den nächsten Tagen.

Beste Grüße
Hendrik Olsen
""")

S.add("de-bahn-angebot", [], lang="de",
      frm="Deutsche Bahn <noreply@bahn.de>", to=ME,
      date="2026-06-05 07:30 +0200", subj="Ihr persönliches Angebot: Sparpreis ab 17,99 €",
      extra={"Precedence": "bulk", "List-Unsubscribe": "<https://bahn.de/abmelden>"},
      html="""<html><body><h2>Jetzt zugreifen!</h2><p>Liebe Frau Marquardt, nur noch bis Freitag: Ihr persönliches Angebot für Reisen im Sommer. Wir haben Ihre Anfrage erhalten und melden uns mit weiteren Angeboten.</p><p>Ihre Deutsche Bahn</p></body></html>""")

S.add("de-xing-newsletter", [], lang="de",
      frm="XING <newsletter@xing.com>", to=ME,
      date="2026-06-08 06:00 +0200", subj="Stellenangebote für Sie & 5 Tipps fürs Vorstellungsgespräch",
      extra={"Precedence": "bulk", "List-Unsubscribe": "<https://xing.com/unsub>"},
      html="""<html><body><h3>Neue Stellenangebote, die zu Ihnen passen</h3><p>Senior Data Engineer - Hamburg - 70.000-85.000 €</p>
<h3>Ratgeber</h3><p>So überzeugen Sie im Vorstellungsgespräch: 5 Tipps von Recruitern. Plus: Wie Sie nach einer Absage um Feedback bitten - und wann Sie nach dem Gespräch nachfassen sollten.</p><p>Abmelden</p></body></html>""")

# ---------------- French ----------------
S.add("fr-accuse-reception", ["application_received"], lang="fr",
      frm="Recrutement Maison Vérel <recrutement@maisonverel.fr>", to=ME,
      date="2026-02-16 10:20 +0100", subj="Accusé de réception de votre candidature",
      text="""Madame,

Nous accusons bonne réception de votre candidature au poste de Data Analyst et vous remercions de l'intérêt que vous portez à Maison Vérel.

Votre dossier est actuellement à l'étude. Nous reviendrons vers vous dans les meilleurs délais.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Le service Recrutement
Maison Vérel SAS - 18 rue de la Paix, 75002 Paris
""")

S.add("fr-wttj-receipt-10jo", ["application_received", "timeline_stated"], by="2026-03-03", lang="fr",
      frm="Lumio via Welcome to the Jungle <noreply@welcometothejungle.com>", to=ME,
      date="2026-02-17 12:05 +0100", subj="Votre candidature chez Lumio a bien été reçue",
      html="""<html><body style="font-family:Helvetica"><p>Bonjour Sofia,</p><p>Merci pour votre candidature au poste de <b>Data Engineer</b> chez Lumio ! Elle a bien été transmise à l'équipe.</p>
<p>L'équipe s'engage à vous répondre sous 10 jours ouvrés.</p><p>Bonne chance !<br>L'équipe Welcome to the Jungle</p></body></html>""")

S.add("fr-bien-recu-cv", ["application_received"], lang="fr",
      frm="Julien Marchetti <j.marchetti@talentia-conseil.fr>", to=ME,
      date="2026-02-19 19:40 +0100", subj="RE: Candidature Data Engineer",
      irt="<sofia-talentia-0219@marquardt.eu>",
      text="""Bonsoir Sofia,

Bien reçu votre CV, merci. Je le transmets dès demain matin au manager du pôle data.

Bonne soirée,
Julien
Envoyé de mon iPhone
""")

S.add("fr-invitation-entretien", ["interview_request"], lang="fr",
      frm="Claire Dubois <claire.dubois@maisonverel.fr>", to=ME,
      date="2026-02-24 15:10 +0100", subj="Entretien - poste de Data Analyst",
      text="""Bonjour Madame Marquardt,

Votre profil a retenu toute notre attention et nous souhaiterions vous rencontrer pour un entretien avec le responsable de l'équipe data.

Seriez-vous disponible jeudi 5 mars à 14h dans nos locaux ? Dans le cas contraire, n'hésitez pas à me proposer d'autres créneaux.

Bien cordialement,
Claire Dubois
Chargée de recrutement
""")

S.add("fr-echange-telephonique", ["interview_request"], lang="fr",
      frm="Julien Marchetti <j.marchetti@talentia-conseil.fr>", to=ME,
      date="2026-02-23 09:15 +0100", subj="Poste Data Engineer - client secteur assurance",
      text="""Bonjour Sofia,

Le manager a bien aimé votre parcours ! Pourriez-vous m'indiquer vos disponibilités pour un échange téléphonique de 20 minutes cette semaine, afin de vous présenter le poste plus en détail avant le premier entretien ?

Belle journée,
Julien Marchetti
Consultant senior - Talentia Conseil
""")

S.add("fr-gcal-entretien-final", ["interview_request"], lang="fr",
      frm="Nadia Benali <nadia@lumio.fr>", to=ME,
      date="2026-03-09 11:30 +0100", subj="Invitation: Entretien final - Sofia Marquardt @ lun. 16 mars 2026 10:00 - 11:30 (CET) (sofia.marquardt@gmx.de)",
      text="""Vous avez été invité(e) à l'événement suivant.

Entretien final - Sofia Marquardt
Quand : lundi 16 mars 2026 10:00 - 11:30 Heure normale d'Europe centrale - Paris
Participer avec Google Meet : meet.google.com/kdf-wrpx-ytm
Invités : nadia@lumio.fr - organisateur, thomas@lumio.fr, sofia.marquardt@gmx.de

Invitation de Google Agenda
""",
      cal=ics("REQUEST", "Entretien final - Sofia Marquardt", "20260316T090000Z", "20260316T103000Z",
              "Nadia Benali <nadia@lumio.fr>", ["thomas@lumio.fr", "sofia.marquardt@gmx.de"], "3kq8s0fr1x@google.com",
              location="https://meet.google.com/kdf-wrpx-ytm"))

S.add("fr-regret-non-retenue", ["rejection"], lang="fr",
      frm="Recrutement Maison Vérel <recrutement@maisonverel.fr>", to=ME,
      date="2026-03-18 17:00 +0100", subj="Votre candidature au poste de Data Analyst",
      text="""Madame,

Nous vous remercions de l'intérêt que vous avez porté à Maison Vérel et du temps consacré à nos entretiens.

Nous sommes au regret de vous informer que votre candidature n'a pas été retenue pour ce poste.

Nous conservons votre dossier dans notre vivier de candidats et ne manquerons pas de revenir vers vous si une opportunité correspondant à votre profil se présentait.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Le service Recrutement
""")

S.add("fr-choix-profil-experimente", ["rejection"], lang="fr",
      frm="Thomas Girard <thomas@lumio.fr>", to=ME,
      date="2026-03-20 18:25 +0100", subj="Suite à nos échanges",
      text="""Bonjour Sofia,

Merci encore pour ton énergie et pour la qualité de ton étude de cas : toute l'équipe a été bluffée.

Malgré la qualité de ton parcours, nous avons fait le choix d'un profil plus expérimenté sur la partie infrastructure. La décision a été difficile et nous aimerions vraiment garder le contact pour la suite.

Belle continuation,
Thomas
CTO, Lumio
""")

S.add("fr-poste-pourvu", ["rejection"], lang="fr",
      frm="RH Groupe Altavia <rh@groupe-altavia.fr>", to=ME,
      date="2026-04-14 09:05 +0200", subj="Candidature - Ingénieur(e) Data",
      text="""Bonjour,

Nous vous informons que le poste d'Ingénieur(e) Data pour lequel vous avez postulé a été pourvu. Nous vous remercions pour votre candidature.

Cordialement,
Les Ressources Humaines - Groupe Altavia
""")

S.add("fr-promesse-embauche", ["offer", "salary_discussed"], lang="fr",
      frm="Nadia Benali <nadia@lumio.fr>", to=ME,
      date="2026-04-22 16:40 +0200", subj="Proposition d'embauche - Data Engineer",
      text="""Bonjour Sofia,

Suite à tes entretiens, nous avons le grand plaisir de te proposer le poste de Data Engineer chez Lumio, en CDI, avec une rémunération annuelle brute de 62 000 € et 12 jours de RTT.

Tu trouveras ci-joint la promesse d'embauche. N'hésite pas à m'appeler si tu as la moindre question.

À très vite, j'espère !
Nadia
""", attach=[("Promesse_embauche_Marquardt.pdf", "application/pdf", PDF)])

S.add("fr-offre-preavis", ["offer", "notice_period_asked"], lang="fr",
      frm="Julien Marchetti <j.marchetti@talentia-conseil.fr>", to=ME,
      date="2026-04-23 11:55 +0200", subj="Excellente nouvelle !",
      text="""Bonjour Sofia,

Excellente nouvelle : mon client souhaite vous faire une offre pour le poste de Data Engineer ! Ils seraient ravis de vous accueillir dans l'équipe.

Pourriez-vous m'indiquer la durée de votre préavis actuel, pour que nous puissions fixer une date d'arrivée ?

Bien à vous,
Julien
""")

S.add("fr-fin-semaine-prochaine", ["timeline_stated"], by="2026-03-13", lang="fr",
      frm="Claire Dubois <claire.dubois@maisonverel.fr>", to=ME,
      date="2026-03-05 18:10 +0100", subj="Suite de votre entretien",
      text="""Bonjour Madame Marquardt,

Merci pour votre venue aujourd'hui. Nous rencontrons encore deux candidats et nous reviendrons vers vous d'ici la fin de la semaine prochaine.

Bien cordialement,
Claire Dubois
""")

S.add("fr-reponse-vendredi", ["timeline_stated"], by="2026-04-17", lang="fr",
      frm="Julien Marchetti <j.marchetti@talentia-conseil.fr>", to=ME,
      date="2026-04-14 08:50 +0200", subj="RE: Entretien d'hier",
      irt="<sofia-talentia-0413@marquardt.eu>",
      text="""Bonjour Sofia,

Retour très positif du manager après votre entretien d'hier ! Ils voient encore une personne demain, vous aurez une réponse d'ici vendredi.

Julien
""")

S.add("fr-sncf-offre", [], lang="fr",
      frm="SNCF Connect <newsletter@sncf-connect.com>", to=ME,
      date="2026-04-24 07:00 +0200", subj="Offre spéciale : vos billets de printemps à -30 %",
      extra={"Precedence": "bulk", "List-Unsubscribe": "<https://sncf-connect.com/desabo>"},
      html="""<html><body><h2>Offre spéciale printemps</h2><p>Profitez de -30 % sur vos trajets jusqu'à dimanche. Réservez dès maintenant, nous vous confirmerons votre réservation sous 24 heures.</p><p>Se désabonner</p></body></html>""")

S.add("fr-podcast-entretien", [], lang="fr",
      frm="Génération Do It Yourself <bonjour@gdiy.fr>", to=ME,
      date="2026-04-27 06:30 +0200", subj="Nouvel épisode : entretien avec une fondatrice qui a refusé trois offres de rachat",
      extra={"Precedence": "bulk", "List-Unsubscribe": "<https://gdiy.fr/desabo>"},
      text="""Cette semaine dans le podcast : un long entretien avec la fondatrice de Pâtissier Moderne, qui raconte pourquoi elle a refusé trois offres de rachat, comment elle recrute, et ce qu'elle regarde vraiment lors d'un entretien d'embauche.

Écouter l'épisode

Se désabonner
""")

# ---------------- Spanish ----------------
S.add("es-recibido-dos-semanas", ["application_received", "timeline_stated"], by="2026-05-18", lang="es",
      frm="Talento Brisamar <talento@brisamar.es>", to=ME,
      date="2026-05-04 10:30 +0200", subj="Hemos recibido tu candidatura",
      text="""Hola Sofia:

¡Gracias por tu interés en Brisamar! Hemos recibido tu candidatura para el puesto de Ingeniera de Datos.

La revisaremos con calma y te contestaremos en un plazo de dos semanas, sea cual sea el resultado.

Un saludo,
El equipo de Talento de Brisamar
""")

S.add("es-infojobs-vista", ["application_received"], lang="es",
      frm="InfoJobs <noreply@infojobs.net>", to=ME,
      date="2026-05-05 13:12 +0200", subj="Tu candidatura está en proceso: Analista de Datos Senior",
      html="""<html><body><p>Hola Sofia,</p><p>La empresa <b>Grupo Celenia</b> ha recibido tu candidatura para la oferta <b>Analista de Datos Senior</b> y ya está en proceso de revisión.</p>
<table border="1" cellpadding="5" style="border-collapse:collapse"><tr><td>Inscrito</td><td>✔</td></tr><tr><td>CV leído</td><td>✔</td></tr><tr><td>En proceso</td><td>✔</td></tr><tr><td>Finalista</td><td></td></tr></table>
<p>InfoJobs</p></body></html>""")

S.add("es-recepcion-formal", ["application_received"], lang="es",
      frm="Recursos Humanos Naviera Atlántica <rrhh@navieraatlantica.com>", to=ME,
      date="2026-05-06 09:00 +0200", subj="Confirmación de recepción de su currículum",
      text="""Estimada Sra. Marquardt:

Le confirmamos la recepción de su currículum para el puesto de Responsable de Business Intelligence. Su candidatura será valorada por el departamento correspondiente.

Atentamente,
Departamento de Recursos Humanos
Naviera Atlántica S.A.

AVISO LEGAL: Este mensaje y sus archivos adjuntos son confidenciales. Si usted no es el destinatario, le rogamos que lo comunique al remitente y proceda a su eliminación.
""")

S.add("es-invitacion-entrevista", ["interview_request"], lang="es",
      frm="Lucía Ferrer <lucia.ferrer@brisamar.es>", to=ME,
      date="2026-05-12 12:45 +0200", subj="Entrevista con el equipo técnico",
      text="""Hola Sofia:

Nos ha gustado mucho tu perfil y nos gustaría invitarte a una entrevista con el equipo técnico (una hora, por videollamada). ¿Qué disponibilidad tienes la semana que viene?

Un abrazo,
Lucía
People Partner, Brisamar
""")

S.add("es-confirmo-entrevista", ["interview_request"], lang="es",
      frm="Javier Montes <jmontes@grupocelenia.com>", to=ME,
      date="2026-05-08 16:20 +0200", subj="RE: Entrevista Analista de Datos Senior",
      irt="<sofia-celenia-0508@gmx.de>",
      text="""Buenas tardes Sofia,

Te confirmo la entrevista el martes 12 de mayo a las 10:00 en nuestras oficinas de Madrid (Paseo de la Castellana 95, planta 14). Pregunta por mí en recepción.

Saludos,
Javier Montes
Jefe de Analítica, Grupo Celenia
""")

S.add("es-latam-llamada", ["interview_request"], lang="es",
      frm="Andrés Villalobos <andres@nubecita.mx>", to=ME,
      date="2026-05-13 19:05 -0600", subj="Data Engineer remoto",
      text="""Hola Sofía, ¿qué tal?

Vi tu perfil en LinkedIn y me late mucho para una vacante de Data Engineer remota con nosotros. ¿Tendrías chance de una llamada rápida mañana o el viernes para platicarte del rol?

Saludos,
Andrés
Nubecita - Talent
""")

S.add("es-lamentamos", ["rejection"], lang="es",
      frm="Talento Brisamar <talento@brisamar.es>", to=ME,
      date="2026-06-01 11:00 +0200", subj="Actualización sobre tu candidatura",
      text="""Hola Sofia:

Gracias por el tiempo que has dedicado a nuestro proceso de selección. Lamentamos comunicarte que no vamos a continuar con tu candidatura para el puesto de Ingeniera de Datos.

Te deseamos mucha suerte en tu búsqueda.

El equipo de Talento de Brisamar
""")

S.add("es-encantado-otra-persona", ["rejection"], lang="es",
      frm="Javier Montes <jmontes@grupocelenia.com>", to=ME,
      date="2026-05-27 18:35 +0200", subj="Proceso Analista de Datos Senior",
      text="""Hola Sofia,

Nos ha encantado conocerte y el equipo valoró muchísimo tu prueba técnica. Ha sido una decisión muy reñida, pero finalmente hemos decidido seguir adelante con otra persona que tiene más experiencia en el sector retail.

Espero que coincidamos en el futuro.

Un saludo,
Javier
""")

S.add("es-vacante-cubierta", ["rejection"], lang="es",
      frm="Recursos Humanos Naviera Atlántica <rrhh@navieraatlantica.com>", to=ME,
      date="2026-06-10 10:10 +0200", subj="Proceso de selección - Responsable de BI",
      text="""Estimada Sra. Marquardt:

Le informamos de que la vacante de Responsable de Business Intelligence ha sido cubierta, por lo que el proceso de selección queda cerrado. Agradecemos su interés en nuestra compañía.

Atentamente,
Departamento de Recursos Humanos
""")

S.add("es-oferta-salario", ["offer", "salary_discussed"], lang="es",
      frm="Andrés Villalobos <andres@nubecita.mx>", to=ME,
      date="2026-06-15 12:00 -0600", subj="¡Oferta para ti!",
      text="""Hola Sofía,

¡Qué gusto! Después de las entrevistas, nos complace ofrecerte el puesto de Data Engineer Senior, 100% remoto, con un salario bruto anual de 55.000 € (pagado en euros) y 25 días de vacaciones.

Te adjunto la carta oferta. Cualquier duda, me dices.

Abrazo,
Andrés
""", attach=[("Carta_oferta_Marquardt.pdf", "application/pdf", PDF)])

S.add("es-enhorabuena-manana", ["offer", "timeline_stated"], by="2026-06-05", lang="es",
      frm="Lucía Ferrer <lucia.ferrer@brisamar.es>", to=ME,
      date="2026-06-04 20:02 +0200", subj="!!",
      text="""¡Enhorabuena Sofia! Te queremos en el equipo 🎉 Mañana te mando la oferta por escrito, pero no quería esperar para decírtelo.

Lucía
Enviado desde mi móvil
""")

S.add("es-principios-mes", ["timeline_stated"], by="2026-07-10", lang="es",
      frm="Marta Quintana <marta.quintana@solnova.es>", to=ME,
      date="2026-06-17 13:30 +0200", subj="Re: Seguimiento entrevista",
      irt="<sofia-solnova-0616@marquardt.eu>",
      text="""Hola Sofia,

Gracias por escribir. El comité de dirección se reúne a finales de mes, así que te diremos algo a principios del mes que viene.

Un saludo,
Marta
""")

S.add("es-antes-fin-semana-que-viene", ["timeline_stated"], by="2026-06-26", lang="es",
      frm="Marta Quintana <marta.quintana@solnova.es>", to=ME,
      date="2026-06-16 09:40 +0200", subj="Gracias por tu tiempo",
      text="""Hola Sofia,

Muchas gracias por la entrevista de ayer. Nos quedan dos candidatos por ver y esperamos tomar una decisión antes de que acabe la semana que viene.

Un saludo,
Marta Quintana
Directora de Personas, Solnova Energía
""")

S.add("es-tienda-oferta", [], lang="es",
      frm="El Corte Inglés <ofertas@elcorteingles.es>", to=ME,
      date="2026-06-18 08:00 +0200", subj="Ofertas exclusivas solo este fin de semana",
      extra={"Precedence": "bulk", "List-Unsubscribe": "<https://elcorteingles.es/baja>"},
      html="""<html><body><h2>¡Ofertas exclusivas!</h2><p>Hasta un 40 % de descuento en tecnología y moda. Hemos recibido tu pedido anterior y pensamos que estas ofertas te encantarán. Solo hasta el domingo.</p><p>Darse de baja</p></body></html>""")

S.add("es-linkedin-consejos", [], lang="es",
      frm="LinkedIn Noticias <editors-noreply@linkedin.com>", to=ME,
      date="2026-06-19 07:10 +0000", subj="Consejos para tu próxima entrevista de trabajo",
      extra={"Precedence": "bulk", "List-Unsubscribe": "<https://linkedin.com/unsub>"},
      text="""Lo más leído esta semana:

- Cinco preguntas que siempre te harán en una entrevista (y cómo responderlas)
- ¿Cuándo es buen momento para preguntar por el salario?
- Cómo rechazar una oferta de trabajo sin cerrar puertas

Darse de baja
""")

# ---------------- Italian, Dutch, Portuguese (read by no rule: no label, language given) ----------------
S.add("it-ricezione", [], lang="it",
      frm="Giulia Ferraresi <g.ferraresi@tessaro-data.it>", to=ME,
      date="2026-07-01 10:10 +0200", subj="Candidatura Data Engineer - conferma di ricezione",
      text="""Gentile Sofia,

la ringraziamo per aver inviato la sua candidatura per la posizione di Data Engineer. Le confermiamo la ricezione del suo curriculum, che verrà valutato dal nostro team tecnico. La contatteremo entro due settimane.

Cordiali saluti,
Giulia Ferraresi
Ufficio Risorse Umane - Tessaro Data S.r.l.
""")

S.add("it-colloquio", [], lang="it",
      frm="Marco Bellini <marco.bellini@tessaro-data.it>", to=ME,
      date="2026-07-08 15:40 +0200", subj="Invito a colloquio",
      text="""Buongiorno Sofia,

il suo profilo ci ha colpito e vorremmo invitarla a un colloquio conoscitivo con il nostro CTO. Sarebbe disponibile giovedì prossimo alle 11:00 in videochiamata?

Cordiali saluti,
Marco Bellini
""")

S.add("nl-afwijzing", [], lang="nl",
      frm="Recruitment Veldhoven Data <werkenbij@veldhovendata.nl>", to=ME,
      date="2026-07-09 11:20 +0200", subj="Uw sollicitatie als Data Engineer",
      text="""Beste Sofia,

Hartelijk dank voor je sollicitatie en de tijd die je in de gesprekken hebt gestoken. Helaas moeten we je laten weten dat we hebben gekozen voor een andere kandidaat, wiens ervaring beter aansluit bij wat het team nu nodig heeft.

We wensen je veel succes met je verdere zoektocht.

Met vriendelijke groet,
Esther de Vries
Recruitment, Veldhoven Data B.V.
""")

S.add("nl-aanbod", [], lang="nl",
      frm="Pieter Jansen <pieter@grachtlabs.nl>", to=ME,
      date="2026-07-14 16:55 +0200", subj="Goed nieuws!",
      text="""Hoi Sofia,

Goed nieuws: we willen je graag een aanbod doen voor de functie van Data Engineer! Het bruto jaarsalaris is € 68.000, plus 8% vakantiegeld. Het contract stuur ik je morgen.

Laat je weten wat je ervan vindt?

Groet,
Pieter
Grachtlabs
""")

S.add("pt-recebemos", [], lang="pt",
      frm="Recrutamento Atlântico Digital <recrutamento@atlanticodigital.pt>", to=ME,
      date="2026-07-15 09:30 +0100", subj="Recebemos a sua candidatura",
      text="""Olá Sofia,

Obrigado pelo seu interesse na Atlântico Digital. Recebemos a sua candidatura para a posição de Engenheira de Dados e vamos analisá-la com atenção. Entraremos em contacto consigo nas próximas duas semanas.

Com os melhores cumprimentos,
Equipa de Recrutamento
""")

S.add("pt-br-entrevista", [], lang="pt",
      frm="Camila Rocha <camila.rocha@vaquinha.com.br>", to=ME,
      date="2026-07-20 14:15 -0300", subj="Entrevista - Engenheira de Dados",
      text="""Oi Sofia, tudo bem?

Gostamos muito do seu perfil! Você teria disponibilidade para uma entrevista com o nosso time de dados na próxima terça ou quarta à tarde? É uma conversa de uns 45 minutos pelo Google Meet.

Abraço,
Camila
Vaquinha - Pessoas & Cultura
""")

S.save()
