"""IMAP UIDVALIDITY and UIDs are unsigned 32-bit numbers: store them as BIGINT.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("mail_sync") as batch:
        for column in ("uidvalidity", "last_uid"):
            batch.alter_column(
                column, existing_type=sa.Integer(), type_=sa.BigInteger(), existing_nullable=False
            )


def downgrade() -> None:
    with op.batch_alter_table("mail_sync") as batch:
        for column in ("uidvalidity", "last_uid"):
            batch.alter_column(
                column, existing_type=sa.BigInteger(), type_=sa.Integer(), existing_nullable=False
            )
