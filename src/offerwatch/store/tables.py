"""The schema, as SQLAlchemy Core tables. Every row belongs to a user (local mode: user 1)."""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from offerwatch.store.coltypes import UTCDateTime

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
metadata = MetaData(naming_convention=NAMING)

LOCAL_USER_ID = 1


def _user() -> Column[int]:
    return Column("user_id", Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False)


def _version() -> Column[int]:
    # Bumped by every update of the row: the API's ETag, the web forms' "changed meanwhile".
    return Column("version", Integer, nullable=False, server_default="1")


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

companies = Table(
    "companies",
    metadata,
    Column("id", Integer, primary_key=True),
    _user(),
    Column("name", String(300), nullable=False),
    Column("domains", Text, nullable=False, default=""),  # space-separated, lower case
    # The name as matched (core.names.name_key, computed in Python: SQLite's lower() leaves
    # "Š" alone, so "ŠKODA" and "Škoda" would not meet in SQL).
    Column("name_key", String(300), nullable=False, server_default=""),
    UniqueConstraint("user_id", "name", name="uq_companies_user_name"),
    Index("ix_companies_user_name_key", "user_id", "name_key"),
)

applications = Table(
    "applications",
    metadata,
    Column("id", Integer, primary_key=True),
    _user(),
    Column("company_id", Integer, ForeignKey("companies.id"), nullable=False),
    Column("role", String(300), nullable=False),
    Column("url", Text),
    Column("source", String(200)),
    Column("status", String(20), nullable=False),
    Column("applied_on", Date),
    Column("salary_min", Integer),
    Column("salary_max", Integer),
    Column("salary_currency", String(3)),
    Column("notes", Text),
    Column("location", String(300)),
    Column("created_at", UTCDateTime, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
    _version(),
    Index("ix_applications_user_status", "user_id", "status"),
)

people = Table(
    "people",
    metadata,
    Column("id", Integer, primary_key=True),
    _user(),
    Column("company_id", Integer, ForeignKey("companies.id")),
    Column("name", String(300), nullable=False),
    Column("email", String(320)),
    Column("role", String(20), nullable=False),
    _version(),
    Index("ix_people_user_email", "user_id", "email"),
)

application_people = Table(
    "application_people",
    metadata,
    Column(
        "application_id",
        Integer,
        ForeignKey("applications.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("person_id", Integer, ForeignKey("people.id", ondelete="CASCADE"), primary_key=True),
)

interviews = Table(
    "interviews",
    metadata,
    Column("id", Integer, primary_key=True),
    _user(),
    Column(
        "application_id",
        Integer,
        ForeignKey("applications.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("stage", String(20), nullable=False),
    Column("scheduled_start", UTCDateTime, nullable=False),
    Column("scheduled_end", UTCDateTime, nullable=False),
    Column("actual_end", UTCDateTime),
    Column("notes", Text),
    Column("timeline_text", Text),
    Column("timeline_date", Date),
    Column("created_at", UTCDateTime, nullable=False),
    # Set when the interview was called off (a calendar CANCEL, or by hand): it stays on
    # record, and the planner and the odds leave it out.
    Column("cancelled_at", UTCDateTime),
    _version(),
)

interview_people = Table(
    "interview_people",
    metadata,
    Column(
        "interview_id", Integer, ForeignKey("interviews.id", ondelete="CASCADE"), primary_key=True
    ),
    Column("person_id", Integer, ForeignKey("people.id", ondelete="CASCADE"), primary_key=True),
)

messages = Table(
    "messages",
    metadata,
    Column("id", Integer, primary_key=True),
    _user(),
    Column("application_id", Integer, ForeignKey("applications.id", ondelete="SET NULL")),
    Column("message_id", String(998)),
    Column("in_reply_to", String(998)),
    Column("references", Text),  # space-separated Message-IDs
    Column("thread_id", String(998)),
    Column("direction", String(3), nullable=False),
    Column("from_addr", String(998), nullable=False, default=""),
    Column("to_addrs", Text, nullable=False, default=""),  # space-separated
    Column("date", UTCDateTime, nullable=False),
    Column("subject", Text, nullable=False, default=""),
    Column("body", Text, nullable=False, default=""),
    Column("review", String(20), nullable=False, default="matched"),  # matched|pending|dismissed
    Column("created_at", UTCDateTime, nullable=False),
    # Why intake filed it there: "thread: ...", "person: ...", "domain: ...", "ats: ...".
    Column("match_reason", Text),
    Column("language", String(8)),  # ISO 639-1 when the rules do not read it (review)
    Column("warning", Text),  # what was wrong with it: a NUL byte stripped, truncated...
    # The calendar events it carried (JSON), applied when it is filed from the review list.
    Column("invitations", Text),
    UniqueConstraint("user_id", "message_id", name="uq_messages_user_message_id"),
    Index("ix_messages_application", "application_id"),
)

observations = Table(
    "observations",
    metadata,
    Column("id", Integer, primary_key=True),
    _user(),
    Column(
        "application_id",
        Integer,
        ForeignKey("applications.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("interview_id", Integer, ForeignKey("interviews.id", ondelete="SET NULL")),
    Column("message_id", Integer, ForeignKey("messages.id", ondelete="SET NULL")),
    Column("kind", String(40), nullable=False),
    Column("observed_at", UTCDateTime, nullable=False),
    Column("source", String(10), nullable=False),
    Column("evidence", Text),
    Column("expected_by", Date),
    Column("created_at", UTCDateTime, nullable=False),
    _version(),
    # The planner reads a few kinds of every open application on each agenda (kind first:
    # queries by user and application keep using the application index).
    Index("ix_observations_kind_user", "kind", "user_id"),
)

actions = Table(
    "actions",
    metadata,
    Column("id", Integer, primary_key=True),
    _user(),
    Column("key", String(200), nullable=False),  # stable derivation key, e.g. thank_you:12:7
    Column("kind", String(30), nullable=False),
    Column("title", Text, nullable=False),
    Column("due", UTCDateTime, nullable=False),
    Column("application_id", Integer, ForeignKey("applications.id", ondelete="CASCADE")),
    Column("person_id", Integer, ForeignKey("people.id", ondelete="SET NULL")),
    Column("interview_id", Integer, ForeignKey("interviews.id", ondelete="CASCADE")),
    Column("done_at", UTCDateTime),
    Column("dismissed_at", UTCDateTime),
    Column("snoozed_until", UTCDateTime),
    Column("obsolete_at", UTCDateTime),  # the facts no longer call for it
    Column("created_at", UTCDateTime, nullable=False),
    UniqueConstraint("user_id", "key", name="uq_actions_user_key"),
)

learned_domains = Table(
    "learned_domains",
    metadata,
    # A company domain intake learned from one message, kept so the user can see and undo it;
    # an undone domain is never learned again for that company.
    Column("id", Integer, primary_key=True),
    _user(),
    Column("company_id", Integer, ForeignKey("companies.id", ondelete="CASCADE"), nullable=False),
    Column("domain", String(255), nullable=False),
    Column("message_id", Integer, ForeignKey("messages.id", ondelete="SET NULL")),
    Column("state", String(10), nullable=False),  # learned | undone
    Column("learned_at", UTCDateTime, nullable=False),
    UniqueConstraint("user_id", "company_id", "domain", name="uq_learned_domains_user_company"),
)

calendar_invitations = Table(
    "calendar_invitations",
    metadata,
    # The interview a calendar invitation (its UID) created, so an update moves it, a CANCEL
    # marks it cancelled and a later REQUEST revives it.
    Column("id", Integer, primary_key=True),
    _user(),
    Column("uid", String(998), nullable=False),
    Column(
        "interview_id", Integer, ForeignKey("interviews.id", ondelete="CASCADE"), nullable=False
    ),
    Column("sequence", Integer, nullable=False, default=0),
    UniqueConstraint("user_id", "uid", name="uq_calendar_invitations_user_uid"),
)

plan_stamps = Table(
    "plan_stamps",
    metadata,
    # When the stored actions were last derived, and whether anything changed since: every
    # write transaction but the derivation's own adds one to facts_version (service/context.py).
    Column("user_id", Integer, ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
    Column("facts_version", BigInteger, nullable=False),
    Column("synced_version", BigInteger, nullable=False),  # facts_version derived from
    Column("synced_at", UTCDateTime, nullable=False),
    Column("valid_until", UTCDateTime, nullable=False),  # the plan may change by itself then
    Column("zone", String(100), nullable=False),  # the time zone it was derived in
    Column("keep_applying", Text, nullable=False),  # the weekly check's summary, as JSON
)

status_changes = Table(
    "status_changes",
    metadata,
    Column("id", Integer, primary_key=True),
    _user(),
    Column(
        "application_id",
        Integer,
        ForeignKey("applications.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("status", String(20), nullable=False),
    Column("changed_at", UTCDateTime, nullable=False),
)

goals = Table(
    "goals",
    metadata,
    Column("id", Integer, primary_key=True),
    _user(),
    Column("kind", String(10), nullable=False),  # skill | rest
    Column("title", Text, nullable=False),
    Column("weekly_minutes", Integer, nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("archived_at", UTCDateTime),
    _version(),
)

goal_logs = Table(
    "goal_logs",
    metadata,
    Column("id", Integer, primary_key=True),
    _user(),
    Column("goal_id", Integer, ForeignKey("goals.id", ondelete="CASCADE"), nullable=False),
    Column("logged_at", UTCDateTime, nullable=False),
    Column("minutes", Integer, nullable=False),
    Column("note", Text),
)

settings = Table(
    "settings",
    metadata,
    Column("user_id", Integer, ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
    Column("key", String(100), primary_key=True),
    Column("value", Text, nullable=False),
)

mail_sync = Table(
    "mail_sync",
    metadata,
    Column("id", Integer, primary_key=True),
    _user(),
    Column("account", String(500), nullable=False),
    Column("folder", String(500), nullable=False),
    # IMAP UIDVALIDITY and UIDs are unsigned 32-bit: past 2**31 they need a BIGINT.
    Column("uidvalidity", BigInteger, nullable=False),
    Column("last_uid", BigInteger, nullable=False),
    UniqueConstraint("user_id", "account", "folder", name="uq_mail_sync_user_account_folder"),
)

trash = Table(
    "trash",
    metadata,
    # A deleted record with everything that hung from it, as JSON rows per table (see
    # store/trash.py and docs/trash.md): restorable for 30 days, then purged.
    Column("id", Integer, primary_key=True),
    _user(),
    Column("kind", String(20), nullable=False),  # application | person | interview | ...
    Column("record_id", Integer, nullable=False),
    Column("label", Text, nullable=False),  # what the trash list shows
    Column("deleted_at", UTCDateTime, nullable=False),
    Column("payload", Text, nullable=False),
    Index("ix_trash_user_deleted_at", "user_id", "deleted_at"),
    Index("ix_trash_user_kind_record", "user_id", "kind", "record_id"),
)


import_keys = Table(
    "import_keys",
    metadata,
    # One row per source row imported from another tracker (importers/), so that importing
    # the same file again adds nothing. The application may be deleted later: the key stays.
    Column("id", Integer, primary_key=True),
    _user(),
    Column("source", String(20), nullable=False),  # jobsync | huntr | csv | career-ops
    Column("key", String(200), nullable=False),
    Column("application_id", Integer, ForeignKey("applications.id", ondelete="SET NULL")),
    Column("created_at", UTCDateTime, nullable=False),
    UniqueConstraint("user_id", "source", "key", name="uq_import_keys_user_source_key"),
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
