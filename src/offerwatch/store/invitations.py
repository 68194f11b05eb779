"""What a message's calendar invitation did to an interview, and taking it back.

Each event stored with a message (messages.invitations, JSON) gets an "applied" record
when import applies it: the interview it created, moved or cancelled, a digest of the
interview's fields right after, and (moved or cancelled) its state before. Sending the
message back to review takes the change back: a created interview is removed, a moved or
cancelled one returns to its state before; unless the interview changed since (an edit, a
sign recorded at it, a later invitation still filed), in which case it is kept as it is.
A digest of the fields, not the row's version: taking back a later invitation first
returns the interview to exactly the state an earlier one left, which then counts as
unchanged.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, delete, func, select, update

from offerwatch.store import tables as t
from offerwatch.store.update_row import update_row


@dataclass(frozen=True, slots=True)
class InvitationUndone:
    """What sending a message back to review did to one interview its invitation changed:
    "removed" (it created it), "restored" (moved or cancelled back), or "kept" (changed
    since: left as it is)."""

    interview_id: int
    outcome: str


def state_before(conn: Connection, user_id: int, interview_id: int) -> dict[str, Any] | None:
    """The interview's state an invitation is about to change (None: no such interview)."""
    i, ci = t.interviews, t.calendar_invitations
    row = conn.execute(
        select(i.c.scheduled_start, i.c.scheduled_end, i.c.cancelled_at).where(
            i.c.id == interview_id, i.c.user_id == user_id
        )
    ).first()
    if row is None:
        return None
    sequence = conn.execute(
        select(ci.c.sequence).where(ci.c.user_id == user_id, ci.c.interview_id == interview_id)
    ).scalar()
    return {
        "start": row.scheduled_start.isoformat(),
        "end": row.scheduled_end.isoformat(),
        "cancelled_at": row.cancelled_at.isoformat() if row.cancelled_at else None,
        "sequence": sequence,
    }


def applied_record(
    conn: Connection, user_id: int, interview_id: int, before: dict[str, Any] | None
) -> dict[str, Any]:
    """What applying an event did, right after it did it: the interview, a digest of its
    fields now, and its state `before` (None: the event created it)."""
    return {"interview": interview_id, "digest": _digest(conn, user_id, interview_id),
            "before": before}  # fmt: skip


def note_applied(
    conn: Connection,
    user_id: int,
    row_id: int,
    stored: str | None,
    records: Mapping[str, dict[str, Any]],
) -> None:
    """Record on message `row_id`, whose stored events are `stored` (as its insert returned
    them, or as read), what applying them did: `records` by event UID, one write."""
    events = _events(stored)
    if not events or not any(e.get("uid") in records for e in events):
        return
    for event in events:
        if event.get("uid") in records:
            event["applied"] = records[event["uid"]]
    m = t.messages
    conn.execute(
        update(m)
        .where(m.c.id == row_id, m.c.user_id == user_id)
        .values(invitations=json.dumps(events))
    )


def stored_events(
    conn: Connection, user_id: int, message_ids: Iterable[str]
) -> dict[str, tuple[int, str | None]]:
    """Message-ID -> (row id, stored events) of messages stored before this batch."""
    ids = list(dict.fromkeys(message_ids))
    if not ids:
        return {}
    m = t.messages
    rows = conn.execute(
        select(m.c.message_id, m.c.id, m.c.invitations).where(
            m.c.user_id == user_id, m.c.message_id.in_(ids)
        )
    )
    return {r.message_id: (int(r.id), r.invitations) for r in rows}


def take_back(conn: Connection, user_id: int, row_id: int) -> list[InvitationUndone]:
    """Take back what the invitations of message `row_id` did, latest first (call after
    its own signs are removed); the records are cleared, so filing it again re-applies."""
    m = t.messages
    stored = conn.execute(
        select(m.c.invitations).where(m.c.id == row_id, m.c.user_id == user_id)
    ).scalar()
    events = _events(stored)
    done: list[InvitationUndone] = []
    for event in reversed(events):
        applied = event.pop("applied", None)
        if not isinstance(applied, dict) or not isinstance(applied.get("interview"), int):
            continue
        outcome = _take_back_one(conn, user_id, applied)
        if outcome is not None:
            done.append(InvitationUndone(applied["interview"], outcome))
    if events:
        conn.execute(update(m).where(m.c.id == row_id).values(invitations=json.dumps(events)))
    return done


def _take_back_one(conn: Connection, user_id: int, applied: dict[str, Any]) -> str | None:
    i, ci, o = t.interviews, t.calendar_invitations, t.observations
    iid = applied["interview"]
    digest = _digest(conn, user_id, iid)
    if digest is None:
        return None  # deleted meanwhile: nothing to take back
    # The message's own signs are gone by now: any sign still at it was recorded since.
    signs_since = conn.execute(
        select(func.count()).select_from(o).where(o.c.user_id == user_id, o.c.interview_id == iid)
    ).scalar()
    before = applied.get("before")
    if digest != applied.get("digest") or (before is None and signs_since):
        return "kept"
    if before is None:
        conn.execute(delete(i).where(i.c.id == iid, i.c.user_id == user_id))
        return "removed"
    update_row(
        conn, i, user_id, iid,
        scheduled_start=datetime.fromisoformat(before["start"]),
        scheduled_end=datetime.fromisoformat(before["end"]),
        cancelled_at=_when(before.get("cancelled_at")),
    )  # fmt: skip
    if before.get("sequence") is not None:
        conn.execute(
            update(ci)
            .where(ci.c.user_id == user_id, ci.c.interview_id == iid)
            .values(sequence=int(before["sequence"]))
        )
    return "restored"


def _digest(conn: Connection, user_id: int, interview_id: int) -> str | None:
    """A digest of what the user sees and edits of an interview (None: no such interview)."""
    i, ip = t.interviews, t.interview_people
    row = conn.execute(
        select(i.c.stage, i.c.scheduled_start, i.c.scheduled_end, i.c.actual_end, i.c.notes,
               i.c.timeline_text, i.c.timeline_date, i.c.cancelled_at)
        .where(i.c.id == interview_id, i.c.user_id == user_id)
    ).first()  # fmt: skip
    if row is None:
        return None
    people = sorted(
        conn.execute(select(ip.c.person_id).where(ip.c.interview_id == interview_id)).scalars()
    )
    fields = [_plain(v) for v in row] + [people]
    return hashlib.sha256(json.dumps(fields).encode()).hexdigest()[:32]


def _plain(value: Any) -> Any:
    """A field as JSON holds it: a time as UTC ISO text (the same on every database)."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat() if value.tzinfo else value.isoformat()
    return value if value is None or isinstance(value, (str, int)) else str(value)


def without_applied(stored: str | None) -> str | None:
    """A message's stored events without what applying them did (an export read into
    another database: its interview ids name other rows there)."""
    events = _events(stored)
    if not any("applied" in e for e in events):
        return stored
    return json.dumps([{k: v for k, v in e.items() if k != "applied"} for e in events])


def _when(value: Any) -> datetime | None:
    return datetime.fromisoformat(value) if isinstance(value, str) else None


def _events(stored: str | None) -> list[dict[str, Any]]:
    try:
        events = json.loads(stored or "[]")
    except ValueError:
        return []
    return [e for e in events if isinstance(e, dict)] if isinstance(events, list) else []
