"""What every table shares: the metadata (with its naming convention), the local user's id,
and the columns most tables repeat (whose row it is, its version)."""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Integer, MetaData

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
metadata = MetaData(naming_convention=NAMING)

LOCAL_USER_ID = 1


def user_column() -> Column[int]:
    """The row's user (deleted with them)."""
    return Column("user_id", Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False)


def version_column() -> Column[int]:
    """Bumped by every update of the row: the API's ETag, the web forms' "changed meanwhile"."""
    return Column("version", Integer, nullable=False, server_default="1")
