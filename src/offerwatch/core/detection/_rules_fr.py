"""French patterns for receipt, interviews, notice, references, salary, timelines, offers and
rejections, and the French time phrases put into English for `timeline.expected_by`."""

from __future__ import annotations

from offerwatch.core.detection._grammar import Address, DateWords, Rule, _rx, _words, address_rules

# (A courtesy is no condition: "le poste est à vous si vous le souhaitez".)
_IF = (
    r"\b(?:si\s+(?:votre|vous(?!\s+le\s+(?:souhaitez|voulez)\b)|nous)|dans\s+le\s+cas|au\s+cas|lorsque|"
    r"dès\s+que)\b"
)
# (Not a board: "le conseil d'administration a validé sa candidature".)
_ADVICE = (
    r"\b(?:conseils?(?!\s+(?:d'administration|de\s+surveillance|municipal))|astuces?|article|"
    r"comment\s+(?:négocier|réussir|relancer))\b"
)
# A meeting as a point in time, already set, that opens the sentence ("Avant notre rencontre
# de lundi, pourriez-vous..."), not one named at its end ("un échange ... avant le premier
# entretien ?" proposes the échange).
_BEFORE = (
    r"^\W*(?:\S+\s+){0,4}?(?:avant|après|en\s+vue\s+de)\s+(?:notre|votre|ton|l'|le|la|cet?|cette|nos|vos)\s*(?:\w+\s+)?"
    r"(?:entretien|rencontre|échange|appel|rendez-vous)"
)

_PHRASES: tuple[Rule, ...] = (
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
            _IF,
            _ADVICE,
            r"\bmerci\s+(?:encore\s+)?pour\s+l'entretien|\bsuite\s+à\s+l'entretien",
            _BEFORE,
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
            r"\bvos\s+attentes\s+(?:de\s+)?salari"
        ),
        # A company's legal footer: "capital social de 45 000 000 EUR".
        blocks=_rx(_ADVICE, r"\bcapital\s+(?:social\s+)?de\b|\brcs\b"),
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

# The rules below fire on everyday mail too (a dentist's "rendez-vous confirmé", an insurer's
# "nous avons bien reçu votre dossier"), so out of job context they need a job word (weak).
# The grammar of address: a sentence about the reader's own process speaks to her, as vous
# (vous, votre, vos) or as tu (tu, te, t', toi, ton, ta, tes). What breaks it: "vous" of a
# job board speaking to everyone (its list footer makes it bulk first), a sentence that
# addresses nobody ("le poste a été pourvu"), franglais.
_ADDRESS = r"\b(?:vous|votre|vos|tu|te|toi|ton|ta|tes)\b|\bt'"
_MEETING = (
    r"\bentretien|\béchange\b|\bvisio\w*|\bappel\b|\bappeler\b|\brencontr\w*|\brendez-vous|"
    r"\brdv\b|\bcafé\b|\b(?:réserver|choisir|prendre|bloquer|caler)\s+(?:un|le|ton|votre)\s+créneau|\bcall\b|\bdiscut(?:e|er|ions|ons)\b|\bjournée\s+d'essai|"
    # a drop-in on a day: "Pourriez-vous passer jeudi vers 15h ?"
    r"\bpasser\s+(?:nous\s+voir|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|demain))\b"
)
_PROPOSAL = (
    r"\?|\bpropos\w*|\bsouhait\w*|\baimeri\w*|\baimerait|\bvoudri\w*|\bdispo(?:nibles?|nibilités?|s)?\b|\bcréneau\w*|"
    r"\bconv(?:ier|ions|oqu)\w*|\bconvi(?:ée?s?|é)\b|\bconvocation\b|\binvit\w*|\bconfirm\w*|\bplanifi\w*|\borganis\w*|\bfixer\b|"
    r"\bcaler\b|\bplaisir\b"
)
# The meeting that took place: "merci pour cet échange", "ton échange s'était bien passé";
# or a meeting as a point in time, already set: "Avant notre rencontre de lundi, pourriez-vous
# m'indiquer votre préavis ?". What breaks it: "avant l'entretien, je vous propose un appel".
_AFTER = (
    _BEFORE + r"|"
    r"\bmerci\s+(?:\w+\s+){0,2}pour\s+(?:l'|cet|ce|notre|nos|votre|vos|ton|tes|le)\s*(?:\w+\s+)?"
    r"(?:entretien|échange|appel|rencontre|temps)|\bs'(?:est|était)\s+(?:\w+\s+){0,2}passée?s?\b|"
    r"\blors\s+(?:de\s+(?:l'|notre|votre|ton|nos|vos)|des)\s*(?:\w+\s+)?(?:entretien|échange)|"
    r"\b(?:entretien|échange|appel|rencontre)\s+(?:a|avait|était|fut)\s+(?:\w+\s+)?\w+[éeiu]s?\b"
)

ADDRESSED: tuple[Rule, ...] = address_rules(
    Address(
        address=_ADDRESS,
        condition=_IF,
        advice=_ADVICE,
        meeting=_MEETING,
        proposal=_PROPOSAL,
        after=_AFTER,
        invited=r"\bvous\s+avez\s+été\s+invitée?|\binvitation\s*:\s*entretien",
        received=(
            r"\b(?:reçue?s?|réception)\b[^.!?]{0,40}\b(?:candidature|cv|dossier)|\b(?:candidature|cv|"
            r"dossier)\b[^.!?]{0,40}\b(?:reçue?|transmise?|enregistrée?)\b"
        ),
        not_received=r"\bpas\s+(?:encore\s+)?(?:été\s+)?reçu",
        received_note=r"^\W*(?:bien\s+)?reçue?\b",
        rejection=(
            # Someone else was chosen.
            r"\b(?:retenu|choisi|sélectionné|privilégié|opté\s+pour|fait\s+le\s+choix\s+d')\s*"
            r"(?:un|une|d'autres|l'autre)\s+(?:autre\s+)?(?:profil|candidat\w*|personne)",
            r"\b(?:poursuivre|continuer|avancer)\s+(?:\w+\s+){0,2}avec\s+(?:un|une|d')\s*autres?\b",
            r"\bchoisi\s+de\s+(?:poursuivre|continuer|avancer)\s+avec\s+(?:un|une)\s+(?:profil|candidat\w*|"
            r"personne)",
            # The position is gone, or the search stopped.
            r"\bposte\b[^.!?]{0,80}\b(?:pourvu|attribué|comblé)",
            r"\b(?:geler|gel|suspendre|suspendu|annuler|annulé)\s+(?:le\s+|ce\s+)?(?:recrutement|poste)",
            r"\bne\s+(?:\w+\s+)?(?:pas|plus)\s+(?:aller\s+plus\s+loin|poursuivre|donner\s+suite|continuer)",
            r"\bne\s+(?:\w+\s+)?donner\w*\s+pas\s+suite\b",
        ),
        offer=(
            r"\b(?:vous|te)\s+faire\s+une\s+(?:offre|proposition)\b",
            r"\bci-joint\w*\b[^.!?]{0,40}\b(?:offre|proposition|promesse)\b",
            r"\b(?:vous|te)\s+proposer\s+(?:le|ce)\s+poste",
            r"\b(?:vous|te)\s+propos\w*\s+(?:une\s+)?(?:prise\s+de\s+poste|embauche|contrat\s+de\s+travail)",
            r"\bproposition\s+(?:d'embauche|de\s+contrat|d'emploi)",
            # The post given in so many words: "le poste est à vous si vous le souhaitez".
            r"\b(?:le|ce)\s+(?:poste|job|contrat|stage)\s+est\s+(?:à\s+(?:vous|toi)|pour\s+(?:vous|toi))\b",
        ),
        not_offer=r"\bnous\s+offrons\b|\bremise\b|\bréduction|%",
        # "j'ai pu échanger avec tes références", "vos références nous ont répondu", "nous
        # avons contacté votre ancien manager". What breaks it: referees named without a
        # reference word ("j'ai parlé avec Paul et Amélie").
        contacted=(
            r"\b(?:échang\w*|parlé|discuté|contacté|appelé|joint|eu)\s+(?:\w+\s+){0,3}(?:avec\s+)?"
            r"(?:\w+\s+){0,2}(?:références|référents?|ancien\w*\s+(?:manager|responsable|employeur))\b",
            r"\b(?:références|référents?)\b[^.!?]{0,60}\b(?:répondu|contacté\w*|revenu\w*|positi\w*|"
            r"excellent\w*|élogieu\w*)",
            r"\bprise\s+de\s+références\s+(?:est\s+)?(?:en\s+cours|terminée|lancée)",
            # Two people spoken to and their praise, without the word: "j'ai pu échanger hier
            # avec Paul et Amélie : des retours excellents de leur part".
            r"\b(?:échang\w*|parl\w*|discut\w*|contact\w*|appel\w*|joint|joindre|eu)\s+(?:\w+\s+){0,2}"
            r"(?:avec\s+)?(?:\S+\s+){1,3}et\s+(?:\S+\s+){1,3}[^.!?]{0,60}\b(?:retours?\s+(?:\w+\s+){0,2}(?:excellent\w*|"
            r"positi\w*|élogieu\w*)|excellent\w*\s+retours?|(?:dit|disent)\s+(?:le\s+plus\s+grand\s+)?"
            r"(?:beaucoup\s+de\s+)?bien)",
            # One person spoken to, praising the reader herself ("J'ai eu Mme Leroy au
            # téléphone, très élogieuse à votre sujet"), or a verdict on her told to the writer
            # ("Claire Dubois m'a dit le plus grand bien de vous"). Not praise of something of
            # hers ("beaucoup de bien de ton gâteau": no "de vous / de toi").
            r"\b(?:eu|appelé|joint|parlé|échangé|discuté|contacté)\s+[^!?]{0,80}\b(?:élogieu\w*|positi\w*|"
            r"enthousiastes?)\s+(?:\w+\s+)?(?:à\s+(?:votre|ton)\s+(?:sujet|égard)|sur\s+(?:vous|toi))\b",
            r"\b(?:m'a|m'ont|nous\s+a|nous\s+ont)\s+(?:dit|fait)\s+(?:le\s+plus\s+grand\s+|beaucoup\s+de\s+|que\s+du\s+)?"
            r"bien\s+de\s+(?:vous|toi)\b",
        ),
        not_contacted=r"\b(?:avant|dès\s+que|une\s+fois|sous\s+réserve|sauf)\b",
        money=r"\d[\d\s.,]*\s*(?:€|(?:euros?|eur)\b)|€\s?\d",
        pay=(
            r"\bbrut|\bnet\b|\bannuel|\bpar\s+(?:an|mois|jour)|\bsalaire|\brémunération|\bfixe\b|"
            r"\bvariable|\bpackage|\bk€|\btjm\b"
        ),
        not_pay=(
            r"\bcapital\s+(?:social\s+)?de\b|\brcs\b|\bprix\b|\bremise\b|\bréduction|\bloyer|"
            r"\bcaution|\bassurance|\bbillet"
        ),
        timeline=(
            r"\brevien\w*\s+vers|\brevenir\s+vers|\b(?:vous|te|t')\s*(?:répond\w*|recontact\w*|contact\w*|"
            r"inform\w*|tiendr\w*\s+au\s+courant|tenir\s+au\s+courant|fer\w*\s+(?:un\s+)?(?:retour|signe)|"
            r"faire\s+(?:un\s+)?(?:retour|signe))|\bnouvelles\b"
        ),
        # (and the act of writing now, no promise: "Je me permets de revenir vers vous"; not
        # "je reviens vers vous lundi", a present that promises)
        not_timeline=(
            r"\bmerci\s+de\s+(?:nous\s+)?(?:répondre|confirmer)|"
            r"\b(?:je\s+me\s+permets|nous\s+nous\s+permettons)\s+de\s+revenir\s+vers\b"
        ),
    )
)

RULES: tuple[Rule, ...] = (*_PHRASES, *ADDRESSED)

DATES: DateWords = _words(
    (r"quinze\s+jours", "two weeks"),
    (r"huit\s+jours", "a week"),
    (r"(?:d'ici\s+)?(?:la\s+)?fin\s+de\s+la\s+semaine\s+prochaine", "by the end of next week"),
    (r"(?:d'ici\s+)?(?:la\s+)?fin\s+de\s+(?:la\s+|cette\s+)?semaine", "by the end of this week"),
    (r"(?:d'ici\s+|avant\s+)?(?:la\s+)?fin\s+du\s+mois(?!\s+prochain)", "by the end of the month"),
    (r"la\s+semaine\s+prochaine", "next week"),
    (r"début\s+du\s+mois\s+prochain", "early next month"),
    (r"mi-mois\s+prochain|milieu\s+du\s+mois\s+prochain", "mid next month"),
    (r"fin\s+du\s+mois\s+prochain", "end of next month"),
    (r"(?:dans|au\s+cours\s+de)s?\s+les\s+(?:prochains|prochaines)", "within the next"),
    (r"dans\s+un\s+délai\s+(?:maximum\s+)?de|d'ici|sous", "within"),
    (r"au\s+plus\s+tard(?:\s+le)?", "by"),
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
    (r"mars", "march"),
    (r"avril", "april"),
    (r"mai", "may"),
    (r"août", "august"),
    (r"juin", "june"),
    (r"juillet", "july"),
    (r"septembre", "september"),
    (r"octobre", "october"),
    (r"novembre", "november"),
    (r"décembre", "december"),
)

# Whose process (see _context.not_the_readers): the reader's own ("votre candidature", "vous
# inviter", "félicitations"), the writer's ("ma candidature", "j'accepte l'offre", "retirer ma
# candidature", "j'ai eu mon entretien") or other people's (the reader on the jury). "Votre
# proposition" is no anchor of hers: the candidate writes it when she accepts. What breaks
# it: a recruiter quoting her; "mon entretien avec vous" written by a recruiter.
READER_PROCESS = (
    r"\b(?:votre|ta|ton|vos|tes)\s+(?:\w+\s+)?(?:candidature|cv|dossier|entretien|profil|préavis|"
    r"références)\b|\bvous\s+avez\s+(?:postulé|candidaté)|\b(?:vous|te|t')\s*(?:inviter|convier|"
    r"proposer\s+(?:le|ce)\s+poste|faire\s+une\s+offre)|\bfélicitations\b|\bbienvenue\b"
)
OWN_PROCESS = (
    r"\b(?:ma|mon|mes)\s+(?:\w+\s+)?(?:candidature|entretien|préavis|démission|références)\b|"
    r"\bj'accepte\s+(?:\w+\s+){0,3}(?:l')?(?:offre|proposition|poste)|\baccepter\s+(?:votre|l'|cette|la)\s*(?:offre|proposition)|"
    r"\bj'ai\s+(?:postulé|candidaté)|\bje\s+croise\s+les\s+doigts"
)
# (and candidates counted for a post: "on reçoit deux candidats pour le poste", the hiring of
# the reader's team; not "nous avons retenu une candidate pour ce poste")
INTERVIEWER = (
    r"\b(?:grille\s+d'évaluation|les\s+cv)\b|"
    r"(?<!retenu\s)(?<!choisi\s)(?<!sélectionné\s)\b(?:un|une|deux|trois|quatre)\s+candidat(?:e|s|es)?\s+"
    r"(?:\w+\s+){0,2}(?:pour|au)\b|"
    r"\b(?:faire|mener|conduire|animer|assurer|tenir)\s+(?:le|l'|les|ce|cet)\s*(?:\w+\s+){0,2}entretiens?\b"
    r"[^.?!]{0,30}\bavec\s+moi\b"
)
