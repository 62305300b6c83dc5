"""Product knowledge, suppliers, return addresses, window extensions.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22 02:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

TABLES = (
    "window_extensions",
    "supplier_requests",
    "supplier_skus",
    "suppliers",
    "return_addresses",
    "product_knowledge",
)


def _sync(table: str) -> list[sa.SchemaItem]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
    ]


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}")
    )


def _text(name: str) -> sa.Column:
    return sa.Column(name, sa.Text(), nullable=False)


def _str(name: str, length: int) -> sa.Column:
    return sa.Column(name, sa.String(length=length), nullable=False)


def _enum(name: str, type_name: str, *values: str) -> sa.Column:
    kind = sa.Enum(*values, name=type_name, native_enum=False, length=24)
    return sa.Column(name, kind, nullable=False)


def upgrade() -> None:
    t = "product_knowledge"
    op.create_table(
        t,
        sa.Column("shop_id", sa.Uuid(), nullable=False),
        _str("product_id", 64),
        _str("sku", 64),
        _str("title", 200),
        *(_text(n) for n in ("selling_points", "size_chart", "material_care", "faq")),
        *(_text(n) for n in ("pairs_with", "brand_story", "audience")),
        _str("warehouse", 60),
        _text("initials"),
        *_sync(t),
        _fk(t, "shop_id", "shops"),
        sa.UniqueConstraint("shop_id", "product_id", "sku", name=op.f(f"uq_{t}_shop_id")),
    )
    op.create_index("ix_product_knowledge_sku", t, ["shop_id", "sku"])

    t = "return_addresses"
    op.create_table(
        t,
        sa.Column("shop_id", sa.Uuid(), nullable=False),
        _str("warehouse", 60),
        _str("contact_name", 60),
        _str("phone", 40),
        _str("province", 40),
        _str("city", 40),
        _str("district", 40),
        _str("street", 200),
        sa.Column("is_default", sa.Boolean(), nullable=False),
        *_sync(t),
        _fk(t, "shop_id", "shops"),
        sa.UniqueConstraint("shop_id", "warehouse", name=op.f(f"uq_{t}_shop_id")),
    )

    t = "suppliers"
    op.create_table(
        t,
        sa.Column("shop_id", sa.Uuid(), nullable=False),
        _str("name", 100),
        _str("contact_name", 60),
        _str("phone", 40),
        _str("im", 100),
        _text("note"),
        sa.Column("answer_hours", sa.Integer(), nullable=False),
        *_sync(t),
        _fk(t, "shop_id", "shops"),
    )

    t = "supplier_skus"
    op.create_table(
        t,
        sa.Column("shop_id", sa.Uuid(), nullable=False),
        _str("sku", 64),
        sa.Column("supplier_id", sa.Uuid(), nullable=False),
        *_sync(t),
        _fk(t, "shop_id", "shops"),
        _fk(t, "supplier_id", "suppliers"),
        sa.UniqueConstraint("shop_id", "sku", name=op.f(f"uq_{t}_shop_id")),
    )

    t = "supplier_requests"
    op.create_table(
        t,
        sa.Column("ticket_id", sa.Uuid(), nullable=False),
        sa.Column("order_item_id", sa.Uuid(), nullable=False),
        sa.Column("supplier_id", sa.Uuid(), nullable=False),
        _enum("status", "supplierrequeststatus", "sent", "accepted", "refused", "done"),
        _text("reason"),
        sa.Column("sent_at", sa.DateTime(), nullable=False),
        sa.Column("due_at", sa.DateTime(), nullable=False),
        sa.Column("answered_at", sa.DateTime(), nullable=True),
        _text("refusal"),
        sa.Column("done_at", sa.DateTime(), nullable=True),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        *_sync(t),
        _fk(t, "ticket_id", "tickets"),
        _fk(t, "order_item_id", "order_items"),
        _fk(t, "supplier_id", "suppliers"),
        _fk(t, "created_by", "agents"),
    )
    op.create_index("ix_supplier_requests_status", t, ["status", "due_at"])
    op.create_index("ix_supplier_requests_ticket", t, ["ticket_id"])

    t = "window_extensions"
    op.create_table(
        t,
        sa.Column("ticket_id", sa.Uuid(), nullable=False),
        sa.Column("order_item_id", sa.Uuid(), nullable=False),
        _str("rule_id", 40),
        _enum("status", "extensionstatus", "requested", "granted", "refused"),
        _text("reason"),
        _text("evidence"),
        sa.Column("requested_until", sa.DateTime(), nullable=False),
        sa.Column("requested_at", sa.DateTime(), nullable=False),
        sa.Column("new_deadline", sa.DateTime(), nullable=True),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.Column("decided_by", sa.Uuid(), nullable=True),
        _text("decision_note"),
        *_sync(t),
        _fk(t, "ticket_id", "tickets"),
        _fk(t, "order_item_id", "order_items"),
        _fk(t, "decided_by", "agents"),
    )
    op.create_index("ix_window_extensions_ticket", t, ["ticket_id"])


def downgrade() -> None:
    for table in TABLES:
        op.drop_table(table)
