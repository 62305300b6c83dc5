"""Closing an item of a review queue with a decision and a note (supervisors only).

The review keeps what the supervisor saw (the buyer's tags, the order's flag and status, the
case's status), so a later reader knows what was judged; the item comes back to its queue
when it changes afterwards (:mod:`app.queries.review_queues`).
"""

from __future__ import annotations

import uuid
from typing import Any

from pendulum import DateTime
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import InvalidInput, NotFound
from app.models import (
    Customer,
    CustomerTag,
    Order,
    Review,
    ReviewDecision,
    ReviewQueue,
    Tag,
    Ticket,
)
from app.services.approvals import require_supervisor
from app.services.unit import Actor, Changes, audit, mutation

MAX_NOTE = 2000
ORDER_QUEUES = (ReviewQueue.FLAGGED_ORDER, ReviewQueue.EXCEPTION_ORDER, ReviewQueue.UNPAID_ORDER)


def _customer_state(s: Session, customer_id: uuid.UUID) -> dict[str, Any]:
    customer = s.get(Customer, customer_id)
    if customer is None or customer.deleted_at is not None:
        raise NotFound(f"no buyer {customer_id}", id=str(customer_id))
    tags = s.execute(
        select(Tag.name, Tag.kind)
        .join(CustomerTag, CustomerTag.tag_id == Tag.id)
        .where(CustomerTag.customer_id == customer_id, CustomerTag.deleted_at.is_(None))
        .order_by(Tag.kind, Tag.name)
    ).all()
    return {"customer_id": customer.id, "tags": [f"{n} ({k})" for n, k in tags]}


def _order_state(s: Session, order_id: uuid.UUID) -> dict[str, Any]:
    order = s.get(Order, order_id)
    if order is None or order.deleted_at is not None:
        raise NotFound(f"no order {order_id}", id=str(order_id))
    return {
        "customer_id": order.customer_id,
        "order_id": order.id,
        "order_no": order.order_no,
        "status": order.status,
        "flag": order.flag,
        "flag_remark": order.flag_remark,
    }


def _ticket_state(s: Session, ticket_id: uuid.UUID) -> dict[str, Any]:
    ticket = s.get(Ticket, ticket_id)
    if ticket is None or ticket.deleted_at is not None:
        raise NotFound(f"no ticket {ticket_id}", id=str(ticket_id))
    return {
        "customer_id": ticket.customer_id,
        "order_id": ticket.order_id,
        "ticket_id": ticket.id,
        "kind": ticket.kind,
        "status": ticket.status,
    }


def _state(s: Session, queue: ReviewQueue, subject_id: uuid.UUID) -> dict[str, Any]:
    if queue == ReviewQueue.TAGGED_CUSTOMER:
        return _customer_state(s, subject_id)
    if queue in ORDER_QUEUES:
        return _order_state(s, subject_id)
    return _ticket_state(s, subject_id)


@mutation("review.close", creates=("id",), stamps=("at",))
def close_review(
    s: Session,
    actor: Actor,
    *,
    queue: ReviewQueue,
    subject_id: uuid.UUID,
    decision: ReviewDecision,
    note: str,
    id: uuid.UUID,
    at: DateTime,
) -> Changes:
    """Close one queue item (a buyer, an order or a case) with a decision and a note."""
    require_supervisor(actor, "reviews")
    note = (note or "").strip()
    if not note:
        raise InvalidInput("a review needs a note saying what was decided", field="note")
    if len(note) > MAX_NOTE:
        raise InvalidInput(f"the note is longer than {MAX_NOTE} characters", field="note")
    state = _state(s, queue, subject_id)
    ids = {k: state.pop(k, None) for k in ("customer_id", "order_id", "ticket_id")}
    s.add(
        Review(
            id=id,
            queue=queue,
            subject_id=subject_id,
            **ids,
            decision=decision,
            note=note,
            state={k: (v.value if hasattr(v, "value") else v) for k, v in state.items()},
            reviewed_by=actor.agent_id,
            reviewed_at=at,
            created_at=at,
            updated_at=at,
        )
    )
    audit(
        s,
        actor,
        "review.close",
        "review",
        id,
        ticket_id=ids["ticket_id"],
        order_id=ids["order_id"],
        at=at,
        queue=queue,
        subject_id=subject_id,
        decision=decision,
        note=note[:200],
    )
    changes = Changes(created=id)
    if ids["ticket_id"]:
        changes.tickets.add(ids["ticket_id"])
    return changes
