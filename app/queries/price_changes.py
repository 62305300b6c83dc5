"""Price changes: those waiting for a supervisor (for the approvals inbox, in the style of
:mod:`app.queries.approvals`), and an order's history of changes."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from pendulum import DateTime
from sqlalchemy import select
from sqlalchemy.orm import Session, aliased, sessionmaker

from app.models import Agent, Customer, Order, PriceChange, Shop
from app.queries.reading import reading

_BY = aliased(Agent)


@dataclass(frozen=True)
class PendingOrderChange:
    """One order of a waiting batch: what the buyer pays for the goods and the shipping,
    before and after."""

    order_no: str
    goods_before_fen: int
    goods_after_fen: int
    shipping_before_fen: int
    shipping_after_fen: int


@dataclass(frozen=True)
class PendingPriceChange:
    """One batch waiting for a supervisor: every order changed together, what the buyer
    would pay before and after, and what is spared against the agent's limit."""

    entity: str  # "price_change"
    batch_id: uuid.UUID
    ticket_id: uuid.UUID | None
    shop: str
    buyer: str
    order_nos: tuple[str, ...]
    before_fen: int
    after_fen: int
    spared_fen: int
    reason: str
    requested_by: str
    requested_by_id: uuid.UUID | None
    limit_fen: int  # the requesting agent's price-change limit
    requested_at: DateTime
    orders: tuple[PendingOrderChange, ...] = ()  # per order, in order-number order


_PENDING = (
    select(
        PriceChange.batch_id,
        PriceChange.ticket_id,
        Shop.name,
        Customer.nickname,
        Order.order_no,
        PriceChange.goods_fen,
        PriceChange.discount_before_fen,
        PriceChange.discount_after_fen,
        PriceChange.shipping_before_fen,
        PriceChange.shipping_after_fen,
        PriceChange.reason,
        _BY.display_name,
        PriceChange.requested_by,
        _BY.price_change_limit_fen,
        PriceChange.created_at,
    )
    .join(Order, Order.id == PriceChange.order_id)
    .join(Shop, Shop.id == PriceChange.shop_id)
    .join(Customer, Customer.id == PriceChange.customer_id)
    .outerjoin(_BY, _BY.id == PriceChange.requested_by)
    .where(PriceChange.status == "pending", PriceChange.deleted_at.is_(None))
    .order_by(PriceChange.created_at, PriceChange.batch_id, Order.order_no)
)


def pending_price_changes(
    sessions: sessionmaker[Session], *, limit: int = 200
) -> list[PendingPriceChange]:
    """Price changes waiting for a supervisor's decision, one per batch, longest-waiting
    first."""
    with reading(sessions) as conn:
        rows = conn.execute(_PENDING.limit(limit * 10)).all()
    batches: dict[uuid.UUID, list] = {}
    for r in rows:
        batches.setdefault(r[0], []).append(r)
    out = []
    for batch_id, group in list(batches.items())[:limit]:
        first = group[0]
        before = sum(g[5] - g[6] + g[8] for g in group)
        after = sum(g[5] - g[7] + g[9] for g in group)
        spared = sum(max(0, (g[5] - g[6] + g[8]) - (g[5] - g[7] + g[9])) for g in group)
        out.append(
            PendingPriceChange(
                "price_change",
                batch_id,
                first[1],
                first[2],
                first[3],
                tuple(g[4] for g in group),
                before,
                after,
                spared,
                first[10],
                first[11] or "",
                first[12],
                first[13] or 0,
                first[14],
                tuple(
                    PendingOrderChange(g[4], g[5] - g[6], g[5] - g[7], g[8], g[9]) for g in group
                ),
            )
        )
    return out


@dataclass(frozen=True)
class PriceChangeRow:
    batch_id: uuid.UUID
    status: str
    before_fen: int
    after_fen: int
    shipping_before_fen: int
    shipping_after_fen: int
    reason: str
    requested_by: str
    at: DateTime


def order_price_changes(
    sessions: sessionmaker[Session], order_id: uuid.UUID
) -> list[PriceChangeRow]:
    """An order's changes, oldest first: the record of before and after."""
    stmt = (
        select(PriceChange, _BY.display_name)
        .outerjoin(_BY, _BY.id == PriceChange.requested_by)
        .where(PriceChange.order_id == order_id, PriceChange.deleted_at.is_(None))
        .order_by(PriceChange.created_at)
    )
    with sessions() as s:
        return [
            PriceChangeRow(
                p.batch_id,
                p.status,
                p.total_before_fen,
                p.total_after_fen,
                p.shipping_before_fen,
                p.shipping_after_fen,
                p.reason,
                name or "",
                p.created_at,
            )
            for p, name in s.execute(stmt)
        ]


@dataclass(frozen=True)
class ChangeableOrder:
    order_id: uuid.UUID
    order_no: str
    goods_fen: int
    discount_fen: int
    shipping_fen: int
    placed_at: DateTime

    @property
    def goods_to_pay_fen(self) -> int:
        return self.goods_fen - self.discount_fen


@dataclass(frozen=True)
class ChangeOptions:
    """What may change on a buyer's unpaid orders, by the shop's platform table."""

    platform: str
    goods: bool
    shipping: bool
    goods_rule: str  # the table's source, for the tooltip
    shipping_rule: str
    orders: tuple[ChangeableOrder, ...]


def change_options(sessions: sessionmaker[Session], customer_id: uuid.UUID) -> ChangeOptions:
    """The buyer's unpaid orders and what the platform lets the shop change on them."""
    from app.models import OrderStatus, PaymentMethod
    from app.policy.presale import load_presale, may_change

    stmt = (
        select(
            Order.id,
            Order.order_no,
            Order.goods_fen,
            Order.discount_fen,
            Order.shipping_fen,
            Order.placed_at,
            Shop.platform,
        )
        .join(Shop, Shop.id == Order.shop_id)
        .where(
            Order.customer_id == customer_id,
            Order.status == OrderStatus.PLACED,
            Order.payment_method == PaymentMethod.ONLINE,
            Order.deleted_at.is_(None),
        )
        .order_by(Order.placed_at, Order.id)
    )
    with reading(sessions) as conn:
        rows = conn.execute(stmt).all()
        if not rows:
            platform = conn.execute(
                select(Shop.platform)
                .join(Customer, Customer.shop_id == Shop.id)
                .where(Customer.id == customer_id)
            ).scalar()
        else:
            platform = rows[0][6]
    name = platform.value if platform else "other"
    table = load_presale(name)
    return ChangeOptions(
        platform=name,
        goods=may_change(table, "goods", "placed")[0],
        shipping=may_change(table, "shipping", "placed")[0],
        goods_rule=table.price_rule("goods").source,
        shipping_rule=table.price_rule("shipping").source,
        orders=tuple(ChangeableOrder(*r[:6]) for r in rows),
    )
