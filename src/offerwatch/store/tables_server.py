"""The tables of accounts and the web: users, browser sessions, login limits, create-form
tokens, background jobs, and server mode's invitations, API tokens, coaches, notification
channels and cohort weights (docs/deploy.md). store/tables.py names them all."""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from offerwatch.store.coltypes import UTCDateTime
from offerwatch.store.table_base import metadata
from offerwatch.store.table_base import user_column as _user

users = Table(
    "users",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("username", String(200), nullable=False, unique=True),
    Column("display_name", String(200)),
    Column("password_hash", String(300)),
    Column("is_admin", Boolean, nullable=False, default=False),
    Column("calendar_token", String(100), unique=True),
    Column("created_at", UTCDateTime, nullable=False),
)

web_sessions = Table(
    "web_sessions",
    metadata,
    # One row per signed-in browser (server mode): the cookie carries a random token, the row
    # its SHA-256, so that logout, a password change or "sign out everywhere" end it at once
    # in every worker (web/session.py, store/sessions.py).
    Column("id", String(64), primary_key=True),
    Column("user_id", Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("expires_at", UTCDateTime, nullable=False),
    Index("ix_web_sessions_user_id", "user_id"),
)

login_limits = Table(
    "login_limits",
    metadata,
    # Sign-in attempts per key ("user:<name>" or "addr:<address>") in the current window,
    # shared by all workers (store/login_limits.py). Seconds from the limiter's clock.
    Column("key", String(300), primary_key=True),
    Column("window_start", Float, nullable=False),
    Column("attempts", Integer, nullable=False),
)

form_posts = Table(
    "form_posts",
    metadata,
    # The one-time token each create form of the web pages carries (web/pages/_once.py): the
    # first post with it creates; the same form sent again (a double click, Back and submit,
    # without JavaScript) is led to what the first made instead of making it twice. Shared
    # by all workers; forgotten after a day (store/form_posts.py).
    Column("user_id", Integer, ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
    Column("token", String(64), primary_key=True),
    Column("created_at", UTCDateTime, nullable=False),
    Column("result", String(500)),  # where the first post led, once it succeeded
)

jobs = Table(
    "jobs",
    metadata,
    # The job queue every worker claims from (store/jobs.py, web/jobs.py): web mail imports,
    # scheduled IMAP syncs and reminders. A running job holds a lease its worker renews; one
    # whose lease lapsed (the worker died) is claimed again, up to a few attempts.
    Column("id", String(32), primary_key=True),
    Column("kind", String(20), nullable=False),  # import | imap_sync | reminders
    _user(),
    Column("payload", Text, nullable=False),  # JSON: what the kind needs (a file, a URL)
    Column("state", String(10), nullable=False),  # queued | running | done | failed
    Column("attempts", Integer, nullable=False),  # claims so far
    Column("run_after", UTCDateTime, nullable=False),
    Column("claimed_by", String(100)),  # the worker running it
    Column("lease_until", UTCDateTime),
    Column("beat_at", UTCDateTime, nullable=False),  # the running worker's last sign of life
    Column("done", Integer, nullable=False),  # progress: messages read so far
    Column("total", Integer),
    Column("summary", Text),  # JSON: the counts and the (where, Message-ID) found
    Column("error", Text),  # one line: why it failed (or why its last attempt did)
    # Scheduled jobs: "<kind>:<user>:<due slot>", so that one run per due time is queued
    # however many workers try.
    Column("unique_key", String(200), unique=True),
    Column("created_at", UTCDateTime, nullable=False),
    Index("ix_jobs_state_run_after", "state", "run_after"),
)

# --- Server mode: accounts, tokens, coaches (docs/deploy.md) ------------------------------

site_settings = Table(
    "site_settings",
    metadata,
    # Settings of the whole server (not of one user): "signup" = "open" | "invite".
    Column("key", String(100), primary_key=True),
    Column("value", Text, nullable=False),
)

invitations = Table(
    "invitations",
    metadata,
    # A one-time sign-up link an admin created; only the sha256 of its secret is kept.
    Column("id", Integer, primary_key=True),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("created_by", Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("expires_at", UTCDateTime, nullable=False),
    Column("used_at", UTCDateTime),
    Column("used_by", Integer, ForeignKey("users.id", ondelete="SET NULL")),
)

api_tokens = Table(
    "api_tokens",
    metadata,
    # A user's token for scripts (Authorization: Bearer); only its sha256 is kept.
    Column("id", Integer, primary_key=True),
    _user(),
    Column("name", String(100), nullable=False),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("created_at", UTCDateTime, nullable=False),
    Column("last_used_at", UTCDateTime),
)

shares = Table(
    "shares",
    metadata,
    # user_id (the seeker) lets coach_id read their data; deleting the row revokes it.
    Column("id", Integer, primary_key=True),
    _user(),
    Column("coach_id", Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    UniqueConstraint("user_id", "coach_id", name="uq_shares_user_coach"),
)

coach_views = Table(
    "coach_views",
    metadata,
    # Every look a coach took at a seeker's data: shown to the seeker.
    Column("id", Integer, primary_key=True),
    _user(),
    Column("coach_id", Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("viewed_at", UTCDateTime, nullable=False),
    Column("what", String(200), nullable=False),
    Index("ix_coach_views_user_viewed_at", "user_id", "viewed_at"),
)


notify_channels = Table(
    "notify_channels",
    metadata,
    # Where reminders go (issue 12). A password or token is never stored here: `secret_ref`
    # names it in the secret store (notify/secrets.py), outside the database.
    Column("id", Integer, primary_key=True),
    _user(),
    Column("kind", String(20), nullable=False),  # webhook | ntfy | email | desktop
    Column("target", String(2000), nullable=False),  # URL or address, without a password
    Column("options", Text, nullable=False, server_default="{}"),  # JSON: smtp host, ...
    Column("secret_ref", String(100)),
    Column("created_at", UTCDateTime, nullable=False),
)

notify_sent = Table(
    "notify_sent",
    metadata,
    # The sent log: a reminder (an action at one due time, or a day's digest) is sent once
    # per channel; the unique key also stops two runners (serve and the timer) both sending.
    Column("id", Integer, primary_key=True),
    _user(),
    Column(
        "channel_id", Integer, ForeignKey("notify_channels.id", ondelete="CASCADE"), nullable=False
    ),
    Column("action_id", Integer, ForeignKey("actions.id", ondelete="CASCADE")),
    Column("key", String(50), nullable=False),  # action:<id> | digest
    Column("due_stamp", UTCDateTime, nullable=False),
    Column("sent_at", UTCDateTime, nullable=False),
    UniqueConstraint("channel_id", "key", "due_stamp", name="uq_notify_sent_channel_key_due"),
)

cohort_weights = Table(
    "cohort_weights",
    metadata,
    # Weights an administrator adopted from a cohort fit (service/cohort.py): this server's
    # defaults for every user scoring without a personal calibration. Aggregates only: counts,
    # scores and one ratio per key, never a user's row. The newest row not reverted is in use;
    # reverting one brings back the one before it (or the published defaults).
    Column("id", Integer, primary_key=True),  # the version
    Column("fitted_at", UTCDateTime, nullable=False),
    Column("adopted_by", Integer, ForeignKey("users.id", ondelete="SET NULL")),
    Column("users", Integer, nullable=False),
    Column("applications", Integer, nullable=False),
    Column("brier_default", Float, nullable=False),
    Column("brier_fitted", Float, nullable=False),  # held-out, by user folds
    Column("diff_low", Float, nullable=False),  # 90% interval of fitted - default
    Column("diff_high", Float, nullable=False),
    Column("ratios", Text, nullable=False),  # JSON: {calibration key: likelihood ratio}
    Column("reverted_at", UTCDateTime),
    Column("reverted_by", Integer, ForeignKey("users.id", ondelete="SET NULL")),
)
