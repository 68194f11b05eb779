"""Messages indexed for the planner: outgoing by recipient, incoming by application."""

from __future__ import annotations

import sys
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from datetime import datetime

from offerwatch.core.entities import Direction, Message


class MailIndex:
    """The messages indexed for the rules: outgoing by recipient, incoming by application."""

    def __init__(self, messages: Iterable[Message]) -> None:
        self.out_to: dict[str, list[datetime]] = {}
        self.in_by_app: dict[int, list[tuple[datetime, int]]] = {}
        for m in messages:
            if m.direction is Direction.OUT:
                for address in {a.lower() for a in m.to_addrs}:
                    self.out_to.setdefault(address, []).append(m.date)
            elif m.application_id is not None:
                self.in_by_app.setdefault(m.application_id, []).append((m.date, m.id))
        for dates in self.out_to.values():
            dates.sort()
        for received in self.in_by_app.values():
            received.sort()

    def sent_to(self, email: str | None, after: datetime) -> datetime | None:
        """The date of the first outgoing message to `email` dated at or after `after`."""
        dates = self.out_to.get(email.lower(), []) if email else []
        i = bisect_left(dates, after)
        return dates[i] if i < len(dates) else None

    def received(self, app_id: int, after: datetime) -> list[tuple[datetime, int]]:
        """(date, id) of the messages about the application that came in after `after`."""
        received = self.in_by_app.get(app_id, [])
        return received[bisect_right(received, (after, sys.maxsize)) :]

    def replied_after(self, app_id: int, after: datetime, except_id: int | None = None) -> bool:
        """True if a message about the application came in after `after` (one may be
        excepted: the mail that stated the timeline)."""
        received = self.in_by_app.get(app_id, [])
        i = bisect_right(received, (after, sys.maxsize))
        return any(message_id != except_id for _, message_id in received[i:])
