"""Quick phrases for the picker, and the open ticket's values for their placeholders."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import Uuid, bindparam, or_, select
from sqlalchemy.orm import Session, sessionmaker

from app.errors import NotFound
from app.models import Customer, Order, OrderItem, QuickPhrase, Shop, Ticket, TicketItem
from app.queries.reading import reading


@dataclass(frozen=True)
class PhraseRow:
    id: uuid.UUID
    group: str
    title: str
    body: str
    initials: str
    use_count: int
    personal: bool
    shop_id: uuid.UUID | None


_COLUMNS = (
    QuickPhrase.id,
    QuickPhrase.group,
    QuickPhrase.title,
    QuickPhrase.body,
    QuickPhrase.initials,
    QuickPhrase.use_count,
    QuickPhrase.owner_id,
    QuickPhrase.shop_id,
)


def library(
    sessions: sessionmaker[Session], agent_id: uuid.UUID, shop_id: uuid.UUID | None = None
) -> list[PhraseRow]:
    """The phrases ``agent_id`` may use: shop-wide ones (every shop's, or ``shop_id``'s) and
    their own; the most used first."""
    stmt = (
        select(*_COLUMNS)
        .where(
            QuickPhrase.deleted_at.is_(None),
            or_(QuickPhrase.owner_id.is_(None), QuickPhrase.owner_id == agent_id),
        )
        .order_by(QuickPhrase.use_count.desc(), QuickPhrase.title)
    )
    if shop_id is not None:
        stmt = stmt.where(or_(QuickPhrase.shop_id.is_(None), QuickPhrase.shop_id == shop_id))
    with reading(sessions) as conn:
        rows = conn.execute(stmt).all()
    return [PhraseRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6] is not None, r[7]) for r in rows]


_TICKET = (
    select(
        Ticket.shop_id,
        Customer.nickname,
        Order.id,
        Order.order_no,
        Order.ship_by,
        Order.carrier,
        Order.tracking_no,
        Shop.timezone,
        Shop.settings,
    )
    .join(Customer, Customer.id == Ticket.customer_id)
    .join(Shop, Shop.id == Ticket.shop_id)
    .outerjoin(Order, Order.id == Ticket.order_id)
    .where(Ticket.id == bindparam("tid", type_=Uuid()))
)
_PRODUCT = (
    select(OrderItem.title)
    .outerjoin(
        TicketItem,
        (TicketItem.order_item_id == OrderItem.id)
        & (TicketItem.ticket_id == bindparam("tid", type_=Uuid())),
    )
    .where(OrderItem.order_id == bindparam("oid", type_=Uuid()))
    .order_by(TicketItem.id.is_(None), OrderItem.line_no)
    .limit(1)
)


@dataclass(frozen=True)
class TicketValues:
    shop_id: uuid.UUID
    values: dict[str, str]


def ticket_values(sessions: sessionmaker[Session], ticket_id: uuid.UUID) -> TicketValues:
    """The placeholder values the open ticket gives: buyer, product (the item the ticket is
    about, else the order's first), order number, ship-by time (shop time), carrier, tracking
    number, and the shop's current coupon (``settings.coupon``)."""
    with reading(sessions) as conn:
        t = conn.execute(_TICKET, {"tid": ticket_id}).first()
        if t is None:
            raise NotFound(f"no ticket {ticket_id}")
        product = conn.execute(_PRODUCT, {"tid": ticket_id, "oid": t[2]}).scalar() if t[2] else None
    ship_by = t[4].in_timezone(t[7]).format("M[月]D[日] HH:mm") if t[4] else ""
    settings = t[8] or {}
    return TicketValues(
        shop_id=t[0],
        values={
            "buyer": t[1] or "",
            "product": product or "",
            "order_no": t[3] or "",
            "ship_by": ship_by,
            "carrier": t[5] or "",
            "tracking": t[6] or "",
            "coupon": str(settings.get("coupon", "")),
        },
    )
