"""plan_stamps: when each user's actions were last derived, so that an unchanged plan is not
derived again.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

from offerwatch.store.coltypes import UTCDateTime

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "plan_stamps",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("facts_version", sa.BigInteger(), nullable=False),
        sa.Column("synced_version", sa.BigInteger(), nullable=False),
        sa.Column("synced_at", UTCDateTime(), nullable=False),
        sa.Column("valid_until", UTCDateTime(), nullable=False),
        sa.Column("zone", sa.String(length=100), nullable=False),
        sa.Column("keep_applying", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_plan_stamps_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_plan_stamps")),
    )


def downgrade() -> None:
    op.drop_table("plan_stamps")
