"""The closed vocabularies of the domain (stored by value)."""

from __future__ import annotations

from enum import StrEnum


class Platform(StrEnum):
    DOUYIN = "douyin"
    TAOBAO = "taobao"
    TMALL = "tmall"
    JD = "jd"
    OTHER = "other"


class Role(StrEnum):
    PRESALE = "presale"
    AFTERSALE = "aftersale"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


class PaymentMethod(StrEnum):
    ONLINE = "online"
    COD = "cod"


class OrderStatus(StrEnum):
    """The order's own life (DOMAIN.md items 1 and 8). An after-sale never rewrites it."""

    PLACED = "placed"  # awaiting payment (online)
    AWAITING_CONFIRMATION = "awaiting_confirmation"  # COD, awaiting the shop's confirmation
    STOCKING = "stocking"  # paid or COD confirmed, not yet handed to the carrier
    SHIPPED = "shipped"
    SIGNED = "signed"  # parcel signed for
    CONFIRMED = "confirmed"  # buyer confirmed receipt: trade success
    COMPLETED = "completed"  # settled and past the after-sale windows
    CANCELLED = "cancelled"
    CLOSED = "closed"


class FlagColor(StrEnum):
    """Order flags (插旗) in the colours the platforms offer."""

    NONE = "none"
    RED = "red"
    YELLOW = "yellow"
    GREEN = "green"
    BLUE = "blue"
    PURPLE = "purple"
    GREY = "grey"


class ItemAfterSale(StrEnum):
    """The after-sale state of one order item."""

    NONE = "none"
    REQUESTED = "requested"
    IN_PROGRESS = "in_progress"
    FINISHED = "finished"
    REFUSED = "refused"
    CANCELLED = "cancelled"


class TicketKind(StrEnum):
    INQUIRY = "inquiry"
    PAYMENT_REMINDER = "payment_reminder"
    URGE_SHIPMENT = "urge_shipment"
    LOGISTICS_EXCEPTION = "logistics_exception"
    COMPENSATION = "compensation"
    WRONG_ITEM = "wrong_item"
    MISSING_ITEM = "missing_item"
    LOST_PARCEL = "lost_parcel"
    RETURN = "return"
    EXCHANGE = "exchange"
    REFUND_ONLY = "refund_only"
    CANCEL = "cancel"
    QUALITY_CLAIM = "quality_claim"
    DISPUTE = "dispute"
    BAD_REVIEW = "bad_review"


PRESALE_KINDS = frozenset({TicketKind.INQUIRY, TicketKind.PAYMENT_REMINDER})


class TicketStatus(StrEnum):
    NEW = "new"
    OPEN = "open"
    WAITING_CUSTOMER = "waiting_customer"
    WAITING_WAREHOUSE = "waiting_warehouse"
    WAITING_PLATFORM = "waiting_platform"
    ESCALATED = "escalated"
    RESOLVED = "resolved"
    CLOSED = "closed"


ACTIVE_STATUSES = frozenset(TicketStatus) - {TicketStatus.RESOLVED, TicketStatus.CLOSED}


class Priority(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    URGENT = "urgent"


class MessageKind(StrEnum):
    BUYER = "buyer"  # what the buyer wrote
    REPLY = "reply"  # what the agent answered
    NOTE = "note"  # internal, never shown to the buyer
    SYSTEM = "system"


class TagKind(StrEnum):
    SOURCE = "source"  # campaign or entrance the buyer came from
    AGE = "age"
    GENDER = "gender"
    PREFERENCE = "preference"
    RISK = "risk"  # e.g. suspected malicious refunds
    OTHER = "other"


class FeedbackKind(StrEnum):
    PRODUCT = "product"
    DEFECT = "defect"
    CAMPAIGN = "campaign"
    LOGISTICS = "logistics"
    OTHER = "other"


class RunState(StrEnum):
    """Where a workflow run (an SOP script on a ticket) stands."""

    RUNNING = "running"
    WAITING_APPROVAL = "waiting_approval"  # a supervisor must decide before it goes on
    ENDED = "ended"
    ABANDONED = "abandoned"


class MutationState(StrEnum):
    PENDING = "pending"  # not yet accepted by the team server
    APPLIED = "applied"  # the server applied it
    REJECTED = "rejected"  # the server refused it: shown in the sync-conflicts list
    DISCARDED = "discarded"  # a rejected one the agent let go
    REDONE = "redone"  # a rejected one the agent did again (as a new mutation)
