"""English referees named without a reference word: a person the sender spoke to about the
reader, or that person's verdict on her (round 10).

"I spoke to Marcus yesterday and he couldn't have been more positive about your time at
Hollin", "Priya said lovely things about how you ran the migration", "We've heard back from
Gillian at your current firm", "our vendor will be reaching out to your former employers".
Read by the parts of the sentence, not by phrases: the writer's act of speech (spoke, had a
chat, rang, heard back from, got hold of...), a person (a capitalised name, with or without a
title, or someone described by their tie to the reader: "your old boss", "someone at your
current firm"), and the reader as what was spoken about ("about you", "about your time",
"of you", "vouched for you"). The rules are weak: out of job context they need a job word in
the message (a friend's "I spoke to Marcus about you" is no reference).

What breaks them, and the twins that must not fire (tests/unit/test_detection_round10.py):
"I spoke to Dana about the hiring budget" (not about the reader), "I spoke to her old manager"
(someone else's referee), "Priya said lovely things about it" (not the reader), her own mail
("I spoke to Dana and she's happy to be called": vetoed as hers when known); a name written in
lower case ("spoke to marcus") is not read; a referee spoken to in one sentence and the
verdict in the next ("I rang Tom. He was glowing.") is not read.
"""

from __future__ import annotations

from offerwatch.core.detection._grammar import _ADVICE, _MAYBE, Rule, _rx

# A person: a capitalised name (one or two words, an optional title), or two of them.
_NAME = (
    r"(?:(?:dr|mr|mrs|ms|miss|prof)\.?\s+)?(?-i:[A-Z][a-zà-ÿ'-]+)(?:\s+(?-i:[A-Z][a-zà-ÿ'-]+))?"
    r"(?:\s+(?:and|&)\s+(?:(?:dr|mr|mrs|ms|miss|prof)\.?\s+)?(?-i:[A-Z][a-zà-ÿ'-]+)(?:\s+(?-i:[A-Z][a-zà-ÿ'-]+))?)?"
)
# The writer's act of speech with someone (the subject "I"/"we" or left out, as notes do).
_SPOKE = (
    r"(?:spoke|spoken|speaking|talked|chatted|had\s+(?:a|an)\s+(?:\w+\s+){0,2}?(?:chat|call|conversation|"
    r"word|catch-?up)|caught\s+up|checked\s+in|rang|called|phoned|emailed|messaged|reached(?:\s+out)?|"
    r"(?:came|got|just)\s+off\s+the\s+phone|on\s+the\s+phone|"
    r"heard\s+(?:back\s+)?from|(?:got|get|managed\s+to\s+get)\s+hold\s+of|managed\s+to\s+(?:reach|speak))"
    r"(?:\s+(?:to|with|from))?\s+(?:both\s+)?"
)
# The reader's past work as what was said: "about your time at Hollin", "about how you ran
# the migration", and words of praise ("glowing", "spoke warmly", "rates you").
_PAST_WORK = (
    r"\babout\s+(?:your\s+(?:time|work|years?|tenure|teaching|leadership|management|performance|"
    r"contribution|record|\w+ing)\b|how\s+you\b|what\s+you\b)"
)
# The person tied to her, or from her list: "(your old manager at Parcel & Co)", "as per the
# details you provided", "so they may hear from us this week".
_HERS = (
    r"\byour\s+(?:\w+\s+)?(?:old|former|previous|last|current|ex-?)\s*(?:boss|manager|head|supervisor|"
    r"line\s+manager|employer|director|lecturer|tutor|colleague|peer)\b|\b(?:details|names?|contacts?|"
    r"list|numbers)\s+you\s+(?:provided|gave|sent|listed|shared)\b|\b(?:they|he|she)\s+(?:may|will|"
    r"might|should|'ll)\s+(?:hear\s+from|get\s+(?:a\s+call|an\s+email)\s+from)\s+(?:us|me)\b"
)
_PRAISE = (
    r"\b(?:positive|glowing|lovely\s+things|great\s+things|good\s+things|kind\s+words|nothing\s+but|"
    r"highly|warmly|praise|praises|complimentary|raved|rave|vouch(?:ed)?\s+for\s+you|rates?\s+you|"
    r"spoke\s+well|sang\s+your)\b"
)
# A verdict on the reader said by a named person: "Priya said lovely things about how you ran
# it", "Ruth vouched for you", "Tom rates you highly". A pronoun or determiner opening the
# sentence ("They said...", "Everyone was...") is no name: interviewers say that too.
_NOT_A_NAME = (
    r"(?!(?-i:They|We|You|He|She|It|Everyone|Everybody|Someone|Nobody|The|This|That|These|Those|"
    r"All|Both|Our|Your|My|His|Her|Their|Its|Each|Any|Some|Most|Many|Team|Panel|Client)\b)"
)
_VERDICT = (
    r"(?:said|had|has|spoke|speaks|was|were|is|has\s+been|could(?:n't|\s+not)\s+have\s+been|vouched|"
    r"sang|sings|gave|rates?|raved|told\s+me)\b[^.!?]{0,50}?\b(?:about\s+(?:you\b|your\b|how\s+you\b|"
    r"what\s+you\b)|(?:highly|warmly|well)\s+of\s+you\b|vouch(?:ed)?\s+for\s+you\b|rates?\s+you\b|"
    r"your\s+praises\b)"
)

REFEREES_NAMED = Rule(
    "references_contacted",
    _rx(
        # The writer spoke to a named person, then the reader as the topic: "I had a great
        # conversation with Dr. Alvarez this morning about your time at Lincoln Middle".
        rf"\b{_SPOKE}{_NOT_A_NAME}{_NAME}\b[^.!?]{{0,100}}?(?:{_PAST_WORK}|{_PRAISE}|{_HERS})",
        # A named person's verdict on the reader: "Priya said lovely things about your work".
        rf"\b{_NOT_A_NAME}{_NAME}\s+(?:in\s+particular\s+|too\s+|also\s+|especially\s+)?{_VERDICT}",
        # Someone at her workplace spoken to: "heard back from Gillian at your current firm".
        rf"\b{_SPOKE}{_NAME}\s+(?:at|from)\s+your\s+(?:\w+\s+)?(?:firm|company|employer|school|practice|"
        r"office|team|workplace|job|trust|agency|studio)\b",
        # Her former employers or the people she listed, contacted: "our vendor will be reaching
        # out to your former employers", "is now contacting the two former employers you listed".
        r"\b(?:contact(?:ed|ing)?|reach(?:ed|ing)?\s+out\s+to|call(?:ed|ing)?|email(?:ed|ing)?|"
        r"approach(?:ed|ing)?|speak(?:ing)?\s+(?:to|with)|checked\s+in\s+with|check(?:ing)?\s+in\s+with|"
        rf"spoke\s+(?:to|with)|{_SPOKE})\s*(?:your|the)\s+(?:\w+\s+){{0,2}}(?:former|previous|past|old)\s+"
        r"(?:employers|managers|bosses|supervisors)\b|"
        r"\b(?:contact(?:ed|ing)?|reach(?:ed|ing)?\s+out\s+to|call(?:ed|ing)?|email(?:ed|ing)?)\s+the\s+"
        r"(?:\w+\s+){0,3}(?:people|persons|contacts|employers|names)\s+you\s+(?:listed|named|gave|provided|"
        r"put\s+down|nominated)\b",
        # References asked of named people: "we have requested your references from Mrs Hale
        # and Mr Dunn".
        rf"\b(?:requested|sought|asked\s+for|chased|received|had|got)\s+(?:\w+\s+){{0,2}}references?\s+"
        rf"(?:back\s+)?from\s+{_NOT_A_NAME}{_NAME}",
        # The referees' side: "Ana replied to our reference questionnaire", "your referees will
        # each get an email from Certn", "client came back on refs - all good".
        r"\b(?:replied|responded)\s+to\s+(?:our|the|your)\s+reference\s+(?:questionnaire|request|form|"
        r"email|check)\b|\b(?:referees|references)\b[^.!?]{0,60}?\b(?:will|'ll)\s+(?:each\s+|both\s+)?"
        r"(?:get|receive|be\s+sent)\s+(?:an?\s+)?(?:email|call|message|questionnaire|form|request)\b|"
        r"\b(?:came|come|got)\s+back\s+on\s+(?:the\s+|your\s+)?references\b",
    ),
    blocks=_rx(
        # Not yet, or only maybe: "once I've spoken to Marcus", "we may contact your former
        # employers".
        r"\b(?:once|when|after|before|until|if|unless)\s+(?:i|we|i've|we've)\b",
        # A client or hiring manager told about her application, not a referee about her work:
        # "I spoke to Sarah about your CV and she'd love to meet you".
        r"\b(?:meet|meeting|interview\w*|invite|shortlist\w*|next\s+(?:stage|round|step)|your\s+(?:cv|"
        r"resume|application|profile|candidacy|availability))\b",
        _MAYBE,
        _ADVICE,
    ),
    weak=True,
)
