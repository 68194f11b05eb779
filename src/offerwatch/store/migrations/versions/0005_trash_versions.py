"""Change, delete, undo: a trash of deleted records, a version per record (ETags), an
application's location, and companies matched by a key computed in Python.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

from offerwatch.core.names import name_key
from offerwatch.store.coltypes import UTCDateTime

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

VERSIONED = ("applications", "people", "interviews", "observations", "goals")


def upgrade() -> None:
    for table in VERSIONED:
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
    op.add_column("applications", sa.Column("location", sa.String(length=300)))
    op.add_column(
        "companies", sa.Column("name_key", sa.String(length=300), nullable=False, server_default="")
    )
    conn = op.get_bind()
    companies = sa.table(
        "companies", sa.column("id", sa.Integer), sa.column("name", sa.String),
        sa.column("name_key", sa.String),
    )  # fmt: skip
    for ident, name in conn.execute(sa.select(companies.c.id, companies.c.name)).all():
        conn.execute(
            sa.update(companies).where(companies.c.id == ident).values(name_key=name_key(name))
        )
    op.create_index("ix_companies_user_name_key", "companies", ["user_id", "name_key"])
    op.create_table(
        "trash",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("deleted_at", UTCDateTime(), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_trash_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trash")),
    )
    op.create_index("ix_trash_user_deleted_at", "trash", ["user_id", "deleted_at"])
    op.create_index("ix_trash_user_kind_record", "trash", ["user_id", "kind", "record_id"])


def downgrade() -> None:
    op.drop_index("ix_trash_user_kind_record", table_name="trash")
    op.drop_index("ix_trash_user_deleted_at", table_name="trash")
    op.drop_table("trash")
    op.drop_index("ix_companies_user_name_key", table_name="companies")
    with op.batch_alter_table("companies") as batch:
        batch.drop_column("name_key")
    with op.batch_alter_table("applications") as batch:
        batch.drop_column("location")
    for table in VERSIONED:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("version")
