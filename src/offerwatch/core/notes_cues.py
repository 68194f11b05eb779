"""The cue words of each sign as candidates write them in their own interview notes.

Patterns run on a clause that is already lower case, with shorthand spelt out and negated
contractions opened ("didn't" is "did not"). Each cue names what happened, not who did it
or whether it happened: `core.notes_signs` decides that from the words around the cue
(negation before or after it, a hedge, the candidate as the one who asked).
"""

from __future__ import annotations

import re
from dataclasses import dataclass


def _rx(*parts: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in parts)


@dataclass(frozen=True)
class Cue:
    """How one sign shows in a note, and whose act it must be."""

    kind: str
    patterns: tuple[re.Pattern[str], ...]
    # The interviewer's act: a clause whose subject is the candidate ("I mentioned my
    # notice", "I smiled a lot") does not carry it.
    theirs: bool = True
    # Something the candidate may have asked about: "I asked about next steps" carries it
    # only when the interviewer then answered ("... she said a panel next").
    answerable: bool = False
    # What a negated cue says instead ("no eye contact" is negative body language).
    negated_as: str | None = None
    # Seen only when it already happened: "they'll show me round next time" is not it.
    past_only: bool = False
    # Not yet, when something still to come is about it ("expect a call from HR about salary").
    later: bool = False
    # Counts only in a sentence that also has one of these (the framing of a request).
    framing: re.Pattern[str] | None = None


_MINUTES = r"(?:minutes?|mins?|min|hours?|hrs?|hr|h)"

POSITIVE_BODY_LANGUAGE = Cue(
    "positive_body_language",
    _rx(
        r"\bsmil(?:e|ed|es|ing|ey|y)\b",
        r"\bnod(?:s|ded|ding)?\b",
        r"\blean(?:ed|t|ing|s)?\s+(?:in|forward)\b",
        r"\beye[- ]contact\b",
        r"\blaugh(?:ed|ing|s|ter)?\b",
        r"\b(?:warm|warmly|friendly)\b",
        r"\b(?:open|relaxed)\s+(?:body\s+language|posture)\b",
        r"\b(?:positive|good|great)\s+body\s+language\b",
        r"\bgrin(?:ned|ning|s)?\b|\bbeam(?:ed|ing)\b|\blit\s+up\b|\banimated\b|\benthusiastic\b",
    ),
    negated_as="negative_body_language",
)

NEGATIVE_BODY_LANGUAGE = Cue(
    "negative_body_language",
    _rx(
        r"\bdistracted\b",
        r"\b(?:check(?:ing|ed)?|look(?:ing|ed)?\s+at|glanc(?:ing|ed)\s+at|on)\s+(?:his|her|their|the)\s+"
        r"(?:phones?|watch|clock|laptop|emails?|screen|door|time)\b",
        r"\bsomewhere\s+else\s+to\s+be\b",
        r"\bcheck(?:ing|ed)\s+(?:his\s+|her\s+|their\s+)?(?:slack|teams|messages|notifications|inbox)\b",
        r"\bmultitask\w*|\brolled\s+(?:his|her|their)\s+eyes\b|\beye[- ]?roll\w*|\bslouch\w*",
        r"\bzon(?:ed|ing)\s+out\b|\b(?:seemed|was|were|looked|totally|completely)\s+checked\s+out\b|\bglazed\s+over\b",
        r"\b(?:barely|hardly|never|did\s+not)\s+look(?:ed)?\s+up\b",
        r"\bstar(?:ed|ing)\s+at\s+(?:his|her|their|the)\s+(?:phones?|screen|laptop|notes|desk)\b",
        r"\b(?:barely|hardly|never|did\s+not)\s+(?:said|say|spoke|speak)\s+(?:a\s+word|anything|much)\b",
        r"^(?:very\s+|quite\s+|pretty\s+|a\s+bit\s+|so\s+)?(?:cold|curt|dismissive|distant|unfriendly|stiff|"
        r"rushed)\b",
        r"\btyping\b",
        r"\byawn(?:ed|ing|s)?\b",
        r"\bfrown(?:ed|ing|s)?\b",
        r"\b(?:bored|disengaged|uninterested|disinterested|unengaged|unimpressed)\b",
        r"\barms\s+(?:crossed|folded)\b|\b(?:crossed|folded)\s+(?:his|her|their)\s+arms\b",
        r"\bfidget\w*",
        r"\blook(?:ed|ing)\s+(?:away|out\s+(?:of\s+)?the\s+window|annoyed|fed\s+up)\b",
        r"\bcameras?\s+off\b",
        r"\b(?:cutting|cut)\s+me\s+off\b|\binterrupt(?:ed|ing|s)?\b",
        r"\b(?:one-word|short|curt|clipped)\s+(?:answers|replies|responses)\b",
        r"\b(?:seemed|was|were|looked|felt|bit|very|quite|really)\s+(?:cold|curt|dismissive|off|flat|"
        r"rushed|impatient|annoyed|irritated|tired|distant|stiff)\b",
        r"\breading\s+(?:from|off)\s+(?:a|the|her|his)\s+(?:script|notes|list)\b",
        r"\b(?:did\s+not|was\s+not|were\s+not|not)\s+(?:really\s+)?listen(?:ing)?\b",
        r"\bsigh(?:ed|ing|s)?\b|\bstone[- ]faced\b|\bpoker[- ]faced?\b",
    ),
)

RAN_OVER_TIME = Cue(
    "ran_over_time",
    _rx(
        r"\b(?:ran|run|running|went|going)\s+(?:\w+\s+){0,4}?(?:over|long|longer)\b"
        r"(?!\s+(?:my|his|her|their|our|it|them|some|what|how|each|everything|things|details|"
        r"a\b|an\b|the\s+(?!slot|time|hour|schedule|allotted|allocated|booking|planned)))",
        r"\bover\s*-?\s*r[au]n(?:ning)?\b",
        r"\b\d+\s*" + _MINUTES + r"\s+over\b",
        r"\b(?:longer|more)\s+than\s+(?:planned|scheduled|expected|booked|allotted|allocated|"
        r"intended|the\s+(?:slot|hour|time))\b",
        r"\bover\s+(?:time|schedule)\b|\bovertime\b",
        r"\b\d+\s*(?:minutes|mins?|min|m)\s+(?:past|beyond|after)\s+(?:the\s+)?(?:hour|end|slot|time)\b",
        r"\bpast\s+(?:the\s+)?(?:scheduled|allotted|planned|booked)\s+(?:end|time|slot)\b",
        r"\binto\s+(?:the|their|her|his|my)\s+next\s+(?:slot|meeting)\b",
        r"\bkept\s+me\s+(?:for\s+)?(?:an\s+)?(?:extra|longer|over)\b",
        r"\b(?:an\s+)?(?:extra|additional)\s+(?:\d+\s+)?(?:minutes|hour|hours|mins|half\s+hour)\b",
    ),
    theirs=False,
)

ENDED_EARLY = Cue(
    "ended_early",
    _rx(
        r"\bcut\s+(?:\w+\s+)?short\b|\b(?:got|was|were)\s+cut\s+off\b",
        r"\b(?:ended|finished|wrapped(?:\s+up)?|done|over|stopped|closed|called\s+it|let\s+(?:me|us)\s+go)\s+"
        r"(?:\w+\s+){0,3}?"
        r"(?:early|ahead\s+of\s+(?:schedule|time))\b",
        r"\bended\s+(?:\w+\s+){0,3}?abruptly\b|\babrupt(?:ly)?\s+end",
        r"\b\d+\s*(?:minutes|mins?|min)\s+(?:before\s+the\s+(?:end|hour)|short)\b",
        r"\b(?:had|needed)\s+to\s+(?:leave|go|rush\s+off|run|jump\s+off)\s+early\b",
        r"\bwith\s+\d+\s*(?:minutes|mins?|min)\s+(?:to\s+spare|left)\b",
        r"\bonly\s+(?:lasted|took|went\s+on\s+for)\s+(?:about\s+)?\d+\s*(?:minutes|mins?|min)\b",
        r"\bover\s+(?:with\s+)?in\s+(?:about\s+|under\s+)?\d+\s*(?:minutes|mins?|min)\b",
        r"\bdid\s+not\s+(?:use|take|need)\s+the\s+(?:full|whole)\s+(?:hour|time|slot)\b",
        r"\bearly\s+finish\b|\b(?:run|ran)\s+out\s+of\s+(?:questions|things\s+to\s+ask)\b",
    ),
    theirs=False,
)

ATTENTIVE_INTERVIEWER = Cue(
    "attentive_interviewer",
    _rx(
        r"\bfollow[- ]?ups?\b(?!\s+(?:interview|call|chat|meeting|round|conversation|session|email|"
        r"stage))",
        r"\b(?:elaborate|expand\s+on|go\s+deeper|dig(?:ging)?\s+deeper|dug\s+(?:into|deep)|"
        r"drill(?:ed|ing)?\s+(?:into|down)|deep[- ]dive)\b",
        r"\basked\s+(?:me\s+)?(?:lots|loads|tons|plenty|a\s+lot|so\s+many|many)\s+(?:(?:of\s+)?questions(?!\s+about\s+(?:my\s+)?(?:family|kids|children|hobb\w+|"
        r"weekends?|personal|life))|about\s+(?:it|"
        r"my\s+(?:project|work|experience|role|code|design|approach|thesis|research)))\b",
        r"\brapport\b",
        r"\b(?:conversation|chat|discussion|it)\s+(?:just\s+|really\s+)?flowed\b|"
        r"\b(?:flowing|natural|easy)\s+conversation\b",
        r"\b(?:lovely|great|really\s+good|genuine|proper|real|easy)\s+(?:chat|conversation|discussion)\b",
        r"\b(?:very|really|super|genuinely)\s+(?:engaged|interested|attentive|curious)\b",
        r"\b(?:took|taking|scribbl(?:ing|ed)|writing|wrote)\s+(?:lots\s+of\s+|loads\s+of\s+)?notes\b",
        r"\bwanted\s+to\s+see\s+(?:the|my)\s+(?:repo|code|portfolio|work|designs?)\b",
        r"\bspent\s+(?:ages|a\s+long\s+time|a\s+lot\s+of\s+time|\w+\s+minutes)\s+on\s+my\b",
        r"\b(?:we\s+)?clicked\b|\bgot\s+on\s+(?:really\s+|very\s+|so\s+)?well\b|\bgot\s+along\b|"
        r"\bhit\s+it\s+off\b",
        r"\b(?:go|went|going)\s+into\s+(?:more|further|a\s+lot\s+of|lots\s+of)\s+detail\b",
        r"\bprob(?:ed|ing|es)\b|\b(?:chatty|talkative)\b",
        r"\btwo[- ]way\s+(?:conversation|chat|discussion)\b|\bback[- ]and[- ]forth\b",
        r"\bconversational\b|\b(?:felt|was|very|so)\s+(?:so\s+|very\s+|really\s+)?natural\b",
        r"\b(?:very|really|totally|completely|fully)\s+(?:focused|present)\b",
        r"\b(?:really|actively|genuinely|properly)\s+listen(?:ed|ing)\b|\bwanted\s+to\s+know\s+more\b",
        r"\bkept\s+asking\b|\bfollowed\s+up\s+on\b|\bpicked\s+up\s+on\b|\basked\s+for\s+(?:more\s+)?examples\b",
        r"\b(?:in-depth|in\s+depth|detailed|probing|thoughtful|sharp|great|good)\s+questions\b",
        r"\basked\s+me\s+to\s+(?:walk|talk|take)\s+(?:them\s+|him\s+|her\s+)?through\b",
    ),
)

PERSONAL_INTEREST = Cue(
    "personal_interest",
    _rx(
        r"\bhobb(?:y|ies)\b",
        r"\b(?:interests|life)\s+outside\b|\boutside\s+(?:of\s+)?work\b|\b(?:free|spare)\s+time\b",
        r"\b(?:my|our)\s+(?:\w+\s+)?(?:family|kids?|children|son|daughter|partner|wife|husband|"
        r"girlfriend|boyfriend|mum|mom|parents|dog|cat|pets?|weekends?|vacations?|favou?rite\s+\w+|"
        r"holidays?|travels?|upbringing|hometown|volunteering|training|sport|music|reading)\b",
        r"\bwhat\s+i(?:'d)?\s+(?:do|like\s+to\s+do|enjoy|read|love)\b(?!\s+(?:in|at)\s+(?:work|my\s+job))",
        r"\bwhat\s+(?:motivates|drives|excites)\s+me\b",
        r"\bgrew\s+up\b|\bwhere\s+i(?:'m|\s+am)\s+from\b",
        r"\b(?:culture|team|cultural|personality)\s+fit\b|\b(?:team|company)\s+culture\b",
        r"\b(?:me\s+as\s+a\s+person|me\s+personally|personal\s+(?:stuff|questions|life|interests))\b",
        r"\bwe\s+both\s+(?:love|like|enjoy|play|support|grew|went|have|are)\b|\b(?:connected|bonded)\s+over\b",
        r"\b(?:common|shared)\s+interests?\b|\bgot\s+(?:quite\s+)?personal\b",
        r"\bsmall\s+talk\s+about\s+(?!(?:the\s+)?(?:role|job|work|company|project|tech))\w+",
        r"\b(?:chatted|talked|bonded|small\s+talk)\s+(?:\w+\s+)?about\s+(?:football|cricket|rugby|"
        r"tennis|golf|hiking|climbing|running|cycling|skiing|sailing|surfing|swimming|fishing|"
        r"gardening|baking|cooking|music|films?|books?|travel\w*|kids|family|"
        r"holidays?|the\s+weekend|pets?|dogs?)\b",
    ),
    answerable=True,
)

NEXT_STEPS_REVIEWED = Cue(
    "next_steps_reviewed",
    _rx(
        r"\bnext\s+(?:steps?|stage|round|phase|interview)\b",
        r"\b(?:final|second|2nd|third|3rd|last|further|another|technical|onsite|on-site|panel)\s+"
        r"(?:round|stage|interview)s?\b|\b(?:a|the)\s+final\s+with\b",
        r"\b(?:two|three|2|3|more)\s+(?:more\s+)?(?:rounds|stages|interviews)\b",
        r"\b(?:explained|outlined|walked\s+me\s+through|went\s+through|talked\s+(?:me\s+)?through|"
        r"described|laid\s+out|set\s+out)\s+(?:the\s+|their\s+)?(?:\w+\s+)?(?:process|timeline|steps|"
        r"stages|next)\b",
        r"\bwhat\s+happens\s+next\b|\bwhat\s+comes\s+next\b|\bhow\s+the\s+(?:\w+\s+)?process\s+works\b",
        r"\b(?:walk-?through|overview|rundown|run-?through)\s+of\s+(?:\w+\s+){0,3}?(?:process|steps|"
        r"stages|timeline|onboarding)\b",
        r"\b(?:do|complete|send(?:\s+me)?|set)\s+(?:a|an|the)\s+(?:\w+\s+)?(?:technical\s+test|"
        r"take[- ]home|case\s+study|assignment|coding\s+(?:test|challenge|exercise)|assessment|"
        r"presentation)\b",
        r"\b(?:told|said)\s+(?:me\s+)?(?:to\s+)?expect\s+(?:a|an|the)\s+(?:call|email|message|invite)\b",
        r"\b(?:be\s+)?meeting\s+the\s+(?:md|ceo|cto|founders?|vp|director|head)\b",
    ),
    answerable=True,
    # A round named in passing ("after the technical round") is not a step ahead.
    framing=re.compile(
        r"\b(?:will|would|'ll|'d|going\s+to|then|next|explained|outlined|walked|mentioned|said|"
        r"told|described|process|invit\w*|want\w*|like|requested|before|is\s+(?:a|an|the)|be)\b"
    ),
)

MET_OTHER_EMPLOYEES = Cue(
    "met_other_employees",
    _rx(
        r"\b(?:showed|show|shown|took)\s+me\s+(?:a?round|the\s+(?:office|offices|floor|lab|site|"
        r"building|studio|space))\b",
        r"\btour\b",
        r"\bmet\s+(?!(?:him|her|them|the\s+(?:hiring\s+manager|recruiter|interviewer))\b)"
        r"(?:\w+\s+){0,4}?(?:team|devs?|developers|engineers|people|colleagues|staff|founders?|ceo|"
        r"cto|md|vp|designers?|members|folks|others|postdocs|everyone|managers?|peers|lead|"
        r"analysts|director|head|partner|partners)\b",
        r"\bintroduc(?:ed|tions?)\b",
        r"\b(?:popped|came|stopped|dropped|poked\s+(?:their|his|her)\s+head)\s+(?:in|by)\b",
        r"\bjoined\b(?!\s+(?:the\s+company|in\s+\d|\w+\s+in\s+\d))",
        r"\b(?:lunch|coffee|drinks)\s+with\b",
        r"\b(?:spoke|chatted|talked)\s+(?:with|to)\s+(?:\d+|two|three|four|a\s+few|some|a\s+couple|"
        r"other|the\s+team|several)\b",
    ),
    theirs=False,
    past_only=True,
)

SALARY_DISCUSSED = Cue(
    "salary_discussed",
    _rx(
        r"\bsal(?:ary|aries|ry|lary|ery)\b",
        r"\b(?:pay|compensation|comp|remuneration|package|money)\b(?!\s+attention)",
        r"\b(?:asked|ask|discussed|talked|covered)\s+(?:\w+\s+){0,2}?expectations\b",
        r"[£$€]\s?\d|\b\d{2,3}\s?k\b",
        r"\b(?:currently\s+)?earn(?:ing|s)?\b|\b(?:salary|pay|expected|my)\s+(?:range|band|bracket)\b",
        r"\b(?:salary|money|pay|comp)[- ]wise\b|\bwages?\b",
        r"\btotal\s+compensation\b|\bwhat\s+i'?m\s+on\b|\bmy\s+number\b|\bequity\b|\bday\s+rate\b",
    ),
    theirs=False,
    answerable=True,
    later=True,
)

NOTICE_PERIOD_ASKED = Cue(
    "notice_period_asked",
    _rx(
        r"\bnotice(?:\s+period)?\b",
        r"\bavailability\b(?!\s+for\b|\s+to\s+(?:come|do|meet|interview|chat|talk|speak|visit))",
        r"\b(?:when|how\s+soon|how\s+quickly|if|whether)\s+i(?:'d)?\s+(?:could|can|would|might)?\s*"
        r"(?:be\s+(?:able|free|ready)\s+to\s+)?(?:start|join|be\s+available)\b",
        r"\bstart(?:ing)?\s+dates?\b|\bavailable\s+to\s+start\b|\bearliest\s+(?:i\s+could\s+)?start\b",
        r"\bwhen\s+my\s+(?:current\s+)?(?:contract|notice|role|job)\s+(?:ends|finishes|is\s+up|runs\s+out)\b",
    ),
    answerable=False,
    later=True,
)

REFERENCES_REQUESTED = Cue(
    "references_requested",
    _rx(r"\breferences?\b(?!\s+to\b)|\breferees?\b|\breference\s+checks?\b"),
    answerable=True,
)

FOLLOW_UP_INTERVIEW = Cue(
    "follow_up_interview",
    _rx(
        r"\b(?:another|one\s+more|a\s+further|an\s+additional|additional|second|2nd|third|3rd|"
        r"follow[- ]?up)\s+(?:\w+\s+)?(?:interview|round|call|chat|meeting|conversation|session)\b",
        r"\b(?:invited|asked|want|wants|wanted|like|have|get)\s+me\s+(?:to\s+come\s+)?back\b",
        r"\b(?:meet|speak|talk|chat)\s+(?:with\s+me\s+)?again\b",
        r"\bcome\s+back\s+(?:in|for|next|to)\b(?!\s+(?:me|us|you|everyone)\b)|\bsee\s+me\s+again\b",
        r"\b(?:like|love|want|wants|wanted)\s+(?:for\s+)?me\s+to\s+(?:meet|come|speak|talk|chat)\b",
        r"\b(?:set\s+up|arrange|schedule|book)\s+(?:a|another)\s+(?:\w+\s+)?(?:call|chat|meeting|interview)\s+"
        r"with\b",
        r"\b(?:availability|available|free)\s+(?:for|to)\s+(?:\w+\s+){0,6}?(?:final|interview|round|call|"
        r"chat|meeting)\b",
    ),
    answerable=True,
    framing=re.compile(
        r"\b(?:like|love|want|wants|wanted|need|needs|confirmed|lined\s+up|invit\w*|asked\s+(?:me|for)|requested|book\w*|schedul\w*|arrang\w*|"
        r"set\s+up|come\s+back|back\s+for|me\s+back|see\s+me)\b"
    ),
)

# The words the cues turn on, which a slip of the keyboard should not hide ("smilled",
# "distarcted", "notcie"): core.notes_signs takes a near miss of one of them for it.
TYPO_TARGETS = """
smiled smiling nodded nodding laughed laughing distracted checking glancing yawning frowning
fidgeting interrupted interrupting disengaged uninterested unimpressed introduced introduction
showed engineers developers colleagues designers founders follow questions elaborate engaged
attentive rapport conversation curious hobbies family weekend weekends holiday personal
personally culture motivates salary compensation package expectations remuneration notice
period availability references referees reference decision decide feedback explained outlined
process minutes schedule scheduled finished overran wrapped second another invited
"""

# What, next to a time phrase, makes it the date of their decision (not of the next round).
DECISION_WORDS = re.compile(
    r"\b(?:decision|decide|decided|deciding|hear\s+back|hear|let\s+(?:me|us|everyone|candidates)\s+"
    r"know|get\s+back|come\s+back\s+to|back\s+to\s+(?:me|everyone|us|all)|feedback|answer|outcome|"
    r"update|news|results?|respond|response|in\s+touch|offer|timeline|timeframe|close\s+the\s+role|"
    r"fill\s+the\s+(?:role|position)|make\s+a\s+hire|(?:should|will|'ll|would)\s+know)\b"
)

CUES = (
    POSITIVE_BODY_LANGUAGE,
    NEGATIVE_BODY_LANGUAGE,
    RAN_OVER_TIME,
    ENDED_EARLY,
    ATTENTIVE_INTERVIEWER,
    PERSONAL_INTEREST,
    NEXT_STEPS_REVIEWED,
    MET_OTHER_EMPLOYEES,
    SALARY_DISCUSSED,
    NOTICE_PERIOD_ASKED,
    REFERENCES_REQUESTED,
    FOLLOW_UP_INTERVIEW,
)
