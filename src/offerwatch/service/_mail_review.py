"""Use cases for what an import found: per-message results, accept, undo, and turning a
message into an application or a person."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from offerwatch.core.entities import Direction, Message
from offerwatch.errors import BadInput, NotFound
from offerwatch.service._base import WorkspaceBase
from offerwatch.store import messages as qm
from offerwatch.store import tables as t

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


class MailReviewMixin(WorkspaceBase):
    """What an import found, message by message, and the user's corrections to it."""

    def import_findings(self, found: Sequence[tuple[str, str]]) -> list[Finding]:
        """The stored messages of an import's `found` list ((where, Message-ID) pairs, as
        in ImportSummary.found), in import order, each with its application and signs."""
        where = {mid: place for place, mid in found}
        with self.read() as conn:
            rows = qm.findings(conn, self.user_id, [mid for _, mid in found])
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

    def unassign_message(self, message_id: int) -> int:
        """Undo the filing of a message: back to review, off its application, and the signs
        read from it removed (in one transaction). Returns how many signs were removed."""
        with self.write() as conn:
            found = qm.get_message(conn, self.user_id, message_id)
            if found is None:
                raise NotFound("message", message_id)
            if found[1] != "matched":
                raise BadInput(f"message {message_id} is not filed under an application")
            return qm.unfile_message(conn, self.user_id, message_id, UNDONE_REASON)

    def accept_message(self, message_id: int) -> None:
        """Confirm that a message is filed right: it keeps its application even when the
        domain that filed it is undone later."""
        with self.write() as conn:
            found = qm.get_message(conn, self.user_id, message_id)
            if found is None:
                raise NotFound("message", message_id)
            msg, review = found
            if review != "matched":
                raise BadInput(f"message {message_id} is not filed under an application")
            reason = msg.match_reason or ""
            if not reason.startswith(CONFIRMED):
                qm.set_match_reason(
                    conn,
                    self.user_id,
                    message_id,
                    f"{CONFIRMED} ({reason})" if reason else CONFIRMED,
                )

    def message_draft(self, message_id: int) -> MessageDraft:
        """Prefill for an application made from a message: the company from the sender's
        domain, the role from the subject, the sender as a person."""
        from offerwatch.core.mail_guess import (
            company_from_sender,
            person_from_address,
            role_from_subject,
        )

        msg = self._stored(message_id)
        return MessageDraft(
            message_id=message_id,
            company=company_from_sender(msg.from_addr),
            role=role_from_subject(msg.subject),
            person=person_from_address(msg.from_addr),
            email=msg.from_addr,
        )

    def message_drafts(self, messages: Sequence[Message]) -> dict[int, MessageDraft]:
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

    def application_from_message(self, message_id: int, company: str, role: str) -> int:
        """Add an application for a message in review and file the message under it (its
        signs recorded). Returns the new application's id."""
        with self.read() as conn:
            found = qm.get_message(conn, self.user_id, message_id)
        if found is None:
            raise NotFound("message", message_id)
        if found[1] == "matched":
            raise BadInput(f"message {message_id} is already filed under an application")
        app_id = self.add_application(company, role)  # type: ignore[attr-defined]
        self.assign_message(message_id, app_id)  # type: ignore[attr-defined]
        return int(app_id)

    def add_sender(
        self, message_id: int, app_id: int, name: str = "", role: str = "recruiter"
    ) -> int:
        """Add a message's sender as a person of an application; returns the person's id."""
        from offerwatch.core.mail_guess import person_from_address

        msg = self._stored(message_id)
        if not msg.from_addr or "@" not in msg.from_addr:
            raise BadInput(f"message {message_id} has no sender address")
        with self.read() as conn:
            self._require(conn, t.applications, app_id, "application")
        person = name.strip() or person_from_address(msg.from_addr) or msg.from_addr
        return int(self.add_person(app_id, person, role=role, email=msg.from_addr))  # type: ignore[attr-defined]

    def _stored(self, message_id: int) -> Message:
        with self.read() as conn:
            found = qm.get_message(conn, self.user_id, message_id)
        if found is None:
            raise NotFound("message", message_id)
        return found[0]


__all__ = ["Finding", "MailReviewMixin", "MessageDraft"]
