"""Queries on the addresses mail is read by: the user's own addresses (their mail is
outgoing) and the company domains intake learned (with undo)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, delete, select, update

from offerwatch.core.entities import Direction, ObservationSource
from offerwatch.store import messages as qm
from offerwatch.store import tables as t

MY_ADDRESSES_KEY = "my_addresses"  # the setting the user writes (CLI, web settings page)


def my_addresses(conn: Connection, user_id: int) -> set[str]:
    """The user's own addresses: the `my_addresses` setting and those import inferred."""
    s = t.settings
    rows = conn.execute(
        select(s.c.value).where(
            s.c.user_id == user_id, s.c.key.in_([MY_ADDRESSES_KEY, qm.SELF_ADDRESSES_KEY])
        )
    )
    found: set[str] = set()
    for (value,) in rows:
        found |= {a.strip().lower() for a in value.replace(",", " ").split() if "@" in a}
    return found


def learned_domains(conn: Connection, user_id: int) -> list[dict[str, object]]:
    """The company domains intake learned, with the message each came from."""
    ld, c, m = t.learned_domains, t.companies, t.messages
    rows = conn.execute(
        select(ld.c.id, ld.c.domain, ld.c.state, ld.c.learned_at, ld.c.company_id,
               c.c.name.label("company"), m.c.id.label("message"), m.c.subject, m.c.from_addr)
        .join(c, c.c.id == ld.c.company_id)
        .outerjoin(m, m.c.id == ld.c.message_id)
        .where(ld.c.user_id == user_id)
        .order_by(ld.c.learned_at, ld.c.id)
    )  # fmt: skip
    return [dict(r._mapping) for r in rows]


def undo_domain(conn: Connection, user_id: int, learned_id: int) -> tuple[int, str] | None:
    """Forget a learned domain: off the company, never learned again for it, and the mail
    it alone filed back to review. Returns (company id, domain), None when unknown."""
    ld, c, m = t.learned_domains, t.companies, t.messages
    row = conn.execute(
        select(ld.c.company_id, ld.c.domain).where(ld.c.id == learned_id, ld.c.user_id == user_id)
    ).first()
    if row is None:
        return None
    current = conn.execute(
        select(c.c.domains).where(c.c.id == row.company_id, c.c.user_id == user_id)
    ).scalar()
    kept = [d for d in (current or "").split() if d != row.domain]
    conn.execute(
        update(c)
        .where(c.c.id == row.company_id, c.c.user_id == user_id)
        .values(domains=" ".join(kept))
    )
    conn.execute(update(ld).where(ld.c.id == learned_id).values(state="undone"))
    filed = conn.execute(
        select(m.c.id)
        .where(
            m.c.user_id == user_id,
            m.c.match_reason.like(f"domain: {row.domain} %"),
            m.c.review == "matched",
        )
        .order_by(m.c.date.desc(), m.c.id.desc())  # a later invitation is taken back first
    ).scalars()
    for row_id in list(filed):
        qm.unfile_message(conn, user_id, row_id, None)
    return int(row.company_id), str(row.domain)


def refile_own_mail(conn: Connection, user_id: int, addresses: Iterable[str]) -> int:
    """Stored mail from the user's own addresses becomes outgoing, and the signs read from it
    as if a recruiter wrote it are removed. Returns how many messages changed."""
    m, o = t.messages, t.observations
    own = [a.lower() for a in addresses]
    if not own:
        return 0
    rows = [
        r.id
        for r in conn.execute(
            select(m.c.id).where(
                m.c.user_id == user_id,
                m.c.direction == Direction.IN.value,
                m.c.from_addr.in_(own),
            )
        )
    ]
    if rows:
        conn.execute(
            delete(o).where(
                o.c.user_id == user_id,
                o.c.message_id.in_(rows),
                o.c.source == ObservationSource.EMAIL.value,
            )
        )
        conn.execute(update(m).where(m.c.id.in_(rows)).values(direction=Direction.OUT.value))
    return len(rows)
