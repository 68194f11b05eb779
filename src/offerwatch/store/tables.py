"""The schema, as SQLAlchemy Core tables. Every row belongs to a user (local mode: user 1).

The tables of accounts and the web are in store/tables_server.py, named here too: `t.users`
works as for every other table, and importing this module registers the whole schema."""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from offerwatch.store.coltypes import UTCDateTime
from offerwatch.store.table_base import LOCAL_USER_ID as LOCAL_USER_ID
from offerwatch.store.table_base import NAMING as NAMING
from offerwatch.store.table_base import metadata as metadata
from offerwatch.store.table_base import user_column as _user
from offerwatch.store.table_base import version_column as _version
from offerwatch.store.tables_server import api_tokens as api_tokens
from offerwatch.store.tables_server import coach_views as coach_views
from offerwatch.store.tables_server import cohort_weights as cohort_weights
from offerwatch.store.tables_server import form_posts as form_posts
from offerwatch.store.tables_server import invitations as invitations
from offerwatch.store.tables_server import jobs as jobs
from offerwatch.store.tables_server import login_limits as login_limits
from offerwatch.store.tables_server import notify_channels as notify_channels
from offerwatch.store.tables_server import notify_sent as notify_sent
from offerwatch.store.tables_server import shares as shares
from offerwatch.store.tables_server import site_settings as site_settings
from offerwatch.store.tables_server import users as users
from offerwatch.store.tables_server import web_sessions as web_sessions

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
