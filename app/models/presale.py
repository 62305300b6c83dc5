"""The pre-sale desk's records: payment reminders (催付), price and shipping changes (改价),
the shop's carrier knowledge, and customer groups built from tags."""

from __future__ import annotations

import uuid
from typing import Any

from pendulum import DateTime
from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, IdMixin, SyncMixin


class PaymentReminder(IdMixin, SyncMixin, Base):
    """One reminder to pay (催付) sent to a buyer about a placed-but-unpaid order."""

    __tablename__ = "payment_reminders"
    __table_args__ = (
        Index("ix_payment_reminders_customer", "customer_id", "reminded_at"),
        Index("ix_payment_reminders_order", "order_id", "reminded_at"),
    )

    shop_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("shops.id"))
    order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("orders.id"))
    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id"))
    ticket_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("tickets.id"), default=None)
    phrase_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("quick_phrases.id"), default=None
    )
    text: Mapped[str] = mapped_column(Text, default="")
    reminded_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agents.id"), default=None)
    reminded_at: Mapped[DateTime]


class PriceChange(IdMixin, SyncMixin, Base):
    """A change of an unpaid order's price or shipping fee: before and after, never an edit
    of history. ``status``: applied, pending (waiting for a supervisor), refused.

    Changes made together for one buyer (shipping adjusted over several orders) share a
    ``batch_id``; an approval decides the whole batch.
    """

    __tablename__ = "price_changes"
    __table_args__ = (
        Index("ix_price_changes_status", "status", "created_at"),
        Index("ix_price_changes_order", "order_id", "created_at"),
        Index("ix_price_changes_batch", "batch_id"),
    )

    batch_id: Mapped[uuid.UUID]
    shop_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("shops.id"))
    order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("orders.id"))
    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id"))
    ticket_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("tickets.id"), default=None)
    status: Mapped[str] = mapped_column(String(16), default="applied")
    discount_before_fen: Mapped[int] = mapped_column(default=0)
    discount_after_fen: Mapped[int] = mapped_column(default=0)
    shipping_before_fen: Mapped[int] = mapped_column(default=0)
    shipping_after_fen: Mapped[int] = mapped_column(default=0)
    goods_fen: Mapped[int] = mapped_column(default=0)  # the list price the discount comes off
    reason: Mapped[str] = mapped_column(String(500), default="")
    requested_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agents.id"), default=None)
    decided_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agents.id"), default=None)
    decided_at: Mapped[DateTime | None] = mapped_column(default=None)
    decision_note: Mapped[str] = mapped_column(String(1000), default="")

    @property
    def total_before_fen(self) -> int:
        return self.goods_fen - self.discount_before_fen + self.shipping_before_fen

    @property
    def total_after_fen(self) -> int:
        return self.goods_fen - self.discount_after_fen + self.shipping_after_fen


class Carrier(IdMixin, SyncMixin, Base):
    """What the shop knows about a carrier it ships with: speed, cost, coverage, a note."""

    __tablename__ = "carriers"
    __table_args__ = (UniqueConstraint("shop_id", "name"),)

    shop_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("shops.id"))
    name: Mapped[str] = mapped_column(String(40))
    speed: Mapped[str] = mapped_column(String(100), default="")
    cost: Mapped[str] = mapped_column(String(100), default="")
    coverage: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(String(500), default="")
    extra_fen: Mapped[int] = mapped_column(default=0)  # what the buyer adds to choose it
    position: Mapped[int] = mapped_column(default=0)


class CustomerGroup(IdMixin, SyncMixin, Base):
    """A group of buyers built from tags: every buyer carrying all (``match`` = all) or any
    (``match`` = any) of ``tag_ids``."""

    __tablename__ = "customer_groups"

    name: Mapped[str] = mapped_column(String(40), unique=True)
    tag_ids: Mapped[list[Any]] = mapped_column(default=list)
    match: Mapped[str] = mapped_column(String(8), default="any")
    note: Mapped[str] = mapped_column(String(200), default="")
