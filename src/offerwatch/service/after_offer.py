"""After an accepted offer: withdraw the other open applications in one go."""

from __future__ import annotations

from datetime import datetime

from offerwatch.core.entities import Status
from offerwatch.core.timeutil import ensure_aware
from offerwatch.errors import BadInput
from offerwatch.service.context import Context
from offerwatch.store import queries as q
from offerwatch.store import tables as t


def withdraw_others(ctx: Context, accepted_id: int, at: datetime | None = None) -> list[int]:
    """Mark every other open application withdrawn, in one transaction, once an offer
    was accepted; returns their ids. Each change is an ordinary status change (kept in
    the history), so it can be undone one by one."""
    try:
        when = ensure_aware(at) if at is not None else ctx.clock()
    except ValueError as exc:
        raise BadInput(str(exc)) from None
    with ctx.write() as conn:
        ctx.require(conn, t.applications, accepted_id, "application")
        accepted = q.get_application(conn, ctx.user_id, accepted_id)
        assert accepted is not None
        if accepted.status is not Status.ACCEPTED:
            raise BadInput(f"application {accepted_id} has no accepted offer")
        others = [
            a.id
            for a in q.list_applications(conn, ctx.user_id, None)
            if a.id != accepted_id and a.status.is_open
        ]
        for app_id in others:
            q.update_status(conn, ctx.user_id, app_id, Status.WITHDRAWN, when)
    return others
