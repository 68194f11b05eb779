"""Use cases on the planned actions: Done, Dismiss, Snooze, and undoing each."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection

from offerwatch.core.timeutil import ensure_aware
from offerwatch.errors import BadInput, NotFound
from offerwatch.service.context import Context
from offerwatch.store import plan_queries as pq

# The marks that can be undone, the column each sets, and how an action with it is called.
UNDO_MARKS = {"done": "done_at", "dismiss": "dismissed_at", "snooze": "snoozed_until"}
UNDO_WORDS = {"done": "done", "dismiss": "dismissed", "snooze": "snoozed"}


def require_action(ctx: Context, conn: Connection, action_id: int) -> pq.ActionRecord:
    """The user's action `action_id`; NotFound otherwise."""
    found = pq.get_action(conn, ctx.user_id, action_id)
    if found is None:
        raise NotFound("action", action_id)
    return found


def mark_done(ctx: Context, action_id: int) -> None:
    """Mark an action done (kept when the plan is re-derived)."""
    with ctx.write() as conn:
        row = require_action(ctx, conn, action_id)
        if row.done_at is None:
            pq.update_action(conn, ctx.user_id, action_id, done_at=ctx.clock())


def reopen(ctx: Context, action_id: int) -> None:
    """Undo done, dismiss and snooze on an action."""
    with ctx.write() as conn:
        require_action(ctx, conn, action_id)
        pq.update_action(
            conn, ctx.user_id, action_id, done_at=None, dismissed_at=None, snoozed_until=None
        )


def dismiss(ctx: Context, action_id: int) -> None:
    """Hide an action for good (kept when the plan is re-derived)."""
    with ctx.write() as conn:
        row = require_action(ctx, conn, action_id)
        if row.dismissed_at is None:
            pq.update_action(conn, ctx.user_id, action_id, dismissed_at=ctx.clock())


def snooze(ctx: Context, action_id: int, until: datetime) -> None:
    """Move an action out of sight until `until` (it shows as due then)."""
    until = ensure_aware(until)
    if until <= ctx.clock():
        raise BadInput("snooze until a time in the future")
    with ctx.write() as conn:
        require_action(ctx, conn, action_id)
        pq.update_action(conn, ctx.user_id, action_id, snoozed_until=until)


def action(ctx: Context, action_id: int) -> pq.ActionRecord:
    """One planned action; NotFound when it is not the user's."""
    with ctx.read() as conn:
        return require_action(ctx, conn, action_id)


def undo_mark(ctx: Context, action_id: int, mark: str) -> pq.ActionRecord:
    """Undo one mark on an action: "done", "dismiss" or "snooze" (the others stay).
    BadInput when the action does not carry that mark. Returns the action as stored."""
    column = UNDO_MARKS.get(mark)
    if column is None:
        raise BadInput(f"unknown mark {mark!r}; one of: {', '.join(UNDO_MARKS)}")
    with ctx.write() as conn:
        row = require_action(ctx, conn, action_id)
        if getattr(row, column) is None:
            raise BadInput(f"action {action_id} is not {UNDO_WORDS[mark]}")
        pq.update_action(conn, ctx.user_id, action_id, **{column: None})
        return require_action(ctx, conn, action_id)


def undo_done(ctx: Context, action_id: int) -> pq.ActionRecord:
    """Undo Done: the action is open again."""
    return undo_mark(ctx, action_id, "done")


def undo_dismiss(ctx: Context, action_id: int) -> pq.ActionRecord:
    """Undo Dismiss: the action shows again."""
    return undo_mark(ctx, action_id, "dismiss")


def undo_snooze(ctx: Context, action_id: int) -> pq.ActionRecord:
    """Undo Snooze: the action is due when it was before."""
    return undo_mark(ctx, action_id, "snooze")
