"""interviews.cancelled_at: a cancelled interview is kept, marked, instead of deleted;
messages.invitations: the calendar events a message carried, so that filing it from the
review list applies them as import would have.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

from offerwatch.store.coltypes import UTCDateTime

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Nullable columns without a default: existing rows stay as they are (not cancelled,
    # no events kept), and SQLite adds them without rebuilding the table.
    op.add_column("interviews", sa.Column("cancelled_at", UTCDateTime(), nullable=True))
    op.add_column("messages", sa.Column("invitations", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("messages") as batch:
        batch.drop_column("invitations")
    with op.batch_alter_table("interviews") as batch:
        batch.drop_column("cancelled_at")
