"""Suppliers of supplied goods (供应链), the SKUs they supply, and the after-sale requests the
shop passes on to them (供应链售后单); and buyers' requests for more time to return."""

from __future__ import annotations

import uuid
from enum import StrEnum

from pendulum import DateTime
from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, IdMixin, SyncMixin, str_enum


class SupplierRequestStatus(StrEnum):
    SENT = "sent"
    ACCEPTED = "accepted"
    REFUSED = "refused"
    DONE = "done"


class ExtensionStatus(StrEnum):
    REQUESTED = "requested"
    GRANTED = "granted"
    REFUSED = "refused"


class Supplier(IdMixin, SyncMixin, Base):
    __tablename__ = "suppliers"

    shop_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("shops.id"))
    name: Mapped[str] = mapped_column(String(100))
    contact_name: Mapped[str] = mapped_column(String(60), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    im: Mapped[str] = mapped_column(String(100), default="")  # WeChat / QQ / e-mail
    note: Mapped[str] = mapped_column(Text, default="")
    answer_hours: Mapped[int] = mapped_column(default=48)  # how long it has to answer


class SupplierSku(IdMixin, SyncMixin, Base):
    """A SKU of the shop that this supplier supplies: its order items are "supplied"."""

    __tablename__ = "supplier_skus"
    __table_args__ = (UniqueConstraint("shop_id", "sku"),)

    shop_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("shops.id"))
    sku: Mapped[str] = mapped_column(String(64))
    supplier_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("suppliers.id"))


class SupplierRequest(IdMixin, SyncMixin, Base):
    """An after-sale on a supplied item, passed to its supplier, who accepts or refuses it."""

    __tablename__ = "supplier_requests"
    __table_args__ = (
        Index("ix_supplier_requests_status", "status", "due_at"),
        Index("ix_supplier_requests_ticket", "ticket_id"),
    )

    ticket_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tickets.id"))
    order_item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("order_items.id"))
    supplier_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("suppliers.id"))
    status: Mapped[SupplierRequestStatus] = mapped_column(
        str_enum(SupplierRequestStatus), default=SupplierRequestStatus.SENT
    )
    reason: Mapped[str] = mapped_column(Text, default="")  # what the shop asks for
    sent_at: Mapped[DateTime]
    due_at: Mapped[DateTime]  # the supplier's answer is due
    answered_at: Mapped[DateTime | None] = mapped_column(default=None)
    refusal: Mapped[str] = mapped_column(Text, default="")
    done_at: Mapped[DateTime | None] = mapped_column(default=None)
    created_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agents.id"), default=None)


class WindowExtension(IdMixin, SyncMixin, Base):
    """A buyer's request for more time (to return, by default) on one item, its evidence,
    the decision and the new deadline the rules engine then uses for that item."""

    __tablename__ = "window_extensions"
    __table_args__ = (Index("ix_window_extensions_ticket", "ticket_id"),)

    ticket_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tickets.id"))
    order_item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("order_items.id"))
    rule_id: Mapped[str] = mapped_column(String(40), default="no_reason_return")
    status: Mapped[ExtensionStatus] = mapped_column(
        str_enum(ExtensionStatus), default=ExtensionStatus.REQUESTED
    )
    reason: Mapped[str] = mapped_column(Text, default="")  # the buyer's reason
    evidence: Mapped[str] = mapped_column(Text, default="")  # what the buyer showed
    requested_until: Mapped[DateTime]
    requested_at: Mapped[DateTime]
    new_deadline: Mapped[DateTime | None] = mapped_column(default=None)
    decided_at: Mapped[DateTime | None] = mapped_column(default=None)
    decided_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agents.id"), default=None)
    decision_note: Mapped[str] = mapped_column(Text, default="")
