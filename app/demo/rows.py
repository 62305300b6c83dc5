"""Row layouts: one tuple per record, in the column order declared here.

Each table's generated rows are plain tuples (fast to build by the million). Ids are ints
(see :mod:`app.demo.stamps`), instants are Unix milliseconds, enums are their StrEnum
members, JSON columns are dicts. :mod:`app.demo.bulk` checks each layout against the model's
table, so a column added to a model fails loudly here instead of being left out silently.
The helpers fill the columns every synced row carries (created, updated, version, deleted).
"""

from __future__ import annotations

from typing import Any

SYNC = ("created_at", "updated_at", "version", "deleted_at")

LAYOUTS: dict[str, tuple[str, ...]] = {
    "shops": ("id", "name", "platform", "timezone", "closed_at", "settings", *SYNC),
    "agents": (
        "id",
        "username",
        "display_name",
        "role",
        "compensation_limit_fen",
        "price_change_limit_fen",
        "can_adjust_refund",
        "active",
        "home_shop_id",
        *SYNC,
    ),
    "tags": ("id", "name", "kind", "color", *SYNC),
    "customers": (
        "id",
        "shop_id",
        "platform_buyer_id",
        "nickname",
        "phone_masked",
        "note",
        *SYNC,
    ),
    "customer_tags": ("id", "customer_id", "tag_id", "tagged_by", "tagged_at", *SYNC),
    "orders": (
        "id",
        "shop_id",
        "customer_id",
        "order_no",
        "payment_method",
        "status",
        "goods_fen",
        "discount_fen",
        "shipping_fen",
        "paid_fen",
        "placed_at",
        "paid_at",
        "shipped_at",
        "signed_at",
        "confirmed_at",
        "completed_at",
        "ship_by",
        "carrier",
        "tracking_no",
        "settled",
        "flag",
        "flag_remark",
        "buyer_remark",
        *SYNC,
    ),
    "order_items": (
        "id",
        "order_id",
        "line_no",
        "sku",
        "product_id",
        "title",
        "category",
        "quantity",
        "unit_price_fen",
        "discount_fen",
        "aftersale",
        *SYNC,
    ),
    "tickets": (
        "id",
        "shop_id",
        "kind",
        "status",
        "priority",
        "subject",
        "customer_id",
        "order_id",
        "assignee_id",
        "created_by",
        "due_at",
        "active",
        "due_rule",
        "platform_deadline",
        "last_message_at",
        "resolved_at",
        "closed_at",
        *SYNC,
    ),
    "ticket_items": ("id", "ticket_id", "order_item_id", *SYNC),
    "messages": ("id", "ticket_id", "kind", "author_id", "body", "at", *SYNC),
    "ticket_events": ("id", "ticket_id", "at", "actor_id", "kind", "data"),
    "quick_phrases": (
        "id",
        "shop_id",
        "owner_id",
        "group",
        "title",
        "body",
        "initials",
        "use_count",
        "last_used_at",
        *SYNC,
    ),
    "feedback": (
        "id",
        "shop_id",
        "ticket_id",
        "kind",
        "product",
        "sku",
        "text",
        "created_by",
        *SYNC,
    ),
    "carriers": (
        "id",
        "shop_id",
        "name",
        "speed",
        "cost",
        "coverage",
        "note",
        "extra_fen",
        "position",
        *SYNC,
    ),
    "customer_groups": ("id", "name", "tag_ids", "match", "note", *SYNC),
    "payment_reminders": (
        "id",
        "shop_id",
        "order_id",
        "customer_id",
        "ticket_id",
        "phrase_id",
        "text",
        "reminded_by",
        "reminded_at",
        *SYNC,
    ),
    "price_changes": (
        "id",
        "batch_id",
        "shop_id",
        "order_id",
        "customer_id",
        "ticket_id",
        "status",
        "discount_before_fen",
        "discount_after_fen",
        "shipping_before_fen",
        "shipping_after_fen",
        "goods_fen",
        "reason",
        "requested_by",
        "decided_by",
        "decided_at",
        "decision_note",
        *SYNC,
    ),
    "audit_log": (
        "id",
        "at",
        "agent_id",
        "action",
        "entity",
        "entity_id",
        "ticket_id",
        "order_id",
        "details",
    ),
}

_REMEDY = ("id", "ticket_id", "order_item_id", "created_by", "status", "note")
REMEDY_FIELDS: dict[str, tuple[str, ...]] = {
    "refunds": ("amount_fen", "reason", "reallocated", "source", "refunded_at"),
    "return_shipments": ("carrier", "tracking_no", "shipped_at", "received_at", "inspection"),
    "exchanges": ("new_sku", "carrier", "tracking_no", "sent_at"),
    "reships": ("agreed_at", "due_at", "carrier", "tracking_no", "shipped_at"),
    "compensations": ("amount_fen", "method", "reason", "approved_by", "paid_at"),
    "follow_ups": ("due_at", "done_at", "gift", "cause"),
    "carrier_claims": ("carrier", "tracking_no", "amount_fen"),
    "weight_checks": ("expected_g", "warehouse_g", "carrier_g", "finding"),
    "appeals": ("reason", "evidence", "outcome"),
}
for _table, _fields in REMEDY_FIELDS.items():
    LAYOUTS[_table] = (*_REMEDY, *_fields, *SYNC)

# Parents before children, so foreign keys hold at every statement.
ORDER = (
    "shops",
    "agents",
    "tags",
    "customers",
    "customer_tags",
    "orders",
    "order_items",
    "tickets",
    "ticket_items",
    "messages",
    "ticket_events",
    *REMEDY_FIELDS,
    "quick_phrases",
    "feedback",
    "carriers",
    "customer_groups",
    "payment_reminders",
    "price_changes",
    "audit_log",
)


def synced(at: int, updated: int | None = None, version: int = 1) -> tuple[Any, ...]:
    """The trailing sync columns: created, updated, version, not deleted."""
    return (at, at if updated is None else updated, version, None)


def message(id: int, ticket_id: int, kind: Any, author_id: int | None, body: str, at: int):
    return (id, ticket_id, kind, author_id, body, at, at, at, 1, None)


def event(id: int, ticket_id: int, at: int, actor_id: int | None, kind: str, data: dict):
    return (id, ticket_id, at, actor_id, kind, data)


def ticket_item(id: int, ticket_id: int, order_item_id: int, at: int):
    return (id, ticket_id, order_item_id, at, at, 1, None)


def customer_tag(id: int, customer_id: int, tag_id: int, by: int, at: int):
    return (id, customer_id, tag_id, by, at, at, at, 1, None)


def remedy(
    table: str,
    *,
    id: int,
    ticket_id: int,
    item_id: int | None,
    by: int | None,
    status: str,
    note: str,
    at: int,
    updated: int,
    **fields: Any,
) -> tuple[Any, ...]:
    """A remedy record: the shared columns, then the table's own fields by name."""
    own = tuple(fields[name] for name in REMEDY_FIELDS[table])
    return (id, ticket_id, item_id, by, status, note, *own, at, updated, 1, None)
