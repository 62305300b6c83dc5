"""One ticket opened: its order and items, the buyer with tags, the timeline, the transcript."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from pendulum import DateTime
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.errors import NotFound
from app.models import (
    Agent,
    Customer,
    CustomerTag,
    FlagColor,
    ItemAfterSale,
    Message,
    MessageKind,
    Order,
    OrderItem,
    OrderStatus,
    PaymentMethod,
    Platform,
    Priority,
    Shop,
    Ticket,
    TicketEvent,
    TicketItem,
    TicketKind,
    TicketStatus,
)
from app.queries.queue import TagChip, _tags_for
from app.services.ticket_flow import allowed_next
from app.services.windows import windows_for


@dataclass(frozen=True)
class ItemInfo:
    id: uuid.UUID
    sku: str
    title: str
    category: str
    quantity: int
    unit_price_fen: int
    discount_fen: int
    amount_fen: int
    aftersale: ItemAfterSale
    covered: bool  # this ticket is about this item


@dataclass(frozen=True)
class OrderInfo:
    id: uuid.UUID
    order_no: str
    status: OrderStatus
    payment_method: PaymentMethod
    goods_fen: int
    discount_fen: int
    shipping_fen: int
    paid_fen: int
    placed_at: DateTime
    paid_at: DateTime | None
    shipped_at: DateTime | None
    signed_at: DateTime | None
    confirmed_at: DateTime | None
    completed_at: DateTime | None
    ship_by: DateTime | None
    carrier: str
    tracking_no: str
    settled: bool
    flag: FlagColor
    flag_remark: str
    buyer_remark: str
    items: tuple[ItemInfo, ...]


@dataclass(frozen=True)
class CustomerInfo:
    id: uuid.UUID
    nickname: str
    platform_buyer_id: str
    phone_masked: str
    note: str
    tags: tuple[TagChip, ...]
    tag_ids: tuple[uuid.UUID, ...]


@dataclass(frozen=True)
class EventRow:
    at: DateTime
    kind: str
    actor: str
    data: dict


@dataclass(frozen=True)
class WindowRow:
    """A platform window on the ticket, ready to show."""

    rule_id: str
    title: str
    title_zh: str
    starts_at: DateTime | None
    ends_at: DateTime
    explanation: str
    explanation_zh: str
    party: str  # merchant | buyer | platform
    met: bool
    source: str  # local | platform
    disagrees_with_local: bool
    local_ends_at: DateTime | None


@dataclass(frozen=True)
class TicketDetail:
    id: uuid.UUID
    kind: TicketKind
    status: TicketStatus
    priority: Priority
    subject: str
    due_at: DateTime
    due_rule: str
    platform_deadline: DateTime | None
    created_at: DateTime
    version: int
    assignee_id: uuid.UUID | None
    assignee: str
    shop_name: str
    platform: Platform
    shop_tz: str
    customer: CustomerInfo
    order: OrderInfo | None
    timeline: tuple[EventRow, ...]
    next_statuses: tuple[TicketStatus, ...]
    windows: tuple[WindowRow, ...] = ()


@dataclass(frozen=True)
class MessageRow:
    id: uuid.UUID
    kind: MessageKind
    author: str
    body: str
    at: DateTime


def load_ticket(sessions: sessionmaker[Session], ticket_id: uuid.UUID) -> TicketDetail:
    with sessions() as s:
        t = s.get(Ticket, ticket_id)
        if t is None or t.deleted_at is not None:
            raise NotFound(f"no ticket {ticket_id}")
        shop = s.get(Shop, t.shop_id)
        names = _agent_names(s)
        return TicketDetail(
            id=t.id,
            kind=t.kind,
            status=t.status,
            priority=t.priority,
            subject=t.subject,
            due_at=t.due_at,
            due_rule=t.due_rule,
            platform_deadline=t.platform_deadline,
            created_at=t.created_at,
            version=t.version,
            assignee_id=t.assignee_id,
            assignee=names.get(t.assignee_id, "") if t.assignee_id else "",
            shop_name=shop.name,
            platform=shop.platform,
            shop_tz=shop.timezone,
            customer=_customer(s, t.customer_id),
            order=_order(s, t) if t.order_id else None,
            timeline=_timeline(s, t.id, names),
            next_statuses=tuple(allowed_next(t.status)),
            windows=_windows(s, t),
        )


def _windows(s: Session, t: Ticket) -> tuple[WindowRow, ...]:
    rows = []
    for w in windows_for(s, t):
        rule = w.rule
        rows.append(
            WindowRow(
                rule_id=w.rule_id,
                title=(rule.title if rule and rule.title else w.rule_id.replace("_", " ")),
                title_zh=(rule.title_zh if rule and rule.title_zh else w.rule_id),
                starts_at=w.starts_at,
                ends_at=w.ends_at,
                explanation=w.explanation,
                explanation_zh=w.explanation_zh,
                party=w.party,
                met=w.met_at is not None,
                source=w.source,
                disagrees_with_local=w.disagrees_with_local,
                local_ends_at=w.local_ends_at,
            )
        )
    return tuple(rows)


def _agent_names(s: Session) -> dict[uuid.UUID, str]:
    return dict(s.execute(select(Agent.id, Agent.display_name)).all())


def _customer(s: Session, customer_id: uuid.UUID) -> CustomerInfo:
    c = s.get(Customer, customer_id)
    tag_ids = s.scalars(
        select(CustomerTag.tag_id).where(
            CustomerTag.customer_id == customer_id, CustomerTag.deleted_at.is_(None)
        )
    ).all()
    return CustomerInfo(
        id=c.id,
        nickname=c.nickname,
        platform_buyer_id=c.platform_buyer_id,
        phone_masked=c.phone_masked or "",
        note=c.note,
        tags=_tags_for(s, {customer_id}).get(customer_id, ()),
        tag_ids=tuple(tag_ids),
    )


def _order(s: Session, t: Ticket) -> OrderInfo:
    o = s.get(Order, t.order_id)
    covered = set(s.scalars(select(TicketItem.order_item_id).where(TicketItem.ticket_id == t.id)))
    items = s.scalars(
        select(OrderItem).where(OrderItem.order_id == o.id).order_by(OrderItem.line_no)
    )
    return OrderInfo(
        id=o.id,
        order_no=o.order_no,
        status=o.status,
        payment_method=o.payment_method,
        goods_fen=o.goods_fen,
        discount_fen=o.discount_fen,
        shipping_fen=o.shipping_fen,
        paid_fen=o.paid_fen,
        placed_at=o.placed_at,
        paid_at=o.paid_at,
        shipped_at=o.shipped_at,
        signed_at=o.signed_at,
        confirmed_at=o.confirmed_at,
        completed_at=o.completed_at,
        ship_by=o.ship_by,
        carrier=o.carrier or "",
        tracking_no=o.tracking_no or "",
        settled=o.settled,
        flag=o.flag,
        flag_remark=o.flag_remark,
        buyer_remark=o.buyer_remark,
        items=tuple(
            ItemInfo(
                id=i.id,
                sku=i.sku,
                title=i.title,
                category=i.category,
                quantity=i.quantity,
                unit_price_fen=i.unit_price_fen,
                discount_fen=i.discount_fen,
                amount_fen=i.amount_fen,
                aftersale=i.aftersale,
                covered=i.id in covered,
            )
            for i in items
        ),
    )


def _timeline(
    s: Session, ticket_id: uuid.UUID, names: dict[uuid.UUID, str]
) -> tuple[EventRow, ...]:
    stmt = (
        select(TicketEvent.at, TicketEvent.kind, TicketEvent.actor_id, TicketEvent.data)
        .where(TicketEvent.ticket_id == ticket_id)
        .order_by(TicketEvent.at, TicketEvent.id)
    )
    return tuple(
        EventRow(at, kind, names.get(actor, "") if actor else "", data or {})
        for at, kind, actor, data in s.execute(stmt)
    )


def conversation(sessions: sessionmaker[Session], ticket_id: uuid.UUID) -> list[MessageRow]:
    """The transcript, oldest first, notes included (the view marks them internal)."""
    with sessions() as s:
        names = _agent_names(s)
        stmt = (
            select(Message.id, Message.kind, Message.author_id, Message.body, Message.at)
            .where(Message.ticket_id == ticket_id, Message.deleted_at.is_(None))
            .order_by(Message.at, Message.id)
        )
        return [
            MessageRow(mid, kind, names.get(author, "") if author else "", body, at)
            for mid, kind, author, body, at in s.execute(stmt)
        ]
