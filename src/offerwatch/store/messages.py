"""Queries for stored mail: messages, what matching needs, learned domains, IMAP sync state."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, update

from offerwatch.core.entities import Message, ObservationSource, Status
from offerwatch.core.mail_match import (
    AppRef,
    MatchContext,
    domains_map,
    people_map,
    thread_map,
    weak_threads,
)
from offerwatch.core.mail_message import MailMessage
from offerwatch.store import rows as row_to
from offerwatch.store import tables as t
from offerwatch.store.invitations import InvitationUndone, take_back
from offerwatch.store.update_row import update_row

SELF_ADDRESSES_KEY = "mail.self_addresses"


def match_context(conn: Connection, user_id: int) -> MatchContext:
    """Applications, company domains, people and stored threads of the user."""
    a, c, p, ap, m = t.applications, t.companies, t.people, t.application_people, t.messages
    closed = {s.value for s in Status if not s.is_open}
    apps = {
        r.id: AppRef(
            r.id,
            r.company_id,
            r.name,
            r.status not in closed,
            since=r.applied_on or (r.created_at.date() if r.created_at else None),
            role=r.role or "",
        )
        for r in conn.execute(
            select(
                a.c.id,
                a.c.company_id,
                a.c.status,
                a.c.applied_on,
                a.c.created_at,
                a.c.role,
                c.c.name,
            )
            .join(c, c.c.id == a.c.company_id)
            .where(a.c.user_id == user_id)
        )
    }
    domains = {
        r.id: r.domains
        for r in conn.execute(select(c.c.id, c.c.domains).where(c.c.user_id == user_id))
    }
    people = conn.execute(
        select(p.c.email, ap.c.application_id)
        .join(ap, ap.c.person_id == p.c.id)
        .where(p.c.user_id == user_id, p.c.email.is_not(None))
    )
    threads = conn.execute(
        select(m.c.message_id, m.c.application_id, m.c.match_reason).where(m.c.user_id == user_id)
    ).all()
    return MatchContext(
        apps=apps,
        company_domains=domains_map(domains),
        people=people_map((r.email, r.application_id) for r in people),
        threads=thread_map((r.message_id, r.application_id) for r in threads),
        weak=weak_threads((r.message_id, r.match_reason) for r in threads),
    )


def thread_root(msg: MailMessage, message_id: str) -> str:
    """The first message of the thread, as far as this message knows."""
    return msg.references[0] if msg.references else msg.in_reply_to or message_id


def get_message(conn: Connection, user_id: int, row_id: int) -> tuple[Message, str] | None:
    """A stored message and its review state (matched | pending | dismissed)."""
    m = t.messages
    row = conn.execute(select(m).where(m.c.id == row_id, m.c.user_id == user_id)).first()
    return (row_to.message(row), row.review) if row else None


def messages_of(conn: Connection, user_id: int, app_id: int) -> list[Message]:
    m = t.messages
    rows = conn.execute(
        select(m)
        .where(m.c.user_id == user_id, m.c.application_id == app_id)
        .order_by(m.c.date, m.c.id)
    )
    return [row_to.message(r) for r in rows]


def pending_messages(
    conn: Connection, user_id: int, *, limit: int | None = None, offset: int = 0
) -> list[Message]:
    """The review list, oldest first; one page of it when `limit` is given (the database
    pages: a long review list is never loaded whole)."""
    m = t.messages
    query = (
        select(m).where(m.c.user_id == user_id, m.c.review == "pending").order_by(m.c.date, m.c.id)
    )
    if limit is not None:
        query = query.limit(limit).offset(offset)
    return [row_to.message(r) for r in conn.execute(query)]


def subjects_and_dates(
    conn: Connection, user_id: int, message_ids: Sequence[str]
) -> dict[str, tuple[str, datetime]]:
    """Message-ID -> (subject, date) of the user's stored messages among `message_ids`
    (those a match reason names; the unique (user, Message-ID) index finds each)."""
    m = t.messages
    found: dict[str, tuple[str, datetime]] = {}
    wanted = sorted(set(message_ids))
    for start in range(0, len(wanted), 500):  # a bounded IN list whatever the page holds
        rows = conn.execute(
            select(m.c.message_id, m.c.subject, m.c.date).where(
                m.c.user_id == user_id, m.c.message_id.in_(wanted[start : start + 500])
            )
        )
        found.update({r.message_id: (r.subject, r.date) for r in rows})
    return found


def count_pending(conn: Connection, user_id: int) -> int:
    """How many messages wait for review."""
    m = t.messages
    found = conn.execute(
        select(func.count()).select_from(m).where(m.c.user_id == user_id, m.c.review == "pending")
    ).scalar()
    return int(found or 0)


def set_message_review(
    conn: Connection, user_id: int, row_id: int, app_id: int | None, review: str
) -> None:
    m = t.messages
    conn.execute(
        update(m)
        .where(m.c.id == row_id, m.c.user_id == user_id)
        .values(application_id=app_id, review=review)
    )


def set_match_reason(conn: Connection, user_id: int, row_id: int, reason: str) -> None:
    m = t.messages
    conn.execute(
        update(m).where(m.c.id == row_id, m.c.user_id == user_id).values(match_reason=reason)
    )


def observation_kinds(conn: Connection, user_id: int, message_row: int) -> set[str]:
    o = t.observations
    rows = conn.execute(
        select(o.c.kind).where(o.c.user_id == user_id, o.c.message_id == message_row)
    )
    return {r.kind for r in rows}


def add_company_domain(conn: Connection, user_id: int, company_id: int, domain: str) -> bool:
    """Remember that `domain` is the company's; False when it was known already."""
    c = t.companies
    current = conn.execute(
        select(c.c.domains).where(c.c.id == company_id, c.c.user_id == user_id)
    ).scalar()
    known = (current or "").split()
    if current is None or domain in known:
        return False
    conn.execute(
        update(c)
        .where(c.c.id == company_id, c.c.user_id == user_id)
        .values(domains=" ".join([*known, domain]))
    )
    return True


def sync_state(conn: Connection, user_id: int, account: str) -> dict[str, tuple[int, int]]:
    """folder -> (UIDVALIDITY, last UID seen) for one IMAP account."""
    s = t.mail_sync
    rows = conn.execute(select(s).where(s.c.user_id == user_id, s.c.account == account))
    return {r.folder: (r.uidvalidity, r.last_uid) for r in rows}


def save_sync(
    conn: Connection, user_id: int, account: str, folder: str, uidvalidity: int, last_uid: int
) -> None:
    s = t.mail_sync
    where = (s.c.user_id == user_id, s.c.account == account, s.c.folder == folder)
    conn.execute(delete(s).where(*where))
    conn.execute(
        insert(s).values(
            user_id=user_id,
            account=account,
            folder=folder,
            uidvalidity=uidvalidity,
            last_uid=last_uid,
        )
    )


def self_addresses(conn: Connection, user_id: int) -> set[str]:
    """The user's own mail addresses (learned from their Sent folders)."""
    s = t.settings
    value = conn.execute(
        select(s.c.value).where(s.c.user_id == user_id, s.c.key == SELF_ADDRESSES_KEY)
    ).scalar()
    return set((value or "").split())


def save_self_addresses(conn: Connection, user_id: int, addresses: set[str]) -> None:
    s = t.settings
    where = (s.c.user_id == user_id, s.c.key == SELF_ADDRESSES_KEY)
    conn.execute(delete(s).where(*where))
    conn.execute(
        insert(s).values(user_id=user_id, key=SELF_ADDRESSES_KEY, value=" ".join(sorted(addresses)))
    )


def findings(conn: Connection, user_id: int, message_ids: Sequence[str]) -> list[dict[str, Any]]:
    """Stored messages by Message-ID, each with its review state, the application it is
    filed under (company, role) and the kinds of the signs read from it; in the given order."""
    m, a, c, o = t.messages, t.applications, t.companies, t.observations
    found: dict[str, dict[str, Any]] = {}
    ids = list(dict.fromkeys(message_ids))
    for start in range(0, len(ids), 500):  # bounded IN lists
        chunk = ids[start : start + 500]
        rows = conn.execute(
            select(m, c.c.name.label("company"), a.c.role.label("role"))
            .outerjoin(a, (a.c.id == m.c.application_id) & (a.c.user_id == user_id))
            .outerjoin(c, c.c.id == a.c.company_id)
            .where(m.c.user_id == user_id, m.c.message_id.in_(chunk))
        )
        by_row: dict[int, dict[str, Any]] = {}
        for r in rows:
            item = {"message": row_to.message(r), "review": r.review, "company": r.company,
                    "role": r.role, "signs": []}  # fmt: skip
            found[r.message_id] = by_row[r.id] = item
        if by_row:
            for r in conn.execute(
                select(o.c.message_id, o.c.kind)
                .where(o.c.user_id == user_id, o.c.message_id.in_(list(by_row)))
                .order_by(o.c.id)
            ):
                by_row[r.message_id]["signs"].append(r.kind)
    return [found[i] for i in ids if i in found]


def unfile_message(
    conn: Connection, user_id: int, row_id: int, reason: str | None
) -> tuple[int, list[InvitationUndone]]:
    """Send a message back to review: off its application, the status it set and the signs
    read from it removed, and what its calendar invitations did taken back (an interview it
    made removed, one it moved or cancelled restored, unless changed since); `reason` is the
    new match reason (None: kept). Returns how many signs were removed, and the interviews."""
    m, o = t.messages, t.observations
    filed = conn.execute(
        select(m.c.application_id, m.c.date).where(m.c.id == row_id, m.c.user_id == user_id)
    ).first()
    if filed is not None and filed.application_id is not None:
        _undo_status(conn, user_id, int(filed.application_id), filed.date)
    removed = conn.execute(
        delete(o).where(
            o.c.user_id == user_id,
            o.c.message_id == row_id,
            o.c.source == ObservationSource.EMAIL.value,
        )
    ).rowcount
    values: dict[str, Any] = {"application_id": None, "review": "pending"}
    if reason is not None:
        values["match_reason"] = reason
    conn.execute(update(m).where(m.c.id == row_id, m.c.user_id == user_id).values(**values))
    return int(removed or 0), take_back(conn, user_id, row_id)


def _undo_status(conn: Connection, user_id: int, app_id: int, at: datetime) -> None:
    """Take back the status change a message made (an offer, a rejection: recorded at the
    message's date), when it is still the application's latest; the one before it returns."""
    a, sc = t.applications, t.status_changes
    changes = conn.execute(
        select(sc.c.id, sc.c.status, sc.c.changed_at)
        .where(sc.c.user_id == user_id, sc.c.application_id == app_id)
        .order_by(sc.c.id.desc())
        .limit(2)
    ).all()
    current = conn.execute(select(a.c.status).where(a.c.id == app_id)).scalar()
    if len(changes) < 2 or changes[0].changed_at != at or changes[0].status != current:
        return
    conn.execute(delete(sc).where(sc.c.id == changes[0].id))
    update_row(conn, a, user_id, app_id, status=changes[1].status)
