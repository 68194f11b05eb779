"""Builds intl/ (part 2 of 3): python3 make/build_intl.py from tests/data/heldout-r9."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from mk import build, ics, write_set  # noqa: E402

M = []


def e(lang, slug, labels, by, frm, subj, date, body, **kw):
    M.append({"slug": f"{lang}-{slug}", "labels": labels, "by": by, "lang": lang,
              "msg": build(frm, subj, date, body, **kw)})


# ---------------- German ----------------
e("de", "personio-eingang", ["application_received"], None,
  "Spedition Brandt Recruiting <jobs@brandt.jobs.personio.de>", "Ihre Bewerbung als Disponent (m/w/d)",
  "Mon, 02 Nov 2026 09:14:00 +0100",
  "Sehr geehrte Frau Ellery,\n\nvielen Dank für Ihre Bewerbung und Ihr Interesse an der Spedition "
  "Brandt. Ihre Unterlagen sind bei uns eingegangen und werden derzeit sorgfältig geprüft.\n\n"
  "Mit freundlichen Grüßen\nIhr Recruiting-Team\n\nSpedition Brandt GmbH & Co. KG, Sitz Bremen, "
  "Amtsgericht Bremen HRA 28811")
e("de", "eingang-frist", ["application_received", "timeline_stated"], "2026-11-17",
  "Universität Lindenhof - Personalabteilung <personal@uni-lindenhof.de>",
  "Eingangsbestätigung Kennziffer 26/114", "Tue, 03 Nov 2026 11:00:00 +0100",
  "Sehr geehrte Bewerberin,\n\nwir bestätigen den Eingang Ihrer Bewerbung auf die Stelle "
  "Referentin Einkauf (E13 TV-L). Sie erhalten innerhalb von zwei Wochen eine Rückmeldung über "
  "den weiteren Verlauf des Verfahrens.\n\nMit freundlichen Grüßen\nPersonalabteilung")
e("de", "einladung-sie", ["interview_request"], None,
  "Dr. Katrin Vogt <k.vogt@klinikum-auental.de>", "Einladung zum Vorstellungsgespräch",
  "Thu, 05 Nov 2026 14:30:00 +0100",
  "Sehr geehrte Frau Ellery,\n\nwir freuen uns, Sie zu einem persönlichen Vorstellungsgespräch "
  "für die Position Leitung Materialwirtschaft einzuladen. Wir schlagen Dienstag, den 17. "
  "November um 10:00 Uhr vor. Bitte teilen Sie uns mit, ob Ihnen der Termin passt.\n\n"
  "Mit freundlichen Grüßen\nDr. Katrin Vogt")
e("de", "startup-du", ["interview_request"], None,
  "Jonas <jonas@lagerlicht.io>", "Kurzer Call?", "Fri, 06 Nov 2026 18:02:00 +0100",
  "Hi Jordan,\n\nich bin Jonas, Mitgründer von Lagerlicht. Dein Profil passt super zu unserer "
  "Ops-Rolle! Hast du Lust auf einen kurzen Videocall nächste Woche? Such dir einfach einen Slot "
  "aus: https://cal.com/jonas-lagerlicht\n\nLiebe Grüße\nJonas")
e("de", "teams-einladung", ["interview_request"], None,
  "Sabine Krüger <sabine.krueger@nordbahn-logistik.de>", "Zweites Gespräch - Teams",
  "Wed, 18 Nov 2026 08:45:00 +0100", None,
  html="<html><body><p>Hallo Frau Ellery,</p><p>anbei die Einladung zu unserem zweiten Gespräch "
  "mit dem Bereichsleiter.</p><p><b>Microsoft Teams-Besprechung</b><br><a href='https://teams."
  "microsoft.com/l/meetup-join/x'>Jetzt an der Besprechung teilnehmen</a></p></body></html>",
  ics=ics("REQUEST", "nb-2", "20261124T130000Z", "20261124T140000Z", "Zweites Gespräch Ellery",
          "sabine.krueger@nordbahn-logistik.de", "jordan.ellery@fastmail.com"))
e("de", "absage-sie", ["rejection"], None,
  "Personalabteilung <bewerbung@hafenwerke-kiel.de>", "Ihre Bewerbung - Absage",
  "Mon, 09 Nov 2026 16:10:00 +0100",
  "Sehr geehrte Frau Ellery,\n\nnach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass "
  "wir uns für eine andere Kandidatin entschieden haben. Wir bedanken uns für Ihr Interesse und "
  "wünschen Ihnen für Ihren weiteren Berufsweg alles Gute.\n\nMit freundlichen Grüßen")
e("de", "absage-du", ["rejection"], None,
  "Mia von Pixelhain <mia@pixelhain-games.de>", "Deine Bewerbung bei Pixelhain",
  "Tue, 10 Nov 2026 12:00:00 +0100",
  "Hey Jordan,\n\ndanke dir für das nette Gespräch! Leider haben wir uns am Ende für jemanden mit "
  "mehr Erfahrung in Unity entschieden. Wir würden uns freuen, wenn du dich bei passenden Stellen "
  "wieder meldest.\n\nViele Grüße\nMia")
e("de", "angebot-sie", ["offer", "salary_discussed"], None,
  "Thomas Reiter <t.reiter@kanzlei-reiter-partner.de>", "Vertragsangebot",
  "Fri, 20 Nov 2026 15:00:00 +0100",
  "Sehr geehrte Frau Ellery,\n\nwir freuen uns, Ihnen die Stelle als Office Managerin in unserer "
  "Kanzlei anbieten zu können. Das Jahresbruttogehalt beträgt 52.000 EUR. Den Arbeitsvertrag "
  "erhalten Sie in Kürze per Post.\n\nMit freundlichen Grüßen\nThomas Reiter")
e("de", "zusage-du", ["offer"], None,
  "Jonas <jonas@lagerlicht.io>", "Wir wollen dich!", "Thu, 26 Nov 2026 19:30:00 +0100",
  "Hi Jordan,\n\nwir sind uns einig: Wir möchten dir die Ops-Lead-Stelle anbieten! Vertrag schicke "
  "ich dir morgen. Sag Bescheid, wenn du Fragen hast.\n\nJonas")
e("de", "frist-ende-naechster-woche", ["timeline_stated"], "2026-11-27",
  "Sabine Krüger <sabine.krueger@nordbahn-logistik.de>", "AW: Zweites Gespräch",
  "Wed, 18 Nov 2026 17:00:00 +0100",
  "Liebe Frau Ellery,\n\nvielen Dank für das angenehme Gespräch heute. Wir melden uns bis Ende "
  "nächster Woche bei Ihnen.\n\nBeste Grüße\nSabine Krüger")
e("de", "frist-freitag", ["timeline_stated"], "2026-11-13",
  "Dr. Katrin Vogt <k.vogt@klinikum-auental.de>", "AW: Vorstellungsgespräch",
  "Tue, 10 Nov 2026 09:00:00 +0100",
  "Sehr geehrte Frau Ellery,\n\nwir werden Ihnen bis Freitag Bescheid geben.\n\nMfG\nK. Vogt")
e("de", "wohnung-bewerbung", [], None, "Hausverwaltung Berger <info@hv-berger.de>",
  "Ihre Bewerbung für die Wohnung Lindenstr. 4", "Sat, 07 Nov 2026 10:00:00 +0100",
  "Guten Tag,\n\nvielen Dank für Ihre Bewerbung um die 2-Zimmer-Wohnung. Bitte bringen Sie zur "
  "Besichtigung eine Schufa-Auskunft mit. Wir melden uns nach den Besichtigungen.\n\nHausverwaltung Berger")
e("de", "party-einladung", [], None, "Lena <lena.schmitt@web.de>", "Einladung zu meiner Geburtstagsparty!",
  "Sun, 15 Nov 2026 20:00:00 +0100",
  "Hallo ihr Lieben,\n\nhiermit seid ihr herzlich eingeladen zu meinem 30.! Samstag, 5.12., ab 19 "
  "Uhr. Sagt mir bis Mittwoch Bescheid, ob ihr kommt. Angebot: wer Kuchen mitbringt, kriegt ein Bier extra :)\n\nLena")
e("de", "shop-angebot", [], None, "MediaMarkt <newsletter@mediamarkt.de>",
  "Unser Angebot der Woche", "Mon, 23 Nov 2026 06:00:00 +0100",
  "Nur diese Woche: Top-Angebote auf Laptops. Jetzt zugreifen - das Angebot gilt bis Sonntag.")
e("de", "verein-stellenanzeige-newsletter", [], None, "StepStone <newsletter@stepstone.de>",
  "10 Tipps fürs Vorstellungsgespräch", "Wed, 25 Nov 2026 07:00:00 +0100",
  "So überzeugen Sie im Vorstellungsgespräch - und so verhandeln Sie Ihr Gehalt beim Jobangebot. "
  "Neue Jobs für Sie: Disponent, Lagerleiter, Einkäufer.")

# ---------------- French ----------------
e("fr", "accuse-reception", ["application_received"], None,
  "Recrutement Transports Gauthier <recrutement@transports-gauthier.fr>",
  "Accusé de réception de votre candidature", "Mon, 02 Nov 2026 10:00:00 +0100",
  "Madame,\n\nNous accusons bonne réception de votre candidature au poste de Responsable "
  "d'exploitation et vous en remercions. Elle sera étudiée avec la plus grande attention.\n\n"
  "Le service Recrutement")
e("fr", "reception-delai", ["application_received", "timeline_stated"], "2026-11-30",
  "Cabinet Delorme Avocats <rh@delorme-avocats.fr>", "Votre candidature - élève-avocat",
  "Mon, 16 Nov 2026 11:30:00 +0100",
  "Bonjour,\n\nNous avons bien reçu votre candidature pour le stage d'élève-avocat. Nous "
  "reviendrons vers vous d'ici deux semaines.\n\nBien cordialement,\nLe service RH")
e("fr", "entretien-vous", ["interview_request"], None,
  "Claire Martin <claire.martin@hopital-saint-roch.fr>", "Proposition d'entretien",
  "Wed, 04 Nov 2026 15:00:00 +0100",
  "Madame Ellery,\n\nSuite à votre candidature, nous souhaiterions vous rencontrer lors d'un "
  "entretien le jeudi 12 novembre à 14h. Merci de nous confirmer votre disponibilité.\n\n"
  "Cordialement,\nClaire Martin, Direction des Ressources Humaines")
e("fr", "recruteur-fr-a-anglophone", ["interview_request"], None,
  "Julien Roux <julien.roux@talentis-conseil.fr>", "Poste Supply Chain - Lyon",
  "Thu, 05 Nov 2026 09:20:00 +0100",
  "Hello Jordan,\n\nJe me permets de vous écrire en français, n'hésitez pas à me répondre en "
  "anglais ! Mon client, un studio de jeux vidéo lyonnais, aimerait beaucoup échanger avec vous "
  "pour le poste de Supply Chain Manager. Seriez-vous disponible pour un appel de 20 minutes "
  "mardi ou mercredi ?\n\nBien à vous,\nJulien")
e("fr", "visio-zoom", ["interview_request"], None,
  "Agathe Leroy <agathe@fintek-paris.fr>", "Invitation : entretien visio", "Tue, 17 Nov 2026 13:00:00 +0100",
  None, html="<p>Bonjour Jordan,</p><p>Voici le lien Zoom pour notre entretien de vendredi 20 "
  "novembre à 11h : <a href='https://zoom.us/j/1234'>Rejoindre la réunion Zoom</a></p><p>Agathe</p>")
e("fr", "refus-poli", ["rejection"], None,
  "Recrutement Transports Gauthier <recrutement@transports-gauthier.fr>",
  "Suite donnée à votre candidature", "Fri, 13 Nov 2026 16:45:00 +0100",
  "Madame,\n\nNous avons le regret de vous informer que votre candidature n'a pas été retenue. "
  "Nous conservons toutefois votre CV dans notre vivier.\n\nLe service Recrutement")
e("fr", "refus-tu", ["rejection"], None,
  "Léa <lea@studio-lucioles.fr>", "Retour sur ton entretien", "Mon, 23 Nov 2026 10:10:00 +0100",
  "Salut Jordan,\n\nMerci encore pour ton temps. Malheureusement, on a décidé de poursuivre avec "
  "un autre profil. On garde ton contact !\n\nLéa")
e("fr", "offre-cdi", ["offer", "salary_discussed"], None,
  "Agathe Leroy <agathe@fintek-paris.fr>", "Proposition d'embauche", "Wed, 25 Nov 2026 18:00:00 +0100",
  "Bonjour Jordan,\n\nNous avons le plaisir de vous proposer le poste de Responsable Opérations "
  "en CDI, avec une rémunération annuelle brute de 58 000 euros. Vous trouverez la promesse "
  "d'embauche en pièce jointe.\n\nAgathe")
e("fr", "offre-hopital", ["offer"], None,
  "Claire Martin <claire.martin@hopital-saint-roch.fr>", "Votre recrutement",
  "Thu, 26 Nov 2026 12:00:00 +0100",
  "Madame Ellery,\n\nJ'ai le plaisir de vous annoncer que votre candidature a été retenue pour le "
  "poste de cadre logistique. Nous vous proposons une prise de poste au 4 janvier.\n\nCordialement")
e("fr", "delai-fin-semaine", ["timeline_stated"], "2026-11-20",
  "Julien Roux <julien.roux@talentis-conseil.fr>", "RE: Poste Supply Chain",
  "Tue, 17 Nov 2026 19:00:00 +0100",
  "Jordan, le client vous fera un retour d'ici la fin de la semaine.\nJulien\n\nEnvoyé de mon iPhone")
e("fr", "delai-mois-prochain", ["timeline_stated"], "2026-12-10",
  "Concours Administration <concours@cdg-rhone.fr>", "Résultats des épreuves",
  "Thu, 19 Nov 2026 09:00:00 +0100",
  "Madame,\n\nLes résultats d'admission vous seront communiqués début du mois prochain.\n\nLe service des concours")
e("fr", "jardin-entretien", [], None, "Jardins Moreau <contact@jardins-moreau.fr>",
  "Devis entretien jardin", "Mon, 09 Nov 2026 08:00:00 +0100",
  "Bonjour, suite à votre demande, voici notre offre pour l'entretien de votre jardin : tonte et "
  "taille des haies, 45 euros par passage. Nous revenons vers vous la semaine prochaine.")
e("fr", "chaudiere-entretien", [], None, "Engie Home Services <noreply@engie.fr>",
  "Rappel : entretien annuel de votre chaudière", "Wed, 11 Nov 2026 07:00:00 +0100",
  "Votre rendez-vous d'entretien annuel est prévu le 2 décembre entre 8h et 12h. Offre spéciale : "
  "-10 % sur le contrat d'entretien.")
e("fr", "podcast-entretien", [], None, "France Culture <newsletter@radiofrance.fr>",
  "Entretien exclusif avec une cheffe d'entreprise", "Sat, 21 Nov 2026 08:00:00 +0100",
  "Cette semaine, retrouvez notre entretien avec la fondatrice d'une start-up de logistique. Elle "
  "évoque sa candidature ratée à HEC et son premier poste.")
e("fr", "vinted-offre", [], None, "Vinted <no-reply@vinted.fr>", "Nouvelle offre sur ton article",
  "Sun, 22 Nov 2026 14:00:00 +0100",
  "Bonne nouvelle ! Un membre t'a fait une offre de 18 euros pour 'Manteau laine'. Accepte ou refuse l'offre.")

# ---------------- Spanish ----------------
e("es", "acuse-recibo", ["application_received"], None,
  "Talento Logística Ibérica <empleo@logisticaiberica.es>", "Hemos recibido tu candidatura",
  "Mon, 02 Nov 2026 12:00:00 +0100",
  "Hola Jordan,\n\n¡Gracias por tu interés! Hemos recibido tu candidatura para Jefe/a de Almacén. "
  "Nuestro equipo la está revisando.\n\nUn saludo,\nEquipo de Talento")
e("es", "recibo-usted-plazo", ["application_received", "timeline_stated"], "2026-11-13",
  "Recursos Humanos <rrhh@hospitalsanrafael.mx>", "Confirmación de recepción de solicitud",
  "Fri, 06 Nov 2026 10:00:00 -0600",
  "Estimada Sra. Ellery:\n\nLe confirmamos que hemos recibido su solicitud para el puesto de "
  "Coordinadora de Abastecimiento. Le daremos una respuesta en el plazo de una semana.\n\n"
  "Atentamente,\nRecursos Humanos")
e("es", "entrevista-usted", ["interview_request"], None,
  "Marta Gil <marta.gil@bufetegil.es>", "Convocatoria a entrevista", "Tue, 10 Nov 2026 09:30:00 +0100",
  "Estimada Sra. Ellery:\n\nNos complace invitarle a una entrevista para el puesto de asistente "
  "jurídica el próximo lunes 16 de noviembre a las 11:00 en nuestras oficinas. Le ruego que "
  "confirme su asistencia.\n\nReciba un cordial saludo,\nMarta Gil")
e("es", "entrevista-tu", ["interview_request"], None,
  "Diego <diego@pixelpampa.games>", "¿Charlamos?", "Wed, 11 Nov 2026 17:00:00 -0300",
  "¡Hola Jordan! Vimos tu portfolio y nos encantó. ¿Te viene bien una videollamada el jueves o el "
  "viernes para conocernos? Elige hora aquí: https://calendly.com/diego-pixelpampa\n\nAbrazo,\nDiego")
e("es", "rechazo-usted", ["rejection"], None,
  "Recursos Humanos <rrhh@hospitalsanrafael.mx>", "Resultado del proceso de selección",
  "Fri, 13 Nov 2026 13:00:00 -0600",
  "Estimada Sra. Ellery:\n\nLamentamos comunicarle que en esta ocasión su candidatura no ha sido "
  "seleccionada para continuar en el proceso. Le agradecemos sinceramente su interés.\n\nAtentamente")
e("es", "rechazo-tu", ["rejection"], None,
  "Talento Logística Ibérica <empleo@logisticaiberica.es>", "Actualización de tu proceso",
  "Thu, 19 Nov 2026 16:00:00 +0100",
  "Hola Jordan,\n\nGracias por participar en el proceso. Hemos decidido avanzar con otra persona "
  "cuyo perfil se ajusta más a lo que buscamos. ¡Mucha suerte!\n\nEquipo de Talento")
e("es", "oferta-usted", ["offer", "salary_discussed"], None,
  "Marta Gil <marta.gil@bufetegil.es>", "Oferta de empleo", "Mon, 23 Nov 2026 12:00:00 +0100",
  "Estimada Sra. Ellery:\n\nTenemos el placer de ofrecerle el puesto de asistente jurídica con un "
  "salario bruto anual de 32.000 euros. Adjuntamos la carta de oferta para su revisión.\n\nMarta Gil")
e("es", "oferta-tu", ["offer"], None, "Diego <diego@pixelpampa.games>", "¡Te queremos en el equipo!",
  "Fri, 27 Nov 2026 15:00:00 -0300",
  "Jordan!! Nos encantaría que te sumes como productora. Te mando la propuesta formal el lunes. "
  "¡Bienvenida!\n\nDiego")
e("es", "plazo-viernes", ["timeline_stated"], "2026-11-20",
  "Diego <diego@pixelpampa.games>", "Re: ¿Charlamos?", "Tue, 17 Nov 2026 19:00:00 -0300",
  "Gracias por la charla! Te damos una respuesta antes del viernes.\nD")
e("es", "plazo-proxima-semana", ["timeline_stated"], "2026-11-27",
  "Marta Gil <marta.gil@bufetegil.es>", "RE: Convocatoria a entrevista", "Mon, 16 Nov 2026 18:00:00 +0100",
  "Estimada Sra. Ellery:\n\nGracias por su tiempo hoy. Le comunicaremos nuestra decisión antes del "
  "final de la próxima semana.\n\nMarta Gil")
e("es", "tienda-oferta", [], None, "El Corte Inglés <ofertas@elcorteingles.es>",
  "Oferta exclusiva para ti", "Sat, 28 Nov 2026 08:00:00 +0100",
  "¡Black Friday! Ofertas de hasta el 50 %. Esta oferta es válida solo hasta el domingo.")
e("es", "casero-proxima-semana", [], None, "Paco Ruiz <paco.ruiz@gmail.com>", "la lavadora",
  "Thu, 19 Nov 2026 21:00:00 +0100",
  "Hola Jordan, el técnico viene la semana que viene. Te digo algo el lunes. Un saludo, Paco")
e("es", "newsletter-entrevista", [], None, "InfoJobs <newsletter@infojobs.net>",
  "Cómo preparar tu próxima entrevista", "Tue, 24 Nov 2026 07:00:00 +0100",
  "Consejos para la entrevista de trabajo y para negociar tu oferta. Nuevas ofertas de empleo: "
  "mozo de almacén, jefe de tráfico.")
e("es", "solicitud-piso", [], None, "Idealista <noreply@idealista.com>",
  "Tu solicitud de visita", "Sun, 08 Nov 2026 11:00:00 +0100",
  "Hemos enviado tu solicitud al anunciante del piso en Calle Mayor 12. Te contestará en breve.")
e("es", "club-seleccion", [], None, "Club Deportivo Arenal <secretaria@cdarenal.es>",
  "Convocatoria partido sábado", "Thu, 26 Nov 2026 20:00:00 +0100",
  "Hola familias: convocatoria para el partido del sábado a las 10:00. Los seleccionados están en "
  "la lista adjunta.")

# ---------------- Italian, Dutch, Portuguese (no label) ----------------
e("it", "offerta-negozio", [], None, "Esselunga <newsletter@esselunga.it>",
  "Le offerte della settimana", "Mon, 23 Nov 2026 07:00:00 +0100",
  "Scopri le offerte della settimana: pasta, caffè e panettoni scontati. Offerta valida fino a domenica.")
e("nl", "sollicitatie-tips", [], None, "Nationale Vacaturebank <nieuwsbrief@nationalevacaturebank.nl>",
  "Zo bereid je je sollicitatiegesprek voor", "Tue, 24 Nov 2026 08:00:00 +0100",
  "Tips voor je sollicitatiegesprek en hoe je salaris onderhandelt. Bekijk nieuwe vacatures in logistiek.")
e("pt", "entrevista-podcast", [], None, "Podcast Logística em Foco <ola@logisticaemfoco.com.br>",
  "Novo episódio: entrevista com diretora de operações", "Wed, 25 Nov 2026 09:00:00 -0300",
  "Nesta semana, uma entrevista sobre a oferta de fretes no Brasil e os próximos passos do setor.")

out = Path(__file__).resolve().parent.parent / "intl"
write_set(out, M)
print(len(M), "messages")
