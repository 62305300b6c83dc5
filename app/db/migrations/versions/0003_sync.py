"""Sync state: accounts, devices, pushed results, change log and field stamps (server);
undo images and the outbox's sync bookkeeping (client).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 02:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_changes",
        sa.Column("stream", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("pk", sa.JSON(), nullable=False),
        sa.Column("op", sa.String(length=8), nullable=False),
        sa.Column("row", sa.JSON(), nullable=True),
        sa.Column("device_id", sa.Uuid(), nullable=True),
        sa.Column("mutation_id", sa.BigInteger(), nullable=True),
        sa.PrimaryKeyConstraint("stream", "seq", name=op.f("pk_sync_changes")),
    )
    op.create_table(
        "sync_field_stamps",
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("row_key", sa.String(length=200), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("hlc", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint(
            "table_name", "row_key", "field", name=op.f("pk_sync_field_stamps")
        ),
    )
    op.create_table(
        "sync_results",
        sa.Column("device_id", sa.Uuid(), nullable=False),
        sa.Column("mutation_id", sa.BigInteger(), nullable=False),
        sa.Column("mutation", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("hlc", sa.String(length=40), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("code", sa.String(length=60), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("marks", sa.JSON(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("device_id", "mutation_id", name=op.f("pk_sync_results")),
    )
    op.create_table(
        "sync_streams",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("last_seq", sa.BigInteger(), nullable=False),
        sa.Column("pruned_seq", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_streams")),
    )
    op.create_table(
        "sync_undo",
        sa.Column("mutation", sa.Uuid(), nullable=False),
        sa.Column("ord", sa.Integer(), nullable=False),
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("pk", sa.JSON(), nullable=False),
        sa.Column("row", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("mutation", "ord", name=op.f("pk_sync_undo")),
    )
    op.create_table(
        "sync_credentials",
        sa.Column("agent_id", sa.Uuid(), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agent_id"], ["agents.id"], name=op.f("fk_sync_credentials_agent_id_agents")
        ),
        sa.PrimaryKeyConstraint("agent_id", name=op.f("pk_sync_credentials")),
    )
    op.create_table(
        "sync_devices",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("agent_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("registered_at", sa.DateTime(), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(), nullable=True),
        sa.Column("last_mutation_id", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agent_id"], ["agents.id"], name=op.f("fk_sync_devices_agent_id_agents")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_devices")),
    )
    op.create_table(
        "sync_tokens",
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("agent_id", sa.Uuid(), nullable=False),
        sa.Column("device_id", sa.Uuid(), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["agent_id"], ["agents.id"], name=op.f("fk_sync_tokens_agent_id_agents")
        ),
        sa.ForeignKeyConstraint(
            ["device_id"], ["sync_devices.id"], name=op.f("fk_sync_tokens_device_id_sync_devices")
        ),
        sa.PrimaryKeyConstraint("token_hash", name=op.f("pk_sync_tokens")),
    )
    op.create_index("ix_sync_tokens_agent", "sync_tokens", ["agent_id"], unique=False)
    with op.batch_alter_table("outbox") as batch:
        batch.add_column(
            sa.Column("local", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch.add_column(sa.Column("code", sa.String(length=60), nullable=False, server_default=""))
        batch.add_column(sa.Column("marks", sa.JSON(), nullable=False, server_default="{}"))
        batch.add_column(sa.Column("notice", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("settled_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        for column in ("settled_at", "notice", "marks", "code", "local"):
            batch.drop_column(column)
    op.drop_index("ix_sync_tokens_agent", table_name="sync_tokens")
    for table in (
        "sync_tokens",
        "sync_devices",
        "sync_credentials",
        "sync_undo",
        "sync_streams",
        "sync_results",
        "sync_field_stamps",
        "sync_changes",
    ):
        op.drop_table(table)
