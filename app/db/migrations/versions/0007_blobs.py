"""The team server's file store: evidence file bytes by SHA-256; attachments found by it.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-22 09:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "blobs",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("bytes", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_blobs")),
    )
    if op.get_bind().dialect.name == "postgresql":
        # Photos and videos are compressed already: kept uncompressed out of line, a slice of
        # one (a download is read a few MB at a time) reads only the pages it needs.
        op.execute("ALTER TABLE blobs ALTER COLUMN bytes SET STORAGE EXTERNAL")
    # an upload is taken only for a file some attachment names: found without a scan
    op.create_index("ix_attachments_sha256", "attachments", ["sha256"])


def downgrade() -> None:
    op.drop_index("ix_attachments_sha256", table_name="attachments")
    op.drop_table("blobs")
