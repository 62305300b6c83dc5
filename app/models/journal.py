"""The audit log, the sync outbox and the store's own key/value facts."""

from __future__ import annotations

import uuid
from typing import Any

from pendulum import DateTime
from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app import clock
from app.models.base import Base, IdMixin, str_enum
from app.models.enums import MutationState


class AuditEntry(IdMixin, Base):
    __tablename__ = "audit_log"
    __table_args__ = (
        Index("ix_audit_agent", "agent_id", "at"),
        Index("ix_audit_ticket", "ticket_id", "at"),
        Index("ix_audit_order", "order_id", "at"),
        Index("ix_audit_action", "action", "at"),
    )

    at: Mapped[DateTime] = mapped_column(default=clock.now)
    agent_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agents.id"), default=None)
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    ticket_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    order_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)


class OutboxMutation(Base):
    """A local write waiting to be pushed to the team server, in the order it was made."""

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_state", "state", "seq"),)

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[uuid.UUID] = mapped_column(unique=True)
    name: Mapped[str] = mapped_column(String(60))  # versioned, e.g. "ticket.add_note/1"
    args: Mapped[dict[str, Any]]
    hlc: Mapped[str] = mapped_column(String(40))
    agent_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    created_at: Mapped[DateTime] = mapped_column(default=clock.now)
    state: Mapped[MutationState] = mapped_column(
        str_enum(MutationState), default=MutationState.PENDING
    )
    error: Mapped[str] = mapped_column(Text, default="")
    # Sync bookkeeping (a store that works with a team server):
    local: Mapped[bool] = mapped_column(default=False)  # its undo images are in sync_undo
    code: Mapped[str] = mapped_column(String(60), default="")  # the server's reason code
    marks: Mapped[dict[str, Any]] = mapped_column(default=dict)  # where its changes arrive
    notice: Mapped[str] = mapped_column(Text, default="")  # e.g. fields a later write kept
    settled_at: Mapped[DateTime | None] = mapped_column(default=None)  # answered/dismissed


class StoreFact(Base):
    """Facts about the store itself: schema major version, HLC state, device id."""

    __tablename__ = "kefu_meta"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
