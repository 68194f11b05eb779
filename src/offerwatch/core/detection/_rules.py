"""English sentence patterns for receipt, interviews, notice and references (mail-signals.md).

A label fires on a sentence when one of its triggers matches, no block matches, its `needs`
pattern (if any) matches, and the words just before the trigger in the same clause hold no
negation ("no need to send references yet"). Conditionals ("if you are shortlisted we will
invite you to interview") and advert phrasing ("we offer flexible hours") are blocks.
Salary, timelines, offers and rejections are in `_rules_outcome`.
"""

from __future__ import annotations

import re

from offerwatch.core.detection._grammar import (
    _ADVICE,
    _ASKS,
    _CONDITIONAL,
    _I,
    _MAYBE,
    _THIRD_PARTY,
    Rule,
    _rx,
)
from offerwatch.core.detection._rules_decision import OFFER_SAID, REJECTION_SAID
from offerwatch.core.detection._rules_outcome import (
    OFFER,
    OFFER_GIVEN,
    REJECTION,
    SALARY_DISCUSSED,
    SALARY_FIGURE,
    TIMELINE_STATED,
)
from offerwatch.core.detection._rules_referees import REFEREES_NAMED

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
        r"\bthank(?:s|\s+you)\s+for\s+putting\s+yourself\s+forward\b",
        r"\b(?:going|looking|working)\s+through\s+(?:the\s+|all\s+(?:the\s+)?)?applications\b",
        r"\badded\s+your\s+(?:profile|application|cv|resume)\s+to\b",
        r"\byour\s+(?:\w+\s+){0,3}(?:application|cv|resume)\b[^.!?]{0,60}\b(?:landed|arrived|reached\s+us|"
        r"safely|is\s+(?:now\s+)?with)\b",
        r"\b(?:passed|sent|forwarded|shared)\s+your\s+(?:cv|resume|application|details)\s+(?:on\s+)?to\b",
        r"\b(?:status|stage)\b[^.!?]{0,60}?\b(?:under\s+(?:review|consideration)|in\s+review|"
        r"application\s+received|being\s+reviewed)",
        r"^\s*(?:status|stage)\s*:\s*(?:under\s+review|in\s+review|application\s+received|received|"
        r"submitted|reviewing|being\s+reviewed)",
    ),
    blocks=_rx(
        r"\b(?:have|has)\s+not\s+(?:yet\s+)?(?:been\s+)?(?:received|submitted)",
        r"\b(?:before|until|unless|once)\s+(?:we\s+(?:can\s+)?)?(?:receive|review)",
        r"\bincomplete\b|\bnot\s+(?:yet\s+)?(?:complete|finished|submitted)\b",
        r"\byou\s+started\s+an?\s+application\b",
        # Something else submitted: a manuscript, a talk, a claim, an order.
        r"\b(?:submitting|submission\s+of|received)\s+(?:your|the|a)\s+(?:\w+\s+)?(?:manuscript|paper|"
        r"abstract|talk|claim|order|ticket|payment|article|thesis|complaint|return|request)\b",
    ),
)

# A meeting of the reader's present job ("your mid-year review meeting", "a call to go through
# the Q2 roadmap", "your exit interview") or of someone else's (a parents' evening with "your
# child's class teacher"). What breaks it: a candidate's "planning" or "roadmap" presentation
# as an interview task ("present your 90-day roadmap at the final round").
_OTHER_MEETING = (
    r"\b(?:mid-year|annual|year-end|performance|probation|appraisal|pay|salary)\s+review\b|"
    r"\b(?:1:1|one-to-one|stand-?up|retro(?:spective)?|all-hands|town\s*hall|roadmap|sprint|"
    r"kick-?off|offsite)\b|\bexit\s+interview|"
    # A planning meeting, not a job title: "your first interview for Network Planning Manager".
    r"\bplanning\s+(?:meeting|session|call|day|workshop)\b|"
    r"\b(?:sprint|quarterly|annual|team|q[1-4])\s+planning\b|\b(?:your|the)\s+review\s+(?:meeting|call|"
    r"session|conversation)\b|"
    r"\byour\s+(?:child|son|daughter|kids?|children)(?:'s)?\b|\bparents'?\s+evening\b"
)

# Talk of a meeting that proposes none: feedback calls, surveys, wishes, marketing.
_NOT_A_MEETING = (
    # A call about feedback ("happy to talk you through the feedback"), not any sentence that
    # mentions it ("just had feedback from the client: they want to get you in").
    r"\bfeedback\s+(?:call|session|chat|meeting|conversation)\b|\b(?:through|share|give|offer|"
    r"discuss|go\s+over)\s+(?:you\s+)?(?:the\s+|some\s+|any\s+|your\s+|more\s+)?feedback\b|"
    r"\bfeedback\s+on\s+(?:a|the)\s+call\b|\b(?:referee|reference)\s+calls?\b|\bsurvey\b|\bgood\s+luck\b|\bhope\s+(?:it|the)\b|\bhow\s+(?:did|was)\b|"
    r"\bwent\s+well\b|\bchances?\s+of\b|\bbeing\s+invited\b|\bupgrade\b|"
    # Her search in general as the topic: "a coffee to talk about how your interviews are going".
    r"\bhow\s+(?:your|the)\s+(?:\w+\s+)?(?:interviews|search|job\s+(?:search|hunt)|applications)\s+"
    r"(?:are|is)\s+going\b|"
    # "interview" naming a process or a thing, not a meeting: "your experience with our
    # interview process", "the interview scorecard".
    r"\binterview\s+(?:process|experience|tips|questions|prep|preparation|guide|scorecards?|"
    r"kit|notes)\b|\bscorecards?\b|\bmock\s+interview|"
    # The reader as interviewer: "could you sit in on / run / cover the technical interview",
    # "help me with a few phone screens". What breaks it: "could you do the final interview
    # with me and the CEO?" from a founder to a candidate reads as hers (not blocked).
    r"\b(?:sit\s+in\s+on|sit\s+on|shadow|run|conduct|lead|cover|help\s+(?:me\s+|us\s+)?(?:out\s+)?with)\s+"
    r"(?:the|a|an|some|a\s+few|my|our|these|those)?\s*(?:\w+\s+){0,3}(?:interviews?|phone\s+screens?|"
    r"screens|screening\s+calls)\b|\bavailability\s+(?:questionnaire|form|survey)\b|"
    + _OTHER_MEETING
    + r"|"
    # The reader is asked to ring: "Call me when you're free", "give me a ring Monday".
    r"\b(?:call|ring|phone|text|buzz)\s+me\b|\bgive\s+me\s+a\s+(?:quick\s+)?(?:call|ring|bell|shout)\b|"
    # The meeting waits on something the reader must do first: "Before we set up a first
    # interview, it would help to know your current package".
    r"\bbefore\s+(?:we|i)\s+(?:\w+\s+)?(?:set\s+up|arrange|schedule|book|push|move|invite|progress|"
    r"put|go|proceed|take|do)\b"
)

# Feedback to give, named in the sentence before a short proposal: the call is the feedback's.
_FEEDBACK_BEFORE = re.compile(
    r"\b(?:i|we)(?:'ve|\s+have|'ve\s+got|\s+have\s+got)?\s+(?:got\s+)?(?:some|the|your|more|a\s+bit\s+of)\s+"
    r"(?:\w+\s+)?feedback\b|\bfeedback\s+(?:for\s+you|to\s+share)\b",
    _I,
)

# What a short sentence proposes when it proposes a meeting named in the sentence before: a
# day, an hour, a slot, her calendar ("Is Thursday at 3 any good?", "Could you send me a couple
# of times that suit next week?"); not a start date ("They'd like you to start Monday 3
# August"), not a request for references or pay ("Can u do refs pls").
_SCHEDULING = re.compile(
    r"^(?!.*\b(?:start|starting|start\s+date|join\s+us|notice)\b).*\b(?:monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|mon|tues?|weds?|thurs?|fri|tomorrow|tmrw|today|next\s+week|"
    r"\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm)|\d{1,2}:\d\d|times?|slots?|availability|available|free|calendar|"
    r"diary|works?\s+for\s+you|suits?(?:\s+you)?)\b",
    _I,
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
        r"\byour\s+(?:availability|available\s+(?:times|slots|dates))\b",
        r"\bwhen\s+(?:are|would|will)\s+you\s+(?:be\s+)?(?:available|free)\b(?!\s+to\s+(?:join|start|begin))",
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
        # Not a page: "While you wait, meet the team at brightlane.com/people".
        r"\bmeet\s+the\s+team\b(?!\s+(?:at|on|here|online|page|section|behind)\b)",
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
        _NOT_A_MEETING,
    ),
    past=True,
    topic_before=_FEEDBACK_BEFORE,
)

# A meeting with the candidate, proposed, arranged or confirmed, in one sentence: the kind
# of meeting, a proposal or arrangement, and the candidate addressed.
_MEETING = (
    r"\b(?:(?:interview(?!s)|call|chat|meeting|conversation|panel)(?!\s+(?:was|were|went|enjoyed|felt|"
    r"thought|liked|loved|agreed|decided|said|members?)\b)|"  # the subject: "the panel enjoyed..."
    r"(?:a|for|grab(?:bing)?|over)\s+(?:a\s+)?coffee|"
    r"phone\s+screen|screen(?:ing)?|assessment\s+cent(?:re|er)|intro|"
    r"catch[\s-]?up|video\s+call|on-?site|face\s+to\s+face|final\s+(?:round|stage)|"
    r"(?:second|third|next|2nd|3rd)\s+(?:round|stage)|round\s+(?:2|3|two|three)\b|meet\s+(?:you|the\s+team|with|her|him|them|"
    r"our|informally|in\s+person)|see\s+you\s+(?:again|for|in\s+person)|come\s+(?:in|back)(?!\s+to\s+(?:you|u|me|us|her|him|them)\b)|"
    r"pop\s+in|get\s+you\s+in|have\s+a\s+(?:chat|call|talk)|slots?|windows?\s+(?:that|which)\s+work|"
    r"assessment\s+day|"
    # "The client wants to see you", "we'd love to see you": a meeting wished for. What breaks
    # it: "we'd love to see you at our open day" (an event: blocked), "see you soon" (no wish).
    r"(?:want(?:s|ed)?|like|love|keen|eager)\s+to\s+see\s+you\b(?!\s+(?:soon|later|around|there))|"
    # A time with someone, as phones write it: "Can u do tmrw 4pm w/ our CFO?".
    r"(?:can|could)\s+you\s+do\s+[^.?!]{0,30}?(?:\bwith|\bw/)\s+(?:me|us|our|their|the|my)\b|"
    # A meeting named by its tool: "10am tomorrow on zoom w/ me and our CTO?".
    r"on\s+(?:zoom|google\s+meet|skype|webex|ms\s+teams|microsoft\s+teams)|"
    r"(?:speak|talk)\s+(?:to|with)\s+you|(?<=do\s)\d{2}\s*(?:mins?|minutes)\b|(?:spare|grab|find|have)\s+(?:a\s+)?\d{2}\s*(?:mins?|minutes)\b|(?:jump|hop|get)\s+on\s+(?:a\s+)?(?:quick\s+)?(?:call|teams|"
    r"zoom|video|phone))\b"
)
_PROPOSAL = re.compile(
    r"\blet(?:'s|\s+us)\s+(?:move|get|set|book|schedule|arrange|have|do|meet|find|grab|chat|talk|"
    r"jump|hop|lock|pencil)\b|"
    r"\?|\b(?:would|'d|d)\s+(?:like|love)\s+(?:for\s+)?(?:to|you\s+to)\b|\b(?:keen|want(?:s)?|wanted|like|"
    r"love|eager|happy|pleased)\s+to\s+(?:meet|see|chat|speak|talk|have|get|invite|arrange|schedule|"
    r"set\s+up|book|line\s+up|bring|move)\b|\binvit(?:e|ed|ing|ation)\b|\b(?:arrange|set\s+up|"
    r"book(?:ed)?|schedul(?:e|ed|ing)|reschedul\w*|pencil(?:led|ed)?|lock\s+(?:it\s+)?in|"
    r"confirm(?:ed|ing)?|all\s+set|remind(?:er)?|move\s+your|moved)\b|\b(?:through|progress(?:ed)?|"
    r"made\s+it)\s+to\s+the\s+(?:next|final|second|third)\b|\battend\b|\bany\s+chance\b|\b(?:are|you're)\s+(?:you\s+)?(?:free|"
    r"around|available)\b|\b(?:can|could)\s+you\s+do\b|\b(?:work|suit)s?\s+(?:for\s+)?you\b|"
    r"\bwant(?:s|ed)?\s+you\s+(?:back|in)\b|\bwant(?:s|ed)?\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}(?:chat|call|"
    r"meeting|interview|catch-?up)\b|\bfancy\b|\b(?:pick|grab|choose|select)\s+a\s+(?:time|slot)\b|\bslots?\b|\btimes\s+that\b|"
    r"\b\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm)\b|\b\d{1,2}:\d\d\b|\b(?:today|tomorrow|tonight)\b",
    _I,
)
_ADDRESSED = re.compile(r"\b(?:you|your|you're|yourself)\b|\?|^\s*please\b|\blet\s+me\s+know\b", _I)

INTERVIEW_PROPOSED = Rule(
    "interview_request",
    _rx(_MEETING),
    blocks=_rx(
        _CONDITIONAL,
        _MAYBE,
        _THIRD_PARTY,
        _ADVICE,
        _NOT_A_MEETING,
        r"\b(?:not|unable|won't|will\s+not|cannot|can't)\s+(?:be\s+)?(?:able\s+to\s+)?"
        r"(?:invit|schedul|progress|move|advanc)",
        r"\bother\s+candidates\b|\bavailability\s+to\s+start\b",
        r"\b(?:demo|webinar|event|fair|newsletter)\b",
        # The meeting is a point in time, not what is proposed: "Following your chat with the
        # hiring manager, they'd like to progress", "before Thursday's final round, could you...".
        r"\b(?:before|after|ahead\s+of|during|on|in|since|following|as\s+part\s+of)\s+(?:our|the|your|\w+'s)\s+"
        r"(?:\w+\s+){0,2}(?:call|interview|chat|meeting|conversation|on-?site|visit|panel|round|stage)\b",
    ),
    needs=_PROPOSAL,
    also=(_ADDRESSED,),
    past=True,
    weak=True,
    pair=_SCHEDULING,
    topic_before=_FEEDBACK_BEFORE,
)

_WHEN = (
    r"(?:\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm)|\d{1,2}:\d\d|tomorrow|today|monday|tuesday|wednesday|"
    r"thursday|friday)"
)

# Calendar and booking confirmations: the structure says a meeting was set.
INTERVIEW_BOOKED = Rule(
    "interview_request",
    _rx(
        r"\byou\s+have\s+been\s+invited\s+to\s+(?:the\s+following\s+)?(?:event|meeting)\b",
        r"\ba\s+new\s+event\s+has\s+been\s+scheduled\b|\byour\s+event\s+has\s+been\s+rescheduled\b",
        # A booking tool's event line names the kind of meeting: "Event Type: Intro call - Head
        # of Sustainability search", not "Event Type: Free 30 minute Invisalign consultation".
        r"^\s*event\s+type\s*:\s*(?:[\w-]+\s+){0,4}?(?:interview|intro(?:ductory)?\s+call|call|chat|"
        r"screen(?:ing)?|conversation)\b",
        # A meeting link promised ("I'll send a zoom link"): the meeting is set. What breaks
        # it: a webinar's link (blocked), a link to a document ("I'll send the Teams folder").
        r"\b(?:i|we)(?:'ll|\s+will|ll)\s+send\s+(?:you\s+|over\s+)?(?:a|the)\s+(?:zoom|teams|google\s+meet|"
        r"meet|video|webex|calendar|meeting)\s+(?:link|invite|invitation)\b",
        # A slot she offered accepted: "Thurs 2pm PT works. Speak then!".
        # What breaks it: her own "Tomorrow 4 PM works for the call" when her mail is not known
        # as hers; "Monday works best for me" (no hour) is not read.
        r"^\s*(?:\w+\s+)?(?:\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm)|\d{1,2}:\d\d)(?:\s+[a-z]{1,4})?\s+(?:works|"
        r"suits|is\s+perfect|sounds\s+(?:good|great))(?:\s+for\s+(?:us|me))?\s*[.!]?\s*$",
        r"\b(?:an?|your)\s+(?:\w+\s+){0,2}(?:interview|call|meeting)\s+(?:has\s+been|is)\s+(?:now\s+)?"
        r"(?:scheduled|confirmed|booked|arranged|rescheduled)\b",
        r"^\s*(?:interview|meeting)\s*:\s*\S",
        r"\binterview\s+(?:scheduled|confirmed|booked|rescheduled|reminder|availability\s+request)\b",
        # "Thursday at 2pm is confirmed", "you're all set for 10am tomorrow".
        rf"\b{_WHEN}\b[^.!?]{{0,30}}\b(?:is|are|has\s+been)\s+(?:now\s+)?(?:confirmed|booked|"
        r"locked\s+in)\b",
        rf"\ball\s+set\s+for\s+(?:\w+\s+){{0,2}}{_WHEN}",
    ),
    blocks=_rx(
        r"\bcancel(?:l)?ed\b|\bdeclined\b|\baccepted\s+this\s+invitation\b|\b(?:webinar|demo|event\s+link)\b",
        _OTHER_MEETING,
    ),
    negatable=False,
    weak=True,
)

# A request, or a notice field left blank for her to fill ("- Notice period (official /
# negotiable):", "3. Notice period"), where an advert gives its value ("Notice period:
# negotiable"); an offer's "Start date" heading is no question. What breaks it: a heading
# "Notice period" over a paragraph of policy.
_ASKS_OR_BLANK = re.compile(
    _ASKS.pattern + r"|^\W*(?:\w+\s+){0,2}notice\s+period\b[^.!?:]{0,30}?(?:\([^)]*\))?\s*:?\s*$",
    _ASKS.flags,
)

# A time to start: "on the 4th", "in January", "straight away", "next month".
_START_WHEN = (
    r"(?:(?:on|by|from|before|in|after|at\s+the\s+(?:start|beginning)\s+of)\s+(?:the\s+)?(?:\d|"
    r"mon|tue|wed|thu|fri|jan|feb|mar|apr|may\b|jun|jul|aug|sep|oct|nov|dec|new\s+year|spring|summer|"
    r"autumn|winter|next|early|mid|late|(?:a|one|two|three|four|six)\s+(?:weeks?|months?))|"
    r"straight\s+away|immediately|right\s+away|asap|next\s+(?:week|month))"
)

NOTICE_PERIOD_ASKED = Rule(
    "notice_period_asked",
    _rx(
        r"\bnotice\s+period\b",
        r"\bhow\s+much\s+notice\b",
        r"\b(?:earliest|possible|potential|expected|likely|preferred|ideal)\s+(?:start(?:ing)?\s+date|"
        r"date\s+(?:to|you\s+could)\s+start|(?:date\s+of\s+)?joining(?:\s+date)?)\b",
        r"\b(?:availability|available)\s+to\s+(?:start|join|begin)\b",
        r"\bwhen\s+(?:could|can|would|will|might)\s+you\s+(?:\w+\s+){0,4}(?:start|join|begin|be\s+"
        r"available\s+to\s+(?:start|join|begin))\b",
        r"\bhow\s+soon\s+(?:(?:could|can|would)\s+you|you\s+(?:could|can|would))\s+(?:be\s+able\s+to\s+)?"
        r"(?:start|join|begin)",
        r"(?<!privacy\s)(?<!short\s)(?<!further\s)\bnotice\b(?!\s+(?:that|of\s+(?:the|this|our)|board))",
        r"\bmonth's\s+notice\b|\bweeks'\s+notice\b",
        r"\bearliest\s+(?:possible\s+)?(?:date|time|point)\b|\bfree\s+to\s+(?:join|start)\b",
        r"\bcurrent\s+(?:commitments|contract|obligations)\b",
        r"\bwhen\s+(?:are|would|will)\s+you\s+(?:be\s+)?(?:able|available|free|ready)\s+to\s+(?:start|join|"
        r"begin)\b",
        r"\bserving\s+(?:your\s+|a\s+)?notice\b|\bnotice\s+(?:do\s+)?you\s+(?:need|have)\s+to\s+give\b",
        r"\bstart\s+date\b",
        r"\bwhen\s+you\s+(?:could|can|would\s+be\s+able\s+to)\s+(?:start|join|begin)\b",
        # "When is the earliest you could start?", "could you start on the 4th Jan?", "whether
        # you'd be able to start in January": a start asked about, with a time. What breaks it:
        # an offer that sets the date and asks her to confirm it ("you start on 1 June, please
        # confirm") reads as asked; "start on the task" has no time and does not.
        r"\bearliest\s+(?:that\s+)?you\s+(?:could|can|would|might|'d)\s+(?:\w+\s+){0,2}(?:start|join|begin)\b",
        r"\b(?:could|can|would)\s+you\s+(?:be\s+able\s+to\s+)?(?:start|join|begin)\s+"
        + _START_WHEN,
        r"\bable\s+to\s+(?:start|join|begin)\s+" + _START_WHEN,
    ),
    blocks=_rx(_ADVICE, r"\bstart\s+date\s+(?:is|will\s+be|of)\b(?![^.]*\?)"),
    needs=_ASKS_OR_BLANK,
)

_REFERENCES = (
    r"(?:references|referees?|as\s+(?:a|your)\s+reference|reference\s+(?:details|contacts|list)|(?:professional|employment|work|"
    r"character|personal)\s+reference)\b(?!\s+(?:number|no\b|id\b|code))"
)

# Referees by their relation to her: "people who've managed you", "someone you've worked with".
_REFEREE_DESCRIBED = (
    r"(?:people|persons?|someone|somebody|colleagues?|contacts?|managers?)(?:\s+else)?\s+(?:who(?:'ve|\s+have|"
    r"\s+has)?|you(?:'ve|\s+have)?)\s+(?:\w+\s+)?(?:managed|supervised|worked\s+(?:with|for|under|"
    r"alongside)|reported\s+to|line[\s-]managed)\b|"
    r"(?:people|persons?|someone|somebody|colleagues?|contacts?|managers?)(?:\s+else)?\s+who\s+(?:could|can|would|"
    r"will|might)\s+(?:vouch\s+for\s+you|speak\s+(?:about|to|for)\s+(?:you|your))\b|"
    # People the employer can speak to about her: "two people we can speak to".
    r"(?:people|persons?|someone|somebody|contacts?)\s+(?:that\s+)?(?:we|i)\s+(?:can|could|may)\s+"
    r"(?:speak|talk)\s+to\b"
)

REFERENCES_REQUESTED = Rule(
    "references_requested",
    _rx(
        r"\b(?:send|provide|share|forward|supply|submit|give|pass\s+on|nominate|list|email|"
        r"let\s+(?:me|us)\s+(?:know|have)|need|require|request|ask\s+for|names?\s+(?:and\s+\w+\s+)?of|"
        r"details\s+(?:of|for)|contact\s+(?:details|information|info)\s+(?:of|for)|who|"
        r"add\s+your|enter\s+your|upload\s+your|fill\s+in\s+your)\b"
        rf"[^.!?;]{{0,80}}?\b{_REFERENCES}",
        # Referees described by what they were to her, without the word: "could you send me
        # names and email addresses for two people who've managed you?". What breaks it: "the
        # people you've worked with will join the call" (no request word before it).
        r"\b(?:names?|details|contacts?|numbers?|e-?mail\s+addresses|send|provide|share|nominate|give|"
        r"put\s+(?:me|us)\s+in\s+touch\s+with)\b[^.!?]{0,80}?\b" + _REFEREE_DESCRIBED,
        # Asked who would vouch for her: "who'd be happy to vouch for you?".
        r"\bwho(?:'d|\s+would|\s+could|\s+can|\s+will)\s+(?:be\s+(?:happy|willing|able|glad)\s+to\s+)?"
        r"(?:vouch\s+for\s+you|speak\s+(?:for|about)\s+(?:you|your\s+work))\b",
        rf"\b{_REFERENCES}[^.!?]{{0,60}}?\b(?:please|by|at\s+your\s+earliest|would\s+be\s+(?:great|"
        r"helpful|appreciated)|form|template|required|needed)\b",
        r"\b(?:could|can|would)\s+you\s+(?:\w+\s+){0,3}(?:put\s+(?:me|us)\s+in\s+touch|connect\s+(?:me|"
        r"us))\s+with\s+(?:\w+\s+){0,3}(?:former|previous|past|current)\s+(?:manager|supervisor|boss)",
        r"\b(?:put\s+(?:me|us)\s+in\s+touch\s+with|(?:names?|details|numbers?)\s+(?:of|for))\b[^.?!]{0,80}"
        r"\b(?:you(?:'ve|\s+have)?\s+(?:worked|reported)|(?:former|previous|last|old|current)\s+"
        r"(?:manager|boss|supervisor|line\s+manager|colleague))",
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
        # Requests sent to the referees, not to the reader.
        r"\b(?:requested|sought|asked\s+for)\s+(?:\w+\s+){0,2}from\s+(?:\w+\s+){0,2}(?:referees|references)",
    ),
)

REFERENCES_CONTACTED = Rule(
    "references_contacted",
    _rx(
        r"\b(?:contact(?:ed|ing)|reach(?:ed|ing)\s+out\s+to|reached\s+out\s+to|spok(?:e|en)\s+(?:to|with)|"
        r"speaking\s+(?:to|with)|call(?:ed|ing)|heard\s+(?:back\s+)?from|hear(?:ing)?\s+back\s+from|"
        r"email(?:ed|ing)|chatt(?:ed|ing)\s+(?:to|with)|in\s+touch\s+with|check(?:ed|ing)|"
        r"(?:rang|phoned|messaged|texted|pinged|approached|wrote\s+to|written\s+to)|"
        r"left\s+(?:a\s+)?(?:messages?|voicemails?|word)\s+(?:for|with)|followed\s+up\s+with|"
        r"sent\s+(?:\w+\s+){0,2}(?:forms?|requests?|emails?|questionnaires?)\s+(?:out\s+)?to|"
        r"caught\s+up\s+with|got\s+hold\s+of)\s+"
        r"(?:\w+\s+){0,4}(?:references|referees?)\b",
        # Passive, or the referees' side: "References have been requested from the referees
        # named on your form", "Your referees, Dr Patel and Tom Wright, have been contacted",
        # "both your references are back".
        r"\b(?:references|referees?)\b[^.!?]{0,60}?\b(?:have|has)\s+(?:now\s+|both\s+|all\s+)*been\s+"
        r"(?:contacted|called|emailed|approached|requested|sent|chased)\b",
        r"\b(?:references|referees)\s+(?:are|is)\s+(?:now\s+|both\s+|all\s+)*(?:back|in|complete|done|"
        r"through)\b",
        # The answers in hand, said of the references: "we've now had both of your references
        # back", "received references from all three of your referees", "Your references came
        # back wonderfully", "References all checked out", a status line "referees contacted",
        # "Marcus Hale has completed the reference". What breaks it: "received your referees'
        # details" (her list, not their answers: no "back", no "from the referees").
        r"\b(?:had|received|got)\s+(?:\w+\s+){0,3}(?:references?|refs?)\s+back\b|"
        r"\breceived\s+(?:\w+\s+){0,3}(?:references|feedback|responses|replies)\s+from\s+(?:\w+\s+){0,4}"
        r"(?:referees|references)\b|\breceived\s+(?:both|all|each)\s+(?:\w+\s+){0,2}references\b|"
        r"\b(?:references|referees)\s+(?:all\s+|have\s+(?:all\s+)?)?(?:came|come)\s+back\b|"
        r"\breferences\s+(?:all\s+)?checked\s+out\b|\b(?:referees?|references)\s+(?:contacted|responded)\b|"
        r"\bhas\s+(?:now\s+)?(?:completed|submitted|provided|returned)\s+(?:the|a|their|your|her|his)\s+"
        r"reference\b|\b(?:doing|making|done|did|made|started)\s+(?:the\s+|our\s+)?(?:referee|reference)\s+"
        r"calls\b|"
        # A referee writes that she was asked about the reader: "Daniel rang me today about you".
        r"\b(?:rang|rung|called|phoned|emailed|contacted)\s+me\s+(?:\w+\s+){0,3}about\s+you\b",
        # The referee writes: "Just had a call from Bec at Saltbush about you", "I sang your
        # praises", "I've sent them a reference for you".
        r"\b(?:call|email|message|phone\s+call|ring|chat)\s+from\b[^.!?]{0,60}?\babout\s+you\b|"
        r"\bsang\s+your\s+praises\b|\basked\s+me\s+(?:for\s+a\s+reference|about\s+you)\b|"
        r"\b(?:gave|given|sent|done|did|filled\s+in|completed|provided|written)\s+(?:you\s+|them\s+)?"
        r"(?:a|the|my|your)\s+(?:\w+\s+)?reference\s+(?:for\s+you|form)\b",
        r"\b(?:will|'ll|going\s+to)\s+(?:now\s+|shortly\s+|soon\s+)?(?:be\s+)?(?:contact(?:ing)?|"
        r"reach(?:ing)?\s+out\s+to|call(?:ing)?|email(?:ing)?)\s+(?:\w+\s+){0,2}(?:references|"
        r"referees?)\b",
        r"\b(?:reference|background|referee)\s+checks?\b[^.!?]{0,50}?\b(?:under\s*way|in\s+progress|"
        r"started|being\s+(?:completed|conducted|carried\s+out|done|run|processed)|begun|initiated|"
        r"completed?|came\s+back|come\s+back|cleared|ongoing|going\s+well|positive|done|now)\b",
        r"\b(?:start(?:ed|ing)?|initiat(?:ed|ing)|begun|begin(?:ning)?|running|conducting|"
        r"completing|completed|carrying\s+out|kick(?:ed|ing)?\s+off|doing|finali[sz]ing|"
        r"(?:are|is)\s+(?:now\s+)?(?:in|at)\s+the)\s+(?:the\s+|your\s+|a\s+|our\s+|their\s+)?"
        r"(?:reference|background|referee)(?:\s+and\s+background)?\s+(?:checks?|checking|stage)\b",
        r"\b(?:references|referees)\s+(?:have|has)\s+(?:now\s+|both\s+|all\s+)*(?:responded|replied|"
        r"come\s+back|got\s+back|returned|been\s+in\s+touch)",
        r"\b(?:references|referees)\s+(?:said|spoke|told|gave|had|have\s+(?:said|spoken))\b",
        # British "taking up references" is contacting the referees ("we'd like to take up
        # references" asks for them); referees told to expect a call; the answers in hand. What
        # breaks it: "references in hand" said of the list she sent.
        r"\b(?:taking|taken|took)\s+up\s+(?:\w+\s+){0,3}(?:references|referees)\b|"
        r"\blet\s+(?:\w+\s+){0,3}(?:referees|references)\s+know\b|"
        r"\b(?:references|referees'?\s+(?:replies|answers))\s+(?:now\s+)?in\s+hand\b",
        # The referee's side: "spent twenty minutes telling them how brilliant you are".
        r"\b(?:told|telling|tell)\s+(?:them|him|her)\s+how\s+(?:\w+\s+){1,2}you\s+(?:are|were)\b",
        r"\b(?:(?:spoke|spoken|speak(?:ing)?|chat(?:ted)?|talked|call(?:ed)?|had\s+a\s+(?:\w+\s+)?(?:chat|call|"
        r"conversation))\s+(?:to|with)|caught\s+up\s+with|got\s+hold\s+of)\s+(?!(?:her|his|their|my|our)\b)(?:\w+\s+){0,2}(?:old|former|previous|last|current)\s+"
        r"(?:manager|boss|supervisor|line\s+manager|employer|colleague)",
        # Two named people spoken to, and their verdict or the next call in the same sentence:
        # "I spoke with Lydia and Ahmed yesterday - both great conversations", "got hold of both
        # Nikhil and Sarah - all good!", "a lovely call with Elena Brandt and I'm speaking with
        # Kofi Mensah tomorrow". What breaks it: "I spoke to Anne and Pete in the client's team
        # and they're keen to move you" (no verdict: not read); a verdict in the next sentence
        # (read by the "Both had great things to say" rule below).
        r"\b(?:(?:spoke|spoken|chatted|talked|had\s+a\s+(?:\w+\s+)?(?:chat|call|conversation)|"
        r"had\s+(?:\w+\s+)?(?:chats|calls|conversations))\s+(?:to|with)|caught\s+up\s+with|got\s+hold\s+of|"
        r"(?:heard\s+(?:back\s+)?|had\s+(?:\w+\s+)?(?:replies|responses|feedback|references?)\s+)from)\s+"
        r"(?:both\s+)?(?:(?:dr|mr|mrs|ms|prof)\.?\s+)?(?-i:[A-Z][a-zà-ÿ]+)(?:\s+(?-i:[A-Z][a-zà-ÿ]+))?(?:\s+(?:and|&)\s+(?-i:[A-Z][a-zà-ÿ]+))?\b[^.!?]{0,80}?"
        r"\b(?:positive|glowing|lovely|great\s+things|good\s+things|kind\s+words|high(?:ly)?|"
        r"complimentary|supportive|excellent|strong|warm|both\s+(?:great|good|lovely|positive)|all\s+good|"
        r"(?:their|the)\s+comments|of\s+you|"
        r"(?:old|former|previous)\s+manager|referee|reference)|"
        r"\b(?:had\s+a\s+(?:\w+\s+)?(?:chat|call|conversation)\s+with|spoke\s+(?:to|with))\s+"
        r"(?-i:[A-Z][a-zà-ÿ]+)(?:\s+(?-i:[A-Z][a-zà-ÿ]+))?[^.!?]{0,40}?\band\s+(?:i'm|i\s+am|we're|we\s+are)\s+"
        r"(?:speaking|talking)\s+(?:to|with)\s+(?-i:[A-Z][a-zà-ÿ]+)",
        # Two referees' verdict, opening the sentence after their names: "Both had great things
        # to say", "Both went out of their way to tell me how you turned the team around". What
        # breaks it: "Both interviewers ..." (a noun after "both": not read).
        r"^\W*(?:they\s+)?both\s+(?:had|went|said|spoke|were|gave|sang|told|raved|described|have)\b"
        r"[^.!?]{0,80}\b(?:things\s+to\s+say|highly|praise|glowing|positive|complimentary|out\s+of\s+their\s+"
        r"way|of\s+you|how\s+you)",
        r"\b(?:your\s+)?(?:references|referees)\s+(?:came\s+back|were|have\s+been|has\s+been|are\s+"
        r"(?:very\s+)?(?:positive|glowing|great|excellent))\b[^.!?]{0,40}?\b(?:positive|glowing|great|"
        r"excellent|strong|good|contacted|received|complete|very|spoke)",
    ),
    blocks=_rx(
        r"\b(?:before|without|prior\s+to|until|only)\s+(?:\w+\s+){0,3}(?:permission|consent|approval|"
        r"an\s+offer|offer|final)",
        r"\b(?:subject\s+to|contingent|conditional|pending|upon|dependent)\b",
        r"\b(?:if|should|once|when|in\s+the\s+event)\s+(?:you|we|your)\b",
        # Not yet: "I'll send the contract as soon as references are back".
        r"\b(?:once|when|as\s+soon\s+as|after|until|pending)\s+(?:\w+\s+){0,2}(?:references|referees)\b",
        _ADVICE,
        _MAYBE,
    ),
)

RULES: tuple[Rule, ...] = (
    APPLICATION_RECEIVED,
    INTERVIEW_REQUEST,
    INTERVIEW_PROPOSED,
    INTERVIEW_BOOKED,
    NOTICE_PERIOD_ASKED,
    REFERENCES_REQUESTED,
    REFERENCES_CONTACTED,
    REFEREES_NAMED,
    SALARY_DISCUSSED,
    SALARY_FIGURE,
    TIMELINE_STATED,
    OFFER,
    OFFER_GIVEN,
    OFFER_SAID,
    REJECTION,
    REJECTION_SAID,
)
