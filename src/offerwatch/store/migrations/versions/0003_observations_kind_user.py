"""Index observations by kind and user: the planner reads only a few kinds on every agenda.

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
    op.create_index("ix_observations_kind_user", "observations", ["kind", "user_id"])


def downgrade() -> None:
    op.drop_index("ix_observations_kind_user", table_name="observations")
