"""Tickets (one customer-service case each), the items they cover and their timeline."""

from __future__ import annotations

import uuid
from typing import Any

from pendulum import DateTime
from sqlalchemy import ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app import clock
from app.models.base import Base, IdMixin, SyncMixin, str_enum
from app.models.enums import Priority, TicketKind, TicketStatus


class Ticket(IdMixin, SyncMixin, Base):
    __tablename__ = "tickets"
    __table_args__ = (
        Index("ix_tickets_active", "active", "due_at", "id"),
        Index("ix_tickets_assignee", "assignee_id", "active", "due_at", "id"),
        Index("ix_tickets_status", "status", "due_at", "id"),
        Index("ix_tickets_due", "due_at", "id"),
        Index("ix_tickets_order", "order_id"),
        Index("ix_tickets_customer", "customer_id", "created_at"),
    )

    shop_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("shops.id"))
    kind: Mapped[TicketKind] = mapped_column(str_enum(TicketKind))
    status: Mapped[TicketStatus] = mapped_column(str_enum(TicketStatus), default=TicketStatus.NEW)
    priority: Mapped[Priority] = mapped_column(str_enum(Priority), default=Priority.NORMAL)
    subject: Mapped[str] = mapped_column(String(200), default="")
    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id"))
    order_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("orders.id"), default=None)
    assignee_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agents.id"), default=None)
    created_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agents.id"), default=None)
    # Every ticket has a due time: a platform window, a promise, or the first-response target.
    due_at: Mapped[DateTime]
    # False once resolved or closed; kept by the services so the queue reads one index.
    active: Mapped[bool] = mapped_column(default=True)
    due_rule: Mapped[str] = mapped_column(String(40), default="")  # what set the due time
    platform_deadline: Mapped[DateTime | None] = mapped_column(default=None)
    last_message_at: Mapped[DateTime | None] = mapped_column(default=None)
    resolved_at: Mapped[DateTime | None] = mapped_column(default=None)
    closed_at: Mapped[DateTime | None] = mapped_column(default=None)


class TicketItem(IdMixin, SyncMixin, Base):
    """An order item a ticket is about (an after-sale covers items, not the whole order)."""

    __tablename__ = "ticket_items"
    __table_args__ = (UniqueConstraint("ticket_id", "order_item_id"),)

    ticket_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tickets.id"))
    order_item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("order_items.id"))


class TicketEvent(IdMixin, Base):
    """One line of a ticket's timeline: what happened, who did it, when."""

    __tablename__ = "ticket_events"
    __table_args__ = (Index("ix_ticket_events_ticket", "ticket_id", "at"),)

    ticket_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tickets.id"))
    at: Mapped[DateTime] = mapped_column(default=clock.now)
    actor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agents.id"), default=None)
    kind: Mapped[str] = mapped_column(String(40))  # created, assigned, status, reply, note, ...
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)
