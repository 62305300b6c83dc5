"""Use cases: the only code that writes the database. Each call is one transaction that also
appends an outbox mutation and an audit entry (see :mod:`app.services.unit`)."""

from app.services.customers import create_tag, tag_customer, untag_customer
from app.services.messages import add_buyer_message, add_note, add_reply
from app.services.orders import flag_orders
from app.services.tickets import assign_ticket, change_status, create_ticket, set_priority
from app.services.unit import REGISTRY, Actor, Changes

__all__ = [
    "REGISTRY",
    "Actor",
    "Changes",
    "add_buyer_message",
    "add_note",
    "add_reply",
    "assign_ticket",
    "change_status",
    "create_tag",
    "create_ticket",
    "flag_orders",
    "set_priority",
    "tag_customer",
    "untag_customer",
]
