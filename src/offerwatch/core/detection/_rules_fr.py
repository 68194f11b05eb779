"""French patterns for receipt, interviews, notice, references, salary, timelines, offers and
rejections, and the French time phrases put into English for `timeline.expected_by`."""

from __future__ import annotations

from offerwatch.core.detection._grammar import DateWords, Rule, _rx, _words

_IF = r"\b(?:si\s+(?:votre|vous|nous)|dans\s+le\s+cas|au\s+cas|lorsque|dès\s+que)\b"
_ADVICE = r"\b(?:conseils?|astuces?|article|comment\s+(?:négocier|réussir|relancer))\b"

RULES: tuple[Rule, ...] = (
    Rule(
        "application_received",
        _rx(
            r"\b(?:avons|a)\s+bien\s+reçu\s+(?:votre|ta)\s+(?:candidature|dossier|cv)",
            r"\b(?:vous\s+)?remercions?\s+(?:pour|de)\s+votre\s+candidature|\bmerci\s+pour\s+(?:votre|ta)\s+"
            r"candidature",
            r"\bcandidature\s+(?:a\s+bien\s+été\s+|a\s+été\s+)?(?:reçue|enregistrée)",
            r"\bà\s+l'étude\b|\ben\s+cours\s+d'(?:étude|examen|analyse)",
        ),
        blocks=_rx(_ADVICE),
        negatable=False,
        conditional=False,
    ),
    Rule(
        "interview_request",
        _rx(r"\b(?:entretien|rencontrer|échange\s+téléphonique|visioconférence)"),
        blocks=_rx(
            _IF, _ADVICE, r"\bmerci\s+(?:encore\s+)?pour\s+l'entretien|\bsuite\s+à\s+l'entretien"
        ),
        needs=_rx(
            r"\b(?:souhaiterions|souhaitons|propos|disponible|créneaux|convien|inviter|invitons|"
            r"convoquer)|\?"
        )[0],
        negatable=False,
        conditional=False,
    ),
    Rule(
        "notice_period_asked",
        _rx(
            r"\bpréavis\b|\bdate\s+de\s+(?:disponibilité|début|prise\s+de\s+poste)|\bdisponible\s+à\s+partir"
        ),
        blocks=_rx(_ADVICE),
        negatable=False,
        conditional=False,
    ),
    Rule(
        "references_requested",
        _rx(r"\bréférences\b"),
        blocks=_rx(_IF, _ADVICE),
        needs=_rx(r"\b(?:transmettre|envoyer|communiquer|fournir|pourriez|merci\s+de)|\?")[0],
        negatable=False,
        conditional=False,
    ),
    Rule(
        "salary_discussed",
        _rx(
            r"\bprétentions\s+salariales|\b(?:rémunération|salaire)\b[^.!?]{0,60}\d|"
            r"\d[\d\s.,]*\s*(?:€|euros?|EUR)\b|\bvos\s+attentes\s+(?:de\s+)?salari"
        ),
        blocks=_rx(_ADVICE),
        negatable=False,
        conditional=False,
    ),
    Rule(
        "timeline_stated",
        _rx(
            r"\breviendr(?:ons|ai)\s+vers\s+vous|\b(?:un|notre)\s+retour|\bréponse|\bdécision|"
            r"\bvous\s+(?:informer|tenir\s+informée?|recontacter)|\b(?:contacterons|recontacterons)"
        ),
        blocks=_rx(_ADVICE, r"\bmerci\s+de\s+(?:nous\s+)?(?:répondre|confirmer)"),
        negatable=False,
        conditional=False,
    ),
    Rule(
        "offer",
        _rx(
            r"\bvous\s+proposer\s+le\s+poste|\bpromesse\s+d'embauche|\bproposition\s+d'embauche|"
            r"\b(?:plaisir|heureux|heureuse|ravis?)\s+de\s+vous\s+(?:proposer|offrir)",
        ),
        blocks=_rx(_IF, _ADVICE, r"\bnous\s+offrons\b"),
        negatable=False,
        conditional=False,
    ),
    Rule(
        "rejection",
        _rx(
            r"\bne\s+(?:pouvons|pourrons)\s+pas\s+donner\s+(?:une\s+)?suite\s+favorable",
            r"\b(?:n'a|n'avez|n'ont)\s+pas\s+été\s+retenue?s?|\bpas\s+(?:été\s+)?retenue?\b",
            r"\bregret\s+de\b|\bne\s+pas\s+(?:pouvoir\s+)?(?:poursuivre|donner\s+suite|retenir)",
            r"\bavons\s+(?:retenu|choisi|sélectionné)\s+(?:un\s+autre|une\s+autre|un\s+profil|une\s+"
            r"candidature|d'autres)",
            r"\bmalheureusement\b[^.!?]{0,80}\b(?:pas|autre|autres)\b",
        ),
        blocks=_rx(_IF, _ADVICE),
        negatable=False,
        conditional=False,
    ),
)

DATES: DateWords = _words(
    (r"(?:d'ici\s+)?(?:la\s+)?fin\s+de\s+la\s+semaine\s+prochaine", "by the end of next week"),
    (r"(?:d'ici\s+)?(?:la\s+)?fin\s+de\s+(?:la\s+|cette\s+)?semaine", "by the end of this week"),
    (r"la\s+semaine\s+prochaine", "next week"),
    (r"début\s+du\s+mois\s+prochain", "early next month"),
    (r"mi-mois\s+prochain|milieu\s+du\s+mois\s+prochain", "mid next month"),
    (r"fin\s+du\s+mois\s+prochain", "end of next month"),
    (r"(?:dans|au\s+cours\s+de)s?\s+les\s+(?:prochains|prochaines)", "within the next"),
    (r"d'ici|sous", "within"),
    (r"jours\s+ouvrés|jours\s+ouvrables", "business days"),
    (r"jours", "days"),
    (r"semaines", "weeks"),
    (r"semaine", "week"),
    (r"mois", "months"),
    (r"une|un", "a"),
    (r"deux", "two"),
    (r"trois", "three"),
    (r"quatre", "four"),
    (r"cinq", "five"),
    (r"quinze", "fifteen"),
    (r"dix", "ten"),
    (r"demain", "tomorrow"),
    (r"lundi", "monday"),
    (r"mardi", "tuesday"),
    (r"mercredi", "wednesday"),
    (r"jeudi", "thursday"),
    (r"vendredi", "friday"),
    (r"janvier", "january"),
    (r"février", "february"),
    (r"avril", "april"),
    (r"juin", "june"),
    (r"juillet", "july"),
    (r"septembre", "september"),
    (r"octobre", "october"),
    (r"novembre", "november"),
    (r"décembre", "december"),
)
