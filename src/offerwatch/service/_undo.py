"""Undo of the marks on an action: Done, Dismiss and Snooze, one at a time."""

from __future__ import annotations

from sqlalchemy import Connection

from offerwatch.errors import BadInput, NotFound
from offerwatch.service._base import WorkspaceBase
from offerwatch.store import plan_queries as pq

# The marks that can be undone, the column each sets, and how an action with it is called.
UNDO_MARKS = {"done": "done_at", "dismiss": "dismissed_at", "snooze": "snoozed_until"}
UNDO_WORDS = {"done": "done", "dismiss": "dismissed", "snooze": "snoozed"}


class UndoMixin(WorkspaceBase):
    """Take back Done, Dismiss or Snooze (the web's Undo, `offerwatch done ID --undo`)."""

    def undo_mark(self, action_id: int, mark: str) -> pq.ActionRecord:
        """Undo one mark on an action: "done", "dismiss" or "snooze" (the others stay).
        BadInput when the action does not carry that mark. Returns the action as stored."""
        column = UNDO_MARKS.get(mark)
        if column is None:
            raise BadInput(f"unknown mark {mark!r}; one of: {', '.join(UNDO_MARKS)}")
        with self.write() as conn:
            row = _action(conn, self.user_id, action_id)
            if getattr(row, column) is None:
                raise BadInput(f"action {action_id} is not {UNDO_WORDS[mark]}")
            pq.update_action(conn, self.user_id, action_id, **{column: None})
            return _action(conn, self.user_id, action_id)

    def undo_done(self, action_id: int) -> pq.ActionRecord:
        """Undo Done: the action is open again."""
        return self.undo_mark(action_id, "done")

    def undo_dismiss(self, action_id: int) -> pq.ActionRecord:
        """Undo Dismiss: the action shows again."""
        return self.undo_mark(action_id, "dismiss")

    def undo_snooze(self, action_id: int) -> pq.ActionRecord:
        """Undo Snooze: the action is due when it was before."""
        return self.undo_mark(action_id, "snooze")


def _action(conn: Connection, user_id: int, action_id: int) -> pq.ActionRecord:
    found = pq.get_action(conn, user_id, action_id)
    if found is None:
        raise NotFound("action", action_id)
    return found
