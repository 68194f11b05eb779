"""Spanish patterns for receipt, interviews, notice, references, salary, timelines, offers and
rejections, and the Spanish time phrases put into English for `timeline.expected_by`."""

from __future__ import annotations

from offerwatch.core.detection._grammar import DateWords, Rule, _rx, _words

_IF = r"\b(?:si\s+(?:tu|su|tus|sus|te|le|nos)|en\s+caso\s+de|cuando\s+(?:tu|su))\b"
_ADVICE = r"\b(?:consejos?|guía|prepara\s+tu|alertas?)\b"

RULES: tuple[Rule, ...] = (
    Rule(
        "application_received",
        _rx(
            r"\bhemos\s+recibido\s+(?:tu|su)\s+(?:candidatura|solicitud|cv|currículum)",
            r"\bgracias\s+por\s+(?:presentar|enviar(?:nos)?|tu|su)\s+(?:tu\s+|su\s+)?(?:candidatura|"
            r"solicitud)",
            r"\b(?:revisando|revisaremos|estudiando|estudiaremos|valorando|valoraremos)\s+(?:tu|su)\s+"
            r"(?:candidatura|perfil|solicitud)|\b(?:la|lo)\s+está\s+revisando",
            r"\bcandidatura\s+recibida",
        ),
        blocks=_rx(_ADVICE),
        negatable=False,
        conditional=False,
    ),
    Rule(
        "interview_request",
        _rx(r"\bentrevista\b|\bconocerte\b|\bconocerle\b"),
        blocks=_rx(_IF, _ADVICE, r"\bgracias\s+por\s+la\s+entrevista|\btras\s+la\s+entrevista"),
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
            r"\bexpectativas\s+salariales|\b(?:salario|sueldo|remuneración)\b[^.!?]{0,60}\d|"
            r"\d[\d.,]*\s*(?:€|euros?|EUR)\b|\bbanda\s+salarial"
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
            r"\bofrecer(?:te|le)\s+el\s+puesto|\bcarta\s+de\s+oferta|\boferta\s+(?:de\s+empleo\s+)?"
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

DATES: DateWords = _words(
    (r"(?:a\s+)?finales\s+de\s+la\s+(?:próxima\s+semana|semana\s+que\s+viene)", "end of next week"),
    (r"(?:a\s+)?finales\s+de\s+(?:esta|la)\s+semana", "end of this week"),
    (r"la\s+(?:próxima\s+semana|semana\s+que\s+viene)", "next week"),
    (r"principios\s+del\s+(?:próximo\s+mes|mes\s+que\s+viene)", "early next month"),
    (r"mediados\s+del\s+(?:próximo\s+mes|mes\s+que\s+viene)", "mid next month"),
    (r"finales\s+del\s+(?:próximo\s+mes|mes\s+que\s+viene)", "end of next month"),
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
    (r"(?<!la\s)mañana", "tomorrow"),
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
