"""English sentence patterns for salary, timelines, offers and rejections (mail-signals.md)."""

from __future__ import annotations

import re

from offerwatch.core.detection._grammar import (
    _ADVICE,
    _CONDITIONAL,
    _GROUP_HABIT,
    _I,
    _NOT_A_POST,
    Rule,
    _rx,
)

_MONEY = (
    r"(?:[$£€₹]\s?\d[\d,.]*\s?(?:k|m|K|M|lpa|LPA)?\b|\b(?:usd|eur|gbp|chf|inr|aud|cad)\s?\d[\d,.]*\s?"
    r"(?:k|K)?\b|\b\d{2,3}(?:\.\d)?\s?(?:k|K)\b|\b\d[\d,.]*\s?(?:usd|eur|gbp|inr|chf|sek|dollars|euros|pounds|"
    r"lakhs?|lpa|per\s+(?:annum|year|hour|month|day)|a\s+(?:year|day)|an\s+hour|p/?d\b|"
    r"/\s?(?:yr|year|hr|hour|day)))"
)
_PAY_WORD = (
    r"(?:salary|compensation|pay|base|bonus|equity|package|remuneration|rate|budget|ctc|"
    r"offer(?:ing)?|range|band|stipend|wage)"
)

# Money that is not pay: funding, prices, fees, an insurer's premium, a deposit.
_NOT_PAY = (
    r"\b(?:funding|raised|revenue|turnover|million|billion|voucher|gift\s+card|prize|discount|"
    r"price|subscription|fee|fees|expenses?|travel\s+costs?|per\s+cent|followers|premium|"
    r"insurance|excess|policy|deposit|rent|fare|refund)\b"
)

# A figure of pay said to the candidate needs no pay word: "42k plus benefits", "they can go
# up to 58k", "it's £450 a day"; a job advert's "Rate: $50 an hour" is not said to them.
SALARY_FIGURE = Rule(
    "salary_discussed",
    _rx(_MONEY),
    blocks=_rx(
        _NOT_PAY,
        r"\bjob\s+title\b|\blocation\s*:|\bresponsibilit|\bwe\s+offer\b|\bcompetitive\b",
        _ADVICE,
    ),
    also=(
        re.compile(
            r"\?|\bp/d\b|\b(?:you|your|plus|up\s+to|stretch|budget|base|bonus|benefits|package|salary|pay|pays|offer|"
            r"per\s+(?:annum|day|hour)|a\s+day|an\s+hour|day\s+rate|OTE|equity)\b",
            _I,
        ),
    ),
    weak=True,
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
        # Asked straight or reported: "what are you on?", "confirm what you're currently on".
        r"(?:\bwhat\s+(?:are|r)\s+you|\b(?:confirm|tell\s+(?:me|us)|let\s+(?:me|us)\s+know|know)\s+what\s+(?:you're|you\s+are))\s+(?:currently\s+|presently\s+|now\s+|on\s+at\s+the\s+moment\s+)?on\b"
        r"(?!\s+(?:for|with|about|tonight|today|tomorrow|later|this|next|at\s+the\s+weekend)\b)|\b(?:package|salary|pay|money|comp|compensation)[\s-]?wise\b|\b(?:package|salary|rate)\s+(?:are|were)\s+you\s+"
        r"(?:looking|hoping|after)",
    ),
    blocks=_rx(
        r"\bcompetitive\s+(?:salary|compensation|pay|package|base|rates?)\b",
        r"\b(?:we|they)\s+offer\b",
        r"\bwhat\s+we\s+offer\b|\bbenefits?\s+(?:include|package)\b|\bperks\b",
        _ADVICE,
        r"\bno\s+(?:need|rush)\b",
        r"\b(?:salary|pay|compensation)\s+(?:negotiation|guide|survey|report|trends|benchmark)",
        r"\bcommensurate\b|\bDOE\b|\bdepending\s+on\s+experience\b",
        _NOT_PAY,
        r"\b(?:not\s+able|unable)\s+to\s+discuss\b|\bdon't\s+ask\b",
    ),
)

TIMELINE_STATED = Rule(
    "timeline_stated",
    _rx(
        r"\bhear(?:ing)?\s+(?:back\s+)?(?:from\s+(?:us|me|the\s+team|them|our\s+team)|back)\b",
        r"\b(?:get|getting|come|coming|circle|circling|report|reporting)\s+back\s+to\s+you\b",
        r"\b(?:be|get|getting)\s+(?:back\s+)?in\s+touch\b",
        r"\b(?:will|'ll|shall)\s+confirm\b",
        r"\b(?:give|have|get|send|share)\s+(?:\w+\s+)?(?:feedback|an?\s+answer|a\s+decision|news|"
        r"an\s+update)\b",
        r"\b(?:come|get|getting|coming)\s+back\s+to\s+(?:me|us)\b",
        r"\b(?:notify|inform|update|contact|advise)\s+(?:candidates|everyone|all\s+(?:applicants|candidates))\b",
        r"\blet\s+(?:all\s+|the\s+)?(?:candidates|applicants|everyone)\s+know\b|\bcircle\s+back\b|"
        r"\b(?:will|'ll|shall)\s+(?:all\s+)?be\s+(?:notified|informed|told|advised)\b",
        r"\b(?:expect|receive|get|have|give|send|share)\s+(?:\w+\s+){0,2}(?:feedback|answer|decision|news|"
        r"update|outcome|response)\b",
        r"\b(?:reach|reaching)\s+out\s+(?:to\s+you|again|with)\b",
        r"\b(?:contact|update|inform|notify|advise|email|call|ring|phone|text|revert\s+to)\s+you\b",
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
        r"get\s+back|contact|finish|complete|make|have|fill|close|wrap\s+(?:things\s+|it\s+)?up)\b",
    ),
    blocks=_rx(
        # The date of an event, unless the sentence also says when she hears: "Shortlisting
        # will take place on 20 November and all applicants will be notified by the 27th".
        r"\btake\s+place\b(?![^.!?]*\b(?:notified|informed|hear|outcome|decision|let\s+you\s+know)\b)|"
        r"\b(?:pleased|happy|delighted|glad|writing|sorry|sad)\s+to\s+let\s+you\s+know\b|"
        r"\blet\s+you\s+know\s+that\b",
        r"\b(?:please|kindly|could\s+you|can\s+you|would\s+you)\b[^.!?]{0,100}?\b(?:reply|respond|"
        r"let\s+(?:us|me)\s+know|send|confirm|complete|submit|sign|return|accept|book|choose|pick|"
        r"select|get\s+back\s+to\s+(?:us|me))",
        r"\b(?:offer|this\s+offer)\s+(?:is\s+)?(?:valid|open|stands?|expires?)\b",
        r"\b(?:can(?:not|'t)|unable\s+to|not\s+able\s+to|don't|do\s+not)\s+(?:yet\s+)?(?:give|"
        r"provide|share|commit\s+to|say|confirm)\s+(?:\w+\s+){0,2}(?:timeline|timeframe|date|when)",
        r"\bno\s+(?:firm\s+|fixed\s+|set\s+)?(?:timeline|timeframe|date)\b",
        r"\b(?:your|the)\s+(?:\w+\s+){0,2}interview\s+(?:is|will\s+be|on|at)\b",
        r"\bif\s+you\s+(?:require|need|have\s+any|would\s+like|want|wish|are\s+unable|cannot|can't)\b",
        # An answer to the reader's question or a request for more, not a decision: "If you
        # have questions about the process, reply and we'll get back to you within two days",
        # "we'll contact you within 6 weeks if we need more information".
        r"\bif\s+you\s+(?:have|think|notice|spot|find|believe|disagree)\b|\bif\s+(?:we|they)\s+"
        r"(?:need|require|have)\s+(?:more|further|any|additional)\b",
        r"\b(?:applied|submitted|posted)\s+on\b",
        r"\bon\s+file\b|\b(?:in|on)\s+our\s+(?:\w+\s+)?(?:database|system|file|records)\b",
        r"\bout\s+of\s+(?:the\s+)?office\b|\bon\s+(?:annual\s+)?leave\b|\bback\s+in\s+the\s+office\b",
        # The writer's own whereabouts: "I'm travelling until next week". What breaks it: "I'm
        # away till Monday but we'll let you know by Friday" (one sentence) loses the timeline.
        r"\b(?:i'm|i\s+am|i'll\s+be|i\s+will\s+be)\s+(?:\w+\s+)?(?:travell?ing|away|off|abroad)\s+"
        r"(?:until|till|from|for|this|next)\b",
        # A decision already taken, told with the day it was taken: "after a long discussion on
        # Monday the partners decided to appoint a candidate who...".
        # What breaks it: "we've decided to extend the process and will let you know by Friday".
        r"(?<!\bnot\s)\b(?:decided|chose|opted)\s+to\b|\bappointed\b",
        _ADVICE,
        # The reader owes the answer, not the writer: "I'm hoping to hear back from you by
        # Friday", "we'd need an answer by Thursday", "need your feedback in Greenhouse by Fri".
        r"\bhear(?:ing)?\s+(?:back\s+)?from\s+you\b|\b(?:need|needs|require|appreciate)\s+(?:an?\s+|your\s+)"
        r"(?:\w+\s+)?(?:answer|response|reply|decision|feedback|confirmation)\b",
        # What comes back is no answer to an application: "we'll get back to you next week
        # with a quote", "... with the final priorities", "... with the memorandum of sale".
        r"\b(?:back\s+to\s+(?:you|u)(?:\s+all)?|in\s+touch|revert|respond|reply)\b[^.!?]{0,40}?\bwith\s+"
        r"(?!(?:[\w-]+\s+){0,4}?(?:answer|decision|feedback|update|news|outcome|result|next|offer|"
        r"response|verdict|confirmation|interview|more|thoughts|times?|slots?|details|[\w-]*stage|"
        r"information|info|questions|a\s+view)\b)",
        # A decision or news about something else: "The decision on the vendor is expected by
        # the end of the month", "feedback on performance within 24 hours".
        r"\b(?:decisions?|update|news|feedback|answer|outcome|results?)\s+(?:on|about|regarding)\s+"
        r"(?:(?:the|a|an|our|their)\s+)?+(?!(?:your|you|yours|my|me|this|that|it|them|whether|who|"
        r"which|how|when|next|final|current|both|all|everything|things|role|roles|position|job|post|"
        r"vacancy|candidat\w*|shortlist\w*|hiring|hire|offer|interview\w*|application\w*|process|"
        r"second|third|first|stage|round|outcome|references?|referees?|salary|package|start|monday|"
        r"tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|"
        r"july|august|september|october|november|december|\d+\w*)\b)[a-z]+",
        # What a group usually does is no promise (see _GROUP_HABIT).
        _GROUP_HABIT,
        # A booking's own date: "Event Date/Time: 11:00am Thursday, October 22".
        r"\bevent\s+(?:type|date|time)\b|\bdate\s*/\s*time\b",
        # Word goes to someone else, not to the reader: "I'll be reaching out to them this
        # week", "so they may hear from us this week" (referees).
        r"\b(?:reach(?:ing)?\s+out|speak(?:ing)?|talk(?:ing)?|get(?:ting)?\s+in\s+touch)\s+(?:to|with)\s+"
        r"(?:them|him|her|your\s+(?:referees|references|(?:\w+\s+)?(?:former|previous|past|old)\s+"
        r"(?:employers|managers)))\b|\b(?:they|he|she)\s+(?:may|will|should|"
        r"might|'ll)\s+hear\s+from\s+(?:us|me)\b",
        # Her words reported back: "you'd mentioned you expected to let candidates know
        # within a week" (the candidate's own follow-up).
        r"\byou(?:'d|\s+had)?\s+(?:mentioned|said|told\s+me)\b",
        # An instruction to the reader: "Complete the probation review form by 16 September".
        r"^\W*(?:please\s+)?(?:complete|submit|send|return|sign|reply|respond|upload|fill|book|"
        r"confirm|register|apply|sign\s+up|join)\b",
    ),
    negatable=False,
    conditional=False,
)

OFFER = Rule(
    "offer",
    _rx(
        r"\b(?:pleased|delighted|happy|thrilled|excited|glad|honou?red|proud)\s+to\s+(?:formally\s+|"
        r"officially\s+|now\s+|be\s+able\s+to\s+)?(?:offer|extend)\s+(?:[\w()-]+\s+){0,6}?(?:position|"
        r"role|job|post|place|opportunity|offer|internship|contract|employment)\b",
        r"\b(?:like|want|wish)\s+to\s+(?:formally\s+|officially\s+)?extend\s+(?:you\s+)?(?:an?|the|"
        r"our)\s+(?:\w+\s+)?offer",
        r"\boffer\s+you\s+(?:the|a|this|our)\s+(?:\w+\s+){0,4}(?:position|role|job|post|place|"
        r"opportunity|internship)",
        r"\b(?:extend(?:ing)?|make|making|send(?:ing)?|attach(?:ed|ing)?|enclos(?:ed|ing)|prepar(?:e|ing))"
        r"\s+(?:you\s+)?(?:an?|the|your|our)\s+(?:formal\s+|written\s+|verbal\s+|official\s+|"
        r"conditional\s+|provisional\s+|unconditional\s+|firm\s+|final\s+)?(?:job\s+|employment\s+)?offer\b",
        r"\b(?:formal|written|verbal|official|conditional|provisional|job|employment)\s+offer\b",
        r"\boffer\s+(?:letter|of\s+employment|pack|package|details|documents?|contract)\b|\bletter\s+of\s+offer\b",
        r"\b(?:your|the|our)\s+offer\s+(?:is\s+)?(?:attached|enclosed|below)\b",
        r"\b(?:accept|review|sign|countersign)\s+(?:the|your|our)\s+offer\b",
        # Not congratulations on a step passed: "Congratulations on successfully completing the
        # online tests" (an invitation follows, not an offer).
        r"\bcongratulations\b(?!\s+(?:on|for)\s+(?:\w+\s+)?(?:completing|passing|reaching|progressing|"
        r"making\s+it|being\s+(?:shortlisted|invited)))[^.!?]{0,80}?\b(?:offer|join(?:ing)?\s+(?:us|the\s+"
        r"team)|welcome\s+(?:you\s+)?(?:aboard|to\s+the\s+team)|successful\b|selected)",
        # A founder's offer in plain words: "we'd love you to join Tiny Owl as our first Learning
        # Designer", "consider this the (very informal) offer". What breaks it: "join us as a
        # guest at the open day" (an event, no role) reads as an offer.
        r"\b(?:want|love|like)\s+(?:for\s+)?you\s+to\s+join\s+(?:\w+\s+){0,3}?as\s+(?:our|a|an|the)\b",
        r"\bconsider\s+this\s+(?:\([^)]*\)\s+|\w+\s+){0,3}offer\b",
        r"\boffer\s+(?:is\s+)?(?:coming|on\s+(?:its|the)\s+way|to\s+follow|in\s+writing|will\s+follow)",
    ),
    blocks=_rx(
        r"\bselected\s+(?:to\s+attend|for\s+(?:an?\s+|the\s+)?(?:interview|assessment|next))",
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
        _NOT_A_POST,
        r"\b(?:if|when|once|should)\s+(?:we|you)\b[^.!?]{0,40}\boffer",
    ),
)

# The post given to her in so many words: "The job's yours if you want it" (the "if you want
# it" is a courtesy, not a condition: no conditional block). What breaks it: "the role is
# yours to shape" (an advert: "to" after it), "the job could be yours" (a maybe: not read).
OFFER_GIVEN = Rule(
    "offer",
    _rx(
        r"\b(?:the|this)\s+(?:job|role|position|post|training\s+contract|pupillage|internship|"
        r"apprenticeship|traineeship|placement)(?:'s|\s+is)\s+(?:all\s+)?yours\b(?!\s+to\b)"
    ),
    blocks=_rx(_ADVICE),
    conditional=False,
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
        r"\b(?:not|won't)\s+(?:be(?:en)?\s+)?(?:able\s+to\s+)?(?:offer|extend)\s+you\b",
        r"\b(?:decided|chosen|opted|elected)\s+not\s+to\b",
        r"\b(?:haven't|hasn't|have\s+not|has\s+not|were\s+not|was\s+not|weren't|wasn't)\s+been\s+"
        r"(?:successful|selected|shortlisted|chosen|progressed)\b",
        r"\b(?:will|would)\s+not\s+be\s+(?:offering|inviting|extending|progressing|proceeding)\b",
        # The role went to someone else, said warmly or indirectly.
        r"\b(?:gone|go|going|went|proceed(?:ed|ing)?|continu(?:e|ed|ing)|mov(?:e|ed|ing)\s+(?:ahead|"
        r"forward|on))\s+(?:ahead\s+|forward\s+)?(?:the\s+process\s+)?with\s+(?:an?\s+(?:\w+\s+){0,2}"
        r"(?:candidate|applicant|person|profile|finalist)|another|other|someone|somebody|an?\s+internal)",
        r"\b(?:offer(?:ed)?|give|gave|given|extend(?:ed)?)\s+(?:(?:the\s+|this\s+|that\s+)?(?:role|position|"
        r"job|post|offer)|it)\s+to\s+(?:a|an|another|someone|somebody|the\s+other|one\s+of)\b",
        # "The partners decided to appoint a candidate who...": someone else chosen.
        r"\b(?:decided|chose|opted|elected)\s+to\s+(?:appoint|hire|select|offer\s+the\s+(?:role|position|"
        r"post|job)\s+to)\s+(?:a|another|an\s+internal|the\s+other|someone|somebody)\b",
        r"\boffered\s+(?:them|him|her)\s+the\s+(?:role|position|job|post)\b",
        r"\b(?:made|making)\s+an\s+appointment\s+(?:to\s+(?:the|this)\s+(?:post|role|position)|\.|$)|"
        r"\b(?:we|panel|committee|they)\s+(?:have|has)\s+(?:now\s+)?made\s+an\s+appointment\b",
        r"\bprioriti[sz](?:ing|e)\s+(?:candidates|applicants|people|those|profiles)\b",
        r"\b(?:selected|appointed|hired|chosen|found)\s+(?:a|another|an\s+internal|the)\s+(?:\w+\s+)?"
        r"(?:candidate|applicant|person)\s+(?:whose|who|with)\b",
        r"\b(?:filled|fill)\s+the\s+(?:role|position|post|vacancy)\s+(?:with|internally)\b",
        r"\b(?:not|won't|n't)\s+be\s+taking\s+(?:your\s+application|things|it|this|you)\s+(?:any\s+)?"
        r"further\b|\bdecided\s+against\b",
        r"\b(?:pulled|withdrawn|frozen|scrapped|cancelled|canceled|closed)\s+(?:the\s+)?(?:role|"
        r"position|vacancy|headcount|search|job)\b|"
        # "The Trust has taken the decision to withdraw the Digital Learning Officer vacancy".
        r"\b(?:pull|withdraw(?:ing)?|scrap(?:ping)?|cancel(?:l?ing)?|freez(?:e|ing))\s+(?:the|this)\s+"
        r"(?:[\w-]+\s+){0,3}?(?:role|position|vacancy|headcount|search|post|requisition)\b|\bheadcount\s+(?:has\s+been\s+)?(?:frozen|"
        r"pulled|cut)\b|\bclosed\s+the\s+(?:role|search)\s+without\b",
        r"\bwon't\s+be\s+making\s+an\s+offer\b|\bhold\s+off\s+on\s+hiring\b",
        r"\b(?:role|position|job|post|offer)\s+(?:has\s+)?(?:gone|went|been\s+given|been\s+offered)\s+"
        r"to\b|\bwent\s+(?:the\s+)?other\s+way\b|\b(?:client|they|company|team|panel|business|manager)(?:'s|'ve|\s+has|\s+have)?\s+"
        r"(?:gone|went)\s+(?:another|a\s+different|the\s+other)\s+(?:way|direction)\b|\b(?:we|they)\s+(?:will|are\s+going\s+to)\s+pass\b|"
        r"\bpass\s+on\s+(?:this|your)\b",
        r"\bit's\s+a\s+no\b|\bnot\s+been\s+shortlisted\b|\bnot\s+(?:be\s+)?considered\s+further\b",
        r"^\s*(?:status|stage|outcome|decision|result|reason)\s*:\s*(?:not\s+selected|unsuccessful|"
        r"rejected|declined|archived|closed|not\s+progressed|no\s+longer\s+under\s+consideration|"
        r"position\s+filled)",
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
        # No news is no no: "Unfortunately we do not have an update to share at the moment".
        r"\b(?:no|not\s+(?:yet\s+)?(?:have|had|got))\s+(?:an?\s+|any\s+)?(?:update|news|feedback|"
        r"decision)\b",
    ),
    negatable=False,
)
