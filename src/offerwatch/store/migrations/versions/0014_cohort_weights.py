"""cohort_weights: odds weights an administrator adopted from a cohort fit, versioned.

(Consent to take part is a per-user settings row, "cohort_consent": no column needed.)

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

from offerwatch.store.coltypes import UTCDateTime

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "cohort_weights",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("fitted_at", UTCDateTime(), nullable=False),
        sa.Column("adopted_by", sa.Integer(), nullable=True),
        sa.Column("users", sa.Integer(), nullable=False),
        sa.Column("applications", sa.Integer(), nullable=False),
        sa.Column("brier_default", sa.Float(), nullable=False),
        sa.Column("brier_fitted", sa.Float(), nullable=False),
        sa.Column("diff_low", sa.Float(), nullable=False),
        sa.Column("diff_high", sa.Float(), nullable=False),
        sa.Column("ratios", sa.Text(), nullable=False),
        sa.Column("reverted_at", UTCDateTime(), nullable=True),
        sa.Column("reverted_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["adopted_by"],
            ["users.id"],
            name=op.f("fk_cohort_weights_adopted_by_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["reverted_by"],
            ["users.id"],
            name=op.f("fk_cohort_weights_reverted_by_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cohort_weights")),
    )


def downgrade() -> None:
    op.drop_table("cohort_weights")
