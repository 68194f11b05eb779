"""Use cases for reviewing mail: the job mail no application claims, what an import found
message by message, accept, undo, and turning a message into an application or a person."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from offerwatch.core.entities import Direction, Message, Status
from offerwatch.errors import BadInput, NotFound
from offerwatch.service import settings, tracking
from offerwatch.service.context import Context
from offerwatch.service.validate import MAX_PAGE, REVIEW_PAGE
from offerwatch.store import messages as qm
from offerwatch.store import tables as t

# The detection rules load in the use cases that read mail, not for every command.
if TYPE_CHECKING:
    from sqlalchemy import Connection

    from offerwatch.core.mail_message import MailMessage
    from offerwatch.store.invitations import InvitationUndone


@dataclass(frozen=True, slots=True)
class ReviewItem:
    """A stored job message that no application claims yet, with what might fit and why."""

    message: Message
    signals: tuple[str, ...]
    candidates: tuple[int, ...]
    reason: str
    language: str | None = None
    # Import found it cut off: no signs are read from it (assigning it records none either).
    truncated: bool = False


@dataclass(frozen=True, slots=True)
class ReviewPage:
    """One page of the review list: its items, the whole list's length, where it is."""

    items: tuple[ReviewItem, ...]
    total: int
    page: int
    limit: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.limit))

    @property
    def has_next(self) -> bool:
        return self.page < self.pages

    @property
    def has_previous(self) -> bool:
        return self.page > 1


def _as_mail(msg: Message) -> MailMessage:
    """A stored message in the shape the detection and matching rules read."""
    from offerwatch.core.mail_message import MailMessage

    return MailMessage(
        message_id=msg.message_id, in_reply_to=msg.in_reply_to, references=msg.references,
        from_addr=msg.from_addr, from_name="", to_addrs=msg.to_addrs, cc_addrs=(),
        date=msg.date, subject=msg.subject, body=msg.body,
    )  # fmt: skip


UNDONE_REASON = "sent back to review by you"
CONFIRMED = "confirmed by you"


@dataclass(frozen=True, slots=True)
class Finding:
    """One stored message of an import: where it was read, the application it was filed
    under (None: in review), the signs read from it and why it matched."""

    where: str
    message: Message
    review: str  # matched | pending | dismissed
    app_id: int | None
    company: str | None
    role: str | None
    signs: tuple[str, ...]
    reason: str


@dataclass(frozen=True, slots=True)
class MessageDraft:
    """What a message suggests for a new application and its sender as a person."""

    message_id: int
    company: str
    role: str
    person: str
    email: str


def _unrecorded(msg: Message, review: str) -> tuple[str, ...]:
    """The signs of a message in review: read from it, not recorded until it is filed."""
    if review != "pending" or msg.direction is not Direction.IN or msg.language is not None:
        return ()
    from offerwatch.core.detection import detect

    return tuple(dict.fromkeys(d.kind for d in detect(msg.subject, msg.body, msg.date)))


def review_list(ctx: Context, *, limit: int | None = None, offset: int = 0) -> list[ReviewItem]:
    """Job mail no application claims yet (none fits, more than one does, or its
    language is one the rules do not read), with the reason it was not filed; oldest
    first, `limit` messages from `offset` when given."""
    from offerwatch.core.detection import detect
    from offerwatch.core.mail_match import match_message

    if (limit is not None and limit < 1) or offset < 0:
        raise BadInput("the page size must be at least 1 and the offset not negative")
    with ctx.read() as conn:
        pending = qm.pending_messages(conn, ctx.user_id, limit=limit, offset=offset)
        known = qm.match_context(conn, ctx.user_id)
    items = []
    for msg in pending:
        kinds: tuple[str, ...] = ()
        # A message cut off at import: its signs are neither shown nor recorded on assign
        # (the lost part may take back what the kept part says).
        truncated = _truncated(msg)
        if msg.direction is Direction.IN and msg.language is None and not truncated:
            found = detect(msg.subject, msg.body, msg.date)
            kinds = tuple(dict.fromkeys(d.kind for d in found))
        match = match_message(_as_mail(msg), msg.direction, known)
        reason = msg.match_reason or match.reason
        items.append(
            ReviewItem(msg, kinds, match.candidates, reason, msg.language, truncated=truncated)
        )
    return items


def review_page(ctx: Context, page: int = 1, limit: int = REVIEW_PAGE) -> ReviewPage:
    """One page (numbered from 1) of the review list, with the total to page through."""
    if page < 1 or limit < 1 or limit > MAX_PAGE:
        raise BadInput(f"the page must be at least 1 and the page size 1 to {MAX_PAGE}")
    with ctx.read() as conn:
        total = qm.count_pending(conn, ctx.user_id)
    items = review_list(ctx, limit=limit, offset=(page - 1) * limit)
    return ReviewPage(tuple(items), total, page, limit)


def assign_message(ctx: Context, message_id: int, app_id: int) -> int:
    """Link a stored message to an application and apply what it carries, as if it had
    matched at import: its signs, the interview its calendar invitation creates, moves or
    cancels (attendees on file as the people met), the domain it teaches. Returns how many
    observations were added."""
    with ctx.write() as conn:
        found = qm.get_message(conn, ctx.user_id, message_id)
        if found is None:
            raise NotFound("message", message_id)
        ctx.require(conn, t.applications, app_id, "application")
        return _assign(ctx, conn, found[0], app_id)


def move_message(ctx: Context, message_id: int, app_id: int) -> tuple[Unfiled, int]:
    """File a message under another application, in one transaction: what its filing did
    is taken back (as unassign_message), then applied to `app_id` (as assign_message).
    Returns what was taken back and how many observations were added."""
    with ctx.write() as conn:
        found = qm.get_message(conn, ctx.user_id, message_id)
        if found is None:
            raise NotFound("message", message_id)
        msg, review = found
        if review != "matched":
            raise BadInput(f"message {message_id} is not filed under an application")
        if msg.application_id == app_id:
            raise BadInput(f"message {message_id} is already filed under that application")
        ctx.require(conn, t.applications, app_id, "application")
        removed, undone = qm.unfile_message(conn, ctx.user_id, message_id, UNDONE_REASON)
        return Unfiled(removed, tuple(undone)), _assign(ctx, conn, msg, app_id)


def _assign(ctx: Context, conn: Connection, msg: Message, app_id: int) -> int:
    """assign_message of the stored `msg` inside the caller's transaction (the caller has
    checked that the message and the application are the user's)."""
    from offerwatch.core.intake import take_assigned
    from offerwatch.core.intake_values import Parsed
    from offerwatch.store import intake as qi

    assert msg.id is not None
    message_id = msg.id
    qm.set_message_review(conn, ctx.user_id, message_id, app_id, "matched")
    qm.set_match_reason(conn, ctx.user_id, message_id, "assigned by you")
    if msg.direction is not Direction.IN or not msg.message_id:
        return 0
    known = qi.knowledge(conn, ctx.user_id)
    parsed = Parsed(
        _as_mail(msg), msg.message_id, where="", truncated=_truncated(msg),
        invitations=qi.message_invitations(conn, ctx.user_id, message_id),
    )  # fmt: skip
    have = qm.observation_kinds(conn, ctx.user_id, message_id)
    intake = take_assigned(parsed, app_id, known, have)
    qi.apply(conn, ctx.user_id, intake, known, ctx.clock())
    return len(intake.observations)


def _truncated(msg: Message) -> bool:
    """Whether import found the message cut off (its warning says so): no conclusion."""
    from offerwatch.core.intake import TRUNCATED

    return TRUNCATED in (msg.warning or "")


def dismiss_message(ctx: Context, message_id: int) -> None:
    """Take a message off the review list: it is not about any application."""
    with ctx.write() as conn:
        if qm.get_message(conn, ctx.user_id, message_id) is None:
            raise NotFound("message", message_id)
        qm.set_message_review(conn, ctx.user_id, message_id, None, "dismissed")


def import_findings(ctx: Context, found: Sequence[tuple[str, str]]) -> list[Finding]:
    """The stored messages of an import's `found` list ((where, Message-ID) pairs, as
    in ImportSummary.found), in import order, each with its application and signs."""
    where = {mid: place for place, mid in found}
    with ctx.read() as conn:
        rows = qm.findings(conn, ctx.user_id, [mid for _, mid in found])
    return [
        Finding(
            where=where.get(r["message"].message_id or "", ""),
            message=r["message"],
            review=r["review"],
            app_id=r["message"].application_id,
            company=r["company"],
            role=r["role"],
            signs=tuple(dict.fromkeys(r["signs"])) or _unrecorded(r["message"], r["review"]),
            reason=r["message"].match_reason or "",
        )
        for r in rows
    ]


@dataclass(frozen=True, slots=True)
class Unfiled:
    """A message sent back to review: the signs removed, and what became of each interview
    its calendar invitation created, moved or cancelled."""

    signs: int
    interviews: tuple[InvitationUndone, ...] = ()

    def interview_lines(self) -> list[str]:
        """One line for each interview the invitation had changed, saying what became of it."""
        said = {
            "removed": "interview {} (made by its invitation) removed",
            "restored": "interview {} put back as it was before its invitation",
            "kept": "interview {} kept: it was changed since its invitation (edited, a sign "
            "recorded, or a later invitation)",
        }
        return [said[u.outcome].format(u.interview_id) for u in self.interviews]


def unassign_message(ctx: Context, message_id: int) -> Unfiled:
    """Undo the filing of a message: back to review, off its application, the signs read
    from it removed, and the interview its invitation created removed (one it moved or
    cancelled restored) unless changed since; in one transaction."""
    with ctx.write() as conn:
        found = qm.get_message(conn, ctx.user_id, message_id)
        if found is None:
            raise NotFound("message", message_id)
        if found[1] != "matched":
            raise BadInput(f"message {message_id} is not filed under an application")
        removed, undone = qm.unfile_message(conn, ctx.user_id, message_id, UNDONE_REASON)
        return Unfiled(removed, tuple(undone))


def accept_message(ctx: Context, message_id: int) -> None:
    """Confirm that a message is filed right: it keeps its application even when the
    domain that filed it is undone later."""
    with ctx.write() as conn:
        found = qm.get_message(conn, ctx.user_id, message_id)
        if found is None:
            raise NotFound("message", message_id)
        msg, review = found
        if review != "matched":
            raise BadInput(f"message {message_id} is not filed under an application")
        reason = msg.match_reason or ""
        if not reason.startswith(CONFIRMED):
            qm.set_match_reason(
                conn,
                ctx.user_id,
                message_id,
                f"{CONFIRMED} ({reason})" if reason else CONFIRMED,
            )


def message_draft(ctx: Context, message_id: int) -> MessageDraft:
    """Prefill for an application made from a message: the company from the sender's
    domain, the role from the subject, the sender as a person."""
    from offerwatch.core.mail_guess import (
        company_from_sender,
        person_from_address,
        role_from_subject,
    )

    msg = _stored(ctx, message_id)
    return MessageDraft(
        message_id=message_id,
        company=company_from_sender(msg.from_addr),
        role=role_from_subject(msg.subject),
        person=person_from_address(msg.from_addr),
        email=msg.from_addr,
    )


def message_drafts(ctx: Context, messages: Sequence[Message]) -> dict[int, MessageDraft]:
    """message_draft for messages already read (no I/O): id -> draft."""
    from offerwatch.core.mail_guess import (
        company_from_sender,
        person_from_address,
        role_from_subject,
    )

    return {
        m.id: MessageDraft(m.id, company_from_sender(m.from_addr), role_from_subject(m.subject),
                           person_from_address(m.from_addr), m.from_addr)
        for m in messages
        if m.id is not None
    }  # fmt: skip


def application_from_message(ctx: Context, message_id: int, company: str, role: str) -> int:
    """Add an application for a message in review and file the message under it (its
    signs recorded), in one transaction. Returns the new application's id."""
    from offerwatch.service.validate import application_fields
    from offerwatch.store import queries as q

    fields = application_fields({"company": company, "role": role})
    zone = settings.timezone(ctx)
    now = ctx.clock()
    with ctx.write() as conn:
        found = qm.get_message(conn, ctx.user_id, message_id)
        if found is None:
            raise NotFound("message", message_id)
        msg, review = found
        if review == "matched":
            raise BadInput(f"message {message_id} is already filed under an application")
        # Applied no later than the day the mail came (a reply to an application, an invitation).
        applied = min(msg.date.astimezone(zone).date(), now.astimezone(zone).date())
        app_id = q.insert_application(
            conn, ctx.user_id, status=Status.APPLIED, now=now, **{**fields, "applied_on": applied}
        )
        _assign(ctx, conn, msg, app_id)
    return app_id


def add_sender(
    ctx: Context, message_id: int, app_id: int, name: str = "", role: str = "recruiter"
) -> int:
    """Add a message's sender as a person of an application; returns the person's id."""
    from offerwatch.core.mail_guess import person_from_address

    msg = _stored(ctx, message_id)
    if not msg.from_addr or "@" not in msg.from_addr:
        raise BadInput(f"message {message_id} has no sender address")
    with ctx.read() as conn:
        ctx.require(conn, t.applications, app_id, "application")
    person = name.strip() or person_from_address(msg.from_addr) or msg.from_addr
    return tracking.add_person(ctx, app_id, person, role=role, email=msg.from_addr)


def _stored(ctx: Context, message_id: int) -> Message:
    """The user's stored message `message_id`; NotFound otherwise."""
    with ctx.read() as conn:
        found = qm.get_message(conn, ctx.user_id, message_id)
    if found is None:
        raise NotFound("message", message_id)
    return found[0]


__all__ = ["REVIEW_PAGE", "Finding", "MessageDraft", "ReviewItem", "ReviewPage"]
