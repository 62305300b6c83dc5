"""One ticket opened: its order and items, the buyer with tags, the timeline, the transcript."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from pendulum import DateTime
from sqlalchemy import Connection, Uuid, bindparam, select
from sqlalchemy.orm import Session, aliased, sessionmaker

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
    Tag,
    Ticket,
    TicketEvent,
    TicketItem,
    TicketKind,
    TicketStatus,
)
from app.policy import Window
from app.queries.queue import TagChip
from app.queries.reading import reading
from app.services import extension_rows
from app.services.ticket_flow import allowed_next
from app.services.windows import (
    ORDER_EVENTS,
    CaseInput,
    make_facts,
    remedy_events,
    windows_of,
)


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


_AGENT = aliased(Agent)
_TICKET = (
    select(
        Ticket.id,
        Ticket.kind,
        Ticket.status,
        Ticket.priority,
        Ticket.subject,
        Ticket.due_at,
        Ticket.due_rule,
        Ticket.platform_deadline,
        Ticket.created_at,
        Ticket.version,
        Ticket.assignee_id,
        _AGENT.display_name,
        Shop.name,
        Shop.platform,
        Shop.timezone,
        Customer.id,
        Customer.nickname,
        Customer.platform_buyer_id,
        Customer.phone_masked,
        Customer.note,
        Ticket.order_id,
    )
    .join(Shop, Shop.id == Ticket.shop_id)
    .join(Customer, Customer.id == Ticket.customer_id)
    .outerjoin(_AGENT, _AGENT.id == Ticket.assignee_id)
    .where(Ticket.id == bindparam("tid", type_=Uuid()), Ticket.deleted_at.is_(None))
)
_ORDER_COLUMNS = (
    Order.id,
    Order.order_no,
    Order.status,
    Order.payment_method,
    Order.goods_fen,
    Order.discount_fen,
    Order.shipping_fen,
    Order.paid_fen,
    Order.placed_at,
    Order.paid_at,
    Order.shipped_at,
    Order.signed_at,
    Order.confirmed_at,
    Order.completed_at,
    Order.ship_by,
    Order.carrier,
    Order.tracking_no,
    Order.settled,
    Order.flag,
    Order.flag_remark,
    Order.buyer_remark,
)
_ORDER = select(*_ORDER_COLUMNS).where(Order.id == bindparam("oid", type_=Uuid()))
_ITEMS = (
    select(
        OrderItem.id,
        OrderItem.sku,
        OrderItem.title,
        OrderItem.category,
        OrderItem.quantity,
        OrderItem.unit_price_fen,
        OrderItem.discount_fen,
        OrderItem.aftersale,
        TicketItem.id.is_not(None),
    )
    .outerjoin(
        TicketItem,
        (TicketItem.order_item_id == OrderItem.id)
        & (TicketItem.ticket_id == bindparam("tid", type_=Uuid())),
    )
    .where(OrderItem.order_id == bindparam("oid", type_=Uuid()))
    .order_by(OrderItem.line_no)
)
_TAGS = (
    select(Tag.id, Tag.name, Tag.color, Tag.kind)
    .join(CustomerTag, CustomerTag.tag_id == Tag.id)
    .where(
        CustomerTag.customer_id == bindparam("cid", type_=Uuid()),
        CustomerTag.deleted_at.is_(None),
    )
    .order_by(Tag.kind, Tag.name)
)
_TIMELINE = (
    select(TicketEvent.at, TicketEvent.kind, _AGENT.display_name, TicketEvent.data)
    .outerjoin(_AGENT, _AGENT.id == TicketEvent.actor_id)
    .where(TicketEvent.ticket_id == bindparam("tid", type_=Uuid()))
    .order_by(TicketEvent.at, TicketEvent.id)
)
_MESSAGES = (
    select(Message.id, Message.kind, _AGENT.display_name, Message.body, Message.at)
    .outerjoin(_AGENT, _AGENT.id == Message.author_id)
    .where(Message.ticket_id == bindparam("tid", type_=Uuid()), Message.deleted_at.is_(None))
    .order_by(Message.at, Message.id)
)


def load_ticket(
    sessions: sessionmaker[Session], ticket_id: uuid.UUID, *, with_windows: bool = True
) -> TicketDetail:
    """The ticket as the detail pane shows it; ``with_windows`` adds the platform windows."""
    with reading(sessions) as conn:
        t = conn.execute(_TICKET, {"tid": ticket_id}).first()
        if t is None:
            raise NotFound(f"no ticket {ticket_id}")
        tags = conn.execute(_TAGS, {"cid": t[15]}).all()
        order, items = _order(conn, ticket_id, t[20])
        timeline = tuple(
            EventRow(at, kind, actor or "", data or {})
            for at, kind, actor, data in conn.execute(_TIMELINE, {"tid": ticket_id})
        )
        windows = _windows(conn, t, order, items) if with_windows and order else ()
    return TicketDetail(
        id=t[0],
        kind=t[1],
        status=t[2],
        priority=t[3],
        subject=t[4],
        due_at=t[5],
        due_rule=t[6],
        platform_deadline=t[7],
        created_at=t[8],
        version=t[9],
        assignee_id=t[10],
        assignee=t[11] or "",
        shop_name=t[12],
        platform=t[13],
        shop_tz=t[14],
        customer=CustomerInfo(
            id=t[15],
            nickname=t[16],
            platform_buyer_id=t[17],
            phone_masked=t[18] or "",
            note=t[19],
            tags=tuple(TagChip(n, c, k.value) for _i, n, c, k in tags),
            tag_ids=tuple(r[0] for r in tags),
        ),
        order=order,
        timeline=timeline,
        next_statuses=tuple(allowed_next(t[2])),
        windows=windows,
    )


def _order(
    conn: Connection, ticket_id: uuid.UUID, order_id: uuid.UUID | None
) -> tuple[OrderInfo | None, list]:
    if order_id is None:
        return None, []
    o = conn.execute(_ORDER, {"oid": order_id}).one()
    items = conn.execute(_ITEMS, {"oid": order_id, "tid": ticket_id}).all()
    info = OrderInfo(
        *o[:15],
        carrier=o[15] or "",
        tracking_no=o[16] or "",
        settled=o[17],
        flag=o[18],
        flag_remark=o[19],
        buyer_remark=o[20],
        items=tuple(
            ItemInfo(
                id=i[0],
                sku=i[1],
                title=i[2],
                category=i[3],
                quantity=i[4],
                unit_price_fen=i[5],
                discount_fen=i[6],
                amount_fen=i[5] * i[4] - i[6],
                aftersale=i[7],
                covered=bool(i[8]),
            )
            for i in items
        ),
    )
    return info, items


def _windows(conn: Connection, t, order: OrderInfo, items: list) -> tuple[WindowRow, ...]:  # noqa: ANN001
    kind = t[1]
    case = CaseInput(
        kind=kind,
        created_at=t[8],
        platform_deadline=t[7],
        platform=t[13].value,
        shop_tz=t[14],
        payment=order.payment_method.value,
        state=order.status.value,
        order_events={e: getattr(order, e) for e in ORDER_EVENTS},
        ship_by=order.ship_by,
        items=tuple((str(i[0]), i[5] * i[4] - i[6], i[7].value) for i in items),
        remedies=remedy_events(conn, t[0]),
    )
    extensions = extension_rows.granted(conn, t[0])
    return tuple(_window_row(w) for w in windows_of(kind, make_facts(case), extensions))


def _window_row(w: Window) -> WindowRow:
    rule = w.rule
    return WindowRow(
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


def conversation(sessions: sessionmaker[Session], ticket_id: uuid.UUID) -> list[MessageRow]:
    """The transcript, oldest first, notes included (the view marks them internal)."""
    with reading(sessions) as conn:
        rows = conn.execute(_MESSAGES, {"tid": ticket_id}).all()
    return [MessageRow(mid, kind, author or "", body, at) for mid, kind, author, body, at in rows]
