"""The values of mail intake: what goes in (parsed mail, what is known) and what comes out."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime

from offerwatch.core.detection import Detection
from offerwatch.core.entities import Direction, Stage, Status
from offerwatch.core.mail_match import MatchContext
from offerwatch.core.mail_message import MailMessage

# An interview is named by its stored id, or by the calendar UID of one created this batch.
InterviewKey = int | str


@dataclass(frozen=True, slots=True)
class Invitation:
    """One event of a calendar invitation (text/calendar part or .ics attachment)."""

    uid: str
    method: str  # REQUEST | CANCEL | PUBLISH ...
    start: datetime | None
    end: datetime | None
    summary: str = ""
    attendees: tuple[str, ...] = ()
    sequence: int = 0

    @property
    def cancels(self) -> bool:
        return self.method == "CANCEL"


@dataclass(frozen=True, slots=True)
class Parsed:
    """One parsed message handed to intake, with what its source said about it."""

    msg: MailMessage
    message_id: str  # its Message-ID, or a stable synthetic one
    where: str
    sent: bool = False  # read from a Sent folder or carrying a Sent label
    draft: bool = False  # one of the user's drafts: teaches their address, is not stored
    truncated: bool = False  # no proper end: stored with a warning, no conclusion drawn
    warnings: tuple[str, ...] = ()
    invitations: tuple[Invitation, ...] = ()
    # What detect_both() found (out of job context, in it), when the reader already ran it
    # (in a worker process); None: intake runs detect() itself.
    signs: tuple[tuple[Detection, ...], tuple[Detection, ...]] | None = None
    # message_language() of the message as a 1-tuple, when the reader already ran it.
    language: tuple[str | None] | None = None


@dataclass(frozen=True, slots=True)
class InterviewRef:
    """What intake needs of an interview."""

    key: InterviewKey
    stage: Stage
    start: datetime
    end: datetime
    cancelled: bool = False  # kept so that a later invitation with its UID revives it


@dataclass(frozen=True, slots=True)
class SentRef:
    """One of the user's outgoing messages, as thank-you pairing needs it."""

    message_id: str
    app_id: int | None
    date: datetime
    thanks: bool
    subject: str


@dataclass(frozen=True, slots=True)
class ReplyRef:
    """An incoming message answering another (In-Reply-To or References)."""

    message_id: str
    app_id: int | None
    date: datetime
    from_addr: str


@dataclass(slots=True)
class PairTally:
    """How the first `at` messages of the owner sample share the mail between two
    addresses: messages either takes part in, and for each address how many messages it
    got alone from someone else, and from whom (counts and sets: read once, never again)."""

    at: int = 0
    covered: int = 0
    alone: list[int] = field(default_factory=lambda: [0, 0])
    senders: tuple[set[str], set[str]] = field(default_factory=lambda: (set(), set()))


@dataclass
class Known:
    """What intake knows before a batch (and keeps up to date through it)."""

    ctx: MatchContext
    me: set[str] = field(default_factory=set)  # the user's own addresses
    referees: set[str] = field(default_factory=set)  # addresses of people who are references
    person_ids: dict[tuple[int, str], int] = field(default_factory=dict)  # (app, address) -> id
    referee_domains: set[str] = field(default_factory=set)
    undone: set[tuple[int, str]] = field(default_factory=set)  # (company, domain) not to learn
    status: dict[int, Status] = field(default_factory=dict)
    interviews: dict[int, list[InterviewRef]] = field(default_factory=dict)
    sent: dict[str, SentRef] = field(default_factory=dict)  # Message-ID -> outgoing
    replies: dict[str, list[ReplyRef]] = field(default_factory=dict)  # answered id -> replies
    quick_replies: dict[int, list[datetime]] = field(default_factory=dict)  # app -> when
    # calendar UID -> (interview id, or -1 until stored; SEQUENCE applied)
    invitations: dict[str, tuple[int, int]] = field(default_factory=dict)
    delivered_to: Counter[str] = field(default_factory=Counter)  # recipient counts seen
    seen: int = 0  # messages counted in delivered_to
    # (From, recipients) of the first messages counted: where the user's addresses show
    my_mail_sample: list[tuple[str, frozenset[str]]] = field(default_factory=list)
    # the pair of the user's addresses found in the sample, and the sample size it was
    # looked for at (the sample stops growing, so a long import looks once per size)
    my_pair: tuple[str, ...] = ()
    my_pair_at: int = -1
    # (a, b) -> how the sample read so far shares the mail between them (core.intake:
    # _share_the_mail), so that a grown sample is read only for what it gained
    pair_tallies: dict[tuple[str, str], PairTally] = field(default_factory=dict)
    # how many messages of the sample each address takes part in (From, To or Cc), counted
    # up to `taking_part_at` messages of the sample, in the order addresses first appear
    taking_part: Counter[str] = field(default_factory=Counter)
    taking_part_at: int = 0
    my_names: set[str] = field(default_factory=set)  # display names the user writes under


@dataclass(frozen=True, slots=True)
class Filed:
    """A message to store: where it goes and why."""

    parsed: Parsed
    direction: Direction
    app_id: int | None
    review: str  # matched | pending
    how: str  # thread | person | domain | ats | none
    reason: str
    candidates: tuple[int, ...] = ()
    signals: tuple[str, ...] = ()
    language: str | None = None
    warning: str | None = None

    @property
    def match_reason(self) -> str:
        """How it was filed, as stored with the message: 'thread: reply in the thread...'."""
        return f"{self.how}: {self.reason}" if self.how != "none" else self.reason


@dataclass(frozen=True, slots=True)
class NewObservation:
    """A sign to record from a message (named by its Message-ID)."""

    app_id: int
    kind: str
    at: datetime
    message_id: str
    evidence: str | None = None
    expected_by: date | None = None
    interview: InterviewKey | None = None


@dataclass(frozen=True, slots=True)
class StatusChange:
    app_id: int
    status: Status
    at: datetime


@dataclass(frozen=True, slots=True)
class LearnedDomain:
    """A company domain learned from one message (shown to the user, who may undo it)."""

    company_id: int
    domain: str
    message_id: str


@dataclass(frozen=True, slots=True)
class InterviewChange:
    """An interview an invitation creates (`interview` None), moves (reviving it when it
    was cancelled), or cancels (marks cancelled at `at`, the message's date)."""

    action: str  # create | move | cancel
    app_id: int
    uid: str
    message_id: str
    interview: int | None = None
    start: datetime | None = None
    end: datetime | None = None
    stage: Stage = Stage.INTERVIEW
    sequence: int = 0
    notes: str | None = None
    person_ids: tuple[int, ...] = ()  # attendees who are people on file for the application
    at: datetime | None = None


@dataclass
class Intake:
    """What one batch of mail means: what to store, record, learn and change."""

    filed: list[Filed] = field(default_factory=list)
    observations: list[NewObservation] = field(default_factory=list)
    statuses: list[StatusChange] = field(default_factory=list)
    domains: list[LearnedDomain] = field(default_factory=list)
    interviews: list[InterviewChange] = field(default_factory=list)
    me_added: set[str] = field(default_factory=set)  # addresses learned as the user's
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (where, what)

    @property
    def writes(self) -> bool:
        """True when applying it changes anything stored."""
        return bool(
            self.filed or self.observations or self.statuses or self.domains
            or self.interviews or self.me_added
        )  # fmt: skip


__all__ = [
    "Direction", "Filed", "Intake", "InterviewChange", "InterviewKey", "InterviewRef",
    "Invitation", "Known", "LearnedDomain", "NewObservation", "Parsed", "ReplyRef", "SentRef",
    "StatusChange",
]  # fmt: skip
