"""The one facade the shells call: open a workspace, run use cases in transactions.

`Workspace` is assembled from one mixin per area so that each stays small: tracking
(applications, people, interviews, signals, outcomes), scoring (the odds), planning (actions,
agenda, goals, drafts, calendar), overview (the board and insights), accounts (server mode)
and mail (import, matching, review).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from offerwatch.core.timeutil import utcnow
from offerwatch.service import login_limits, sessions
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

    # Web sessions (server mode): plain functions in service/sessions.py.
    def start_session(self, user_id: int, max_age_seconds: int) -> str:
        """A new web session for the user; returns the token its cookie carries."""
        return sessions.start_session(self, user_id, max_age_seconds)

    def session_user(self, token: str | None) -> int | None:
        """The user of a live web session, or None."""
        return sessions.session_user(self, token)

    def end_session(self, token: str | None) -> None:
        """End one web session (logout)."""
        sessions.end_session(self, token)

    def end_all_sessions(self, username: str) -> int:
        """Sign a user out everywhere (admin); returns how many sessions ended."""
        return sessions.end_all_sessions(self, username)

    def end_my_sessions(self) -> int:
        """Sign the current user out on every browser."""
        return sessions.end_my_sessions(self)

    # The sign-in limiter's counts: plain functions in service/login_limits.py.
    def reserve_login(
        self, keys: list[str], now: float, window: float
    ) -> list[tuple[str, int, float]]:
        """Count one sign-in attempt on each key; (key, attempts, window start) per key."""
        return login_limits.reserve_login(self, keys, now, window)

    def settle_login(
        self, *, release: list[str], clear: list[str], now: float, window: float
    ) -> None:
        """After an attempt that was not a failure: give back or forget its counts."""
        login_limits.settle_login(self, release=release, clear=clear, now=now, window=window)


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
