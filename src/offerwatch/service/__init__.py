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

from offerwatch.core.coaching import SeekerSummary
from offerwatch.core.timeutil import utcnow
from offerwatch.service import account_admin as _acc
from offerwatch.service import coaching as _coach
from offerwatch.service import login_limits, notify, sessions
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
from offerwatch.store.accounts import Account, ApiToken
from offerwatch.store.shares import CoachView, Share


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

    def facts_version(self) -> int | None:
        """The user's facts version in the database (bumped by each of their writes); the
        web's result cache is keyed by it. None before the first plan."""
        return sessions.facts_version(self)

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

    # Server mode: accounts (service/account_admin.py) --------------------------------------

    def is_admin(self) -> bool:
        return _acc.is_admin(self)

    def list_users(self) -> list[Account]:
        return _acc.list_users(self)

    def remove_user(self, username: str) -> int:
        return _acc.remove_user(self, username)

    def admin_reset_password(self, user_id: int, password: str) -> str:
        return _acc.admin_reset_password(self, user_id, password)

    def change_password(self, current: str, new: str) -> None:
        _acc.change_password(self, current, new)

    def signup_mode(self) -> str:
        return _acc.signup_mode(self)

    def set_signup_mode(self, mode: str) -> None:
        _acc.set_signup_mode(self, mode)

    def create_invitation(self, days: int = _acc.INVITATION_DAYS) -> str:
        return _acc.create_invitation(self, days)

    def invitation_open(self, secret: str | None) -> bool:
        return _acc.invitation_open(self, secret)

    def sign_up(self, username: str, password: str, invitation: str | None) -> int:
        return _acc.sign_up(self, username, password, invitation)

    def create_api_token(self, name: str) -> str:
        return _acc.create_api_token(self, name)

    def api_tokens(self) -> list[ApiToken]:
        return _acc.api_tokens(self)

    def revoke_api_token(self, token_id: int) -> None:
        _acc.revoke_api_token(self, token_id)

    def user_for_api_token(self, secret: str) -> int | None:
        return _acc.user_for_api_token(self, secret)

    def delete_account(self, password: str) -> None:
        _acc.delete_account(self, password)

    # Server mode: coaches (service/coaching.py) ---------------------------------------

    def share_with(self, coach: str) -> int:
        return _coach.share_with(self, coach)

    def revoke_share(self, coach_id: int) -> None:
        _coach.revoke_share(self, coach_id)

    def my_coaches(self) -> list[Share]:
        return _coach.my_coaches(self)

    def coach_views(self) -> list[CoachView]:
        return _coach.coach_views(self)

    def my_seekers(self) -> list[Share]:
        return _coach.my_seekers(self)

    def coach_dashboard(self) -> list[SeekerSummary]:
        return _coach.dashboard(self)

    def coach_seeker(self, seeker_id: int, what: str) -> Workspace:
        """The seeker's data, read only for their coach (the look is logged)."""
        return _coach.seeker_workspace(self, seeker_id, what)

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
