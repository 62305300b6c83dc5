"""What supervisors record: reviews of queue items, quality reviews of agents' conversations,
DSR figures entered per period, requests for stricter QC on a product, and the unit costs the
accounting export reverses.

Also the indexes the supervisor's aggregates read on the shared tables (declared here, next
to the figures that need them; see docs/kpis.md).
"""

from __future__ import annotations

import datetime as dt
import uuid
from enum import StrEnum
from typing import Any

from pendulum import DateTime
from sqlalchemy import Date, ForeignKey, Index, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, IdMixin, SyncMixin, str_enum
from app.models.customers import CustomerTag
from app.models.journal import AuditEntry
from app.models.knowledge import Feedback
from app.models.orders import Order
from app.models.remedies import FollowUp, Refund, Reship
from app.models.tickets import Ticket


class ReviewQueue(StrEnum):
    """The queues a supervisor works through (DOMAIN.md items 33 and 35)."""

    TAGGED_CUSTOMER = "tagged_customer"  # buyers agents tagged, risk tags first
    FLAGGED_ORDER = "flagged_order"  # orders with a flag (插旗) and remark
    EXCEPTION_ORDER = "exception_order"  # shipping late, or a logistics case open
    UNPAID_ORDER = "unpaid_order"  # placed and still unpaid after a while
    DISPUTE = "dispute"  # dispute tickets and platform interventions


class ReviewDecision(StrEnum):
    CLEARED = "cleared"  # looked at: nothing to do
    ACTION_TAKEN = "action_taken"  # the supervisor acted (told the warehouse, called the buyer)
    WATCH = "watch"  # keep an eye on it: noted for later
    ESCALATED = "escalated"  # passed on (platform, operations, management)


class Review(IdMixin, SyncMixin, Base):
    """A supervisor's decision on one item of a review queue, with a note.

    An item leaves its queue when it is reviewed, and comes back when it changes afterwards
    (a new tag on the buyer, the order or the case moved on): ``reviewed_at`` is compared with
    the item's own last change. ``state`` keeps what the supervisor saw.
    """

    __tablename__ = "reviews"
    __table_args__ = (
        Index("ix_reviews_subject", "subject_id", "queue", "reviewed_at"),
        Index("ix_reviews_at", "reviewed_at"),
    )

    queue: Mapped[ReviewQueue] = mapped_column(str_enum(ReviewQueue))
    subject_id: Mapped[uuid.UUID]  # the buyer, the order or the ticket reviewed
    customer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("customers.id"), default=None)
    order_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("orders.id"), default=None)
    ticket_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("tickets.id"), default=None)
    decision: Mapped[ReviewDecision] = mapped_column(str_enum(ReviewDecision))
    note: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[dict[str, Any]] = mapped_column(default=dict)
    reviewed_by: Mapped[uuid.UUID] = mapped_column(ForeignKey("agents.id"))
    reviewed_at: Mapped[DateTime]


class QualityReview(IdMixin, SyncMixin, Base):
    """One conversation of an agent scored on the shop's checklist, with feedback the agent
    reads in "my reviews". One review per agent and ticket; scoring again replaces it."""

    __tablename__ = "quality_reviews"
    __table_args__ = (
        UniqueConstraint("agent_id", "ticket_id"),
        Index("ix_quality_reviews_agent", "agent_id", "reviewed_at"),
    )

    agent_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agents.id"))
    ticket_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tickets.id"))
    reviewer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agents.id"))
    checklist_version: Mapped[int]
    scores: Mapped[dict[str, Any]] = mapped_column(default=dict)  # item id -> points given
    score: Mapped[int]  # weighted total, 0-100
    feedback: Mapped[str] = mapped_column(Text, default="")
    reviewed_at: Mapped[DateTime]
    seen_at: Mapped[DateTime | None] = mapped_column(default=None)  # the agent read it


class DsrEntry(IdMixin, SyncMixin, Base):
    """The platform's detailed seller ratings (DSR) for a period, as the supervisor copies them
    from the shop backend: description, service and logistics, in thousandths (4.853 -> 4853).
    ``product_id`` empty: the shop's own rating; else one product's."""

    __tablename__ = "dsr_entries"
    __table_args__ = (
        UniqueConstraint("shop_id", "product_id", "period_start", "period_end"),
        Index("ix_dsr_entries_period", "period_end", "shop_id"),
    )

    shop_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("shops.id"))
    product_id: Mapped[str] = mapped_column(String(64), default="")
    product_title: Mapped[str] = mapped_column(String(200), default="")
    period_start: Mapped[dt.date] = mapped_column(Date)
    period_end: Mapped[dt.date] = mapped_column(Date)  # inclusive
    describe_milli: Mapped[int]
    service_milli: Mapped[int]
    logistics_milli: Mapped[int]
    note: Mapped[str] = mapped_column(String(500), default="")
    entered_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agents.id"), default=None)


class QcRequest(IdMixin, SyncMixin, Base):
    """A request to the warehouse and purchasing for stricter quality control on a product
    whose refund rate stands out (DOMAIN.md item 36), with the figures that prompted it."""

    __tablename__ = "qc_requests"
    __table_args__ = (Index("ix_qc_requests_product", "product_id", "requested_at"),)

    shop_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("shops.id"), default=None)
    product_id: Mapped[str] = mapped_column(String(64))
    sku: Mapped[str] = mapped_column(String(64), default="")
    title: Mapped[str] = mapped_column(String(200), default="")
    units_sold: Mapped[int] = mapped_column(default=0)
    units_refunded: Mapped[int] = mapped_column(default=0)
    period_start: Mapped[dt.date] = mapped_column(Date)
    period_end: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    requested_by: Mapped[uuid.UUID] = mapped_column(ForeignKey("agents.id"))
    requested_at: Mapped[DateTime]


class SkuCost(IdMixin, SyncMixin, Base):
    """The unit cost of a SKU, for reversing the cost of goods that came back."""

    __tablename__ = "sku_costs"
    __table_args__ = (UniqueConstraint("shop_id", "sku"),)

    shop_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("shops.id"))
    sku: Mapped[str] = mapped_column(String(64))
    unit_cost_fen: Mapped[int]
    set_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agents.id"), default=None)


# ---- rollups the database keeps for the dashboard -------------------------------------
# Triggers (migration 0005, SQLite) keep these in step with orders, order items and refunds,
# so a year of a large shop is read from a few thousand rows instead of joining millions.
# Days are China Standard Time (UTC+8), the shops' zone. Not synced: each store derives its
# own. See docs/kpis.md.


class KpiOrderDay(Base):
    """Orders paid on a day, per shop, and how their shipping kept the ship-by time."""

    __tablename__ = "kpi_order_days"

    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    shop_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    orders: Mapped[int] = mapped_column(default=0)
    paid_fen: Mapped[int] = mapped_column(default=0)
    with_ship_by: Mapped[int] = mapped_column(default=0)  # orders with a ship-by time
    shipped_on_time: Mapped[int] = mapped_column(default=0)
    shipped_late: Mapped[int] = mapped_column(default=0)


class KpiItemDay(Base):
    """Per shop, product and SKU and day: units sold (by the day the order was paid) and
    units refunded (by the day the money went back)."""

    __tablename__ = "kpi_item_days"

    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    shop_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    product_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    sku: Mapped[str] = mapped_column(String(64), primary_key=True)
    title: Mapped[str] = mapped_column(String(200), default="")  # the item's latest title
    units_sold: Mapped[int] = mapped_column(default=0)
    sold_fen: Mapped[int] = mapped_column(default=0)
    units_refunded: Mapped[int] = mapped_column(default=0)
    refunds: Mapped[int] = mapped_column(default=0)
    claims: Mapped[int] = mapped_column(default=0)  # quality claims on it, by the day opened


class KpiRefundDay(Base):
    """Refunds that went back on a day, per shop, and how long they took from the request."""

    __tablename__ = "kpi_refund_days"

    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    shop_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    refunds: Mapped[int] = mapped_column(default=0)
    seconds: Mapped[int] = mapped_column(default=0)  # request to refund, summed
    within_24h: Mapped[int] = mapped_column(default=0)
    within_48h: Mapped[int] = mapped_column(default=0)


class KpiTicketDay(Base):
    """Tickets opened on a day, per shop, kind and the status they stand at now."""

    __tablename__ = "kpi_ticket_days"

    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    shop_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(24), primary_key=True)
    status: Mapped[str] = mapped_column(String(24), primary_key=True)
    tickets: Mapped[int] = mapped_column(default=0)


class KpiAppealDay(Base):
    """Platform interventions (appeals) opened on a day, per shop."""

    __tablename__ = "kpi_appeal_days"

    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    shop_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    appeals: Mapped[int] = mapped_column(default=0)


class KpiCompensationDay(Base):
    """Compensation paid on a day, per shop and reason."""

    __tablename__ = "kpi_compensation_days"

    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    shop_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    reason: Mapped[str] = mapped_column(String(200), primary_key=True)
    paid: Mapped[int] = mapped_column(default=0)
    amount_fen: Mapped[int] = mapped_column(default=0)


class KpiSlaDay(Base):
    """Promises done on time or late, per rule (``reship_due`` by the day agreed,
    ``follow_up`` by the day made, ``platform_deadline`` by the deadline's day)."""

    __tablename__ = "kpi_sla_days"

    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    shop_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    rule: Mapped[str] = mapped_column(String(40), primary_key=True)
    done: Mapped[int] = mapped_column(default=0)
    kept: Mapped[int] = mapped_column(default=0)
    late: Mapped[int] = mapped_column(default=0)


class KpiRefundWait(Base):
    """Refunds that went back, by the day they were requested and the whole days (rounded
    up) they took: any threshold (the deliberate-delay rule's 15 days) reads off it."""

    __tablename__ = "kpi_refund_waits"

    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    shop_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    days: Mapped[int] = mapped_column(primary_key=True)
    refunds: Mapped[int] = mapped_column(default=0)


class KpiPresaleDay(Base):
    """Pre-sale tickets (inquiries, payment reminders) opened on a day, per shop and agent
    (``agent_key``: the assignee's id as stored, empty when unassigned), and how many of
    them had their order paid within 1, 3 and 7 days after they opened."""

    __tablename__ = "kpi_presale_days"

    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    shop_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    agent_key: Mapped[str] = mapped_column(String(36), primary_key=True)
    inquiries: Mapped[int] = mapped_column(default=0)
    with_order: Mapped[int] = mapped_column(default=0)
    paid_1d: Mapped[int] = mapped_column(default=0)
    paid_3d: Mapped[int] = mapped_column(default=0)
    paid_7d: Mapped[int] = mapped_column(default=0)


# ---- indexes the supervisor's aggregates read on the shared tables ---------------------
# Each one is covering for its figure, so a year of a large shop is read from the index
# alone (docs/performance.md).

KPI_INDEXES = (
    Index("ix_tickets_assignee_created", Ticket.assignee_id, Ticket.created_at),
    Index(
        "ix_feedback_kind",
        Feedback.kind,
        Feedback.created_at,
        Feedback.product,
        Feedback.deleted_at,
    ),
    Index(
        "ix_customer_tags_at",
        CustomerTag.tagged_at,
        CustomerTag.customer_id,
        CustomerTag.deleted_at,
    ),
    Index("ix_audit_at", AuditEntry.at, AuditEntry.id),
    Index("ix_refunds_refunded", Refund.refunded_at),  # the accounting export's period
    # Partial: only the few rows the review queues and the open promises need.
    *(
        Index(name, *columns, sqlite_where=text(where), postgresql_where=text(where))
        for name, columns, where in (
            ("ix_orders_flagged", (Order.updated_at,), "flag != 'none'"),
            ("ix_orders_unpaid", (Order.placed_at,), "status = 'placed'"),
            (
                "ix_orders_unshipped",
                (Order.paid_at, Order.ship_by, Order.status, Order.deleted_at),
                "shipped_at IS NULL AND ship_by IS NOT NULL",
            ),
            (
                "ix_tickets_deadline_open",
                (Ticket.platform_deadline, Ticket.active, Ticket.deleted_at),
                "platform_deadline IS NOT NULL AND resolved_at IS NULL",
            ),
            (
                "ix_reships_open",
                (Reship.agreed_at, Reship.due_at, Reship.deleted_at),
                "shipped_at IS NULL",
            ),
            (
                "ix_follow_ups_open",
                (FollowUp.created_at, FollowUp.due_at, FollowUp.deleted_at),
                "done_at IS NULL",
            ),
            (
                "ix_refunds_open",
                (Refund.created_at, Refund.deleted_at),
                "refunded_at IS NULL AND status != 'refused'",
            ),
        )
    ),
)
