"""mail intake: why a message was filed (match_reason), its language and warning; learned
company domains (to show and undo); calendar invitations linked to interviews.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

from offerwatch.store.coltypes import UTCDateTime

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("messages", sa.Column("match_reason", sa.Text(), nullable=True))
    op.add_column("messages", sa.Column("language", sa.String(length=8), nullable=True))
    op.add_column("messages", sa.Column("warning", sa.Text(), nullable=True))
    op.create_table(
        "learned_domains",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.Column("domain", sa.String(length=255), nullable=False),
        sa.Column("message_id", sa.Integer(), nullable=True),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("learned_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["company_id"], ["companies.id"],
            name=op.f("fk_learned_domains_company_id_companies"), ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["message_id"], ["messages.id"],
            name=op.f("fk_learned_domains_message_id_messages"), ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_learned_domains_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_learned_domains")),
        sa.UniqueConstraint(
            "user_id", "company_id", "domain", name="uq_learned_domains_user_company"
        ),
    )  # fmt: skip
    op.create_table(
        "calendar_invitations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=998), nullable=False),
        sa.Column("interview_id", sa.Integer(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["interview_id"], ["interviews.id"],
            name=op.f("fk_calendar_invitations_interview_id_interviews"), ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_calendar_invitations_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calendar_invitations")),
        sa.UniqueConstraint("user_id", "uid", name="uq_calendar_invitations_user_uid"),
    )  # fmt: skip


def downgrade() -> None:
    op.drop_table("calendar_invitations")
    op.drop_table("learned_domains")
    op.drop_column("messages", "warning")
    op.drop_column("messages", "language")
    op.drop_column("messages", "match_reason")
