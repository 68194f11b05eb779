"""Whole-message cues: mail that carries no signal whatever its sentences say.

Out-of-office replies, job alerts, newsletters, interview-tips articles and job adverts talk
about interviews, salaries and offers without telling this candidate anything.
"""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Mapping
from itertools import islice

from offerwatch.core.detection._grammar import _lower_literals
from offerwatch.core.detection._sentences import sentences

_I = re.IGNORECASE

_AUTO_REPLY_SUBJECT = re.compile(
    r"^\s*(?:automatic\s+reply|auto(?:matic)?[-\s]?(?:reply|response)|auto\s*:|"
    r"out\s+of\s+(?:the\s+)?office|ooo\b|abwesenheit|absence|réponse\s+automatique|"
    r"respuesta\s+automática|risposta\s+automatica|autosvar|afwezig|away\s+from)",
    _I,
)
# An absence sentence that goes on to say something else is a person writing, not a robot:
# "I'm out of the office today but wanted to get this to you".
_CARRIES_ON = re.compile(
    r"\b(?:but|so\s+(?:i|we)|wanted|before\s+i\s+go|just\s+to|quick(?:ly)?)\b", _I
)
_ABSENCE_END = re.compile(
    r"\b(?:until|till|back\s+(?:on|in)|return(?:ing)?|limited\s+access|respond|reply|"
    r"get\s+back\s+to\s+you|when\s+i\s+am\s+back|upon\s+my\s+return)\b",
    _I,
)
_AUTO_REPLY_BODY = re.compile(
    r"\b(?:i\s+am|i'm)\s+(?:currently\s+)?(?:out\s+of\s+(?:the\s+)?office|away\s+from\s+(?:the\s+)?"
    r"office|on\s+(?:annual\s+|parental\s+|sick\s+)?leave|on\s+holiday|on\s+vacation|travel(?:l)?ing)"
    r"|\bthis\s+is\s+an\s+automatic\s+reply\b|\bwith\s+limited\s+access\s+to\s+(?:e-?mail|my\s+inbox)",
    _I,
)
_BULK_SUBJECT = re.compile(
    r"\bjob\s+alert|\bjobs?\s+(?:for\s+you|you\s+(?:may|might)|matching|recommended|picked|near\s+you)|"
    r"\bnew\s+jobs?\b|\bnewsletter\b|\bdigest\b|\bwebinar\b|\btips?\b|\bcareer\s+advice\b|"
    r"\bweekly\b|\btop\s+\d+\b|\bhow\s+to\b|\bwe(?:'re|\s+are)\s+hiring\b|\bis\s+hiring\b|"
    r"\bhiring\s+now\b|\bopen\s+(?:roles|positions)\b|\bjob\s+opportunit(?:y|ies)\s+(?:at|in|for)\b|"
    r"\bsale\b|\b\d+%\s+off\b|\bpremium\b|\bwho\s+viewed\b|\bapply\s+now\b",
    _I,
)
_ADVERT_CUES = re.compile(
    r"\b(?:apply\s+now|apply\s+today|apply\s+here|click\s+to\s+apply|easy\s+apply|we(?:'re|\s+are)"
    r"\s+hiring|job\s+description|key\s+responsibilities|responsibilities|requirements|what\s+we\s+"
    r"offer|benefits\s+include|about\s+the\s+role|view\s+(?:the\s+)?job|see\s+all\s+jobs|"
    r"unsubscribe|manage\s+(?:your\s+)?(?:alerts|preferences|subscriptions)|job\s+alert|"
    r"recommended\s+for\s+you|similar\s+jobs|new\s+jobs|jobs\s+you\s+(?:may|might)|"
    r"read\s+(?:more|the\s+full)|tips?\b|webinar|sign\s+up|subscribe)\b",
    _I,
)
_PERSONAL_CUES = re.compile(
    r"\byour\s+(?:application|candidacy|interview|resume|cv|profile\s+for\s+the|references)|"
    r"\byou\s+(?:applied|interviewed|spoke|met)\b|\bthank(?:s|\s+you)\s+for\s+(?:applying|"
    r"(?:your\s+)?(?:time|interest\s+in\s+the)|interviewing|speaking|meeting)|\bwe\s+(?:met|spoke)\b|"
    r"\bour\s+(?:call|conversation|chat|interview|meeting)\b",
    _I,
)


def _auto_header(headers: Mapping[str, str]) -> bool:
    """RFC 3834 Auto-Submitted, the X-Autoreply/X-Autorespond flags, Precedence: auto_reply."""
    lower = {k.lower(): str(v).strip().lower() for k, v in headers.items()}
    submitted = lower.get("auto-submitted", "no")
    if submitted and not submitted.startswith("no"):
        return True
    for name in ("x-autoreply", "x-autorespond", "x-autoresponder"):
        if name in lower and lower[name] not in ("no", "false", "0"):
            return True
    return lower.get("precedence") == "auto_reply"


def is_auto_reply(subject: str, text: str, headers: Mapping[str, str] | None = None) -> bool:
    """An out-of-office or other automatic away reply: by its headers, its subject, or a
    message that opens with an absence and when it ends (not a person who mentions one)."""
    if headers and _auto_header(headers):
        return True
    if _AUTO_REPLY_SUBJECT.search(subject):
        return True
    if not _AUTO_REPLY_BODY.search(text[:600]):
        return False
    for sentence in sentences(text[:600])[:3]:
        if _AUTO_REPLY_BODY.search(sentence):
            return bool(_ABSENCE_END.search(sentence)) and not _CARRIES_ON.search(sentence)
    return False


_LIST_MAIL = re.compile(
    r"\bunsubscribe\b|\bmanage\s+(?:your\s+)?(?:e-?mail\s+)?(?:preferences|subscriptions|alerts)\b|"
    r"\byou\s+are\s+receiving\s+this\s+(?:e-?mail\s+)?because\s+you\s+(?:signed|subscribed|opted|"
    r"registered|created|joined|follow)|\bsubscribe\b|\babmelden\b|\bse\s+désabonner\b|"
    r"\bdarse\s+de\s+baja\b|\bdésinscri|\bsuchauftrag\b|"
    r"\bread\s+the\s+full\s+(?:article|story|post|piece)\b|\bcontinue\s+reading\b",
    _I,
)


# A subject that counts listings ("12 new Data Engineer jobs in London"): a job alert, even
# when one of its listings says "Your application will be reviewed within 2 weeks".
_ALERT_SUBJECT = re.compile(
    r"^\W*\d+\+?\s+(?:new\s+)?(?:[\w-]+\s+){0,4}(?:jobs|roles|vacancies|openings|positions)\b",
    re.IGNORECASE,
)

# A person's message relayed by a platform ("Maya Okafor sent you a message: UX Research at
# Fernleaf", "New message from Sam Patel"): the list footer is the platform's, the words are
# the sender's, so it is read like mail from her. What breaks it: a platform that relays
# marketing under a person's name ("Sam from Acme sent you a message") is read as a person.
_RELAYED_SUBJECT = re.compile(
    r"\bsent\s+you\s+(?:a\s+(?:new\s+|private\s+|direct\s+)?message|an?\s+inmail)\b|"
    r"^\W*new\s+message\s+from\b|\breplied\s+to\s+your\s+message\b",
    _I,
)


def is_bulk(subject: str, text: str, body: str = "") -> bool:
    """A job alert, newsletter, tips article or advert rather than mail about this candidate.

    `body` is the whole body (footers included), where list mail says how to unsubscribe."""
    if _ALERT_SUBJECT.search(subject):
        return True
    # Every answer needs no personal cue: one search decides most mail. The long texts are
    # read in lower case by the cues made for it (see _lowered): a third of the time.
    personal, list_mail, advert = _lower_cues(_PERSONAL_CUES, _LIST_MAIL, _ADVERT_CUES)
    lower = text.lower()
    if personal.search(lower):
        return False
    if _BULK_SUBJECT.search(subject):
        return True
    if _RELAYED_SUBJECT.search(subject):
        return False
    if list_mail.search(body[-4000:].lower() if body else lower):
        return True
    return len(list(islice(advert.finditer(lower), 3))) >= 3


# Words that put a message in a job search, in the languages the rules read (stems, lower
# case). A date phrase ("we will let you know within 3 days", "the decision is expected by
# the end of the month") is everywhere in everyday mail; it is a timeline only in job context.
JOB_WORDS = re.compile(
    r"\b(?:interview\w*|interveiw\w*|applica\w*|applied|apply(?:ing)?|candida\w*|recruit\w*|"
    r"hiring|hire[ds]?|vacanc\w*|shortlist\w*|short-list\w*|roles?|positions?|jobs?|posts?|"
    r"careers?|resumes?|résumés?|cv|cvs|referees?|referen\w*|refs|salary|offers?|"
    r"talent|onboarding|opening|openings|opportunit\w*|assessment\w*|screening|selection|hr|"
    # German, French, Spanish (read by the rules)
    r"bewerb\w*|stelle\w*|vorstellungsgespr\w*|kandidat\w*|auswahl\w*|gespräch\w*|"
    r"personalabteilung|poste|entretien\w*|recrutement|embauche|offre|entrevista\w*|vacante|"
    r"puesto|solicitud|empleo|oferta|selección|proceso)\b",
    re.IGNORECASE | re.ASCII,  # ASCII word edges and case: the screen reads raw bytes alike
)
# The same in the languages the rules do not read (Italian, Dutch, Portuguese): mail in one
# of them goes to review when it holds one of these (or import knows its sender).
OTHER_JOB_WORDS = re.compile(
    r"\b(?:colloqui\w*|candidatur\w*|selezion\w*|posizione|assunzion\w*|sollicit\w*|vacature\w*|"
    r"kandida\w*|functie|sollicitatiegesprek\w*|vaga|vagas|contrata\w*|recrutamento|"
    r"processo\W+seletivo)\b",
    re.IGNORECASE | re.ASCII,
)


def job_word(text: str) -> bool:
    """True if `text` holds a word that belongs to a job search (see JOB_WORDS)."""
    return JOB_WORDS.search(text) is not None


def other_job_word(text: str) -> bool:
    """True if `text` holds a job word of a language the rules do not read."""
    return OTHER_JOB_WORDS.search(text) is not None


def _lowered(pattern: str) -> re.Pattern[str]:
    """`pattern` made for text in lower case (see _grammar.lower_case): twice as fast."""
    return re.compile(_lower_literals(pattern))


@functools.cache
def _lower_cues(*patterns: re.Pattern[str]) -> tuple[re.Pattern[str], ...]:
    """`patterns` (IGNORECASE) made for text already in lower case, on first use."""
    return tuple(_lowered(p.pattern) for p in patterns)


# Whose process a message is about. A step in the reader's own process speaks to the reader
# about it ("your application", "we'd like to invite you"); the candidate's own mail and a
# friend's news speak of the writer's ("my interview on the 29th", "I'm delighted to accept
# the offer", "I've got an offer from Fernbank"); mail to a colleague who hires speaks of
# other people's candidacies ("sit on the interview panel", "feedback for candidate #2").
# What breaks these: a recruiter quoting the candidate ("you said 'my notice is a month'":
# the reader anchor "you said"... is not one, but "your notice" usually follows); a typo in
# "my intreview"; other languages (read by English cues only).
_READER_PROCESS = _lowered(
    r"\byour\s+(?:\w+\s+)?(?:application|candidacy|interview|cv|resume|profile|offer|notice|"
    r"referees?|references|availability|start\s+date|submission)\b|"
    r"\byou(?:'ve|\s+have)?\s+(?:applied|interviewed|accepted)\b|"
    r"\b(?:offer|invite|interview|shortlist(?:ed)?|selected|move|progress|hire|appoint)\s+you\b|"
    r"\bcongratulations\b|\bwelcome\s+(?:to\s+the\s+team|aboard)\b|"
    r"\bthank(?:s|\s+you)\s+(?:\w+\s+)?for\s+(?:applying|your\s+(?:application|interest))\b",
)
_OWN_PROCESS = _lowered(
    r"\bmy\s+(?:\w+\s+)?(?:application|candidacy|interview|referees|references|notice\s+period|"
    r"offer)\b|"
    r"\bi(?:'ve|\s+have)?\s+(?:just\s+)?(?:applied|interviewed)\s+(?:for|with|at|to)\b|"
    r"\b(?:i(?:'m|\s+am)?|happy\s+to|delighted\s+to|pleased\s+to)\s+(?:\w+\s+){0,2}accept(?:ing)?\s+"
    r"(?:the|your)\s+(?:\w+\s+)?offer\b|"
    r"\b(?:i(?:'ve|\s+have)?|just)\s+(?:got|received|had)\s+an?\s+(?:\w+\s+)?offer\s+(?:from|at)\b|"
    r"\bi\s+have\s+(?:another|a\s+competing|an\s+other)\s+(?:\w+\s+)?(?:offer|process)\b|"
    r"\bthank(?:s|\s+you)\s+(?:so\s+much\s+|very\s+much\s+)?for\s+the\s+offer\b|"
    r"\bbefore\s+i\s+sign\b|"
    # Her thanks and asks after a meeting: "Thanks again for having me on Saturday", "thank
    # you for the opportunity to interview", "any news on the role?", "happy to send references".
    # What breaks it: a recruiter writing "thanks for having me on the call" to a candidate
    # (rare; any reader anchor such as "your interview" keeps the message).
    r"\bthank(?:s|\s+you)\s+(?:\w+\s+)?for\s+(?:having\s+me|the\s+opportunity\s+to\s+interview(?!\s+you))\b|"
    r"\bany\s+(?:news|update|word)\s+on\s+the\s+(?:\w+\s+){0,3}(?:role|position|job|post)\b|"
    r"\b(?:happy|glad|delighted)\s+to\s+(?:send|share|provide)\s+(?:over\s+)?(?:my\s+)?"
    r"(?:references|referees)\b|\bhear\s+about\s+next\s+steps\b",
)
_INTERVIEWER = _lowered(
    r"\b(?:(?:sit|be)\s+on|join)\s+(?:the|a|an|our|\w+'s)\s+(?:\w+\s+){0,2}panel\b(?!\s+interview)|"
    r"\bsit\s+in\s+on\b|\byou(?:'re|\s+are)\s+(?:scheduled\s+|due\s+|booked\s+)?to\s+interview\s+"
    r"(?!with\b|for\b|at\b)\w|"
    # The reader as a referee: "Alex has named you as a referee", "be a reference for me".
    r"\b(?:named|listed|given|nominated|put)\s+you\s+(?:down\s+)?as\s+(?:a|an|their|his|her|one\s+of)\s+"
    r"(?:\w+\s+)?(?:referee|reference)s?\b|\b(?:be|act\s+as)\s+(?:a\s+|my\s+)?(?:referee|reference)\s+"
    r"for\s+(?:me|him|her|them)\b|\bput\s+your\s+name\s+down\b|"
    r"\b(?:a|an|another|third|second|extra)\s+interviewer\b|\bscorecards?\b|"
    # The reader asked to interview beside the writer, a candidate named in the third person:
    # "Can you do the interview with me on Thursday? It's the candidate for the SRE role".
    r"\binterview\s+with\s+me\b(?=[\s\S]{0,300}\b(?:the|a|our)\s+candidate\b)|"
    r"\b(?:the|a|our)\s+candidate\b(?=[\s\S]{0,300}\binterview\s+with\s+me\b)|"
    r"\bcandidate\s+#\s?\d|(?:^|\s)#\d\b|\bthe\s+cvs\b|\byour\s+(?:hiring|recruitment|recruiting)\s+"
    r"(?:plans|needs|process|team)\b|"
    # Her present employer's HR: the pay review, the payroll, her line manager.
    r"\b(?:mid-year|annual|year-end|performance|probation)\s+(?:pay\s+)?review\b|\bpayroll\b|"
    r"\bpayslip|\bself-assessment|\byour\s+line\s+manager\b|\bappraisal\b",
)


@functools.cache
def _process_cues(language: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(reader's, writer's, other people's) process cues of `language` (de, fr, es; English
    for any other), compiled on first use: most mailboxes hold no German, French or Spanish."""
    if language not in ("de", "fr", "es"):
        return _READER_PROCESS, _OWN_PROCESS, _INTERVIEWER
    table = importlib.import_module(f"offerwatch.core.detection._rules_{language}")
    reader, own, interviewer = (
        _lowered(p) for p in (table.READER_PROCESS, table.OWN_PROCESS, table.INTERVIEWER)
    )
    return reader, own, interviewer


def not_the_readers(text: str, language: str = "en") -> bool:
    """True if the message speaks of the writer's own process or of other people's
    candidacies (the reader sits on the panel), and never of the reader's own; read with
    the cues of `language` (de, fr, es; English for any other)."""
    reader, own, interviewer = _process_cues(language)
    text = text.lower()
    if reader.search(text):
        return False
    return bool(own.search(text) or interviewer.search(text))


# An application for something other than a job: a credit card, a mortgage, a parking permit,
# a planning consent, a tenancy. Such mail says "we have received your application", "a
# decision is expected within 8 weeks", "we need two references" and "we're pleased to offer
# you a rate of 6.9%", names what is applied for ("applying for the Rewards Credit Card",
# "your mortgage application") and names no job: no role, position, CV, interview,
# recruiter, title... A bare "Your application has been submitted" names nothing: it stays.
# What breaks it: a receipt naming an unusual title only ("Thanks for applying for Head of
# Data"); mail in another language (English only).
_APPLYING = re.compile(
    r"\b(?:application|applying|applied)\s+for\b|\b(?:ballot|raffle|lottery|prize\s+draw)\b|"
    # An offer of something else: "your mortgage offer for 14 Alder Road".
    r"\b(?:mortgage|loan|insurance|renewal|credit|tenancy|broadband|tariff)\s+(?:offer|agreement|"
    r"quote)\b|"
    r"\b(?!(?:your|the|an|a|my|our|this|job|online|recent|new|full|formal|submitted|completed|"
    r"successful|unsuccessful|first|initial|speculative|direct|internal)\b)[a-z]+\s+application\b",
    re.IGNORECASE,
)
_NAMES_A_JOB = re.compile(
    r"\b(?:roles?|positions?|jobs?|vacanc\w*|candida\w*|cv|cvs|resumes?|résumés?|interview\w*|"
    r"hiring|hire[ds]?|recruit\w*|careers?|talent|shortlist\w*|openings?|posts?|internships?|"
    r"graduates?|employment|requisition|engineer\w*|analyst|designer|manager|developer|"
    r"scientist|lead|consultant|officer|specialist|assistant|director|coordinator|associate|"
    r"head\s+of|chief|vp|interns?)\b",
    re.IGNORECASE,
)


def other_application(subject: str, text: str) -> bool:
    """True if the message speaks of an application and names no job (see above)."""
    whole = f"{subject}\n{text}"
    if not any(cue in whole for cue in ("appl", "Appl", "APPL", "ffer", "FFER", "allot", "raw")):
        return False  # most mail: no application or offer at all
    applying, names_a_job = _lower_cues(_APPLYING, _NAMES_A_JOB)
    lower = whole.lower()
    return bool(applying.search(lower)) and not names_a_job.search(lower)
