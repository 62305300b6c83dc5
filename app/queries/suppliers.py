"""Suppliers and supplier after-sale requests as the desk shows them: the directory, a
ticket's supplied items and requests, and what the supervisor must look at (refusals and
answers overdue)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from pendulum import DateTime
from sqlalchemy import Connection, func, select, tuple_
from sqlalchemy.orm import Session, aliased, sessionmaker

from app import clock
from app.errors import NotFound
from app.models import (
    Order,
    OrderItem,
    Shop,
    Supplier,
    SupplierRequest,
    SupplierRequestStatus,
    SupplierSku,
    Ticket,
    TicketItem,
)
from app.queries.reading import reading

S = SupplierRequestStatus
OPEN = (S.SENT, S.ACCEPTED)


@dataclass(frozen=True)
class SupplierInfo:
    id: uuid.UUID
    shop_id: uuid.UUID
    shop_name: str
    name: str
    contact_name: str
    phone: str
    im: str
    note: str
    answer_hours: int
    skus: tuple[str, ...]
    open_requests: int


def supplier_directory(sessions: sessionmaker[Session]) -> list[SupplierInfo]:
    """Every live supplier, by shop then name, with its SKUs and its open requests."""
    with reading(sessions) as conn:
        skus: dict[uuid.UUID, list[str]] = {}
        for sid, sku in conn.execute(
            select(SupplierSku.supplier_id, SupplierSku.sku)
            .where(SupplierSku.deleted_at.is_(None))
            .order_by(SupplierSku.sku)
        ):
            skus.setdefault(sid, []).append(sku)
        opened = dict(
            conn.execute(
                select(SupplierRequest.supplier_id, func.count())
                .where(SupplierRequest.status.in_(OPEN), SupplierRequest.deleted_at.is_(None))
                .group_by(SupplierRequest.supplier_id)
            ).all()
        )
        rows = conn.execute(
            select(
                Supplier.id,
                Supplier.shop_id,
                Shop.name,
                Supplier.name,
                Supplier.contact_name,
                Supplier.phone,
                Supplier.im,
                Supplier.note,
                Supplier.answer_hours,
            )
            .join(Shop, Shop.id == Supplier.shop_id)
            .where(Supplier.deleted_at.is_(None))
            .order_by(Shop.name, Supplier.name)
        ).all()
    return [SupplierInfo(*r, tuple(skus.get(r[0], ())), opened.get(r[0], 0)) for r in rows]


@dataclass(frozen=True)
class SuppliedItem:
    """An item of the ticket's order that a supplier supplies."""

    order_item_id: uuid.UUID
    sku: str
    title: str
    supplier_name: str
    named: bool  # the ticket is about this item
    open_request: bool


@dataclass(frozen=True)
class RequestRow:
    id: uuid.UUID
    ticket_id: uuid.UUID
    order_item_id: uuid.UUID
    sku: str
    title: str
    supplier_name: str
    contact: str  # name, phone and other ways to reach the supplier
    status: SupplierRequestStatus
    reason: str
    sent_at: DateTime
    due_at: DateTime
    answered_at: DateTime | None
    refusal: str
    done_at: DateTime | None

    def overdue(self, now: DateTime) -> bool:
        """The supplier has not answered in time."""
        return self.status == S.SENT and self.due_at < now


@dataclass(frozen=True)
class TicketSuppliers:
    ticket_id: uuid.UUID
    items: tuple[SuppliedItem, ...]  # supplied items of the ticket's order
    rows: tuple[RequestRow, ...]  # its requests, oldest first


def _contact(name: str, phone: str, im: str) -> str:
    return " ".join(p for p in (name, phone, im) if p)


_ROWS = (
    select(
        SupplierRequest.id,
        SupplierRequest.ticket_id,
        SupplierRequest.order_item_id,
        OrderItem.sku,
        OrderItem.title,
        Supplier.name,
        Supplier.contact_name,
        Supplier.phone,
        Supplier.im,
        SupplierRequest.status,
        SupplierRequest.reason,
        SupplierRequest.sent_at,
        SupplierRequest.due_at,
        SupplierRequest.answered_at,
        SupplierRequest.refusal,
        SupplierRequest.done_at,
    )
    .join(OrderItem, OrderItem.id == SupplierRequest.order_item_id)
    .join(Supplier, Supplier.id == SupplierRequest.supplier_id)
    .where(SupplierRequest.deleted_at.is_(None))
)


def _request_row(r) -> RequestRow:  # noqa: ANN001
    return RequestRow(*r[:6], _contact(r[6], r[7], r[8]), *r[9:])


def ticket_suppliers(sessions: sessionmaker[Session], ticket_id: uuid.UUID) -> TicketSuppliers:
    with reading(sessions) as conn:
        found = conn.execute(
            select(Ticket.order_id, Ticket.shop_id).where(Ticket.id == ticket_id)
        ).first()
        if found is None:
            raise NotFound(f"no ticket {ticket_id}")
        rows = tuple(
            _request_row(r)
            for r in conn.execute(
                _ROWS.where(SupplierRequest.ticket_id == ticket_id).order_by(
                    SupplierRequest.sent_at, SupplierRequest.id
                )
            )
        )
        items = _supplied_items(conn, ticket_id, found[0], found[1], rows)
    return TicketSuppliers(ticket_id, items, rows)


def _supplied_items(
    conn: Connection,
    ticket_id: uuid.UUID,
    order_id: uuid.UUID | None,
    shop_id: uuid.UUID,
    rows: tuple[RequestRow, ...],
) -> tuple[SuppliedItem, ...]:
    if order_id is None:
        return ()
    named = set(
        conn.execute(select(TicketItem.order_item_id).where(TicketItem.ticket_id == ticket_id))
        .scalars()
        .all()
    )
    waiting = {r.order_item_id for r in rows if r.status in OPEN}
    found = conn.execute(
        select(OrderItem.id, OrderItem.sku, OrderItem.title, Supplier.name)
        .join(
            SupplierSku,
            (SupplierSku.sku == OrderItem.sku)
            & (SupplierSku.shop_id == shop_id)
            & SupplierSku.deleted_at.is_(None),
        )
        .join(Supplier, (Supplier.id == SupplierSku.supplier_id) & Supplier.deleted_at.is_(None))
        .where(OrderItem.order_id == order_id)
        .order_by(OrderItem.line_no)
    ).all()
    return tuple(SuppliedItem(i, sku, t, n, i in named, i in waiting) for i, sku, t, n in found)


@dataclass(frozen=True)
class SupervisorRow:
    """A request the supervisor should look at: refused, or not answered in time."""

    request: RequestRow
    shop_name: str
    order_no: str
    subject: str


def supplier_attention(
    sessions: sessionmaker[Session], *, now: DateTime | None = None
) -> list[SupervisorRow]:
    """Refused requests waiting for the supervisor (oldest answer first; one sent again
    since is settled), then sent ones whose answer is overdue (most overdue first)."""
    now = now or clock.now()
    stmt = (
        _ROWS.add_columns(Shop.name, Order.order_no, Ticket.subject)
        .join(Ticket, Ticket.id == SupplierRequest.ticket_id)
        .join(Shop, Shop.id == Ticket.shop_id)
        .outerjoin(Order, Order.id == Ticket.order_id)
    )
    with reading(sessions) as conn:
        later = aliased(SupplierRequest)
        sent_again = (
            select(later.id)
            .where(
                later.ticket_id == SupplierRequest.ticket_id,
                later.order_item_id == SupplierRequest.order_item_id,
                tuple_(later.sent_at, later.id)
                > tuple_(SupplierRequest.sent_at, SupplierRequest.id),
                later.deleted_at.is_(None),
            )
            .exists()
        )
        refused = conn.execute(
            stmt.where(SupplierRequest.status == S.REFUSED, ~sent_again).order_by(
                SupplierRequest.answered_at, SupplierRequest.id
            )
        ).all()
        late = conn.execute(
            stmt.where(SupplierRequest.status == S.SENT, SupplierRequest.due_at < now).order_by(
                SupplierRequest.due_at, SupplierRequest.id
            )
        ).all()
    return [
        SupervisorRow(_request_row(r[:16]), r[16], r[17] or "", r[18]) for r in (*refused, *late)
    ]
