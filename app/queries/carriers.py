"""The shop's carrier table and flag meanings, and the buyer's orders for flagging."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from pendulum import DateTime
from sqlalchemy import Uuid, bindparam, select
from sqlalchemy.orm import Session, sessionmaker

from app.models import Carrier, FlagColor, Order, OrderStatus, Shop, Ticket
from app.queries.reading import reading


@dataclass(frozen=True)
class CarrierRow:
    id: uuid.UUID
    shop_id: uuid.UUID
    name: str
    speed: str
    cost: str
    coverage: str
    note: str
    extra_fen: int
    position: int


_CARRIERS = (
    select(
        Carrier.id,
        Carrier.shop_id,
        Carrier.name,
        Carrier.speed,
        Carrier.cost,
        Carrier.coverage,
        Carrier.note,
        Carrier.extra_fen,
        Carrier.position,
    )
    .where(Carrier.shop_id == bindparam("shop", type_=Uuid()), Carrier.deleted_at.is_(None))
    .order_by(Carrier.position, Carrier.name)
)


def carriers(sessions: sessionmaker[Session], shop_id: uuid.UUID) -> list[CarrierRow]:
    with reading(sessions) as conn:
        return [CarrierRow(*r) for r in conn.execute(_CARRIERS, {"shop": shop_id})]


def shop_of_ticket(sessions: sessionmaker[Session], ticket_id: uuid.UUID) -> uuid.UUID | None:
    with reading(sessions) as conn:
        return conn.execute(select(Ticket.shop_id).where(Ticket.id == ticket_id)).scalar()


def flag_meanings(sessions: sessionmaker[Session], shop_id: uuid.UUID) -> dict[FlagColor, str]:
    with reading(sessions) as conn:
        settings = conn.execute(select(Shop.settings).where(Shop.id == shop_id)).scalar() or {}
    raw = settings.get("flag_meanings", {}) or {}
    return {FlagColor(k): v for k, v in raw.items() if k in FlagColor._value2member_map_}


@dataclass(frozen=True)
class FlaggableOrder:
    order_id: uuid.UUID
    order_no: str
    status: OrderStatus
    placed_at: DateTime
    flag: FlagColor
    remark: str
    carrier: str


UNSHIPPED = (OrderStatus.PLACED, OrderStatus.AWAITING_CONFIRMATION, OrderStatus.STOCKING)


def buyer_orders(
    sessions: sessionmaker[Session], customer_id: uuid.UUID, *, limit: int = 30
) -> list[FlaggableOrder]:
    """The buyer's orders, those not shipped yet first, then the newest."""
    stmt = (
        select(
            Order.id,
            Order.order_no,
            Order.status,
            Order.placed_at,
            Order.flag,
            Order.flag_remark,
            Order.carrier,
        )
        .where(Order.customer_id == customer_id, Order.deleted_at.is_(None))
        .order_by(Order.placed_at.desc())
        .limit(limit)
    )
    with reading(sessions) as conn:
        rows = [FlaggableOrder(*r[:6], carrier=r[6] or "") for r in conn.execute(stmt)]
    rows.sort(key=lambda o: o.status not in UNSHIPPED)  # stable: newest first within each
    return rows
