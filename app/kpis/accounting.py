"""The accounting export (DOMAIN.md item 38): every refund that went back in a period as the
rules engine's journal entries, and where the money came from.

For each refund: reverse the sale (Dr main business revenue, Dr output VAT at the rate in
force on the day of the sale; Cr bank), and, when the goods came back (a return received or
inspected on the case), reverse their cost (Dr inventory; Cr cost of goods sold) at the
SKU's unit cost. ``source`` is the refund's own record: ``payout`` or ``deposit`` (or
``mixed``) after settlement, ``escrow`` before it (the platform still held the buyer's
payment). A returned SKU without a unit cost is listed, and its cost reversal left out.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from dataclasses import dataclass

from pendulum import DateTime
from sqlalchemy import Connection, select
from sqlalchemy.orm import Session, sessionmaker

from app.kpis.period import Period
from app.models import (
    Order,
    OrderItem,
    Refund,
    ReturnShipment,
    Shop,
    SkuCost,
    Ticket,
)
from app.policy import load_table, refund_entries
from app.queries.reading import reading
from app.services.approvals import require_supervisor
from app.services.unit import Actor

REFUNDED = ("refunded", "finance_confirmed")
RETURNED = ("received", "inspected")
SOURCES = ("payout", "deposit", "mixed", "escrow")


@dataclass(frozen=True)
class JournalRow:
    refunded_on: dt.date
    refund_id: uuid.UUID
    order_no: str
    shop: str
    item: str  # the SKU refunded, or "*" for the whole order
    source: str  # payout, deposit, mixed or escrow
    entry: str  # "reverse the sale" / "reverse the cost"
    entry_zh: str
    account: str
    account_zh: str
    debit_fen: int
    credit_fen: int


@dataclass(frozen=True)
class Journal:
    rows: list[JournalRow]
    refunds: int
    refunded_fen: int
    by_source: dict[str, tuple[int, int]]  # source -> (refunds, fen)
    missing_costs: list[str]  # returned SKUs without a unit cost

    @property
    def balanced(self) -> bool:
        return sum(r.debit_fen for r in self.rows) == sum(r.credit_fen for r in self.rows)


@dataclass(frozen=True)
class _Refund:
    id: uuid.UUID
    ticket_id: uuid.UUID
    item_id: uuid.UUID | None
    amount_fen: int
    source: str
    refunded_at: DateTime
    order_id: uuid.UUID
    order_no: str
    paid_at: DateTime | None
    settled: bool
    shop_id: uuid.UUID
    shop: str
    platform: str
    sku: str | None  # the item refunded (None: the whole order)
    quantity: int | None


def _refunds(conn: Connection, period: Period) -> list[_Refund]:
    stmt = (
        select(
            Refund.id,
            Refund.ticket_id,
            Refund.order_item_id,
            Refund.amount_fen,
            Refund.source,
            Refund.refunded_at,
            Order.id,
            Order.order_no,
            Order.paid_at,
            Order.settled,
            Shop.id,
            Shop.name,
            Shop.platform,
            OrderItem.sku,
            OrderItem.quantity,
        )
        .join(Ticket, Ticket.id == Refund.ticket_id)
        .join(Order, Order.id == Ticket.order_id)
        .join(Shop, Shop.id == Order.shop_id)
        .outerjoin(OrderItem, OrderItem.id == Refund.order_item_id)
        .where(
            Refund.refunded_at >= period.start,
            Refund.refunded_at < period.end,
            Refund.status.in_(REFUNDED),
            Refund.deleted_at.is_(None),
        )
        .order_by(Refund.refunded_at, Refund.id)
    )
    return [_Refund(*r[:12], str(r[12]), r[13], r[14]) for r in conn.execute(stmt)]


def _items(conn: Connection, order_ids: set[uuid.UUID]) -> dict[uuid.UUID, list[tuple]]:
    """order id -> [(item id, sku, quantity)]"""
    found: dict[uuid.UUID, list[tuple]] = defaultdict(list)
    ids = list(order_ids)
    for start in range(0, len(ids), 500):
        stmt = select(OrderItem.order_id, OrderItem.id, OrderItem.sku, OrderItem.quantity).where(
            OrderItem.order_id.in_(ids[start : start + 500]), OrderItem.deleted_at.is_(None)
        )
        for order_id, item_id, sku, qty in conn.execute(stmt):
            found[order_id].append((item_id, sku, qty))
    return found


def _returned(conn: Connection, ticket_ids: set[uuid.UUID]) -> set[tuple[uuid.UUID, object]]:
    """(ticket id, item id or None) of the goods that came back on those cases."""
    ids, found = list(ticket_ids), set()
    for start in range(0, len(ids), 500):
        stmt = select(ReturnShipment.ticket_id, ReturnShipment.order_item_id).where(
            ReturnShipment.ticket_id.in_(ids[start : start + 500]),
            ReturnShipment.status.in_(RETURNED),
            ReturnShipment.deleted_at.is_(None),
        )
        found |= {(t, i) for t, i in conn.execute(stmt)}
    return found


def _costs(conn: Connection) -> dict[tuple[uuid.UUID, str], int]:
    stmt = select(SkuCost.shop_id, SkuCost.sku, SkuCost.unit_cost_fen).where(
        SkuCost.deleted_at.is_(None)
    )
    return {(s, sku): fen for s, sku, fen in conn.execute(stmt)}


def _source(r: _Refund) -> str:
    if r.source in SOURCES:
        return r.source
    return "escrow" if not r.settled else "payout"


def journal(sessions: sessionmaker[Session], *, actor: Actor, period: Period) -> Journal:
    """Every refund back in the period, as journal lines (supervisors only)."""
    require_supervisor(actor, "the accounting export")
    with reading(sessions) as conn:
        refunds = _refunds(conn, period)
        items = _items(conn, {r.order_id for r in refunds if r.item_id is None})
        returned = _returned(conn, {r.ticket_id for r in refunds})
        costs = _costs(conn)
    rows: list[JournalRow] = []
    by_source: dict[str, list[int]] = {s: [0, 0] for s in SOURCES}
    missing: set[str] = set()
    tables: dict[str, object] = {}
    for r in refunds:
        if r.item_id is not None:
            lines = [(r.item_id, r.sku, r.quantity)] if r.sku is not None else []
        else:
            lines = items.get(r.order_id, [])
        back = [
            i for i in lines if (r.ticket_id, i[0]) in returned or (r.ticket_id, None) in returned
        ]
        cost = 0
        for _item_id, sku, qty in back:
            unit = costs.get((r.shop_id, sku))
            if unit is None:
                missing.add(sku)
            else:
                cost += unit * qty
        if r.platform not in tables:
            tables[r.platform] = load_table(r.platform)
        table = tables[r.platform]
        sold_on = (r.paid_at or r.refunded_at).in_timezone(period.tz).date()
        source = _source(r)
        by_source[source][0] += 1
        by_source[source][1] += r.amount_fen
        day = r.refunded_at.in_timezone(period.tz).date()
        item = lines[0][1] if r.item_id is not None and lines else "*"
        for entry in refund_entries(table, refund_fen=r.amount_fen, sold_on=sold_on,
                                    returned_cost_fen=cost):  # fmt: skip
            for line in entry.lines:
                rows.append(
                    JournalRow(
                        day,
                        r.id,
                        r.order_no,
                        r.shop,
                        item,
                        source,
                        entry.memo,
                        entry.memo_zh,
                        line.account,
                        line.account_zh,
                        line.debit_fen,
                        line.credit_fen,
                    )  # fmt: skip
                )
    return Journal(
        rows=rows,
        refunds=len(refunds),
        refunded_fen=sum(r.amount_fen for r in refunds),
        by_source={k: (v[0], v[1]) for k, v in by_source.items() if v[0]},
        missing_costs=sorted(missing),
    )
