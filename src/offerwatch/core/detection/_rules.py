"""Sentence patterns for each label of mail-signals.md, with what blocks them.

A label fires on a sentence when one of its triggers matches, no block matches, its `needs`
pattern (if any) matches, and the words just before the trigger in the same clause hold no
negation ("no need to send references yet"). Conditionals ("if you are shortlisted we will
invite you to interview") and advert phrasing ("we offer flexible hours") are blocks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_I = re.IGNORECASE


def _rx(*parts: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, _I) for p in parts)


@dataclass(frozen=True)
class Rule:
    """How one label shows in a sentence."""

    kind: str
    triggers: tuple[re.Pattern[str], ...]
    blocks: tuple[re.Pattern[str], ...] = ()
    needs: re.Pattern[str] | None = None
    negatable: bool = True
    conditional: bool = True  # an "if ..." before the trigger in the sentence blocks it


# Words that, just before a trigger in the same clause, turn it around.
NEGATION = re.compile(
    r"\b(?:no|not|never|nor|without|neither|unable|cannot|n't)\b|n't\b|\bno\s+need\b|"
    r"\bnot\s+(?:yet|required|necessary|needed)\b",
    _I,
)
# Opens a condition: what follows it in the sentence is not (yet) a fact.
CONDITION = re.compile(
    r"\b(?:if|unless|whether|in\s+case|in\s+the\s+event|should\s+(?:you|we|your|there|the|it))\b",
    _I,
)
# Where a clause ends, so that a negation earlier in the sentence does not reach a trigger.
CLAUSE_BREAK = re.compile(r"[,;:()—–]|\s-\s|\b(?:but|however|and|so|because|although|as)\b", _I)

# A request or question addressed to the candidate.
_ASKS = re.compile(
    r"\?|\b(?:please|kindly|could\s+you|can\s+you|would\s+you|will\s+you|let\s+(?:me|us)\s+know|"
    r"confirm|advise|share|send\s+(?:me|us|over)|tell\s+(?:me|us)|provide|what\s+(?:is|are|was|"
    r"would)|what's|how\s+(?:much|long|soon)|when\s+(?:could|can|would|will)|need\s+to\s+know|"
    r"(?:like|want)\s+to\s+(?:know|understand|ask|check|confirm)|wondering|curious|grateful\s+if|"
    r"appreciate\s+(?:it\s+)?if|interested\s+to\s+(?:know|hear)|ask(?:ing)?\s+(?:you\s+)?(?:about|for)|"
    r"fill\s+in|complete\s+the|include|indicate|specify|note\s+down|jot\s+down|reply\s+with)\b",
    _I,
)

# "If you are shortlisted ...", "should your profile match ...": not a statement of fact.
_CONDITIONAL = (
    r"\b(?:if|should|once|when|whenever|in\s+case|in\s+the\s+event|where|unless)\b[^.]{0,60}?\b"
    r"(?:selected|shortlisted|short-listed|successful|chosen|a\s+(?:good\s+|strong\s+)?(?:fit|match)|"
    r"match(?:es)?|meet(?:s)?|align(?:s)?|suitable|qualif(?:y|ies|ied)|progress(?:es)?|"
    r"move(?:s)?\s+forward|advance(?:s)?|interested\s+in\s+(?:your|moving)|decide(?:s)?|feel(?:s)?|"
    r"find|determine(?:s)?|believe(?:s)?|think(?:s)?|would\s+like|wish(?:es)?|want(?:s)?|"
    r"there\s+is\s+(?:a|an)\s+(?:match|fit|opportunity|interest))\b"
)
_MAYBE = (
    r"\b(?:may|might|could|can)\s+(?!we\b|i\b|you\b)(?:\w+\s+){0,2}(?:contact|reach\s+out|invite|schedule|be\s+in\s+touch|"
    r"ask|request|call|get\s+in\s+touch)\b"
)
_THIRD_PARTY = (
    r"\b(?:selected|shortlisted|short-listed|successful|qualified|suitable|chosen|top|potential)\s+"
    r"(?:candidates|applicants|individuals|profiles)\b|\bonly\s+(?:those|candidates|applicants)\b|"
    r"\bcandidates\s+(?:who|whose|that)\b|\bfinalists?\b|\bfinalist\s+candidates\b"
)
_ADVICE = (
    r"\b(?:tips?|how\s+to|ways\s+to|guide|advice|prepare\s+for|preparing\s+for|practice|"
    r"questions\s+to\s+ask|common\s+interview|ace\s+(?:your|the)|webinar|article|blog|podcast|"
    r"course|learn|read\s+more|resources?)\b"
)

APPLICATION_RECEIVED = Rule(
    "application_received",
    _rx(
        r"\b(?:we|i)\s*(?:'ve|\s+have|\s+had)?\s+(?:successfully\s+|now\s+|just\s+)?(?:received|got|"
        r"recieved|registered)\s+your\s+(?:job\s+|online\s+|recent\s+|completed\s+|submitted\s+)?"
        r"(?:application|resume|résumé|cv|submission|candidacy|expression\s+of\s+interest|details|"
        r"profile|information|materials?)",
        r"\byour\s+(?:job\s+|online\s+|recent\s+)?(?:application|resume|résumé|cv|submission|candidacy|"
        r"expression\s+of\s+interest)\b[^.!?]{0,80}?\b(?:has|have|was|were|is|got)\s+"
        r"(?:now\s+)?(?:been\s+)?(?:successfully\s+|safely\s+)?(?:received|submitted|sent|recorded|"
        r"delivered|completed|logged|registered|forwarded|transmitted|shared|in)\b",
        r"\b(?:application|resume|cv|submission)\s+(?:has\s+been\s+|was\s+)?(?:successfully\s+)?"
        r"(?:received|submitted|confirmed|complete|acknowledg(?:ed|ement))\b",
        r"\bthank(?:s|\s+you)\s+(?:so\s+much\s+|very\s+much\s+|again\s+)?for\s+(?:your\s+)?(?:applying|"
        r"application|submitting|your\s+submission|sending\s+(?:us\s+)?your|the\s+application|"
        r"completing\s+(?:your|the)\s+application|your\s+(?:recent\s+|online\s+)?job\s+application)",
        r"\b(?:your\s+)?(?:application|candidacy|profile|resume|cv)\s+(?:is|are)\s+(?:currently\s+|now\s+)?"
        r"(?:being\s+)?(?:under\s+(?:review|consideration)|reviewed|in\s+review|being\s+considered)",
        r"\bwe\s*(?:'re|\s+are|\s+will\s+be|'ll\s+be|\s+will|'ll)\s+(?:currently\s+|now\s+|carefully\s+|"
        r"closely\s+)?(?:reviewing|review|assessing|considering|looking\s+(?:at|over|through)|"
        r"evaluating)\s+(?:your|all)\s+(?:application|resume|cv|profile|qualifications|submission|"
        r"applications|background|experience|candidacy)",
        r"\b(?:we\s+)?(?:confirm|acknowledge)\s+(?:the\s+)?(?:receipt|reception)\s+of\s+your\b",
        r"\breceipt\s+of\s+your\s+(?:application|cv|resume)",
        r"\bapplication\s+(?:received|confirmation|acknowledg(?:ement|ment))\b",
        r"\byou(?:'ve|\s+have)\s+(?:successfully\s+)?(?:applied|submitted\s+(?:your|an|the)\s+"
        r"application)",
        r"\b(?:we|i)(?:'ve|\s+have)\s+got\s+your\s+application\b",
        r"\b(?:taking|took|take|taken)\s+(?:the\s+)?(?:time|a\s+moment)\s+to\s+(?:apply|submit)",
        r"\b(?:excited|delighted|happy|pleased|glad|thrilled)\s+(?:to\s+(?:receive|see)\s+your\s+"
        r"(?:application|resume|cv|interest)|(?:that\s+)?you\s+(?:decided|chose|have\s+chosen)\s+to\s+"
        r"apply|(?:that\s+)?you(?:'ve|\s+have)?\s+applied)",
        r"\blook(?:ing)?\s+forward\s+to\s+(?:reviewing|learning\s+more\s+about|reading)\s+your\b",
        r"\b(?:will|'ll|shall)\s+(?:now\s+)?(?:carefully\s+|personally\s+|thoroughly\s+|closely\s+)?"
        r"(?:review|assess|evaluate|consider|look\s+(?:at|over))\s+your\s+(?:application|background|"
        r"resume|résumé|cv|profile|experience|qualifications|submission|skills|candidacy|details)",
        r"\b(?:completed|completing|taken)\s+(?:the\s+|your\s+)?(?:first\s+steps?|application)\b",
        r"\b(?:received|got)\s+your\s+(?:\w+\s+){0,2}(?:submission|referral|application|resume|cv)\b",
        r"\byour\s+(?:application|resume|cv)\s+(?:has\s+been\s+)?(?:sent|forwarded|passed)\s+to\b",
    ),
    blocks=_rx(
        r"\b(?:have|has)\s+not\s+(?:yet\s+)?(?:been\s+)?(?:received|submitted)",
        r"\b(?:before|until|unless|once)\s+(?:we\s+(?:can\s+)?)?(?:receive|review)",
        r"\bincomplete\b|\bnot\s+(?:yet\s+)?(?:complete|finished|submitted)\b",
        r"\byou\s+started\s+an?\s+application\b",
    ),
)

INTERVIEW_REQUEST = Rule(
    "interview_request",
    _rx(
        r"\b(?:invite|inviting|invitation)\b[^.!?]{0,60}?\b(?:interview|call|chat|conversation|"
        r"meeting|assessment\s+cent(?:er|re)|on-?site|panel|meet|video|zoom|teams|discussion)",
        r"\b(?:like|love|want|keen|happy|pleased|delighted|excited|glad)\s+to\s+(?:schedule|arrange|"
        r"set\s+up|book|organi[sz]e|line\s+up|have\s+(?:a|an)|invite\s+you|move\s+you|progress\s+you|"
        r"advance\s+you|bring\s+you|have\s+you|speak|talk|meet|chat|get\s+to\s+know)\b[^.!?]{0,80}?"
        r"\b(?:interview|call|chat|conversation|meeting|screen|round|stage|visit|meet|on-?site|"
        r"panel|discussion|further|more|next\s+step|in\s+person|team)",
        r"\b(?:schedule|arrange|set\s+up|book|organi[sz]e)\s+(?:a|an|the|your|our|some)?\s*"
        r"(?:\w+[\s-]+){0,3}(?:interview|phone\s+screen|screening|video\s+call|call|chat|meeting)\b",
        r"\b(?:your|the)\s+(?:availability|available\s+(?:times|slots|dates))\b",
        r"\bwhen\s+(?:are|would|will)\s+you\s+(?:be\s+)?(?:available|free)\b",
        r"\bwhat\s+(?:times?|days?|dates?|slots?)\s+(?:would|will|works?|suits?|are\s+good)",
        r"\b(?:move|moving|progress|progressing|advance|advancing|invite|take|taking)\s+you\s+"
        r"(?:forward\s+)?(?:to|into|through\s+to)\s+(?:the\s+)?(?:next|second|final|third|2nd|3rd|"
        r"technical|onsite|on-site)\s+(?:round|stage|step|interview)",
        r"\b(?:your|the)\s+(?:\w+\s+){0,2}interview\s+(?:is|has\s+been|was)\s+(?:now\s+)?"
        r"(?:scheduled|confirmed|booked|set|arranged|moved|rescheduled)",
        r"\b(?:confirm(?:ing)?|confirmation\s+of)\s+(?:your|the|our)\s+(?:\w+\s+){0,2}"
        r"(?:interview|call|meeting)\b",
        r"\blook(?:ing)?\s+forward\s+to\s+(?:speaking|meeting|talking|seeing)\s+(?:with\s+)?you\s+"
        r"(?:on|at|next|this|tomorrow)\b",
        r"\bmeet\s+the\s+team\b",
        r"\b(?:pick|choose|select|book)\s+(?:a|an)\s+(?:time|slot)\b",
        r"\bnext\s+round\s+of\s+interviews\b",
        r"\binterview\s+(?:invitation|invite)\b",
        r"\bfind\s+(?:a\s+)?(?:time|slot)\s+(?:to|for)\s+(?:a\s+)?(?:talk|chat|speak|meet|call|interview)",
        r"\byou(?:'ve|\s+have)\s+been\s+(?:shortlisted|selected|invited)\s+for\s+(?:an?\s+|the\s+)?"
        r"(?:\w+\s+)?(?:interview|next\s+(?:round|stage))",
        r"\b(?:are\s+you|would\s+you\s+be|will\s+you\s+be)\s+(?:around|free|available|up\s+for|able\s+to\s+"
        r"(?:join|make))\b[^.!?]{0,60}?\b(?:interview|call|chat|meeting|conversation|screen)",
    ),
    blocks=_rx(
        _CONDITIONAL,
        _MAYBE,
        _THIRD_PARTY,
        _ADVICE,
        r"\bthank(?:s|\s+you)\s+(?:\w+\s+){0,3}for\s+(?:\w+\s+){0,3}(?:interview|meeting|speaking|"
        r"time|call|chat)",
        r"\b(?:not|unable|won't|will\s+not|cannot|can't)\s+(?:be\s+)?(?:able\s+to\s+)?"
        r"(?:invit|schedul|progress|move|advanc)",
        r"\bother\s+candidates\b",
        r"\bavailability\s+to\s+start\b",
        r"\byou\s+(?:would|will|may|might)\s+(?:then\s+)?receive\b",
    ),
)

NOTICE_PERIOD_ASKED = Rule(
    "notice_period_asked",
    _rx(
        r"\bnotice\s+period\b",
        r"\bhow\s+much\s+notice\b",
        r"\b(?:earliest|possible|potential|expected|likely|preferred|ideal)\s+(?:start(?:ing)?\s+date|"
        r"date\s+(?:to|you\s+could)\s+start|(?:date\s+of\s+)?joining(?:\s+date)?)\b",
        r"\b(?:availability|available)\s+to\s+(?:start|join|begin)\b",
        r"\bwhen\s+(?:could|can|would|will|might)\s+you\s+(?:\w+\s+){0,3}(?:start|join|begin|be\s+"
        r"available\s+to\s+(?:start|join|begin))\b",
        r"\bhow\s+soon\s+(?:could|can|would)\s+you\s+(?:start|join|begin)",
        r"\bcurrent\s+(?:commitments|contract|obligations)\b",
        r"\bwhen\s+(?:are|would|will)\s+you\s+(?:be\s+)?(?:able|available|free|ready)\s+to\s+(?:start|join|"
        r"begin)\b",
        r"\bserving\s+(?:your\s+|a\s+)?notice\b|\bnotice\s+(?:do\s+)?you\s+(?:need|have)\s+to\s+give\b",
        r"\bstart\s+date\b",
        r"\bwhen\s+you\s+(?:could|can|would\s+be\s+able\s+to)\s+(?:start|join|begin)\b",
    ),
    blocks=_rx(_ADVICE, r"\bstart\s+date\s+(?:is|will\s+be|of)\b(?![^.]*\?)"),
    needs=_ASKS,
)

_REFERENCES = (
    r"(?:references|referees?|as\s+(?:a|your)\s+reference|reference\s+(?:details|contacts|list)|(?:professional|employment|work|"
    r"character|personal)\s+reference)\b(?!\s+(?:number|no\b|id\b|code))"
)

REFERENCES_REQUESTED = Rule(
    "references_requested",
    _rx(
        r"\b(?:send|provide|share|forward|supply|submit|give|pass\s+on|nominate|list|email|"
        r"let\s+(?:me|us)\s+(?:know|have)|need|require|request|ask\s+for|names?\s+(?:and\s+\w+\s+)?of|"
        r"details\s+(?:of|for)|contact\s+(?:details|information|info)\s+(?:of|for)|who)\b"
        rf"[^.!?]{{0,80}}?\b{_REFERENCES}",
        rf"\b{_REFERENCES}[^.!?]{{0,60}}?\b(?:please|by|at\s+your\s+earliest|would\s+be\s+(?:great|"
        r"helpful|appreciated)|form|template|required|needed)\b",
        r"\b(?:could|can|would)\s+you\s+(?:\w+\s+){0,3}(?:put\s+(?:me|us)\s+in\s+touch|connect\s+(?:me|"
        r"us))\s+with\s+(?:\w+\s+){0,3}(?:former|previous|past|current)\s+(?:manager|supervisor|boss)",
    ),
    blocks=_rx(
        _CONDITIONAL,
        _MAYBE,
        _ADVICE,
        _THIRD_PARTY,
        r"\b(?:contacted|contacting|reach(?:ed|ing)?\s+out|spok(?:e|en)|speak(?:ing)?|heard|"
        r"hear(?:ing)?\s+back|check(?:s|ed|ing)?|(?:will|'ll)\s+contact)\b[^.!?]{0,30}\b(?:your\s+)?"
        r"(?:references|referees)\b",
        r"\b(?:at\s+a\s+later|later\s+in\s+the|at\s+the\s+(?:final|offer)|further\s+down|a\s+later)\s+"
        r"(?:stage|point|step|date)",
        r"\bthank(?:s|\s+you)\s+(?:\w+\s+){0,3}for\s+(?:\w+\s+){0,3}(?:references|referees)",
        r"\bwithout\s+your\s+(?:permission|consent)",
    ),
)

REFERENCES_CONTACTED = Rule(
    "references_contacted",
    _rx(
        r"\b(?:contact(?:ed|ing)|reach(?:ed|ing)\s+out\s+to|reached\s+out\s+to|spok(?:e|en)\s+(?:to|with)|"
        r"speaking\s+(?:to|with)|call(?:ed|ing)|heard\s+(?:back\s+)?from|hear(?:ing)?\s+back\s+from|"
        r"email(?:ed|ing)|chatt(?:ed|ing)\s+(?:to|with)|in\s+touch\s+with|check(?:ed|ing))\s+"
        r"(?:\w+\s+){0,3}(?:references|referees?)\b",
        r"\b(?:will|'ll|going\s+to)\s+(?:now\s+|shortly\s+|soon\s+)?(?:be\s+)?(?:contact(?:ing)?|"
        r"reach(?:ing)?\s+out\s+to|call(?:ing)?|email(?:ing)?)\s+(?:\w+\s+){0,2}(?:references|"
        r"referees?)\b",
        r"\b(?:reference|background|referee)\s+checks?\b[^.!?]{0,50}?\b(?:under\s*way|in\s+progress|"
        r"started|being\s+(?:completed|conducted|carried\s+out|done|run|processed)|begun|initiated|"
        r"completed?|came\s+back|come\s+back|cleared|ongoing|going\s+well|positive|done|now)\b",
        r"\b(?:start(?:ed|ing)?|initiat(?:ed|ing)|begun|begin(?:ning)?|running|conducting|"
        r"completing|completed|carrying\s+out|kick(?:ed|ing)?\s+off|doing|finali[sz]ing|"
        r"(?:are|is)\s+(?:now\s+)?(?:in|at)\s+the)\s+(?:the\s+|your\s+|a\s+|our\s+)?"
        r"(?:reference|background|referee)(?:\s+and\s+background)?\s+(?:checks?|checking|stage)\b",
        r"\b(?:references|referees)\s+(?:have|has)\s+(?:now\s+|both\s+|all\s+)*(?:responded|replied|"
        r"come\s+back|got\s+back|returned|been\s+in\s+touch)",
        r"\b(?:your\s+)?(?:references|referees)\s+(?:came\s+back|were|have\s+been|has\s+been|are\s+"
        r"(?:very\s+)?(?:positive|glowing|great|excellent))\b[^.!?]{0,40}?\b(?:positive|glowing|great|"
        r"excellent|strong|good|contacted|received|complete|very|spoke)",
    ),
    blocks=_rx(
        r"\b(?:before|without|prior\s+to|until)\s+(?:\w+\s+){0,3}(?:permission|consent|approval|"
        r"an\s+offer|offer|final)",
        r"\b(?:subject\s+to|contingent|conditional|pending|upon|dependent)\b",
        r"\b(?:if|should|once|when|in\s+the\s+event)\s+(?:you|we|your)\b",
        _ADVICE,
        _MAYBE,
    ),
)

_MONEY = (
    r"(?:[$£€₹]\s?\d[\d,.]*\s?(?:k|m|K|M|lpa|LPA)?\b|\b\d[\d,.]*\s?(?:k|K)\b|\b\d[\d,.]*\s?"
    r"(?:usd|eur|gbp|inr|chf|sek|dollars|euros|pounds|lakhs?|lpa|per\s+(?:annum|year|hour|month)|"
    r"a\s+year|an\s+hour|/\s?(?:yr|year|hr|hour)))"
)
_PAY_WORD = (
    r"(?:salary|compensation|pay|base|bonus|equity|package|remuneration|rate|budget|ctc|"
    r"offer(?:ing)?|range|band|stipend|wage)"
)

SALARY_DISCUSSED = Rule(
    "salary_discussed",
    _rx(
        r"\b(?:salary|compensation|pay|rate|remuneration|package|wage|ctc)\s+(?:expectations?|"
        r"requirements?|range|band|expectation|history|level|ask)\b",
        r"\b(?:expected|desired|target|current|preferred|minimum)\s+(?:base\s+)?(?:salary|"
        r"compensation|ctc|pay|rate|remuneration|package)\b",
        r"\bwhat\s+(?:kind\s+of\s+|sort\s+of\s+)?(?:salary|compensation|pay|rate|package)\b",
        r"\b(?:expect(?:ing)?|looking\s+for|hoping\s+for|aiming\s+for)\s+(?:in\s+terms\s+of\s+)?"
        r"(?:salary|compensation|pay)\b",
        rf"\b{_PAY_WORD}\b[^.!?]{{0,60}}?{_MONEY}",
        rf"{_MONEY}[^.!?]{{0,40}}?\b{_PAY_WORD}\b",
        r"\b(?:currently|presently)\s+earning\b|\bcurrent\s+(?:earnings|pay|package)\b",
        r"\b(?:role|job|position)\s+pays\b",
        r"\b(?:discuss|talk\s+about|go\s+over|cover)\s+(?:\w+\s+){0,2}(?:salary|compensation|pay|"
        r"package|remuneration)\b",
    ),
    blocks=_rx(
        r"\bcompetitive\s+(?:salary|compensation|pay|package|base|rates?)\b",
        r"\b(?:we|they)\s+offer\b",
        r"\bwhat\s+we\s+offer\b|\bbenefits?\s+(?:include|package)\b|\bperks\b",
        _ADVICE,
        r"\bno\s+(?:need|rush)\b",
        r"\b(?:salary|pay|compensation)\s+(?:negotiation|guide|survey|report|trends|benchmark)",
        r"\bcommensurate\b|\bDOE\b|\bdepending\s+on\s+experience\b",
    ),
)

TIMELINE_STATED = Rule(
    "timeline_stated",
    _rx(
        r"\bhear(?:ing)?\s+(?:back\s+)?(?:from\s+(?:us|me|the\s+team|them|our\s+team)|back)\b",
        r"\b(?:get|getting|come|coming|circle|circling|report|reporting)\s+back\s+to\s+you\b",
        r"\b(?:be|get|getting)\s+in\s+touch\b",
        r"\b(?:reach|reaching)\s+out\s+(?:to\s+you|again|with)\b",
        r"\b(?:contact|update|inform|notify|advise|email|call|revert\s+to)\s+you\b",
        r"\blet\s+you\s+know\b",
        r"\b(?:an?|any|further|more|our|an\s+update|the)\s+(?:update|news|answer|response|reply|"
        r"feedback|outcome|result|results|decision)\b",
        r"\b(?:final\s+)?decisions?\b",
        r"\bdecide|\bdeciding\b|\bmake\s+(?:a|our|the)\s+(?:final\s+)?(?:choice|selection|call)\b",
        r"\b(?:respond|revert|follow\s+up)\b",
        r"\b(?:finish|finishing|complete|completing|conclude|concluding|wrap(?:ping)?\s+up|"
        r"finali[sz]e|finali[sz]ing)\s+(?:\w+\s+){0,2}(?:interviews|process|review|assessment|"
        r"selection|round|shortlist)",
        r"\bnext\s+steps?\b",
        r"\bexpect\s+to\s+(?:hear|have|know|receive)\b",
        r"\breview(?:ing)?\s+(?:process|period|applications|all|your)\b",
        r"\breviewed\b",
        r"\b(?:reach|reaching)\s+out\b",
        r"\b(?:process|review|selection)\b[^.!?]{0,60}?\b(?:takes?|taking|may\s+take|can\s+take|"
        r"lasts?|of)\b",
        r"\b(?:it|this)\s+(?:may|might|can|could|will|usually|typically|generally|normally)\s+"
        r"(?:\w+\s+)?take\b",
        r"\b(?:plan|aim|hope|expect|intend)\s+to\s+(?:\w+\s+){0,2}(?:schedule|decide|review|respond|"
        r"get\s+back|contact|finish|complete|make|have|fill|close)\b",
    ),
    blocks=_rx(
        r"\b(?:please|kindly|could\s+you|can\s+you|would\s+you)\b[^.!?]{0,60}?\b(?:reply|respond|"
        r"let\s+(?:us|me)\s+know|send|confirm|complete|submit|sign|return|accept|book|choose|pick|"
        r"select|get\s+back\s+to\s+(?:us|me))",
        r"\b(?:offer|this\s+offer)\s+(?:is\s+)?(?:valid|open|stands?|expires?)\b",
        r"\b(?:can(?:not|'t)|unable\s+to|not\s+able\s+to|don't|do\s+not)\s+(?:yet\s+)?(?:give|"
        r"provide|share|commit\s+to|say|confirm)\s+(?:\w+\s+){0,2}(?:timeline|timeframe|date|when)",
        r"\bno\s+(?:firm\s+|fixed\s+|set\s+)?(?:timeline|timeframe|date)\b",
        r"\b(?:your|the)\s+(?:\w+\s+){0,2}interview\s+(?:is|will\s+be|on|at)\b",
        r"\bif\s+you\s+(?:require|need|have\s+any|would\s+like|want|wish|are\s+unable|cannot|can't)\b",
        r"\b(?:applied|submitted|posted)\s+on\b",
        r"\bon\s+file\b|\b(?:in|on)\s+our\s+(?:\w+\s+)?(?:database|system|file|records)\b",
        r"\bout\s+of\s+(?:the\s+)?office\b|\bon\s+(?:annual\s+)?leave\b|\bback\s+in\s+the\s+office\b",
        _ADVICE,
    ),
    negatable=False,
    conditional=False,
)

OFFER = Rule(
    "offer",
    _rx(
        r"\b(?:pleased|delighted|happy|thrilled|excited|glad|honou?red|proud)\s+to\s+(?:formally\s+|"
        r"officially\s+|now\s+|be\s+able\s+to\s+)?(?:offer|extend)\s+(?:\w+\s+){0,5}?(?:position|"
        r"role|job|post|place|opportunity|offer|internship|contract|employment)\b",
        r"\b(?:like|want|wish)\s+to\s+(?:formally\s+|officially\s+)?extend\s+(?:you\s+)?(?:an?|the|"
        r"our)\s+(?:\w+\s+)?offer",
        r"\boffer\s+you\s+(?:the|a|this|our)\s+(?:\w+\s+){0,4}(?:position|role|job|post|place|"
        r"opportunity|internship)",
        r"\b(?:extend(?:ing)?|make|making|send(?:ing)?|attach(?:ed|ing)?|enclos(?:ed|ing)|prepar(?:e|ing))"
        r"\s+(?:you\s+)?(?:an?|the|your|our)\s+(?:formal\s+|written\s+|verbal\s+|official\s+|"
        r"conditional\s+|final\s+)?(?:job\s+|employment\s+)?offer\b",
        r"\b(?:formal|written|verbal|official|conditional|job|employment)\s+offer\b",
        r"\boffer\s+(?:letter|of\s+employment|pack|package|details|documents?|contract)\b",
        r"\b(?:your|the|our)\s+offer\s+(?:is\s+)?(?:attached|enclosed|below)\b",
        r"\b(?:accept|review|sign|countersign)\s+(?:the|your|our)\s+offer\b",
        r"\bcongratulations\b[^.!?]{0,80}?\b(?:offer|join(?:ing)?\s+(?:us|the\s+team)|welcome\s+"
        r"(?:you\s+)?(?:aboard|to\s+the\s+team)|successful|selected)",
    ),
    blocks=_rx(
        r"\b(?:we|they|company|team)\s+(?:also\s+)?offers?\s+(?!you\b)",
        r"\bwhat\s+we\s+offer\b",
        r"\boffer(?:s|ing)?\s+(?:flexible|competitive|great|excellent|a\s+range|a\s+wide|generous|"
        r"free|discounts?|training|hybrid|remote|opportunities|benefits|perks|a\s+chance)",
        r"\b(?:another|other|different|a\s+different|the\s+other|an?\s+other)\s+(?:candidate|applicant)",
        r"\b(?:special|limited|exclusive)\s+offers?\b|\bpromo",
        r"\b(?:not|unable|won't|will\s+not|cannot|can't|no\s+longer)\s+(?:be\s+)?(?:able\s+to\s+|in\s+a\s+"
        r"position\s+to\s+)?(?:offer|extend|make|proceed)",
        r"\bwithdraw(?:n|ing)?\s+(?:the|our|your)\s+offer",
        _CONDITIONAL,
        _ADVICE,
        r"\b(?:negotiat|evaluat|compar)\w*\s+(?:an?|your|the|job)\s+offers?\b",
        r"\b(?:if|when|once|should)\s+(?:we|you)\b[^.!?]{0,40}\boffer",
    ),
)

REJECTION = Rule(
    "rejection",
    _rx(
        r"\b(?:decided|chosen|opted|elected|choose|decide|going|need|decision)\s+to\s+(?:keep\s+)?"
        r"(?:move|moving|proceed|go|pursue|"
        r"continue|progress|advance|focus|consider|prioriti[sz]e|fill\s+the\s+(?:role|position))\s+"
        r"(?:forward\s+|ahead\s+)?(?:with|on)\s+(?:other|another|different|a\s+different|the\s+other|"
        r"more|candidates|applicants|an\s+internal|internal|someone|a\s+candidate|individuals|those|"
        r"others)",
        r"\b(?:will|are|'re|have|be)\s+(?:be\s+)?(?:moving|move|proceeding|going|pursuing)\s+"
        r"(?:forward|ahead)?\s*with\s+(?:other|another|different|a\s+different|the\s+other|"
        r"candidates|applicants|someone|an\s+internal|a\s+candidate)",
        r"\b(?:not|won't|will\s+not|unable\s+to|decided\s+not\s+to|not\s+able\s+to|cannot|can't|"
        r"no\s+longer)\s+(?:be\s+)?(?:moving|move|proceed|proceeding|progress|progressing|advance|"
        r"advancing|take|taking|continue|continuing|pursue|pursuing|consider|considering)\s+"
        r"(?:forward\s+|further\s+|ahead\s+)?(?:with\s+|on\s+)?(?:your|you|the\s+application|"
        r"this\s+application|at\s+this|further|to\s+the\s+next)",
        r"\b(?:you|your\s+(?:application|candidacy|profile|submission))\s+(?:has|have|was|were|is|are)"
        r"\s+(?:not\s+been\s+|been\s+)?(?:unsuccessful|not\s+(?:been\s+)?(?:selected|successful|"
        r"shortlisted|chosen|progressed))",
        r"\bnot\s+(?:been\s+)?(?:selected|shortlisted|short-listed|chosen)\s+(?:for|to)\b",
        r"\b(?:position|role|job|vacancy|requisition|opening|posting)\b[^.!?]{0,80}?\b(?:has\s+(?:now\s+)?"
        r"been|have\s+been|was|were|is\s+now|is|has)\s+(?:now\s+|just\s+|recently\s+)?(?:been\s+)?"
        r"(?:filled|closed|cancel(?:l)?ed|withdrawn|put\s+on\s+hold|no\s+longer\s+(?:available|open))",
        r"\bwe\s+(?:have|'ve)\s+(?:now\s+|just\s+|recently\s+)?(?:filled|closed)\s+(?:the|this|that)\b",
        r"\b(?:do|did)\s+not\s+see\s+a\s+(?:fit|match)\b|\bdon't\s+see\s+a\s+(?:fit|match)\b",
        r"\bno\s+longer\s+be\s+considered\b|\bnot\s+the\s+most\s+qualified\b",
        r"\bno\s+longer\s+(?:recruiting|hiring|reviewing|accepting|considering)\b",
        r"\b(?:going|go|went|move|moving|headed)\s+in\s+a\s+(?:\w+\s+)?direction\b",
        r"\b(?:credentials|qualifications|experience|background|skills)\s+of\s+other\s+"
        r"(?:candidates|applicants)\b",
        r"\bmoving\s+forward\s+with\s+(?:those|others|individuals|people)\s+(?:whose|who|that)\b",
        r"\bunable\s+to\s+consider\s+(?:you|your)\b",
        r"\bregret\s+to\s+(?:inform|let|tell|advise|say)\b",
        r"\b(?:we|i)\s+regret\s+that\b",
        r"\bunfortunately\b[^.!?]{0,80}?\b(?:not|unable|won't|cannot|can't|another|other\s+"
        r"candidates|unsuccessful|decided|filled|closed|no\s+longer)\b",
        r"\b(?:pursue|pursuing|move\s+forward\s+with|selected|chose|chosen|hired|proceed\s+with)\s+"
        r"(?:\w+\s+){0,2}(?:other|another|a\s+different|different|more\s+\w+)\s+(?:candidates?|"
        r"applicants?|individuals?|profiles?)",
        r"\bother\s+candidates?\s+(?:whose|who|that)\b[^.!?]{0,80}?\b(?:closely|better|more)",
        r"\b(?:go|going|went)\s+(?:in\s+)?(?:another|a\s+different)\s+direction\b",
        r"\bno\s+longer\s+(?:under|being|in)\s+consideration\b|\bno\s+longer\s+being\s+considered\b",
        r"\boffer\s+(?:to|has\s+been\s+(?:extended|made)\s+to|was\s+(?:extended|made)\s+to)\s+"
        r"(?:another|a\s+different|an?\s+other)",
        r"\bnot\s+(?:be\s+)?(?:moving|proceeding|progressing)\s+forward\b",
        r"\bnot\s+(?:a|the)\s+(?:right\s+|best\s+|strong\s+)?(?:fit|match)\b",
        r"\b(?:don't|do\s+not)\s+(?:think|feel|believe)\s+(?:it's|it\s+is|you're|you\s+are|this\s+is|"
        r"there\s+is)\s+(?:the\s+right|a\s+good|a\s+strong|the\s+best|a|the)\s+(?:\w+\s+)?(?:fit|match)\b",
        r"\bunsuccessful\s+(?:on\s+this\s+occasion|this\s+time)\b",
        r"\b(?:not|won't)\s+(?:be\s+)?(?:able\s+to\s+)?(?:offer|extend)\s+you\b",
        r"\b(?:decided|chosen|opted|elected)\s+not\s+to\b",
        r"\b(?:haven't|hasn't|have\s+not|has\s+not|were\s+not|was\s+not|weren't|wasn't)\s+been\s+"
        r"(?:successful|selected|shortlisted|chosen|progressed)\b",
        r"\b(?:will|would)\s+not\s+be\s+(?:offering|inviting|extending|progressing|proceeding)\b",
    ),
    blocks=_rx(
        r"\b(?:if|should|in\s+the\s+event|whether|unless|in\s+case)\b[^.!?]{0,80}?\b(?:not\s+|un)?"
        r"(?:selected|successful|shortlisted|chosen|move\s+forward|proceed|progress|decide)",
        r"\b(?:if|should|in\s+the\s+event)\s+(?:you|we)\s+(?:do\s+not|don't|have\s+not|haven't)\b",
        r"\b(?:unsuccessful|not\s+selected)\s+(?:applicants|candidates)\b",
        r"\bonly\s+(?:shortlisted|successful|selected|qualified)\b",
        r"\b(?:unable|not\s+able)\s+to\s+(?:respond|reply|provide\s+(?:individual|personal)|give\s+"
        r"(?:individual|personal))",
        r"\bunfortunately\b[^.!?]{0,60}?\b(?:due\s+to\s+the\s+(?:high\s+)?volume|individual\s+feedback|"
        r"personal(?:i[sz]ed)?\s+feedback|respond\s+(?:individually\s+)?to\s+(?:each|every|all)|"
        r"respond\s+individually)",
        r"\bthis\s+(?:does\s+not|doesn't)\s+mean\b",
    ),
    negatable=False,
)

RULES: tuple[Rule, ...] = (
    APPLICATION_RECEIVED,
    INTERVIEW_REQUEST,
    NOTICE_PERIOD_ASKED,
    REFERENCES_REQUESTED,
    REFERENCES_CONTACTED,
    SALARY_DISCUSSED,
    TIMELINE_STATED,
    OFFER,
    REJECTION,
)
