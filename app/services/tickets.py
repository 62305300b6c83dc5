"""Creating tickets and moving them along: assignment, status, priority."""

from __future__ import annotations

import uuid

from pendulum import DateTime
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import Conflict, InvalidInput, NotFound, PromiseOpen
from app.models import (
    ACTIVE_STATUSES,
    Agent,
    Customer,
    Order,
    OrderItem,
    Priority,
    Ticket,
    TicketItem,
    TicketKind,
    TicketStatus,
    derived_id,
)
from app.models.enums import PRESALE_KINDS
from app.services import due, ticket_flow, windows
from app.services.shop_closing import refuse_if_closed
from app.services.supplier_requests import open_for_new_ticket
from app.services.unit import Actor, Changes, audit, forget, mutation, timeline


def get_ticket(s: Session, ticket_id: uuid.UUID, expected_version: int | None = None) -> Ticket:
    ticket = s.get(Ticket, ticket_id)
    if ticket is None or ticket.deleted_at is not None:
        raise NotFound(f"no ticket {ticket_id}", ticket_id=str(ticket_id))
    if expected_version is not None and ticket.version != expected_version:
        raise Conflict(
            "the ticket changed since it was opened; reload it",
            expected=expected_version,
            found=ticket.version,
        )
    return ticket


def touch(ticket: Ticket, at: DateTime) -> None:
    ticket.version += 1
    ticket.updated_at = at


def _find_order(s: Session, order_no: str, shop_id: uuid.UUID | None) -> Order:
    stmt = select(Order).where(Order.order_no == order_no.strip())
    if shop_id is not None:
        stmt = stmt.where(Order.shop_id == shop_id)
    found = list(s.scalars(stmt.limit(2)))
    if not found:
        raise NotFound(f"no order numbered {order_no}", order_no=order_no)
    if len(found) > 1:
        raise InvalidInput(f"order number {order_no} exists in several shops; pick the shop")
    return found[0]


def _active_agent(s: Session, agent_id: uuid.UUID) -> Agent:
    agent = s.get(Agent, agent_id)
    if agent is None or not agent.active:
        raise NotFound(f"no active agent {agent_id}")
    return agent


def _check_items(s: Session, order: Order | None, item_ids: list[uuid.UUID]) -> None:
    if not item_ids:
        return
    if order is None:
        raise InvalidInput("items can only be named together with their order")
    owned = set(s.scalars(select(OrderItem.id).where(OrderItem.order_id == order.id)))
    stray = [str(i) for i in item_ids if i not in owned]
    if stray:
        raise InvalidInput(f"items not in order {order.order_no}: {', '.join(stray)}")


@mutation("ticket.create", creates=("id",), stamps=("at",))
def create_ticket(
    s: Session,
    actor: Actor,
    *,
    kind: TicketKind,
    id: uuid.UUID,
    at: DateTime,
    order_no: str | None = None,
    customer_id: uuid.UUID | None = None,
    shop_id: uuid.UUID | None = None,
    item_ids: list[uuid.UUID] | None = None,
    subject: str = "",
    priority: Priority = Priority.NORMAL,
    assignee_id: uuid.UUID | None = None,
) -> Changes:
    """Open a ticket from an order number (the buyer follows) or from a buyer."""
    order = _find_order(s, order_no, shop_id) if order_no else None
    if order is not None:
        customer = s.get(Customer, order.customer_id)
    elif customer_id is not None:
        customer = s.get(Customer, customer_id)
    else:
        raise InvalidInput("a ticket needs an order number or a buyer")
    if customer is None:
        raise NotFound(f"no buyer {customer_id}")
    if kind in PRESALE_KINDS:
        refuse_if_closed(
            s, order.shop_id if order else customer.shop_id, f"a new {kind.value} ticket"
        )
    item_ids = list(dict.fromkeys(item_ids or []))  # an item named twice is covered once
    _check_items(s, order, item_ids)
    if assignee_id is not None:
        _active_agent(s, assignee_id)
    due_at, rule = due.first_response_due(kind, at)  # retargeted below, once the rows exist
    ticket = Ticket(
        id=id,
        shop_id=order.shop_id if order else customer.shop_id,
        kind=kind,
        status=TicketStatus.NEW,
        priority=priority,
        subject=subject.strip()[:200],
        customer_id=customer.id,
        order_id=order.id if order else None,
        assignee_id=assignee_id,
        created_by=actor.agent_id,
        due_at=due_at,
        due_rule=rule,
        created_at=at,
        updated_at=at,
    )
    s.add(ticket)
    s.flush()
    for item_id in item_ids:
        item_link = derived_id(id, "ticket_item", item_id)
        s.add(
            TicketItem(
                id=item_link, ticket_id=id, order_item_id=item_id, created_at=at, updated_at=at
            )
        )
    s.flush()
    timeline(s, actor, id, "created", at=at, kind=kind, order_no=order.order_no if order else None)
    open_for_new_ticket(s, actor, ticket, item_ids, at)  # supplied items go to their supplier
    windows.retarget(s, ticket, (due_at, rule), at)
    audit(
        s,
        actor,
        "ticket.create",
        "ticket",
        id,
        ticket_id=id,
        order_id=ticket.order_id,
        at=at,
        kind=kind,
    )
    return Changes(tickets={id}, customers={customer.id}, queue=True, created=id)


@mutation("ticket.assign", stamps=("at",))
def assign_ticket(
    s: Session, actor: Actor, *, ticket_id: uuid.UUID, assignee_id: uuid.UUID | None, at: DateTime
) -> Changes:
    ticket = get_ticket(s, ticket_id)
    if assignee_id is not None:
        _active_agent(s, assignee_id)
    if ticket.assignee_id == assignee_id:
        return Changes(tickets={ticket_id})
    before = ticket.assignee_id
    ticket.assignee_id = assignee_id
    touch(ticket, at)
    timeline(s, actor, ticket_id, "assigned", at=at, before=before, after=assignee_id)
    audit(
        s,
        actor,
        "ticket.assign",
        "ticket",
        ticket_id,
        ticket_id=ticket_id,
        at=at,
        before=before,
        after=assignee_id,
    )
    return Changes(tickets={ticket_id}, queue=True)


@mutation("ticket.status", stamps=("at",))
def change_status(
    s: Session,
    actor: Actor,
    *,
    ticket_id: uuid.UUID,
    status: TicketStatus,
    at: DateTime,
    reason: str = "",
    expected_version: int | None = None,
) -> Changes:
    """Move a ticket to ``status`` if the workflow allows it (else IllegalTransition)."""
    ticket = get_ticket(s, ticket_id, expected_version)
    set_status(s, actor, ticket, status, at, reason=reason)
    return Changes(tickets={ticket_id}, queue=True)


def set_status(
    s: Session,
    actor: Actor,
    ticket: Ticket,
    status: TicketStatus,
    at: DateTime,
    *,
    reason: str = "",
) -> None:
    """Apply a checked status change inside another service's unit of work."""
    ticket_flow.check(ticket.status, status)
    if status in (TicketStatus.RESOLVED, TicketStatus.CLOSED):
        _no_open_promise(s, ticket)
    before = ticket.status
    ticket.status = status
    ticket.active = status in ACTIVE_STATUSES
    if status == TicketStatus.RESOLVED:
        ticket.resolved_at = at
    elif status == TicketStatus.CLOSED:
        ticket.closed_at = at
    elif before == TicketStatus.RESOLVED:
        ticket.resolved_at = None
    nxt = due.next_touch_due(status, at)
    if nxt is not None:
        windows.retarget(s, ticket, nxt, at)
        forget(s, windows.due_key(ticket.id))  # up to date: no need to recompute it later
    touch(ticket, at)
    timeline(s, actor, ticket.id, "status", at=at, before=before, after=status, reason=reason)
    audit(
        s,
        actor,
        "ticket.status",
        "ticket",
        ticket.id,
        ticket_id=ticket.id,
        at=at,
        before=before,
        after=status,
        reason=reason,
    )


def _no_open_promise(s: Session, ticket: Ticket) -> None:
    """A ticket stays in the queue while a reship or a follow-up promised to the buyer is open."""
    promises = windows.open_promises(s, ticket.id)
    if promises:
        due_at, what = promises[0]
        raise PromiseOpen(
            f"the ticket still has an open {what.replace('_', ' ')} (due {due_at.isoformat()}); "
            "finish it before resolving the ticket",
            promise=what,
            due_at=due_at.isoformat(),
        )


@mutation("ticket.priority", stamps=("at",))
def set_priority(
    s: Session, actor: Actor, *, ticket_id: uuid.UUID, priority: Priority, at: DateTime
) -> Changes:
    ticket = get_ticket(s, ticket_id)
    if ticket.priority == priority:
        return Changes(tickets={ticket_id})
    before = ticket.priority
    ticket.priority = priority
    touch(ticket, at)
    timeline(s, actor, ticket_id, "priority", at=at, before=before, after=priority)
    audit(
        s,
        actor,
        "ticket.priority",
        "ticket",
        ticket_id,
        ticket_id=ticket_id,
        at=at,
        before=before,
        after=priority,
    )
    return Changes(tickets={ticket_id}, queue=True)
