"""Spanish patterns for receipt, interviews, notice, references, salary, timelines, offers and
rejections, and the Spanish time phrases put into English for `timeline.expected_by`."""

from __future__ import annotations

from offerwatch.core.detection._grammar import Address, DateWords, Rule, _rx, _words, address_rules

_IF = r"\b(?:si\s+(?:tu|su|tus|sus|te|le|nos)|en\s+caso\s+de|cuando\s+(?:tu|su))\b"
_ADVICE = r"\b(?:consejos?|guía|prepara\s+tu|alertas?)\b"
# A meeting as a point in time, already set, opening the sentence: "Antes de la entrevista
# del día 2, ¿podrías indicarme cuánto preaviso tienes?". What breaks it: "antes de la
# entrevista, te propongo una llamada" (a second meeting proposed in the same sentence).
_BEFORE = (
    r"^\W*(?:\S+\s+){0,4}?(?:antes|después)\s+de\s+(?:la|tu|su|nuestra|el|esta)\s+(?:\w+\s+)?(?:entrevista|llamada|charla|"
    r"reunión|videollamada)"
)

_PHRASES: tuple[Rule, ...] = (
    Rule(
        "application_received",
        _rx(
            r"\bhemos\s+recibido\s+(?:tu|su)\s+(?:candidatura|solicitud|cv|currículum)",
            r"\bgracias\s+por\s+(?:presentar|enviar(?:nos)?|tu|su)\s+(?:tu\s+|su\s+)?(?:candidatura|"
            r"solicitud)",
            r"\b(?:revisando|revisaremos|estudiando|estudiaremos|valorando|valoraremos)\s+(?:tu|su)\s+"
            r"(?:candidatura|perfil|solicitud)|\b(?:la|lo)\s+está\s+revisando",
            r"\bcandidatura\s+recibida",
            # Addressing nobody, the post named: "Hemos recibido la solicitud para el puesto de
            # Analista", "Se ha recibido correctamente la candidatura para la oferta...". What
            # breaks it: a colleague told of someone else's application in the same words.
            r"\b(?:hemos\s+recibido|se\s+ha\s+recibido|ha\s+sido\s+recibida)\s+(?:correctamente\s+)?(?:la|una)\s+"
            r"(?:candidatura|solicitud)\s+(?:para|a|al)\s+(?:el\s+|la\s+)?(?:puesto|oferta|vacante|posición|"
            r"proceso)",
        ),
        blocks=_rx(_ADVICE),
        negatable=False,
        conditional=False,
    ),
    Rule(
        "interview_request",
        _rx(r"\bentrevista\b|\bconocerte\b|\bconocerle\b"),
        blocks=_rx(
            _IF, _ADVICE, r"\bgracias\s+por\s+la\s+entrevista|\btras\s+la\s+entrevista", _BEFORE
        ),
        needs=_rx(
            r"\b(?:invitarte|invitarle|gustaría|disponibilidad|convocar|agendar|tendrías|podrías)|\?"
        )[0],
        negatable=False,
        conditional=False,
    ),
    Rule(
        "notice_period_asked",
        _rx(
            r"\bpreaviso\b|\bfecha\s+de\s+incorporación|\bincorporarte\b|\bcuándo\s+podrías\s+empezar"
        ),
        blocks=_rx(_ADVICE),
        negatable=False,
        conditional=False,
    ),
    Rule(
        "references_requested",
        _rx(r"\breferencias\b"),
        blocks=_rx(_IF, _ADVICE),
        needs=_rx(r"\b(?:enviar|enviarnos|facilitar|datos|contacto|podrías|podría)|\?")[0],
        negatable=False,
        conditional=False,
    ),
    Rule(
        "salary_discussed",
        _rx(
            r"\bexpectativas?\s+salarial(?:es)?|\b(?:salario|sueldo|remuneración)\b[^.!?]{0,60}\d|"
            r"\bbanda\s+salarial"
        ),
        blocks=_rx(_ADVICE),
        negatable=False,
        conditional=False,
    ),
    Rule(
        "timeline_stated",
        _rx(
            r"\brespuesta|\bdecisión|\bnos\s+pondremos\s+en\s+contacto|\bte\s+(?:informaremos|"
            r"contactaremos|responderemos|diremos|daremos)|\bnoticias|\bte\s+responderemos"
        ),
        blocks=_rx(_ADVICE, r"\bpor\s+favor\s+(?:\w+\s+){0,4}(?:responde|confirma|envía)"),
        negatable=False,
        conditional=False,
    ),
    Rule(
        "offer",
        _rx(
            r"\bofrecer(?:te|le)\s+el\s+puesto|\bcarta\s+(?:de\s+)?oferta|\boferta\s+(?:de\s+empleo\s+)?"
            r"(?:formal|adjunta)|\b(?:complace|alegra)\s+ofrecer|\bpropuesta\s+(?:formal\s+)?de\s+"
            r"contratación|\bqueremos\s+que\s+te\s+unas",
        ),
        blocks=_rx(_IF, _ADVICE, r"\bofrecemos\b"),
        negatable=False,
        conditional=False,
    ),
    Rule(
        "rejection",
        _rx(
            r"\b(?:lamentablemente|desafortunadamente|lamentamos)\b[^.!?]{0,80}\b(?:no|otros?|otras?)\b",
            r"\b(?:continuar|seguir|avanzar)(?:\s+adelante)?\s+con\s+otr[oa]s?\s+(?:candidat|perfil|persona)",
            r"\bno\s+ha\s+sido\s+seleccionad[oa]|\bno\s+(?:continuará|seguirá)\s+en\s+el\s+proceso",
        ),
        blocks=_rx(_IF, _ADVICE),
        negatable=False,
        conditional=False,
    ),
)

# The rules below fire on everyday mail too (a clinic's "le confirmamos la cita", a bank's
# "hemos recibido su solicitud"), so out of job context they need a job word (weak).
# The grammar of address: a sentence about the reader's own process speaks to her, as usted
# (usted, le, su, sus; "invitarle") or as tú (tú, te, ti, tu, tus, contigo; "conocerte").
# What breaks it: "le/su" also mean him/her/its ("su candidatura" of someone else), voseo
# ("vos"), a sentence that addresses nobody ("la vacante ha sido cubierta").
_ADDRESS = (
    r"\b(?:usted|ustedes|le|les|su|sus|te|ti|tu|tus|tú|contigo|vos)\b|\w(?:te|le)\b|"
    # The formal "la"/"lo" as an enclitic of a verb of meeting: "citarla", "convocarlo".
    r"\b(?:citar|convocar|invitar|conocer|entrevistar|recibir|llamar)(?:la|lo)\b"
)
_MEETING = (
    r"\bentrevista|\bllamada|\bvideollamada|\breuni[oó]n|\bcharla\w*|\bcafé\b|\bconocer\w*|"
    r"\bvernos\b|\bhabl(?:ar|emos|áramos)\w*|\bplaticar\w*|\bcall\b|\bpasar(?:te|se)\b|"
    r"\b(?:día\s+de\s+)?prueba\b"
)
_PROPOSAL = (
    r"\?|¿|\bgustaría|\bencantaría|\bapetecería|\binvit\w*|\bdisponib\w*|\bagendar|\bconfirm\w*|"
    r"\bpropon\w*|\bpropuesta|\b(?:te|le)\s+(?:viene|va|vendría|iría|cuadra|queda)\b|\btendr[ií]as?\b|"
    r"\bpodr[ií]as?\b|\bpuedes\b|\bchance\b|\bconvoc\w*|\bcit(?:ar|arle|arla|arlo|arte|amos|aremos)\b"
)
# The meeting that took place: "gracias por la entrevista", "la entrevista fue muy buena".
_AFTER = (
    _BEFORE + r"|"
    r"\bgracias\s+por\s+(?:\w+\s+){0,2}(?:la|tu|su|el|esta|nuestra)\s+(?:\w+\s+)?(?:entrevista|"
    r"llamada|charla|reunión|tiempo)|\b(?:entrevista|llamada|charla|reunión)\s+(?:\w+\s+)?(?:fue|"
    r"estuvo|salió|ha\s+ido)\b|\btras\s+(?:la|tu|su|nuestra)\s+(?:\w+\s+)?(?:entrevista|charla)|"
    r"\b(?:le|te)\s+encantó\b"
)

ADDRESSED: tuple[Rule, ...] = address_rules(
    Address(
        address=_ADDRESS,
        condition=_IF,
        advice=_ADVICE,
        meeting=_MEETING,
        proposal=_PROPOSAL,
        after=_AFTER,
        # (and a slot agreed in a short note: "Perfecto, quedamos el jueves a las 10 en la
        # oficina"; what breaks it: friends meeting for dinner, read only in job context)
        invited=(
            r"\bse\s+(?:te|le)\s+ha\s+invitado\b|\binvitación\s*:\s*entrevista|"
            r"\bquedamos\s+(?:\w+\s+){0,3}a\s+las\s+\d"
        ),
        received=(
            r"\b(?:recibid[oa]s?|recepción)\b[^.!?]{0,40}\b(?:candidatura|solicitud|cv|currículum|"
            r"curriculum|postulaci[oó]n)|\b(?:candidatura|solicitud|cv|currículum)\b[^.!?]{0,40}\b(?:recibid[oa]|"
            r"será\s+(?:valorada|revisada|estudiada)|en\s+proceso\s+de\s+revisión)|"
            r"\b(?:tenemos|tengo|nos\s+ha\s+llegado|nos\s+llegó|llegó)\s+(?:tu|su)\s+(?:cv|candidatura|currículum|"
            r"solicitud)|\bgracias\s+por\s+(?:aplicar|postular\w*|inscribirte|presentarte)\b"
        ),
        not_received=r"\bno\s+(?:hemos\s+)?recibid",
        received_note=r"^\W*recibid[oa]\b",
        rejection=(
            # Someone else was chosen.
            r"\b(?:decantado|elegido|seleccionado|optado|escogido|apostado|quedado)\s+(?:por|con)?\s*"
            r"(?:a\s+)?(?:otr[oa]s?|un[ao]?\s+(?:persona|candidat\w*|perfil))",
            # The position is gone.
            r"\b(?:vacante|puesto|posición|plaza)\b[^.!?]{0,80}\b(?:cubiert[oa]|ocupad[oa])\b|"
            r"\b(?:cubierto|cubrir|ocupado)\s+(?:la|el)\s+(?:vacante|puesto|posición|plaza)",
            r"\bno\s+(?:vamos\s+a\s+|podemos\s+|podremos\s+)?(?:seguir|continuar|avanzar)(?:\s+adelante)?\s+"
            r"(?:con\s+(?:tu|su|el\s+proceso|la\s+candidatura)|en\s+el\s+proceso|contigo)",
            r"\b(?:sentimos|lamentamos)\s+(?:\w+\s+)?(?:comunicar|informar)\w*[^.!?]{0,80}\b(?:candidatura|"
            r"perfil|proceso|puesto|vacante|selección)",
        ),
        offer=(
            # An offer of the role by its name: "quiere ofrecerte la gerencia de finanzas" (not a
            # meeting, a discount or a trial offered).
            r"\bofrecer(?:te|le)\s+(?:el|un|una|la)\s+(?!(?:\w+\s+)?(?:entrevista|llamada|reunión|cita|charla|"
            r"descuento|prueba|café|visita)\b)\w+",
            # Chosen for the post itself, not for a next step: "has sido seleccionada para el
            # puesto de Responsable de Compras".
            r"(?<!\bno\s)\b(?:has|ha)\s+sido\s+(?:seleccionad[oa]|elegid[oa])\s+para\s+(?:el|la)\s+(?:puesto|"
            r"posición|plaza|vacante)\b",
            r"\b(?:te|le)\s+(?:mando|envío|enviamos|enviaremos|mandamos|haremos|hacemos|presentamos|"
            r"adjunto|adjuntamos)\s+(?:la|una|nuestra)\s+(?:carta\s+)?(?:oferta|propuesta)",
            r"\b(?:te|le)\s+queremos\s+(?:en|con)\s+(?:el|nuestro)\s+equipo|\bque\s+te\s+(?:unas|unieras|"
            r"incorpores|incorporaras|sumes|sumaras)\b",
        ),
        not_offer=r"\bofrecemos\b|\bdescuento|\brebaja|%",
        # "ya hablé con tus referencias", "hemos contactado a sus referencias", "tu antiguo
        # jefe nos habló muy bien de ti". What breaks it: referees named without a reference
        # word ("ya hablé con Andrés y con Pilar").
        contacted=(
            r"\b(?:habl\w*|contactad\w*|contactamos|llamad\w*|llamamos|escrito|consultad\w*|charlad\w*)\s+"
            r"(?:\w+\s+){0,2}(?:con|a)\s+(?:\w+\s+){0,2}(?:referencias|referentes|antigu[oa]s?\s+"
            r"(?:jef[ea]|responsable|manager))\b",
            r"\b(?:referencias|referentes)\b[^.!?]{0,60}\b(?:respondido|contestado|llegado|positiv\w*|"
            r"excelentes|maravillas|muy\s+bien)",
            # Two people spoken to and their praise, without the word: "ya hablé con Andrés y
            # con Pilar, y los dos hablaron maravillas de ti".
            r"\b(?:habl\w*|contact\w*|llam\w*|charl\w*)\s+(?:\w+\s+){0,2}(?:con|a)\s+(?:\S+\s+){1,3}(?:y|e)\s+"
            r"(?:con\s+|a\s+)?\S+[^.!?]{0,60}\b(?:maravillas|muy\s+bien\s+de\s+(?:ti|usted)|excelente\w*|"
            r"positiv\w*|genial\w*)",
        ),
        not_contacted=r"\b(?:antes\s+de|cuando|una\s+vez|en\s+cuanto|sujet[oa]|pendiente)\b",
        money=r"\d[\d.,]*\s*(?:€|(?:euros?|eur)\b)|€\s?\d",
        pay=(
            r"\bbrut[oa]s?\b|\bnet[oa]s?\b|\banual|\bal\s+(?:año|mes)|\bsalari|\bsueldo|\bremuneración|"
            r"\bfij[oa]\b|\bvariable|\bpaquete|\bbanda"
        ),
        not_pay=r"\bprecio|\bdescuento|\brebaja|\balquiler|\bfianza|\bseguro\b|\bbillete",
        timeline=(
            r"\b(?:te|le)\s+(?:contestaremos|responderemos|informaremos|diremos|decimos|daremos|"
            r"comunicaremos|escribiremos|llamaremos|avisaremos|avisamos)|\bcontestar\w*|\bnovedades\b"
        ),
        not_timeline=(
            r"\bpor\s+favor\s+(?:\w+\s+){0,4}(?:responde|confirma|envía)|"
            r"\b(?:le|te|les)\s+(?:agradecer\w*|rogamos|pedimos)\s+(?:\w+\s+){0,2}(?:respuesta|confirm\w*|"
            r"contest\w*|respond\w*)"
        ),
    )
)

RULES: tuple[Rule, ...] = (*_PHRASES, *ADDRESSED)

DATES: DateWords = _words(
    (r"(?:a\s+)?finales\s+de\s+la\s+(?:próxima\s+semana|semana\s+que\s+viene)", "end of next week"),
    (r"(?:a\s+)?finales\s+de\s+(?:esta|la)\s+semana", "end of this week"),
    (r"la\s+(?:próxima\s+semana|semana\s+que\s+viene)", "next week"),
    (r"principios\s+del\s+(?:próximo\s+mes|mes\s+que\s+viene)", "early next month"),
    (r"mediados\s+del\s+(?:próximo\s+mes|mes\s+que\s+viene)", "mid next month"),
    (r"finales\s+del\s+(?:próximo\s+mes|mes\s+que\s+viene)", "end of next month"),
    (r"(?:antes\s+de|a)\s+(?:finales\s+de|fin\s+de)\s+(?:este\s+)?mes", "by the end of the month"),
    (r"en\s+(?:el|un)\s+plazo\s+(?:máximo\s+)?de|dentro\s+de|en\s+los\s+próximos", "within"),
    (r"días\s+(?:hábiles|laborables)", "business days"),
    (r"días", "days"),
    (r"semanas", "weeks"),
    (r"semana", "week"),
    (r"meses", "months"),
    (r"una|un", "a"),
    (r"dos", "two"),
    (r"tres", "three"),
    (r"cuatro", "four"),
    (r"cinco", "five"),
    (r"quince", "fifteen"),
    (r"diez", "ten"),
    (r"(?<!la\s)(?<!esta\s)mañana", "tomorrow"),
    (r"(\d{1,2})\s+de", r"\1"),
    (r"antes\s+del?|para\s+el", "by"),
    (r"lunes", "monday"),
    (r"martes", "tuesday"),
    (r"miércoles", "wednesday"),
    (r"jueves", "thursday"),
    (r"viernes", "friday"),
    (r"enero", "january"),
    (r"febrero", "february"),
    (r"marzo", "march"),
    (r"abril", "april"),
    (r"mayo", "may"),
    (r"junio", "june"),
    (r"julio", "july"),
    (r"agosto", "august"),
    (r"septiembre", "september"),
    (r"octubre", "october"),
    (r"noviembre", "november"),
    (r"diciembre", "december"),
)

# Whose process (see _context.not_the_readers): the reader's own ("tu candidatura",
# "invitarte", "enhorabuena"), the writer's ("mi candidatura", "acepto el puesto", "retiro mi
# candidatura", "tuve mi segunda entrevista") or other people's (the reader on the panel).
# "Su oferta" is no anchor of hers: the candidate writes it when she accepts. What breaks it:
# a recruiter quoting her; "su" of a third person ("su candidatura" of a colleague).
READER_PROCESS = (
    r"\b(?:tu|su|tus|sus)\s+(?:\w+\s+)?(?:candidatura|solicitud|cv|currículum|entrevista|perfil|"
    r"preaviso|referencias)\b|\b(?:invitar|ofrecer|conocer)(?:te|le)\b|\b(?:te|le)\s+(?:invitamos|"
    r"ofrecemos)\b|\benhorabuena\b|\bfelicidades\b|\bbienvenid[oa]\b"
)
OWN_PROCESS = (
    r"\b(?:mi|mis)\s+(?:\w+\s+){0,2}(?:candidatura|solicitud|entrevista|preaviso|renuncia|"
    r"referencias)\b|\bacepto\s+(?:\w+\s+){0,3}(?:el\s+puesto|la\s+oferta|su\s+oferta|tu\s+oferta|"
    r"la\s+propuesta)|\bhe\s+aceptado\s+otra\s+oferta|\bcrucemos\s+los\s+dedos"
)
# (and candidates counted for a post: "entrevistamos a dos candidatos para la vacante", the
# hiring of the reader's team; not "hemos elegido a una candidata para el puesto")
INTERVIEWER = (
    r"\b(?:evaluadores|los\s+cvs?|los\s+currículums)\b|"
    r"(?<!\ba\s)\b(?:un|una|dos|tres|cuatro)\s+candidat[oa]s?\s+para\b|"
    r"\bentrevist\w+\s+a\s+(?:un|una|dos|tres|cuatro)\s+candidat"
)
