"""A ticket's platform windows: its order and after-sale facts put to the rules engine.

The ticket's due time is the earlier of its service target and the earliest still-open
window the shop owes among the rules that matter to its kind (``[windows]`` in sla.toml).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from pendulum import DateTime
from sqlalchemy import Connection, Uuid, bindparam, func, select
from sqlalchemy.orm import Session

from app import clock
from app.models import (
    Order,
    OrderItem,
    Shop,
    SupplierRequest,
    SupplierRequestStatus,
    Ticket,
    TicketKind,
)
from app.platform_env import policy_overrides_path
from app.policy import (
    ItemFacts,
    OrderFacts,
    PlatformDeadline,
    Window,
    load_table,
    tightest,
    window_for,
)
from app.services import extension_rows, remedy_rows
from app.services.due import next_touch_due, sla
from app.services.unit import defer, keep

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


def remedy_events(conn: Session | Connection, ticket_id: uuid.UUID) -> dict[str, DateTime | None]:
    """The after-sale events the ticket's remedy records mark, in one query."""
    return remedy_rows.events(remedy_rows.remedy_rows(conn, ticket_id))


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
    # Nothing was paid, nothing to refund: no after-sale events on an unpaid order.
    if case.order_events.get("paid_at") is not None:
        events.update(case.remedies)
    # A buyer's after-sale request: the ticket's creation is the request.
    if case.kind in REQUEST_KINDS and case.order_events.get("paid_at") is not None:
        events["refund_requested_at"] = case.created_at
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


_CASE = (
    select(
        Order.payment_method,
        Order.status,
        Order.ship_by,
        Shop.platform,
        Shop.timezone,
        *(getattr(Order, e) for e in ORDER_EVENTS),
    )
    .join(Shop, Shop.id == Order.shop_id)
    .where(Order.id == bindparam("oid", type_=Uuid()))
)
_ITEMS = select(
    OrderItem.id,
    OrderItem.unit_price_fen,
    OrderItem.quantity,
    OrderItem.discount_fen,
    OrderItem.aftersale,
).where(OrderItem.order_id == bindparam("oid", type_=Uuid()))


def _order_rows(s: Session, ticket: Ticket) -> tuple[tuple, list[tuple]]:
    """The order's and shop's columns, and the items': from the objects this unit of work has
    loaded already (no statement, pending changes included), else as plain rows by key."""
    order = s.identity_map.get(s.identity_key(Order, ticket.order_id))
    if order is None:
        keys = {"oid": ticket.order_id}
        return tuple(s.execute(_CASE, keys).one()), list(s.execute(_ITEMS, keys).all())
    shop = s.get(Shop, ticket.shop_id)
    keep(s, shop)
    head = (order.payment_method, order.status, order.ship_by, shop.platform, shop.timezone)
    head += tuple(getattr(order, e) for e in ORDER_EVENTS)
    items = [(i.id, i.unit_price_fen, i.quantity, i.discount_fen, i.aftersale) for i in order.items]
    return head, items


def facts_for(
    s: Session, ticket: Ticket, rows: list[remedy_rows.RemedyRow] | None = None
) -> OrderFacts | None:
    """The engine's view of the ticket's order and case, or None for a ticket without order.
    ``rows`` are the ticket's remedy rows when the caller has them already."""
    if ticket.order_id is None:
        return None
    head, items = _order_rows(s, ticket)
    payment, state, ship_by, platform, tz, *events = head
    if rows is None:
        rows = remedy_rows.remedy_rows(s, ticket.id)
    return make_facts(
        CaseInput(
            kind=ticket.kind,
            created_at=ticket.created_at,
            platform_deadline=ticket.platform_deadline,
            platform=platform.value,
            shop_tz=tz,
            payment=payment.value,
            state=state.value,
            order_events=dict(zip(ORDER_EVENTS, events, strict=True)),
            ship_by=ship_by,
            items=tuple((str(i), price * qty - cut, st.value) for i, price, qty, cut, st in items),
            remedies=remedy_rows.events(rows),
        )
    )


def windows_of(
    kind: TicketKind, facts: OrderFacts | None, extensions: dict[str, DateTime] | None = None
) -> list[Window]:
    """The windows that matter to a ticket of ``kind``, earliest end first; ``extensions``
    (rule id -> granted new deadline) push those windows' ends."""
    targets = sla()
    wanted = set(targets.windows.get(kind, ())) | set(targets.remedy_windows)
    if facts is None or not wanted:
        return []
    table = load_table(facts.platform, overrides=policy_overrides_path())
    found = [window_for(table, rule_id, facts) for rule_id in wanted]  # only these rules
    found = sorted((w for w in found if w is not None), key=lambda w: (w.ends_at, w.rule_id))
    return extension_rows.extend(found, extensions or {})


def windows_for(s: Session, ticket: Ticket) -> list[Window]:
    return windows_of(ticket.kind, facts_for(s, ticket), extension_rows.granted(s, ticket.id))


def tightest_open(windows: list[Window], now: DateTime) -> Window | None:
    """The shop's earliest window that is still open (neither met nor passed)."""
    window = tightest(windows, now, parties={"merchant"})
    return window if window is not None and window.status(now) == "open" else None


def open_promises(s: Session, ticket_id: uuid.UUID) -> list[tuple[DateTime, str]]:
    """The shop's open promises on the ticket, earliest first: reships agreed and not shipped
    yet (``reship_due``) and follow-ups not done (``follow_up``), by their due times."""
    return remedy_rows.promises(remedy_rows.remedy_rows(s, ticket_id))


def due_key(ticket_id: uuid.UUID) -> tuple[str, uuid.UUID]:
    """The key under which a ticket's due time is recomputed at the end of a unit of work."""
    return ("due", ticket_id)


def retarget_later(s: Session, ticket: Ticket, at: DateTime) -> None:
    """Recompute the due time once, at the end of the unit of work (after every record it
    changes): the next look its status asks for, or an earlier window or promise."""

    def work() -> None:
        candidate = next_touch_due(ticket.status, at) or (ticket.due_at, ticket.due_rule)
        retarget(s, ticket, candidate, at)

    defer(s, due_key(ticket.id), work)


def retarget(
    s: Session, ticket: Ticket, candidate: tuple[DateTime, str], at: DateTime | None = None
) -> None:
    """Set the ticket's due time: ``candidate`` (a service target), an earlier open window, an
    earlier open promise (a reship or a follow-up: it counts even once it is overdue, so an
    unkept promise shows as overdue in the queue), or an earlier answer a supplier owes."""
    due_at, rule = candidate
    rows = remedy_rows.remedy_rows(s, ticket.id)
    extensions = extension_rows.granted(s, ticket.id)
    found = windows_of(ticket.kind, facts_for(s, ticket, rows), extensions)
    window = tightest_open(found, at or clock.now())
    if window is not None and window.ends_at < due_at:
        due_at, rule = window.ends_at.in_timezone("UTC"), window.rule_id
    promises = remedy_rows.promises(rows)
    if promises and promises[0][0] < due_at:
        due_at, rule = promises[0]
    answer = supplier_answer_due(s, ticket.id)
    if answer is not None and answer < due_at:  # chase the supplier when its answer is due
        due_at, rule = answer, "supplier_answer"
    ticket.due_at, ticket.due_rule = due_at, rule


def supplier_answer_due(s: Session, ticket_id: uuid.UUID) -> DateTime | None:
    """When the earliest answer a supplier still owes on the ticket is due (None: none)."""
    return s.scalar(
        select(func.min(SupplierRequest.due_at)).where(
            SupplierRequest.ticket_id == ticket_id,
            SupplierRequest.status == SupplierRequestStatus.SENT,
            SupplierRequest.deleted_at.is_(None),
        )
    )
