"""What is left for closed shops: each closed shop with its tickets still open (after-sales
and questions it must finish), soonest due first."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from pendulum import DateTime
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.models import Agent, Order, Shop, Ticket, TicketKind, TicketStatus
from app.queries.reading import reading


@dataclass(frozen=True)
class OpenTicket:
    id: uuid.UUID
    kind: TicketKind
    status: TicketStatus
    subject: str
    order_no: str
    assignee: str
    due_at: DateTime


@dataclass(frozen=True)
class ClosedShop:
    id: uuid.UUID
    name: str
    closed_at: DateTime
    tickets: tuple[OpenTicket, ...]


def closed_shops(sessions: sessionmaker[Session]) -> list[ClosedShop]:
    """Every closed shop (by name) with its active tickets (by due time)."""
    shops_stmt = (
        select(Shop.id, Shop.name, Shop.closed_at)
        .where(Shop.closed_at.is_not(None), Shop.deleted_at.is_(None))
        .order_by(Shop.name)
    )
    with reading(sessions) as conn:
        shops = conn.execute(shops_stmt).all()
        if not shops:
            return []
        stmt = (
            select(
                Ticket.shop_id,
                Ticket.id,
                Ticket.kind,
                Ticket.status,
                Ticket.subject,
                Order.order_no,
                Agent.display_name,
                Ticket.due_at,
            )
            .outerjoin(Order, Order.id == Ticket.order_id)
            .outerjoin(Agent, Agent.id == Ticket.assignee_id)
            .where(
                Ticket.shop_id.in_([r[0] for r in shops]),
                Ticket.active.is_(True),
                Ticket.deleted_at.is_(None),
            )
            .order_by(Ticket.due_at, Ticket.id)
        )
        tickets = conn.execute(stmt).all()
    by_shop: dict[uuid.UUID, list[OpenTicket]] = {r[0]: [] for r in shops}
    for shop_id, *rest in tickets:
        tid, kind, status, subject, order_no, assignee, due_at = rest
        by_shop[shop_id].append(
            OpenTicket(tid, kind, status, subject, order_no or "", assignee or "", due_at)
        )
    return [ClosedShop(r[0], r[1], r[2], tuple(by_shop[r[0]])) for r in shops]
