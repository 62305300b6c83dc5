"""Workflow runs (SOP scripts walked on a ticket) and the approvals index on compensations.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 01:17:32.218633
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "workflow_runs",
        sa.Column("ticket_id", sa.Uuid(), nullable=False),
        sa.Column("script_id", sa.String(length=60), nullable=False),
        sa.Column("script_version", sa.Integer(), nullable=False),
        sa.Column("step", sa.String(length=60), nullable=False),
        sa.Column(
            "state",
            sa.Enum(
                "running",
                "waiting_approval",
                "ended",
                "abandoned",
                name="runstate",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("answers", sa.JSON(), nullable=False),
        sa.Column("history", sa.JSON(), nullable=False),
        sa.Column("records", sa.JSON(), nullable=False),
        sa.Column("waiting_for", sa.Uuid(), nullable=True),
        sa.Column("branches", sa.JSON(), nullable=False),
        sa.Column("outcome", sa.String(length=60), nullable=False),
        sa.Column("started_by", sa.Uuid(), nullable=True),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["started_by"], ["agents.id"], name=op.f("fk_workflow_runs_started_by_agents")
        ),
        sa.ForeignKeyConstraint(
            ["ticket_id"], ["tickets.id"], name=op.f("fk_workflow_runs_ticket_id_tickets")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workflow_runs")),
    )
    with op.batch_alter_table("workflow_runs", schema=None) as batch_op:
        batch_op.create_index("ix_workflow_runs_ticket", ["ticket_id", "state"], unique=False)
        batch_op.create_index("ix_workflow_runs_waiting", ["waiting_for"], unique=False)

    # Adding an index does not copy the table, so the full-text indexes keep their rowids.
    with op.batch_alter_table("compensations", schema=None) as batch_op:
        batch_op.create_index("ix_compensations_status", ["status", "created_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("compensations", schema=None) as batch_op:
        batch_op.drop_index("ix_compensations_status")

    with op.batch_alter_table("workflow_runs", schema=None) as batch_op:
        batch_op.drop_index("ix_workflow_runs_waiting")
        batch_op.drop_index("ix_workflow_runs_ticket")

    op.drop_table("workflow_runs")
