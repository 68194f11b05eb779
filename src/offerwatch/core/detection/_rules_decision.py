"""English offers and rejections said in other words (round 10): read by who acts on whom.

An offer: the sender's side (we, I, the team, the panel, the partners, the client...) wishes
the reader into the organisation ("we'd like you to join us as Product Ops Lead", "the team
would love to have you join Meridian", "we would love to welcome you to the team", "we want
you on the team", "we'd like to get you started as our senior designer"), or appoints her
("the committee has approved your appointment as Clinical Nurse Educator"). A rejection: the
sender's side goes elsewhere ("the client have decided to go another way", "decided to promote
someone from within"), does not take her on ("won't be taking you through to the next
stage"), or says no in so many words ("it's not going to be a yes from us this time").

What breaks them, and the twins that must not fire (tests/unit/test_detection_round10.py): an
event ("we'd love you to join us for drinks on Friday"), a role that is no job ("join the
programme as a speaker", "welcome you to the committee"), another plan gone another way
("the landlord has decided to go another way with the refurbishment"), a condition ("if we
decide to go another way"); an offer said only by its paperwork ("paperwork coming tmrw")
or a rejection said only by regret ("we're gutted") is not read.
"""

from __future__ import annotations

from offerwatch.core.detection._grammar import _ADVICE, _CONDITIONAL, _NOT_A_POST, Rule, _rx

# The sender's side as the actor.
_ACTOR = (
    r"(?:we|i|they|everyone|the\s+(?:[\w-]+\s+)?(?:team|panel|partners|client|board|committee|"
    r"business|company|firm|school|trust|practice|studio|founders|hiring\s+manager))"
)
# What the reader joins: the organisation, its team, a post ("as our new Head of Content").
# An event after "us" ("join us for drinks") is no post.
_INTO = (
    r"(?:us\b(?!\s+(?:for|at|on|in|tonight|tomorrow)\b)|the\s+(?:[\w-]+\s+)?team\b|our\s+(?:[\w-]+\s+)?team\b|"
    r"(?-i:[A-Z])[\w&-]+|as\s+(?:our|a|an|the)\b)"
)

OFFER_SAID = Rule(
    "offer",
    _rx(
        # "we'd like you to join us as", "the team would love to have you join Meridian".
        rf"\b{_ACTOR}(?:'d|'re|\s+would|\s+are|\s+all|\s+really|\s+(?:have|has)\s+agreed\s+(?:that\s+)?"
        r"(?:we|they)(?:'d|\s+would))?\s+(?:really\s+|very\s+much\s+|all\s+)?(?:love|like|want|wants)\s+"
        rf"(?:to\s+have\s+|for\s+)?you\s+(?:to\s+)?join\s+{_INTO}",
        # "we would love to welcome you to the team as our new Head of Content", "we want you
        # on the team", "we'd like to get you started as our senior level designer".
        rf"\b{_ACTOR}(?:'d|'re|\s+would|\s+are|\s+all|\s+really)?\s+(?:really\s+|very\s+much\s+|all\s+)?"
        r"(?:love|like|want|wants|delighted|thrilled|pleased|happy)\s+(?:to\s+)?(?:welcome\s+you\s+(?:to\s+"
        r"(?:the|our)\s+(?:[\w-]+\s+)?team|aboard|on\s+board|to\s+(?-i:[A-Z])\w+)|have\s+you\s+(?:on\s+"
        r"board|aboard)|you\s+(?:on|in)\s+(?:the|our)\s+(?:[\w-]+\s+)?team|get\s+you\s+started\s+as\s+"
        r"(?:our|a|an|the)\b)",
        # The post given by appointment: "approved your appointment as", "pleased to appoint you".
        r"\b(?:approved|ratified)\s+your\s+appointment\s+(?:as|to)\b|\b(?:like|want|pleased|delighted|"
        r"happy|decided|agreed|voted)\s+to\s+appoint\s+you\b",
    ),
    blocks=_rx(
        _NOT_A_POST,
        r"\b(?:before|once|when|until)\s+(?:we|i|they)\b",
        _CONDITIONAL,
        _ADVICE,
    ),
)

# The sender's side goes elsewhere, or does not take her on.
REJECTION_SAID = Rule(
    "rejection",
    _rx(
        # "the client have decided to go another way for this one"; not "... another way with
        # the refurbishment" (another plan).
        r"\b(?:decided|chosen|opted|elected|going|agreed)\s+to\s+go\s+(?:another|a\s+different|the\s+other)\s+"
        r"(?:way|route)\b(?!\s+with\s+(?:the|our|their|its|this)\s+(?!role|position|post|job|hire|"
        r"hiring|search|vacancy)\w)",
        # "it's not going to be a yes from us this time".
        r"(?:\bnot|n't)\s+(?:going\s+to\s+be\s+|be\s+)?a\s+yes\b(?=[^.!?]{0,25}\b(?:from|this\s+time|"
        r"on\s+this|for\s+(?:now|this|the)))",
        # "they won't be taking you through to the next stage".
        r"(?:\bnot|n't)\s+(?:be\s+)?(?:taking|take|putting|put|moving|move|inviting|invite|progressing|"
        r"progress|advancing|advance|bringing|bring)\s+you\s+(?:\w+\s+){0,2}?(?:to|through|into|forward|"
        r"further|on)\s+(?:to\s+)?(?:the\s+)?(?:next|final|second|third|further|interview|offer)\b",
        # "decided to promote someone from within", "... to fill the opening with an internal
        # candidate".
        r"\b(?:decided|chosen|opted|elected|going|agreed)\s+to\s+(?:promote|appoint|hire|recruit|go\s+"
        r"with|fill\s+(?:it|the\s+(?:[\w-]+\s+){0,3}?(?:role|position|post|vacancy|opening)))\s+"
        r"(?:with\s+)?(?:someone|somebody|internally|from\s+within|within|an\s+internal|another|a\s+"
        r"candidate|the\s+other)",
        # "we're closing out your application".
        r"\bclos(?:e|ed|ing)\s+(?:out\s+)?your\s+(?:application|candidacy)\b",
        # Every post of its kind gone: "All our lift operator positions have now been filled".
        r"\b(?:positions|roles|vacancies|openings|posts|jobs)\b[^.!?]{0,60}?\b(?:have\s+(?:now\s+|all\s+)?"
        r"been|are\s+(?:now\s+|all\s+)?)\s*(?:filled|closed|taken)\b",
    ),
    blocks=_rx(
        r"\b(?:if|should|in\s+the\s+event|whether|unless|in\s+case)\b[^.!?]{0,60}?\b(?:decide|go|not|"
        r"take|fill|close)",
        # Told of others in general: "we spoke to 40 hiring managers about why they decided to
        # go another way".
        r"\b(?:why|how|when)\s+(?:they|companies|employers|recruiters|hiring\s+managers|clients)\b",
        _ADVICE,
    ),
    negatable=False,
)
