"""What every remedy service shares: loading the ticket and the record, moving a status along
its flow, the items an after-sale covers (checked with the rules engine), and the bookkeeping
of each change (audit, timeline, the ticket's version and due time)."""

from __future__ import annotations

import dataclasses
import re
import uuid
from typing import Any, TypeVar

from pendulum import DateTime
from sqlalchemy.orm import Session

from app.errors import InvalidInput, NotEligible, NotFound
from app.models import (
    Agent,
    Base,
    ItemAfterSale,
    Order,
    OrderItem,
    Ticket,
)
from app.policy import OrderFacts, Verdict, can_exchange, can_start_aftersale
from app.services import windows
from app.services.remedies.flows import check_move
from app.services.remedy_rows import case_items, remedy_rows
from app.services.tickets import get_ticket, touch
from app.services.unit import Actor, Changes, acting_agent, audit, defer, keep, timeline

R = TypeVar("R", bound=Base)

# Records whose state the due time is computed from (windows and promises); the others
# (compensation, exchange, claims, weights, appeals) leave it alone.
DUE_ENTITIES = frozenset({"reship", "follow_up", "return_shipment", "refund"})
_TRACKING = re.compile(r"^[A-Z0-9][A-Z0-9-]{5,39}$")


def ticket_with_order(s: Session, ticket_id: uuid.UUID) -> tuple[Ticket, Order]:
    ticket = get_ticket(s, ticket_id)
    if ticket.order_id is None:
        raise InvalidInput("this ticket has no order; link the order first", field="ticket_id")
    order = s.get(Order, ticket.order_id)
    keep(s, order)
    return ticket, order


def record(s: Session, model: type[R], record_id: uuid.UUID, entity: str) -> R:
    found = s.get(model, record_id)
    keep(s, found)
    if found is None or found.deleted_at is not None:
        raise NotFound(f"no {entity.replace('_', ' ')} {record_id}", id=str(record_id))
    return found


def move(entity: str, row: Any, target: str, at: DateTime) -> str:
    """Move ``row`` to ``target`` along its flow; returns the status it had."""
    before = row.status
    check_move(entity, before, target)
    row.status = target
    row.version += 1
    row.updated_at = at
    return before


def agent(s: Session, actor: Actor) -> Agent:
    return acting_agent(s, actor)


def positive_fen(value: int, name: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
        raise InvalidInput(f"{name} must be a whole number of fen above zero", field=name)
    return value


def text(value: str | None, name: str, limit: int, *, required: bool = False) -> str:
    cleaned = (value or "").strip()
    if required and not cleaned:
        raise InvalidInput(f"{name.replace('_', ' ')} is required", field=name)
    if len(cleaned) > limit:
        raise InvalidInput(
            f"{name.replace('_', ' ')} is longer than {limit} characters", field=name
        )
    return cleaned


def tracking_no(value: str | None, name: str = "tracking_no") -> str:
    """A real tracking number: 6 to 40 letters, digits or dashes (stored upper-case)."""
    cleaned = (value or "").strip().upper().replace(" ", "")
    if not cleaned:
        raise InvalidInput("the tracking number is required", field=name)
    if not _TRACKING.match(cleaned):
        raise InvalidInput(f"{value!r} does not look like a tracking number", field=name)
    return cleaned


# ---- items and eligibility ------------------------------------------------------------


def items_of(s: Session, order: Order, item_id: uuid.UUID | None) -> list[OrderItem]:
    """The item named, or every item of the order when none is (an order-level remedy)."""
    if item_id is None:
        return list(order.items)
    item = s.get(OrderItem, item_id)
    if item is None or item.order_id != order.id:
        raise InvalidInput(f"item {item_id} is not in order {order.order_no}", field="item_id")
    return [item]


def case_facts(s: Session, ticket: Ticket) -> OrderFacts:
    """The engine's facts, with this ticket's own after-sales seen as not yet started: the
    one-at-a-time rule is about another case on the item, not the steps of this one."""
    rows = remedy_rows(s, ticket.id)
    facts = windows.facts_for(s, ticket, rows)
    if facts is None:
        raise InvalidInput("this ticket has no order", field="ticket_id")
    named, whole_order = case_items(rows)
    mine = {i.item_id for i in facts.items} if whole_order else {str(i) for i in named}
    items = tuple(
        dataclasses.replace(i, aftersale_state="none") if i.item_id in mine else i
        for i in facts.items
    )
    return dataclasses.replace(facts, items=items)


def require(verdict: Verdict) -> None:
    if not verdict:
        raise NotEligible(
            "; ".join(r.text for r in verdict.reasons),
            reasons=list(verdict.codes),
            text_zh=";".join(r.text_zh for r in verdict.reasons),
        )


def check_items(
    s: Session, ticket: Ticket, items: list[OrderItem], *, exchange: bool = False
) -> OrderFacts:
    """Every item may take this after-sale (rules engine: one at a time, exchange rules).
    Returns the facts it judged by."""
    facts = case_facts(s, ticket)
    rule = can_exchange if exchange else can_start_aftersale
    for item in items:
        require(rule(facts, str(item.id)))
    return facts


def set_items(
    s: Session,
    actor: Actor,
    ticket: Ticket,
    items: list[OrderItem],
    state: ItemAfterSale,
    at: DateTime,
) -> None:
    """Move the items' after-sale state (never the order's own status)."""
    for item in items:
        if item.aftersale == state:
            continue
        before = item.aftersale
        item.aftersale = state
        item.version += 1
        item.updated_at = at
        audit(
            s,
            actor,
            "item.aftersale",
            "order_item",
            item.id,
            ticket_id=ticket.id,
            order_id=item.order_id,
            at=at,
            before=before,
            after=state,
        )


# ---- bookkeeping ----------------------------------------------------------------------


def noted(
    s: Session,
    actor: Actor,
    ticket: Ticket,
    entity: str,
    record_id: uuid.UUID,
    event: str,
    at: DateTime,
    **data: Any,
) -> None:
    """Audit and timeline one remedy event; the ticket's version and due time are brought up
    to date once, at the end of the unit of work (however many records it changed)."""
    timeline(s, actor, ticket.id, "remedy", at=at, record=entity, event=event, id=record_id, **data)
    audit(
        s,
        actor,
        f"{entity}.{event}",
        entity,
        record_id,
        ticket_id=ticket.id,
        order_id=ticket.order_id,
        at=at,
        **data,
    )
    if entity in DUE_ENTITIES:
        windows.retarget_later(s, ticket, at)
    defer(s, ("touch", ticket.id), lambda: touch(ticket, at))


def settle(s: Session, ticket: Ticket, at: DateTime) -> None:
    """Retarget the ticket's due time and bump its version, once, at the end of the unit."""
    windows.retarget_later(s, ticket, at)
    defer(s, ("touch", ticket.id), lambda: touch(ticket, at))


def base_fields(ticket: Ticket, actor: Actor, at: DateTime) -> dict[str, Any]:
    return {
        "ticket_id": ticket.id,
        "created_by": actor.agent_id,
        "created_at": at,
        "updated_at": at,
        "version": 1,
    }


def advance(
    s: Session,
    actor: Actor,
    model: type[R],
    entity: str,
    record_id: uuid.UUID,
    target: str,
    at: DateTime,
    item_state: ItemAfterSale | None = None,
    **data: object,
) -> tuple[R, Changes]:
    """Move a remedy record to ``target`` (its flow permitting), set the item's after-sale
    state when the move settles it, and note it on the ticket."""
    row = record(s, model, record_id, entity)
    ticket, order = ticket_with_order(s, row.ticket_id)
    move(entity, row, target, at)
    if item_state is not None:
        set_items(s, actor, ticket, items_of(s, order, row.order_item_id), item_state, at)
    noted(s, actor, ticket, entity, row.id, target, at, **data)
    return row, Changes(tickets={ticket.id}, orders={order.id}, queue=True)
