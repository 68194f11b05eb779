"""French held-out messages (round 4), written by heldout4."""

from mk import SMALL_PDF, msg

M: list = []
CAM = "Camille Roussel <camille.roussel@laposte.net>"


def A(m: dict) -> None:
    m["language"] = "fr"
    M.append(m)


A(msg("r4-fr-01.eml", "Recrutement Aubépine Assurances <recrutement@aubepine-assurances.fr>", CAM,
      "2026-03-02 10:05 +0100", "Accusé de réception de votre candidature - Chargée d'études statistiques",
      """Madame,

Nous avons bien reçu votre candidature au poste de Chargé(e) d'études statistiques (réf. AA-2026-118)
et nous vous remercions de l'intérêt que vous portez à notre groupe.

Votre dossier est en cours d'étude par nos équipes. Nous reviendrons vers vous sous quinze jours.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Direction des Ressources Humaines
Aubépine Assurances - SA au capital de 12 000 000 € - RCS Nantes 412 118 990
""", labels=["application_received", "timeline_stated"], by="2026-03-16"))

A(msg("r4-fr-02.eml", "Papillon Tech <no-reply@teamtailor.com>", CAM,
      "2026-03-03 15:44 +0100", "Merci pour votre candidature !",
      html="""<div style="font-family:sans-serif;max-width:560px">
<p>Bonjour Camille,</p>
<p>Merci pour votre candidature au poste de <b>Data Engineer</b> chez Papillon Tech ! Nous l'avons bien reçue et
notre équipe va l'examiner avec attention.</p>
<p>À très vite,<br>L'équipe Papillon Tech</p></div>""", labels=["application_received"]))

A(msg("r4-fr-03.eml", "Hélène Marchand <h.marchand@cabinet-marchand-rh.fr>", CAM,
      "2026-03-04 09:20 +0100", "RE: Candidature - Responsable BI",
      """Bonjour Camille,

J'accuse réception de votre candidature et je vous en remercie. Je la transmets dès aujourd'hui
à mon client et je ne manquerai pas de vous tenir informée.

Bien cordialement,
Hélène Marchand
Consultante senior - Cabinet Marchand RH
""", labels=["application_received"]))

A(msg("r4-fr-04.eml", "Ville de Lyon - Recrutement <recrutement@mairie-lyon.example.fr>", CAM,
      "2026-03-05 12:00 +0100", "Votre candidature a bien été enregistrée (offre n° 2026-0412)",
      """Madame Roussel,

Votre candidature pour le poste d'Analyste de données (catégorie A, attaché territorial) a bien
été enregistrée sous la référence 2026-0412.

Les candidats retenus pour un entretien seront contactés après la date de clôture.

Direction des ressources humaines - Ville de Lyon
Ce message est envoyé automatiquement, merci de ne pas y répondre.
""", labels=["application_received"]))

A(msg("r4-fr-05.eml", "Julien Lefèvre <julien.lefevre@aubepine-assurances.fr>", CAM,
      "2026-03-06 11:30 +0100", "Proposition d'entretien",
      """Bonjour Madame Roussel,

Suite à l'examen de votre candidature, nous souhaiterions vous rencontrer pour un entretien le
jeudi 12 mars à 14h, dans nos locaux du 8 quai de la Fosse à Nantes. Vous rencontrerez Mme
Tessier, responsable du pôle Actuariat, et moi-même.

Pourriez-vous me confirmer votre disponibilité ?

Bien cordialement,
Julien Lefèvre
Chargé de recrutement
""", labels=["interview_request"]))

A(msg("r4-fr-06.eml", "Hugo Benali <hugo@papillon.tech>", CAM,
      "2026-03-09 18:52 +0100", "échange rapide ?",
      """Salut Camille,

merci pour ta candidature, ton parcours nous plaît beaucoup ! Est-ce que tu serais dispo pour un
échange en visio de 30 min cette semaine ou la suivante ? Envoie-moi deux ou trois créneaux qui
t'arrangent.

Hugo
CTO & cofondateur
""", labels=["interview_request"]))

A(msg("r4-fr-07.eml", "Ville de Lyon - Recrutement <recrutement@mairie-lyon.example.fr>", CAM,
      "2026-03-24 10:15 +0100", "Convocation à un entretien - offre n° 2026-0412",
      """Madame,

J'ai le plaisir de vous informer que votre candidature a été retenue. Vous êtes conviée à un
entretien devant le jury de recrutement le mardi 7 avril 2026 à 9h30, Hôtel de Ville, salle
Henri IV, 1 place de la Comédie, 69001 Lyon.

Le jury sera composé du directeur de l'innovation, d'un élu et d'un représentant des ressources
humaines. Merci de vous munir d'une pièce d'identité.

Veuillez agréer, Madame, mes salutations distinguées.

Pour le Maire, la Directrice des ressources humaines
""", labels=["interview_request"]))

A(msg("r4-fr-08.eml", "Hélène Marchand <h.marchand@cabinet-marchand-rh.fr>", CAM,
      "2026-03-12 17:05 +0100", "Mon client souhaite vous rencontrer",
      """Bonjour Camille,

Bonne nouvelle : mon client (une ETI industrielle près de Grenoble) souhaite vous rencontrer pour
un premier entretien avec le DAF. Quelles seraient vos disponibilités la semaine du 23 mars ?

Belle journée,
Hélène
""", labels=["interview_request"]))

A(msg("r4-fr-09.eml", "Recrutement Aubépine Assurances <recrutement@aubepine-assurances.fr>", CAM,
      "2026-03-20 16:00 +0100", "Votre candidature - réf. AA-2026-118",
      """Madame,

Nous vous remercions pour l'intérêt que vous portez à Aubépine Assurances et pour le temps
consacré à nos entretiens.

Nous sommes au regret de vous informer que votre candidature n'a pas été retenue pour ce poste.

Nous conservons votre dossier et nous nous permettrons de vous recontacter si une opportunité
correspondant à votre profil se présentait.

Direction des Ressources Humaines
""", labels=["rejection"]))

A(msg("r4-fr-10.eml", "Hugo Benali <hugo@papillon.tech>", CAM,
      "2026-03-27 19:30 +0100", "retour",
      """Camille,

merci encore pour le temps passé avec nous et pour l'exercice, vraiment très propre. Après pas
mal de discussions on a fait le choix d'un autre profil, plus orienté streaming temps réel, ce
qui est notre priorité pour les six prochains mois. C'était serré.

Au plaisir de se recroiser,
Hugo
""", labels=["rejection"]))

A(msg("r4-fr-11.eml", "Talents Groupe Vercors <noreply@smartrecruiters.com>", CAM,
      "2026-04-02 08:45 +0000", "Votre candidature chez Groupe Vercors",
      """Bonjour Camille,

Après un examen attentif de votre candidature pour le poste de Data Analyst Supply Chain, nous
ne donnerons pas suite à celle-ci.

Nous vous souhaitons plein succès dans vos recherches.

L'équipe Talents - Groupe Vercors
""", labels=["rejection"]))

A(msg("r4-fr-12.eml", "Hélène Marchand <h.marchand@cabinet-marchand-rh.fr>", CAM,
      "2026-04-09 12:10 +0200", "Proposition - Responsable BI",
      """Bonjour Camille,

J'ai le plaisir de vous annoncer que mon client souhaite vous proposer le poste de Responsable
BI, en CDI, avec une rémunération annuelle brute de 52 000 € sur 12 mois, plus une prime sur
objectifs de 8 %, et deux jours de télétravail par semaine.

La promesse d'embauche vous sera envoyée directement par le client en début de semaine prochaine.

Bien à vous,
Hélène
""", labels=["offer", "salary_discussed"]))

A(msg("r4-fr-13.eml", "DRH Ville de Lyon <drh@mairie-lyon.example.fr>", CAM,
      "2026-04-14 14:00 +0200", "Suite à votre entretien - offre n° 2026-0412",
      """Madame,

J'ai le plaisir de vous informer que le jury a retenu votre candidature pour le poste d'Analyste
de données. Vous trouverez ci-joint la promesse d'embauche précisant les conditions de votre
recrutement.

Je vous remercie de bien vouloir nous retourner votre accord écrit sous huit jours.

La Directrice des ressources humaines
""", labels=["offer"], attach=[("promesse_embauche.pdf", "application", "pdf", SMALL_PDF)]))

A(msg("r4-fr-14.eml", "Geneviève Tremblay <genevieve.tremblay@caisse-laurentides.example.ca>", CAM,
      "2026-04-16 15:20 -0400", "Offre d'emploi - Analyste principale",
      """Bonjour Camille,

Comme discuté au téléphone tantôt, nous avons le plaisir de vous offrir le poste d'Analyste
principale, données et risques. Votre lettre d'offre suivra d'ici demain.

Au plaisir de travailler avec vous!

Geneviève
""", labels=["offer"]))

A(msg("r4-fr-15.eml", "Claire Tessier <claire.tessier@aubepine-assurances.fr>", CAM,
      "2026-06-03 17:40 +0200", "Merci pour cet échange",
      """Bonjour Camille,

Merci pour l'entretien de ce matin, l'équipe a beaucoup apprécié votre présentation. Nous voyons
encore deux candidats et nous reviendrons vers vous d'ici la fin de la semaine prochaine.

Bonne soirée,
Claire Tessier
""", labels=["timeline_stated"], by="2026-06-12"))

A(msg("r4-fr-16.eml", "Geneviève Tremblay <genevieve.tremblay@caisse-laurentides.example.ca>", CAM,
      "2026-06-16 10:10 -0400", "Poste de gestionnaire - suivi",
      """Bonjour Camille,

Petit mot pour vous dire que le comité se réunit jeudi. Vous aurez une réponse d'ici vendredi,
promis.

Geneviève
""", labels=["timeline_stated"], by="2026-06-19"))

A(msg("r4-fr-17.eml", "SNCF Connect <newsletter@sncf-connect.com>", CAM,
      "2026-05-12 07:00 +0200", "Offre spéciale : vos billets à petit prix cet été",
      """Bonjour Camille,

Profitez de notre offre spéciale été : des billets TGV INOUI dès 29 € et OUIGO dès 16 €.
Réservez avant dimanche ! Prochaines étapes : choisissez votre trajet dans l'application.

Conditions de l'offre sur sncf-connect.com. Se désinscrire.
""", labels=[]))

A(msg("r4-fr-18.eml", "France Culture <newsletter@radiofrance.fr>", CAM,
      "2026-05-13 06:30 +0200", "Cette semaine : un entretien avec Annie Ernaux",
      """LA LETTRE DE FRANCE CULTURE

À écouter : un long entretien avec Annie Ernaux sur le rôle de la mémoire dans l'écriture.

Aussi cette semaine : le rejet de la réforme au Sénat, et une candidature surprise aux
municipales de Marseille.

Se désabonner
""", labels=[], headers={"List-Unsubscribe": "<https://www.radiofrance.fr/unsub>"}))

A(msg("r4-fr-19.eml", "Apec <alerte@apec.fr>", CAM,
      "2026-05-14 06:00 +0200", "8 nouvelles offres correspondent à votre recherche",
      """Vos offres Apec du jour

Data Analyst H/F - Nantes - 45-52 k€ - Postuler
Chargé d'études statistiques H/F - Rennes - CDI
Responsable BI H/F - Angers - Entretiens en cours

Modifier mon alerte | Me désinscrire
""", labels=[]))

A(msg("r4-fr-20.eml", "Julien Lefèvre <julien.lefevre@aubepine-assurances.fr>", CAM,
      "2026-05-15 09:00 +0200", "Réponse automatique : Candidature",
      """Bonjour,

Je suis absent du bureau jusqu'au 25 mai inclus. Pour toute question concernant une candidature
ou un entretien, merci de contacter recrutement@aubepine-assurances.fr.

Cordialement,
Julien Lefèvre
""", labels=[], headers={"Auto-Submitted": "auto-replied"}))
