"""The one facade the shells call: open a workspace, run use cases in transactions.

`Workspace` is assembled from one mixin per area so that each stays small: tracking
(applications, people, interviews, signals, outcomes), scoring (the odds), planning (actions,
agenda, goals, drafts, calendar), overview (the board and insights), accounts (server mode)
and mail (import, matching, review).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from offerwatch.core.timeutil import utcnow
from offerwatch.service import notify
from offerwatch.service._accounts import AccountsMixin
from offerwatch.service._after_offer import AfterOfferMixin
from offerwatch.service._base import WorkspaceBase, open_engines
from offerwatch.service._check import CheckMixin
from offerwatch.service._edit import EditMixin
from offerwatch.service._imports import ImportsMixin
from offerwatch.service._interviews import InterviewsMixin
from offerwatch.service._mail import MailMixin
from offerwatch.service._mail_review import MailReviewMixin
from offerwatch.service._overview import OverviewMixin
from offerwatch.service._planning import PlanningMixin
from offerwatch.service._scoring import ScoringMixin
from offerwatch.service._totals import TotalsMixin
from offerwatch.service._tracking import TrackingMixin
from offerwatch.service._transfer import TransferMixin
from offerwatch.service._trash import TrashMixin
from offerwatch.service._undo import UndoMixin


class Workspace(
    TrackingMixin,
    EditMixin,
    TrashMixin,
    TotalsMixin,
    UndoMixin,
    InterviewsMixin,
    ScoringMixin,
    PlanningMixin,
    OverviewMixin,
    AccountsMixin,
    MailMixin,
    ImportsMixin,
    TransferMixin,
    CheckMixin,
    AfterOfferMixin,
    MailReviewMixin,
    WorkspaceBase,
):
    """Everything offerwatch can do for one user of one database."""

    # Reminders (service/notify.py) --------------------------------------------------------

    def add_channel(self, kind: str, target: str | None = None, **options: Any) -> int:
        """A reminder channel (webhook, ntfy, email, desktop); returns its id."""
        return notify.add_channel(self, kind, target, **options)

    def channels(self) -> list[notify.ChannelView]:
        return notify.channels(self)

    def remove_channel(self, channel_id: int) -> None:
        notify.remove_channel(self, channel_id)

    def try_channels(
        self, channel_id: int | None = None, web_url: str | None = None
    ) -> list[notify.Delivery]:
        """Send a test message on one channel or on all."""
        return notify.try_channels(self, channel_id, web_url)

    def notify_settings(self) -> dict[str, str | None]:
        return notify.notify_settings(self)

    def set_notify_settings(self, **values: str | None) -> dict[str, str | None]:
        return notify.set_notify_settings(self, **values)

    def run_reminders(
        self, now: datetime | None = None, web_url: str | None = None
    ) -> notify.RunReport:
        """Send the reminders and the digest that are due, once each per channel."""
        return notify.run_reminders(self, now, web_url)

    def run_reminders_for_everyone(
        self, now: datetime | None = None, web_url: str | None = None
    ) -> dict[int, notify.RunReport]:
        return notify.run_for_everyone(self, now, web_url)


def open_workspace(
    url: str | None = None,
    *,
    user_id: int | None = None,
    clock: Callable[[], datetime] = utcnow,
) -> Workspace:
    """Open (creating and migrating as needed) the database at `url`, for one user.

    `url` defaults to --db / $OFFERWATCH_DB / the SQLite file in the data directory.
    Without `user_id`, the implicit local user is used (created on first open).
    `clock` returns the current aware datetime (tests pass a fixed one).
    """
    writer, reader = open_engines(url)
    return Workspace(writer, reader, user_id=user_id, clock=clock)


__all__ = ["Workspace", "open_workspace"]
