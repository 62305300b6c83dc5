"""Shared set-up for the remedy service tests: a world, a ticket on its first item, and
quick looks at rows."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import func, select, update

from app.db.store import Store
from app.models import (
    AuditEntry,
    Order,
    OrderItem,
    OutboxMutation,
    Ticket,
    TicketEvent,
    TicketKind,
)
from app.services import create_ticket
from tests.app.builders import World, world


def ticket_on(store: Store, w: World, kind: str = "wrong_item", item: int = 0) -> uuid.UUID:
    return create_ticket(
        store.sessions,
        actor=w.actor,
        kind=TicketKind(kind),
        order_no=w.order_no,
        item_ids=[w.item_ids[item]],
    ).created


def set_order(store: Store, order_id: uuid.UUID, **values: Any) -> None:
    with store.sessions.begin() as s:
        s.execute(update(Order).where(Order.id == order_id).values(**values))


def signed_world(store: Store, at) -> World:  # noqa: ANN001
    w = world(store)
    set_order(
        store,
        w.order_id,
        shipped_at=at.subtract(days=3),
        signed_at=at.subtract(days=1),
        carrier="中通快递",
        tracking_no="ZT1234567890",
    )
    return w


def item_state(store: Store, item_id: uuid.UUID) -> str:
    with store.sessions() as s:
        return s.get(OrderItem, item_id).aftersale.value


def ticket(store: Store, ticket_id: uuid.UUID) -> Ticket:
    with store.sessions() as s:
        return s.get(Ticket, ticket_id)


def row(store: Store, model: type, row_id: uuid.UUID) -> Any:
    with store.sessions() as s:
        return s.get(model, row_id)


def trail(store: Store, record_id: uuid.UUID) -> tuple[list[str], list[str], int]:
    """(audit actions, timeline events, outbox size) about one record."""
    with store.sessions() as s:
        actions = list(
            s.scalars(
                select(AuditEntry.action)
                .where(AuditEntry.entity_id == record_id)
                .order_by(AuditEntry.at, AuditEntry.id)
            )
        )
        events = [
            e.data["event"]
            for e in s.scalars(select(TicketEvent).order_by(TicketEvent.at, TicketEvent.id))
            if e.kind == "remedy" and e.data.get("id") == str(record_id)
        ]
        outbox = s.scalar(select(func.count()).select_from(OutboxMutation))
    return actions, events, outbox
