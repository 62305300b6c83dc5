"""The data model (SQLAlchemy 2 typed ORM). Import models from here."""

from app.models.base import Base, UTCDateTime, derived_id, new_id
from app.models.customers import Customer, CustomerTag, Tag
from app.models.enums import (
    ACTIVE_STATUSES,
    FeedbackKind,
    FlagColor,
    ItemAfterSale,
    MessageKind,
    MutationState,
    OrderStatus,
    PaymentMethod,
    Platform,
    Priority,
    Role,
    RunState,
    TagKind,
    TicketKind,
    TicketStatus,
)
from app.models.journal import AuditEntry, OutboxMutation, StoreFact
from app.models.knowledge import Feedback, QuickPhrase
from app.models.messages import Attachment, Message
from app.models.orders import Order, OrderItem
from app.models.org import Agent, Shop
from app.models.remedies import (
    REMEDY_MODELS,
    Appeal,
    CarrierClaim,
    Compensation,
    Exchange,
    FollowUp,
    Refund,
    Reship,
    ReturnShipment,
    WeightCheck,
)
from app.models.tickets import Ticket, TicketEvent, TicketItem
from app.models.workflows import WorkflowRun

__all__ = [
    "ACTIVE_STATUSES",
    "Agent",
    "Appeal",
    "Attachment",
    "AuditEntry",
    "Base",
    "CarrierClaim",
    "Compensation",
    "Customer",
    "CustomerTag",
    "Exchange",
    "Feedback",
    "FeedbackKind",
    "FlagColor",
    "FollowUp",
    "ItemAfterSale",
    "Message",
    "MessageKind",
    "MutationState",
    "Order",
    "OrderItem",
    "OrderStatus",
    "OutboxMutation",
    "PaymentMethod",
    "Platform",
    "Priority",
    "QuickPhrase",
    "REMEDY_MODELS",
    "Refund",
    "Reship",
    "ReturnShipment",
    "Role",
    "RunState",
    "Shop",
    "StoreFact",
    "Tag",
    "TagKind",
    "Ticket",
    "TicketEvent",
    "TicketItem",
    "TicketKind",
    "TicketStatus",
    "UTCDateTime",
    "WeightCheck",
    "WorkflowRun",
    "derived_id",
    "new_id",
]
