"""A buyer's history (orders, tickets, tags, notes) one click away, and customer groups built
from tags with their members."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from pendulum import DateTime
from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased, sessionmaker

from app.errors import NotFound
from app.models import (
    Agent,
    Customer,
    CustomerGroup,
    CustomerTag,
    FlagColor,
    Message,
    MessageKind,
    Order,
    OrderStatus,
    Shop,
    Tag,
    Ticket,
    TicketKind,
    TicketStatus,
)
from app.queries.queue import TagChip, _tags_for
from app.queries.reading import reading

_AUTHOR = aliased(Agent)


@dataclass(frozen=True)
class HistoryOrder:
    id: uuid.UUID
    order_no: str
    status: OrderStatus
    placed_at: DateTime
    total_fen: int
    flag: FlagColor
    flag_remark: str


@dataclass(frozen=True)
class HistoryTicket:
    id: uuid.UUID
    kind: TicketKind
    status: TicketStatus
    subject: str
    created_at: DateTime


@dataclass(frozen=True)
class HistoryNote:
    at: DateTime
    author: str
    body: str
    ticket_id: uuid.UUID | None  # None: the buyer's own note


@dataclass(frozen=True)
class BuyerHistory:
    id: uuid.UUID
    nickname: str
    platform_buyer_id: str
    shop: str
    shop_tz: str
    note: str
    tags: tuple[TagChip, ...]
    orders: tuple[HistoryOrder, ...]
    tickets: tuple[HistoryTicket, ...]
    notes: tuple[HistoryNote, ...]


def buyer_history(
    sessions: sessionmaker[Session], customer_id: uuid.UUID, *, limit: int = 100
) -> BuyerHistory:
    """Everything the shop knows of a buyer, newest first."""
    with reading(sessions) as conn:
        c = conn.execute(
            select(
                Customer.id,
                Customer.nickname,
                Customer.platform_buyer_id,
                Shop.name,
                Shop.timezone,
                Customer.note,
                Customer.updated_at,
            )
            .join(Shop, Shop.id == Customer.shop_id)
            .where(Customer.id == customer_id)
        ).first()
        if c is None:
            raise NotFound(f"no buyer {customer_id}")
        orders = conn.execute(
            select(
                Order.id,
                Order.order_no,
                Order.status,
                Order.placed_at,
                Order.goods_fen - Order.discount_fen + Order.shipping_fen,
                Order.flag,
                Order.flag_remark,
            )
            .where(Order.customer_id == customer_id, Order.deleted_at.is_(None))
            .order_by(Order.placed_at.desc())
            .limit(limit)
        ).all()
        tickets = conn.execute(
            select(Ticket.id, Ticket.kind, Ticket.status, Ticket.subject, Ticket.created_at)
            .where(Ticket.customer_id == customer_id, Ticket.deleted_at.is_(None))
            .order_by(Ticket.created_at.desc())
            .limit(limit)
        ).all()
        notes = conn.execute(
            select(Message.at, _AUTHOR.display_name, Message.body, Message.ticket_id)
            .join(Ticket, Ticket.id == Message.ticket_id)
            .outerjoin(_AUTHOR, _AUTHOR.id == Message.author_id)
            .where(
                Ticket.customer_id == customer_id,
                Message.kind == MessageKind.NOTE,
                Message.deleted_at.is_(None),
            )
            .order_by(Message.at.desc())
            .limit(limit)
        ).all()
        tags = _tags_for(conn, {customer_id}).get(customer_id, ())
    own = (HistoryNote(c[6], "", c[5], None),) if c[5] else ()
    return BuyerHistory(
        id=c[0],
        nickname=c[1],
        platform_buyer_id=c[2],
        shop=c[3],
        shop_tz=c[4],
        note=c[5],
        tags=tags,
        orders=tuple(HistoryOrder(*r) for r in orders),
        tickets=tuple(HistoryTicket(*r) for r in tickets),
        notes=own + tuple(HistoryNote(r[0], r[1] or "", r[2], r[3]) for r in notes),
    )


@dataclass(frozen=True)
class GroupRow:
    id: uuid.UUID
    name: str
    tag_ids: tuple[uuid.UUID, ...]
    match: str
    note: str
    members: int


@dataclass(frozen=True)
class Member:
    id: uuid.UUID
    nickname: str
    shop: str
    tags: tuple[TagChip, ...]


def _member_ids(tag_ids: tuple[uuid.UUID, ...], match: str):  # noqa: ANN202
    stmt = (
        select(CustomerTag.customer_id)
        .join(Tag, Tag.id == CustomerTag.tag_id)
        .where(
            CustomerTag.tag_id.in_(tag_ids),
            CustomerTag.deleted_at.is_(None),
            Tag.deleted_at.is_(None),
        )
        .group_by(CustomerTag.customer_id)
    )
    if match == "all":
        stmt = stmt.having(func.count(func.distinct(CustomerTag.tag_id)) == len(tag_ids))
    return stmt


def groups(sessions: sessionmaker[Session]) -> list[GroupRow]:
    """Every group with how many buyers it holds now."""
    with reading(sessions) as conn:
        rows = conn.execute(
            select(
                CustomerGroup.id,
                CustomerGroup.name,
                CustomerGroup.tag_ids,
                CustomerGroup.match,
                CustomerGroup.note,
            )
            .where(CustomerGroup.deleted_at.is_(None))
            .order_by(CustomerGroup.name)
        ).all()
        out = []
        for gid, name, raw, match, note in rows:
            tag_ids = tuple(uuid.UUID(t) for t in raw)
            members = conn.execute(
                select(func.count()).select_from(_member_ids(tag_ids, match).subquery())
            ).scalar()
            out.append(GroupRow(gid, name, tag_ids, match, note, members or 0))
    return out


def group_members(
    sessions: sessionmaker[Session], group_id: uuid.UUID, *, limit: int = 500
) -> list[Member]:
    """The buyers of a group (by their tags now), by nickname."""
    with reading(sessions) as conn:
        g = conn.execute(
            select(CustomerGroup.tag_ids, CustomerGroup.match).where(
                CustomerGroup.id == group_id, CustomerGroup.deleted_at.is_(None)
            )
        ).first()
        if g is None:
            raise NotFound(f"no customer group {group_id}")
        ids = _member_ids(tuple(uuid.UUID(t) for t in g[0]), g[1]).subquery()
        rows = conn.execute(
            select(Customer.id, Customer.nickname, Shop.name)
            .join(Shop, Shop.id == Customer.shop_id)
            .where(Customer.id.in_(select(ids)))
            .order_by(Customer.nickname)
            .limit(limit)
        ).all()
        chips = _tags_for(conn, {r[0] for r in rows})
    return [Member(r[0], r[1], r[2], chips.get(r[0], ())) for r in rows]
