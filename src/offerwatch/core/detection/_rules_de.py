"""German patterns for receipt, interviews, notice, references, salary, timelines, offers and
rejections, and the German time phrases put into English for `timeline.expected_by`."""

from __future__ import annotations

from offerwatch.core.detection._grammar import Address, DateWords, Rule, _rx, _words, address_rules

_IF = r"\b(?:falls|wenn|sofern|sollten\s+(?:Sie|wir)|sobald)\b"
_ADVICE = r"\b(?:tipps?|ratgeber|so\s+überzeugen|suchauftrag|newsletter)\b"

_PHRASES: tuple[Rule, ...] = (
    Rule(
        "application_received",
        _rx(
            r"\b(?:haben|habe)\s+(?:Ihre|deine|Ihren|deinen)\s+(?:\w+\s+)?(?:Bewerbung|Unterlagen|"
            r"Lebenslauf)\s+(?:\w+\s+){0,2}(?:erhalten|bekommen)",
            r"\b(?:vielen\s+)?dank\s+für\s+(?:Ihre|deine)\s+(?:\w+\s+)?Bewerbung",
            r"\bEingang\s+(?:Ihrer|deiner)\s+Bewerbung|\bBewerbung\s+(?:ist\s+)?(?:bei\s+uns\s+)?"
            r"(?:eingegangen|erhalten)",
            r"\b(?:prüfen|sichten|schauen)\s+(?:\w+\s+){0,3}(?:Ihr\w*|dein\w*|sie)\s+(?:\w+\s+){0,3}"
            r"(?:Bewerbung|Unterlagen|Profil|Lebenslauf|an)\b",
            r"\b(?:dass|weil)\s+(?:du\s+dich|Sie\s+sich)\s+(?:\w+\s+){0,4}beworben\b",
        ),
        blocks=_rx(_ADVICE),
        negatable=False,
        conditional=False,
    ),
    Rule(
        "interview_request",
        _rx(
            r"\b(?:Vorstellungsgespräch|Bewerbungsgespräch|Kennenlerngespräch|Interview|Gespräch)\w*"
        ),
        blocks=_rx(
            _IF,
            _ADVICE,
            r"\b(?:für\s+das|nach\s+dem|das\s+nette)\s+(?:\w+\s+)?Gespräch|^\W*(?:\S+\s+){0,4}?vor\s+dem\s+(?:\w+\s+)?Gespräch",
        ),
        needs=_rx(
            r"\beinlad|\bEinladung|\bladen\b|\bkennenlernen|\bTermin|\bZeit\s+haben|\bHätten\s+Sie|"
            r"\bpasst|\bvereinbaren|\?"
        )[0],
        negatable=False,
        conditional=False,
    ),
    Rule(
        "notice_period_asked",
        _rx(r"\bKündigungsfrist|\bfrühestmöglich|\bEintrittstermin|\bStarttermin|\bab\s+wann"),
        blocks=_rx(_ADVICE),
        negatable=False,
        conditional=False,
    ),
    Rule(
        "references_requested",
        _rx(r"\b(?:Referenz(?:en|geber)?|Arbeitszeugnis\w*)\b"),
        blocks=_rx(_IF, _ADVICE),
        needs=_rx(r"\b(?:nennen|senden|zusenden|schicken|bitte|benötigen|\?)")[0],
        negatable=False,
        conditional=False,
    ),
    Rule(
        "salary_discussed",
        _rx(
            r"\bGehalts(?:vorstellung|wunsch|erwartung)\w*|\b(?:Jahres)?gehalt\b[^.!?]{0,60}\d|"
            r"\bVergütung\b[^.!?]{0,60}\d"
        ),
        blocks=_rx(_ADVICE),
        negatable=False,
        conditional=False,
    ),
    Rule(
        "timeline_stated",
        _rx(
            r"\bmelden\s+(?:uns|mich|wir\s+uns)|\bRückmeldung|\bBescheid\s+geben|\bEntscheidung|"
            r"\binformieren|\bvon\s+uns\s+hören|\bzurückmelden|\bAntwort"
        ),
        blocks=_rx(_ADVICE, r"\bbitte\s+(?:\w+\s+){0,4}(?:bis|zurück)"),
        negatable=False,
        conditional=False,
    ),
    Rule(
        "offer",
        _rx(
            r"\b(?:Stelle|Position)\s+(?:\w+\s+){0,4}anbieten|\bVertragsangebot|"
            r"\bAngebot\s+(?:\w+\s+)?(?:unterbreiten|machen)|\bArbeitsvertrag\s+(?:erhalten|anbei|zusenden)"
        ),
        blocks=_rx(_IF, _ADVICE, r"\bwir\s+bieten\b"),
        negatable=False,
        conditional=False,
    ),
    Rule(
        "rejection",
        _rx(
            r"\bleider\b[^.!?]{0,80}\b(?:nicht|keine|anderen?|Absage|entschieden)",
            r"\bAbsage\b",
            r"\bfür\s+(?:eine?n?\s+)?(?:andere[nr]?\s+)?(?:Kandidat|Bewerber)\w*\s+(?:\w+\s+){0,6}entschieden",
            r"\bnicht\s+(?:weiter\s+)?berücksichtig|\bnicht\s+in\s+die\s+engere\s+Wahl",
        ),
        blocks=_rx(_IF, _ADVICE),
        negatable=False,
        conditional=False,
    ),
)

# The rules below fire on everyday mail too (a dentist's "Ihr Termin ist bestätigt", a shop's
# "ein Angebot für Sie"), so out of job context they count only with a job word (weak).
# The grammar of address: a sentence about the reader's own process speaks to her, as Sie
# (Sie, Ihnen, Ihr...) or as du (du, dich, dir, dein...). Read without case, like every other
# rule (faster, and a phone's lower-case "ihre bewerbung" counts): "sie" they/she and "ihr"
# her/their count too, which costs little because the other parts (a proposal, an offer
# made, a received application) must be there as well. What breaks it: a sentence that
# addresses nobody ("Die Stelle ist besetzt"), mixed German-English mail.
_ADDRESS = r"\b(?:sie|ihnen|ihr|ihre[nmrs]?|du|dich|dir|dein\w*|euch|euer\w*)\b"
# A meeting, as a noun of any compound ("Zweitgespräch", "Kennenlern-Call") or a verb.
# (and a trial shift or a drop-in: "zum Probearbeiten vorbeikommen")
_MEETING = (
    r"gespräch|\binterview|kennenlern|\bvorstellungs\w+|\b(?:video-?)?call\b|\bvideocall|\btelefonat|"
    r"\bprobearbeit\w*|\bprobetag|\bvorbei(?:zu)?kommen\b"
)
_PROPOSAL = (
    r"\?|\beinlad|\beinladung|\bladen\b|\blust\b|\bzeit\s+(?:für|hätte|hast|haben)|\bpasst|\bpassen|"
    r"\bvereinbar|\bbestätig|\bslots?\b|\bzeitfenster|\bvorschlag|\bschlage|\bmöchten|\bwürden|"
    r"\bgerne?\b|\bfreuen\s+uns\s+auf"
)
# (and a meeting as a point in time, already set, opening the sentence: "eine kurze Rückfrage
# vor dem Gespräch mit unserer Bereichsleitung: ...")
_AFTER = (
    r"^\W*(?:\S+\s+){0,4}?vor\s+(?:dem|unserem|deinem|ihrem)\s+(?:\w+\s+)?(?:\w*gespräch|interview|"
    r"telefonat|call|treffen)|"
    r"\b(?:nach|aus|zu|von)\s+(?:dem|unserem|unseren|das|den|unser|deinem|ihrem|dein|ihr)\s+"
    r"(?:\w+\s+)?(?:\w*gespräch|interview|telefonat|call|treffen)|\bdank\w*\s+für\b|\bfeedback\b"
)

ADDRESSED: tuple[Rule, ...] = address_rules(
    Address(
        address=_ADDRESS,
        condition=_IF,
        advice=_ADVICE,
        meeting=_MEETING,
        proposal=_PROPOSAL,
        after=_AFTER,
        # (and a slot accepted in a short note: "um 11 Uhr bei uns im Büro passt perfekt")
        invited=(
            r"\bsie\s+wurden\s+(?:\w+\s+){0,3}eingeladen|\beinladung\s*:\s*(?:\w*gespräch|interview)|"
            r"\bum\s+\d{1,2}(?:[:.]\d\d)?\s*uhr\b[^.!?]{0,50}\bpasst\s+(?:perfekt|gut|super|prima)\b"
        ),
        received=(
            r"\b(?:erhalten|eingegangen|bekommen|angekommen)\b[^.!?]{0,60}\b(?:bewerbung|unterlagen|"
            r"lebenslauf|cv|profil)|\b(?:bewerbung|unterlagen|lebenslauf|cv)\b[^.!?]{0,60}\b(?:erhalten|"
            r"eingegangen|bekommen|angekommen)\b|"
            # A compound names the application too: "Ihre Bewerbungsunterlagen sind eingegangen".
            r"\bbewerbungs\w+\b[^.!?]{0,60}\b(?:erhalten|"
            r"eingegangen|bekommen|angekommen)\b"
        ),
        not_received=r"\bnoch\s+nicht\b|\bnicht\s+(?:vollständig|erhalten)",
        received_note=r"^\W*(?:(?:ist\s+)?(?:gut\s+)?angekommen|erhalten)\b",
        rejection=(
            # Someone else was chosen: the decision and the other person, in either order.
            r"\bentschieden\b[^.!?]{0,120}\b(?:ander\w*\s+(?:kandidat|bewerber|person|profil)|jemand)|"
            r"\b(?:ander\w*\s+(?:kandidat|bewerber|person|profil)|jemand)\w*[^.!?]{0,120}\bentschieden\b",
            # The position is gone.
            r"\b(?:stelle|position|vakanz)\b[^.!?]{0,80}\b(?:besetzt|vergeben|nicht\s+mehr\s+(?:verfügbar|"
            r"offen|vakant))\b",
            r"\bbedauer\w*[^.!?]{0,60}\bmitteil\w*[^.!?]{0,60}\b(?:bewerbung|stelle|position|"
            r"kandidat\w*|auswahl|prozess|absage)|\bnicht\s+(?:weiter\s+)?(?:fortsetzen|weiterverfolgen|"
            r"verfolgen|in\s+betracht)|\bkeine\s+(?:positive\s+)?zusage\b",
            r"\bnicht\s+(?:weiter\s+|länger\s+|mehr\s+)?(?:zu\s+)?berücksichtig\w*",
        ),
        offer=(
            r"\bangebot\b[^.!?]{0,60}\b(?:mach|schick|send|unterbreit|zukommen|vorleg|übermittel)\w*|"
            r"\b(?:mach|schick|send|unterbreit|übermittel)\w*\b[^.!?]{0,60}\bangebot\b",
            r"\bins\s+team\s+(?:holen|aufnehmen)|\ban\s+bord\s+(?:holen|begrüßen)",
            r"\banbei\b[^.!?]{0,40}\b(?:vertrags)?angebot\b",
            # Taken on in so many words: "dass wir Sie gern als Teamleiterin einstellen möchten".
            r"\b(?:sie|dich)\s+(?:(?!nicht\b)\w+\s+){0,4}(?:einstellen|anstellen)\s+(?:möchten|wollen|werden|"
            r"dürfen|können)\b",
        ),
        not_offer=(
            r"\bwir\s+bieten\b|\bangebot\s+(?:für|an)\s+(?:alle|unsere)|\brabatt|%|\bpreis|\bgutschein"
        ),
        # "mit Ihren Referenzgebern gesprochen", "Ihre Referenzen sind da", "mit Ihrem
        # ehemaligen Vorgesetzten telefoniert". What breaks it: referees named without a
        # reference word ("mit Herrn Koch gesprochen").
        contacted=(
            r"\b(?:referenz\w*|ehemalig\w*\s+(?:vorgesetzt|chef|manager)\w*)\b[^.!?]{0,80}\b(?:gesprochen|"
            r"telefoniert|kontaktiert|angerufen|erreicht|geschrieben|zurückgemeldet|gemeldet|eingeholt|"
            r"angefragt|sind\s+(?:\w+\s+)?(?:da|eingegangen|zurück))\b",
            r"\b(?:sprechen|telefonieren|kontaktieren|melden)\s+(?:\w+\s+){0,2}(?:gerade|jetzt|heute|"
            r"diese\s+woche)?\s*mit\s+(?:\w+\s+){0,2}referenz\w*",
            # Two people named by title, spoken to: "mit Herrn Koch und Frau Yilmaz gesprochen".
            # What breaks it: the two spoken to about something else ("... über Ihr Gehalt").
            r"\bmit\s+(?:herrn|frau|hr\.|fr\.|dr\.)\s+\w+\s+(?:und|sowie)\s+(?:mit\s+)?(?:herrn|frau|hr\.|"
            r"fr\.|dr\.)\s+\w+\s+(?:\w+\s+){0,2}(?:gesprochen|telefoniert)\b(?![^.!?]*\süber\b)",
            # One person spoken to and praise of the reader herself: "mit Herrn Brandt
            # telefoniert - er hat nur Gutes über Ihre Zeit bei Hollin erzählt". Not praise of
            # something else ("nur Gutes über das Auto").
            r"\b(?:gesprochen|telefoniert|erreicht)\b[^.!?]{0,60}\b(?:gutes|positives|lob\w*|begeistert\w*)\s+"
            r"(?:\w+\s+)?(?:über\s+(?:sie|ihre?n?|dich|deine?n?)\b|von\s+(?:ihnen|dir)\b)",
        ),
        not_contacted=r"\b(?:bevor|sobald|nach\s+erhalt|vorbehaltlich|vorausgesetzt)\b",
        money=r"\d[\d.,]*\s*(?:€|(?:euro|eur)\b)|€\s?\d",
        pay=(
            r"\bbrutto|\bnetto|gehalt|\bjahr|\bjährlich|\bmonat|\bstunde|\btagessatz|\bvergütung|"
            r"\bfixum|\bbonus|\bvariabl"
        ),
        not_pay=r"\bpreis|\brabatt|\bgutschein|\bticket|\bmiete|\bkaution|\bversicherung|\bbeitrag",
        timeline=(
            r"\bbescheid\b|\bmeld\w*\s+(?:\w+\s+){0,3}(?:mich|uns|sich)\b|\bentscheid\w*|"
            # Verb last: "werden uns bis Ende nächster Woche bei Ihnen melden"; "Du hörst bis
            # Ende nächster Woche von uns".
            r"\b(?:uns|mich)\s+(?:\S+\s+){1,8}?(?:zurück)?melden\b|\bhörs?t\s+(?:\S+\s+){0,8}?von\s+(?:uns|mir)\b|"
            r"\brückmeld\w*|\bzurück(?:kommen|melden)|\bfeedback\b"
        ),
        not_timeline=r"\bbitte\s+(?:\w+\s+){0,4}(?:bis|zurück)",
    )
)

RULES: tuple[Rule, ...] = (*_PHRASES, *ADDRESSED)

DATES: DateWords = _words(
    (
        r"(?:bis\s+)?(?:spätestens\s+)?Ende\s+(?:der\s+)?nächste[nr]?\s+Woche",
        "by the end of next week",
    ),
    (r"Ende\s+(?:dieser|der)\s+Woche", "by the end of this week"),
    (r"(?:nächste|kommende)[nr]?\s+Woche", "next week"),
    (r"Anfang\s+(?:des\s+)?nächsten\s+Monats", "early next month"),
    (r"Mitte\s+(?:des\s+)?nächsten\s+Monats", "mid next month"),
    (r"Ende\s+(?:des\s+)?nächsten\s+Monats", "end of next month"),
    (r"innerhalb\s+(?:von|der\s+nächsten)|in\s+den\s+nächsten", "within the next"),
    (r"Werktag(?:e|en)?", "business days"),
    (r"Arbeitstag(?:e|en)?", "working days"),
    (r"Tag(?:e|en)", "days"),
    (r"Wochen", "weeks"),
    (r"Woche", "week"),
    (r"Monat(?:e|en)", "months"),
    (r"eine[rnm]?|ein", "a"),
    (r"zwei", "two"),
    (r"drei", "three"),
    (r"vier", "four"),
    (r"fünf", "five"),
    (r"sechs", "six"),
    (r"zehn", "ten"),
    (r"(?:bis\s+)?morgen", "tomorrow"),
    (r"bis(?:\s+zum)?", "by"),
    (r"Montag", "monday"),
    (r"Dienstag", "tuesday"),
    (r"Mittwoch", "wednesday"),
    (r"Donnerstag", "thursday"),
    (r"Freitag", "friday"),
    (r"spätestens", "by"),
    (r"Januar", "january"),
    (r"Februar", "february"),
    (r"März", "march"),
    (r"Mai", "may"),
    (r"Juni", "june"),
    (r"Juli", "july"),
    (r"Oktober", "october"),
    (r"Dezember", "december"),
)

# Whose process (see _context.not_the_readers): the reader's own ("Ihre Bewerbung", "laden
# Sie ein", "herzlichen Glückwunsch"), the writer's ("meine Bewerbung", "ich nehme die Stelle
# an", "ziehe meine Bewerbung zurück", "ich hatte mein zweites Gespräch") or other people's
# (the reader on the panel). "Ihr Angebot" is no anchor of hers: the candidate writes it when
# she accepts. What breaks it: a recruiter quoting her ("Sie schrieben: meine
# Kündigungsfrist..."); mail that names nobody's process.
READER_PROCESS = (
    r"\b(?:ihre|deine)[nmrs]?\s+(?:\w+\s+)?(?:bewerbung|kandidatur|unterlagen|\w*gespräch|interview|"
    r"lebenslauf|kündigungsfrist|referenzen)\b|\b(?:sie|dich)\s+(?:\w+\s+){0,3}einladen\b|"
    r"\b(?:laden|lade)\s+(?:sie|dich)\b|\bherzlichen\s+glückwunsch|\bwillkommen\s+(?:im\s+team|an\s+bord)|"
    r"\bdank\w*\s+für\s+(?:ihre|deine)\s+bewerbung"
)
OWN_PROCESS = (
    r"\bmeine[nmrs]?\s+(?:\w+\s+){0,2}(?:bewerbung|kandidatur|\w*gespräch|interview|kündigung|"
    r"referenzen)\b|\bich\s+nehme\s+(?:ihr|dein|das|die|ihre)\s+(?:\w+\s+){0,6}an\b|"
    r"\bich\s+habe\s+mich\s+(?:\w+\s+){0,3}beworben|\b(?:anderes|ein)\s+angebot\s+angenommen|"
    r"\bbei\s+mir\s+melden|\bdrück\w*\s+mir\s+die\s+daumen"
)
# (and candidates counted for a post: "drei Kandidatinnen für die Backend-Stelle", the hiring
# of the reader's team; not "eine andere Kandidatin", someone chosen over her)
INTERVIEWER = (
    r"\b(?:interviewer(?:in)?|bewertungsb(?:o|ö)gen|die\s+lebensläufe)\b|"
    # Das Gespräch mit mir führen, ein Kandidat in der dritten Person: "kannst du das
    # Vorstellungsgespräch mit mir führen? Der Kandidat kommt um 14 Uhr".
    r"\b\w*gespräch\w*\s+mit\s+mir\s+(?:führen|machen)\b|"
    r"\b(?:eine[nm]?|zwei|drei|vier)\s+(?:kandidat(?:in|en|innen)?|bewerber(?:in|innen)?)\s+(?:für|zum|zur)\b"
)
