"""Pre-sale desk: quick phrase initials, payment reminders, price changes, carriers, customer
groups. (Flag meanings live in the shop's settings, ``flag_meanings``.)

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22 02:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _sync() -> list[sa.Column]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
    ]


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}")
    )


def upgrade() -> None:
    # Adding a column is an ALTER TABLE in place: no copy of the table.
    with op.batch_alter_table("quick_phrases", schema=None) as batch_op:
        batch_op.add_column(sa.Column("initials", sa.Text(), nullable=False, server_default=""))

    op.create_table(
        "payment_reminders",
        sa.Column("shop_id", sa.Uuid(), nullable=False),
        sa.Column("order_id", sa.Uuid(), nullable=False),
        sa.Column("customer_id", sa.Uuid(), nullable=False),
        sa.Column("ticket_id", sa.Uuid(), nullable=True),
        sa.Column("phrase_id", sa.Uuid(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("reminded_by", sa.Uuid(), nullable=True),
        sa.Column("reminded_at", sa.DateTime(), nullable=False),
        *_sync(),
        _fk("payment_reminders", "shop_id", "shops"),
        _fk("payment_reminders", "order_id", "orders"),
        _fk("payment_reminders", "customer_id", "customers"),
        _fk("payment_reminders", "ticket_id", "tickets"),
        _fk("payment_reminders", "phrase_id", "quick_phrases"),
        _fk("payment_reminders", "reminded_by", "agents"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment_reminders")),
    )
    with op.batch_alter_table("payment_reminders", schema=None) as batch_op:
        batch_op.create_index(
            "ix_payment_reminders_customer", ["customer_id", "reminded_at"], unique=False
        )
        batch_op.create_index(
            "ix_payment_reminders_order", ["order_id", "reminded_at"], unique=False
        )

    op.create_table(
        "price_changes",
        sa.Column("batch_id", sa.Uuid(), nullable=False),
        sa.Column("shop_id", sa.Uuid(), nullable=False),
        sa.Column("order_id", sa.Uuid(), nullable=False),
        sa.Column("customer_id", sa.Uuid(), nullable=False),
        sa.Column("ticket_id", sa.Uuid(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("discount_before_fen", sa.Integer(), nullable=False),
        sa.Column("discount_after_fen", sa.Integer(), nullable=False),
        sa.Column("shipping_before_fen", sa.Integer(), nullable=False),
        sa.Column("shipping_after_fen", sa.Integer(), nullable=False),
        sa.Column("goods_fen", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=500), nullable=False),
        sa.Column("requested_by", sa.Uuid(), nullable=True),
        sa.Column("decided_by", sa.Uuid(), nullable=True),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.Column("decision_note", sa.String(length=1000), nullable=False),
        *_sync(),
        _fk("price_changes", "shop_id", "shops"),
        _fk("price_changes", "order_id", "orders"),
        _fk("price_changes", "customer_id", "customers"),
        _fk("price_changes", "ticket_id", "tickets"),
        _fk("price_changes", "requested_by", "agents"),
        _fk("price_changes", "decided_by", "agents"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_price_changes")),
    )
    with op.batch_alter_table("price_changes", schema=None) as batch_op:
        batch_op.create_index("ix_price_changes_status", ["status", "created_at"], unique=False)
        batch_op.create_index("ix_price_changes_order", ["order_id", "created_at"], unique=False)
        batch_op.create_index("ix_price_changes_batch", ["batch_id"], unique=False)

    op.create_table(
        "carriers",
        sa.Column("shop_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("speed", sa.String(length=100), nullable=False),
        sa.Column("cost", sa.String(length=100), nullable=False),
        sa.Column("coverage", sa.String(length=200), nullable=False),
        sa.Column("note", sa.String(length=500), nullable=False),
        sa.Column("extra_fen", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        *_sync(),
        _fk("carriers", "shop_id", "shops"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_carriers")),
        sa.UniqueConstraint("shop_id", "name", name=op.f("uq_carriers_shop_id")),
    )

    op.create_table(
        "customer_groups",
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("tag_ids", sa.JSON(), nullable=False),
        sa.Column("match", sa.String(length=8), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        *_sync(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_groups")),
        sa.UniqueConstraint("name", name=op.f("uq_customer_groups_name")),
    )


def downgrade() -> None:
    op.drop_table("customer_groups")
    op.drop_table("carriers")
    with op.batch_alter_table("price_changes", schema=None) as batch_op:
        batch_op.drop_index("ix_price_changes_batch")
        batch_op.drop_index("ix_price_changes_order")
        batch_op.drop_index("ix_price_changes_status")
    op.drop_table("price_changes")
    with op.batch_alter_table("payment_reminders", schema=None) as batch_op:
        batch_op.drop_index("ix_payment_reminders_order")
        batch_op.drop_index("ix_payment_reminders_customer")
    op.drop_table("payment_reminders")
    with op.batch_alter_table("quick_phrases", schema=None) as batch_op:
        batch_op.drop_column("initials")
