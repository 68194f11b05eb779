"""Whose process, by the reader's role: mail that speaks to her as a parent, a patient, a
customer, a member or a tenant, or about something she applied for that is no job.

Everyday mail uses the words of a job search: a school books "interview" slots with "your
child's class teacher", a dentist has "a new patient offer" and wants "your availability", a
bank "a bien reçu votre dossier" for a loan, a club's board "meldet sich innerhalb einer
Woche" about a membership application, a letting agent "ha recibido su solicitud para el
piso". Read sentence by sentence each looks like a step of an application; read as a whole,
the message addresses the reader in another role. `other_role` is True when the message (new
text and subject) holds a cue of another role in its language and nothing that names her
candidacy (a role, post or vacancy, her CV, recruiters, a job interview, pay, notice,
referees). The caller then reads no job signal in it, even in job context: the import may
have filed it under an application wrongly (a sender's domain learned, no screen).

What breaks it: a nurse's or a teacher's job mail that speaks of patients or parents but names
no post (a bare "Could you come in on Tuesday?" from a hospital); a recruiter's mail with a
personal line ("hope your daughter is better") and no job word (rare: job mail names the
role). Each table is written once per language, not per message: roles and the things one
applies for or books, never a whole phrase of one message.
"""

from __future__ import annotations

import functools
import re

# The reader in another role, by the way she is greeted or by what is hers.
_EN_ROLE = (
    r"\bdear\s+(?:parents?|carers?|parent\s*/\s*carer|famil(?:y|ies)|patients?|customers?|members?|"
    r"residents?|tenants?|guests?|clients?|homeowners?|householders?|policy\s*holders?|"
    r"neighbours?|neighbors?|pet\s+owners?|subscribers?)\b|"
    r"\byour\s+(?:child|children|son|daughter|kids?|pet|dog|cat|puppy|kitten|appointment|booking|"
    r"order|claim|policy|tenancy|lease|membership|subscription|prescription|check-?up|treatment|"
    r"parcel|delivery|repair|boiler|car|vehicle|mortgage|loan|flat|house|home|garden|"
    r"collection|bin|refund|warranty)\b|"
    r"\b(?:patients?|pupils?|volunteer\w*|hygienist|landlord|letting|viewing|vet|veterinary|"
    r"year\s+\d+|class\s+teacher|school\s+trip|joining\s+fee|membership|tenancy|claim\s+number|"
    # a patient's or a pet's tests; a speaker's or an author's talk, paper or episode; a
    # developer's code review; a tenant's lease
    r"bloods|blood\s+tests?|vaccinations?|speaking\s+slot|call\s+for\s+(?:papers|proposals)|podcast|"
    r"requested\s+your\s+review|pull\s+request|lease|rent|"
    # a club's member, a customer of a garage or a tradesman
    r"club|agm|mot|boiler|plumber|roofer|tradesman)\b|"
    r"\byour\s+(?:talk|paper|abstract|manuscript|episode|proposal)\b"
)
_DE_ROLE = (
    r"\b(?:liebe|lieber|sehr\s+geehrte)\s+(?:eltern|familien?|mitglieder|mieter\w*|kund\w*|"
    r"patient\w*|gäste|nachbarn|vereinsmitglieder)\b|"
    r"\b(?:ihr|ihre|ihren|ihrem|dein|deine|deinen|deinem)\s+(?:kind\w*|sohn|tochter|"
    r"wohnung|mitglied\w*|antrag|mitgliedsantrag|vertrag|bestellung|auftrag|versicherung\w*|"
    r"schaden\w*|konto|paket|lieferung|auto|fahrzeug|kredit\w*|darlehen)\b|"
    r"\b(?:besichtigung\w*|mitgliedsantrag\w*|vorstand|versichertenkarte|elterngespräch\w*|"
    r"elternabend\w*|vermiet\w*|hausverwaltung|mietvertrag\w*|praxisteam|zahnarzt\w*|"
    r"grillen|geburtstag\w*|kuchen|wohnung\w*|heizung\w*|reparatur\w*|handwerker\w*|verein\w*)\b"
)
_FR_ROLE = (
    r"\b(?:chers?|chères?)\s+(?:parents|familles|clients?|patients?|adhérents?|membres|locataires|"
    r"voisins)\b|"
    r"\b(?:votre|ton|ta|vos|tes)\s+(?:enfants?|fils|fille|jardin|maison|appartement|logement|"
    r"voiture|véhicule|prêt|crédit|commande|colis|livraison|contrat\s+d'assurance|sinistre|"
    r"inscription|adhésion|abonnement|conseiller|devis)\b|"
    r"\b(?:parents-professeurs|parents\s+d'élèves|élèves?|crèche|devis|prêt\s+immobilier|"
    r"demande\s+de\s+prêt|anniversaire|adhérents?|bureau\s+du\s+club|le\s+club)\b|"
    # Maintenance, not an interview: "l'entretien du jardin", "l'entretien de votre chaudière".
    r"\bentretien\s+(?:du|des|de\s+(?:la|votre|ton|ta|vos|tes|l'))\s*(?!\d|(?:lundi|mardi|mercredi|"
    r"jeudi|vendredi|samedi|dimanche|matin|soir|semaine|mois|janvier|février|mars|avril|mai|juin|"
    r"juillet|août|septembre|octobre|novembre|décembre|recrutement|sélection|motivation|"
    r"embauche|poste|candidature)\b)\w+"
)
_ES_ROLE = (
    r"\b(?:estimad[oa]s?|queridas?|queridos?)\s+(?:familias|padres|clientes?|soci[oa]s?|vecin[oa]s|"
    r"inquilin[oa]s|pacientes?|asegurad[oa]s?)\b|"
    r"\b(?:su|tu|sus|tus)\s+(?:hij[oa]s?|coche|vehículo|piso|vivienda|siniestro|póliza|pedido|"
    r"reserva|alta|entrenador|presupuesto|préstamo|hipoteca|seguro)\b|"
    r"\b(?:reunión\s+de\s+padres|padres\s+y\s+madres|siniestro|póliza|presupuesto|gimnasio|"
    r"solicitud\s+(?:de|para)\s+(?:el|la|un|una|su|tu)?\s*(?:piso|alta|préstamo|hipoteca|plaza\s+escolar|"
    r"beca|socio|vivienda|alquiler)|cumple\w*|fiesta)\b"
)

# What names her candidacy: a role, post or vacancy, her CV, recruiters, a job interview, pay,
# notice, referees. One of these keeps every signal.
_EN_CANDIDACY = (
    r"\byour\s+(?:(?:job|online|recent|full|formal|submitted|earlier|first)\s+)?(?:application|candidacy|"
    r"cv|resume|résumé)\b|"
    r"\b(?:the|this|that|a|an|our|new|open|your)\s+(?:[\w-]+\s+){0,3}(?:role|position|post|vacancy|"
    r"job(?!\s+interview))\b|\b(?:recruit\w*|hiring|candidates?|candidacy|shortlist\w*|cv|resume|"
    r"salary|notice\s+period|notice\s+you|your\s+notice|current\s+employer|referees?|job\s+offer|offer\s+of\s+employment|offer\s+letter|"
    r"applied\s+for|talent\s+(?:team|acquisition)|hiring\s+manager)\b|"
    r"\binvite\s+you\s+to\s+(?:an?\s+|your\s+)?(?:\w+\s+)?interview\b|\binterview\s+for\s+(?:the|a|an)\b|"
    # Her referees by their tie to her, her record checked: "spoken to your current head",
    # "confirmed your dates of employment", "your appointment as Head of Year" (a post, not a
    # dentist's appointment).
    r"\byour\s+(?:current|former|previous|old|last)\s+(?:head|headteacher|manager|boss|employer|"
    r"line\s+manager|supervisor|principal)\b|\bdates\s+of\s+employment\b|\bappointment\s+as\b|"
    r"\byour\s+references\b"
)
_DE_CANDIDACY = (
    r"\b(?:bewerbung\w*|bewerber\w*|lebenslauf|vorstellungsgespräch\w*|personalabteilung|"
    r"recruit\w*|kandidat\w*|arbeitsvertrag\w*|gehalt\w*|kündigungsfrist\w*|referenz\w*|"
    r"stellenangebot\w*|position|job\w*|(?:zweit|vorstellungs|bewerbungs|kennenlern|erst)gespräch\w*)\b|"
    r"\w*stelle\b"
)
_FR_CANDIDACY = (
    r"\b(?:poste|cv|recrutement|recruteu\w*|embauche|préavis|prétentions|salaire|rémunération|"
    r"références|stage|alternance|ressources\s+humaines|contrat\s+de\s+travail|offre\s+d'emploi|candidat|candidate|"
    r"candidats|candidates)\b|\bcandidature\b(?!\s+pour\s+une\s+place)"
)
_ES_CANDIDACY = (
    r"\b(?:candidat\w*|puesto|vacante|cv|currículum|curriculum|selección|empleo|contratación|"
    r"salari\w*|sueldo|preaviso|referencias|recursos\s+humanos|rrhh|oferta\s+de\s+(?:trabajo|"
    r"empleo)|entrevista\s+(?:de\s+trabajo|personal|técnica))\b"
)

_SOURCES: dict[str, tuple[str, str]] = {
    "en": (_EN_ROLE, _EN_CANDIDACY),
    "de": (_DE_ROLE, _DE_CANDIDACY),
    "fr": (_FR_ROLE, _FR_CANDIDACY),
    "es": (_ES_ROLE, _ES_CANDIDACY),
}


# Compiled on first use, one language at a time: compiling all four on import cost every
# start-up about 9 ms, and most mailboxes hold no German, French or Spanish mail.
@functools.cache
def _table(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    role, candidacy = _SOURCES[language]
    return re.compile(role), re.compile(candidacy)


def prepare(language: str) -> None:
    """Compile the table of `language` now (before forking workers, which then inherit it)."""
    if language in _SOURCES:
        _table(language)


def other_role(subject: str, text: str, language: str) -> bool:
    """True if the message speaks to the reader in a role other than a candidate's and names
    no candidacy of hers (see the module's docstring); `language` picks the table (en, de,
    fr, es; any other reads none)."""
    if language not in _SOURCES:
        return False
    role, candidacy = _table(language)
    whole = f"{subject}\n{text}".lower()
    return role.search(whole) is not None and candidacy.search(whole) is None
