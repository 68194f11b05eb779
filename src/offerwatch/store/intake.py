"""Queries for mail intake: what is known before an import, and applying one batch's intake."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, update

from offerwatch.core.entities import Direction, ObservationSource, PersonRole, Stage, Status
from offerwatch.core.intake import looks_like_thanks
from offerwatch.core.intake_values import (
    Intake,
    InterviewKey,
    InterviewRef,
    Invitation,
    Known,
    ReplyRef,
    SentRef,
)
from offerwatch.core.mail_domains import domain_of, is_free_mail, registrable
from offerwatch.core.signals import SignalKind
from offerwatch.store import invitations as qv
from offerwatch.store import messages as qm
from offerwatch.store import queries as q
from offerwatch.store import tables as t
from offerwatch.store.mail_addresses import my_addresses, refile_own_mail
from offerwatch.store.update_row import update_row


def knowledge(conn: Connection, user_id: int) -> Known:
    """Everything intake needs to know, in a few reads for the whole import."""
    m, p, i = t.messages, t.people, t.interviews
    known = Known(ctx=qm.match_context(conn, user_id), me=my_addresses(conn, user_id))
    a = t.applications
    known.status = {
        r.id: Status(r.status)
        for r in conn.execute(select(a.c.id, a.c.status).where(a.c.user_id == user_id))
    }
    referees = conn.execute(
        select(p.c.email).where(p.c.user_id == user_id, p.c.role == PersonRole.REFERENCE.value)
    ).all()
    known.referees = {r.email.lower() for r in referees if r.email}
    ap = t.application_people
    known.person_ids = {
        (r.application_id, r.email.lower()): r.id
        for r in conn.execute(
            select(p.c.id, p.c.email, ap.c.application_id)
            .join(ap, ap.c.person_id == p.c.id)
            .where(p.c.user_id == user_id, p.c.email.is_not(None))
        )
    }
    known.referee_domains = {
        registrable(domain_of(r.email))
        for r in referees
        if r.email and domain_of(r.email) and not is_free_mail(domain_of(r.email))
    }
    ld = t.learned_domains
    known.undone = {
        (r.company_id, r.domain)
        for r in conn.execute(
            select(ld.c.company_id, ld.c.domain).where(
                ld.c.user_id == user_id, ld.c.state == "undone"
            )
        )
    }
    for r in conn.execute(
        select(i.c.id, i.c.application_id, i.c.stage, i.c.scheduled_start, i.c.scheduled_end,
               i.c.actual_end, i.c.cancelled_at)
        .where(i.c.user_id == user_id)
        .order_by(i.c.scheduled_start, i.c.id)
    ):  # fmt: skip
        ref = InterviewRef(r.id, Stage(r.stage), r.scheduled_start, r.actual_end or r.scheduled_end,
                           cancelled=r.cancelled_at is not None)  # fmt: skip
        known.interviews.setdefault(r.application_id, []).append(ref)
    for r in conn.execute(
        select(m.c.message_id, m.c.application_id, m.c.direction, m.c.date, m.c.subject,
               m.c.body, m.c.from_addr, m.c.in_reply_to, m.c.references)
        .where(m.c.user_id == user_id, m.c.message_id.is_not(None))
    ):  # fmt: skip
        if r.direction == Direction.OUT.value:
            thanks = looks_like_thanks(r.subject or "", (r.body or "")[:1500])
            known.sent[r.message_id] = SentRef(
                r.message_id, r.application_id, r.date, thanks, r.subject or ""
            )
            continue
        reply = ReplyRef(r.message_id, r.application_id, r.date, r.from_addr or "")
        for ref in dict.fromkeys([r.in_reply_to, *(r.references or "").split()]):
            if ref:
                known.replies.setdefault(ref, []).append(reply)
    o = t.observations
    for r in conn.execute(
        select(o.c.application_id, o.c.observed_at).where(
            o.c.user_id == user_id, o.c.kind == SignalKind.THANK_YOU_QUICK_REPLY.value
        )
    ):
        known.quick_replies.setdefault(r.application_id, []).append(r.observed_at)
    ci = t.calendar_invitations
    known.invitations = {
        r.uid: (r.interview_id, r.sequence)
        for r in conn.execute(
            select(ci.c.uid, ci.c.interview_id, ci.c.sequence).where(ci.c.user_id == user_id)
        )
    }
    return known


def apply(conn: Connection, user_id: int, intake: Intake, known: Known, now: datetime) -> None:
    """Store one batch's intake (inside the caller's transaction)."""
    inserted = _insert_messages(conn, user_id, intake, now)
    rows = {message_id: row_id for message_id, (row_id, _) in inserted.items()}
    wanted = [o.message_id for o in intake.observations if o.message_id not in rows]
    wanted += [d.message_id for d in intake.domains if d.message_id not in rows]
    rows.update(message_rows(conn, user_id, wanted))
    interviews = _apply_interviews(conn, user_id, intake, known, now, inserted)

    def interview_id(key: InterviewKey | None) -> int | None:
        if key is None or isinstance(key, int):
            return key
        return interviews.get(key) or _invitation_interview(conn, user_id, key)

    observed = [
        {
            "user_id": user_id, "application_id": obs.app_id,
            "interview_id": interview_id(obs.interview), "message_id": rows.get(obs.message_id),
            "kind": obs.kind, "observed_at": obs.at, "source": ObservationSource.EMAIL.value,
            "evidence": obs.evidence, "expected_by": obs.expected_by, "created_at": now,
        }
        for obs in intake.observations
    ]  # fmt: skip
    if observed:  # the rows of q.insert_observation, in one executemany (no id read back)
        conn.execute(insert(t.observations), observed)
    for change in intake.statuses:
        q.update_status(conn, user_id, change.app_id, change.status, change.at)
    ld = t.learned_domains
    for learned in intake.domains:
        qm.add_company_domain(conn, user_id, learned.company_id, learned.domain)
        conn.execute(
            delete(ld).where(
                ld.c.user_id == user_id,
                ld.c.company_id == learned.company_id,
                ld.c.domain == learned.domain,
            )
        )
        conn.execute(
            insert(ld).values(
                user_id=user_id, company_id=learned.company_id, domain=learned.domain,
                message_id=rows.get(learned.message_id), state="learned", learned_at=now,
            )
        )  # fmt: skip
    if intake.me_added:
        inferred = qm.self_addresses(conn, user_id) | intake.me_added
        qm.save_self_addresses(conn, user_id, inferred)
        refile_own_mail(conn, user_id, intake.me_added)  # mail stored by earlier imports


def _insert_messages(
    conn: Connection, user_id: int, intake: Intake, now: datetime
) -> dict[str, tuple[int, str | None]]:
    """Insert the filed messages in one statement; Message-ID -> (row id, stored events)."""
    if not intake.filed:
        return {}
    values: list[dict[str, Any]] = [
        {
            "user_id": user_id, "application_id": f.app_id, "message_id": f.parsed.message_id,
            "in_reply_to": f.parsed.msg.in_reply_to,
            "references": " ".join(f.parsed.msg.references),
            "thread_id": qm.thread_root(f.parsed.msg, f.parsed.message_id),
            "direction": f.direction.value, "from_addr": f.parsed.msg.from_addr,
            "to_addrs": " ".join(f.parsed.msg.recipients), "date": f.parsed.msg.date,
            "subject": f.parsed.msg.subject, "body": f.parsed.msg.body, "review": f.review,
            "created_at": now, "match_reason": f.match_reason, "language": f.language,
            "warning": f.warning, "invitations": invitations_json(f.parsed.invitations),
        }
        for f in intake.filed
    ]  # fmt: skip
    m = t.messages
    if conn.dialect.name == "sqlite":
        # SQLite cannot return ids in the order of a many-row insert, so SQLAlchemy would
        # insert one row a statement. The caller holds the write lock (BEGIN IMMEDIATE):
        # the ids SQLite would give (the largest so far, plus one, and on) are given here,
        # and the rows go in one executemany, nothing read back.
        first = int(conn.execute(select(func.max(m.c.id))).scalar() or 0) + 1
        for row_id, row in enumerate(values, first):
            row["id"] = row_id
        conn.execute(insert(m), values)
        return {row["message_id"]: (row["id"], row["invitations"]) for row in values}
    result = conn.execute(  # PostgreSQL returns them in order from one many-row insert
        insert(m).returning(m.c.id, m.c.message_id, m.c.invitations, sort_by_parameter_order=True),
        values,
    )
    return {r.message_id: (int(r.id), r.invitations) for r in result}


def invitations_json(invitations: Sequence[Invitation]) -> str | None:
    """The calendar events of a message as stored with it (None when it carries none)."""
    if not invitations:
        return None
    return json.dumps(
        [
            {
                "uid": inv.uid, "method": inv.method, "summary": inv.summary,
                "start": inv.start.isoformat() if inv.start else None,
                "end": inv.end.isoformat() if inv.end else None,
                "attendees": list(inv.attendees), "sequence": inv.sequence,
            }
            for inv in invitations
        ]
    )  # fmt: skip


def message_invitations(conn: Connection, user_id: int, row_id: int) -> tuple[Invitation, ...]:
    """The calendar events stored with message `row_id` (none when unreadable)."""
    m = t.messages
    stored = conn.execute(
        select(m.c.invitations).where(m.c.id == row_id, m.c.user_id == user_id)
    ).scalar()
    try:
        return tuple(_invitation(e) for e in json.loads(stored or "[]"))
    except (ValueError, TypeError, KeyError):
        return ()


def _invitation(event: dict[str, Any]) -> Invitation:
    def when(value: str | None) -> datetime | None:
        return datetime.fromisoformat(value) if value else None

    return Invitation(
        uid=str(event["uid"]), method=str(event["method"]), start=when(event["start"]),
        end=when(event["end"]), summary=str(event.get("summary", "")),
        attendees=tuple(str(a) for a in event.get("attendees", ())),
        sequence=int(event.get("sequence", 0)),
    )  # fmt: skip


def message_rows(conn: Connection, user_id: int, message_ids: Iterable[str]) -> dict[str, int]:
    """Message-ID -> row id for stored messages."""
    ids = list(dict.fromkeys(message_ids))
    if not ids:
        return {}
    m = t.messages
    rows = conn.execute(
        select(m.c.id, m.c.message_id).where(m.c.user_id == user_id, m.c.message_id.in_(ids))
    )
    return {r.message_id: int(r.id) for r in rows}


def _invitation_interview(conn: Connection, user_id: int, uid: str) -> int | None:
    ci = t.calendar_invitations
    found = conn.execute(
        select(ci.c.interview_id).where(ci.c.user_id == user_id, ci.c.uid == uid)
    ).scalar()
    return None if found is None else int(found)


def _apply_interviews(
    conn: Connection,
    user_id: int,
    intake: Intake,
    known: Known,
    now: datetime,
    inserted: Mapping[str, tuple[int, str | None]],
) -> dict[str, int]:
    """Create, move or cancel the interviews of invitations; calendar UID -> interview id.
    What each did is recorded on its message (`inserted`: the batch's messages as their
    insert returned them; others are read), one write per message."""
    ci, i = t.calendar_invitations, t.interviews
    created: dict[str, int] = {}
    applied: dict[str, dict[str, dict[str, Any]]] = {}  # Message-ID -> UID -> record

    def note(message_id: str, uid: str, target: int, before: dict[str, Any] | None) -> None:
        record = qv.applied_record(conn, user_id, target, before)
        applied.setdefault(message_id, {})[uid] = record

    for change in intake.interviews:
        target = change.interview or created.get(change.uid)
        if target is None:
            target = _invitation_interview(conn, user_id, change.uid)
        before = None if target is None else qv.state_before(conn, user_id, target)
        if change.action == "cancel":
            if target is not None:  # kept and marked: a later invitation may revive it
                conn.execute(
                    update(i)
                    .where(i.c.id == target, i.c.user_id == user_id, i.c.cancelled_at.is_(None))
                    .values(cancelled_at=change.at or now, version=i.c.version + 1)
                )
                conn.execute(
                    update(ci)
                    .where(ci.c.user_id == user_id, ci.c.uid == change.uid)
                    .values(sequence=change.sequence)
                )
                note(change.message_id, change.uid, target, before)
            continue
        assert change.start is not None and change.end is not None
        if target is None:
            target = q.insert_interview(
                conn, user_id, change.app_id, stage=change.stage, start=change.start,
                end=change.end, actual_end=None, notes=change.notes, timeline_text=None,
                timeline_date=None, person_ids=change.person_ids, now=now,
            )  # fmt: skip
            conn.execute(
                insert(ci).values(
                    user_id=user_id, uid=change.uid, interview_id=target,
                    sequence=change.sequence,
                )
            )  # fmt: skip
        else:
            # Moved, and revived when it was cancelled.
            update_row(conn, i, user_id, target, scheduled_start=change.start,
                       scheduled_end=change.end, cancelled_at=None)  # fmt: skip
            conn.execute(
                update(ci)
                .where(ci.c.user_id == user_id, ci.c.uid == change.uid)
                .values(sequence=change.sequence)
            )
        note(change.message_id, change.uid, target, before)
        created[change.uid] = target
        known.invitations[change.uid] = (target, change.sequence)
    stored = {**qv.stored_events(conn, user_id, (k for k in applied if k not in inserted)),
              **inserted}  # fmt: skip
    for message_id, records in applied.items():
        if message_id in stored:
            row_id, events = stored[message_id]
            qv.note_applied(conn, user_id, row_id, events, records)
    for refs in known.interviews.values():  # the batch's new interviews now have ids
        refs[:] = [
            InterviewRef(created[r.key], r.stage, r.start, r.end)
            if isinstance(r.key, str) and r.key in created
            else r
            for r in refs
        ]
    return created
