"""Index observations by user and kind: the planner reads only a few kinds on every agenda.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_observations_user_kind", "observations", ["user_id", "kind"])


def downgrade() -> None:
    op.drop_index("ix_observations_user_kind", table_name="observations")
