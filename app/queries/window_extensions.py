"""A ticket's requests for more time to return, and the order items they can be about."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from pendulum import DateTime
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.errors import NotFound
from app.models import ExtensionStatus, OrderItem, Ticket, WindowExtension
from app.queries.reading import reading


@dataclass(frozen=True)
class ExtensionRow:
    id: uuid.UUID
    order_item_id: uuid.UUID
    sku: str
    rule_id: str
    status: ExtensionStatus
    reason: str
    evidence: str
    requested_until: DateTime
    new_deadline: DateTime | None
    decision_note: str


@dataclass(frozen=True)
class TicketExtensions:
    ticket_id: uuid.UUID
    items: tuple[tuple[uuid.UUID, str, str], ...]  # (id, sku, title) of the ticket's order
    rows: tuple[ExtensionRow, ...]  # oldest first


def ticket_extensions(sessions: sessionmaker[Session], ticket_id: uuid.UUID) -> TicketExtensions:
    with reading(sessions) as conn:
        order_id = conn.execute(select(Ticket.order_id).where(Ticket.id == ticket_id)).first()
        if order_id is None:
            raise NotFound(f"no ticket {ticket_id}")
        items = conn.execute(
            select(OrderItem.id, OrderItem.sku, OrderItem.title)
            .where(OrderItem.order_id == order_id[0])
            .order_by(OrderItem.line_no)
        ).all()
        rows = conn.execute(
            select(
                WindowExtension.id,
                WindowExtension.order_item_id,
                OrderItem.sku,
                WindowExtension.rule_id,
                WindowExtension.status,
                WindowExtension.reason,
                WindowExtension.evidence,
                WindowExtension.requested_until,
                WindowExtension.new_deadline,
                WindowExtension.decision_note,
            )
            .join(OrderItem, OrderItem.id == WindowExtension.order_item_id)
            .where(WindowExtension.ticket_id == ticket_id, WindowExtension.deleted_at.is_(None))
            .order_by(WindowExtension.requested_at, WindowExtension.id)
        ).all()
    return TicketExtensions(
        ticket_id, tuple((i[0], i[1], i[2]) for i in items), tuple(ExtensionRow(*r) for r in rows)
    )
