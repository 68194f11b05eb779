"""German, French, Spanish (15 each) and Italian/Dutch/Portuguese (1 each) held-out messages."""

DE = "Lena Hoffmann <lena.hoffmann@posteo.de>"
FR = "Camille Rousseau <camille.rousseau@orange.fr>"
ES = "Lucía Romero <lucia.romero@gmail.com>"
S = []


def add(name, lang, labels, exp=None, **kw):
    kw.setdefault("to", {"de": DE, "fr": FR, "es": ES}.get(lang, DE))
    S.append((name, labels, exp, kw, lang))


# ---------------- Deutsch ----------------
add("de-01.eml", "de", ["application_received"],
    frm="Personio <no-reply@personio.de>", date="Mon, 02 Nov 2026 10:12:00 +0100",
    subj="Ihre Bewerbung bei Hanse Klinikum Service GmbH",
    body="Liebe Frau Hoffmann,\n\nvielen Dank für Ihre Bewerbung als Study Nurse (m/w/d). Ihre Unterlagen "
         "sind vollständig bei uns eingegangen und werden nun von der Fachabteilung geprüft.\n\n"
         "Mit freundlichen Grüßen\nIhr Recruiting-Team\nHanse Klinikum Service GmbH")
add("de-02.eml", "de", ["application_received", "timeline_stated"], "2026-11-17",
    frm="Bewerbermanagement <karriere@stadtwerke-lindau.de>", date="Tue, 03 Nov 2026 14:30:00 +0100",
    subj="Eingangsbestätigung - Bauingenieur*in Tiefbau (Kennziffer 2026-41)",
    body="Sehr geehrte Frau Hoffmann,\n\nhiermit bestätigen wir den Eingang Ihrer Bewerbung. Nach Ende der "
         "Bewerbungsfrist entscheidet die Auswahlkommission; Sie erhalten innerhalb von zwei Wochen eine "
         "Rückmeldung von uns.\n\nMit freundlichen Grüßen\nPersonalabteilung\nStadtwerke Lindau")
add("de-03.eml", "de", ["interview_request"],
    frm="Jonas Brandt <j.brandt@fernweh-air.de>", date="Wed, 04 Nov 2026 09:00:00 +0100",
    subj="Einladung zum Auswahltag Flugbegleiter*in",
    body="Hallo Lena,\n\nwir freuen uns, Dich zu unserem Auswahltag am Samstag, 21. November, um 9 Uhr in "
         "Frankfurt einzuladen. Geplant sind eine Gruppenübung, ein Englischtest und ein persönliches "
         "Gespräch. Bitte bestätige kurz Deine Teilnahme.\n\nViele Grüße\nJonas\nFernweh Air Recruiting")
add("de-04.eml", "de", ["interview_request"],
    frm="Dr. Petra Lenz <petra.lenz@medisyn-pharma.de>", date="Thu, 05 Nov 2026 16:45:00 +0100",
    subj="AW: Clinical Research Associate",
    body="Sehr geehrte Frau Hoffmann,\n\nvielen Dank für Ihre Unterlagen. Wir würden Sie gerne persönlich "
         "kennenlernen. Hätten Sie am 12. oder 13.11. Zeit für ein Vorstellungsgespräch per Teams?\n\n"
         "Beste Grüße\nPetra Lenz")
add("de-05.eml", "de", ["rejection"],
    frm="Stadtwerke Lindau <karriere@stadtwerke-lindau.de>", date="Tue, 17 Nov 2026 11:00:00 +0100",
    subj="Ihre Bewerbung - Kennziffer 2026-41",
    body="Sehr geehrte Frau Hoffmann,\n\nnach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass "
         "wir uns für eine andere Bewerberin entschieden haben. Wir bedanken uns für Ihr Interesse und "
         "wünschen Ihnen für Ihre berufliche Zukunft alles Gute.\n\nMit freundlichen Grüßen\nPersonalabteilung")
add("de-06.eml", "de", ["rejection"],
    frm="Marie Kühn <marie.kuehn@hilfswerk-nord.org>", date="Fri, 13 Nov 2026 15:20:00 +0100",
    subj="Referent*in Spendenmarketing",
    body="Liebe Lena,\n\nvielen Dank für das offene Gespräch letzte Woche. Wir haben lange überlegt, "
         "konnten Dich am Ende aber nicht berücksichtigen - die Stelle geht an jemanden mit mehr Erfahrung "
         "im Großspendenbereich. Gern geben wir Dir am Telefon ausführlich Feedback.\n\nHerzliche Grüße\nMarie")
add("de-07.eml", "de", ["offer"],
    frm="Dr. Petra Lenz <petra.lenz@medisyn-pharma.de>", date="Mon, 23 Nov 2026 10:00:00 +0100",
    subj="Zusage - Clinical Research Associate",
    body="Sehr geehrte Frau Hoffmann,\n\nwir freuen uns sehr, Ihnen die Stelle als Clinical Research "
         "Associate anbieten zu können. Den Arbeitsvertrag erhalten Sie in den nächsten Tagen per Post.\n\n"
         "Herzliche Grüße\nPetra Lenz")
add("de-08.eml", "de", ["offer"],
    frm="Jonas Brandt <j.brandt@fernweh-air.de>", date="Wed, 25 Nov 2026 17:00:00 +0100",
    subj="Glückwunsch!",
    body="Hallo Lena,\n\nherzlichen Glückwunsch - Du hast den Auswahltag bestanden und wir möchten Dich gern "
         "als Flugbegleiterin einstellen! Das Vertragsangebot mit allen Details kommt diese Woche.\n\nJonas")
add("de-09.eml", "de", ["timeline_stated"], "2026-11-13",
    frm="Marie Kühn <marie.kuehn@hilfswerk-nord.org>", date="Wed, 04 Nov 2026 18:00:00 +0100",
    subj="Danke für heute",
    body="Liebe Lena,\n\ndanke, dass Du heute da warst! Wir sprechen noch mit zwei weiteren Personen und "
         "melden uns bis Ende nächster Woche bei Dir.\n\nMarie")
add("de-10.eml", "de", ["timeline_stated"], "2026-11-13",
    frm="Dr. Petra Lenz <petra.lenz@medisyn-pharma.de>", date="Mon, 09 Nov 2026 08:30:00 +0100",
    subj="AW: AW: Clinical Research Associate",
    body="Guten Morgen Frau Hoffmann,\n\nkurze Info: Die Abstimmung im Team läuft noch, Sie bekommen "
         "bis Freitag eine Entscheidung von uns.\n\nViele Grüße\nP. Lenz")
add("de-11.eml", "de", [],
    frm="MediaMarkt <newsletter@mediamarkt.de>", date="Thu, 05 Nov 2026 07:00:00 +0100",
    subj="Nur heute: Top-Angebote für Ihre Bewerbung beim Black Friday",
    body="Unsere Angebote der Woche: Laptops ab 299 €, Kopfhörer -40 %. Das Angebot gilt bis Sonntag. "
         "Jetzt zusagen und sparen!\n\nMediaMarkt")
add("de-12.eml", "de", [],
    frm="Deutschlandfunk <newsletter@deutschlandfunk.de>", date="Sat, 07 Nov 2026 06:00:00 +0100",
    subj="Das Interview der Woche",
    body="Im Interview der Woche spricht die Bundesministerin über das Vorstellungsgespräch ihres Lebens "
         "und die Absage, die alles veränderte.\n\nJetzt in der Dlf-Audiothek.")
add("de-13.eml", "de", [],
    frm="Hausverwaltung Kramer <info@hv-kramer.de>", date="Mon, 16 Nov 2026 12:00:00 +0100",
    subj="Ihre Bewerbung um die Wohnung Lindenstr. 4",
    body="Guten Tag Frau Hoffmann,\n\nvielen Dank für Ihr Interesse an der Wohnung. Wir haben sehr viele "
         "Bewerbungen erhalten und melden uns nach den Besichtigungen. Bitte reichen Sie noch eine "
         "Mieterselbstauskunft ein.\n\nHausverwaltung Kramer")
add("de-14.eml", "de", [],
    frm="Lena Hoffmann <lena.hoffmann@posteo.de>", to="Jonas Brandt <j.brandt@fernweh-air.de>",
    date="Wed, 04 Nov 2026 10:15:00 +0100", subj="AW: Einladung zum Auswahltag Flugbegleiter*in",
    body="Hallo Jonas,\n\nvielen Dank, ich bin am 21. gern dabei!\n\nLiebe Grüße\nLena\n\n"
         "Am 04.11.2026 um 09:00 schrieb Jonas Brandt:\n> wir freuen uns, Dich zu unserem Auswahltag am "
         "Samstag, 21. November einzuladen.\n")
add("de-15.eml", "de", [],
    frm="Abwesenheitsnotiz <marie.kuehn@hilfswerk-nord.org>", date="Mon, 23 Nov 2026 08:00:00 +0100",
    subj="Abwesenheitsnotiz: Feedback",
    headers={"Auto-Submitted": "auto-replied"},
    body="Vielen Dank für Ihre Nachricht. Ich bin bis zum 30.11. nicht im Büro. In dringenden Fällen "
         "zu Bewerbungen wenden Sie sich bitte an personal@hilfswerk-nord.org.\n\nMarie Kühn")

# ---------------- Français ----------------
add("fr-01.eml", "fr", ["application_received"],
    frm="Workday <noreply@myworkday.com>", date="Mon, 02 Nov 2026 09:10:00 +0100",
    subj="Confirmation de candidature - Attaché(e) de recherche clinique",
    body="Bonjour Camille,\n\nNous vous remercions pour votre candidature au poste d'Attaché(e) de recherche "
         "clinique (réf. R-77120) chez Laboratoires Verlaine. Votre dossier a bien été reçu et sera étudié "
         "avec attention par notre équipe.\n\nCordialement,\nL'équipe Talent Acquisition")
add("fr-02.eml", "fr", ["application_received", "timeline_stated"], "2026-11-24",
    frm="Recrutement Mairie de Nantes <recrutement@mairie-nantes.fr>", date="Tue, 10 Nov 2026 11:00:00 +0100",
    subj="Accusé de réception de votre candidature",
    body="Madame,\n\nNous accusons réception de votre candidature au poste d'ingénieure voirie et réseaux. "
         "Le jury se réunira prochainement et une réponse vous sera apportée dans les deux semaines.\n\n"
         "Veuillez agréer, Madame, l'expression de nos salutations distinguées.\nDirection des Ressources Humaines")
add("fr-03.eml", "fr", ["interview_request"],
    frm="Sophie Marchand <s.marchand@verlaine-labs.fr>", date="Thu, 05 Nov 2026 15:00:00 +0100",
    subj="Entretien - ARC",
    body="Bonjour Camille,\n\nVotre profil a retenu notre attention. Seriez-vous disponible pour un premier "
         "entretien en visio mardi 10 ou mercredi 11 novembre en fin de matinée ?\n\nBien à vous,\n"
         "Sophie Marchand\nChargée de recrutement")
add("fr-04.eml", "fr", ["interview_request"],
    frm="Recrutement Mairie de Nantes <recrutement@mairie-nantes.fr>", date="Mon, 16 Nov 2026 10:00:00 +0100",
    subj="Convocation à un entretien de recrutement",
    body="Madame,\n\nJ'ai le plaisir de vous informer que votre candidature a été retenue. Vous êtes "
         "convoquée à un entretien devant le jury le jeudi 26 novembre 2026 à 14h30, Hôtel de Ville, salle 3.\n\n"
         "Direction des Ressources Humaines")
add("fr-05.eml", "fr", ["rejection"],
    frm="Équipe Recrutement <jobs@solidarites-monde.org>", date="Wed, 04 Nov 2026 17:30:00 +0100",
    subj="Votre candidature - Chargée de projet Sahel",
    body="Bonjour Camille,\n\nMerci pour l'intérêt porté à notre association. Après étude attentive, nous "
         "sommes au regret de ne pas pouvoir donner une suite favorable à votre candidature.\n\nBelle continuation,\n"
         "L'équipe RH")
add("fr-06.eml", "fr", ["rejection"],
    frm="Julien Fabre <julien.fabre@hotel-lumiere.fr>", date="Fri, 20 Nov 2026 12:15:00 +0100",
    subj="Re: Poste de directrice adjointe",
    body="Bonjour Camille,\n\nEncore merci pour votre venue. Nous avons finalement retenu une candidature "
         "interne pour ce poste. Je garde précieusement votre CV pour la saison prochaine.\n\nCordialement,\nJulien")
add("fr-07.eml", "fr", ["offer"],
    frm="Sophie Marchand <s.marchand@verlaine-labs.fr>", date="Tue, 24 Nov 2026 16:00:00 +0100",
    subj="Proposition d'embauche",
    body="Bonjour Camille,\n\nJ'ai le plaisir de vous proposer le poste d'ARC en CDI. Vous trouverez ci-joint "
         "votre promesse d'embauche ; merci de nous la retourner signée.\n\nBien cordialement,\nSophie")
add("fr-08.eml", "fr", ["offer"],
    frm="Recrutement Mairie de Nantes <recrutement@mairie-nantes.fr>", date="Fri, 27 Nov 2026 09:00:00 +0100",
    subj="Suite à votre entretien",
    body="Madame,\n\nJ'ai le plaisir de vous informer que le jury a retenu votre candidature. Nous vous "
         "proposons le poste à compter du 4 janvier 2027, sous réserve de la visite médicale.\n\n"
         "Direction des Ressources Humaines")
add("fr-09.eml", "fr", ["timeline_stated"], "2026-11-20",
    frm="Sophie Marchand <s.marchand@verlaine-labs.fr>", date="Mon, 16 Nov 2026 18:00:00 +0100",
    subj="Re: Entretien - ARC",
    body="Bonjour Camille,\n\nMerci pour cet échange. Nous finalisons les entretiens cette semaine et "
         "reviendrons vers vous d'ici vendredi.\n\nSophie")
add("fr-10.eml", "fr", ["timeline_stated"], "2026-11-27",
    frm="Julien Fabre <julien.fabre@hotel-lumiere.fr>", date="Wed, 18 Nov 2026 11:00:00 +0100",
    subj="Poste de directrice adjointe",
    body="Bonjour Camille,\n\nMerci pour votre patience ! La direction tranchera d'ici la fin de la semaine "
         "prochaine, je vous tiens au courant.\n\nJulien")
add("fr-11.eml", "fr", [],
    frm="Fnac <offres@fnac-mail.fr>", date="Thu, 05 Nov 2026 08:00:00 +0100",
    subj="Offre exclusive : -20 % sur les liseuses",
    body="Profitez de notre offre jusqu'à dimanche. Entretien gratuit de votre appareil en magasin.\n\nFnac")
add("fr-12.eml", "fr", [],
    frm="France Inter <newsletter@radiofrance.fr>", date="Sat, 07 Nov 2026 07:00:00 +0100",
    subj="L'entretien politique de la semaine",
    body="Retrouvez l'entretien de la ministre du Travail sur les candidatures aux concours de la fonction "
         "publique.\n\nRadio France")
add("fr-13.eml", "fr", [],
    frm="Colissimo <noreply@colissimo.fr>", date="Tue, 10 Nov 2026 13:00:00 +0100",
    subj="Votre colis est en cours de livraison",
    body="Bonjour,\n\nVotre colis 6A123456789 est en cours d'acheminement. Position actuelle : plateforme de "
         "Nantes. Livraison prévue demain.\n\nColissimo")
add("fr-14.eml", "fr", [],
    frm="Camille Rousseau <camille.rousseau@orange.fr>", to="Sophie Marchand <s.marchand@verlaine-labs.fr>",
    date="Thu, 05 Nov 2026 16:10:00 +0100", subj="Re: Entretien - ARC",
    body="Bonjour Sophie,\n\nMerci beaucoup, mardi 10 à 11h me convient parfaitement.\n\nBien cordialement,\n"
         "Camille\n\nLe jeu. 5 nov. 2026 à 15:00, Sophie Marchand a écrit :\n> Seriez-vous disponible pour un "
         "premier entretien en visio mardi 10 ou mercredi 11 novembre ?\n")
add("fr-15.eml", "fr", [],
    frm="Association des parents d'élèves <ape.ecole-jules-verne@gmail.com>", date="Mon, 23 Nov 2026 20:00:00 +0100",
    subj="Kermesse : appel aux candidatures",
    body="Bonjour à tous,\n\nNous recherchons des bénévoles pour tenir les stands de la kermesse. Les "
         "candidatures sont ouvertes jusqu'au 4 décembre, pas d'entretien d'embauche promis :)\n\nL'APE")

# ---------------- Español ----------------
add("es-01.eml", "es", ["application_received"],
    frm="SmartRecruiters <mail@smartrecruiters.com>", date="Mon, 02 Nov 2026 12:00:00 +0100",
    subj="Hemos recibido tu candidatura - Jefe/a de Tienda",
    body="Hola Lucía:\n\nGracias por tu interés en Moda Atlántica. Hemos recibido tu candidatura para el puesto "
         "de Jefe/a de Tienda en Valencia y nuestro equipo la revisará en breve.\n\nUn saludo,\nEquipo de Talento")
add("es-02.eml", "es", ["application_received", "timeline_stated"], "2026-11-19",
    frm="Recursos Humanos <rrhh@constructora-iberia.es>", date="Thu, 05 Nov 2026 10:30:00 +0100",
    subj="Confirmación de recepción - Ingeniera de Obra",
    body="Estimada Lucía:\n\nLe confirmamos la recepción de su candidatura para el puesto de Ingeniera de Obra. "
         "Le daremos una respuesta en un plazo de dos semanas.\n\nAtentamente,\nDepartamento de RR. HH.")
add("es-03.eml", "es", ["interview_request"],
    frm="Marta Gil <marta.gil@modaatlantica.com>", date="Mon, 09 Nov 2026 13:00:00 +0100",
    subj="Entrevista - Jefe/a de Tienda",
    body="Hola Lucía,\n\nNos ha encantado tu perfil. ¿Te vendría bien una entrevista presencial en nuestra "
         "tienda de Colón el jueves 12 a las 10:00? Si no, dime qué día te viene mejor.\n\nUn abrazo,\nMarta")
add("es-04.eml", "es", ["interview_request"],
    frm="Javier Ortega <j.ortega@constructora-iberia.es>", date="Tue, 17 Nov 2026 09:00:00 +0100",
    subj="Re: Ingeniera de Obra",
    body="Buenos días Lucía:\n\nEl jefe de producción quiere conocerte. ¿Podrías pasarte por la obra de "
         "Paterna el lunes 23 por la mañana para una charla y visita?\n\nSaludos,\nJavier Ortega")
add("es-05.eml", "es", ["rejection"],
    frm="Equipo de Talento <talento@modaatlantica.com>", date="Fri, 20 Nov 2026 11:00:00 +0100",
    subj="Tu proceso en Moda Atlántica",
    body="Hola Lucía:\n\nGracias por tu tiempo durante el proceso. Lamentablemente, hemos decidido continuar "
         "con otros candidatos cuyo perfil se ajusta más a las necesidades del puesto.\n\nTe deseamos mucha "
         "suerte.\nEquipo de Talento")
add("es-06.eml", "es", ["rejection"],
    frm="Ana Beltrán <ana.beltran@fundacionsolsur.org>", date="Wed, 11 Nov 2026 16:00:00 +0100",
    subj="Técnica de proyectos",
    body="Querida Lucía,\n\nTe escribo para contarte que finalmente la plaza se ha cubierto con una persona "
         "de la propia fundación. Ha sido una decisión difícil; si quieres te llamo y lo comentamos.\n\n"
         "Un abrazo,\nAna")
add("es-07.eml", "es", ["offer"],
    frm="Javier Ortega <j.ortega@constructora-iberia.es>", date="Wed, 25 Nov 2026 18:30:00 +0100",
    subj="Propuesta",
    body="Lucía:\n\nComo te adelanté por teléfono, nos gustaría incorporarte como Ingeniera de Obra. Te "
         "envío la oferta por escrito con las condiciones; échale un vistazo y me dices.\n\nJavier")
add("es-08.eml", "es", ["offer"],
    frm="Carmen Ruiz <carmen.ruiz@clinicalmed.es>", date="Thu, 26 Nov 2026 12:00:00 +0100",
    subj="Oferta de empleo - Coordinadora de Ensayos Clínicos",
    body="Estimada Lucía:\n\nTenemos el placer de ofrecerle el puesto de Coordinadora de Ensayos Clínicos. "
         "Adjuntamos la carta de oferta.\n\nReciba un cordial saludo,\nCarmen Ruiz\nRR. HH., ClinicalMed")
add("es-09.eml", "es", ["timeline_stated"], "2026-11-20",
    frm="Carmen Ruiz <carmen.ruiz@clinicalmed.es>", date="Tue, 17 Nov 2026 17:00:00 +0100",
    subj="Re: Entrevista final",
    body="Hola Lucía:\n\nGracias por la entrevista de hoy. Te daremos una respuesta antes del viernes.\n\nCarmen")
add("es-10.eml", "es", ["timeline_stated"], "2026-12-04",
    frm="Marta Gil <marta.gil@modaatlantica.com>", date="Mon, 23 Nov 2026 10:00:00 +0100",
    subj="Novedades",
    body="Hola Lucía, perdona la demora. Seguimos entrevistando y te diremos algo a finales de la semana "
         "que viene. Un saludo, Marta")
add("es-11.eml", "es", [],
    frm="El Corte Inglés <ofertas@elcorteingles.es>", date="Fri, 06 Nov 2026 08:00:00 +0100",
    subj="Ofertas irresistibles del Black Friday",
    body="Descubre nuestras ofertas en tecnología y moda. Oferta válida hasta agotar existencias.\n\nEl Corte Inglés")
add("es-12.eml", "es", [],
    frm="Cadena SER <newsletter@cadenaser.com>", date="Sun, 08 Nov 2026 09:00:00 +0100",
    subj="La entrevista de la semana: el seleccionador nacional",
    body="El seleccionador habla de la convocatoria, los descartes y el puesto de portero.\n\nCadena SER")
add("es-13.eml", "es", [],
    frm="Lucía Romero <lucia.romero@gmail.com>", to="Marta Gil <marta.gil@modaatlantica.com>",
    date="Mon, 09 Nov 2026 13:40:00 +0100", subj="Re: Entrevista - Jefe/a de Tienda",
    body="Hola Marta, el jueves a las 10 perfecto. ¡Gracias! Lucía\n\nEl lun, 9 nov 2026 a las 13:00, Marta "
         "Gil escribió:\n> ¿Te vendría bien una entrevista presencial el jueves 12 a las 10:00?\n")
add("es-14.eml", "es", [],
    frm="Comunidad de vecinos <admin@fincas-turia.es>", date="Thu, 12 Nov 2026 19:00:00 +0100",
    subj="Junta de propietarios - presupuestos",
    body="Estimados vecinos:\n\nHemos recibido tres ofertas para la reforma del ascensor. Próximos pasos: "
         "votación en la junta del día 30. Les daremos respuesta a los candidatos a presidente esa semana.\n\n"
         "Administración de Fincas Turia")
add("es-15.eml", "es", [],
    frm="Correos <notificaciones@correos.es>", date="Tue, 24 Nov 2026 11:00:00 +0100",
    subj="Tu envío está en camino",
    body="Tu envío PQ7A3B0412345 se encuentra en el centro de tratamiento de Valencia. Entrega prevista: "
         "mañana.\n\nCorreos")

# ---------------- Italiano, Nederlands, Português (no label) ----------------
add("it-01.eml", "it", [],
    frm="Esselunga <offerte@esselunga.it>", date="Wed, 11 Nov 2026 08:00:00 +0100",
    subj="Le offerte della settimana",
    body="Scopri le nostre offerte: colloquio gratuito con il nostro enologo in negozio. Offerta valida fino "
         "a domenica.\n\nEsselunga")
add("nl-01.eml", "nl", [],
    frm="PostNL <noreply@postnl.nl>", date="Thu, 12 Nov 2026 10:00:00 +0100",
    subj="Je pakket komt vandaag",
    body="Hoi Lena, je pakket van Bol.com wordt vandaag tussen 14:00 en 16:00 bezorgd. Sollicitatiegesprek "
         "met de bezorger is niet nodig ;)\n\nPostNL")
add("pt-01.eml", "pt", [],
    frm="Jornal Público <newsletter@publico.pt>", date="Fri, 13 Nov 2026 07:00:00 +0000",
    subj="Entrevista: a ministra fala sobre o mercado de trabalho",
    body="Nesta edição: entrevista com a ministra do Trabalho, ofertas de emprego em queda e candidaturas "
         "recorde às universidades.\n\nPúblico")
