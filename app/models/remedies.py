"""Remedy records: what a case ends in, as structured data rather than free text.

Each kind has its own small table with the fields its procedure needs; all share the
ticket, the item it concerns (if any), a status, who made it and a note.
"""

from __future__ import annotations

import uuid
from typing import Any

from pendulum import DateTime
from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, declared_attr, mapped_column

from app.models.base import Base, IdMixin, SyncMixin


class RemedyMixin(IdMixin, SyncMixin):
    @declared_attr
    def ticket_id(cls) -> Mapped[uuid.UUID]:  # noqa: N805
        return mapped_column(ForeignKey("tickets.id"), index=True)

    @declared_attr
    def order_item_id(cls) -> Mapped[uuid.UUID | None]:  # noqa: N805
        return mapped_column(ForeignKey("order_items.id"), default=None)

    @declared_attr
    def created_by(cls) -> Mapped[uuid.UUID | None]:  # noqa: N805
        return mapped_column(ForeignKey("agents.id"), default=None)

    status: Mapped[str] = mapped_column(String(24))
    note: Mapped[str] = mapped_column(String(1000), default="")


class Refund(RemedyMixin, Base):
    """requested -> approved -> refunded -> finance_confirmed (or refused)."""

    __tablename__ = "refunds"
    amount_fen: Mapped[int]
    reason: Mapped[str] = mapped_column(String(200), default="")
    reallocated: Mapped[bool] = mapped_column(default=False)  # order discount re-allocated
    source: Mapped[str] = mapped_column(String(16), default="")  # payout | deposit | mixed
    refunded_at: Mapped[DateTime | None] = mapped_column(default=None)


class ReturnShipment(RemedyMixin, Base):
    """approved -> shipped_back -> received -> inspected (or refused)."""

    __tablename__ = "return_shipments"
    carrier: Mapped[str] = mapped_column(String(40), default="")
    tracking_no: Mapped[str] = mapped_column(String(40), default="")
    shipped_at: Mapped[DateTime | None] = mapped_column(default=None)
    received_at: Mapped[DateTime | None] = mapped_column(default=None)
    inspection: Mapped[str] = mapped_column(String(200), default="")


class Exchange(RemedyMixin, Base):
    """agreed -> sent -> done."""

    __tablename__ = "exchanges"
    new_sku: Mapped[str] = mapped_column(String(64), default="")
    carrier: Mapped[str] = mapped_column(String(40), default="")
    tracking_no: Mapped[str] = mapped_column(String(40), default="")
    sent_at: Mapped[DateTime | None] = mapped_column(default=None)


class Reship(RemedyMixin, Base):
    """agreed -> shipped (within 48 h of agreeing, with a real tracking number)."""

    __tablename__ = "reships"
    agreed_at: Mapped[DateTime]
    due_at: Mapped[DateTime | None] = mapped_column(default=None)
    carrier: Mapped[str] = mapped_column(String(40), default="")
    tracking_no: Mapped[str] = mapped_column(String(40), default="")
    shipped_at: Mapped[DateTime | None] = mapped_column(default=None)


class Compensation(RemedyMixin, Base):
    """Rebate registration (登记返款): registered -> approved -> paid (or refused)."""

    __tablename__ = "compensations"
    # The supervisor console lists the registrations waiting for approval.
    __table_args__ = (Index("ix_compensations_status", "status", "created_at"),)
    amount_fen: Mapped[int]
    method: Mapped[str] = mapped_column(String(24), default="platform")  # platform, alipay, ...
    reason: Mapped[str] = mapped_column(String(200), default="")
    approved_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agents.id"), default=None)
    paid_at: Mapped[DateTime | None] = mapped_column(default=None)


class FollowUp(RemedyMixin, Base):
    """open -> done: a promise to come back to the buyer by a time."""

    __tablename__ = "follow_ups"
    due_at: Mapped[DateTime]
    done_at: Mapped[DateTime | None] = mapped_column(default=None)
    gift: Mapped[str] = mapped_column(String(100), default="")
    cause: Mapped[str] = mapped_column(String(200), default="")


class CarrierClaim(RemedyMixin, Base):
    """filed -> paid | rejected."""

    __tablename__ = "carrier_claims"
    carrier: Mapped[str] = mapped_column(String(40))
    tracking_no: Mapped[str] = mapped_column(String(40), default="")
    amount_fen: Mapped[int]


class WeightCheck(RemedyMixin, Base):
    """recorded: expected vs warehouse vs carrier weights and what they show."""

    __tablename__ = "weight_checks"
    expected_g: Mapped[int]
    warehouse_g: Mapped[int | None] = mapped_column(default=None)
    carrier_g: Mapped[int | None] = mapped_column(default=None)
    finding: Mapped[str] = mapped_column(String(40), default="")  # short_shipped, ok, ...


class Appeal(RemedyMixin, Base):
    """Platform intervention (小二介入): negotiating -> filed -> won | lost | withdrawn."""

    __tablename__ = "appeals"
    reason: Mapped[str] = mapped_column(String(2000), default="")
    evidence: Mapped[dict[str, Any]] = mapped_column(default=dict)
    outcome: Mapped[str] = mapped_column(String(200), default="")


REMEDY_MODELS = {
    "refund": Refund,
    "return_shipment": ReturnShipment,
    "exchange": Exchange,
    "reship": Reship,
    "compensation": Compensation,
    "follow_up": FollowUp,
    "carrier_claim": CarrierClaim,
    "weight_check": WeightCheck,
    "appeal": Appeal,
}
