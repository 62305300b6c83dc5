"""Supervisor console: reviews, quality scores, DSR entries, QC requests, unit costs, and the
indexes the dashboard's aggregates read.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22 02:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# (table, index name, columns): covering indexes for the dashboard (docs/performance.md).
# Adding an index does not copy the table, so the full-text indexes keep their rowids.
KPI_INDEXES = (
    ("tickets", "ix_tickets_assignee_created", ["assignee_id", "created_at"]),
    ("feedback", "ix_feedback_kind", ["kind", "created_at", "product", "deleted_at"]),
    ("customer_tags", "ix_customer_tags_at", ["tagged_at", "customer_id", "deleted_at"]),
    ("audit_log", "ix_audit_at", ["at", "id"]),
    ("refunds", "ix_refunds_refunded", ["refunded_at"]),
)


# Partial indexes: only the few rows the review queues and the open promises need.
PARTIAL_INDEXES = (
    ("orders", "ix_orders_flagged", ["updated_at"], "flag != 'none'"),
    ("orders", "ix_orders_unpaid", ["placed_at"], "status = 'placed'"),
    (
        "orders",
        "ix_orders_unshipped",
        ["paid_at", "ship_by", "status", "deleted_at"],
        "shipped_at IS NULL AND ship_by IS NOT NULL",
    ),
    # The promises not kept yet: only these are read with "now" (the rest is rolled up).
    (
        "tickets",
        "ix_tickets_deadline_open",
        ["platform_deadline", "active", "deleted_at"],
        "platform_deadline IS NOT NULL AND resolved_at IS NULL",
    ),
    ("reships", "ix_reships_open", ["agreed_at", "due_at", "deleted_at"], "shipped_at IS NULL"),
    (
        "follow_ups",
        "ix_follow_ups_open",
        ["created_at", "due_at", "deleted_at"],
        "done_at IS NULL",
    ),
    (
        "refunds",
        "ix_refunds_open",
        ["created_at", "deleted_at"],
        "refunded_at IS NULL AND status != 'refused'",
    ),
)


# ---- the dashboard's rollups, kept by triggers (SQLite) -------------------------------------
# Frozen here: later changes belong in later migrations. Days are China Standard Time.
_DAY = "date({}, '+8 hours')"  # the China Standard Time day of a stored UTC timestamp
_PRESALE = "('inquiry', 'payment_reminder')"
_UNSHIPPED = "shipped_at IS NULL AND ship_by IS NOT NULL"
_ITEM_COLUMNS = (
    "day, shop_id, product_id, sku, title, units_sold, sold_fen, units_refunded, refunds, claims"
)
_ITEM_KEY = "ON CONFLICT (day, shop_id, product_id, sku) DO UPDATE SET"
_SALES_SET = (
    "units_sold = units_sold + excluded.units_sold, sold_fen = sold_fen + excluded.sold_fen, "
    "title = excluded.title"
)
_REFUND_SET = (
    "units_refunded = units_refunded + excluded.units_refunded, "
    "refunds = refunds + excluded.refunds"
)
_CLAIM_SET = "claims = claims + excluded.claims"
_ORDER_COLUMNS = "day, shop_id, orders, paid_fen, with_ship_by, shipped_on_time, shipped_late"
_ORDER_SET = (
    "orders = orders + excluded.orders, paid_fen = paid_fen + excluded.paid_fen, "
    "with_ship_by = with_ship_by + excluded.with_ship_by, "
    "shipped_on_time = shipped_on_time + excluded.shipped_on_time, "
    "shipped_late = shipped_late + excluded.shipped_late"
)
_REFUND_DAY_SET = (
    "refunds = refunds + excluded.refunds, seconds = seconds + excluded.seconds, "
    "within_24h = within_24h + excluded.within_24h, within_48h = within_48h + excluded.within_48h"
)
_PRESALE_COLUMNS = "day, shop_id, agent_key, inquiries, with_order, paid_1d, paid_3d, paid_7d"
_PRESALE_SET = (
    "inquiries = inquiries + excluded.inquiries, with_order = with_order + excluded.with_order, "
    "paid_1d = paid_1d + excluded.paid_1d, paid_3d = paid_3d + excluded.paid_3d, "
    "paid_7d = paid_7d + excluded.paid_7d"
)


def _counted_refund(r: str) -> str:
    return (
        f"{r}.refunded_at IS NOT NULL AND {r}.status IN ('refunded', 'finance_confirmed') "
        f"AND {r}.deleted_at IS NULL"
    )


def _took(r: str) -> str:
    """Seconds from a refund's request to its refund."""
    return (
        f"CAST(round((julianday({r}.refunded_at) - julianday({r}.created_at)) * 86400) AS INTEGER)"
    )


def _sales_of_item(row: str, sign: str) -> str:
    """The item ``row`` (NEW or OLD) counted in (+) or out (-), if its order is paid."""
    return f"""
    INSERT INTO kpi_item_days ({_ITEM_COLUMNS})
    SELECT {_DAY.format("o.paid_at")}, o.shop_id, {row}.product_id, {row}.sku, {row}.title,
           {sign}{row}.quantity,
           {sign}({row}.unit_price_fen * {row}.quantity - {row}.discount_fen), 0, 0, 0
    FROM orders o
    WHERE o.id = {row}.order_id AND o.paid_at IS NOT NULL AND o.deleted_at IS NULL
      AND {row}.deleted_at IS NULL
    {_ITEM_KEY} {_SALES_SET};"""


def _sales_of_order(row: str, sign: str) -> str:
    """Every item of the order ``row`` counted in or out, if the order is paid."""
    return f"""
    INSERT INTO kpi_item_days ({_ITEM_COLUMNS})
    SELECT {_DAY.format(row + ".paid_at")}, {row}.shop_id, i.product_id, i.sku, max(i.title),
           {sign}sum(i.quantity), {sign}sum(i.unit_price_fen * i.quantity - i.discount_fen),
           0, 0, 0
    FROM order_items i
    WHERE i.order_id = {row}.id AND i.deleted_at IS NULL
      AND {row}.paid_at IS NOT NULL AND {row}.deleted_at IS NULL
    GROUP BY i.product_id, i.sku
    {_ITEM_KEY} {_SALES_SET};"""


def _order_day(row: str, sign: str) -> str:
    """The order ``row`` counted in or out of its payment day, with its shipping."""
    r = row
    on_time = (
        f"{r}.ship_by IS NOT NULL AND {r}.shipped_at IS NOT NULL AND {r}.shipped_at <= {r}.ship_by"
    )
    late = (
        f"{r}.ship_by IS NOT NULL AND {r}.shipped_at IS NOT NULL AND {r}.shipped_at > {r}.ship_by"
    )
    return f"""
    INSERT INTO kpi_order_days ({_ORDER_COLUMNS})
    SELECT {_DAY.format(r + ".paid_at")}, {r}.shop_id, {sign}1, {sign}{r}.paid_fen,
           {sign}({r}.ship_by IS NOT NULL), {sign}({on_time}), {sign}({late})
    WHERE {r}.paid_at IS NOT NULL AND {r}.deleted_at IS NULL
    ON CONFLICT (day, shop_id) DO UPDATE SET {_ORDER_SET};"""


def _refund_of_item(r: str, sign: str) -> str:
    """A refund of one item counted in or out, by the day the money went back."""
    return f"""
    INSERT INTO kpi_item_days ({_ITEM_COLUMNS})
    SELECT {_DAY.format(r + ".refunded_at")}, o.shop_id, i.product_id, i.sku, i.title,
           0, 0, {sign}i.quantity, {sign}1, 0
    FROM order_items i JOIN orders o ON o.id = i.order_id
    WHERE i.id = {r}.order_item_id AND {_counted_refund(r)}
    {_ITEM_KEY} {_REFUND_SET};"""


def _refund_of_order(r: str, sign: str) -> str:
    """A refund of the whole order (no item named): every item of the ticket's order."""
    return f"""
    INSERT INTO kpi_item_days ({_ITEM_COLUMNS})
    SELECT {_DAY.format(r + ".refunded_at")}, o.shop_id, i.product_id, i.sku, max(i.title),
           0, 0, {sign}sum(i.quantity), {sign}1, 0
    FROM tickets t
    JOIN order_items i ON i.order_id = t.order_id AND i.deleted_at IS NULL
    JOIN orders o ON o.id = i.order_id
    WHERE t.id = {r}.ticket_id AND {r}.order_item_id IS NULL AND {_counted_refund(r)}
    GROUP BY o.shop_id, i.product_id, i.sku
    {_ITEM_KEY} {_REFUND_SET};"""


def _refunds_on_item(row: str, sign: str) -> str:
    """The refunds counted on the item ``row`` (its own, and its order's whole-order ones
    while it is live), counted in or out when the item itself changes."""
    r = row
    return f"""
    INSERT INTO kpi_item_days ({_ITEM_COLUMNS})
    SELECT {_DAY.format("f.refunded_at")}, o.shop_id, {r}.product_id, {r}.sku, {r}.title,
           0, 0, {sign}{r}.quantity, {sign}1, 0
    FROM tickets t JOIN refunds f ON f.ticket_id = t.id JOIN orders o ON o.id = {r}.order_id
    WHERE t.order_id = {r}.order_id AND {_counted_refund("f")}
      AND (f.order_item_id = {r}.id OR (f.order_item_id IS NULL AND {r}.deleted_at IS NULL))
    {_ITEM_KEY} {_REFUND_SET};"""


def _claims_of_ticket(t: str, sign: str) -> str:
    """Every item of the quality-claim ticket ``t``, counted in or out when the ticket
    itself changes (its kind, its day, its tombstone)."""
    return f"""
    INSERT INTO kpi_item_days ({_ITEM_COLUMNS})
    SELECT {_DAY.format(t + ".created_at")}, o.shop_id, i.product_id, i.sku, max(i.title),
           0, 0, 0, 0, {sign}count(*)
    FROM ticket_items ti JOIN order_items i ON i.id = ti.order_item_id
    JOIN orders o ON o.id = i.order_id
    WHERE ti.ticket_id = {t}.id AND ti.deleted_at IS NULL
      AND {t}.kind = 'quality_claim' AND {t}.deleted_at IS NULL
    GROUP BY o.shop_id, i.product_id, i.sku
    {_ITEM_KEY} {_CLAIM_SET};"""


def _refund_day(r: str, sign: str) -> str:
    """A refund counted in or out of the day it went back, with how long it took."""
    took = _took(r)
    return f"""
    INSERT INTO kpi_refund_days (day, shop_id, refunds, seconds, within_24h, within_48h)
    SELECT {_DAY.format(r + ".refunded_at")}, t.shop_id, {sign}1, {sign}{took},
           {sign}({took} <= 86400), {sign}({took} <= 172800)
    FROM tickets t
    WHERE t.id = {r}.ticket_id AND {_counted_refund(r)}
    ON CONFLICT (day, shop_id) DO UPDATE SET {_REFUND_DAY_SET};"""


def _claim(row: str, sign: str) -> str:
    """An item covered by a quality-claim ticket, counted by the day the ticket opened."""
    return f"""
    INSERT INTO kpi_item_days ({_ITEM_COLUMNS})
    SELECT {_DAY.format("t.created_at")}, o.shop_id, i.product_id, i.sku, i.title,
           0, 0, 0, 0, {sign}1
    FROM tickets t JOIN order_items i ON i.id = {row}.order_item_id
    JOIN orders o ON o.id = i.order_id
    WHERE t.id = {row}.ticket_id AND t.kind = 'quality_claim' AND t.deleted_at IS NULL
      AND {row}.deleted_at IS NULL
    {_ITEM_KEY} {_CLAIM_SET};"""


def _paid_within(d: str, sign: str) -> str:
    """The 1-, 3- and 7-day buckets of ``d``, the days from the ticket to the payment."""
    return ", ".join(f"{sign}coalesce({d} BETWEEN 0 AND {n}, 0)" for n in (1, 3, 7))


def _presale_ticket(t: str, sign: str) -> str:
    """A pre-sale ticket counted in or out of the day it opened, with its order's payment."""
    paid = (
        f"(SELECT julianday(o.paid_at) FROM orders o "
        f"WHERE o.id = {t}.order_id AND o.deleted_at IS NULL)"
    )
    return f"""
    INSERT INTO kpi_presale_days ({_PRESALE_COLUMNS})
    SELECT {_DAY.format(t + ".created_at")}, {t}.shop_id, coalesce({t}.assignee_id, ''),
           {sign}1, {sign}({t}.order_id IS NOT NULL), {_paid_within("d", sign)}
    FROM (SELECT {paid} - julianday({t}.created_at) AS d)
    WHERE {t}.kind IN {_PRESALE} AND {t}.deleted_at IS NULL
    ON CONFLICT (day, shop_id, agent_key) DO UPDATE SET {_PRESALE_SET};"""


def _presale_payment(row: str, sign: str) -> str:
    """The order ``row``'s payment counted in or out of the pre-sale tickets linked to it."""
    r = row
    return f"""
    INSERT INTO kpi_presale_days ({_PRESALE_COLUMNS})
    SELECT {_DAY.format("t.created_at")}, t.shop_id, coalesce(t.assignee_id, ''), 0, 0,
           {_paid_within("julianday(" + r + ".paid_at) - julianday(t.created_at)", sign)}
    FROM tickets t
    WHERE t.order_id = {r}.id AND t.kind IN {_PRESALE} AND t.deleted_at IS NULL
      AND {r}.paid_at IS NOT NULL AND {r}.deleted_at IS NULL
    ON CONFLICT (day, shop_id, agent_key) DO UPDATE SET {_PRESALE_SET};"""


_SLA_SET = "done = done + excluded.done, kept = kept + excluded.kept, late = late + excluded.late"


def _sla(rule: str, table: str, start: str, done: str, due: str):  # noqa: ANN202
    """A promise kept (done by its time) or late, once done, by the day it started."""

    def build(row: str, sign: str) -> str:
        r = row
        return f"""
    INSERT INTO kpi_sla_days (day, shop_id, rule, done, kept, late)
    SELECT {_DAY.format(r + "." + start)}, t.shop_id, '{rule}', {sign}1,
           {sign}({r}.{done} <= {r}.{due}), {sign}({r}.{done} > {r}.{due})
    FROM tickets t
    WHERE t.id = {r}.ticket_id AND {r}.{done} IS NOT NULL AND {r}.{due} IS NOT NULL
      AND {r}.{start} IS NOT NULL AND {r}.deleted_at IS NULL
    ON CONFLICT (day, shop_id, rule) DO UPDATE SET {_SLA_SET};"""

    build.__name__ = f"_sla_{table}"
    return build


_reship_sla = _sla("reship_due", "reships", "agreed_at", "shipped_at", "due_at")
_follow_up_sla = _sla("follow_up", "follow_ups", "created_at", "done_at", "due_at")


def _deadline_sla(row: str, sign: str) -> str:
    """A case resolved by (or after) the platform's deadline, by the deadline's day."""
    r = row
    return f"""
    INSERT INTO kpi_sla_days (day, shop_id, rule, done, kept, late)
    SELECT {_DAY.format(r + ".platform_deadline")}, {r}.shop_id, 'platform_deadline', {sign}1,
           {sign}({r}.resolved_at <= {r}.platform_deadline),
           {sign}({r}.resolved_at > {r}.platform_deadline)
    WHERE {r}.platform_deadline IS NOT NULL AND {r}.resolved_at IS NOT NULL
      AND {r}.deleted_at IS NULL
    ON CONFLICT (day, shop_id, rule) DO UPDATE SET {_SLA_SET};"""


def _waited_days(r: str) -> str:
    """Whole days (rounded up) from a refund's request to its refund."""
    x = f"(julianday({r}.refunded_at) - julianday({r}.created_at))"
    return f"(CAST({x} AS INTEGER) + ({x} > CAST({x} AS INTEGER)))"


def _refund_wait(r: str, sign: str) -> str:
    """A refund that went back, by the day it was requested and the days it took."""
    return f"""
    INSERT INTO kpi_refund_waits (day, shop_id, days, refunds)
    SELECT {_DAY.format(r + ".created_at")}, t.shop_id, {_waited_days(r)}, {sign}1
    FROM tickets t
    WHERE t.id = {r}.ticket_id AND {_counted_refund(r)}
    ON CONFLICT (day, shop_id, days) DO UPDATE SET refunds = refunds + excluded.refunds;"""


def _ticket_day(t: str, sign: str) -> str:
    """A ticket counted in or out of the day it opened, under its kind and status."""
    return f"""
    INSERT INTO kpi_ticket_days (day, shop_id, kind, status, tickets)
    SELECT {_DAY.format(t + ".created_at")}, {t}.shop_id, {t}.kind, {t}.status, {sign}1
    WHERE {t}.deleted_at IS NULL
    ON CONFLICT (day, shop_id, kind, status) DO UPDATE SET tickets = tickets + excluded.tickets;"""


def _appeal_day(a: str, sign: str) -> str:
    """A platform intervention (appeal) counted in or out of the day it opened."""
    return f"""
    INSERT INTO kpi_appeal_days (day, shop_id, appeals)
    SELECT {_DAY.format(a + ".created_at")}, t.shop_id, {sign}1
    FROM tickets t
    WHERE t.id = {a}.ticket_id AND {a}.deleted_at IS NULL
    ON CONFLICT (day, shop_id) DO UPDATE SET appeals = appeals + excluded.appeals;"""


def _compensation_day(c: str, sign: str) -> str:
    """A compensation paid, counted in or out of the day it was paid, under its reason."""
    return f"""
    INSERT INTO kpi_compensation_days (day, shop_id, reason, paid, amount_fen)
    SELECT {_DAY.format(c + ".paid_at")}, t.shop_id, {c}.reason, {sign}1, {sign}{c}.amount_fen
    FROM tickets t
    WHERE t.id = {c}.ticket_id AND {c}.status = 'paid' AND {c}.paid_at IS NOT NULL
      AND {c}.deleted_at IS NULL
    ON CONFLICT (day, shop_id, reason) DO UPDATE SET
      paid = paid + excluded.paid, amount_fen = amount_fen + excluded.amount_fen;"""


def _both(*fns) -> str:  # noqa: ANN002
    """Count OLD out and NEW in, for each of ``fns``."""
    return "".join(fn("OLD", "-") + fn("NEW", "") for fn in fns)


def _new(*fns) -> str:  # noqa: ANN002
    return "".join(fn("NEW", "") for fn in fns)


def _old(*fns) -> str:  # noqa: ANN002
    return "".join(fn("OLD", "-") for fn in fns)


TRIGGERS = {
    "kpi_order_items_ai": ("AFTER INSERT ON order_items", _new(_sales_of_item, _refunds_on_item)),
    "kpi_order_items_ad": ("AFTER DELETE ON order_items", _old(_sales_of_item, _refunds_on_item)),
    "kpi_order_items_au": (
        "AFTER UPDATE OF order_id, product_id, sku, quantity, unit_price_fen, discount_fen, "
        "deleted_at ON order_items",
        _both(_sales_of_item, _refunds_on_item),
    ),
    "kpi_orders_ai": (
        "AFTER INSERT ON orders",
        _new(_order_day, _sales_of_order, _presale_payment),
    ),
    "kpi_orders_ad": (
        "AFTER DELETE ON orders",
        _old(_order_day, _sales_of_order, _presale_payment),
    ),
    "kpi_orders_au_day": (
        "AFTER UPDATE OF paid_at, shop_id, paid_fen, ship_by, shipped_at, deleted_at ON orders",
        _both(_order_day),
    ),
    "kpi_orders_au_items": (
        "AFTER UPDATE OF paid_at, shop_id, deleted_at ON orders",
        _both(_sales_of_order, _presale_payment),
    ),
    "kpi_refunds_ai": (
        "AFTER INSERT ON refunds",
        _new(_refund_of_item, _refund_of_order, _refund_day, _refund_wait),
    ),
    "kpi_refunds_ad": (
        "AFTER DELETE ON refunds",
        _old(_refund_of_item, _refund_of_order, _refund_day, _refund_wait),
    ),
    "kpi_refunds_au": (
        "AFTER UPDATE OF status, refunded_at, created_at, order_item_id, ticket_id, deleted_at "
        "ON refunds",
        _both(_refund_of_item, _refund_of_order, _refund_day, _refund_wait),
    ),
    "kpi_reships_ai": ("AFTER INSERT ON reships", _new(_reship_sla)),
    "kpi_reships_ad": ("AFTER DELETE ON reships", _old(_reship_sla)),
    "kpi_reships_au": (
        "AFTER UPDATE OF agreed_at, due_at, shipped_at, ticket_id, deleted_at ON reships",
        _both(_reship_sla),
    ),
    "kpi_follow_ups_ai": ("AFTER INSERT ON follow_ups", _new(_follow_up_sla)),
    "kpi_follow_ups_ad": ("AFTER DELETE ON follow_ups", _old(_follow_up_sla)),
    "kpi_follow_ups_au": (
        "AFTER UPDATE OF created_at, due_at, done_at, ticket_id, deleted_at ON follow_ups",
        _both(_follow_up_sla),
    ),
    "kpi_ticket_items_ai": ("AFTER INSERT ON ticket_items", _new(_claim)),
    "kpi_ticket_items_ad": ("AFTER DELETE ON ticket_items", _old(_claim)),
    "kpi_ticket_items_au": (
        "AFTER UPDATE OF ticket_id, order_item_id, deleted_at ON ticket_items",
        _both(_claim),
    ),
    "kpi_tickets_ai": (
        "AFTER INSERT ON tickets",
        _new(_presale_ticket, _deadline_sla, _ticket_day),
    ),
    "kpi_tickets_ad": (
        "AFTER DELETE ON tickets",
        _old(_presale_ticket, _deadline_sla, _ticket_day),
    ),
    "kpi_tickets_au_claims": (
        "AFTER UPDATE OF kind, created_at, deleted_at ON tickets",
        _both(_claims_of_ticket),
    ),
    "kpi_tickets_au_state": (
        "AFTER UPDATE OF kind, status, created_at, shop_id, deleted_at ON tickets",
        _both(_ticket_day),
    ),
    "kpi_appeals_ai": ("AFTER INSERT ON appeals", _new(_appeal_day)),
    "kpi_appeals_ad": ("AFTER DELETE ON appeals", _old(_appeal_day)),
    "kpi_appeals_au": (
        "AFTER UPDATE OF created_at, ticket_id, deleted_at ON appeals",
        _both(_appeal_day),
    ),
    "kpi_compensations_ai": ("AFTER INSERT ON compensations", _new(_compensation_day)),
    "kpi_compensations_ad": ("AFTER DELETE ON compensations", _old(_compensation_day)),
    "kpi_compensations_au": (
        "AFTER UPDATE OF status, paid_at, amount_fen, reason, ticket_id, deleted_at "
        "ON compensations",
        _both(_compensation_day),
    ),
    "kpi_tickets_au": (
        "AFTER UPDATE OF kind, assignee_id, order_id, created_at, shop_id, deleted_at ON tickets",
        _both(_presale_ticket),
    ),
    "kpi_tickets_au_sla": (
        "AFTER UPDATE OF platform_deadline, resolved_at, shop_id, deleted_at ON tickets",
        _both(_deadline_sla),
    ),
}

# Filling the rollups from the rows already there (one pass each), as the triggers would.
BACKFILL = (
    f"""INSERT INTO kpi_order_days ({_ORDER_COLUMNS})
    SELECT {_DAY.format("paid_at")}, shop_id, count(*), sum(paid_fen), sum(ship_by IS NOT NULL),
           sum(ship_by IS NOT NULL AND shipped_at IS NOT NULL AND shipped_at <= ship_by),
           sum(ship_by IS NOT NULL AND shipped_at IS NOT NULL AND shipped_at > ship_by)
    FROM orders WHERE paid_at IS NOT NULL AND deleted_at IS NULL GROUP BY 1, 2""",
    f"""INSERT INTO kpi_item_days ({_ITEM_COLUMNS})
    SELECT {_DAY.format("o.paid_at")}, o.shop_id, i.product_id, i.sku, max(i.title),
           sum(i.quantity), sum(i.unit_price_fen * i.quantity - i.discount_fen), 0, 0, 0
    FROM order_items i JOIN orders o ON o.id = i.order_id
    WHERE o.paid_at IS NOT NULL AND o.deleted_at IS NULL AND i.deleted_at IS NULL
    GROUP BY 1, 2, 3, 4""",
    f"""INSERT INTO kpi_item_days ({_ITEM_COLUMNS})
    SELECT {_DAY.format("r.refunded_at")}, o.shop_id, i.product_id, i.sku, max(i.title), 0, 0,
           sum(i.quantity), count(*), 0
    FROM refunds r JOIN order_items i ON i.id = r.order_item_id JOIN orders o ON o.id = i.order_id
    WHERE {_counted_refund("r")}
    GROUP BY 1, 2, 3, 4
    {_ITEM_KEY} {_REFUND_SET}""",
    f"""INSERT INTO kpi_item_days ({_ITEM_COLUMNS})
    SELECT {_DAY.format("r.refunded_at")}, o.shop_id, i.product_id, i.sku, max(i.title), 0, 0,
           sum(i.quantity), count(*), 0
    FROM refunds r JOIN tickets t ON t.id = r.ticket_id
    JOIN order_items i ON i.order_id = t.order_id AND i.deleted_at IS NULL
    JOIN orders o ON o.id = i.order_id
    WHERE r.order_item_id IS NULL AND {_counted_refund("r")}
    GROUP BY 1, 2, 3, 4
    {_ITEM_KEY} {_REFUND_SET}""",
    f"""INSERT INTO kpi_item_days ({_ITEM_COLUMNS})
    SELECT {_DAY.format("t.created_at")}, o.shop_id, i.product_id, i.sku, max(i.title),
           0, 0, 0, 0, count(*)
    FROM ticket_items ti JOIN tickets t ON t.id = ti.ticket_id
    JOIN order_items i ON i.id = ti.order_item_id JOIN orders o ON o.id = i.order_id
    WHERE t.kind = 'quality_claim' AND t.deleted_at IS NULL AND ti.deleted_at IS NULL
    GROUP BY 1, 2, 3, 4
    {_ITEM_KEY} {_CLAIM_SET}""",
    f"""INSERT INTO kpi_refund_days (day, shop_id, refunds, seconds, within_24h, within_48h)
    SELECT {_DAY.format("r.refunded_at")}, t.shop_id, count(*), sum({_took("r")}),
           sum({_took("r")} <= 86400), sum({_took("r")} <= 172800)
    FROM refunds r JOIN tickets t ON t.id = r.ticket_id
    WHERE {_counted_refund("r")}
    GROUP BY 1, 2""",
    f"""INSERT INTO kpi_refund_waits (day, shop_id, days, refunds)
    SELECT {_DAY.format("r.created_at")}, t.shop_id, {_waited_days("r")}, count(*)
    FROM refunds r JOIN tickets t ON t.id = r.ticket_id
    WHERE {_counted_refund("r")}
    GROUP BY 1, 2, 3""",
    *(
        f"""INSERT INTO kpi_sla_days (day, shop_id, rule, done, kept, late)
    SELECT {_DAY.format("x." + start)}, t.shop_id, '{rule}', count(*),
           sum(x.{done} <= x.{due}), sum(x.{done} > x.{due})
    FROM {table} x JOIN tickets t ON t.id = x.ticket_id
    WHERE x.{done} IS NOT NULL AND x.{due} IS NOT NULL AND x.{start} IS NOT NULL
      AND x.deleted_at IS NULL
    GROUP BY 1, 2"""
        for rule, table, start, done, due in (
            ("reship_due", "reships", "agreed_at", "shipped_at", "due_at"),
            ("follow_up", "follow_ups", "created_at", "done_at", "due_at"),
        )
    ),
    f"""INSERT INTO kpi_sla_days (day, shop_id, rule, done, kept, late)
    SELECT {_DAY.format("platform_deadline")}, shop_id, 'platform_deadline', count(*),
           sum(resolved_at <= platform_deadline), sum(resolved_at > platform_deadline)
    FROM tickets
    WHERE platform_deadline IS NOT NULL AND resolved_at IS NOT NULL AND deleted_at IS NULL
    GROUP BY 1, 2""",
    f"""INSERT INTO kpi_ticket_days (day, shop_id, kind, status, tickets)
    SELECT {_DAY.format("created_at")}, shop_id, kind, status, count(*) FROM tickets
    WHERE deleted_at IS NULL GROUP BY 1, 2, 3, 4""",
    f"""INSERT INTO kpi_appeal_days (day, shop_id, appeals)
    SELECT {_DAY.format("a.created_at")}, t.shop_id, count(*)
    FROM appeals a JOIN tickets t ON t.id = a.ticket_id
    WHERE a.deleted_at IS NULL GROUP BY 1, 2""",
    f"""INSERT INTO kpi_compensation_days (day, shop_id, reason, paid, amount_fen)
    SELECT {_DAY.format("c.paid_at")}, t.shop_id, c.reason, count(*), sum(c.amount_fen)
    FROM compensations c JOIN tickets t ON t.id = c.ticket_id
    WHERE c.status = 'paid' AND c.paid_at IS NOT NULL AND c.deleted_at IS NULL
    GROUP BY 1, 2, 3""",
    f"""INSERT INTO kpi_presale_days ({_PRESALE_COLUMNS})
    SELECT day, shop_id, agent_key, count(*), count(order_id),
           sum(coalesce(d BETWEEN 0 AND 1, 0)), sum(coalesce(d BETWEEN 0 AND 3, 0)),
           sum(coalesce(d BETWEEN 0 AND 7, 0))
    FROM (
        SELECT {_DAY.format("t.created_at")} AS day, t.shop_id, coalesce(t.assignee_id, '')
               AS agent_key, t.order_id, julianday(o.paid_at) - julianday(t.created_at) AS d
        FROM tickets t LEFT JOIN orders o ON o.id = t.order_id AND o.deleted_at IS NULL
        WHERE t.kind IN {_PRESALE} AND t.deleted_at IS NULL
    )
    GROUP BY 1, 2, 3""",
)


ROLLUP_TABLES = (
    "kpi_compensation_days",
    "kpi_appeal_days",
    "kpi_ticket_days",
    "kpi_refund_waits",
    "kpi_sla_days",
    "kpi_presale_days",
    "kpi_refund_days",
    "kpi_item_days",
    "kpi_order_days",
)


def _rollups() -> None:
    op.create_table(
        "kpi_order_days",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("shop_id", sa.Uuid(), nullable=False),
        sa.Column("orders", sa.Integer(), nullable=False),
        sa.Column("paid_fen", sa.Integer(), nullable=False),
        sa.Column("with_ship_by", sa.Integer(), nullable=False),
        sa.Column("shipped_on_time", sa.Integer(), nullable=False),
        sa.Column("shipped_late", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("day", "shop_id", name=op.f("pk_kpi_order_days")),
    )
    op.create_table(
        "kpi_item_days",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("shop_id", sa.Uuid(), nullable=False),
        sa.Column("product_id", sa.String(length=64), nullable=False),
        sa.Column("sku", sa.String(length=64), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("units_sold", sa.Integer(), nullable=False),
        sa.Column("sold_fen", sa.Integer(), nullable=False),
        sa.Column("units_refunded", sa.Integer(), nullable=False),
        sa.Column("refunds", sa.Integer(), nullable=False),
        sa.Column("claims", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(
            "day", "shop_id", "product_id", "sku", name=op.f("pk_kpi_item_days")
        ),
    )
    op.create_table(
        "kpi_refund_days",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("shop_id", sa.Uuid(), nullable=False),
        sa.Column("refunds", sa.Integer(), nullable=False),
        sa.Column("seconds", sa.Integer(), nullable=False),
        sa.Column("within_24h", sa.Integer(), nullable=False),
        sa.Column("within_48h", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("day", "shop_id", name=op.f("pk_kpi_refund_days")),
    )
    op.create_table(
        "kpi_presale_days",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("shop_id", sa.Uuid(), nullable=False),
        sa.Column("agent_key", sa.String(length=36), nullable=False),
        sa.Column("inquiries", sa.Integer(), nullable=False),
        sa.Column("with_order", sa.Integer(), nullable=False),
        sa.Column("paid_1d", sa.Integer(), nullable=False),
        sa.Column("paid_3d", sa.Integer(), nullable=False),
        sa.Column("paid_7d", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("day", "shop_id", "agent_key", name=op.f("pk_kpi_presale_days")),
    )
    op.create_table(
        "kpi_sla_days",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("shop_id", sa.Uuid(), nullable=False),
        sa.Column("rule", sa.String(length=40), nullable=False),
        sa.Column("done", sa.Integer(), nullable=False),
        sa.Column("kept", sa.Integer(), nullable=False),
        sa.Column("late", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("day", "shop_id", "rule", name=op.f("pk_kpi_sla_days")),
    )
    op.create_table(
        "kpi_refund_waits",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("shop_id", sa.Uuid(), nullable=False),
        sa.Column("days", sa.Integer(), nullable=False),
        sa.Column("refunds", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("day", "shop_id", "days", name=op.f("pk_kpi_refund_waits")),
    )
    op.create_table(
        "kpi_ticket_days",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("shop_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("status", sa.String(length=24), nullable=False),
        sa.Column("tickets", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(
            "day", "shop_id", "kind", "status", name=op.f("pk_kpi_ticket_days")
        ),
    )
    op.create_table(
        "kpi_appeal_days",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("shop_id", sa.Uuid(), nullable=False),
        sa.Column("appeals", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("day", "shop_id", name=op.f("pk_kpi_appeal_days")),
    )
    op.create_table(
        "kpi_compensation_days",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("shop_id", sa.Uuid(), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("paid", sa.Integer(), nullable=False),
        sa.Column("amount_fen", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("day", "shop_id", "reason", name=op.f("pk_kpi_compensation_days")),
    )
    if op.get_bind().dialect.name != "sqlite":
        return  # the server computes these figures by joining (docs/kpis.md)
    for statement in BACKFILL:
        op.execute(statement)
    for name, (when, body) in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {when} BEGIN {body}\nEND")


def _sync_columns() -> list[sa.Column]:
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


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, length=24)


def upgrade() -> None:
    op.create_table(
        "reviews",
        sa.Column(
            "queue",
            _enum(
                "reviewqueue",
                "tagged_customer",
                "flagged_order",
                "exception_order",
                "unpaid_order",
                "dispute",
            ),
            nullable=False,
        ),
        sa.Column("subject_id", sa.Uuid(), nullable=False),
        sa.Column("customer_id", sa.Uuid(), nullable=True),
        sa.Column("order_id", sa.Uuid(), nullable=True),
        sa.Column("ticket_id", sa.Uuid(), nullable=True),
        sa.Column(
            "decision",
            _enum("reviewdecision", "cleared", "action_taken", "watch", "escalated"),
            nullable=False,
        ),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("state", sa.JSON(), nullable=False),
        sa.Column("reviewed_by", sa.Uuid(), nullable=False),
        sa.Column("reviewed_at", sa.DateTime(), nullable=False),
        *_sync_columns(),
        _fk("reviews", "customer_id", "customers"),
        _fk("reviews", "order_id", "orders"),
        _fk("reviews", "ticket_id", "tickets"),
        _fk("reviews", "reviewed_by", "agents"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reviews")),
    )
    with op.batch_alter_table("reviews", schema=None) as batch_op:
        batch_op.create_index("ix_reviews_subject", ["subject_id", "queue", "reviewed_at"])
        batch_op.create_index("ix_reviews_at", ["reviewed_at"])

    op.create_table(
        "quality_reviews",
        sa.Column("agent_id", sa.Uuid(), nullable=False),
        sa.Column("ticket_id", sa.Uuid(), nullable=False),
        sa.Column("reviewer_id", sa.Uuid(), nullable=False),
        sa.Column("checklist_version", sa.Integer(), nullable=False),
        sa.Column("scores", sa.JSON(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("feedback", sa.Text(), nullable=False),
        sa.Column("reviewed_at", sa.DateTime(), nullable=False),
        sa.Column("seen_at", sa.DateTime(), nullable=True),
        *_sync_columns(),
        _fk("quality_reviews", "agent_id", "agents"),
        _fk("quality_reviews", "ticket_id", "tickets"),
        _fk("quality_reviews", "reviewer_id", "agents"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quality_reviews")),
        sa.UniqueConstraint("agent_id", "ticket_id", name=op.f("uq_quality_reviews_agent_id")),
    )
    with op.batch_alter_table("quality_reviews", schema=None) as batch_op:
        batch_op.create_index("ix_quality_reviews_agent", ["agent_id", "reviewed_at"])

    op.create_table(
        "dsr_entries",
        sa.Column("shop_id", sa.Uuid(), nullable=False),
        sa.Column("product_id", sa.String(length=64), nullable=False),
        sa.Column("product_title", sa.String(length=200), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("describe_milli", sa.Integer(), nullable=False),
        sa.Column("service_milli", sa.Integer(), nullable=False),
        sa.Column("logistics_milli", sa.Integer(), nullable=False),
        sa.Column("note", sa.String(length=500), nullable=False),
        sa.Column("entered_by", sa.Uuid(), nullable=True),
        *_sync_columns(),
        _fk("dsr_entries", "shop_id", "shops"),
        _fk("dsr_entries", "entered_by", "agents"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dsr_entries")),
        sa.UniqueConstraint(
            "shop_id",
            "product_id",
            "period_start",
            "period_end",
            name=op.f("uq_dsr_entries_shop_id"),
        ),
    )
    with op.batch_alter_table("dsr_entries", schema=None) as batch_op:
        batch_op.create_index("ix_dsr_entries_period", ["period_end", "shop_id"])

    op.create_table(
        "qc_requests",
        sa.Column("shop_id", sa.Uuid(), nullable=True),
        sa.Column("product_id", sa.String(length=64), nullable=False),
        sa.Column("sku", sa.String(length=64), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("units_sold", sa.Integer(), nullable=False),
        sa.Column("units_refunded", sa.Integer(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("requested_by", sa.Uuid(), nullable=False),
        sa.Column("requested_at", sa.DateTime(), nullable=False),
        *_sync_columns(),
        _fk("qc_requests", "shop_id", "shops"),
        _fk("qc_requests", "requested_by", "agents"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_qc_requests")),
    )
    with op.batch_alter_table("qc_requests", schema=None) as batch_op:
        batch_op.create_index("ix_qc_requests_product", ["product_id", "requested_at"])

    op.create_table(
        "sku_costs",
        sa.Column("shop_id", sa.Uuid(), nullable=False),
        sa.Column("sku", sa.String(length=64), nullable=False),
        sa.Column("unit_cost_fen", sa.Integer(), nullable=False),
        sa.Column("set_by", sa.Uuid(), nullable=True),
        *_sync_columns(),
        _fk("sku_costs", "shop_id", "shops"),
        _fk("sku_costs", "set_by", "agents"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sku_costs")),
        sa.UniqueConstraint("shop_id", "sku", name=op.f("uq_sku_costs_shop_id")),
    )

    for table, name, columns in KPI_INDEXES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.create_index(name, columns, unique=False)
    _rollups()
    for table, name, columns, where in PARTIAL_INDEXES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.create_index(
                name,
                columns,
                unique=False,
                sqlite_where=sa.text(where),
                postgresql_where=sa.text(where),
            )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in reversed(TRIGGERS):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    for table in ROLLUP_TABLES:
        op.drop_table(table)
    for table, name, _columns, _where in reversed(PARTIAL_INDEXES):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(name)
    for table, name, _columns in reversed(KPI_INDEXES):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(name)
    op.drop_table("sku_costs")
    with op.batch_alter_table("qc_requests", schema=None) as batch_op:
        batch_op.drop_index("ix_qc_requests_product")
    op.drop_table("qc_requests")
    with op.batch_alter_table("dsr_entries", schema=None) as batch_op:
        batch_op.drop_index("ix_dsr_entries_period")
    op.drop_table("dsr_entries")
    with op.batch_alter_table("quality_reviews", schema=None) as batch_op:
        batch_op.drop_index("ix_quality_reviews_agent")
    op.drop_table("quality_reviews")
    with op.batch_alter_table("reviews", schema=None) as batch_op:
        batch_op.drop_index("ix_reviews_at")
        batch_op.drop_index("ix_reviews_subject")
    op.drop_table("reviews")
