"""Feedback to operations: what buyers say about products and campaigns (DOMAIN.md items 32
and 36). A product defect found in a bad review becomes a ``defect`` row here."""

from __future__ import annotations

import uuid

from pendulum import DateTime
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import InvalidInput
from app.models import Feedback, FeedbackKind, OrderItem, TicketItem
from app.services.tickets import get_ticket
from app.services.unit import Actor, Changes, audit, mutation, timeline

MAX_TEXT = 4000


def _covered_item(s: Session, ticket_id: uuid.UUID) -> OrderItem | None:
    stmt = (
        select(OrderItem)
        .join(TicketItem, TicketItem.order_item_id == OrderItem.id)
        .where(TicketItem.ticket_id == ticket_id)
        .order_by(OrderItem.line_no)
        .limit(1)
    )
    return s.scalar(stmt)


@mutation("feedback.send", creates=("id",), stamps=("at",))
def send_feedback(
    s: Session,
    actor: Actor,
    *,
    ticket_id: uuid.UUID,
    kind: FeedbackKind,
    text: str,
    id: uuid.UUID,
    at: DateTime,
    product: str = "",
    sku: str = "",
) -> Changes:
    """Pass what the buyer said to operations; the product defaults to the ticket's item."""
    body = (text or "").strip()
    if not body:
        raise InvalidInput("the feedback is empty", field="text")
    if len(body) > MAX_TEXT:
        raise InvalidInput(f"the feedback is longer than {MAX_TEXT} characters", field="text")
    ticket = get_ticket(s, ticket_id)
    item = _covered_item(s, ticket_id) if not (product or sku) else None
    row = Feedback(
        id=id,
        shop_id=ticket.shop_id,
        ticket_id=ticket_id,
        kind=kind,
        product=(product or (item.title if item else "")).strip()[:200],
        sku=(sku or (item.sku if item else "")).strip()[:64],
        text=body,
        created_by=actor.agent_id,
        created_at=at,
        updated_at=at,
    )
    s.add(row)
    timeline(s, actor, ticket_id, "feedback", at=at, id=id, kind=kind, excerpt=body[:80])
    audit(
        s,
        actor,
        "feedback.send",
        "feedback",
        id,
        ticket_id=ticket_id,
        order_id=ticket.order_id,
        at=at,
        kind=kind,
        sku=row.sku,
    )
    return Changes(tickets={ticket_id}, created=id)
