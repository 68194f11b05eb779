"""Totals of the paged lists (the API's X-Total-Count and Link headers)."""

from __future__ import annotations

from collections.abc import Iterable

from offerwatch.core.entities import Status
from offerwatch.service._base import WorkspaceBase
from offerwatch.store import paging as qp
from offerwatch.store import tables as t


class TotalsMixin(WorkspaceBase):
    """How many rows each paged list holds in all."""

    def count_applications(self, statuses: Iterable[Status] | None = None) -> int:
        with self.read() as conn:
            return qp.count_applications(conn, self.user_id, statuses)

    def count_interviews(self, app_id: int | None = None) -> int:
        with self.read() as conn:
            return qp.count_of_application(conn, t.interviews, self.user_id, app_id)

    def count_observations(self, app_id: int | None = None) -> int:
        with self.read() as conn:
            return qp.count_of_application(conn, t.observations, self.user_id, app_id)
