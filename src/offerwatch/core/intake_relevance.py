"""Whether a stranger's mail is about a job search at all: the relevance test of intake.

Mail from someone import knows nothing of (no thread, person, company domain, tracking
system or candidate application) is acted on only when it is job mail by this test, the way
an invitation from a stranger already needs a job word. The test is by kinds of words, not
phrases: a STRONG word ("interview", "application", "candidate", "recruiter", "vacancy", "CV",
"salary", "Bewerbung", "entretien", "entrevista"...) is enough alone; WEAK words ("role",
"position", "offer", "job", "opportunity", "reference", "engineer", "client"...) are everyday
words too, so it takes two of different kinds; and the name of one of the user's companies or
the title of one of their roles puts the message in job context, as mail from the company
would be. The mail screen (offerwatch.mail.prefilter) runs the same patterns over the raw
decoded bytes, so that screen and intake agree.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from offerwatch.core.mail_domains import short_name
from offerwatch.core.mail_match import MatchContext, whole_words

# Words that name the job search itself: a message from a stranger holding one is job mail
# (English, German, French, Spanish: the languages the rules read). Stems, lower case, each
# a small regular expression without groups.
STRONG_WORDS = (
    r"interview\w*", r"interveiw\w*", r"candida\w*", r"recruit\w*", r"hiring", r"headhunt\w*",
    r"vacanc\w*", r"shortlist\w*", r"short-list\w*", r"resumes?", r"résumés?", r"cv", r"cvs",
    r"curriculum", r"referees?", r"applicants?", r"applications?", r"salary", r"salaries",
    r"salaire\w*", r"salario\w*", r"gehalt\w*", r"notice\W+period\w*", r"kündigungsfrist\w*",
    r"préavis", r"preaviso", r"reference\W+checks?", r"background\W+checks?", r"bewerb\w*",
    r"vorstellungsgespr\w*", r"kandidat\w*", r"personalabteilung", r"stellenangebot\w*",
    r"entretien\w*", r"recrutement", r"embauche\w*", r"postul\w*", r"entrevista\w*",
    r"vacante", r"reclutamiento",
)  # fmt: skip
# Words a job search uses that everyday mail uses too ("the role of the board", "a special
# offer", "the job failed"), by kind: it takes two different kinds.
WEAK_KINDS = (
    (r"roles?",),
    (r"positions?", r"posten", r"poste", r"postes", r"puestos?",),
    (r"jobs?", r"employ\w*", r"emplois?", r"empleos?", r"arbeitgeber\w*", r"stelle", r"stellen",),
    (r"offers?", r"offre\w*", r"oferta\w*", r"angebot\w*",),
    (r"opportunit\w*", r"opportunité\w*", r"oportunidad\w*",),
    (r"references?", r"refs", r"referenz\w*", r"référence\w*", r"referencias?",),
    (r"careers?", r"carrière\w*", r"karriere\w*",),
    (r"compensation", r"remuneration", r"rémunération", r"equity",),
    (r"applica\w*", r"applied", r"apply\w*",),
    (r"talent\w*", r"hr", r"onboarding",),
    (r"assessment\w*", r"screening", r"onsite", r"on-site", r"take-home",),
    (r"selection", r"sélection", r"selección", r"auswahl\w*",),
    (r"notice",),
    (
        r"engineer\w*", r"analyst\w*", r"analista\w*", r"developer\w*", r"designer\w*",
        r"scientist\w*", r"architect\w*", r"consultant\w*", r"ingenieur\w*",
        r"ingénieur\w*", r"entwickler\w*", r"développeu\w*", r"desarrollador\w*",
        r"diseñador\w*",
    ),
    (r"clients?", r"clientes?", r"kunden?",),
    (r"profile", r"profil", r"perfil",),
    (r"contracts?", r"vertrag\w*", r"contrat\w*", r"contrato\w*",),
)  # fmt: skip
STRONG = r"\b(?:" + "|".join(STRONG_WORDS) + r")\b"
WEAK = r"\b(?:" + "|".join("(" + "|".join(kind) + ")" for kind in WEAK_KINDS) + r")\b"
MIN_NAME = 3  # a shorter company name or title ("HR", "QA") is a word, not a name
_STRONG = re.compile(STRONG, re.IGNORECASE)
_WEAK = re.compile(WEAK, re.IGNORECASE)


def weak_kinds(text: str) -> set[int]:
    """The groups of WEAK whose words `text` holds."""
    return {m.lastindex or 0 for m in _WEAK.finditer(text)}


def search_names(ctx: MatchContext) -> frozenset[str]:
    """The names that put a stranger's mail in the user's job search: each application's
    company (as written and as people write it) and role title of two words or more ("Data
    Engineer"; a bare "Engineer" is in every newsletter), lower case."""
    names: set[str] = set()
    for app in ctx.apps.values():
        names.update({app.company, short_name(app.company)})
        if len(app.role.split()) >= 2:
            names.add(app.role)
    return frozenset(n.lower().strip() for n in names if len(n.strip()) >= MIN_NAME)


@lru_cache(maxsize=8)  # one set of names per import
def _names_pattern(names: frozenset[str]) -> re.Pattern[str] | None:
    return whole_words(sorted(names)) if names else None


def name_mentioned(text: str, names: Iterable[str]) -> bool:
    """True when `text` names one of `names` as a whole name, as matching reads company
    names (core.mail_match.whole_words)."""
    pattern = _names_pattern(frozenset(names))
    return pattern is not None and pattern.search(text) is not None


def relevant(text: str, names: Iterable[str] = ()) -> str | None:
    """Why `text` (sender name, subject and body of a stranger's message) is job mail, or
    None: a strong word, two kinds of weak words, or a name of the user's job search."""
    found = _STRONG.search(text)
    if found:
        return f"job word: {found.group(0).lower()}"
    kinds = weak_kinds(text)
    if len(kinds) >= 2:
        return "two job words"
    if name_mentioned(text, names):
        return "a company or role of the user's applications"
    return None
