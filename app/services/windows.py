"""A ticket's platform windows: its order and after-sale facts put to the rules engine.

The ticket's due time is the earlier of its service target and the earliest still-open
window the shop owes among the rules that matter to its kind (``[windows]`` in sla.toml).
"""

from __future__ import annotations

import uuid

from pendulum import DateTime
from sqlalchemy import select
from sqlalchemy.orm import Session

from app import clock
from app.models import (
    Order,
    OrderItem,
    Refund,
    Reship,
    ReturnShipment,
    Shop,
    Ticket,
    TicketKind,
)
from app.platform_env import data_dir
from app.policy import (
    OVERRIDES_FILENAME,
    ItemFacts,
    OrderFacts,
    PlatformDeadline,
    Window,
    deadlines,
    load_table,
    tightest,
)
from app.services.due import sla

# Kinds that are a buyer's after-sale request: the ticket's creation is the request.
REQUEST_KINDS = frozenset(
    {
        TicketKind.COMPENSATION,
        TicketKind.WRONG_ITEM,
        TicketKind.MISSING_ITEM,
        TicketKind.LOST_PARCEL,
        TicketKind.RETURN,
        TicketKind.EXCHANGE,
        TicketKind.REFUND_ONLY,
        TicketKind.CANCEL,
        TicketKind.QUALITY_CLAIM,
        TicketKind.DISPUTE,
    }
)
ORDER_EVENTS = ("placed_at", "paid_at", "shipped_at", "signed_at", "confirmed_at", "completed_at")


def _first(*values: DateTime | None) -> DateTime | None:
    present = [v for v in values if v is not None]
    return min(present) if present else None


def _remedy_events(s: Session, ticket_id: uuid.UUID) -> dict[str, DateTime | None]:
    reships = list(s.scalars(select(Reship).where(Reship.ticket_id == ticket_id)))
    returns = list(s.scalars(select(ReturnShipment).where(ReturnShipment.ticket_id == ticket_id)))
    refunds = list(s.scalars(select(Refund).where(Refund.ticket_id == ticket_id)))
    return {
        "reship_agreed_at": _first(*(r.agreed_at for r in reships)),
        "reshipped_at": _first(*(r.shipped_at for r in reships)),
        "return_approved_at": _first(*(r.created_at for r in returns)),
        "return_shipped_at": _first(*(r.shipped_at for r in returns)),
        "return_received_at": _first(*(r.received_at for r in returns)),
        "refunded_at": _first(*(r.refunded_at for r in refunds)),
        "merchant_responded_at": _first(*(r.created_at for r in (*reships, *returns, *refunds))),
    }


def facts_for(s: Session, ticket: Ticket) -> OrderFacts | None:
    """The engine's view of the ticket's order and case, or None for a ticket without order."""
    if ticket.order_id is None:
        return None
    order = s.get(Order, ticket.order_id)
    shop = s.get(Shop, ticket.shop_id)
    events: dict[str, DateTime | None] = {e: getattr(order, e) for e in ORDER_EVENTS}
    if ticket.kind in REQUEST_KINDS:
        events["refund_requested_at"] = ticket.created_at
        events.update(_remedy_events(s, ticket.id))
    items = s.scalars(select(OrderItem).where(OrderItem.order_id == order.id))
    platform_deadlines = []
    if order.ship_by is not None:
        platform_deadlines.append(PlatformDeadline("ship_by", order.ship_by, "exp_ship_time"))
    if ticket.platform_deadline is not None and ticket.kind in REQUEST_KINDS:
        platform_deadlines.append(
            PlatformDeadline("merchant_response_due", ticket.platform_deadline, "status_deadline")
        )
    return OrderFacts(
        platform=shop.platform.value,
        events={k: v for k, v in events.items() if v is not None},
        shop_tz=shop.timezone,
        payment=order.payment_method.value,
        state=order.status.value,
        items=tuple(
            ItemFacts(str(i.id), amount_fen=i.amount_fen, aftersale_state=i.aftersale.value)
            for i in items
        ),
        platform_deadlines=tuple(platform_deadlines),
    )


def windows_for(s: Session, ticket: Ticket) -> list[Window]:
    """The windows that matter to this ticket's kind, earliest end first."""
    facts = facts_for(s, ticket)
    wanted = sla().windows.get(ticket.kind, ())
    if facts is None or not wanted:
        return []
    table = load_table(facts.platform, overrides=data_dir() / OVERRIDES_FILENAME)
    return [w for w in deadlines(table, facts) if w.rule_id in wanted]


def tightest_open(windows: list[Window], now: DateTime) -> Window | None:
    """The shop's earliest window that is still open (neither met nor passed)."""
    window = tightest(windows, now, parties={"merchant"})
    return window if window is not None and window.status(now) == "open" else None


def retarget(
    s: Session, ticket: Ticket, candidate: tuple[DateTime, str], at: DateTime | None = None
) -> None:
    """Set the ticket's due time: ``candidate`` (a service target) or an earlier open window."""
    due_at, rule = candidate
    window = tightest_open(windows_for(s, ticket), at or clock.now())
    if window is not None and window.ends_at < due_at:
        due_at, rule = window.ends_at.in_timezone("UTC"), window.rule_id
    ticket.due_at, ticket.due_rule = due_at, rule
