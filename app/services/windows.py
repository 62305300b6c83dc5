"""A ticket's platform windows: its order and after-sale facts put to the rules engine.

The ticket's due time is the earlier of its service target and the earliest still-open
window the shop owes among the rules that matter to its kind (``[windows]`` in sla.toml).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from pendulum import DateTime
from sqlalchemy import Connection, Uuid, bindparam, literal, select, union_all
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
    UTCDateTime,
)
from app.platform_env import policy_overrides_path
from app.policy import (
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


def _when(value: None = None):  # noqa: ANN202
    return literal(value, UTCDateTime())


def remedy_events(conn: Session | Connection, ticket_id: uuid.UUID) -> dict[str, DateTime | None]:
    """The after-sale events the ticket's remedy records mark, in one query."""
    tid = bindparam("tid", ticket_id, type_=Uuid())
    stmt = union_all(
        select(literal("reship"), Reship.agreed_at, Reship.shipped_at, _when(), _when()).where(
            Reship.ticket_id == tid
        ),
        select(
            literal("return"),
            ReturnShipment.created_at,
            ReturnShipment.shipped_at,
            ReturnShipment.received_at,
            _when(),
        ).where(ReturnShipment.ticket_id == tid),
        select(literal("refund"), Refund.created_at, _when(), _when(), Refund.refunded_at).where(
            Refund.ticket_id == tid
        ),
    )
    rows = conn.execute(stmt).all()
    of = lambda kind, col: [r[col] for r in rows if r[0] == kind]  # noqa: E731
    return {
        "reship_agreed_at": _first(*of("reship", 1)),
        "reshipped_at": _first(*of("reship", 2)),
        "return_approved_at": _first(*of("return", 1)),
        "return_shipped_at": _first(*of("return", 2)),
        "return_received_at": _first(*of("return", 3)),
        "refunded_at": _first(*of("refund", 4)),
        "merchant_responded_at": _first(*(r[1] for r in rows)),
    }


@dataclass(frozen=True)
class CaseInput:
    """Plain values the engine's facts are made of (from ORM objects or from query rows)."""

    kind: TicketKind
    created_at: DateTime
    platform_deadline: DateTime | None
    platform: str
    shop_tz: str
    payment: str
    state: str
    order_events: dict[str, DateTime | None]
    ship_by: DateTime | None
    items: tuple[tuple[str, int, str], ...]  # (item id, amount in fen, after-sale state)
    remedies: dict[str, DateTime | None]


def make_facts(case: CaseInput) -> OrderFacts:
    events = dict(case.order_events)
    deadlines_reported = []
    if case.ship_by is not None:
        deadlines_reported.append(PlatformDeadline("ship_by", case.ship_by, "exp_ship_time"))
    # A buyer's after-sale request on a paid order; nothing was paid, nothing to refund.
    if case.kind in REQUEST_KINDS and case.order_events.get("paid_at") is not None:
        events["refund_requested_at"] = case.created_at
        events.update(case.remedies)
        if case.platform_deadline is not None:
            deadlines_reported.append(
                PlatformDeadline("merchant_response_due", case.platform_deadline, "status_deadline")
            )
    return OrderFacts(
        platform=case.platform,
        events={k: v for k, v in events.items() if v is not None},
        shop_tz=case.shop_tz,
        payment=case.payment,
        state=case.state,
        items=tuple(ItemFacts(i, amount_fen=a, aftersale_state=st) for i, a, st in case.items),
        platform_deadlines=tuple(deadlines_reported),
    )


def facts_for(s: Session, ticket: Ticket) -> OrderFacts | None:
    """The engine's view of the ticket's order and case, or None for a ticket without order."""
    if ticket.order_id is None:
        return None
    order = s.get(Order, ticket.order_id)
    shop = s.get(Shop, ticket.shop_id)
    items = s.scalars(select(OrderItem).where(OrderItem.order_id == order.id))
    return make_facts(
        CaseInput(
            kind=ticket.kind,
            created_at=ticket.created_at,
            platform_deadline=ticket.platform_deadline,
            platform=shop.platform.value,
            shop_tz=shop.timezone,
            payment=order.payment_method.value,
            state=order.status.value,
            order_events={e: getattr(order, e) for e in ORDER_EVENTS},
            ship_by=order.ship_by,
            items=tuple((str(i.id), i.amount_fen, i.aftersale.value) for i in items),
            remedies=remedy_events(s, ticket.id) if ticket.kind in REQUEST_KINDS else {},
        )
    )


def windows_of(kind: TicketKind, facts: OrderFacts | None) -> list[Window]:
    """The windows that matter to a ticket of ``kind``, earliest end first."""
    wanted = sla().windows.get(kind, ())
    if facts is None or not wanted:
        return []
    table = load_table(facts.platform, overrides=policy_overrides_path())
    return [w for w in deadlines(table, facts) if w.rule_id in wanted]


def windows_for(s: Session, ticket: Ticket) -> list[Window]:
    return windows_of(ticket.kind, facts_for(s, ticket))


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
