"""Mail intake, calendar part: what the invitations a message carries mean for interviews.

An invitation (METHOD:REQUEST, PUBLISH) is an interview request and creates or moves the
interview its UID stands for; a CANCEL (or STATUS:CANCELLED) marks it cancelled, kept with
its UID, so that a later invitation with the same UID revives it. Pure, like core/intake.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from offerwatch.core.detection import Detection
from offerwatch.core.entities import Stage
from offerwatch.core.intake_values import Intake, InterviewChange, InterviewRef, Known, Parsed
from offerwatch.core.mail_match import Match
from offerwatch.core.signals import SignalKind


def invitation_match(parsed: Parsed, known: Known) -> Match | None:
    """The application whose interview a calendar event of the message already stands for
    (its UID): an update or a CANCEL sent by an address matching does not know, such as a
    scheduling tool's, still reaches the interview. None when no event is known."""
    for inv in parsed.invitations:
        linked = known.invitations.get(inv.uid)
        if linked is None:
            continue
        key = _key_of(inv.uid, linked)
        for app_id, refs in known.interviews.items():
            if any(r.key == key for r in refs) and app_id in known.ctx.apps:
                why = f"an update of the calendar event of an interview on file ({inv.uid[:80]})"
                return Match(app_id, "calendar", (app_id,), why)
    return None


def invitation_requests(parsed: Parsed) -> list[Detection]:
    """An invitation (not a cancellation) is an interview request."""
    return [
        Detection(
            SignalKind.INTERVIEW_REQUEST.value,
            f"calendar invitation: {inv.summary or 'an event'}"
            + (f" on {inv.start:%Y-%m-%d %H:%M %Z}" if inv.start else ""),
        )
        for inv in parsed.invitations[:1]
        if not inv.cancels and inv.start is not None
    ]


def interview_changes(parsed: Parsed, app_id: int, known: Known, intake: Intake) -> None:
    """Create, move or cancel the interview each invitation event stands for: a CANCEL
    marks it cancelled (kept, with its UID), a later REQUEST with that UID revives it."""
    for inv in parsed.invitations:
        linked = known.invitations.get(inv.uid)
        if linked is not None and inv.sequence < linked[1]:
            continue  # an older version of the invitation than the one applied
        refs = known.interviews.setdefault(app_id, [])
        key = _key_of(inv.uid, linked) if linked is not None else inv.uid
        current = next((r for r in refs if linked is not None and r.key == key), None)
        if inv.cancels:
            if linked is None or (current is not None and current.cancelled):
                continue  # an event never seen, or one already cancelled
            if current is not None:
                refs[refs.index(current)] = replace(current, cancelled=True)
            known.invitations[inv.uid] = (linked[0], inv.sequence)
            intake.interviews.append(
                InterviewChange(
                    "cancel", app_id, inv.uid, parsed.message_id, _stored(linked),
                    sequence=inv.sequence, at=parsed.msg.date,
                )
            )  # fmt: skip
            continue
        if inv.start is None or inv.end is None or inv.end <= inv.start:
            continue
        notes = _notes(inv.summary, inv.attendees)
        stage = current.stage if current is not None else Stage.INTERVIEW
        refs[:] = [r for r in refs if r is not current]
        refs.append(InterviewRef(key, stage, inv.start, inv.end))
        refs.sort(key=lambda r: r.start)
        known.invitations[inv.uid] = (linked[0] if linked else -1, inv.sequence)
        action = "move" if linked is not None else "create"
        met = tuple(
            known.person_ids[(app_id, a)] for a in inv.attendees if (app_id, a) in known.person_ids
        )
        intake.interviews.append(
            InterviewChange(
                action, app_id, inv.uid, parsed.message_id, _stored(linked), inv.start,
                inv.end, stage, inv.sequence, notes, met,
            )
        )  # fmt: skip


def _key_of(uid: str, linked: tuple[int, int]) -> int | str:
    return linked[0] if linked[0] >= 0 else uid


def _stored(linked: tuple[int, int] | None) -> int | None:
    return linked[0] if linked and linked[0] >= 0 else None


def _notes(summary: str, attendees: Sequence[str]) -> str:
    who = ", ".join(attendees)
    return f"From a calendar invitation: {summary or 'interview'}" + (
        f" (attendees: {who})" if who else ""
    )
