"""French messages of the intl set (hand-written)."""

from mailkit import date

CAMILLE = "Camille Dubois <camille.dubois@orange.fr>"
FR: list[tuple[str, list[str], str | None, dict]] = []


def m(name, labels, exp=None, **kw):
    FR.append((name, labels, exp, kw))


m("fr01_accuse_reception.eml", ["application_received"],
  frm="Recrutement Transalpes <no-reply@transalpes.teamtailor-mail.com>", to=CAMILLE,
  when=date("2026-11-02 11:04", "+0100"), subject="Nous avons bien reçu votre candidature",
  text="""Bonjour Camille,

Nous vous remercions pour votre candidature au poste de Responsable d'exploitation
entrepôt (H/F) – Lyon Corbas.

Nous avons bien reçu votre dossier et notre équipe recrutement l'étudiera avec
attention. Nous reviendrons vers vous dès que possible.

Cordialement,
L'équipe Recrutement Transalpes
""")

m("fr02_accuse_trois_semaines.eml", ["application_received", "timeline_stated"], "2026-11-26",
  frm="Banque Ferrand & Associés <recrutement@ferrand-associes.fr>", to=CAMILLE,
  when=date("2026-11-05 16:20", "+0100"), subject="Votre candidature – Contrôleur de gestion confirmé (réf. FA-2611)",
  text="""Madame,

Nous accusons réception de votre candidature au poste de Contrôleur de gestion confirmé
et vous en remercions.

Votre dossier est en cours d'examen par nos équipes. Nous nous engageons à vous
apporter une réponse dans un délai de trois semaines.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Direction des Ressources Humaines
Banque Ferrand & Associés
""")

m("fr03_invitation_entretien.eml", ["interview_request"],
  frm="Sophie Marchal <s.marchal@transalpes.fr>", to=CAMILLE,
  when=date("2026-11-10 09:30", "+0100"), subject="Entretien – Responsable d'exploitation entrepôt",
  text="""Bonjour Madame Dubois,

Suite à l'étude de votre candidature, nous souhaiterions vous rencontrer afin d'échanger
sur le poste de Responsable d'exploitation entrepôt.

Seriez-vous disponible pour un entretien le mardi 17 novembre à 14h30 sur notre site de
Corbas ? L'entretien se déroulera avec M. Girard, directeur de site, et moi-même.

Merci de me confirmer votre présence.

Bien cordialement,
Sophie Marchal
Chargée de recrutement
""")

m("fr04_cabinet_visio.eml", ["interview_request"],
  frm="Julien Perrin <julien.perrin@talentis-conseil.fr>", to=CAMILLE,
  when=date("2026-11-13 18:05", "+0100"), subject="Poste de DAF – PME industrielle",
  text="""Bonjour Camille,

Je me permets de revenir vers vous : mon client, une PME industrielle basée à Annecy, a
beaucoup apprécié votre profil et souhaiterait organiser un premier échange en visio
avec son PDG. Auriez-vous des disponibilités lundi ou mardi prochain, plutôt en fin de
journée ?

Bonne soirée,
Julien

Julien Perrin – Consultant Senior Finance
Talentis Conseil – 06 12 34 56 78
""")

m("fr05_refus_standard.eml", ["rejection"],
  frm="Recrutement <recrutement@ferrand-associes.fr>", to=CAMILLE,
  when=date("2026-11-24 10:45", "+0100"), subject="Suite donnée à votre candidature",
  text="""Madame,

Nous avons bien étudié votre candidature au poste de Contrôleur de gestion confirmé et
nous vous remercions de l'intérêt que vous portez à notre établissement.

Nous sommes cependant au regret de vous informer que nous ne pouvons pas y donner une
suite favorable, d'autres profils correspondant davantage à nos besoins actuels.

Nous conservons vos coordonnées et ne manquerons pas de revenir vers vous si une
opportunité se présentait.

Direction des Ressources Humaines
""")

m("fr06_refus_chaleureux_final.eml", ["rejection"],
  frm="Marc Girard <m.girard@transalpes.fr>", to=CAMILLE,
  when=date("2026-11-27 19:10", "+0100"), subject="Suite à nos échanges",
  text="""Bonjour Camille,

Je tenais à vous écrire personnellement. Merci encore pour votre venue à Corbas et pour
la qualité de nos échanges lors du dernier entretien – toute l'équipe a apprécié votre
approche du lean en entrepôt.

Le choix a été très difficile. Nous avons finalement retenu une candidate interne, qui
connaît déjà nos clients et nos process, ce qui a fait la différence.

Je serais ravi de vous faire un retour plus détaillé par téléphone si vous le souhaitez,
et j'espère sincèrement que nos chemins se recroiseront.

Bien à vous,
Marc Girard
Directeur de site
""")

m("fr07_promesse_embauche.eml", ["offer", "salary_discussed"],
  frm="Julien Perrin <julien.perrin@talentis-conseil.fr>", to=CAMILLE,
  when=date("2026-11-26 12:30", "+0100"), subject="Bonne nouvelle !",
  text="""Camille,

Excellente nouvelle : mon client souhaite vous faire une proposition pour le poste de
DAF ! Le PDG m'a confirmé ce matin une rémunération de 85 k€ fixe + 10 % de variable,
avec un véhicule de fonction.

La promesse d'embauche vous sera envoyée par son DRH. Appelez-moi dès que possible.

Julien
""")

m("fr08_offre_ecrite.eml", ["offer"],
  frm="RH Atelier Vercors <rh@ateliervercors.fr>", to=CAMILLE,
  when=date("2026-12-01 15:00", "+0100"), subject="Proposition d'embauche – Responsable supply chain",
  text="""Madame Dubois,

Suite à nos différents entretiens, nous avons le plaisir de vous proposer le poste de
Responsable supply chain en CDI au sein de l'Atelier Vercors.

Vous trouverez ci-joint votre proposition d'embauche détaillant les conditions. Nous
vous remercions de nous la retourner signée si elle vous convient.

Bien cordialement,
Service des Ressources Humaines
""")

m("fr09_retour_semaine_prochaine.eml", ["timeline_stated"], "2026-11-27",
  frm="Sophie Marchal <s.marchal@transalpes.fr>", to=CAMILLE,
  when=date("2026-11-18 09:50", "+0100"), subject="RE: Merci pour l'entretien",
  in_reply_to="<orange-7731@orange.fr>",
  text="""Bonjour Camille,

Merci pour votre message. Nous rencontrons encore deux candidats cette semaine et nous
vous ferons un retour d'ici la fin de la semaine prochaine.

Bien cordialement,
Sophie

-----Message d'origine-----
De : Camille Dubois
Envoyé : mardi 17 novembre 2026 19:02
Objet : Merci pour l'entretien
> Bonjour Sophie, merci encore pour l'entretien de cet après-midi.
""")

m("fr10_decision_sous_dix_jours.eml", ["timeline_stated"], "2026-12-10",
  frm="Hélène Roussel <helene.roussel@ateliervercors.fr>", to=CAMILLE,
  when=date("2026-11-30 17:40", "+0100"), subject="Votre entretien de ce jour",
  text="""Bonjour Madame Dubois,

Merci pour votre disponibilité cet après-midi. Le comité de direction se réunit la
semaine prochaine ; vous aurez notre décision sous dix jours au plus tard.

Bien cordialement,
Hélène Roussel
DRH, Atelier Vercors
""")

m("fr11_preavis.eml", ["notice_period_asked"],
  frm="Hélène Roussel <helene.roussel@ateliervercors.fr>", to=CAMILLE,
  when=date("2026-11-25 11:00", "+0100"), subject="Question avant notre rencontre",
  text="""Bonjour Madame Dubois,

Avant notre rencontre de lundi, pourriez-vous m'indiquer la durée de votre préavis
actuel et la date à laquelle vous pourriez être disponible ?

Merci d'avance,
Hélène Roussel
""")

m("fr12_newsletter_apec.eml", [],
  frm="Apec <newsletter@apec.fr>", to=CAMILLE,
  when=date("2026-11-19 07:00", "+0100"), subject="Réussir son entretien d'embauche : nos 7 conseils",
  headers={"List-Unsubscribe": "<https://www.apec.fr/desabonnement>", "Precedence": "bulk"},
  text="""La lettre Apec – novembre

Entretien d'embauche : 7 conseils pour convaincre le recruteur.
Négocier son salaire lors d'une proposition d'embauche.
Offres d'emploi cadres : 12 nouvelles offres correspondent à votre profil.

Se désabonner
""")

m("fr13_colis_offre_promo.eml", [],
  frm="Fnac <infos@fnac.com>", to=CAMILLE,
  when=date("2026-11-27 08:00", "+0100"), subject="Black Friday : une offre exceptionnelle vous attend",
  headers={"Precedence": "bulk"},
  html="""<html><body style="font-family:Arial"><table width="600" align="center"><tr><td style="background:#e1a925;padding:20px;font-size:24px">
Black Friday chez Fnac</td></tr><tr><td style="padding:20px">Profitez de notre offre : -30 % sur une sélection de livres et
10 € offerts dès 50 € d'achat pour les adhérents. Votre colis sera expédié sous 48 h. Offre valable jusqu'au 30 novembre.
</td></tr></table></body></html>""")

m("fr14_reunion_parents_entretien.eml", [],
  frm="Collège Jean Moulin <secretariat@clg-jeanmoulin-lyon.fr>", to=CAMILLE,
  when=date("2026-11-16 13:00", "+0100"), subject="Rencontres parents-professeurs",
  text="""Madame, Monsieur,

Les rencontres parents-professeurs auront lieu le jeudi 3 décembre de 16h30 à 19h30.
Merci de prendre rendez-vous pour un entretien individuel avec le professeur principal
via Pronote. Nous vous répondrons la semaine prochaine pour confirmer les créneaux.

Le secrétariat
""")

m("fr15_reponse_absence.eml", [],
  frm="Sophie Marchal <s.marchal@transalpes.fr>", to=CAMILLE,
  when=date("2026-11-23 08:00", "+0100"), subject="Réponse automatique : Documents",
  headers={"Auto-Submitted": "auto-replied"},
  text="""Bonjour,

Je suis absente du bureau jusqu'au 25 novembre inclus. Pour toute question concernant un
recrutement ou un entretien, merci de contacter recrutement@transalpes.fr.

Cordialement,
Sophie Marchal
""")
